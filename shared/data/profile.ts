import { createHash } from 'node:crypto';
import { DistinctCounter, type DistinctState } from '../stats/hll.js';
import { FrequentItems, type FrequentState } from '../stats/frequent.js';
import { HashSample, type HashSampleState, type PackedHashSample } from '../stats/hash-sample.js';
import { KllSketch, KLL_RANK_ERROR, type KllState } from '../stats/kll.js';
import { Moments, type MomentsState } from '../stats/moments.js';
import { readDataset } from './reader.js';
import { combineHash, hashNumber, type Row } from './row.js';

export type ColumnType = 'integer' | 'number' | 'boolean' | 'datetime' | 'category' | 'string' | 'empty';

export const QUANTILES = { p1: 0.01, p5: 0.05, p25: 0.25, p50: 0.5, p75: 0.75, p95: 0.95, p99: 0.99 } as const;
export type QuantileName = keyof typeof QUANTILES;

/** At most this many distinct values (and at most half the values distinct) make a text column a category. */
export const CATEGORY_MAX_DISTINCT = 50;
const NUMERIC_LEVELS_LIMIT = 64;
const TOP_CATEGORIES = 10;
const SAVED_TEXT_COUNTERS = 200;
/** The hash of a missing cell, for row hashes. */
const NULL_HASH = 0x1b873593;
const INTERNED_LIMIT = 4096;
const HISTOGRAM_BINS = 10;

/** The mergeable state behind a column's numbers. */
export interface ColumnSketch {
  moments: MomentsState;
  quantiles: KllState;
  distinct: DistinctState;
  /** Counts of text values (Misra–Gries). */
  text: FrequentState;
  /** Exact counts of numeric values while there are at most 64 of them; null after. */
  numericLevels: [number, number][] | null;
  integerLiterals: boolean;
  booleans: boolean;
  datetimes: boolean;
  datetimeMin: string | null;
  datetimeMax: string | null;
}

export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /** Non-missing cells. */
  count: number;
  nulls: number;
  nullShare: number;
  /** Distinct non-missing values: exact up to 1,024, else a HyperLogLog estimate (±1.6%). */
  distinct: number;
  distinctExact: boolean;
  /** Numbers for numeric columns; ISO text for datetime columns. */
  min: number | string | null;
  max: number | string | null;
  mean: number | null;
  /** Sample standard deviation (ddof = 1, as pandas). */
  std: number | null;
  /** From the KLL sketch: exact (numpy's linear interpolation) up to 256 values, else within ±`quantileRankError`·count in rank. */
  quantiles: Record<QuantileName, number> | null;
  quantileRankError: number;
  /** Counts between fixed edges (numeric): counts[i] covers [edges[i], edges[i+1]) and the last bin includes its right edge. Estimated from the quantile sketch when it is not exact. */
  histogram: { edges: number[]; counts: number[]; exact: boolean } | null;
  /** Most frequent values with counts (categorical and low-cardinality columns); `otherShare` is the rest's share of non-missing cells. */
  topCategories: { value: string; count: number }[] | null;
  otherShare: number | null;
  /** Whether the category counts are exact (else each is low by at most the Misra–Gries error). */
  topExact: boolean;
  sketch: ColumnSketch;
}

export interface DataProfile {
  schemaVersion: 1;
  table: {
    rows: number;
    columns: number;
    /** Share of rows that repeat an earlier row (same values: numbers compared as numbers, text as text, every missing marker alike): exact up to 131,072 distinct rows, else from a hash sample of them. */
    duplicateRowShare: number;
    duplicateRowShareExact: boolean;
    /** sha256 over the files in sorted path order, each as "<size in bytes>\n<raw bytes>" (see data/reader.ts). Merged profiles: sha256 of the parts' fingerprints, joined by newlines. */
    fingerprint: string;
    files: string[];
    bytes: number;
  };
  columns: ColumnProfile[];
  sketch: { rows: HashSampleState };
}

const BOOLEAN_TEXT = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE', 'yes', 'no', 'Yes', 'No', 'YES', 'NO']);
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Text by its 53-bit hash, at most `limit` of them, in an open-addressing table that doubles as
 * it fills (a Map keyed by numbers this large boxes every key and hashes it again).
 */
class InternedText {
  private keys = new Float64Array(0);
  private texts: (string | null)[] = [];
  private mask = -1;
  size = 0;

  constructor(private readonly limit: number) {}

  get(hash: number): string | undefined {
    const keys = this.keys;
    const mask = this.mask;
    if (mask < 0) return undefined;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === hash) return this.texts[slot]!;
      if (key === -1) return undefined;
    }
  }

  /** Keeps the text of a hash not held yet, while there is room. */
  add(hash: number, text: string): void {
    if (this.size >= this.limit) return;
    if ((this.size + 1) * 2 > this.mask + 1) this.resize(Math.max(16, (this.mask + 1) * 2));
    this.insert(hash, text);
    this.size++;
  }

  private insert(hash: number, text: string): void {
    const keys = this.keys;
    const mask = this.mask;
    let slot = hash & mask;
    while (keys[slot] !== -1) slot = (slot + 1) & mask;
    keys[slot] = hash;
    this.texts[slot] = text;
  }

  private resize(slots: number): void {
    const keys = this.keys;
    const texts = this.texts;
    this.keys = new Float64Array(slots).fill(-1);
    this.texts = new Array<string | null>(slots).fill(null);
    this.mask = slots - 1;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== -1) this.insert(keys[slot], texts[slot]!);
  }
}

/** Values buffered per column before the sketches take them in bulk. */
const BATCH = 512;

/** One column's streaming accumulator. */
export class ColumnProfiler {
  nulls = 0;
  readonly moments = new Moments();
  readonly quantiles: KllSketch;
  readonly distinct = new DistinctCounter();
  readonly text = new FrequentItems(1000);
  numericLevels: Map<number, number> | null = new Map();
  integerLiterals = true;
  booleans = true;
  datetimes = true;
  datetimeMin: string | null = null;
  datetimeMax: string | null = null;
  /** Text of values seen, by hash: a repeated category costs a lookup, not a new string (53-bit hashes; a collision is ~1e-9 likely at this size). */
  private readonly interned = new InternedText(INTERNED_LIMIT);
  private datetimeMinValue = Infinity;
  private datetimeMaxValue = -Infinity;
  /**
   * Numbers, and every value's hash, in arrival order, not yet given to the moments, the
   * quantile sketch, the numeric levels and the distinct counter: each takes a batch in one
   * tight loop, in the same order, so the result is the same as adding them one by one.
   */
  private readonly numbers = new Float64Array(BATCH);
  private numberCount = 0;
  private readonly hashes = new Float64Array(BATCH);
  private hashCount = 0;

  constructor(
    readonly name: string,
    seed = 1,
    rowsBefore = 0,
  ) {
    this.quantiles = new KllSketch(undefined, seed, rowsBefore);
  }

  /** Adds the cell and returns its hash (numbers by value, text by bytes, missing as NULL_HASH). */
  add(row: Row, index: number): number {
    // Numbers first: no missing-value marker parses as one, so a number needs no isNull check.
    const value = row.number(index);
    if (value === value) {
      // addNumber, inlined: this is the hottest path of a profile.
      const hash = hashNumber(value);
      if (!row.lastWasInteger) this.integerLiterals = false;
      this.numbers[this.numberCount++] = value;
      this.hashes[this.hashCount++] = hash;
      if (this.hashCount === BATCH) this.flush();
      return hash;
    }
    if (row.isNull(index)) {
      this.nulls++;
      return NULL_HASH;
    }
    const hash = row.textHash(index);
    let text = this.interned.get(hash);
    if (text === undefined) {
      text = row.text(index);
      this.interned.add(hash, text);
    }
    this.addText(text, hash);
    return hash;
  }

  addNumber(value: number, integerLiteral: boolean): number {
    const hash = hashNumber(value);
    if (!integerLiteral) this.integerLiterals = false;
    this.numbers[this.numberCount++] = value;
    this.hashes[this.hashCount++] = hash;
    if (this.hashCount === BATCH) this.flush();
    return hash;
  }

  addText(text: string, hash: number): void {
    this.hashes[this.hashCount++] = hash;
    if (this.hashCount === BATCH) this.flush();
    this.text.add(text);
    if (this.booleans && !BOOLEAN_TEXT.has(text)) this.booleans = false;
    if (this.datetimes) {
      const time = ISO_DATETIME.test(text) ? Date.parse(text.length === 10 ? text : text.replace(' ', 'T')) : NaN;
      if (Number.isNaN(time)) this.datetimes = false;
      else {
        if (time < this.datetimeMinValue) {
          this.datetimeMinValue = time;
          this.datetimeMin = text;
        }
        if (time > this.datetimeMaxValue) {
          this.datetimeMaxValue = time;
          this.datetimeMax = text;
        }
      }
    }
  }

  /** Hands the buffered values to the sketches. */
  flush(): void {
    const numbers = this.numbers;
    const count = this.numberCount;
    if (count > 0) {
      this.moments.addMany(numbers, count);
      // The moments have just taken the same items since the start: their extremes are the sketch's.
      this.quantiles.addMany(numbers, count, this.moments.min, this.moments.max);
      const levels = this.numericLevels;
      if (levels) {
        for (let i = 0; i < count; i++) {
          const value = numbers[i];
          levels.set(value, (levels.get(value) ?? 0) + 1);
          if (levels.size > NUMERIC_LEVELS_LIMIT) {
            this.numericLevels = null;
            break;
          }
        }
      }
      this.numberCount = 0;
    }
    if (this.hashCount > 0) {
      this.distinct.addMany(this.hashes, this.hashCount);
      this.hashCount = 0;
    }
  }

  toSketch(): ColumnSketch {
    this.flush();
    return {
      moments: this.moments.toJSON(),
      quantiles: this.quantiles.toJSON(),
      distinct: this.distinct.toJSON(),
      text: this.text.toJSON(),
      numericLevels: this.numericLevels ? [...this.numericLevels] : null,
      integerLiterals: this.integerLiterals,
      booleans: this.booleans,
      datetimes: this.datetimes,
      datetimeMin: this.datetimeMin,
      datetimeMax: this.datetimeMax,
    };
  }
}

/** Equal-width edges over [min, max] rounded outward to a "nice" step (1, 2 or 5 × 10^k). */
export function niceEdges(min: number, max: number, bins = HISTOGRAM_BINS): number[] {
  if (!(max > min)) return [min, min === 0 ? 1 : min + Math.abs(min) * 1e-9 || 1];
  const raw = (max - min) / bins;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const start = Math.floor(min / step) * step;
  const edges: number[] = [];
  for (let edge = start; edges.length === 0 || edges[edges.length - 1] < max; edge = start + edges.length * step)
    edges.push(Number(edge.toPrecision(12)));
  if (edges.length < 2) edges.push(Number((start + step).toPrecision(12)));
  return edges;
}

function histogramFrom(sketch: KllSketch, count: number, edges: number[]): { edges: number[]; counts: number[]; exact: boolean } {
  const state = sketch.toJSON();
  const exact = state.levels.length === 1;
  const counts = new Array(edges.length - 1).fill(0);
  if (exact) {
    for (const x of state.levels[0]) {
      if (x < edges[0] || x > edges[edges.length - 1]) continue;
      let bin = edges.findIndex((edge, i) => i > 0 && x < edge) - 1;
      if (bin < 0) bin = edges.length - 2;
      counts[bin]++;
    }
    return { edges, counts, exact };
  }
  // Items below each edge, from the sketch's weights (cdf counts ≤ x, so step just below the edge).
  const below = edges.map(
    (edge, i) => (i === edges.length - 1 ? sketch.cdf(edge) : sketch.cdf(edge - Math.abs(edge) * 1e-15 - Number.MIN_VALUE)) * count,
  );
  for (let i = 0; i < counts.length; i++) counts[i] = Math.max(0, Math.round(below[i + 1] - below[i]));
  return { edges, counts, exact };
}

/** Turns a column's sketch into its reported statistics. `edges` fixes the histogram's bins (from a reference profile). */
export function summarizeColumn(name: string, sketch: ColumnSketch, nulls: number, edges?: number[]): ColumnProfile {
  const moments = Moments.from(sketch.moments);
  const kll = KllSketch.from(sketch.quantiles);
  const distinct = DistinctCounter.from(sketch.distinct);
  const text = FrequentItems.from(sketch.text);
  const numeric = moments.count;
  const textual = text.total;
  const count = numeric + textual;
  // An estimate can overshoot; there cannot be more distinct values than values.
  const distinctCount = Math.min(distinct.estimate(), numeric + text.total);
  let type: ColumnType;
  if (count === 0) type = 'empty';
  else if (textual === 0) type = sketch.integerLiterals ? 'integer' : 'number';
  else if (numeric === 0 && sketch.booleans) type = 'boolean';
  else if (numeric === 0 && sketch.datetimes) type = 'datetime';
  else if (distinctCount <= CATEGORY_MAX_DISTINCT && distinctCount <= Math.max(2, count / 2)) type = 'category';
  else type = 'string';

  const isNumeric = type === 'integer' || type === 'number';
  const quantiles = isNumeric ? kll.quantiles(Object.values(QUANTILES)) : null;
  let top: { value: string; count: number }[] | null = null;
  let topExact = true;
  if (!isNumeric && type !== 'datetime' && type !== 'empty') {
    const merged = new FrequentItems(text.capacity).merge(sketch.text);
    for (const [value, c] of sketch.numericLevels ?? []) merged.add(String(value), c);
    top = merged.top(TOP_CATEGORIES).map(([value, c]) => ({ value, count: c }));
    topExact = merged.error === 0 && (numeric === 0 || sketch.numericLevels !== null);
  } else if (isNumeric && sketch.numericLevels && sketch.numericLevels.length <= CATEGORY_MAX_DISTINCT) {
    top = [...sketch.numericLevels]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, TOP_CATEGORIES)
      .map(([value, c]) => ({ value: String(value), count: c }));
  }
  const shown = top?.reduce((sum, t) => sum + t.count, 0) ?? 0;
  return {
    name,
    type,
    count,
    nulls,
    nullShare: count + nulls === 0 ? 0 : nulls / (count + nulls),
    distinct: distinctCount,
    distinctExact: distinct.isExact,
    min: isNumeric ? moments.min : type === 'datetime' ? sketch.datetimeMin : null,
    max: isNumeric ? moments.max : type === 'datetime' ? sketch.datetimeMax : null,
    mean: isNumeric ? moments.mean : null,
    std: isNumeric ? moments.std : null,
    quantiles: quantiles
      ? (Object.fromEntries(Object.keys(QUANTILES).map((key, i) => [key, quantiles[i]])) as Record<QuantileName, number>)
      : null,
    quantileRankError: kll.toJSON().levels.length === 1 ? 0 : KLL_RANK_ERROR,
    histogram: isNumeric && numeric > 0 ? histogramFrom(kll, numeric, edges ?? niceEdges(moments.min, moments.max)) : null,
    topCategories: top,
    otherShare: top ? (count === 0 ? 0 : Math.max(0, (count - shown) / count)) : null,
    topExact,
    sketch,
  };
}

export interface ProfilePartState {
  rows: number;
  rowHashes: PackedHashSample;
  columns: { sketch: ColumnSketch; nulls: number }[];
}

/** Builds a profile from rows as they stream by (or from parts' states); `finish` summarizes. */
export class ProfileBuilder {
  readonly columns: ColumnProfiler[];
  readonly rowHashes = new HashSample();
  rows = 0;

  /** `rowsBefore`: about how many rows precede this part of the data (0 for the whole). */
  constructor(
    readonly names: string[],
    rowsBefore = 0,
  ) {
    this.columns = names.map((name, i) => new ColumnProfiler(name, i + 1, rowsBefore));
  }

  add(row: Row): void {
    this.rows++;
    // The row's hash combines its cells' hashes (already needed for distinct counts), in order.
    let h1 = 0x2545f491;
    let h2 = 0x9e3779b9;
    const columns = this.columns;
    for (let i = 0; i < columns.length; i++) {
      const hash = columns[i].add(row, i);
      h1 = Math.imul((h1 << 5) | (h1 >>> 27), 0x85ebca6b) ^ (hash >>> 0);
      h2 = Math.imul((h2 << 7) | (h2 >>> 25), 0xc2b2ae35) ^ ((hash / 4294967296) | 0);
    }
    this.rowHashes.add(combineHash(h1, h2));
  }

  /**
   * Each column's sketch and nulls with the absorbed parts merged in, in the order they came:
   * merged on arrival, so memory does not grow with the number of parts (that is, with the
   * file's size). Null until a part is absorbed.
   */
  private merged: { sketch: ColumnSketch; nulls: number }[] | null = null;
  /** Rows added here (not absorbed) when the first part was absorbed: none may follow. */
  private ownRowsAtMerge = 0;
  private absorbedRows = 0;

  /** The state of a part (a byte range profiled by a worker), to be absorbed by the whole's builder. */
  state(): ProfilePartState {
    return {
      rows: this.rows,
      rowHashes: this.rowHashes.pack(),
      columns: this.columns.map((c) => ({ sketch: c.toSketch(), nulls: c.nulls })),
    };
  }

  /** Lets the row-hash sample's memory be reused, once `state()` has been taken. */
  release(): void {
    this.rowHashes.release();
  }

  absorb(part: ProfilePartState): void {
    this.rows += part.rows;
    this.rowHashes.mergePacked(part.rowHashes);
    if (!this.merged) {
      this.ownRowsAtMerge = this.rows - part.rows - this.absorbedRows;
      this.merged = this.columns.map((c) => ({ sketch: c.toSketch(), nulls: c.nulls }));
    }
    this.absorbedRows += part.rows;
    const merged = this.merged;
    part.columns.forEach((column, i) => {
      merged[i] = { sketch: mergeColumnSketches(merged[i].sketch, column.sketch), nulls: merged[i].nulls + column.nulls };
    });
  }

  finish(
    table: { fingerprint: string; files: string[]; bytes: number },
    options: { histogramEdges?: Map<string, number[]> } = {},
  ): DataProfile {
    if (this.merged && this.rows - this.absorbedRows !== this.ownRowsAtMerge)
      throw new Error('ProfileBuilder: rows were added after parts were absorbed');
    const columns = this.columns.map((c, i) => {
      const { sketch, nulls } = this.merged ? this.merged[i] : { sketch: c.toSketch(), nulls: c.nulls };
      const column = summarizeColumn(c.name, sketch, nulls, options.histogramEdges?.get(c.name));
      // A saved profile keeps 200 category counters: all of a categorical column's, and enough to merge top-10s.
      column.sketch = { ...column.sketch, text: FrequentItems.from(column.sketch.text).toJSON(SAVED_TEXT_COUNTERS) };
      return column;
    });
    return {
      schemaVersion: 1,
      table: {
        rows: this.rows,
        columns: this.columns.length,
        duplicateRowShare: this.rowHashes.duplicateShare(),
        duplicateRowShareExact: this.rowHashes.isExact,
        fingerprint: table.fingerprint,
        files: table.files,
        bytes: table.bytes,
      },
      columns,
      // A saved profile keeps a 4,096-row sample of row hashes: enough to merge duplicate shares to about ±1%.
      sketch: { rows: this.rowHashes.toJSON(4096) },
    };
  }
}

/** Edges of each numeric column's histogram in a reference profile, so two profiles' histograms line up. */
export function histogramEdgesOf(profile: DataProfile): Map<string, number[]> {
  return new Map(profile.columns.filter((c) => c.histogram).map((c) => [c.name, c.histogram!.edges]));
}

/** The sketch of two parts' union. */
export function mergeColumnSketches(sa: ColumnSketch, sb: ColumnSketch): ColumnSketch {
  let levels: Map<number, number> | null = null;
  if (sa.numericLevels && sb.numericLevels) {
    levels = new Map(sa.numericLevels);
    for (const [v, c] of sb.numericLevels) levels.set(v, (levels.get(v) ?? 0) + c);
    if (levels.size > NUMERIC_LEVELS_LIMIT) levels = null;
  }
  const min = [sa.datetimeMin, sb.datetimeMin].filter((x): x is string => x !== null).sort((x, y) => Date.parse(x) - Date.parse(y));
  const max = [sa.datetimeMax, sb.datetimeMax].filter((x): x is string => x !== null).sort((x, y) => Date.parse(y) - Date.parse(x));
  return {
    moments: Moments.from(sa.moments).merge(sb.moments).toJSON(),
    quantiles: KllSketch.from(sa.quantiles).merge(sb.quantiles).toJSON(),
    distinct: DistinctCounter.from(sa.distinct).merge(sb.distinct).toJSON(),
    text: FrequentItems.from(sa.text).merge(sb.text).toJSON(),
    numericLevels: levels ? [...levels] : null,
    integerLiterals: sa.integerLiterals && sb.integerLiterals,
    booleans: sa.booleans && sb.booleans,
    datetimes: sa.datetimes && sb.datetimes,
    datetimeMin: min[0] ?? null,
    datetimeMax: max[0] ?? null,
  };
}

/** Profiles a dataset (path or glob) in one streaming pass. */
export async function profileData(pattern: string, options: { cwd?: string; reference?: DataProfile } = {}): Promise<DataProfile> {
  let builder: ProfileBuilder | undefined;
  const summary = await readDataset(pattern, {
    cwd: options.cwd,
    onColumns: (columns) => (builder = new ProfileBuilder(columns)),
    onRow: (row) => builder!.add(row),
  });
  return builder!.finish(summary, { histogramEdges: options.reference ? histogramEdgesOf(options.reference) : undefined });
}

/**
 * The profile of the union of two datasets with the same columns, from their profiles alone.
 * Counts, mean, std, min, max and null shares are exact; quantiles, distinct counts and the
 * duplicate share carry their sketches' bounds. Histograms use `a`'s edges.
 */
export function mergeProfiles(a: DataProfile, b: DataProfile): DataProfile {
  const names = a.columns.map((c) => c.name);
  if (names.join('\u0000') !== b.columns.map((c) => c.name).join('\u0000'))
    throw new Error('profiles with different columns cannot be merged');
  const rows = HashSample.from(a.sketch.rows).merge(b.sketch.rows);
  return {
    schemaVersion: 1,
    table: {
      rows: a.table.rows + b.table.rows,
      columns: names.length,
      duplicateRowShare: rows.duplicateShare(),
      duplicateRowShareExact: rows.isExact,
      fingerprint: createHash('sha256').update(`${a.table.fingerprint}\n${b.table.fingerprint}`).digest('hex'),
      files: [...a.table.files, ...b.table.files],
      bytes: a.table.bytes + b.table.bytes,
    },
    columns: a.columns.map((ca, i) =>
      summarizeColumn(ca.name, mergeColumnSketches(ca.sketch, b.columns[i].sketch), ca.nulls + b.columns[i].nulls, ca.histogram?.edges),
    ),
    sketch: { rows: rows.toJSON(4096) },
  };
}
