import { InputError } from '../runtime/errors.js';
import { createPruner } from './pruners/index.js';
import { runTrial } from './run-trial.js';
import { createSampler } from './samplers/index.js';
import { checkParams, valueKey, type Params } from './space.js';
import { studySpace, trialOf, type Study } from './study.js';
import type { Objective, Trial, TrialState } from './trial.js';

/**
 * Matrix mode: a study fanned out over a GitHub job matrix in rounds. Round k is planned from
 * the results of rounds before it, with the trials of round k itself treated as in flight
 * (constant liar), so one round's jobs spread out instead of repeating one guess. The study
 * travels between jobs as its trials file; every function here is pure (returns a new study).
 */

/** GitHub's limit on the jobs one matrix may create. */
export const MAX_ROUND_SIZE = 256;

/** One entry of the job matrix: everything a trial job needs besides the study file. */
export interface TrialSpec {
  number: number;
  params: Params;
  round: number;
}

export interface RoundPlan {
  round: number;
  trials: TrialSpec[];
  /** The study with this round's trials recorded as running. */
  study: Study;
}

function specOf(trial: Trial): TrialSpec {
  return { number: trial.number, params: trial.params, round: trial.round ?? 0 };
}

/**
 * Plans the next round of at most `roundSize` trials (fewer when the study's trial budget or a
 * grid runs out; none when it is spent). While the latest round still has trials without a
 * result, it is returned again, unchanged: re-running the plan job never adds trials. Planning
 * is a function of the study alone (its seed included), so the same study plans the same round.
 */
export function planRound(study: Study, roundSize: number): RoundPlan {
  if (!Number.isInteger(roundSize) || roundSize < 1 || roundSize > MAX_ROUND_SIZE) {
    throw new InputError(`a round has 1 to ${MAX_ROUND_SIZE} trials (GitHub's matrix limit); got ${roundSize}.`, 'parallel');
  }
  const rounds = study.trials.map((t) => t.round ?? 0);
  const lastRound = rounds.length ? Math.max(...rounds) : -1;
  const pending = study.trials.filter((t) => (t.round ?? 0) === lastRound && t.state === 'running');
  if (pending.length > 0) {
    return { round: lastRound, trials: study.trials.filter((t) => (t.round ?? 0) === lastRound).map(specOf), study };
  }
  const round = lastRound + 1;
  const sampler = createSampler(study.sampler);
  const space = studySpace(study);
  const next: Study = structuredClone(study);
  const firstNumber = study.trials.length ? Math.max(...study.trials.map((t) => t.number)) + 1 : 0;
  const count = Math.min(roundSize, study.maxTrials - study.trials.length);
  const planned: Trial[] = [];
  for (let i = 0; i < count; i++) {
    const number = firstNumber + i;
    // Earlier rounds as they ended (a trial still running there is in flight too), and this round's trials in flight.
    const history = [...next.trials, ...planned];
    const params = sampler.suggest({ space, direction: study.direction, history, number, seed: study.seed });
    if (!params) break;
    planned.push({ number, state: 'running', params, intermediate: [], round });
  }
  next.trials.push(...planned);
  return { round, trials: planned.map(specOf), study: next };
}

/**
 * Runs one planned trial (the `trial` job). The pruner compares with the trials of earlier
 * rounds only: the other jobs of this round run elsewhere at the same time.
 */
export async function runPlannedTrial(study: Study, spec: TrialSpec, objective: Objective): Promise<Trial> {
  const planned = trialOf(study, spec.number);
  if (!planned || valueKey(planned.params) !== valueKey(spec.params)) {
    throw new InputError(
      `trial ${spec.number} is not planned in this study with these parameters; ` + `give the trial entry from this study's matrix.`,
      'trial',
    );
  }
  const round = planned.round ?? 0;
  const others = study.trials.filter((t) => t.state !== 'running' && (t.round ?? 0) < round);
  return runTrial({
    number: spec.number,
    params: spec.params,
    objective,
    pruner: createPruner(study.pruner),
    direction: study.direction,
    others,
    round,
  });
}

const RANK: Record<TrialState, number> = { running: 0, failed: 1, pruned: 2, complete: 3 };

/**
 * Records one trial's result. Idempotent: recording the same result again changes nothing.
 * When a trial was re-run and reports twice, the more finished state wins (complete over
 * pruned over failed) and between equals the first recorded stays, so a re-run job that failed
 * cannot overwrite a result that arrived.
 */
export function recordTrialResult(study: Study, result: Trial): Study {
  const planned = trialOf(study, result.number);
  if (!planned)
    throw new InputError(`trial ${result.number} was never planned in this study; its result belongs to another study.`, 'trials-dir');
  if (valueKey(planned.params) !== valueKey(result.params)) {
    throw new InputError(
      `the result of trial ${result.number} has other parameters than the plan; ` + `it belongs to another study or an older plan.`,
      'trials-dir',
    );
  }
  checkParams(studySpace(study), result.params, `the result of trial ${result.number}`);
  if (result.state === 'complete' && (typeof result.value !== 'number' || !Number.isFinite(result.value))) {
    throw new InputError(`the result of trial ${result.number} is complete without a finite value.`, 'trials-dir');
  }
  if (RANK[result.state] <= RANK[planned.state]) return study;
  const next: Study = structuredClone(study);
  const at = next.trials.findIndex((t) => t.number === result.number);
  next.trials[at] = { ...structuredClone(result), round: planned.round };
  return next;
}

/**
 * Records many results (the `report` job gathering artifacts); the order does not matter except
 * between two results of one trial.
 */
export function mergeResults(study: Study, results: readonly Trial[]): Study {
  return results.reduce(recordTrialResult, study);
}

/**
 * Marks the trials still running as failed, for the report job after a matrix ended: a job that
 * crashed without uploading a result must not keep its round open forever.
 */
export function failUnreported(study: Study, error = 'no result was reported for this trial (its job failed or was cancelled)'): Study {
  if (!study.trials.some((t) => t.state === 'running')) return study;
  const next: Study = structuredClone(study);
  for (const trial of next.trials) if (trial.state === 'running') Object.assign(trial, { state: 'failed', error });
  return next;
}
