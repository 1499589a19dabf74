import { property } from 'lit/decorators.js';
import { ConfirmHoldSensor } from '../../sensors/hold.js';
import { ReturnsSensor } from '../../sensors/returns.js';
import { withPresets, type SignalSpec } from '../wrapper/signal-specs.js';
import { UnstuckWrapper } from '../wrapper/wrapper.js';

/**
 * Wraps a cancellation flow. Besides the common signals (`idle` 30s) it counts visits to this
 * moment's flow across sessions (`returns`), so the question is asked on a return visit. The
 * way to a person comes first (`human-first` is on here). A cancellation is never obstructed:
 * no question appears while the visitor is on the final confirm control (mark it
 * `data-unstuck-confirm`), and the kit never hides or delays it. The goal — keeping the
 * subscription or finishing the cancellation — is the team's choice, set with `goal`.
 *
 * @summary Wraps a cancel flow: return visits; a person first; never in the way.
 *
 * @tagname unstuck-cancel
 */
export class UnstuckCancel extends UnstuckWrapper {
  /** @internal */
  static override signals: readonly SignalSpec[] = [
    ...withPresets(UnstuckWrapper.signals, { idle: '30s' }),
    { name: 'returns', kind: 'count', preset: '2/30d' },
  ];

  /** @internal */
  static override humanFirstByDefault = true;

  /** Visits to this cancel flow (one per session) N times in a window (`2/30d`, `off`). */
  @property() returns: string | null = null;

  constructor() {
    super();
    this.addSensor(new ReturnsSensor(this));
    this.addSensor(new ConfirmHoldSensor(this));
  }
}
