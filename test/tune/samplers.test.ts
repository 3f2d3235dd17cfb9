import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSampler, enumerateGrid, gridSampler, randomSampler, tpeSampler } from '../../shared/tune/samplers/index.js';
import { logNormalCdf, normalCdf, normalQuantile, truncatedNormalSample } from '../../shared/tune/samplers/normal.js';
import { buildParzenEstimator, logPdfParzen, type Dimension } from '../../shared/tune/samplers/parzen.js';
import type { Sampler } from '../../shared/tune/samplers/sampler.js';
import { believeInFlight, splitTrials } from '../../shared/tune/samplers/tpe.js';
import { checkParams, parseSearchSpace, type Params, type SearchSpace } from '../../shared/tune/space.js';
import type { Trial } from '../../shared/tune/trial.js';

const reference = JSON.parse(readFileSync(new URL('./fixtures/reference.json', import.meta.url), 'utf8'));

const mixedSpace = parseSearchSpace({
  lr: { type: 'loguniform', low: 1e-4, high: 0.1 },
  dropout: { type: 'uniform', low: 0, high: 0.5, step: 0.05 },
  batch: { type: 'int', low: 8, high: 512, log: true },
  layers: { type: 'int', low: 1, high: 4 },
  model: { type: 'choice', values: ['linear', 'mlp'] },
  hidden: { type: 'choice', values: [[32], [64, 32], [128, 64]], when: { model: 'mlp' } },
  activation: { type: 'choice', values: ['relu', 'tanh'], when: { model: 'mlp' } },
});

/** A synthetic objective over mixedSpace: best near lr 0.01, dropout 0.1, mlp with [64, 32]. */
function mixedObjective(params: Params): number {
  let value = (Math.log10(params.lr as number) + 2) ** 2 + ((params.dropout as number) - 0.1) ** 2 * 4;
  value += Math.abs(Math.log2(params.batch as number) - 6) * 0.1 + ((params.layers as number) - 2) ** 2 * 0.05;
  if (params.model === 'linear') value += 0.5;
  else value += JSON.stringify(params.hidden) === '[64,32]' ? 0 : 0.3;
  return value;
}

function runSequential(sampler: Sampler, space: SearchSpace, objective: (p: Params) => number, trials: number, seed: number) {
  const history: Trial[] = [];
  for (let number = 0; number < trials; number++) {
    const params = sampler.suggest({ space, direction: 'minimize', history, number, seed });
    if (!params) break;
    history.push({ number, state: 'complete', params, value: objective(params), intermediate: [] });
  }
  return history;
}

describe('normal distribution numerics', () => {
  it('match scipy across the tails the estimator reaches', () => {
    for (const [z, expected] of reference.normal.cdf) expect(normalCdf(z)).toBeCloseTo(expected, 15);
    for (const [z, expected] of reference.normal.cdf) {
      expect(Math.abs(normalCdf(z) - expected) / expected).toBeLessThan(1e-12);
    }
    for (const [z, expected] of reference.normal.logCdf) {
      expect(Math.abs(logNormalCdf(z) - expected)).toBeLessThan(1e-12 * Math.max(1, Math.abs(expected)));
    }
    for (const [p, expected] of reference.normal.quantile) {
      expect(Math.abs(normalQuantile(p) - expected)).toBeLessThan(1e-12 * Math.max(1, Math.abs(expected)));
    }
  });

  it('draws truncated normals inside the bounds with the right median', () => {
    expect(truncatedNormalSample(0.5, -1, 1)).toBeCloseTo(0, 12);
    for (const [a, b] of [
      [-3, 0.1],
      [0.5, 40],
      [-90, -0.2],
    ]) {
      for (const u of [0, 1e-9, 0.3, 0.999999]) {
        const x = truncatedNormalSample(u, a, b);
        expect(x).toBeGreaterThanOrEqual(a);
        expect(x).toBeLessThanOrEqual(b);
      }
      const median = truncatedNormalSample(0.5, a, b);
      expect(normalCdf(median) - normalCdf(a)).toBeCloseTo((normalCdf(b) - normalCdf(a)) / 2, 10);
    }
  });
});

describe('Parzen estimator', () => {
  it("matches Optuna's kernels, with the log density scipy gives them (σ included)", () => {
    const { observations, points, sigmaX, sigmaK, logPdf } = reference.parzen;
    const dimensions: Dimension[] = [
      { kind: 'continuous', low: -5, high: 10 },
      { kind: 'discrete', low: 0.5, high: 64.5, step: 1 },
      { kind: 'categorical', size: 3 },
    ];
    const rows = observations.x.map((x: number, i: number) => [x, observations.k[i], observations.c[i]]);
    const optunaOptions = { priorWeight: 1, magicClip: true, considerEndpoints: false, multivariate: true };
    const estimator = buildParzenEstimator(dimensions, rows, {
      ...optunaOptions,
      bandwidth: 'range',
      clipResolution: 1,
    });
    expect((estimator.kernels[0] as { sigmas: Float64Array }).sigmas[0]).toBeCloseTo(sigmaX, 12);
    expect((estimator.kernels[1] as { sigmas: Float64Array }).sigmas[0]).toBeCloseTo(sigmaK, 12);
    const at = points.x.map((x: number, i: number) => [x, points.k[i], points.c[i]]);
    const ours = Array.from(logPdfParzen(estimator, at));
    ours.forEach((value, i) => expect(value).toBeCloseTo(logPdf[i], 10));
  });

  it('integrates to 1 over a continuous dimension and sums to 1 over a discrete one', () => {
    const options = {
      priorWeight: 1,
      magicClip: true,
      considerEndpoints: false,
      multivariate: false,
      bandwidth: 'spread' as const,
      clipResolution: 2,
    };
    const continuous = buildParzenEstimator([{ kind: 'continuous', low: 0, high: 1 }], [[0.1], [0.15], [0.9]], options);
    const steps = 20_000;
    const grid = Array.from({ length: steps }, (_, i) => [(i + 0.5) / steps]);
    const integral = logPdfParzen(continuous, grid).reduce((sum, lp) => sum + Math.exp(lp) / steps, 0);
    expect(integral).toBeCloseTo(1, 6);
    const discrete = buildParzenEstimator([{ kind: 'discrete', low: -0.5, high: 10.5, step: 1 }], [[2], [3], [9]], options);
    const total = logPdfParzen(
      discrete,
      Array.from({ length: 11 }, (_, i) => [i]),
    ).reduce((s, lp) => s + Math.exp(lp), 0);
    expect(total).toBeCloseTo(1, 12);
  });
});

describe('random sampler', () => {
  it('is a function of seed and trial number, inside the space, conditional parameters only when active', () => {
    const sampler = randomSampler();
    const suggest = (seed: number, number: number) =>
      sampler.suggest({ space: mixedSpace, direction: 'minimize', history: [], number, seed })!;
    expect(suggest(3, 7)).toEqual(suggest(3, 7));
    expect(suggest(3, 7)).not.toEqual(suggest(4, 7));
    expect(suggest(3, 7)).not.toEqual(suggest(3, 8));
    let mlp = 0;
    for (let n = 0; n < 400; n++) {
      const params = suggest(1, n);
      checkParams(mixedSpace, params, `trial ${n}`);
      if (params.model === 'mlp') {
        mlp++;
        expect(params).toHaveProperty('hidden');
      } else expect(params).not.toHaveProperty('hidden');
    }
    expect(mlp).toBeGreaterThan(150);
    expect(mlp).toBeLessThan(250);
  });
});

describe('grid sampler', () => {
  it('enumerates every combination once, conditional ones only under their parent', () => {
    const space = parseSearchSpace({
      model: ['linear', 'mlp'],
      hidden: { choice: [16, 32, 64], when: { model: 'mlp' } },
      lr: { type: 'loguniform', low: 0.001, high: 0.1, grid: 3 },
      epochs: { type: 'int', low: 10, high: 30, step: 10 },
    });
    const grid = enumerateGrid(space);
    // linear: 3 lr × 3 epochs; mlp: 3 hidden × 3 lr × 3 epochs.
    expect(grid).toHaveLength(9 + 27);
    expect(new Set(grid.map((p) => JSON.stringify(p))).size).toBe(36);
    expect([...new Set(grid.map((p) => p.lr))].sort()).toEqual([0.001, 0.01, 0.1].map((v) => expect.closeTo(v, 12)));
    const visited = runSequential(gridSampler(), space, () => 1, 100, 5);
    expect(visited).toHaveLength(36);
    expect(new Set(visited.map((t) => JSON.stringify(t.params))).size).toBe(36);
    // The seed shuffles the order, not the set.
    const other = runSequential(gridSampler(), space, () => 1, 100, 6).map((t) => JSON.stringify(t.params));
    expect(other).not.toEqual(visited.map((t) => JSON.stringify(t.params)));
    expect(new Set(other)).toEqual(new Set(visited.map((t) => JSON.stringify(t.params))));
  });

  it('asks for grid points on a continuous range', () => {
    const space = parseSearchSpace({ lr: { type: 'uniform', low: 0, high: 1 } });
    expect(() => gridSampler().suggest({ space, direction: 'minimize', history: [], number: 0, seed: 0 })).toThrow(
      /"lr" is a continuous uniform range; grid search needs grid: <points>/,
    );
  });
});

describe('TPE sampler', () => {
  it('ranks complete trials by value, then pruned ones by how far they got, then trials in flight', () => {
    const t = (number: number, state: Trial['state'], value?: number, epoch?: number): Trial => ({
      number,
      state,
      params: {},
      value,
      intermediate: epoch === undefined ? [] : [{ epoch, value: value! }],
    });
    const trials = [t(0, 'complete', 5), t(1, 'pruned', 0.1, 3), t(2, 'running'), t(3, 'complete', 1), t(4, 'pruned', 0.5, 9)];
    expect(splitTrials(trials, 3, 1)).toEqual({ below: [0, 3, 4], above: [1, 2] });
    expect(splitTrials(trials, 1, -1)).toEqual({ below: [0], above: [1, 2, 3, 4] });
  });

  it('is reproducible and respects conditional parameters in both modes', () => {
    for (const multivariate of [true, false]) {
      const first = runSequential(tpeSampler({ multivariate }), mixedSpace, mixedObjective, 40, 11);
      const second = runSequential(tpeSampler({ multivariate }), mixedSpace, mixedObjective, 40, 11);
      expect(second).toEqual(first);
      for (const trial of first) checkParams(mixedSpace, trial.params, `trial ${trial.number}`);
    }
  });

  it('starts with the random sampler’s trials, then beats random search on a mixed space', () => {
    const random = runSequential(randomSampler(), mixedSpace, mixedObjective, 60, 2);
    const tpe = runSequential(createSampler('tpe'), mixedSpace, mixedObjective, 60, 2);
    expect(tpe.slice(0, 10).map((t) => t.params)).toEqual(random.slice(0, 10).map((t) => t.params));
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];
    const bests = (make: () => Sampler) =>
      Array.from({ length: 15 }, (_, seed) =>
        Math.min(...runSequential(make(), mixedSpace, mixedObjective, 60, seed).map((t) => t.value!)),
      );
    // Measured: random 0.32, TPE 0.08 (median best of 40 seeds).
    expect(median(bests(() => createSampler('tpe')))).toBeLessThan(median(bests(randomSampler)) / 2);
  });

  it('moves away from trials in flight (constant liar)', () => {
    const space = parseSearchSpace({
      x: { type: 'uniform', low: 0, high: 1 },
      y: { type: 'uniform', low: 0, high: 1 },
    });
    const history = runSequential(createSampler('tpe'), space, (p) => ((p.x as number) - 0.3) ** 2 + ((p.y as number) - 0.7) ** 2, 30, 4);
    const sampler = createSampler('tpe');
    const alone = sampler.suggest({ space, direction: 'minimize', history, number: 30, seed: 4 })!;
    // Three trials in flight exactly where the sampler would go next.
    const inFlight = [30, 31, 32].map((number): Trial => ({ number, state: 'running', params: alone, intermediate: [] }));
    const next = sampler.suggest({
      space,
      direction: 'minimize',
      history: [...history, ...inFlight],
      number: 33,
      seed: 4,
    })!;
    const distance = Math.hypot((next.x as number) - (alone.x as number), (next.y as number) - (alone.y as number));
    expect(distance).toBeGreaterThan(1e-3);
  });

  it('draws near the best trial while trials are in flight, on continuous groups only', () => {
    const space = parseSearchSpace({
      x: { type: 'uniform', low: 0, high: 1 },
      y: { type: 'uniform', low: 0, high: 1 },
    });
    const objective = (p: Params) => ((p.x as number) - 0.3) ** 2 + ((p.y as number) - 0.7) ** 2;
    const history = runSequential(createSampler('tpe'), space, objective, 30, 5);
    const best = history.reduce((a, b) => (b.value! < a.value! ? b : a));
    const near = createSampler('tpe');
    const anywhere = tpeSampler({ nearBestInFlight: 0 });
    // Sequentially (nothing in flight) the rule changes nothing.
    const alone = { space, direction: 'minimize' as const, history, number: 30, seed: 5 };
    expect(near.suggest(alone)).toEqual(anywhere.suggest(alone));
    // With a round in flight, the later members stay closer to the best trial.
    const distance = (sampler: Sampler) => {
      const round: Trial[] = [];
      for (let number = 30; number < 40; number++) {
        const params = sampler.suggest({ space, direction: 'minimize', history: [...history, ...round], number, seed: 5 })!;
        round.push({ number, state: 'running', params, intermediate: [] });
      }
      const later = round
        .slice(1)
        .map((t) => Math.hypot((t.params.x as number) - (best.params.x as number), (t.params.y as number) - (best.params.y as number)));
      return later.reduce((a, b) => a + b, 0) / later.length;
    };
    expect(distance(near)).toBeLessThan(distance(anywhere));
    // An int group keeps drawing from all of l.
    const ints = parseSearchSpace({ a: { type: 'int', low: 0, high: 20 }, b: { type: 'int', low: 0, high: 20 } });
    const intHistory = runSequential(createSampler('tpe'), ints, (p) => ((p.a as number) - 6) ** 2 + ((p.b as number) - 14) ** 2, 30, 5);
    const inFlight: Trial[] = [{ number: 30, state: 'running', params: intHistory[29].params, intermediate: [] }];
    const context = { space: ints, direction: 'minimize' as const, history: [...intHistory, ...inFlight], number: 31, seed: 5 };
    expect(near.suggest(context)).toEqual(anywhere.suggest(context));
  });

  it('tries several widths around the best trial within one round', () => {
    const space = parseSearchSpace({
      x: { type: 'uniform', low: 0, high: 1 },
      y: { type: 'uniform', low: 0, high: 1 },
    });
    const objective = (p: Params) => ((p.x as number) - 0.3) ** 2 + ((p.y as number) - 0.7) ** 2;
    const history = runSequential(createSampler('tpe'), space, objective, 30, 5);
    const best = history.reduce((a, b) => (b.value! < a.value! ? b : a));
    /** Distances to the best trial of a round's members 2–10, by the width each was drawn with. */
    const byWidth = (sampler: Sampler) => {
      const round: Trial[] = [];
      for (let number = 30; number < 40; number++) {
        const params = sampler.suggest({ space, direction: 'minimize', history: [...history, ...round], number, seed: 5 })!;
        round.push({ number, state: 'running', params, intermediate: [] });
      }
      expect(new Set(round.map((t) => JSON.stringify(t.params))).size).toBe(10);
      const distances = round
        .slice(1)
        .map((t) => Math.hypot((t.params.x as number) - (best.params.x as number), (t.params.y as number) - (best.params.y as number)));
      const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
      return { narrow: mean(distances.filter((_, i) => i % 2 === 0)), wide: mean(distances.filter((_, i) => i % 2 === 1)) };
    };
    // Members alternate a narrow and a wide kernel: the narrow ones land closer to the best trial.
    const alternating = byWidth(tpeSampler({ nearBestInFlight: [0.2, 2] }));
    expect(alternating.narrow * 2).toBeLessThan(alternating.wide);
    const reversed = byWidth(tpeSampler({ nearBestInFlight: [2, 0.2] }));
    expect(reversed.wide * 2).toBeLessThan(reversed.narrow);
  });

  it('counts trials in flight as their nearest finished trial on continuous groups (believer), as the worst elsewhere', () => {
    const space = parseSearchSpace({
      x: { type: 'uniform', low: 0, high: 10 },
      lr: { type: 'loguniform', low: 1e-4, high: 1 },
    });
    const trial = (number: number, x: number, lr: number, value?: number): Trial =>
      value === undefined
        ? { number, state: 'running', params: { x, lr }, intermediate: [] }
        : { number, state: 'complete', params: { x, lr }, value, intermediate: [] };
    const trials = [trial(0, 1, 1e-3, 5), trial(1, 9, 1e-1, 7), trial(2, 2, 1e-3), trial(3, 9, 0.5), trial(4, 5, 0.9)];
    const believed = believeInFlight(trials, space.parameters);
    expect(believed.map((t) => [t.state, t.value])).toEqual([
      ['complete', 5],
      ['complete', 7],
      ['complete', 5],
      ['complete', 7],
      // x 5 is as far from 1 as from 9; lr is compared in logs, so 0.9 is near 0.1, far from 0.001.
      ['complete', 7],
    ]);
    // Its input is left as it was.
    expect(trials[2].state).toBe('running');

    // Round members in flight right beside the best trial: the believer ranks them with it, so the
    // next member stays there; the liar ranks them worst, which pushes the next member away.
    const plane = parseSearchSpace({ x: { type: 'uniform', low: 0, high: 1 }, y: { type: 'uniform', low: 0, high: 1 } });
    const objective = (p: Params) => ((p.x as number) - 0.3) ** 2 + ((p.y as number) - 0.7) ** 2;
    const history = runSequential(createSampler('tpe'), plane, objective, 30, 4);
    const best = history.reduce((a, b) => (b.value! < a.value! ? b : a));
    const beside = [30, 31, 32].map(
      (number, i): Trial => ({
        number,
        state: 'running',
        params: { x: (best.params.x as number) + 0.005 * (i + 1), y: best.params.y },
        intermediate: [],
      }),
    );
    const meanDistance = (believerInFlight: boolean) => {
      const sampler = tpeSampler({ believerInFlight, nearBestInFlight: 0 });
      let sum = 0;
      for (let seed = 0; seed < 20; seed++) {
        const next = sampler.suggest({ space: plane, direction: 'minimize', history: [...history, ...beside], number: 33, seed })!;
        sum += Math.hypot((next.x as number) - (best.params.x as number), (next.y as number) - (best.params.y as number));
      }
      return sum / 20;
    };
    // Measured: 0.135 against 0.181.
    expect(meanDistance(true) * 1.2).toBeLessThan(meanDistance(false));

    // An int group keeps the liar: the believer changes nothing there.
    const ints = parseSearchSpace({ a: { type: 'int', low: 0, high: 20 }, b: { type: 'int', low: 0, high: 20 } });
    const intHistory = runSequential(createSampler('tpe'), ints, (p) => ((p.a as number) - 6) ** 2 + ((p.b as number) - 14) ** 2, 30, 5);
    const inFlight: Trial[] = [{ number: 30, state: 'running', params: intHistory[29].params, intermediate: [] }];
    const context = { space: ints, direction: 'minimize' as const, history: [...intHistory, ...inFlight], number: 31, seed: 5 };
    expect(tpeSampler({ believerInFlight: true }).suggest(context)).toEqual(tpeSampler({ believerInFlight: false }).suggest(context));
  });

  it('does not repeat a configuration already tried while a new one is among the candidates', () => {
    // A small grid of ints, the kind where the kernels narrow onto a few good values.
    const space = parseSearchSpace({
      a: { type: 'int', low: 0, high: 6 },
      b: { type: 'int', low: 0, high: 3 },
      c: { type: 'int', low: 0, high: 2 },
    });
    const objective = (p: Params) => ((p.a as number) - 2) ** 2 + ((p.b as number) - 1) ** 2 + (p.c as number);
    const repeats = (history: Trial[]) => history.length - new Set(history.map((t) => JSON.stringify(t.params))).size;
    const withRule = runSequential(createSampler('tpe'), space, objective, 50, 3);
    const without = runSequential(tpeSampler({ avoidRepeats: false }), space, objective, 50, 3);
    // Repeats can only come from the random startup trials.
    // Measured (seed 3): 2 repeats with the rule, both in the last trials when every candidate had
    // been tried; 35 of 50 trials repeated without it.
    expect(repeats(withRule)).toBeLessThanOrEqual(3);
    expect(repeats(without)).toBeGreaterThan(20);
    expect(Math.min(...withRule.map((t) => t.value!))).toBe(0);
    // Once every configuration has been tried, it repeats the best-scoring one instead of failing.
    const tiny = parseSearchSpace({ x: { type: 'int', low: 0, high: 1 } });
    const all = runSequential(createSampler('tpe'), tiny, (p) => p.x as number, 15, 1);
    expect(all).toHaveLength(15);
    for (const trial of all) checkParams(tiny, trial.params, `trial ${trial.number}`);
  });

  it('maximises when asked to', () => {
    const space = parseSearchSpace({ x: { type: 'uniform', low: -1, high: 1 } });
    const sampler = createSampler('tpe');
    const history: Trial[] = [];
    for (let number = 0; number < 40; number++) {
      const params = sampler.suggest({ space, direction: 'maximize', history, number, seed: 9 })!;
      history.push({ number, state: 'complete', params, value: -((params.x as number) ** 2), intermediate: [] });
    }
    const late = history.slice(30).map((t) => Math.abs(t.params.x as number));
    expect(late.reduce((a, b) => a + b, 0) / late.length).toBeLessThan(0.2);
  });
});
