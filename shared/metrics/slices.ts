import { scoreMetrics, type PreparedMetrics } from './score.js';
import { indicatorWeights } from './weights.js';

/**
 * Metrics per value of a slice column (e.g. `country`), for the candidate and the baseline.
 * A slice is scored as the full set weighted by a 0/1 indicator, so it reuses the prepared
 * sorts and gives exactly the metric of the sliced rows alone.
 */
export interface SliceColumn {
  name: string;
  /** The raw cell of each evaluation row; null/undefined/empty are grouped as MISSING_SLICE. */
  values: ArrayLike<string | null | undefined>;
}

export interface SliceResult {
  value: string;
  rows: number;
  candidate: Record<string, number>;
  baseline?: Record<string, number>;
}

export interface ColumnSlices {
  column: string;
  /** Largest slices first (ties by value), at most `maxSlices`. */
  slices: SliceResult[];
  /** Distinct values left out beyond `maxSlices`, and their rows. */
  omittedSlices: number;
  omittedRows: number;
}

export const MISSING_SLICE = '(missing)';

export function sliceMetrics(
  columns: readonly SliceColumn[],
  candidate: PreparedMetrics,
  baseline?: PreparedMetrics,
  options: { maxSlices?: number } = {},
): ColumnSlices[] {
  const maxSlices = options.maxSlices ?? 20;
  return columns.map((column) => {
    if (column.values.length !== candidate.rows)
      throw new Error(`slice column ${column.name} has ${column.values.length} values for ${candidate.rows} rows`);
    const groups = new Map<string, number[]>();
    for (let i = 0; i < column.values.length; i++) {
      const raw = column.values[i];
      const value = raw === null || raw === undefined || raw === '' ? MISSING_SLICE : String(raw);
      let rows = groups.get(value);
      if (!rows) groups.set(value, (rows = []));
      rows.push(i);
    }
    const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept = ordered.slice(0, maxSlices);
    const slices = kept.map(([value, rows]): SliceResult => {
      const weights = indicatorWeights(candidate.rows, rows);
      const result: SliceResult = { value, rows: rows.length, candidate: scoreMetrics(candidate, weights) };
      if (baseline) result.baseline = scoreMetrics(baseline, weights);
      return result;
    });
    const omitted = ordered.slice(maxSlices);
    return {
      column: column.name,
      slices,
      omittedSlices: omitted.length,
      omittedRows: omitted.reduce((sum, [, rows]) => sum + rows.length, 0),
    };
  });
}
