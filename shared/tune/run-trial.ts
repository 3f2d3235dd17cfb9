import type { StudyDirection } from './direction.js';
import type { Pruner } from './pruners/pruner.js';
import type { Params } from './space.js';
import type { IntermediateValue, Objective, PruneSignal, Trial } from './trial.js';

export interface TrialRun {
  number: number;
  params: Params;
  objective: Objective;
  pruner: Pruner;
  direction: StudyDirection;
  /** Finished trials the pruner may compare with (see PruneContext.others). */
  others: readonly Trial[];
  round?: number;
}

/** One line of an error for the trials file: the message of a thrown Error, else its text. */
export function errorLine(error: unknown): string {
  const message = error instanceof Error ? error.message || error.name : String(error);
  const line = message.split('\n')[0].trim();
  return line.length > 500 ? `${line.slice(0, 497)}...` : line;
}

/**
 * Runs the objective once and records what happened. Never throws: a failure is a trial
 * state, so that the search goes on.
 */
export async function runTrial(run: TrialRun): Promise<Trial> {
  const started = performance.now();
  const intermediate: IntermediateValue[] = [];
  let rungs: number[] = [];
  let prunedAt: number | undefined;
  const report = (epoch: number, value: number): PruneSignal => {
    if (prunedAt !== undefined) return 'prune';
    if (typeof epoch !== 'number' || !Number.isFinite(epoch))
      throw new TypeError(`report(epoch, value): epoch must be a finite number (got ${epoch})`);
    if (typeof value !== 'number') throw new TypeError(`report(epoch, value): value must be a number (got ${typeof value})`);
    // As Optuna: a second report for the same epoch is ignored.
    if (intermediate.some((point) => point.epoch === epoch)) return 'continue';
    intermediate.push({ epoch, value });
    const decision = run.pruner.decide({
      direction: run.direction,
      trial: { number: run.number, intermediate, rungs },
      epoch,
      value,
      others: run.others,
    });
    if (decision.rungs) rungs = decision.rungs;
    if (!decision.prune) return 'continue';
    prunedAt = epoch;
    return 'prune';
  };
  const base: Trial = { number: run.number, state: 'running', params: run.params, intermediate };
  if (run.round !== undefined) base.round = run.round;
  const finish = (fields: Partial<Trial>): Trial => {
    const trial: Trial = { ...base, ...fields, durationSeconds: Math.round(performance.now() - started) / 1000 };
    if (rungs.length) trial.rungs = rungs;
    return trial;
  };
  let result: unknown;
  try {
    result = await run.objective(run.params, report, { number: run.number });
  } catch (error) {
    if (prunedAt !== undefined) return finish({ state: 'pruned', prunedAt, value: valueAt(intermediate, prunedAt) });
    return finish({ state: 'failed', error: errorLine(error) });
  }
  if (prunedAt !== undefined) return finish({ state: 'pruned', prunedAt, value: valueAt(intermediate, prunedAt) });
  const value = typeof result === 'object' && result !== null ? (result as { value: unknown }).value : result;
  const attributes =
    typeof result === 'object' && result !== null ? (result as { attributes?: Record<string, unknown> }).attributes : undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return finish({
      state: 'failed',
      error: `the objective returned ${JSON.stringify(value) ?? String(value)}, not a finite number`,
    });
  }
  return finish(attributes ? { state: 'complete', value, attributes } : { state: 'complete', value });
}

function valueAt(intermediate: IntermediateValue[], epoch: number): number {
  return intermediate.find((point) => point.epoch === epoch)!.value;
}
