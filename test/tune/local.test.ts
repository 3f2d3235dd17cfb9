import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, UserError } from '../../shared/runtime/errors.js';
import { runLocalStudy, visibleHistory } from '../../shared/tune/local.js';
import type { Sampler } from '../../shared/tune/samplers/sampler.js';
import type { Params } from '../../shared/tune/space.js';
import { parseStudyJson, studyToJson, type Study } from '../../shared/tune/study.js';
import type { Objective, Trial } from '../../shared/tune/trial.js';

const space = {
  x: { type: 'uniform', low: -2, high: 2 },
  y: { type: 'loguniform', low: 0.01, high: 10 },
  kind: { type: 'choice', values: ['a', 'b'] },
  k: { type: 'int', low: 1, high: 5, when: { kind: 'b' } },
};

function score(params: Params): number {
  return (params.x as number) ** 2 + Math.log10(params.y as number) ** 2 + (params.kind === 'b' ? 0.1 * (params.k as number) : 0.3);
}

/** An objective that finishes after a random delay, so trials complete out of order. */
const jittery: Objective = async (params) => {
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 8));
  return score(params);
};

/** What must match between two runs: everything but timings. */
const comparable = (trials: Trial[]) => trials.map(({ durationSeconds: _, ...rest }) => rest);

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tune-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('local study', () => {
  it('is reproducible with a seed, sequentially and in parallel despite out-of-order completion', async () => {
    for (const parallel of [1, 3]) {
      const run = () => runLocalStudy({ space, sampler: 'tpe', trials: 24, parallel, seed: 7, objective: jittery, metric: 'val_loss' });
      const [first, second] = [await run(), await run()];
      expect(comparable(second.study.trials)).toEqual(comparable(first.study.trials));
      expect(first.study.trials.map((t) => t.number)).toEqual(Array.from({ length: 24 }, (_, i) => i));
      expect(first.best?.value).toBe(Math.min(...first.study.trials.map((t) => t.value!)));
    }
  });

  it('shows trial n the trials up to n − parallel as finished and the rest as in flight', () => {
    const trials: Trial[] = [0, 1, 2, 3].map((number) => ({
      number,
      state: 'complete',
      params: {},
      value: number,
      intermediate: [],
    }));
    const { history, finished } = visibleHistory(trials, 4, 2);
    expect(finished.map((t) => t.number)).toEqual([0, 1, 2]);
    expect(history.map((t) => [t.number, t.state])).toEqual([
      [0, 'complete'],
      [1, 'complete'],
      [2, 'complete'],
      [3, 'running'],
    ]);
  });

  it('records failed trials with their error and goes on', async () => {
    const objective: Objective = (params, _report, trial) => {
      if (trial.number % 3 === 1) throw new Error(`out of memory in trial ${trial.number}\nstack…`);
      if (trial.number === 5) return Number.NaN;
      return score(params);
    };
    const { study, best } = await runLocalStudy({ space, sampler: 'random', trials: 9, seed: 1, objective });
    const states = study.trials.map((t) => t.state);
    expect(states).toEqual(['complete', 'failed', 'complete', 'complete', 'failed', 'failed', 'complete', 'failed', 'complete']);
    expect(study.trials[1].error).toBe('out of memory in trial 1');
    expect(study.trials[5].error).toBe('the objective returned null, not a finite number');
    expect(best).toBeDefined();
    expect(best!.state).toBe('complete');
  });

  it('throws the first error when every trial fails', async () => {
    const objective: Objective = (_params, _report, trial) => {
      throw new UserError(`cannot read data (trial ${trial.number})`);
    };
    await expect(runLocalStudy({ space, sampler: 'random', trials: 4, parallel: 2, seed: 1, objective })).rejects.toThrow(
      'all 4 trials failed; the first (trial 0) with: cannot read data (trial 0)',
    );
  });

  it('writes the trials file as JSON and CSV', async () => {
    const trialsFile = join(dir, 'out', 'trials.json');
    const { study } = await runLocalStudy({
      space,
      sampler: 'random',
      trials: 5,
      seed: 3,
      objective: score,
      trialsFile,
    });
    const json = parseStudyJson(await readFile(trialsFile, 'utf8'), trialsFile);
    expect(comparable(json.trials)).toEqual(comparable(study.trials));
    expect(json.direction).toBe('minimize');
    const csv = (await readFile(join(dir, 'out', 'trials.csv'), 'utf8')).trim().split('\n');
    expect(csv[0]).toBe('number,state,value,last_epoch,pruned_at,duration_s,round,error,params_x,params_y,params_kind,params_k');
    expect(csv).toHaveLength(6);
    expect(csv[1].startsWith(`0,complete,${study.trials[0].value},,,`)).toBe(true);
  });

  it('resumes an interrupted study from its trials file and ends as the uninterrupted one', async () => {
    const options = { space, sampler: 'tpe' as const, trials: 16, parallel: 2, seed: 11, objective: jittery };
    const whole = await runLocalStudy(options);
    // The file as an interrupted run leaves it: 9 finished, trial 9 started (its result lost), nothing after.
    const interrupted: Study = structuredClone(whole.study);
    interrupted.trials = interrupted.trials.slice(0, 10);
    interrupted.trials[9] = { number: 9, state: 'running', params: interrupted.trials[9].params, intermediate: [] };
    const trialsFile = join(dir, 'trials.json');
    await writeFile(trialsFile, studyToJson(interrupted));
    const ran: number[] = [];
    const resumed = await runLocalStudy({
      ...options,
      trialsFile,
      objective: (params, report, trial) => {
        ran.push(trial.number);
        return jittery(params, report, trial);
      },
    });
    expect(ran.sort((a, b) => a - b)).toEqual([9, 10, 11, 12, 13, 14, 15]);
    expect(comparable(resumed.study.trials)).toEqual(comparable(whole.study.trials));
    expect(resumed.best?.number).toBe(whole.best?.number);
  });

  it('refuses a trials file of another study', async () => {
    const trialsFile = join(dir, 'trials.json');
    await runLocalStudy({ space, sampler: 'random', trials: 2, seed: 1, objective: score, trialsFile });
    const error = await runLocalStudy({
      space,
      sampler: 'random',
      trials: 2,
      seed: 2,
      objective: score,
      trialsFile,
    }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/holds a different study \(its seed differs\); delete it to start over/);
  });

  it('prunes with ASHA and records the epoch each pruned trial stopped at (hand-computed)', async () => {
    const xs = [0.5, 0.9, 0.7, 0.95, 0.1, 0.6];
    const sequence: Sampler = {
      spec: { name: 'random' },
      suggest: ({ number }) => (number < xs.length ? { x: xs[number] } : undefined),
    };
    const objective: Objective = async (params, report) => {
      let value = Number.NaN;
      for (let epoch = 1; epoch <= 16; epoch++) {
        value = (params.x as number) + 1 / epoch;
        if (report(epoch, value) === 'prune') break;
      }
      return value;
    };
    const { study } = await runLocalStudy({
      space: { x: { type: 'uniform', low: 0, high: 1 } },
      sampler: sequence,
      pruner: 'asha',
      trials: 10,
      seed: 0,
      objective,
    });
    // Trial 0 runs unpruned (no minimum resource yet: 16 epochs / 100 → 1); rungs at epochs 1, 4, 16.
    // Trial 3 (1.95 at epoch 1) loses to 1.7; trial 5 (1.6) loses to 1.1 (five values: the best one goes on).
    expect(study.trials.map((t) => [t.state, t.prunedAt])).toEqual([
      ['complete', undefined],
      ['complete', undefined],
      ['complete', undefined],
      ['pruned', 1],
      ['complete', undefined],
      ['pruned', 1],
    ]);
    expect(study.trials[3].value).toBeCloseTo(1.95, 12);
    expect(study.trials[3].intermediate).toEqual([{ epoch: 1, value: 1.95 }]);
    expect(study.trials[1].rungs).toEqual([1.9, 1.15, 0.9625]);
    expect(study.trials[0].rungs).toBeUndefined();
  });
});
