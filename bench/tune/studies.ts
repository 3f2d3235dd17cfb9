// The two ways the benchmarks run a study on a problem, shared by bench.ts and rounds-sweep.ts:
// sequentially (the local runner) and in rounds (the matrix mode as a workflow runs it).
import { runLocalStudy } from '../../shared/tune/local.js';
import { mergeResults, planRound, runPlannedTrial } from '../../shared/tune/matrix.js';
import type { SamplerSpec } from '../../shared/tune/samplers/index.js';
import type { Params } from '../../shared/tune/space.js';
import { createStudy, type Study } from '../../shared/tune/study.js';
import type { Problem } from './problems.js';

/** Simple regret after each trial: the best value so far minus the problem's optimum. */
export function regretCurve(problem: Problem, values: number[]): number[] {
  let best = Number.POSITIVE_INFINITY;
  return values.map((v) => (best = Math.min(best, v)) - problem.optimum);
}

export async function sequentialStudy(problem: Problem, spec: SamplerSpec, seed: number, trials: number): Promise<number[]> {
  const { study } = await runLocalStudy({
    space: problem.space,
    sampler: spec,
    trials,
    seed,
    metric: 'value',
    direction: 'minimize',
    objective: (params) => problem.evaluate(params as Record<string, number>),
  });
  return regretCurve(
    problem,
    study.trials.map((t) => t.value!),
  );
}

/** Plan a round, run each planned trial, merge, repeat. */
export async function studyInRounds(
  problem: Problem,
  spec: SamplerSpec,
  seed: number,
  trials: number,
  roundSize: number,
): Promise<number[]> {
  let study: Study = createStudy({ space: problem.space, sampler: spec, seed, maxTrials: trials, metric: 'value', direction: 'minimize' });
  for (;;) {
    const plan = planRound(study, roundSize);
    if (plan.trials.length === 0) break;
    const objective = (params: Params) => problem.evaluate(params as Record<string, number>);
    const results = await Promise.all(plan.trials.map((trial) => runPlannedTrial(plan.study, trial, objective)));
    study = mergeResults(plan.study, results);
  }
  return regretCurve(
    problem,
    study.trials.map((t) => t.value!),
  );
}
