/** Side-effect-free entry: classes, events and types. Import a `define/*` module to register. */
export { UnstuckChoice } from './components/choice/choice.js';
export { UnstuckForm } from './components/form/form.js';
export { UnstuckHuman } from './components/human/human.js';
export { UnstuckQuestion } from './components/question/question.js';
export { UnstuckWrapper } from './components/wrapper/wrapper.js';
export type { SignalSpec } from './components/wrapper/signal-specs.js';
export { UnstuckZone } from './components/zone/zone.js';
export { coordinator } from './coordinator/coordinator.js';
export * from './events/index.js';
