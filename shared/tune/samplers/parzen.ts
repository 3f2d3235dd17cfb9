import { logGaussMass, logNormalPdf, truncatedNormalSample } from './normal.js';

/**
 * The Parzen estimator of TPE, as Optuna 3.1 builds it (optuna/samplers/_tpe/parzen_estimator.py):
 * a mixture with one kernel per observation plus a prior kernel, each kernel a product over the
 * dimensions of a truncated Gaussian (numeric) or a smoothed one-hot (categorical).
 *
 * One deliberate difference: a continuous kernel's log density includes −log σ. Optuna before
 * 3.5 left it out (optuna#5109), which made wide kernels, the prior among them, look likelier
 * than they are.
 */

/** A dimension in the estimator's own coordinates: log scales are already logs. */
export type Dimension =
  | { kind: 'continuous'; low: number; high: number }
  /** Values on a grid of `step`, each the cell of width `step` around it; [low, high] includes the half cells. */
  | { kind: 'discrete'; low: number; high: number; step: number }
  /** Integers on a log scale: coordinate log v, cell [log(v − ½), log(v + ½)]. */
  | { kind: 'log-discrete'; low: number; high: number }
  | { kind: 'categorical'; size: number };

export interface ParzenOptions {
  /** Weight of the prior kernel against observations of weight 1 (Optuna: 1). */
  priorWeight: number;
  /** Lower bound σ ≥ range / min(100, kernels + 1) (Optuna's "magic clip"). */
  magicClip: boolean;
  /** Whether the outermost kernels' σ may reach to the bounds (Optuna default: no). */
  considerEndpoints: boolean;
  /** One bandwidth per dimension by Scott's rule (multivariate TPE) instead of neighbour distances. */
  multivariate: boolean;
  /**
   * Multivariate bandwidth: Scott's rule on the observations' spread (`spread`), or on a fixed
   * share of the range (`range`, Optuna's).
   */
  bandwidth: 'spread' | 'range';
  /** The magic clip's floor is range / min(100·r, r·(kernels + 1)); Optuna's r is 1. */
  clipResolution: number;
}

interface NumericKernels {
  mus: Float64Array;
  sigmas: Float64Array;
  /** log of each kernel's mass inside [low, high]: its truncation normaliser. */
  logMass: Float64Array;
}

export interface ParzenEstimator {
  dimensions: Dimension[];
  /** log of the normalised kernel weights; the prior kernel is last. */
  logWeights: Float64Array;
  weights: Float64Array;
  /** Per dimension: numeric kernels, or categorical probabilities (kernels × size, row-major). */
  kernels: (NumericKernels | Float64Array)[];
}

const EPS = 1e-12;

/**
 * Optuna's default weights: equal below 25 observations; beyond, the oldest get a linear ramp
 * from 1/n up to 1 and the 25 most recent weigh 1 (observations are in trial order).
 */
export function defaultWeights(n: number): Float64Array {
  const weights = new Float64Array(n).fill(1);
  if (n >= 25) {
    const ramp = n - 25;
    for (let i = 0; i < ramp; i++) weights[i] = ramp === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (ramp - 1);
  }
  return weights;
}

function numericKernels(
  dimension: Exclude<Dimension, { kind: 'categorical' }>,
  values: number[],
  options: ParzenOptions,
  dims: number,
): NumericKernels {
  const { low, high } = dimension;
  const n = values.length;
  const mus = new Float64Array(n + 1);
  const sigmas = new Float64Array(n + 1);
  mus.set(values);
  mus[n] = 0.5 * (low + high);
  if (options.multivariate && options.bandwidth === 'spread') {
    // Scott's rule on the observations' own spread: as the good trials close in on an optimum,
    // so do their kernels. Optuna's rule (below) scales with the whole range and stays wide.
    // One observation says nothing about spread: its kernel is as wide as the prior's.
    const mean = values.reduce((a, b) => a + b, 0) / Math.max(n, 1);
    const std = n >= 2 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : high - low;
    sigmas.fill(1.06 * std * Math.max(n, 1) ** (-1 / (dims + 4)));
  } else if (options.multivariate) {
    // Optuna's multivariate rule (after BOHB): Scott's exponent with a fixed share of the range.
    sigmas.fill(0.2 * Math.max(n, 1) ** (-1 / (dims + 4)) * (high - low));
  } else {
    // Each kernel reaches to its farther neighbour among the observations and the prior's centre.
    const order = Array.from(mus.keys()).sort((a, b) => mus[a] - mus[b] || a - b);
    const edges = [low, ...order.map((i) => mus[i]), high];
    const sorted = order.map((_, j) => Math.max(edges[j + 1] - edges[j], edges[j + 2] - edges[j + 1]));
    if (!options.considerEndpoints && edges.length >= 4) {
      sorted[0] = edges[2] - edges[1];
      sorted[sorted.length - 1] = edges[edges.length - 2] - edges[edges.length - 3];
    }
    order.forEach((i, j) => (sigmas[i] = sorted[j]));
  }
  const maxSigma = high - low;
  const resolution = options.clipResolution;
  const minSigma = options.magicClip ? (high - low) / Math.min(100 * resolution, resolution * (1 + (n + 1))) : EPS;
  for (let i = 0; i < n + 1; i++) sigmas[i] = Math.min(maxSigma, Math.max(minSigma, sigmas[i]));
  sigmas[n] = high - low;
  const logMass = new Float64Array(n + 1);
  for (let i = 0; i < n + 1; i++) logMass[i] = logGaussMass((low - mus[i]) / sigmas[i], (high - mus[i]) / sigmas[i]);
  return { mus, sigmas, logMass };
}

/** An observed category weighs 1 plus the prior's share spread over all categories; the prior kernel is uniform. */
function categoricalKernels(size: number, values: number[], priorWeight: number): Float64Array {
  const n = values.length;
  const probabilities = new Float64Array((n + 1) * size).fill(priorWeight / (n + 1));
  values.forEach((category, i) => (probabilities[i * size + category] += 1));
  for (let i = 0; i <= n; i++) {
    let sum = 0;
    for (let c = 0; c < size; c++) sum += probabilities[i * size + c];
    for (let c = 0; c < size; c++) probabilities[i * size + c] /= sum;
  }
  return probabilities;
}

/**
 * Builds the estimator from observations in trial order (rows of coordinates, one column per
 * dimension) and their weights (Optuna's default when omitted).
 */
export function buildParzenEstimator(
  dimensions: Dimension[],
  observations: number[][],
  options: ParzenOptions,
  observationWeights?: Float64Array,
): ParzenEstimator {
  const n = observations.length;
  const raw = observationWeights ?? defaultWeights(n);
  const weights = new Float64Array(n + 1);
  weights.set(raw);
  weights[n] = n === 0 ? 1 : options.priorWeight;
  const total = weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i <= n; i++) weights[i] /= total;
  const kernels = dimensions.map((dimension, d) => {
    const column = observations.map((row) => row[d]);
    return dimension.kind === 'categorical'
      ? categoricalKernels(dimension.size, column, options.priorWeight)
      : numericKernels(dimension, column, options, dimensions.length);
  });
  return { dimensions, weights, logWeights: weights.map(Math.log), kernels };
}

function pickIndex(cumulative: Float64Array, u: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * `size` draws from the mixture, in the estimator's coordinates and before any rounding: the
 * caller maps them to parameter values (rounding discrete ones) and back.
 */
export function sampleParzen(estimator: ParzenEstimator, random: () => number, size: number): number[][] {
  const cumulative = new Float64Array(estimator.weights.length);
  let sum = 0;
  estimator.weights.forEach((w, i) => (cumulative[i] = sum += w));
  const samples: number[][] = [];
  for (let s = 0; s < size; s++) {
    const component = pickIndex(cumulative, random() * sum);
    const point = estimator.dimensions.map((dimension, d) => {
      const kernels = estimator.kernels[d];
      const u = random();
      if (dimension.kind === 'categorical') {
        const row = (kernels as Float64Array).subarray(component * dimension.size, (component + 1) * dimension.size);
        let acc = 0;
        for (let c = 0; c < dimension.size; c++) if (u < (acc += row[c])) return c;
        return dimension.size - 1;
      }
      const { mus, sigmas } = kernels as NumericKernels;
      const mu = mus[component];
      const sigma = sigmas[component];
      const z = truncatedNormalSample(u, (dimension.low - mu) / sigma, (dimension.high - mu) / sigma);
      return Math.min(dimension.high, Math.max(dimension.low, mu + sigma * z));
    });
    samples.push(point);
  }
  return samples;
}

/** log density (log probability for discrete and categorical dimensions) of each point under the mixture. */
export function logPdfParzen(estimator: ParzenEstimator, points: number[][]): Float64Array {
  const components = estimator.weights.length;
  const out = new Float64Array(points.length);
  const perComponent = new Float64Array(components);
  for (let p = 0; p < points.length; p++) {
    perComponent.set(estimator.logWeights);
    estimator.dimensions.forEach((dimension, d) => {
      const x = points[p][d];
      const kernels = estimator.kernels[d];
      if (dimension.kind === 'categorical') {
        const probabilities = kernels as Float64Array;
        for (let i = 0; i < components; i++) perComponent[i] += Math.log(probabilities[i * dimension.size + x]);
        return;
      }
      const { mus, sigmas, logMass } = kernels as NumericKernels;
      if (dimension.kind === 'continuous') {
        for (let i = 0; i < components; i++) {
          perComponent[i] += logNormalPdf((x - mus[i]) / sigmas[i]) - Math.log(sigmas[i]) - logMass[i];
        }
        return;
      }
      let lower: number;
      let upper: number;
      if (dimension.kind === 'discrete') {
        lower = Math.max(dimension.low, x - dimension.step / 2);
        upper = Math.min(dimension.high, x + dimension.step / 2);
      } else {
        const integer = Math.round(Math.exp(x));
        lower = Math.max(dimension.low, Math.log(integer - 0.5));
        upper = Math.min(dimension.high, Math.log(integer + 0.5));
      }
      for (let i = 0; i < components; i++) {
        perComponent[i] += logGaussMass((lower - mus[i]) / sigmas[i], (upper - mus[i]) / sigmas[i]) - logMass[i];
      }
    });
    let max = -Infinity;
    for (let i = 0; i < components; i++) if (perComponent[i] > max) max = perComponent[i];
    if (max === -Infinity) {
      out[p] = -Infinity;
      continue;
    }
    let sum = 0;
    for (let i = 0; i < components; i++) sum += Math.exp(perComponent[i] - max);
    out[p] = max + Math.log(sum);
  }
  return out;
}
