/**
 * What a signal is: one definition per signal, in its own file beside the sensor that feeds it
 * (`src/signals/<name>.ts`). A wrapper lists its signals; from that one list the wrapper base
 * creates each signal's attribute and property, its sensor, and its rule for the machine — the way
 * Web Awesome's validators carry their own observed attributes (docs/architecture.md, "Add a signal").
 */
import type { Problem } from '../internal/problems.js';
import { OFF } from '../logic/duration.js';
import { parseRule, RULE_EXAMPLES, type RuleKind, type SignalRule, type SignalRules } from '../logic/windows.js';
import type { Sensor, SensorHost, SensorOptions } from './sensor.js';

export type SensorClass<S extends Sensor = Sensor> = new (host: SensorHost, options: SensorOptions) => S;

export interface Signal<Name extends string = string, S extends Sensor = Sensor> {
  /** The signal's name: its attribute, its key in rules, in `unstuck-detect`'s `signals` and in reports. */
  readonly name: Name;
  /** How its attribute reads: `quiet` a duration, `count`/`alternation`/`chain` `N/duration`, `switch` on/off, `evidence` on/off/a score. */
  readonly kind: RuleKind;
  /** The attribute's default; a wrapper may preset another (`static presets`). */
  readonly preset: string;
  /**
   * In `pattern`: signals that measure one behaviour share a family and only the largest counts
   * (quiet signals are all `stillness`); `null`: not weighed. Default: its own name.
   */
  readonly family?: string | null;
  /** For `count`: count each key (e.g. each field) on its own. */
  readonly perKey?: boolean;
  /** The sensor that feeds it: one per wrapper, attached while the signal is on. None for `pattern`, which weighs the others. */
  readonly sensor?: SensorClass<S>;
}

/** Declares a signal (identity: it only fixes the types). */
export const defineSignal = <Name extends string, S extends Sensor>(signal: Signal<Name, S>): Signal<Name, S> => signal;

/** A wrapper's signal presets: `{ idle: '30s' }`. */
export type Presets = Readonly<Record<string, string>>;

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** The properties a signal list gives an element: `field-stall` → `fieldStall: string | null`. */
export type SignalProperties<List extends readonly Signal[]> = { [S in List[number] as Camel<S['name']>]: string | null };

const properties = new Map<string, string>();

/** `field-stall` → `fieldStall`: the property behind a signal's attribute (remembered: every wrapper asks at start-up). */
export const propertyOf = (name: string): string => {
  let property = properties.get(name);
  if (property === undefined) properties.set(name, (property = name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())));
  return property;
};

/** Elements that had a signal property set: only their rules can differ from their class's (or warn). */
export const signalsSet = new WeakSet<object>();

/**
 * Gives `prototype` an accessor for `property` that reads `fallback` while unset (or set to null),
 * for Lit to wrap as a reactive property: no element assigns its defaults when it is made (an
 * update request each; docs/architecture.md, "Start-up"). `marks` notes the elements set. Returns `property`.
 */
export function untilSet(prototype: object, property: string, fallback: unknown = null, marks?: WeakSet<object>): string {
  const value = Symbol(property);
  type Stored = { [value]?: unknown };
  Object.defineProperty(prototype, property, {
    get(this: Stored) {
      return this[value] ?? fallback;
    },
    set(this: Stored, next: unknown) {
      this[value] = next;
      marks?.add(this);
    },
    configurable: true,
  });
  return property;
}

/**
 * Rules already read, by signal and text: a page's wrappers mostly share their values, and rules
 * are never changed once made (start-up, docs/architecture.md). Unreadable values are not kept,
 * so each element still warns about its own.
 */
const parsed = new Map<string, SignalRule | typeof OFF>();

/**
 * The rules of a wrapper class whose signal attributes are all unset (most wrappers of a page): made
 * once per class, shared, never changed.
 */
const presetRules = new WeakMap<readonly Signal[], WeakMap<Presets, SignalRules>>();

/**
 * Attribute values → the machine's rules. A value that cannot be read falls back to the preset
 * with one warning naming the attribute; `off` removes the signal.
 */
export function compileRules(
  signals: readonly Signal[],
  presets: Presets,
  read: (name: string) => string | null | undefined,
  warn: (problem: Problem) => void,
): SignalRules {
  const values = signals.map(({ name }) => read(name) ?? null);
  const unset = values.every((value) => value === null);
  const shared = unset ? presetRules.get(signals)?.get(presets) : undefined;
  if (shared) return shared;
  const rules: Record<string, SignalRule> = {};
  signals.forEach(({ name, kind, perKey, family, preset: own }, index) => {
    const preset = presets[name] ?? own;
    const ruleOf = (text: string) => {
      const key = `${name} ${text}`;
      let rule = parsed.get(key);
      if (rule === undefined) {
        rule = parseRule(kind, text, perKey);
        if (rule && rule !== OFF && family !== undefined) rule = { ...rule, family };
        if (rule !== undefined) parsed.set(key, rule);
      }
      return rule;
    };
    const value = values[index]!;
    let rule = ruleOf(value ?? preset);
    if (rule === undefined) {
      warn({ reason: 'invalid-attribute', attribute: name, message: `${name}="${value}" is not ${RULE_EXAMPLES[kind]}; using ${preset}.` });
      rule = ruleOf(preset);
    }
    if (rule && rule !== OFF) rules[name] = rule;
  });
  // A class's signal list and presets are made once (`static signals`, `static presets`).
  if (unset) presetRules.set(signals, (presetRules.get(signals) ?? new WeakMap()).set(presets, Object.freeze(rules)));
  return rules;
}
