// Types of scripts/event-generator.mjs for the TypeScript tests.
export interface ArmTruth {
  measured: number;
  continued: number;
}
export interface MomentTruth {
  detected: number;
  suppressed: number;
  answered: number;
  treatment: ArmTruth;
  holdout: ArmTruth;
}
export interface Ledger {
  events?: number;
  duplicates?: number;
  moments?: Record<string, MomentTruth>;
}
export interface MomentSpec {
  moment: string;
  element: string;
  journey: string;
  question: string;
  share: number;
  replies: Record<string, string>;
  signals: string[];
  treatment: number;
  holdout: number;
}
export declare const MOMENTS: MomentSpec[];
export declare function random(seed: number): () => number;
export declare function generateEvents(options?: { moments?: number; seed?: number; days?: number; start?: number; holdout?: number; duplicates?: number; ledger?: Ledger }): Generator<Record<string, unknown>>;
