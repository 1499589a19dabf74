/**
 * Consent: `granted` (the default), `required` (nothing stored or sent until granted), `denied`.
 * The Global Privacy Control signal counts as denied unless the page says `gpc="ignore"`.
 */
export type ConsentSetting = 'granted' | 'required' | 'denied';
export type ConsentState = 'granted' | 'pending' | 'denied';

export function consentState(setting: ConsentSetting, answer: boolean | null, gpc: 'honour' | 'ignore'): ConsentState {
  const gpcOn = gpc === 'honour' && (globalThis.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true;
  if (gpcOn || setting === 'denied' || answer === false) return 'denied';
  if (setting === 'required' && answer !== true) return 'pending';
  return 'granted';
}
