import type { UnstuckEvent, UnstuckEventDetail, UnstuckMomentDetail } from '../events/detail.js';
import { UnstuckAnswerEvent, type Approval } from '../events/unstuck-answer.js';
import { UnstuckDetectEvent, type UnstuckDetectDetail } from '../events/unstuck-detect.js';
import { UnstuckDismissEvent } from '../events/unstuck-dismiss.js';
import { UnstuckErrorEvent } from '../events/unstuck-error.js';
import { UnstuckEscalateEvent } from '../events/unstuck-escalate.js';
import { UnstuckOutcomeEvent } from '../events/unstuck-outcome.js';
import { UnstuckShowEvent } from '../events/unstuck-show.js';
import { newId } from '../internal/ids.js';
import { warnProblem, type Problem } from '../internal/problems.js';
import { visitId } from '../internal/storage.js';
import type { Detection, MomentEmitted } from '../logic/moment.machine.js';
import { toWire, type WireEvent } from '../sinks/wire.js';

/** The wrapper: its public attributes are what its events carry. */
export interface DispatchHost extends HTMLElement {
  readonly journey: string | null;
  readonly step: string | null;
  /** Preview: only `unstuck-error` is dispatched, nothing is published. */
  readonly preview: boolean;
}

export interface DispatchOptions {
  /** The moment id in reports. */
  moment(): string;
  /** This visitor's group for this moment. */
  group(): 'treatment' | 'holdout';
  /** Hand an event's wire form to the sinks (through consent). */
  publish(event: WireEvent): void;
}

/**
 * The wrapper's events out (docs/events.md): builds each event's detail, dispatches it from the
 * wrapper — or from the document once the wrapper was removed, so a late outcome still reaches
 * listeners — and publishes its wire form. It remembers which `unstuck-detect`
 * began the moment under way, so later events can name it.
 */
export class Dispatcher {
  private detection = '';
  private signal: string | null = null;

  constructor(
    private readonly host: DispatchHost,
    private readonly options: DispatchOptions,
  ) {}

  /** `unstuck-detect` for a detection (it begins a moment); false when a listener vetoed the question. */
  detect(detection: Detection, extra: Partial<UnstuckDetectDetail> = {}): boolean {
    this.signal = detection.signal;
    this.detection = newId();
    const { signals, evidence, suppressed, at } = detection;
    return this.deliver(new UnstuckDetectEvent({ ...this.detail(at), id: this.detection, signals, evidence, suppressed, ...extra }));
  }

  /** `unstuck-show`: the question is visible. */
  show(at: number, question: string, shown: { value: string; label: string }[]): void {
    const choices = shown.map(({ value }) => value);
    const labels = Object.fromEntries(shown.map(({ value, label }) => [value, label]));
    this.moment(at, (detail) => new UnstuckShowEvent({ ...detail, question, choices, labels }));
  }

  /** `unstuck-answer`: a reply was taken; its approved response is visible. */
  answer(at: number, choice: string, label: string, approval: Approval): void {
    this.moment(at, (detail) => new UnstuckAnswerEvent({ ...detail, choice, label, approval }));
  }

  /** The moment's other events, as the machine emits them. */
  emitted(event: MomentEmitted): void {
    const { at } = event;
    if (event.type === 'dismiss') this.moment(at, (detail) => new UnstuckDismissEvent(detail));
    if (event.type === 'escalate') this.moment(at, (detail) => new UnstuckEscalateEvent(detail));
    if (event.type === 'outcome') {
      const { outcome, ms, asked, reason } = event;
      this.moment(at, (detail) => new UnstuckOutcomeEvent({ ...detail, outcome, ms, asked, suppressed: reason }));
    }
  }

  /** An event of the moment under way, built by `make` from the common detail. */
  private moment<T extends UnstuckMomentDetail>(at: number, make: (detail: UnstuckMomentDetail) => UnstuckEvent<T>): void {
    this.deliver(make({ ...this.detail(at), detection: this.detection }));
  }

  /** One `console.warn` and one `unstuck-error` per problem; a throwing listener stays contained. */
  problem(problem: Problem): void {
    if (!warnProblem(this.host, problem)) return;
    try {
      this.deliver(new UnstuckErrorEvent({ ...this.detail(Date.now()), ...problem }));
    } catch {
      // A listener that throws must not turn a warning into a page error.
    }
  }

  /** The detail every event carries (design: docs/events.md). */
  private detail(at: number): UnstuckEventDetail {
    const { preview, journey, step } = this.host;
    return {
      id: newId(),
      moment: this.options.moment(),
      journey,
      step,
      element: this.host.localName,
      signal: this.signal,
      group: preview ? 'treatment' : this.options.group(),
      at,
      visit: preview ? 'preview' : visitId(),
      ...(preview ? { preview: true } : {}),
    };
  }

  /** Returns false when a listener cancelled the event. */
  private deliver(event: UnstuckEvent<UnstuckEventDetail>): boolean {
    const { preview } = this.host;
    if (preview && !(event instanceof UnstuckErrorEvent)) return true;
    const proceed = this.host.isConnected ? this.host.dispatchEvent(event) : document.dispatchEvent(event);
    if (!preview) this.options.publish(toWire(event));
    return proceed;
  }
}
