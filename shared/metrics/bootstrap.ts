import { deriveSeed } from '../train/random.js';
import { directionOf, type Direction } from './definitions.js';
import { assertSameRows, scoreMetrics, type PreparedMetrics } from './score.js';
import type { RowWeights } from './weights.js';

/**
 * Paired bootstrap of metric deltas.
 *
 * Each resample is an exact multinomial bootstrap: n rows drawn uniformly with replacement,
 * kept as a vector of counts (how often each row was drawn) rather than as an index array.
 * Both models are scored with the same count vector, so every resample compares them on the
 * same rows (the paired property), and every metric is a weighted one-pass sum (weights.ts):
 * no rows are copied and ranking metrics reuse one sort per model.
 *
 * Resample r draws from its own generator, seeded by (seed, r), so results do not depend on the
 * order resamples are computed in. Intervals are percentile intervals with numpy's default
 * (linear) interpolation.
 */
export interface BootstrapOptions {
  resamples: number;
  seed?: number;
  /** Central coverage of the intervals; 0.95 gives the 2.5th and 97.5th percentiles. */
  confidence?: number;
}

export interface Interval {
  low: number;
  high: number;
}

export type Verdict = 'better' | 'worse' | 'within noise';

export interface MetricComparison {
  metric: string;
  direction: Direction;
  candidate: number;
  baseline?: number;
  /** candidate − baseline. */
  delta?: number;
  /** Percentile intervals; null when no resample had the metric defined (e.g. ROC AUC with one class). */
  candidateInterval: Interval | null;
  baselineInterval?: Interval | null;
  deltaInterval?: Interval | null;
  /** From the delta interval: excludes 0 on the good side → better, on the bad side → worse, else within noise. */
  verdict?: Verdict | null;
  /** Resamples where the metric (of either model) was undefined and that were left out of its intervals. */
  undefinedResamples: number;
}

export interface BootstrapResult {
  method: 'paired multinomial bootstrap';
  resamples: number;
  seed: number;
  confidence: number;
  metrics: MetricComparison[];
}

export const DEFAULT_BOOTSTRAP_SEED = 20240611;

/**
 * deriveSeed XORs the seed with the first part before mixing, so deriveSeed(s, r) over
 * r = 0…R−1 gives the same set of seeds for every s below R (only reordered), and percentile
 * intervals would not change with the seed. A fixed first part mixes the seed fully first.
 */
const BOOTSTRAP_STREAM = 0x626f6f74;

/**
 * Point estimates, and with `resamples > 0` percentile intervals, for the candidate, the baseline
 * and their difference. Without a baseline, only the candidate's own intervals.
 */
export function pairedBootstrap(candidate: PreparedMetrics, baseline: PreparedMetrics | undefined, options: BootstrapOptions): BootstrapResult {
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const confidence = options.confidence ?? 0.95;
  const resamples = options.resamples;
  if (!Number.isInteger(resamples) || resamples < 0) throw new Error(`bootstrap resamples must be a non-negative integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`bootstrap confidence must be between 0 and 1, got ${confidence}`);
  if (baseline) assertSameRows(candidate, baseline);

  const candidatePoint = scoreMetrics(candidate);
  const baselinePoint = baseline ? scoreMetrics(baseline) : undefined;
  const names = Object.keys(candidatePoint);
  const candidateDraws = names.map(() => new Float64Array(resamples));
  const baselineDraws = names.map(() => new Float64Array(resamples));

  const counts = new Uint8Array(candidate.rows);
  for (let r = 0; r < resamples; r++) {
    drawMultinomialCounts(counts, deriveSeed(seed, BOOTSTRAP_STREAM, r));
    const c = scoreMetrics(candidate, counts);
    const b = baseline ? scoreMetrics(baseline, counts) : undefined;
    for (let m = 0; m < names.length; m++) {
      candidateDraws[m][r] = c[names[m]];
      if (b) baselineDraws[m][r] = b[names[m]];
    }
  }

  const tail = ((1 - confidence) / 2) * 100;
  const metrics = names.map((metric, m): MetricComparison => {
    const direction = directionOf(metric);
    const comparison: MetricComparison = { metric, direction, candidate: candidatePoint[metric], candidateInterval: null, undefinedResamples: 0 };
    if (resamples === 0) {
      if (baselinePoint) Object.assign(comparison, { baseline: baselinePoint[metric], delta: candidatePoint[metric] - baselinePoint[metric], baselineInterval: null, deltaInterval: null, verdict: null });
      return comparison;
    }
    const defined: number[] = [];
    for (let r = 0; r < resamples; r++) if (Number.isFinite(candidateDraws[m][r]) && (!baselinePoint || Number.isFinite(baselineDraws[m][r]))) defined.push(r);
    comparison.undefinedResamples = resamples - defined.length;
    const pick = (draws: Float64Array) => Float64Array.from(defined, (r) => draws[r]);
    comparison.candidateInterval = percentileInterval(pick(candidateDraws[m]), tail);
    if (baselinePoint) {
      const deltas = Float64Array.from(defined, (r) => candidateDraws[m][r] - baselineDraws[m][r]);
      comparison.baseline = baselinePoint[metric];
      comparison.delta = candidatePoint[metric] - baselinePoint[metric];
      comparison.baselineInterval = percentileInterval(pick(baselineDraws[m]), tail);
      comparison.deltaInterval = percentileInterval(deltas, tail);
      comparison.verdict = comparison.deltaInterval ? verdictOf(comparison.deltaInterval, direction) : null;
    }
    return comparison;
  });
  return { method: 'paired multinomial bootstrap', resamples, seed, confidence, metrics };
}

export function verdictOf(deltaInterval: Interval, direction: Direction): Verdict {
  const sign = direction === 'higher' ? 1 : -1;
  if (deltaInterval.low > 0) return sign > 0 ? 'better' : 'worse';
  if (deltaInterval.high < 0) return sign > 0 ? 'worse' : 'better';
  return 'within noise';
}

function percentileInterval(values: Float64Array, tailPercent: number): Interval | null {
  if (values.length === 0) return null;
  values.sort();
  return { low: sortedPercentile(values, tailPercent), high: sortedPercentile(values, 100 - tailPercent) };
}

/** numpy.percentile's default ("linear") interpolation on ascending values. */
export function sortedPercentile(sorted: ArrayLike<number>, percent: number): number {
  const position = ((sorted.length - 1) * percent) / 100;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

const TWO_32 = 4294967296;

/**
 * Fills `counts` with how often each of its n rows is drawn in n uniform draws with replacement.
 * The generator is mulberry32, the one shared/train/random.ts provides, inlined here because
 * this loop runs n times per resample and the closure call doubled its cost. Row indices come
 * from 32-bit outputs by Lemire's multiply-and-reject, which is exactly uniform; above 2^21 rows
 * the 32×n-bit product no longer fits a double's 53 bits, so two outputs make a 53-bit uniform
 * instead (bias below n / 2^53).
 */
export function drawMultinomialCounts(counts: RowWeights, seed: number): void {
  const rows = counts.length;
  counts.fill(0);
  // The generator state stays a local (a closure would keep it in a heap context: 4× slower).
  let state = seed | 0;
  let t = 0;
  if (rows <= 1 << 21) {
    const threshold = (TWO_32 - rows) % rows;
    for (let drawn = 0; drawn < rows; ) {
      state = (state + 0x6d2b79f5) | 0;
      t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const product = ((t ^ (t >>> 14)) >>> 0) * rows;
      const row = Math.floor(product / TWO_32);
      if (product - row * TWO_32 < threshold) continue;
      counts[row]++;
      drawn++;
    }
  } else {
    for (let drawn = 0; drawn < rows; drawn++) {
      state = (state + 0x6d2b79f5) | 0;
      t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const high = ((t ^ (t >>> 14)) >>> 0) >>> 11;
      state = (state + 0x6d2b79f5) | 0;
      t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const uniform = (high * TWO_32 + ((t ^ (t >>> 14)) >>> 0)) / 9007199254740992;
      counts[Math.floor(uniform * rows)]++;
    }
  }
}
