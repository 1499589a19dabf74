import { errors } from '../../signals/errors.js';
import { fieldChurn } from '../../signals/field-churn.js';
import { fieldStall } from '../../signals/field-stall.js';
import type { Presets, SignalProperties } from '../../signals/signal.js';
import { UnstuckWrapper } from '../wrapper/wrapper.js';

/** The signals a form watches besides the common ones. */
const OWN_SIGNALS = [fieldStall, fieldChurn, errors] as const;

export interface UnstuckForm extends SignalProperties<typeof OWN_SIGNALS> {}

/**
 * Wraps a `<form>`. Besides the common signals (`idle` 30s here) it watches a field that has
 * focus but gets no input (`field-stall`), a field emptied and refilled again and again
 * (`field-churn`), and repeated validation errors (`errors`). A submit of the wrapped form is
 * the goal. It never reads what the visitor types.
 *
 * @summary Wraps a form: stalled fields, churn, repeated errors; the goal is a submit.
 *
 * @tagname unstuck-form
 */
export class UnstuckForm extends UnstuckWrapper {
  static override signals = [...UnstuckWrapper.signals, ...OWN_SIGNALS];
  static override presets: Presets = { idle: '30s' };
  static override submitIsGoal = true;
}
