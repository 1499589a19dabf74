import { ConfirmHoldSensor } from '../../signals/confirm-hold.js';
import { returns } from '../../signals/returns.js';
import type { Presets, SignalProperties } from '../../signals/signal.js';
import { UnstuckWrapper } from '../wrapper/wrapper.js';

/** The signals a cancel flow watches besides the common ones. */
const OWN_SIGNALS = [returns] as const;

export interface UnstuckCancel extends SignalProperties<typeof OWN_SIGNALS> {}

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
  static override signals = [...UnstuckWrapper.signals, ...OWN_SIGNALS];
  static override presets: Presets = { idle: '30s' };
  static override humanFirstByDefault = true;
  static override sensors = [ConfirmHoldSensor];
}
