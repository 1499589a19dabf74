import type { ReactiveController } from 'lit';
import type { SignalRules } from '../logic/windows.js';
import { Engagement } from '../signals/engagement.js';
import { GoalSensor } from '../signals/goal.js';
import type { Sensor, SensorHost, SensorOptions } from '../signals/sensor.js';
import { compileRules, propertyOf, type Presets, type SensorClass, type Signal } from '../signals/signal.js';

/** What the sensors controller needs besides the signal list: the sensors' options, minus what it answers itself. */
export interface SensorsOptions extends Omit<SensorOptions, 'rule' | 'engaged'> {
  /** The rules changed: tell the machine (it drops its armed timers; the sensors re-arm them next). */
  configure(rules: SignalRules): void;
}

/**
 * The sensors of one wrapper, made from its signal list: one sensor per signal (shared when
 * two signals name the same sensor class), engagement and goal, which every wrapper has, and the
 * wrapper's other sensors (`static sensors`, e.g. the cancel flow's confirm hold). A signal's
 * sensor listens only while a signal it feeds is on; the compiled rules are read from the signals'
 * attributes (docs/architecture.md, "Add a signal").
 */
export class SensorsController implements ReactiveController {
  private readonly engagement: Engagement;
  /** Sensors that feed no signal: always attached while connected. */
  private readonly common: Sensor[];
  /** Each signal's sensor. */
  private readonly bySignal = new Map<string, Sensor>();
  /** Each signal sensor, once, with the signals it feeds. */
  private readonly feeds = new Map<Sensor, string[]>();
  private compiled?: SignalRules;
  private connected = false;

  constructor(
    private readonly host: SensorHost,
    private readonly signals: readonly Signal[],
    private readonly presets: Presets,
    private readonly options: SensorsOptions,
    others: readonly SensorClass[] = [],
  ) {
    host.addController(this);
    // A signal attribute that is not set reads as null, as the wrapper's other attributes do.
    const values = host as unknown as Record<string, string | null | undefined>;
    for (const { name } of signals) values[propertyOf(name)] ??= null;
    const sensorOptions: SensorOptions = { ...options, rule: (signal) => this.rules[signal], engaged: () => this.engagement.engaged };
    this.engagement = new Engagement(host, sensorOptions);
    this.common = [this.engagement, new GoalSensor(host, sensorOptions), ...others.map((sensor) => new sensor(host, sensorOptions))];
    const made = new Map<Signal['sensor'], Sensor>();
    for (const signal of signals) {
      if (!signal.sensor) continue;
      let sensor = made.get(signal.sensor);
      if (!sensor) made.set(signal.sensor, (sensor = new signal.sensor(host, sensorOptions)));
      this.bySignal.set(signal.name, sensor);
      this.feeds.set(sensor, [...(this.feeds.get(sensor) ?? []), signal.name]);
    }
  }

  /** The rules the signals' attributes give (each bad value warned once, its preset used). */
  get rules(): SignalRules {
    const host = this.host as unknown as Record<string, string | null | undefined>;
    return (this.compiled ??= compileRules(this.signals, this.presets, (name) => host[propertyOf(name)], this.options.warn));
  }

  /** The sensor that feeds `signal` (a wrapper reads its own, e.g. the plans compared). */
  of<S extends Sensor>(signal: Signal<string, S>): S | undefined {
    return this.bySignal.get(signal.name) as S | undefined;
  }

  /** Did any signal attribute change among `changed` properties? */
  affectedBy(changed: Map<PropertyKey, unknown>): boolean {
    return this.signals.some((signal) => changed.has(propertyOf(signal.name)));
  }

  hostConnected(): void {
    this.connected = true;
    this.settle();
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const sensor of this.all()) sensor.detach();
  }

  /** The signal attributes changed: recompile, tell the machine, attach or detach, re-arm timers. */
  rulesChanged(): void {
    this.compiled = undefined;
    this.options.configure(this.rules);
    if (!this.connected) return;
    this.settle();
    for (const sensor of this.all()) if (sensor.attached) sensor.resync();
  }

  /** The visitor is leaving: let sensors send what is pending. */
  flush(): void {
    for (const sensor of this.all()) if (sensor.attached) sensor.flush();
  }

  /** Attach what should listen: the common sensors, and each signal sensor while a signal it feeds is on. */
  private settle(): void {
    for (const sensor of this.common) sensor.attach();
    for (const [sensor, names] of this.feeds) {
      if (names.some((name) => this.rules[name])) sensor.attach();
      else sensor.detach();
    }
  }

  private all(): Sensor[] {
    return [...this.common, ...this.feeds.keys()];
  }
}
