import { deriveSeed, seededRandom, shuffledIndices } from '../stats/random.js';
import type { FeatureGroup } from './importance.js';

/**
 * SHAP values (Lundberg & Lee, 2017) of raw features, for any model run on preprocessed input.
 *
 * The game: a player is a raw feature, i.e. a group of model-input columns (a numeric column, or
 * every one-hot column of a category with its unknown bucket), so the attribution of a category
 * is the sum of its one-hot parts by construction. The value of a coalition S for a row x is the
 * interventional expectation v(S) = mean over background rows b of g(x_S, b_rest), where g is the
 * explained quantity of the model output (see `ExplainedOutput`). Then
 *
 *     Σ_j φ_j(x) = g(x) − E_b[g(b)]                                            (additivity)
 *
 * holds exactly (to rounding) for both estimators:
 *
 * - `linearShap`, the closed form for a model that is linear in its input in the explained space
 *   (a linear regression, or a logistic one explained in log-odds): φ_j = Σ_{c∈G_j} w_c (x_c − E_b[x_c]).
 * - `kernelShap`, Kernel SHAP: the Shapley kernel weighted least-squares fit over coalitions, with
 *   additivity imposed as a constraint (the last feature is eliminated, as the shap package does).
 *   When every coalition fits the budget (2^M − 2 ≤ maxCoalitions) all are enumerated and the
 *   result is the exact Shapley value of the game; otherwise coalitions are sampled (sizes drawn
 *   from the kernel, each with its complement), seeded, and shared by every row, so the
 *   least-squares projection is factored once.
 */
export interface ShapModel {
  /** Model-input width. */
  width: number;
  outputsPerRow: number;
  predict: (input: Float32Array, rows: number) => ArrayLike<number> | Promise<ArrayLike<number>>;
  /**
   * The explained quantity of each of `rows` model outputs (row-major, `outputsPerRow` each):
   * `target` is the class explained for the row being explained (multiclass), else 0.
   */
  explained: (outputs: ArrayLike<number>, rows: number, target: number) => Float64Array;
}

export interface ShapInput {
  /** Rows to explain, preprocessed, row-major `rows × width`. */
  input: Float32Array;
  rows: number;
  /** Background rows, preprocessed, row-major `backgroundRows × width`. */
  background: Float32Array;
  backgroundRows: number;
  groups: FeatureGroup[];
  /** The class explained for each row (multiclass); default 0. */
  targets?: ArrayLike<number>;
}

export interface ShapResult {
  method: 'linear' | 'kernel';
  features: string[];
  /** rows × features, row-major. */
  values: Float64Array;
  /** E_b[g(b)] per row (it depends on the row only through its explained class). */
  expected: Float64Array;
  /** g(x) per row. */
  predictions: Float64Array;
  /** Coalitions evaluated per row (0 for the closed form), and whether they were all of them. */
  coalitions: number;
  exact: boolean;
  /** Calls of `predict` and the model rows they ran. */
  modelCalls: number;
  modelRows: number;
}

export interface KernelShapOptions {
  /** Most coalitions per row (default 2048); below 2^M − 2 they are sampled. */
  maxCoalitions?: number;
  seed?: number;
  /** Model rows per `predict` call (default 262,144). */
  batchRows?: number;
}

/** A fixed first part, so the seed is mixed before anything else (see bootstrap.ts). */
const SHAP_STREAM = 0x73686170;

function checkShapes(data: ShapInput, width: number): void {
  if (data.input.length !== data.rows * width) throw new Error(`SHAP input has ${data.input.length} values for ${data.rows} × ${width}`);
  if (data.background.length !== data.backgroundRows * width)
    throw new Error(`SHAP background has ${data.background.length} values for ${data.backgroundRows} × ${width}`);
  if (data.backgroundRows < 1) throw new Error('SHAP needs at least one background row');
  for (const group of data.groups)
    for (const column of group.columns)
      if (!(column >= 0 && column < width))
        throw new Error(`feature ${group.name} refers to input column ${column}; the input has ${width}`);
}

/**
 * The closed form for a model linear in its input in the explained space: g(x) = w·x + bias.
 * Exact, with no model call.
 */
export function linearShap(data: ShapInput, model: { weights: ArrayLike<number>; bias: number }): ShapResult {
  const width = model.weights.length;
  checkShapes(data, width);
  const { input, rows, background, backgroundRows, groups } = data;
  const mean = new Float64Array(width);
  for (let b = 0; b < backgroundRows; b++) for (let c = 0; c < width; c++) mean[c] += background[b * width + c];
  for (let c = 0; c < width; c++) mean[c] /= backgroundRows;
  let expected = model.bias;
  for (let c = 0; c < width; c++) expected += model.weights[c] * mean[c];
  const M = groups.length;
  const values = new Float64Array(rows * M);
  const predictions = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let g = model.bias;
    for (let c = 0; c < width; c++) g += model.weights[c] * input[r * width + c];
    predictions[r] = g;
    for (let j = 0; j < M; j++) {
      let phi = 0;
      for (const c of groups[j].columns) phi += model.weights[c] * (input[r * width + c] - mean[c]);
      values[r * M + j] = phi;
    }
  }
  return {
    method: 'linear',
    features: groups.map((g) => g.name),
    values,
    expected: new Float64Array(rows).fill(expected),
    predictions,
    coalitions: 0,
    exact: true,
    modelCalls: 0,
    modelRows: 0,
  };
}

/** The Shapley kernel weight of a coalition of size s among M players (1 ≤ s ≤ M − 1). */
export function shapleyKernelWeight(M: number, s: number): number {
  return (M - 1) / (binomial(M, s) * s * (M - s));
}

function binomial(n: number, k: number): number {
  let out = 1;
  for (let i = 1; i <= k; i++) out = (out * (n - k + i)) / i;
  return out;
}

/** Coalitions (as member lists) and their regression weights. */
export function shapCoalitions(M: number, maxCoalitions = 2048, seed = 0): { members: number[][]; weights: number[]; exact: boolean } {
  const total = M <= 30 ? 2 ** M - 2 : Number.POSITIVE_INFINITY;
  if (total <= maxCoalitions) {
    const members: number[][] = [];
    const weights: number[] = [];
    for (let mask = 1; mask <= total; mask++) {
      const set: number[] = [];
      for (let j = 0; j < M; j++) if (mask & (1 << j)) set.push(j);
      members.push(set);
      weights.push(shapleyKernelWeight(M, set.length));
    }
    return { members, weights, exact: true };
  }
  // Sizes drawn in proportion to the kernel's total weight per size, (M − 1) / (s (M − s)); each
  // subset with its complement (paired sampling); repeats merged with their counts as weights.
  const sizeWeights = Array.from({ length: M - 1 }, (_, i) => 1 / ((i + 1) * (M - i - 1)));
  const totalWeight = sizeWeights.reduce((a, b) => a + b, 0);
  const random = seededRandom(deriveSeed(seed, SHAP_STREAM, M));
  const counts = new Map<string, { set: number[]; count: number }>();
  const add = (set: number[]) => {
    const key = set.join(',');
    const seen = counts.get(key);
    if (seen) seen.count++;
    else counts.set(key, { set, count: 1 });
  };
  for (let n = 0; n < Math.floor(maxCoalitions / 2); n++) {
    let u = random() * totalWeight;
    let size = 1;
    while (size < M - 1 && u > sizeWeights[size - 1]) {
      u -= sizeWeights[size - 1];
      size++;
    }
    const order = Array.from({ length: M }, (_, i) => i);
    for (let i = 0; i < size; i++) {
      const k = i + Math.floor(random() * (M - i));
      [order[i], order[k]] = [order[k], order[i]];
    }
    const inside = order.slice(0, size).sort((a, b) => a - b);
    const outside = order.slice(size).sort((a, b) => a - b);
    add(inside);
    add(outside);
  }
  const entries = [...counts.values()];
  return { members: entries.map((e) => e.set), weights: entries.map((e) => e.count), exact: false };
}

/**
 * P = (X'ᵀWX')⁻¹X'ᵀW for the constrained fit, X'[s][j] = z[s][j] − z[s][M−1] (j < M − 1): then
 * φ_{<M−1} = P y' with y'[s] = v(S_s) − v(∅) − z[s][M−1]·(v(all) − v(∅)).
 */
function projection(M: number, members: number[][], weights: number[]): Float64Array {
  const S = members.length;
  const K = M - 1;
  const X = new Float64Array(S * K);
  for (let s = 0; s < S; s++) {
    const z = new Float64Array(M);
    for (const j of members[s]) z[j] = 1;
    for (let j = 0; j < K; j++) X[s * K + j] = z[j] - z[M - 1];
  }
  const A = new Float64Array(K * K);
  for (let s = 0; s < S; s++)
    for (let i = 0; i < K; i++) {
      const xi = X[s * K + i] * weights[s];
      if (xi === 0) continue;
      for (let j = 0; j < K; j++) A[i * K + j] += xi * X[s * K + j];
    }
  // Solve A P = XᵀW column by column: Gauss–Jordan with partial pivoting on [A | XᵀW].
  const cols = K + S;
  const aug = new Float64Array(K * cols);
  for (let i = 0; i < K; i++) {
    for (let j = 0; j < K; j++) aug[i * cols + j] = A[i * K + j];
    for (let s = 0; s < S; s++) aug[i * cols + K + s] = X[s * K + i] * weights[s];
  }
  for (let p = 0; p < K; p++) {
    let best = p;
    for (let i = p + 1; i < K; i++) if (Math.abs(aug[i * cols + p]) > Math.abs(aug[best * cols + p])) best = i;
    if (Math.abs(aug[best * cols + p]) < 1e-12)
      throw new Error('Kernel SHAP: the sampled coalitions do not determine every feature; raise the coalition budget');
    if (best !== p) for (let j = 0; j < cols; j++) [aug[p * cols + j], aug[best * cols + j]] = [aug[best * cols + j], aug[p * cols + j]];
    const pivot = aug[p * cols + p];
    for (let j = 0; j < cols; j++) aug[p * cols + j] /= pivot;
    for (let i = 0; i < K; i++) {
      if (i === p) continue;
      const f = aug[i * cols + p];
      if (f === 0) continue;
      for (let j = 0; j < cols; j++) aug[i * cols + j] -= f * aug[p * cols + j];
    }
  }
  const P = new Float64Array(K * S);
  for (let i = 0; i < K; i++) for (let s = 0; s < S; s++) P[i * S + s] = aug[i * cols + K + s];
  return P;
}

/** Kernel SHAP over the groups, batched through `model.predict`. */
export async function kernelShap(data: ShapInput, model: ShapModel, options: KernelShapOptions = {}): Promise<ShapResult> {
  const { width } = model;
  checkShapes(data, width);
  const { input, rows, background, backgroundRows: B, groups } = data;
  const M = groups.length;
  const features = groups.map((g) => g.name);
  const targetOf = (r: number) => (data.targets ? data.targets[r] : 0);
  let modelCalls = 0;
  let modelRows = 0;
  const call = async (batch: Float32Array, n: number) => {
    modelCalls++;
    modelRows += n;
    return model.predict(batch, n);
  };

  // g(x) for every row, and g(b) for every background row (once; the explained class picks g).
  const rowOutputs = await call(input, rows);
  const backgroundOutputs = await call(background, B);
  const expectedByTarget = new Map<number, number>();
  const expectedOf = (target: number) => {
    let e = expectedByTarget.get(target);
    if (e === undefined) {
      const g = model.explained(backgroundOutputs, B, target);
      e = g.reduce((a, b) => a + b, 0) / B;
      expectedByTarget.set(target, e);
    }
    return e;
  };
  const predictions = new Float64Array(rows);
  const expected = new Float64Array(rows);
  const per = model.outputsPerRow;
  for (let r = 0; r < rows; r++) {
    const out = Array.prototype.slice.call(rowOutputs, r * per, (r + 1) * per) as number[];
    predictions[r] = model.explained(out, 1, targetOf(r))[0];
    expected[r] = expectedOf(targetOf(r));
  }
  const values = new Float64Array(rows * M);
  if (M === 0) return { method: 'kernel', features, values, expected, predictions, coalitions: 0, exact: true, modelCalls, modelRows };
  if (M === 1) {
    for (let r = 0; r < rows; r++) values[r] = predictions[r] - expected[r];
    return { method: 'kernel', features, values, expected, predictions, coalitions: 0, exact: true, modelCalls, modelRows };
  }

  const { members, weights, exact } = shapCoalitions(M, options.maxCoalitions ?? 2048, options.seed ?? 0);
  const S = members.length;
  const P = projection(M, members, weights);
  const fromRow = members.map((set) => set.flatMap((j) => groups[j].columns));
  const inLast = members.map((set) => set.includes(M - 1));
  const perRow = S * B;
  const rowsPerCall = Math.max(1, Math.floor((options.batchRows ?? 262_144) / perRow));
  const K = M - 1;
  const v = new Float64Array(S);
  for (let start = 0; start < rows; start += rowsPerCall) {
    const count = Math.min(rowsPerCall, rows - start);
    const batch = new Float32Array(count * perRow * width);
    for (let k = 0; k < count; k++) {
      const x = (start + k) * width;
      for (let s = 0; s < S; s++) {
        const block = (k * perRow + s * B) * width;
        batch.set(background, block);
        const columns = fromRow[s];
        for (let b = 0; b < B; b++) {
          const at = block + b * width;
          for (const c of columns) batch[at + c] = input[x + c];
        }
      }
    }
    const outputs = await call(batch, count * perRow);
    for (let k = 0; k < count; k++) {
      const r = start + k;
      const g = model.explained(
        (outputs as Float64Array).subarray
          ? (outputs as Float64Array).subarray(k * perRow * per, (k + 1) * perRow * per)
          : Array.prototype.slice.call(outputs, k * perRow * per, (k + 1) * perRow * per),
        perRow,
        targetOf(r),
      );
      for (let s = 0; s < S; s++) {
        let sum = 0;
        for (let b = 0; b < B; b++) sum += g[s * B + b];
        v[s] = sum / B;
      }
      const base = expected[r];
      const delta = predictions[r] - base;
      let total = 0;
      for (let j = 0; j < K; j++) {
        let phi = 0;
        for (let s = 0; s < S; s++) phi += P[j * S + s] * (v[s] - base - (inLast[s] ? delta : 0));
        values[r * M + j] = phi;
        total += phi;
      }
      values[r * M + K] = delta - total;
    }
  }
  return { method: 'kernel', features, values, expected, predictions, coalitions: S, exact, modelCalls, modelRows };
}

/** Mean |φ| per feature over the rows: the global importance. */
export function meanAbsolute(result: ShapResult): number[] {
  const M = result.features.length;
  const rows = result.values.length / Math.max(M, 1);
  const out = new Array<number>(M).fill(0);
  for (let r = 0; r < rows; r++) for (let j = 0; j < M; j++) out[j] += Math.abs(result.values[r * M + j]);
  return out.map((sum) => (rows > 0 ? sum / rows : Number.NaN));
}

const SAMPLE_STREAM = 0x65787031;

/** A seeded sample of `count` of `n` rows, in row order (all rows when there are not more): the rows explained, the background. */
export function sampleRows(n: number, count: number, seed: number, stream: number): Int32Array {
  if (count >= n) return Int32Array.from({ length: n }, (_, i) => i);
  return shuffledIndices(n, deriveSeed(seed, SAMPLE_STREAM, stream))
    .slice(0, count)
    .sort();
}

const P_MIN = 1e-15;
const logit = (p: number) => {
  const q = Math.min(Math.max(p, P_MIN), 1 - P_MIN);
  return Math.log(q / (1 - q));
};

/**
 * What is explained, by task, always in the model's link space so that a logistic model's
 * closed form and Kernel SHAP agree, and so candidate and baseline attributions share a unit:
 * binary → log-odds of the positive class; multiclass → log-probability of the row's explained
 * class; regression → the prediction in target units.
 */
export function explainedOutput(
  task: 'binary-classification' | 'multiclass-classification' | 'regression',
  outputsPerRow: number,
): { unit: string; explained: ShapModel['explained'] } {
  if (task === 'regression')
    return { unit: 'prediction', explained: (outputs, rows) => Float64Array.from({ length: rows }, (_, i) => outputs[i]) };
  if (task === 'binary-classification') {
    return {
      unit: 'log-odds',
      explained: (outputs, rows) =>
        outputsPerRow === 1
          ? Float64Array.from({ length: rows }, (_, i) => logit(outputs[i]))
          : Float64Array.from({ length: rows }, (_, i) => logit(outputs[i * 2 + 1])),
    };
  }
  return {
    unit: 'log-probability',
    explained: (outputs, rows, target) =>
      Float64Array.from({ length: rows }, (_, i) => Math.log(Math.max(outputs[i * outputsPerRow + target], P_MIN))),
  };
}
