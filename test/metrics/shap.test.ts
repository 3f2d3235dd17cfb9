import { describe, expect, test } from 'vitest';
import { featureGroups } from '../../shared/metrics/importance.js';
import { explainedOutput, kernelShap, linearShap, meanAbsolute, shapCoalitions, type ShapModel } from '../../shared/metrics/shap.js';
import { predictNetwork, type Activation, type DenseNetwork } from '../../shared/model/network.js';
import { seededRandom } from '../../shared/stats/random.js';

// Model input of `features` raw features: numeric ones one column each, categorical ones three
// one-hot columns (two categories and the unknown bucket), as the package's preprocessing lays them out.
function layout(kinds: ('n' | 'c')[]) {
  const inputNames: string[] = [];
  const names = kinds.map((_, i) => `f${i}`);
  kinds.forEach((kind, i) => {
    if (kind === 'n') inputNames.push(names[i]);
    else inputNames.push(`${names[i]}=a`, `${names[i]}=b`, `${names[i]}=<unknown>`);
  });
  return { inputNames, names, width: inputNames.length };
}

function rowsOf(kinds: ('n' | 'c')[], count: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const { width } = layout(kinds);
  const out = new Float32Array(count * width);
  for (let r = 0; r < count; r++) {
    let c = 0;
    for (const kind of kinds) {
      if (kind === 'n') out[r * width + c++] = (random() - 0.5) * 4;
      else {
        out[r * width + c + Math.floor(random() * 3)] = 1;
        c += 3;
      }
    }
  }
  return out;
}

function network(width: number, layers: [number, Activation][], seed: number): DenseNetwork {
  const random = seededRandom(seed);
  let inputs = width;
  return {
    inputSize: width,
    layers: layers.map(([units, activation]) => {
      const kernel = Float32Array.from({ length: inputs * units }, () => (random() - 0.5) * 2);
      const bias = Float32Array.from({ length: units }, () => (random() - 0.5) * 0.5);
      inputs = units;
      return { units, activation, kernel, bias };
    }),
  };
}

function model(net: DenseNetwork, task: 'binary-classification' | 'multiclass-classification' | 'regression'): ShapModel {
  const units = net.layers[net.layers.length - 1].units;
  return {
    width: net.inputSize,
    outputsPerRow: units,
    predict: (input, rows) => predictNetwork(net, input, rows),
    explained: explainedOutput(task, units).explained,
  };
}

/** Exact Shapley values of the interventional game, by enumerating every coalition (independent of kernelShap). */
function exactShapley(
  m: ShapModel,
  x: Float32Array,
  background: Float32Array,
  B: number,
  groups: { columns: number[] }[],
  target = 0,
): number[] {
  const M = groups.length;
  const W = m.width;
  const value = (mask: number) => {
    const batch = background.slice();
    for (let b = 0; b < B; b++) for (let j = 0; j < M; j++) if (mask & (1 << j)) for (const c of groups[j].columns) batch[b * W + c] = x[c];
    const g = m.explained(m.predict(batch, B) as ArrayLike<number>, B, target);
    return g.reduce((a, v) => a + v, 0) / B;
  };
  const factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
  const values = new Map<number, number>();
  for (let mask = 0; mask < 1 << M; mask++) values.set(mask, value(mask));
  const phi = new Array<number>(M).fill(0);
  for (let j = 0; j < M; j++)
    for (let mask = 0; mask < 1 << M; mask++) {
      if (mask & (1 << j)) continue;
      let size = 0;
      for (let k = 0; k < M; k++) if (mask & (1 << k)) size++;
      const weight = (factorial(size) * factorial(M - size - 1)) / factorial(M);
      phi[j] += weight * (values.get(mask | (1 << j))! - values.get(mask)!);
    }
  return phi;
}

const KINDS: ('n' | 'c')[] = ['n', 'c', 'n', 'n', 'c', 'n', 'c', 'n'];

describe('SHAP', () => {
  test('Kernel SHAP with every coalition equals the exact Shapley values of an MLP with 8 raw features (to 1e-9)', async () => {
    const { inputNames, names, width } = layout(KINDS);
    const groups = featureGroups(inputNames, names);
    const net = network(
      width,
      [
        [6, 'relu'],
        [1, 'sigmoid'],
      ],
      5,
    );
    const m = model(net, 'binary-classification');
    const input = rowsOf(KINDS, 12, 1);
    const background = rowsOf(KINDS, 20, 2);
    const result = await kernelShap({ input, rows: 12, background, backgroundRows: 20, groups }, m);
    expect(result.exact).toBe(true);
    expect(result.coalitions).toBe(2 ** 8 - 2);
    for (let r = 0; r < 12; r++) {
      const exact = exactShapley(m, input.subarray(r * width, (r + 1) * width), background, 20, groups);
      for (let j = 0; j < 8; j++) expect(Math.abs(result.values[r * 8 + j] - exact[j])).toBeLessThan(1e-9);
    }
  });

  test('multiclass: exact for the explained class of each row, additive', async () => {
    const kinds: ('n' | 'c')[] = ['n', 'c', 'n', 'c'];
    const { inputNames, names, width } = layout(kinds);
    const groups = featureGroups(inputNames, names);
    const net = network(
      width,
      [
        [5, 'relu'],
        [3, 'softmax'],
      ],
      9,
    );
    const m = model(net, 'multiclass-classification');
    const input = rowsOf(kinds, 6, 3);
    const background = rowsOf(kinds, 15, 4);
    const targets = [0, 1, 2, 2, 1, 0];
    const result = await kernelShap({ input, rows: 6, background, backgroundRows: 15, groups, targets }, m);
    for (let r = 0; r < 6; r++) {
      const exact = exactShapley(m, input.subarray(r * width, (r + 1) * width), background, 15, groups, targets[r]);
      for (let j = 0; j < 4; j++) expect(Math.abs(result.values[r * 4 + j] - exact[j])).toBeLessThan(1e-9);
    }
  });

  test('additivity: every row sums to prediction − expected prediction (to 1e-6), also with sampled coalitions', async () => {
    const kinds: ('n' | 'c')[] = ['n', 'c', 'n', 'n', 'c', 'n', 'c', 'n', 'n', 'c', 'n', 'n', 'n', 'c'];
    const { inputNames, names, width } = layout(kinds);
    const groups = featureGroups(inputNames, names);
    for (const [task, last] of [
      ['binary-classification', [1, 'sigmoid']],
      ['regression', [1, 'linear']],
      ['multiclass-classification', [4, 'softmax']],
    ] as const) {
      const net = network(width, [[8, 'relu'], last as [number, Activation]], 11);
      const rows = 40;
      const input = rowsOf(kinds, rows, 6);
      const background = rowsOf(kinds, 25, 7);
      const targets = Array.from({ length: rows }, (_, r) => (task === 'multiclass-classification' ? r % 4 : 0));
      const result = await kernelShap({ input, rows, background, backgroundRows: 25, groups, targets }, model(net, task), {
        maxCoalitions: 300,
        seed: 4,
        batchRows: 5000,
      });
      expect(result.exact).toBe(false);
      expect(result.modelCalls).toBeGreaterThan(3);
      for (let r = 0; r < rows; r++) {
        let sum = 0;
        for (let j = 0; j < kinds.length; j++) sum += result.values[r * kinds.length + j];
        expect(Math.abs(sum - (result.predictions[r] - result.expected[r]))).toBeLessThan(1e-6);
      }
    }
  });

  test('the closed form of a logistic model equals Kernel SHAP in log-odds (to 1e-9); one-hot parts are summed to their column', async () => {
    const { inputNames, names, width } = layout(KINDS);
    const groups = featureGroups(inputNames, names);
    const net = network(width, [[1, 'sigmoid']], 21);
    const input = rowsOf(KINDS, 30, 8);
    const background = rowsOf(KINDS, 40, 9);
    const data = { input, rows: 30, background, backgroundRows: 40, groups };
    const closed = linearShap(data, { weights: net.layers[0].kernel, bias: net.layers[0].bias[0] });
    const kernel = await kernelShap(data, model(net, 'binary-classification'));
    for (let i = 0; i < closed.values.length; i++) expect(Math.abs(closed.values[i] - kernel.values[i])).toBeLessThan(1e-9);
    for (let r = 0; r < 30; r++) {
      expect(Math.abs(closed.predictions[r] - kernel.predictions[r])).toBeLessThan(1e-9);
      expect(Math.abs(closed.expected[r] - kernel.expected[r])).toBeLessThan(1e-9);
      let sum = 0;
      for (let j = 0; j < 8; j++) sum += closed.values[r * 8 + j];
      expect(Math.abs(sum - (closed.predictions[r] - closed.expected[r]))).toBeLessThan(1e-9);
    }
    // A categorical feature's attribution is the sum over its one-hot columns of w·(x − E[x]).
    const cat = groups[1];
    expect(cat.columns).toHaveLength(3);
    expect(meanAbsolute(closed)).toHaveLength(8);
  });

  test('sampled coalitions are seeded, paired with their complements, and never the empty or full set', () => {
    const a = shapCoalitions(12, 100, 3);
    const b = shapCoalitions(12, 100, 3);
    expect(a).toEqual(b);
    expect(a.exact).toBe(false);
    for (const set of a.members) expect(set.length > 0 && set.length < 12).toBe(true);
    const keys = new Set(a.members.map((s) => s.join(',')));
    for (const set of a.members) {
      const complement = Array.from({ length: 12 }, (_, i) => i).filter((i) => !set.includes(i));
      expect(keys.has(complement.join(','))).toBe(true);
    }
  });
});
