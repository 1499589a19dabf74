import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, fromPromise, type Actor } from 'xstate';
import type { Announced, Detection, MomentEmitted, MomentEvent, MomentInput, MomentMachine, Permission } from '../logic/moment.machine.js';

/** What touches the page, provided to the machine (it stays pure): see logic/moment.setup.ts. */
export interface MomentPage {
  permission(request: { signal: string; at: number }): Promise<Permission>;
  announce(detection: Detection): Promise<Announced>;
  markSeen(at: number): void;
  startCooldown(at: number): void;
  countAsked(at: number): void;
  release(): void;
}

export interface MomentOptions {
  /** The machine to run (the element class's, so that a test can provide a variant). */
  machine(): MomentMachine;
  /** Read when an actor starts: rules, windows, preview, whether the moment was seen. */
  input(): MomentInput;
  page: MomentPage;
  /** Everything the machine emits, for the card and the events out. */
  emitted(event: MomentEmitted): void;
  /** Before the visitor leaves: let sensors send what is pending. */
  beforeLeave(): void;
  fault(error: unknown): void;
}

/** Events that change nothing while no machine runs yet: no timers to cancel, no moment to end. */
const IDLE_EVENTS = new Set<MomentEvent['type']>(['configure', 'timer.disarm', 'goal', 'leave']);

/**
 * Each running actor's page side, found through its actor system (which its invoked promise
 * actors share): one provided machine then serves every wrapper, instead of a machine definition
 * rebuilt per element.
 */
const pages = new WeakMap<object, MomentPage>();
const pageOf = (system: object) => pages.get(system)!;
const provided = new WeakMap<MomentMachine, MomentMachine>();

function provide(machine: MomentMachine): MomentMachine {
  let result = provided.get(machine);
  if (!result) {
    result = machine.provide({
      actors: {
        permission: fromPromise(({ input, system }: { input: { signal: string; at: number }; system: object }) => pageOf(system).permission(input)),
        announce: fromPromise(({ input, system }: { input: Detection; system: object }) => pageOf(system).announce(input)),
      },
      actions: {
        markSeen: ({ system }, { at }) => pageOf(system).markSeen(at),
        startCooldown: ({ system }, { at }) => pageOf(system).startCooldown(at),
        countAsked: ({ system }, { at }) => pageOf(system).countAsked(at),
        release: ({ system }) => pageOf(system).release(),
      },
    });
    provided.set(machine, result);
  }
  return result;
}

/**
 * Runs the wrapper's moment machine (a Lit controller around an XState actor, configured with
 * option functions like Lit's `Task`). The actor starts on the first observation that matters,
 * not on connect: a page with many wrappers pays for machines only where visitors do something.
 * It survives a move in the DOM; on removal, `disabled` or a change of `preview` it is ended:
 * told the visitor left, so that a moment under way still gets its one outcome, and stopped
 * once nothing is pending. The next observation starts a fresh actor.
 */
export class MomentController implements ReactiveController {
  private actor?: Actor<MomentMachine>;
  private readonly observers = new Set<() => void>();
  private readonly onPageHide = () => this.leave(this.actor);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MomentOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A move re-connects in the same task; only a real removal ends the moment.
    queueMicrotask(() => {
      if (!this.host.isConnected) this.end();
    });
  }

  /** The running machine's snapshot, if one runs. */
  get snapshot() {
    return this.actor?.getSnapshot();
  }

  send(event: MomentEvent): void {
    if (!this.actor && IDLE_EVENTS.has(event.type)) return;
    try {
      this.ensure()?.send(event);
    } catch (error) {
      this.options.fault(error);
    }
  }

  /** The visitor is gone for this actor (removal, `disabled`, `preview` toggled): see the class comment. */
  end(): void {
    const actor = this.actor;
    if (!actor) return;
    this.actor = undefined;
    window.removeEventListener('pagehide', this.onPageHide);
    this.leave(actor);
    const stopWhenSettled = () => {
      if (actor.getSnapshot().hasTag('pending')) return;
      subscription.unsubscribe();
      actor.stop();
    };
    const subscription = actor.subscribe({ next: stopWhenSettled, error: () => {} });
    stopWhenSettled();
  }

  /** Call `listener` on every snapshot of every actor (the debug overlay); returns how to stop. */
  observe(listener: () => void): () => void {
    this.observers.add(listener);
    return () => this.observers.delete(listener);
  }

  private leave(actor: Actor<MomentMachine> | undefined): void {
    if (!actor) return;
    this.options.beforeLeave();
    try {
      actor.send({ type: 'leave', at: Date.now() });
    } catch (error) {
      this.options.fault(error);
    }
  }

  private ensure(): Actor<MomentMachine> | undefined {
    if (!this.actor && this.host.isConnected) this.start();
    return this.actor;
  }

  private start(): void {
    try {
      const actor = createActor(provide(this.options.machine()), { input: this.options.input() });
      pages.set(actor.system, this.options.page);
      actor.on('*', (event) => {
        try {
          this.options.emitted(event);
        } catch (error) {
          this.options.fault(error);
        }
      });
      actor.subscribe({
        next: () => {
          if (actor === this.actor) for (const observer of this.observers) observer();
        },
        error: (error) => this.options.fault(error),
      });
      this.actor = actor;
      actor.start();
      window.addEventListener('pagehide', this.onPageHide);
    } catch (error) {
      this.actor = undefined;
      this.options.fault(error);
    }
  }
}
