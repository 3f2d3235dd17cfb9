import type { Params } from './space.js';

/**
 * `running`: started (or planned, in matrix mode) and not finished; `complete`: the objective
 * returned a finite value; `pruned`: stopped by the pruner at `prunedAt`; `failed`: threw, or
 * returned something that is not a finite number.
 */
export type TrialState = 'running' | 'complete' | 'pruned' | 'failed';

/** A per-epoch value the objective reported; NaN is stored as null in JSON. */
export interface IntermediateValue {
  epoch: number;
  value: number;
}

export interface Trial {
  number: number;
  state: TrialState;
  params: Params;
  /** complete: the objective's value; pruned: the value at the epoch it stopped at. */
  value?: number;
  intermediate: IntermediateValue[];
  /** pruned: the epoch at which the pruner stopped it. */
  prunedAt?: number;
  /** Values at the successive-halving rungs the trial completed (ASHA's bookkeeping: Optuna's `completed_rung_k`). */
  rungs?: number[];
  /** failed: the error, one line. */
  error?: string;
  /** Matrix mode: the round that planned it. */
  round?: number;
  durationSeconds?: number;
  /** Whatever the objective returned beside the value (a model path, other metrics). */
  attributes?: Record<string, unknown>;
}

/** What a trial's objective answers to each report: stop now, or go on. */
export type PruneSignal = 'continue' | 'prune';
export type Report = (epoch: number, value: number) => PruneSignal;

export interface ObjectiveResult {
  value: number;
  attributes?: Record<string, unknown>;
}

/**
 * The function a study optimises. It reports per-epoch values through `report`; after a
 * `prune` answer it should stop and return (or throw): its result is then ignored and the
 * trial is recorded as pruned.
 */
export type Objective = (
  params: Params,
  report: Report,
  trial: { number: number },
) => Promise<number | ObjectiveResult> | number | ObjectiveResult;

export function isFinished(trial: Trial): boolean {
  return trial.state !== 'running';
}

/** The last reported epoch and its value, or undefined. */
export function lastIntermediate(trial: Pick<Trial, 'intermediate'>): IntermediateValue | undefined {
  let last: IntermediateValue | undefined;
  for (const point of trial.intermediate) if (!last || point.epoch > last.epoch) last = point;
  return last;
}
