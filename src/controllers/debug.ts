import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { scoreOf, weigh } from '../logic/evidence.js';
import { formatDuration } from '../logic/duration.js';
import type { SignalRule, SignalRules } from '../logic/windows.js';
import type { MomentView } from './moment.js';

export interface DebugOptions {
  /** The heading: element and moment. */
  label(): string;
  rules(): SignalRules;
  /** The watch's or the moment's state and counts, if one runs. */
  moment(): MomentView | undefined;
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
    const rules = this.options.rules();
    const lines = Object.entries(rules).map(([name, rule]) => {
      const described = describeRule(rule);
      if (rule.kind === 'evidence') return `${name.padEnd(12)} ${combined(rules, moment, rule.score)}`;
      const progress = rule.kind === 'quiet' ? 'timer' : described === 'on' ? 'watching:' : `${moment?.counts[name] ?? 0} of`;
      return `${name.padEnd(12)} ${progress} ${described}`;
    });
    const state = JSON.stringify(moment?.state ?? 'watching');
    return [this.options.label(), `state: ${state}`, ...lines, ...this.options.warnings().map((warning) => `⚠ ${warning}`)].join('\n');
  }
}

/** The combined bar: the weak signals' score against `pattern`'s, and what makes it up. */
function combined(rules: SignalRules, moment: MomentView | undefined, target: number): string {
  const contributions = moment ? (moment.evidence ?? weigh(rules, moment.tracks, moment.armed, Date.now())) : {};
  const score = scoreOf(contributions);
  const filled = Math.min(10, Math.round((score / target) * 10));
  const parts = Object.entries(contributions).map(([name, fraction]) => `${name} ${fraction.toFixed(2)}`);
  return `${score.toFixed(2)} of ${target} ${'█'.repeat(filled)}${'░'.repeat(10 - filled)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** How a rule reads in the overlay (only the overlay needs it: off the critical path). */
function describeRule(rule: SignalRule): string {
  if (rule.kind === 'quiet') return formatDuration(rule.ms);
  if (rule.kind === 'evidence') return String(rule.score);
  if (rule.kind === 'count' && rule.count === 1 && !Number.isFinite(rule.windowMs)) return 'on';
  return `${rule.count}/${formatDuration(rule.kind === 'chain' ? rule.gapMs : rule.windowMs)}`;
}
