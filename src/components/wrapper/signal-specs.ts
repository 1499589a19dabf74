import { formatDuration, OFF, parseCountWindow, parseDuration } from '../../internal/duration.js';
import type { Problem } from '../../internal/problems.js';
import type { SignalRule, SignalRules } from '../../machines/signals.js';

/** Rage clicks must land within this distance of the previous click. */
export const RAGE_RADIUS_PX = 30;

/**
 * A signal a wrapper watches: its attribute (same as the signal name), how the attribute is
 * read, and the element's preset. Wrappers differ by their list of specs.
 */
export interface SignalSpec {
  name: string;
  /** `quiet`: a duration; `count`/`alternation`/`chain`: `N/duration`; `switch`: `on`/`off`. */
  kind: 'quiet' | 'count' | 'alternation' | 'chain' | 'switch';
  preset: string;
  /** For `count`: count each key (e.g. each field) on its own. */
  perKey?: boolean;
}

/** The same specs with other presets (e.g. `{ idle: '30s' }` for forms). */
export function withPresets(specs: readonly SignalSpec[], presets: Record<string, string>): SignalSpec[] {
  return specs.map((spec) => (spec.name in presets ? { ...spec, preset: presets[spec.name]! } : spec));
}

const EXAMPLES: Record<SignalSpec['kind'], string> = {
  quiet: 'a duration such as 45s or 2m, or off',
  count: 'a count in a window such as 2/60s, or off',
  alternation: 'a count in a window such as 3/90s, or off',
  chain: 'a count in a window such as 3/1s, or off',
  switch: 'on or off',
};

function parse(spec: SignalSpec, text: string): SignalRule | typeof OFF | undefined {
  switch (spec.kind) {
    case 'quiet': {
      const ms = parseDuration(text);
      return ms === OFF || ms === undefined ? ms : { kind: 'quiet', ms };
    }
    case 'switch': {
      const value = text.trim().toLowerCase();
      if (value === OFF) return OFF;
      return value === 'on' || value === '' ? { kind: 'count', count: 1, windowMs: Number.POSITIVE_INFINITY } : undefined;
    }
    default: {
      const window = parseCountWindow(text);
      if (window === OFF || window === undefined) return window;
      if (spec.kind === 'chain') {
        return Number.isFinite(window.windowMs) ? { kind: 'chain', count: window.count, gapMs: window.windowMs, radius: RAGE_RADIUS_PX } : undefined;
      }
      if (spec.kind === 'alternation') return { kind: 'alternation', count: window.count, windowMs: window.windowMs };
      return { kind: 'count', count: window.count, windowMs: window.windowMs, perKey: spec.perKey };
    }
  }
}

/**
 * Attribute values → the machine's rules. A value that cannot be read falls back to the
 * preset with one warning naming the attribute; `off` removes the signal.
 */
export function compileRules(
  specs: readonly SignalSpec[],
  read: (name: string) => string | null,
  report: (problem: Problem) => void,
): SignalRules {
  const rules: Record<string, SignalRule> = {};
  for (const spec of specs) {
    const value = read(spec.name);
    let rule = value === null ? parse(spec, spec.preset) : parse(spec, value);
    if (rule === undefined) {
      report({
        reason: 'invalid-attribute',
        attribute: spec.name,
        message: `${spec.name}="${value}" is not ${EXAMPLES[spec.kind]}; using ${spec.preset}.`,
      });
      rule = parse(spec, spec.preset);
    }
    if (rule && rule !== OFF) rules[spec.name] = rule;
  }
  return rules;
}

/** How a rule reads in the debug overlay. */
export function describeRule(rule: SignalRule): string {
  if (rule.kind === 'quiet') return formatDuration(rule.ms);
  if (rule.kind === 'count' && rule.count === 1 && !Number.isFinite(rule.windowMs)) return 'on';
  return `${rule.count}/${formatDuration(rule.kind === 'chain' ? rule.gapMs : rule.windowMs)}`;
}
