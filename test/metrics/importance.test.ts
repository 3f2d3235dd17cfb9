import { describe, expect, it } from 'vitest';
import { featureGroups, permutationImportance, predictionScorer } from '../../shared/metrics/importance.js';
import { expectClose, fixture } from './fixtures.js';

interface ImportanceCase {
  task: 'binary' | 'regression';
  metric: string;
  rows: number;
  columns: number;
  repeats: number;
  features: number[];
  target: number[];
  model: { coef: number[]; intercept: number };
  sources: number[][][];
  mean: number[];
  std: number[];
}

/** The fixture's sklearn model (logistic or linear regression) as a predict callback. */
function linearModel(c: ImportanceCase) {
  return (input: Float32Array, rows: number) => {
    const out = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      let z = c.model.intercept;
      for (let j = 0; j < c.columns; j++) z += input[i * c.columns + j] * c.model.coef[j];
      out[i] = c.task === 'binary' ? 1 / (1 + Math.exp(-z)) : z;
    }
    return out;
  };
}

describe('permutationImportance agrees with sklearn permutation_importance', () => {
  it.each(fixture<ImportanceCase>('importance.json').map((c) => [`${c.task} ${c.metric}`, c] as const))('%s', async (_, c) => {
    const result = await permutationImportance({
      features: Float32Array.from(c.features),
      rows: c.rows,
      width: c.columns,
      groups: Array.from({ length: c.columns }, (_, j) => ({ name: `x${j}`, columns: [j] })),
      predict: linearModel(c),
      score: predictionScorer(c.task === 'binary' ? 'binary-classification' : 'regression', c.target, c.metric),
      metric: c.metric,
      repeats: c.repeats,
      permutation: (group, repeat) => c.sources[group][repeat],
    });
    result.features.forEach((feature, j) => {
      expectClose(feature.mean, c.mean[j], `${feature.name} mean`);
      expectClose(feature.std, c.std[j], `${feature.name} std`);
    });
  });
});

describe('permutationImportance', () => {
  const rows = 400;
  // y depends on x0 strongly, on a one-hot group (columns 1–2) weakly, and not on x3.
  const features = new Float32Array(rows * 4);
  const target = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    features[i * 4] = Math.sin(i * 12.9898) * 3;
    features[i * 4 + 1 + (i % 2)] = 1;
    features[i * 4 + 3] = Math.cos(i * 78.233);
    target[i] = 2 * features[i * 4] + 0.1 * features[i * 4 + 2];
  }
  const original = features.slice();
  const seen: Float32Array[] = [];
  const predict = (input: Float32Array, n: number) => {
    seen.push(input.slice());
    return Float64Array.from({ length: n }, (_, i) => 2 * input[i * 4] + 0.1 * input[i * 4 + 2]);
  };

  it('ranks the informative feature first, moves one-hot columns together, is seeded, and restores the input', async () => {
    const options = {
      features,
      rows,
      width: 4,
      groups: featureGroups(['x0', 'plan=a', 'plan=b', 'x3'], ['x0', 'plan', 'x3']),
      predict,
      score: predictionScorer('regression', target, 'rmse'),
      metric: 'rmse',
      repeats: 3,
      seed: 5,
    };
    expect(options.groups).toEqual([
      { name: 'x0', columns: [0] },
      { name: 'plan', columns: [1, 2] },
      { name: 'x3', columns: [3] },
    ]);
    const result = await permutationImportance(options);
    expect(result.features[0].mean).toBeGreaterThan(1);
    expect(result.features[2].mean).toBe(0);
    expect(result.features[1].mean).toBeGreaterThan(0);
    for (const input of seen) for (let i = 0; i < rows; i++) expect(input[i * 4 + 1] + input[i * 4 + 2]).toBe(1);
    const again = await permutationImportance(options);
    expect(again).toEqual(result);
    expect((await permutationImportance({ ...options, seed: 6 })).features[0].repeats).not.toEqual(result.features[0].repeats);
    // Each call permutes one group only: the others were restored. The caller's matrix is untouched.
    const groupOf = [0, 1, 1, 2];
    for (const input of seen) {
      const changed = new Set<number>();
      for (let k = 0; k < input.length; k++) if (input[k] !== features[k]) changed.add(groupOf[k % 4]);
      expect(changed.size).toBeLessThanOrEqual(1);
    }
    expect(seen[0]).toEqual(features);
    expect(features).toEqual(original);
  });

  it('keeps the sign "positive = the feature matters" for higher-is-better metrics', async () => {
    const result = await permutationImportance({
      features,
      rows,
      width: 4,
      groups: [{ name: 'x0', columns: [0] }],
      predict,
      score: predictionScorer('regression', target, 'r2'),
      metric: 'r2',
      repeats: 2,
    });
    expect(result.features[0].mean).toBeGreaterThan(1);
  });
});
