/** Side-effect-free entry: classes, events and types. Import a `define/*` module to register. */
export { UnstuckCancel } from './components/cancel/cancel.js';
export { UnstuckCheckoutStep } from './components/checkout-step/checkout-step.js';
export { UnstuckChoice } from './components/choice/choice.js';
export { UnstuckConfig } from './components/config/config.js';
export { UnstuckForm } from './components/form/form.js';
export { UnstuckHuman } from './components/human/human.js';
export { UnstuckPricing } from './components/pricing/pricing.js';
export { UnstuckQuestion } from './components/question/question.js';
export { UnstuckSearch } from './components/search/search.js';
export { UnstuckWrapper } from './components/wrapper/wrapper.js';
export type { Signal } from './signals/signal.js';
export { UnstuckZone } from './components/zone/zone.js';
export { Unstuck, type UnstuckApi, type UnstuckOptions } from './page/api.js';
export { coordinator } from './page/coordinator.js';
export type { Sink } from './sinks/delivery.js';
export type { WireEvent } from './sinks/wire.js';
export * from './events/index.js';
