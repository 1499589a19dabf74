import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor } from 'xstate';
import { type MomentEmitted, type MomentEvent, type MomentInput, type MomentMachine } from '../../machines/moment.machine.js';

/** What the engine needs from its wrapper. */
export interface EngineHost extends ReactiveControllerHost, HTMLElement {
  machineInput(): MomentInput;
  /** The machine to run (the element class's `machine`). */
  readonly machine: MomentMachine;
  onMoment(event: MomentEmitted): void;
  /** The visitor is leaving (pagehide, removal): let sensors send what is pending first. */
  beforeLeave(): void;
  fault(error: unknown): void;
  now(): number;
}

/**
 * Runs one moment machine per wrapper (Lit controller around an XState actor).
 * The actor is created lazily, survives a move in the DOM (disconnect and reconnect in the
 * same task), and on real removal or `pagehide` is told the visitor left, so every detected
 * moment still gets its one outcome.
 */
/** Events that need no machine when none is running yet. */
const IDLE_EVENTS = new Set<MomentEvent['type']>(['configure', 'timer.disarm', 'goal', 'leave', 'typing']);

export class MomentEngine implements ReactiveController {
  private actor?: Actor<MomentMachine>;
  private readonly onPageHide = () => {
    this.host.beforeLeave();
    this.send({ type: 'leave', at: this.host.now() });
  };

  constructor(private readonly host: EngineHost) {
    host.addController(this);
  }

  /**
   * The actor is created on the first observation that matters, not on connect: a page with
   * many wrappers pays for machines only where visitors actually do something.
   */
  hostConnected(): void {}

  hostDisconnected(): void {
    // A move re-connects in the same task; only a real removal ends the moment.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.stop();
    });
  }

  /** The machine's current snapshot (starting the machine if needed). */
  get snapshot() {
    return this.ensure()?.getSnapshot();
  }

  send(event: MomentEvent): void {
    // Before any machine exists these change nothing: no timers to cancel, no moment to end.
    if (!this.actor && IDLE_EVENTS.has(event.type)) return;
    try {
      this.ensure()?.send(event);
    } catch (error) {
      this.host.fault(error);
    }
  }

  /** Start over with a fresh machine (preview toggled, `disabled` lifted). */
  restart(): void {
    this.stop();
  }

  /** Subscribe to every snapshot (the debug overlay). */
  observe(listener: () => void): () => void {
    const subscription = this.ensure()?.subscribe({ next: listener, error: () => {} });
    return () => subscription?.unsubscribe();
  }

  private ensure(): Actor<MomentMachine> | undefined {
    if (!this.actor && this.host.isConnected) this.start();
    return this.actor;
  }

  private start(): void {
    try {
      const actor = createActor(this.host.machine, { input: this.host.machineInput() });
      actor.on('*', (event) => {
        try {
          this.host.onMoment(event);
        } catch (error) {
          this.host.fault(error);
        }
      });
      actor.subscribe({ error: (error) => this.host.fault(error) });
      this.actor = actor;
      actor.start();
      window.addEventListener('pagehide', this.onPageHide);
    } catch (error) {
      this.actor = undefined;
      this.host.fault(error);
    }
  }

  private stop(): void {
    const actor = this.actor;
    if (!actor) return;
    this.onPageHide();
    window.removeEventListener('pagehide', this.onPageHide);
    this.actor = undefined;
    actor.stop();
  }
}
