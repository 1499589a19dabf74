/**
 * The moment machine's actor, provided with the page: the module that brings XState, loaded after
 * the page (or at the first detection) by controllers/moment.ts, so a visitor who is never stuck
 * never parses it (docs/architecture.md, "The critical path").
 */
import { createActor, fromPromise, type Actor } from 'xstate';
import type { Detection, MomentEmitted, MomentInput, MomentOutput, MomentPage } from '../logic/moment.machine.js';
import { momentMachine, type MomentMachine } from '../logic/moment.machine.js';

export type MomentActor = Actor<MomentMachine>;

/**
 * Each running actor's page side, found through its actor system (which its invoked promise
 * actors share): one provided machine then serves every wrapper, instead of a machine definition
 * rebuilt per element.
 */
const pages = new WeakMap<object, MomentPage>();
const pageOf = (system: object) => pages.get(system)!;

const provided = momentMachine.provide({
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

export interface MomentHandlers {
  /** Everything the machine emits. */
  emitted(event: MomentEmitted): void;
  /** Every snapshot (the debug overlay). */
  changed(): void;
  /** The moment is measured: watch again or not. */
  done(output: MomentOutput): void;
  fault(error: unknown): void;
}

/** Start a moment from what the watch found. */
export function startMoment(input: MomentInput, page: MomentPage, handlers: MomentHandlers): MomentActor {
  const actor = createActor(provided, { input });
  pages.set(actor.system, page);
  actor.on('*', (event) => {
    try {
      handlers.emitted(event);
    } catch (error) {
      handlers.fault(error);
    }
  });
  actor.subscribe({
    next: (snapshot) => {
      handlers.changed();
      if (snapshot.status === 'done') handlers.done(snapshot.output!);
    },
    error: handlers.fault,
  });
  actor.start();
  return actor;
}
