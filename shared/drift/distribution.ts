/**
 * One column's values, in the one shape every drift test reads, whether they come from raw data
 * (exact) or from a saved profile (its sketches):
 *
 * - numeric: sorted points with weights. Raw data: every value, weight 1. A profile: its exact
 *   value counts while the column has at most 64 distinct numbers, else the KLL sketch's items
 *   with their weights (2^level) — a weighted sample whose empirical CDF is within the sketch's
 *   rank error of the data's. KS, Wasserstein and histograms all read these points (a sketch's
 *   CDF interpolated between its items, see `readAsSteps`), so raw data and profiles run the
 *   same code, and raw data gives scipy's numbers exactly.
 * - categorical: counts per value, plus `other`: values a profile's counters no longer name.
 */
import type { ColumnProfile } from '../data/profile.js';
import { DistinctCounter, type DistinctState } from '../stats/hll.js';
import type { KllState } from '../stats/kll.js';
import { Moments } from '../stats/moments.js';

export type ColumnKind = 'numeric' | 'categorical';

export interface NumericDistribution {
  kind: 'numeric';
  /** Non-missing values in the data (not the number of points). */
  count: number;
  /** Support points in ascending order (sketch items may repeat a value). */
  values: Float64Array;
  /** Weight of each point; null when every point weighs 1 (raw data). */
  weights: Float64Array | null;
  totalWeight: number;
  /** Exact count of each value, when known (raw data with at most LEVELS_LIMIT values, a profile's numeric levels). */
  levels: Map<number, number> | null;
  mean: number;
  /** Sample standard deviation (ddof = 1); 0 below two values. */
  std: number;
  min: number;
  max: number;
  /** Distinct values (a profile's may be a HyperLogLog estimate). */
  distinct: number;
  /** A profile's distinct-value sketch, so two columns' union can be counted. */
  distinctSketch: DistinctState | null;
  /** Whether the points are the data itself (else a sketch of it). */
  exact: boolean;
}

export interface CategoricalDistribution {
  kind: 'categorical';
  count: number;
  counts: Map<string, number>;
  /** Values the counts do not name (a profile's counters overflowed); 0 for raw data. */
  other: number;
  exact: boolean;
  distinct: number;
  distinctSketch: DistinctState | null;
}

export type Distribution = NumericDistribution | CategoricalDistribution;

/**
 * Whether KS and Wasserstein read a distribution as steps: the data itself, or a sketch whose
 * items mostly stand for one value each (it has compacted little). Otherwise its CDF is
 * interpolated (measured closer to the raw statistics: bench/monitor/profile-error.ts).
 */
export function readAsSteps(d: NumericDistribution): boolean {
  return d.exact || d.values.length * 2 >= d.count;
}

/** Raw numeric data keeps exact value counts up to this many distinct values. */
const LEVELS_LIMIT = 1000;
/** The label of the bucket holding values a sketch no longer names. */
export const OTHER_LABEL = '(other)';

/** A numeric distribution from raw values; NaN and ±Infinity are treated as missing (as Evidently drops them). */
export function numericFromValues(input: ArrayLike<number>): NumericDistribution {
  let finite = 0;
  for (let i = 0; i < input.length; i++) if (Number.isFinite(input[i])) finite++;
  const values = new Float64Array(finite);
  for (let i = 0, j = 0; i < input.length; i++) if (Number.isFinite(input[i])) values[j++] = input[i];
  values.sort();
  let sum = 0;
  for (const v of values) sum += v;
  const mean = finite > 0 ? sum / finite : Number.NaN;
  let squares = 0;
  for (const v of values) squares += (v - mean) * (v - mean);
  let levels: Map<number, number> | null = new Map();
  let distinct = 0;
  for (let i = 0; i < finite; i++) {
    if (i === 0 || values[i] !== values[i - 1]) distinct++;
    if (levels) {
      levels.set(values[i], (levels.get(values[i]) ?? 0) + 1);
      if (levels.size > LEVELS_LIMIT) levels = null;
    }
  }
  return {
    kind: 'numeric',
    count: finite,
    values,
    weights: null,
    totalWeight: finite,
    levels,
    mean,
    std: finite > 1 ? Math.sqrt(squares / (finite - 1)) : 0,
    min: finite > 0 ? values[0] : Number.NaN,
    max: finite > 0 ? values[finite - 1] : Number.NaN,
    distinct,
    distinctSketch: null,
    exact: true,
  };
}

/** A categorical distribution from raw values; null, undefined and NaN are missing. */
export function categoricalFromValues(input: readonly (string | number | boolean | null | undefined)[]): CategoricalDistribution {
  const counts = new Map<string, number>();
  let count = 0;
  for (const value of input) {
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) continue;
    const key = String(value);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    count++;
  }
  return { kind: 'categorical', count, counts, other: 0, exact: true, distinct: counts.size, distinctSketch: null };
}

/** The KLL sketch's items with their weights, sorted by value (levels above 0 are kept sorted: merge them). */
function sketchPoints(state: KllState): { values: Float64Array; weights: Float64Array; total: number } {
  let runs: Run[] = state.levels.map((items, h) => {
    const values = Float64Array.from(items);
    if (h === 0) values.sort();
    return { values, weights: new Float64Array(values.length).fill(2 ** h) };
  });
  runs = runs.filter((run) => run.values.length > 0);
  while (runs.length > 1) {
    const next: Run[] = [];
    for (let r = 0; r < runs.length; r += 2) next.push(r + 1 < runs.length ? mergeRuns(runs[r], runs[r + 1]) : runs[r]);
    runs = next;
  }
  const merged = runs[0] ?? { values: new Float64Array(0), weights: new Float64Array(0) };
  let total = 0;
  for (const w of merged.weights) total += w;
  return { ...merged, total };
}

interface Run {
  values: Float64Array;
  weights: Float64Array;
}

function mergeRuns(a: Run, b: Run): Run {
  const values = new Float64Array(a.values.length + b.values.length);
  const weights = new Float64Array(values.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < values.length; k++) {
    const fromA = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]);
    values[k] = fromA ? a.values[i] : b.values[j];
    weights[k] = fromA ? a.weights[i++] : b.weights[j++];
  }
  return { values, weights };
}

/** A profile column's numbers as a numeric distribution (see the module comment). */
export function numericFromProfile(column: ColumnProfile): NumericDistribution {
  const moments = Moments.from(column.sketch.moments);
  const count = moments.count;
  const base = {
    kind: 'numeric' as const,
    count,
    mean: moments.mean ?? Number.NaN,
    std: moments.std ?? 0,
    min: count > 0 ? moments.min : Number.NaN,
    max: count > 0 ? moments.max : Number.NaN,
    distinct: column.distinct,
    distinctSketch: column.sketch.distinct,
  };
  const levels = column.sketch.numericLevels;
  if (levels) {
    const sorted = [...levels].sort((a, b) => a[0] - b[0]);
    return {
      ...base,
      values: Float64Array.from(sorted, ([v]) => v),
      weights: Float64Array.from(sorted, ([, c]) => c),
      totalWeight: sorted.reduce((sum, [, c]) => sum + c, 0),
      levels: new Map(sorted),
      exact: true,
    };
  }
  const state = column.sketch.quantiles;
  const points = sketchPoints(state);
  const exact = state.levels.length === 1;
  return {
    ...base,
    values: points.values,
    weights: exact ? null : points.weights,
    totalWeight: points.total,
    levels: null,
    exact,
  };
}

/** A profile column's values as categories: the saved counters, and numbers by their exact levels. */
export function categoricalFromProfile(column: ColumnProfile): CategoricalDistribution {
  const counts = new Map<string, number>();
  for (const [value, c] of column.sketch.text.items) counts.set(value, c);
  const levels = column.sketch.numericLevels;
  for (const [value, c] of levels ?? []) counts.set(String(value), (counts.get(String(value)) ?? 0) + c);
  let named = 0;
  for (const c of counts.values()) named += c;
  const numbers = column.sketch.moments.count;
  const exact = column.sketch.text.error === 0 && (numbers === 0 || levels !== null);
  return {
    kind: 'categorical',
    count: column.count,
    counts,
    other: Math.max(0, column.count - named),
    exact,
    distinct: column.distinct,
    distinctSketch: column.sketch.distinct,
  };
}

/** Distinct values in the union of two samples (Evidently counts them over reference and current together). */
export function unionDistinct(a: Distribution, b: Distribution): number {
  if (a.distinctSketch && b.distinctSketch) {
    return DistinctCounter.from(a.distinctSketch).merge(b.distinctSketch).estimate();
  }
  if (a.kind === 'categorical' && b.kind === 'categorical') {
    const keys = new Set(a.counts.keys());
    for (const key of b.counts.keys()) keys.add(key);
    return keys.size + (a.other > 0 || b.other > 0 ? 1 : 0);
  }
  if (a.kind === 'numeric' && b.kind === 'numeric') {
    let distinct = 0;
    let i = 0;
    let j = 0;
    let last = Number.NaN;
    while (i < a.values.length || j < b.values.length) {
      const x = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]) ? a.values[i++] : b.values[j++];
      if (x !== last) distinct++;
      last = x;
    }
    return distinct;
  }
  return Math.max(a.distinct, b.distinct);
}

export interface ValueCounts {
  counts: Map<string, number>;
  other: number;
  total: number;
  exact: boolean;
}

/** Counts per value, for tests that see a column as categories (a numeric column with few values too). */
export function valueCounts(d: Distribution): ValueCounts {
  if (d.kind === 'categorical') return { counts: d.counts, other: d.other, total: d.count, exact: d.exact };
  const counts = new Map<string, number>();
  if (d.levels) {
    for (const [value, c] of d.levels) counts.set(String(value), c);
    return { counts, other: 0, total: d.count, exact: d.exact };
  }
  // A sketch: each item stands for `weight` values; scale the weights to the true count.
  const scale = d.totalWeight > 0 ? d.count / d.totalWeight : 0;
  for (let i = 0; i < d.values.length; i++) {
    const key = String(d.values[i]);
    counts.set(key, (counts.get(key) ?? 0) + (d.weights ? d.weights[i] : 1) * scale);
  }
  return { counts, other: 0, total: d.count, exact: d.exact };
}

/** Every category of either side, `OTHER_LABEL` last when a side has unnamed values, with each side's counts. */
export function alignedCounts(a: ValueCounts, b: ValueCounts): { labels: string[]; reference: number[]; current: number[] } {
  const labels = [...new Set([...a.counts.keys(), ...b.counts.keys()])].sort();
  const reference = labels.map((label) => a.counts.get(label) ?? 0);
  const current = labels.map((label) => b.counts.get(label) ?? 0);
  if (a.other > 0 || b.other > 0) {
    labels.push(OTHER_LABEL);
    reference.push(a.other);
    current.push(b.other);
  }
  return { labels, reference, current };
}

/** The weight of point `index` (1 for raw data). */
function weightAt(d: NumericDistribution, index: number): number {
  return d.weights ? d.weights[index] : 1;
}

/**
 * Walks the merged support of two numeric distributions in ascending order, calling `visit`
 * once per distinct value with both empirical CDFs just after it (ties included, as
 * numpy.searchsorted(side='right') counts them).
 */
export function walkCdfs(a: NumericDistribution, b: NumericDistribution, visit: (x: number, cdfA: number, cdfB: number) => void): void {
  let i = 0;
  let j = 0;
  let weightA = 0;
  let weightB = 0;
  const na = a.values.length;
  const nb = b.values.length;
  while (i < na || j < nb) {
    const x = j >= nb || (i < na && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
    while (i < na && a.values[i] === x) weightA += weightAt(a, i++);
    while (j < nb && b.values[j] === x) weightB += weightAt(b, j++);
    visit(x, weightA / a.totalWeight, weightB / b.totalWeight);
  }
}

/**
 * Equal-width bin edges over both samples' range, with the bin count numpy's
 * histogram_bin_edges(bins='sturges') picks for the two samples concatenated
 * (width = range / (log2(n) + 1), bins = ceil(range / width)), and numpy.linspace's edges.
 */
export function sturgesEdges(a: NumericDistribution, b: NumericDistribution): number[] {
  let first = Math.min(a.min, b.min);
  let last = Math.max(a.max, b.max);
  const range = last - first;
  const n = a.count + b.count;
  let bins = 1;
  if (first === last) {
    first -= 0.5;
    last += 0.5;
  } else {
    const width = range / (Math.log2(n) + 1);
    bins = Math.ceil((last - first) / width);
  }
  return linspace(first, last, bins + 1);
}

/** numpy.linspace(start, stop, count): i·step + start, and exactly `stop` last. */
export function linspace(start: number, stop: number, count: number): number[] {
  const step = (stop - start) / (count - 1);
  const edges = Array.from({ length: count }, (_, i) => i * step + start);
  edges[count - 1] = stop;
  return edges;
}

/**
 * The share of a distribution's weight in each bin, as numpy.histogram counts: bin i holds
 * edges[i] ≤ x < edges[i+1], the last bin includes its right edge, values outside are dropped.
 * Shares are of the whole (numpy's counts divided by the sample's length, as Evidently does).
 */
export function binShares(d: NumericDistribution, edges: readonly number[]): number[] {
  const bins = edges.length - 1;
  // Bins always read a sketch interpolated: its tails hold few items, and a step there puts a
  // whole item's weight in one sparse bin, which PSI's logarithm magnifies.
  if (!d.exact) {
    const cursor = new CdfCursor(interpolatedCdf(d));
    const below = edges.map((edge) => cursor.moveTo(edge).at());
    return Array.from({ length: bins }, (_, i) => Math.max(0, below[i + 1] - below[i]));
  }
  const weights = new Array<number>(bins).fill(0);
  let bin = 0;
  const last = edges[bins];
  for (let i = 0; i < d.values.length; i++) {
    const x = d.values[i];
    if (x < edges[0] || x > last) continue;
    while (bin < bins - 1 && x >= edges[bin + 1]) bin++;
    weights[bin] += weightAt(d, i);
  }
  return weights.map((w) => w / d.totalWeight);
}

/**
 * A CDF by its knots: `ys[i]` is its value at `xs[i]` (after a step's jump); between knots it
 * is flat (data: a step function) or linear (a sketch, interpolated).
 */
export interface Cdf {
  xs: Float64Array;
  ys: Float64Array;
  linear: boolean;
}

/**
 * A sketch's CDF, linear between knots: (min, 0), each distinct item value at the weight below
 * it plus half its own, (max, 1). A step CDF would put a whole item's weight (up to 2^h values)
 * on one side of a bin edge, and leave the tails, where items are sparse, empty.
 */
export function interpolatedCdf(d: NumericDistribution): Cdf {
  const known = interpolatedCdfs.get(d);
  if (known) return known;
  const xs = new Float64Array(d.values.length + 2);
  const ys = new Float64Array(d.values.length + 2);
  xs[0] = d.min;
  let size = 1;
  let below = 0;
  for (let i = 0; i < d.values.length; ) {
    const x = d.values[i];
    let weight = 0;
    while (i < d.values.length && d.values[i] === x) weight += weightAt(d, i++);
    const y = (below + weight / 2) / d.totalWeight;
    if (x > xs[size - 1]) {
      xs[size] = x;
      ys[size++] = y;
    } else ys[size - 1] = Math.max(ys[size - 1], y);
    below += weight;
  }
  if (d.max > xs[size - 1]) {
    xs[size] = d.max;
    ys[size++] = 1;
  } else ys[size - 1] = 1;
  const cdf = { xs: xs.subarray(0, size), ys: ys.subarray(0, size), linear: true };
  interpolatedCdfs.set(d, cdf);
  return cdf;
}

/** A column's CDFs are read by several statistics (test, PSI, effect, chart): build each once. */
const interpolatedCdfs = new WeakMap<NumericDistribution, Cdf>();
const stepCdfs = new WeakMap<NumericDistribution, Cdf>();

/** The step CDF of data: the share of weight at or below each distinct value. */
export function stepCdf(d: NumericDistribution): Cdf {
  const known = stepCdfs.get(d);
  if (known) return known;
  const xs = new Float64Array(d.values.length);
  const ys = new Float64Array(d.values.length);
  let size = 0;
  let total = 0;
  for (let i = 0; i < d.values.length; ) {
    const x = d.values[i];
    while (i < d.values.length && d.values[i] === x) total += weightAt(d, i++);
    xs[size] = x;
    ys[size++] = total / d.totalWeight;
  }
  const cdf = { xs: xs.subarray(0, size), ys: ys.subarray(0, size), linear: false };
  stepCdfs.set(d, cdf);
  return cdf;
}

/** How KS and Wasserstein read a distribution (see `readAsSteps`). */
export function cdfOf(d: NumericDistribution): Cdf {
  return readAsSteps(d) ? stepCdf(d) : interpolatedCdf(d);
}

/** A CDF read at ascending points in one pass: `moveTo(x)`, then `at()` (jump at x included) or `before()`. */
export class CdfCursor {
  private index = -1;
  private x = Number.NEGATIVE_INFINITY;

  constructor(private readonly cdf: Cdf) {}

  moveTo(x: number): this {
    const { xs } = this.cdf;
    while (this.index + 1 < xs.length && xs[this.index + 1] <= x) this.index++;
    this.x = x;
    return this;
  }

  at(): number {
    const { xs, ys, linear } = this.cdf;
    const i = this.index;
    if (i < 0) return 0;
    if (!linear || i === xs.length - 1) return ys[i];
    return ys[i] + ((ys[i + 1] - ys[i]) * (this.x - xs[i])) / (xs[i + 1] - xs[i]);
  }

  /** The limit from the left: below a step's jump when x is a knot. */
  before(): number {
    const { xs, ys, linear } = this.cdf;
    const i = this.index;
    if (linear || i < 0 || xs[i] !== this.x) return this.at();
    return i > 0 ? ys[i - 1] : 0;
  }
}

/** Every knot of both CDFs, ascending, without repeats (a merge of two sorted lists). */
export function mergedKnots(a: Cdf, b: Cdf): Float64Array {
  const out = new Float64Array(a.xs.length + b.xs.length);
  let i = 0;
  let j = 0;
  let size = 0;
  while (i < a.xs.length || j < b.xs.length) {
    const x = j >= b.xs.length || (i < a.xs.length && a.xs[i] <= b.xs[j]) ? a.xs[i] : b.xs[j];
    if (i < a.xs.length && a.xs[i] === x) i++;
    if (j < b.xs.length && b.xs[j] === x) j++;
    if (size === 0 || out[size - 1] !== x) out[size++] = x;
  }
  return out.subarray(0, size);
}
