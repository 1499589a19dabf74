import type { ReactiveController } from 'lit';
import { awaitContact } from '../internal/contact.js';
import { whenIdle } from '../internal/lazy.js';
import type { SignalRules } from '../logic/windows.js';
import { Engagement } from '../signals/engagement.js';
import { GoalSensor } from '../signals/goal.js';
import { hubFor, type Sensor, type SensorHost, type SensorOptions } from '../signals/sensor.js';
import { compileRules, propertyOf, signalsSet, type Presets, type SensorClass, type Signal } from '../signals/signal.js';

/** What the sensors controller needs besides the signal list: the sensors' options, minus what it answers itself. */
export interface SensorsOptions extends Omit<SensorOptions, 'rule' | 'engaged' | 'connectedAt'> {
  /** The rules changed: tell the machine (it drops its armed timers; the sensors re-arm them next). */
  configure(rules: SignalRules): void;
}

/**
 * The sensors of one wrapper, made from its signal list: one sensor per signal (shared when
 * two signals name the same sensor class), engagement and goal, which every wrapper has, and the
 * wrapper's other sensors (`static sensors`, e.g. the cancel flow's confirm hold). A signal's
 * sensor listens only while a signal it feeds is on; the compiled rules are read from the signals'
 * attributes (docs/architecture.md, "Add a signal"). Sensors that observe only the visitor's input
 * inside listen from the visitor's first contact with the wrapper (docs/architecture.md, "Start-up").
 */
export class SensorsController implements ReactiveController {
  /** The sensors made so far, by class: a sensor is made when it first listens. */
  readonly #made = new Map<SensorClass, Sensor>();
  /** Sensors that feed no signal: engagement, goal, the wrapper's others; they listen while connected. */
  readonly #common: readonly SensorClass[];
  readonly #options: SensorOptions;
  #compiled?: SignalRules;
  #connected = false;
  #connectedAt = 0;
  /** The visitor has come into contact with the wrapper: every sensor may listen. */
  #contacted = false;
  /** The page has been idle since the wrapper connected (or contact came first): the page's observers may listen. */
  #observing = false;
  #stopWaiting?: () => void;

  constructor(
    private readonly host: SensorHost,
    private readonly signals: readonly Signal[],
    private readonly presets: Presets,
    private readonly options: SensorsOptions,
    others: readonly SensorClass[] = [],
  ) {
    host.addController(this);
    this.#options = {
      ...options,
      rule: (signal) => this.rules[signal],
      engaged: () => (this.#made.get(Engagement) as Engagement | undefined)?.engaged ?? false,
      connectedAt: () => this.#connectedAt,
    };
    this.#common = [Engagement, GoalSensor, ...others];
  }

  /** The rules the signals' attributes give (each bad value warned once, its preset used). */
  get rules(): SignalRules {
    const host = this.host as unknown as Record<string, string | null | undefined>;
    return (this.#compiled ??= compileRules(this.signals, this.presets, (name) => host[propertyOf(name)], this.options.warn));
  }

  /** The sensor that feeds `signal` (a wrapper reads its own, e.g. the plans compared); the page's observers listen from now. */
  of<S extends Sensor>(signal: Signal<string, S>): S | undefined {
    this.listenNow();
    return signal.sensor && (this.#made.get(signal.sensor) as S | undefined);
  }

  /**
   * The page's observers listen from now, not from the page's next idle time (a question asked
   * through the API watches for the goal); after `contact`, every sensor does.
   */
  listenNow(contact = false): void {
    // Nothing new may listen: `of()`, a removal or a search report after the idle time settle nothing again.
    if (this.#observing && (this.#contacted || !contact)) return;
    idleWaiting.delete(this); // (a wrapper gone or touched is not kept for the idle time)
    this.#contacted ||= contact;
    this.#observing = true;
    if (this.#connected) this.#settle();
  }

  /** Did any signal attribute change among `changed` properties? */
  affectedBy(changed: Map<PropertyKey, unknown>): boolean {
    return this.signals.some((signal) => changed.has(propertyOf(signal.name)));
  }

  hostConnected(): void {
    this.#connected = true;
    this.#connectedAt = Date.now();
    // Before contact and the page's idle time nothing listens yet (a wrapper put back after either
    // listens at once); a signal attribute is read now all the same, so that a bad value warns.
    if (this.#contacted || this.#observing) this.#settle();
    else if (signalsSet.has(this.host)) void this.rules;
    if (this.#contacted) return;
    this.#stopWaiting = awaitContact(this.host, () => this.listenNow(true));
    if (!this.#observing) atIdle(this);
  }

  hostDisconnected(): void {
    // Leaving before the page's idle time, it still notes the visit (a journey's step, an arrival).
    this.listenNow();
    this.#connected = false;
    this.#stopWaiting?.();
    for (const sensor of this.#all()) sensor.detach();
  }

  /** The signal attributes changed: recompile, tell the machine, attach or detach, re-arm timers. */
  rulesChanged(): void {
    this.#compiled = undefined;
    this.options.configure(this.rules);
    if (!this.#connected) return;
    this.#settle();
    for (const sensor of this.#all()) if (sensor.attached) sensor.resync();
  }

  /** The visitor is leaving: let sensors send what is pending. */
  flush(): void {
    for (const sensor of this.#all()) if (sensor.attached) sensor.flush();
  }

  /**
   * Attach what should listen: the common sensors, and each signal sensor while a signal it feeds
   * is on — those that observe only the visitor's input once the visitor has come into contact.
   */
  #settle(): void {
    const listens = (sensor: SensorClass) => this.#contacted || (this.#observing && (sensor as unknown as typeof Sensor).observesPage);
    try {
      const rules = this.rules;
      for (const sensor of this.#common) if (listens(sensor)) this.#make(sensor).attach();
      for (const [sensor, names] of feedsOf(this.signals)) {
        if (listens(sensor) && names.some((name) => rules[name])) this.#make(sensor).attach();
        else this.#made.get(sensor)?.detach();
      }
    } catch (error) {
      this.options.fault(error);
    }
  }

  #make(sensor: SensorClass): Sensor {
    let made = this.#made.get(sensor);
    if (!made) this.#made.set(sensor, (made = new sensor(this.host, this.#options)));
    return made;
  }

  #all(): Sensor[] {
    return [...this.#made.values()];
  }
}

/** Each sensor class of a signal list with the signals it feeds (two signals may share one): worked out once per list. */
const feeds = new WeakMap<readonly Signal[], Map<SensorClass, string[]>>();
function feedsOf(signals: readonly Signal[]): Map<SensorClass, string[]> {
  let bySensor = feeds.get(signals);
  if (!bySensor) {
    feeds.set(signals, (bySensor = new Map()));
    for (const { name, sensor } of signals) if (sensor) bySensor.set(sensor, [...(bySensor.get(sensor) ?? []), name]);
  }
  return bySensor;
}

/**
 * Wrappers whose page observers wait for the page's next idle time, all served by one idle
 * callback: start-up does none of their work (docs/architecture.md, "Start-up"). A `pagehide`
 * first runs them all at once, among the sensors' own handlers, so that those attached then still
 * see it (quick-back notes the leaving).
 */
const idleWaiting = new Set<SensorsController>();
function atIdle(controller: SensorsController): void {
  if (!idleWaiting.size) {
    const off = hubFor(window).add('pagehide', () => idle(), false);
    // At least one wrapper per idle period, more while it has room (a page of many wrappers), the
    // rest at the next; all once it timed out.
    const idle = (deadline?: IdleDeadline) => {
      for (const each of idleWaiting) {
        each.listenNow();
        if (idleWaiting.size && deadline && !deadline.didTimeout && deadline.timeRemaining() < 1) return whenIdle(idle);
      }
      off();
    };
    whenIdle(idle);
  }
  idleWaiting.add(controller);
}
