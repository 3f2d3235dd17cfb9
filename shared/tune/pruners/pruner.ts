import type { StudyDirection } from '../direction.js';
import type { IntermediateValue, Trial } from '../trial.js';

export type PrunerName = 'none' | 'asha';

export interface PrunerSpec {
  name: PrunerName;
  options?: Record<string, unknown>;
}

export interface PruneContext {
  direction: StudyDirection;
  /** The running trial, its intermediate values including the one just reported. */
  trial: { number: number; intermediate: readonly IntermediateValue[]; rungs: readonly number[] };
  epoch: number;
  value: number;
  /**
   * The other trials this decision may compare with. The runner passes finished trials only,
   * chosen by trial number, so a decision does not depend on which trial happened to be faster.
   */
  others: readonly Trial[];
}

export interface PruneDecision {
  prune: boolean;
  /** The trial's rung values after this report, when the pruner keeps them. */
  rungs?: number[];
}

export interface Pruner {
  readonly spec: PrunerSpec;
  decide(context: PruneContext): PruneDecision;
}
