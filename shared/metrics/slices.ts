import {
  pairedBootstrap,
  pairedBootstrapOnWorkers,
  type BootstrapResult,
  type Interval,
  type Verdict,
  type WorkerOptions,
} from './bootstrap.js';
import type { PreparedClassification } from './classification.js';
import type { PreparedRegression } from './regression.js';
import { subsetRanking } from './ranking.js';
import { scoreMetrics, type PreparedMetrics } from './score.js';
import { indicatorWeights } from './weights.js';

/**
 * Metrics per value of a slice column (e.g. `country`), for the candidate and the baseline.
 * A slice is scored as the full set weighted by a 0/1 indicator, so it reuses the prepared
 * sorts and gives exactly the metric of the sliced rows alone.
 *
 * With `intervals`, each slice's headline metrics also get the paired bootstrap of the main
 * table, run on the slice's rows alone (`subsetPrepared`: the prepared rows and sorts taken
 * apart, nothing scored again): resample r of every slice draws the slice's k rows with the
 * seed (seed, r), so a slice's intervals are exactly those of `pairedBootstrap` on its rows.
 * A slice "regression" whose interval of Δ contains 0 is then labelled within noise.
 */
export interface SliceColumn {
  name: string;
  /** The raw cell of each evaluation row; null/undefined/empty are grouped as MISSING_SLICE. */
  values: ArrayLike<string | null | undefined>;
}

/** One headline metric of one slice against the baseline. */
export interface SliceChange {
  candidate: number;
  baseline: number;
  /** candidate − baseline on the slice's rows. */
  delta: number;
  /** Paired-bootstrap percentile interval of Δ; null without resamples or when no resample had the metric defined. */
  interval: Interval | null;
  verdict: Verdict | null;
  /** Resamples where the metric was undefined on the drawn rows (e.g. one class), left out of the interval. */
  undefinedResamples: number;
}

export interface SliceResult {
  value: string;
  rows: number;
  candidate: Record<string, number>;
  baseline?: Record<string, number>;
  /** With a baseline and `intervals`: the headline metrics' Δ, interval and verdict. */
  changes?: Record<string, SliceChange>;
}

export interface ColumnSlices {
  column: string;
  /** Largest slices first (ties by value), at most `maxSlices`. */
  slices: SliceResult[];
  /** Distinct values left out beyond `maxSlices`, and their rows. */
  omittedSlices: number;
  omittedRows: number;
  /** How the slices' intervals were drawn, when they were. */
  intervals?: { metrics: string[]; resamples: number; seed: number; confidence: number };
}

export interface SliceIntervalOptions {
  /** The metrics that get a Δ, interval and verdict (metricRoles(task).slices). */
  metrics: readonly string[];
  resamples: number;
  seed: number;
  confidence?: number;
}

export interface SliceOptions {
  maxSlices?: number;
  intervals?: SliceIntervalOptions;
}

export const MISSING_SLICE = '(missing)';

/** Resamples of each slice's bootstrap, at most: slices of one column together cost as much as the main bootstrap per resample. */
export const MAX_SLICE_RESAMPLES = 1000;

/** The prepared rows `rows` (ascending row indices) as a prepared set of their own. */
export function subsetPrepared(prepared: PreparedMetrics, rows: ArrayLike<number>): PreparedMetrics {
  const k = rows.length;
  const pick = <T extends Int32Array | Float64Array | Uint8Array>(source: T): T => {
    const out = new (source.constructor as new (n: number) => T)(k);
    for (let i = 0; i < k; i++) out[i] = source[rows[i]];
    return out;
  };
  if (prepared.kind === 'regression') {
    const subset: PreparedRegression = {
      kind: 'regression',
      rows: k,
      error: pick(prepared.error),
      inverseScale: pick(prepared.inverseScale),
      // Centred on the whole set's mean: the weighted sums of squares are shift-invariant.
      centredTarget: pick(prepared.centredTarget),
    };
    return subset;
  }
  const newIndex = new Int32Array(prepared.rows).fill(-1);
  for (let i = 0; i < k; i++) newIndex[rows[i]] = i;
  const subset: PreparedClassification = {
    kind: 'classification',
    rows: k,
    classes: prepared.classes,
    labels: pick(prepared.labels),
    predicted: pick(prepared.predicted),
    cellBin: pick(prepared.cellBin),
    rowLoss: pick(prepared.rowLoss),
    confidence: pick(prepared.confidence),
    bin: pick(prepared.bin),
    rankings: prepared.rankings.map((ranking) => subsetRanking(ranking, newIndex, k)),
  };
  return subset;
}

interface Grouped {
  column: string;
  kept: [string, number[]][];
  omittedSlices: number;
  omittedRows: number;
}

function groupColumn(column: SliceColumn, rows: number, maxSlices: number): Grouped {
  if (column.values.length !== rows) throw new Error(`slice column ${column.name} has ${column.values.length} values for ${rows} rows`);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < column.values.length; i++) {
    const raw = column.values[i];
    const value = raw === null || raw === undefined || raw === '' ? MISSING_SLICE : String(raw);
    let members = groups.get(value);
    if (!members) groups.set(value, (members = []));
    members.push(i);
  }
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const omitted = ordered.slice(maxSlices);
  return {
    column: column.name,
    kept: ordered.slice(0, maxSlices),
    omittedSlices: omitted.length,
    omittedRows: omitted.reduce((sum, [, members]) => sum + members.length, 0),
  };
}

function sliceResult(value: string, rows: number[], candidate: PreparedMetrics, baseline: PreparedMetrics | undefined): SliceResult {
  const weights = indicatorWeights(candidate.rows, rows);
  const result: SliceResult = { value, rows: rows.length, candidate: scoreMetrics(candidate, weights) };
  if (baseline) result.baseline = scoreMetrics(baseline, weights);
  return result;
}

function changesOf(bootstrap: BootstrapResult, metrics: readonly string[]): Record<string, SliceChange> {
  const by = new Map(bootstrap.metrics.map((m) => [m.metric, m]));
  return Object.fromEntries(
    metrics.map((name) => {
      const m = by.get(name)!;
      const change: SliceChange = {
        candidate: m.candidate,
        baseline: m.baseline!,
        delta: m.delta!,
        interval: m.deltaInterval ?? null,
        verdict: m.verdict ?? null,
        undefinedResamples: m.undefinedResamples,
      };
      return [name, change];
    }),
  );
}

function columnResult(grouped: Grouped, slices: SliceResult[], intervals: SliceIntervalOptions | undefined): ColumnSlices {
  const out: ColumnSlices = {
    column: grouped.column,
    slices,
    omittedSlices: grouped.omittedSlices,
    omittedRows: grouped.omittedRows,
  };
  if (intervals && slices.some((s) => s.changes))
    out.intervals = {
      metrics: [...intervals.metrics],
      resamples: intervals.resamples,
      seed: intervals.seed,
      confidence: intervals.confidence ?? 0.95,
    };
  return out;
}

/** Per-slice metrics in this thread; with a baseline and `intervals`, each slice's paired bootstrap too. */
export function sliceMetrics(
  columns: readonly SliceColumn[],
  candidate: PreparedMetrics,
  baseline?: PreparedMetrics,
  options: SliceOptions = {},
): ColumnSlices[] {
  const { intervals } = options;
  return columns.map((column) => {
    const grouped = groupColumn(column, candidate.rows, options.maxSlices ?? 20);
    const slices = grouped.kept.map(([value, rows]) => {
      const result = sliceResult(value, rows, candidate, baseline);
      if (baseline && intervals) {
        const bootstrap = pairedBootstrap(subsetPrepared(candidate, rows), subsetPrepared(baseline, rows), intervals);
        result.changes = changesOf(bootstrap, intervals.metrics);
      }
      return result;
    });
    return columnResult(grouped, slices, intervals);
  });
}

/** `sliceMetrics` with each slice's bootstrap split across worker threads when it is large enough to gain from it. */
export async function sliceMetricsOnWorkers(
  columns: readonly SliceColumn[],
  candidate: PreparedMetrics,
  baseline: PreparedMetrics | undefined,
  options: SliceOptions = {},
  workers: WorkerOptions = {},
): Promise<ColumnSlices[]> {
  const { intervals } = options;
  const out: ColumnSlices[] = [];
  for (const column of columns) {
    const grouped = groupColumn(column, candidate.rows, options.maxSlices ?? 20);
    const slices: SliceResult[] = [];
    for (const [value, rows] of grouped.kept) {
      const result = sliceResult(value, rows, candidate, baseline);
      if (baseline && intervals) {
        const bootstrap = await pairedBootstrapOnWorkers(
          subsetPrepared(candidate, rows),
          subsetPrepared(baseline, rows),
          intervals,
          workers,
        );
        result.changes = changesOf(bootstrap, intervals.metrics);
      }
      slices.push(result);
    }
    out.push(columnResult(grouped, slices, intervals));
  }
  return out;
}
