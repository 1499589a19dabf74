/**
 * Consent, owned by the page: `granted` (the default), `required` (nothing stored or sent until
 * granted), `denied`. The Global Privacy Control signal counts as denied unless the page says
 * `gpc="ignore"`. A change applies to both things consent governs: the browser storage the kit
 * writes, and the events the sinks may send (design: docs/security.md).
 */
import { hasMethods, pageSingleton } from '../internal/shared.js';
import { forgetStorage, persistMemoryStorage, storagePolicy } from '../internal/storage.js';
import { delivery, type ConsentState } from '../sinks/delivery.js';
import type { WireEvent } from '../sinks/wire.js';

export type ConsentSetting = 'granted' | 'required' | 'denied';
export type GpcSetting = 'honour' | 'ignore';

export function consentState(setting: ConsentSetting, answer: boolean | null, gpc: GpcSetting): ConsentState {
  const gpcOn = gpc === 'honour' && (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true;
  if (gpcOn || setting === 'denied' || answer === false) return 'denied';
  if (setting === 'required' && answer !== true) return 'pending';
  return 'granted';
}

export class Consent {
  private setting: ConsentSetting = 'granted';
  private gpc: GpcSetting = 'honour';
  /** The visitor's answer from a consent banner, if any. */
  private answer: boolean | null = null;
  state: ConsentState | null = null;

  constructor() {
    this.apply();
  }

  configure({ consent, gpc }: { consent?: ConsentSetting; gpc?: GpcSetting }): void {
    if (consent !== undefined) this.setting = consent;
    if (gpc !== undefined) this.gpc = gpc;
    this.apply();
  }

  /** The visitor's answer: true grants (what was deferred is stored and sent), false denies. */
  answered(granted: boolean): void {
    this.answer = granted;
    this.apply();
  }

  /** Back to the defaults; for tests and page teardown. */
  reset(): void {
    this.setting = 'granted';
    this.gpc = 'honour';
    this.answer = null;
    this.apply();
  }

  private apply(): void {
    const state = consentState(this.setting, this.answer, this.gpc);
    if (state === this.state) return;
    this.state = state;
    storagePolicy.allowed = state === 'granted';
    if (state === 'granted') persistMemoryStorage();
    else if (state === 'denied') forgetStorage();
    delivery.gate(state);
  }
}

/** One consent per page, shared by every copy of the kit. */
export const consent: Consent = pageSingleton('consent', hasMethods<Consent>('configure', 'answered', 'reset'), () => new Consent());

/** Events reach the sinks only through here, so consent (and GPC) is in force before the first one. */
export const publish = (event: WireEvent): void => {
  if (consent.state) delivery.publish(event);
};
