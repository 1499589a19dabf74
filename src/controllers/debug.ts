import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describeRule, type SignalRules } from '../logic/windows.js';
import type { MomentContext } from '../logic/moment.machine.js';

export interface DebugOptions {
  /** The heading: element and moment. */
  label(): string;
  rules(): SignalRules;
  /** The running machine's state and context, if one runs. */
  moment(): { value: unknown; context: MomentContext } | undefined;
  warnings(): string[];
  /** Call `listener` on every machine snapshot; returns how to stop. */
  observe(listener: () => void): () => void;
}

/**
 * The `debug` overlay's text: each signal's count against its threshold, the machine's state,
 * and the configuration warnings. It follows the machine only while the overlay is on.
 */
export class DebugController implements ReactiveController {
  text = '';
  private stop?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly debug: boolean },
    private readonly options: DebugOptions,
  ) {
    host.addController(this);
  }

  /** `debug` turned on or off, or what it shows changed. */
  refresh(): void {
    const on = this.host.debug;
    if (on && !this.stop) this.stop = this.options.observe(() => this.refresh());
    if (!on) this.hostDisconnected();
    const text = on ? this.describe() : '';
    if (text === this.text) return;
    this.text = text;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  private describe(): string {
    const moment = this.options.moment();
    const lines = Object.entries(this.options.rules()).map(([name, rule]) => {
      const described = describeRule(rule);
      const progress = rule.kind === 'quiet' ? 'timer' : described === 'on' ? 'watching:' : `${moment?.context.counts[name] ?? 0} of`;
      return `${name.padEnd(12)} ${progress} ${described}`;
    });
    const state = JSON.stringify(moment?.value ?? 'watching');
    return [this.options.label(), `state: ${state}`, ...lines, ...this.options.warnings().map((warning) => `⚠ ${warning}`)].join('\n');
  }
}
