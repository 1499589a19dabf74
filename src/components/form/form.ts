import { property } from 'lit/decorators.js';
import { ErrorSensor } from '../../sensors/errors.js';
import { FieldChurnSensor } from '../../sensors/field-churn.js';
import { FieldStallSensor } from '../../sensors/field-stall.js';
import { withPresets, type SignalSpec } from '../wrapper/signal-specs.js';
import { UnstuckWrapper } from '../wrapper/wrapper.js';

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
  /** @internal */
  static override signals: readonly SignalSpec[] = [
    ...withPresets(UnstuckWrapper.signals, { idle: '30s' }),
    { name: 'field-stall', kind: 'quiet', preset: '20s' },
    { name: 'field-churn', kind: 'count', preset: '3/5m', perKey: true },
    { name: 'errors', kind: 'count', preset: '2/60s' },
  ];

  /** A focused field with no input for this long (`20s`, `off`). */
  @property({ attribute: 'field-stall' }) fieldStall: string | null = null;

  /** The same field emptied and refilled N times in a window (`3/5m`, `off`). */
  @property({ attribute: 'field-churn' }) fieldChurn: string | null = null;

  /** Validation failures (`invalid` events, `aria-invalid="true"` or `data-unstuck-error` appearing) N times in a window (`2/60s`, `off`). */
  @property() errors: string | null = null;

  constructor() {
    super();
    this.addSensor(new FieldStallSensor(this));
    this.addSensor(new FieldChurnSensor(this));
    this.addSensor(new ErrorSensor(this));
  }

  /** @internal A submit of the wrapped form is the goal. */
  override get goalOnSubmit(): boolean {
    return true;
  }
}
