import { describe, expect, it } from 'vitest';
import { runLocalStudy } from '../../shared/tune/local.js';
import { failUnreported, mergeResults, planRound, recordTrialResult, runPlannedTrial } from '../../shared/tune/matrix.js';
import type { Params } from '../../shared/tune/space.js';
import { bestTrial, createStudy, parseStudyJson, studyToJson, type Study } from '../../shared/tune/study.js';
import type { Objective, Trial } from '../../shared/tune/trial.js';

const space = {
  lr: { type: 'loguniform', low: 1e-4, high: 1 },
  layers: { type: 'int', low: 1, high: 6 },
  model: { type: 'choice', values: ['linear', 'mlp'] },
  hidden: { type: 'choice', values: [16, 64, 256], when: { model: 'mlp' } },
};

const loss = (p: Params) => (Math.log10(p.lr as number) + 2) ** 2 + 0.1 * ((p.layers as number) - 3) ** 2 + (p.model === 'mlp' ? 0 : 0.2);

/** Reports per-epoch values so pruning has something to read. */
const objective: Objective = async (params, report) => {
  const final = loss(params);
  for (let epoch = 1; epoch <= 8; epoch++) if (report(epoch, final + 1 / epoch) === 'prune') break;
  return final;
};

function newStudy(sampler: 'random' | 'tpe' | 'grid', maxTrials: number, pruner: 'none' | 'asha' = 'none'): Study {
  return createStudy({
    space,
    sampler: { name: sampler },
    pruner: { name: pruner },
    seed: 5,
    maxTrials,
    metric: 'val_loss',
  });
}

/** What the workflow does: plan, run each trial as its own job (the study file travels as JSON), report. */
async function runRounds(study: Study, roundSize: number): Promise<Study> {
  for (;;) {
    const plan = planRound(study, roundSize);
    if (plan.trials.length === 0) return study;
    const shipped = parseStudyJson(studyToJson(plan.study), 'trials.json');
    const results = await Promise.all(plan.trials.map((spec) => runPlannedTrial(shipped, structuredClone(spec), objective)));
    study = failUnreported(mergeResults(plan.study, results));
  }
}

describe('matrix mode', () => {
  it('plans the same round from the same study, and re-planning an open round adds nothing', () => {
    const study = newStudy('tpe', 40);
    const first = planRound(study, 10);
    expect(planRound(study, 10)).toEqual(first);
    expect(first.round).toBe(0);
    expect(first.trials.map((t) => t.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(first.study.trials.every((t) => t.state === 'running' && t.round === 0)).toBe(true);
    // The plan job runs again before any result came back: the same trials, no new ones.
    const again = planRound(first.study, 10);
    expect(again.trials).toEqual(first.trials);
    expect(again.study.trials).toHaveLength(10);
    expect(study.trials).toHaveLength(0);
  });

  it('merges results idempotently, keeps the more finished result of a re-run, refuses foreign results', async () => {
    const plan = planRound(newStudy('random', 6), 3);
    const results = await Promise.all(plan.trials.map((spec) => runPlannedTrial(plan.study, spec, objective)));
    const once = mergeResults(plan.study, results);
    expect(mergeResults(once, results)).toEqual(once);
    expect(mergeResults(mergeResults(once, [results[1]]), [results[2], results[0]])).toEqual(once);
    const failedRerun: Trial = { ...results[0], state: 'failed', value: undefined, error: 'runner lost' };
    expect(recordTrialResult(once, failedRerun)).toEqual(once);
    const failedFirst = recordTrialResult(plan.study, failedRerun);
    expect(recordTrialResult(failedFirst, results[0]).trials[0].state).toBe('complete');
    expect(() => recordTrialResult(once, { ...results[0], number: 99 })).toThrow(/never planned/);
    expect(() => recordTrialResult(once, { ...results[0], params: { ...results[0].params, layers: 6 } })).toThrow(
      /other parameters than the plan/,
    );
  });

  it('plans round k from rounds before it: a new round after the last one closes', async () => {
    let study = newStudy('tpe', 25);
    const plan0 = planRound(study, 10);
    const results = await Promise.all(plan0.trials.map((spec) => runPlannedTrial(plan0.study, spec, objective)));
    // One job never reported: the round stays open until the report marks it failed.
    study = mergeResults(plan0.study, results.slice(1));
    expect(planRound(study, 10).round).toBe(0);
    study = failUnreported(study);
    expect(study.trials[0]).toMatchObject({ state: 'failed', error: expect.stringMatching(/no result was reported/) });
    const plan1 = planRound(study, 10);
    expect(plan1.round).toBe(1);
    expect(plan1.trials.map((t) => t.number)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(planRound(study, 10)).toEqual(plan1);
    // The budget caps the last round.
    const done = await runRounds(plan1.study, 10);
    expect(done.trials).toHaveLength(25);
    expect(done.trials.at(-1)?.round).toBe(2);
    expect(() => planRound(done, 257)).toThrow(/1 to 256 trials/);
  });

  it('with sampler random and the same seed, plan → trials → merge finds the same best as local', async () => {
    const local = await runLocalStudy({
      space,
      sampler: 'random',
      trials: 30,
      parallel: 3,
      seed: 5,
      objective,
      metric: 'val_loss',
    });
    const matrix = await runRounds(newStudy('random', 30), 8);
    const strip = (trials: Trial[]) => trials.map(({ number, state, params, value }) => ({ number, state, params, value }));
    expect(strip(matrix.trials)).toEqual(strip(local.study.trials));
    expect(bestTrial(matrix)).toMatchObject({
      number: local.best!.number,
      value: local.best!.value,
      params: local.best!.params,
    });
  });

  it('covers a grid exactly once across rounds', async () => {
    const gridSpace = {
      model: ['linear', 'mlp'],
      hidden: { choice: [16, 64], when: { model: 'mlp' } },
      layers: { int: [1, 3] },
    };
    let study = createStudy({
      space: gridSpace,
      sampler: { name: 'grid' },
      seed: 1,
      maxTrials: 100,
      metric: 'val_loss',
    });
    const grid = (p: Params) => (p.layers as number) + (p.model === 'mlp' ? (p.hidden as number) / 100 : 0);
    for (;;) {
      const plan = planRound(study, 4);
      if (plan.trials.length === 0) break;
      const results = await Promise.all(plan.trials.map((spec) => runPlannedTrial(plan.study, spec, grid)));
      study = mergeResults(plan.study, results);
    }
    // linear × 3 layers + mlp × 2 hidden × 3 layers.
    expect(study.trials).toHaveLength(9);
    expect(new Set(study.trials.map((t) => JSON.stringify(t.params))).size).toBe(9);
  });

  it('prunes trial jobs against earlier rounds only', async () => {
    const done = await runRounds(newStudy('random', 30, 'asha'), 10);
    const firstRound = done.trials.filter((t) => t.round === 0);
    // Round 0 has no finished trial to compare with: nothing there is pruned.
    expect(firstRound.every((t) => t.state === 'complete')).toBe(true);
    expect(done.trials.some((t) => t.state === 'pruned')).toBe(true);
    for (const trial of done.trials.filter((t) => t.state === 'pruned')) {
      expect(trial.prunedAt).toBe(trial.intermediate.at(-1)!.epoch);
    }
  });
});
