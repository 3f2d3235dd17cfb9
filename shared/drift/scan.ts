/**
 * One streaming pass over current (or raw reference) data for monitor: the data profile, and on
 * the way a uniform sample of whole rows (for the multivariate check) and the cells of a few
 * named columns (the label and the prediction, for performance). Memory: the profile's sketches,
 * the sample (`sampleRows` rows), and one value per row for each kept column.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { DataFileError } from '../data/errors.js';
import { expandDataPattern } from '../data/files.js';
import { histogramEdgesOf, ProfileBuilder, type DataProfile } from '../data/profile.js';
import { readDataset, readFileChunks } from '../data/reader.js';
import type { Row } from '../data/row.js';
import { FileError } from '../runtime/errors.js';
import { seededRandom } from '../stats/random.js';
import { PredictionLogReader } from './prediction-log.js';

export type Cell = string | number | null;

export interface RowSample {
  columns: string[];
  rows: Cell[][];
  /** Rows the sample was drawn from. */
  seen: number;
}

export interface ScanOptions {
  cwd: string;
  format: 'data' | 'prediction-log';
  /** The reference profile: histograms are cut at its edges so the two line up. */
  reference?: DataProfile;
  /** Keep a uniform sample of at most this many rows (reservoir sampling); 0 keeps none. */
  sampleRows?: number;
  seed?: number;
  /** Columns whose every cell is kept (label and prediction). */
  keep?: readonly string[];
  /** Called with the columns as soon as the first file's are known (it may throw). */
  onColumns?: (columns: string[]) => void;
}

export interface ScanResult {
  profile: DataProfile;
  columns: string[];
  sample: RowSample | null;
  kept: Map<string, Cell[]>;
  /** Prediction logs: rows per model and version that answered. */
  models: { model: string; version: string; rows: number }[] | null;
}

/** Carries an error from `onColumns` through the reader, which turns anything but a FileError into "cannot be read". */
class ColumnsRejected extends FileError {
  constructor(readonly reason: unknown) {
    super('columns rejected', '');
  }
}

function cellOf(row: Row, index: number): Cell {
  const value = row.number(index);
  if (value === value) return value;
  return row.isNull(index) ? null : row.text(index);
}

/** Profiles one or more patterns (each a path or glob) as one table, in one pass. */
export async function scanData(patterns: readonly string[], options: ScanOptions): Promise<ScanResult> {
  try {
    return await scan(patterns, options);
  } catch (error) {
    throw error instanceof ColumnsRejected ? error.reason : error;
  }
}

async function scan(patterns: readonly string[], options: ScanOptions): Promise<ScanResult> {
  const { cwd } = options;
  const capacity = Math.max(0, options.sampleRows ?? 0);
  const random = seededRandom(options.seed ?? 1);
  let builder: ProfileBuilder | undefined;
  let columns: string[] | undefined;
  let keepIndex: [string, number][] = [];
  const kept = new Map<string, Cell[]>();
  const sampled: Cell[][] = [];
  let seen = 0;

  const onColumns = (names: string[], file: string) => {
    if (columns) {
      if (names.join('\u0000') !== columns.join('\u0000')) {
        throw new DataFileError(
          'header_mismatch',
          `the columns (${names.join(', ')}) differ from the first file's (${columns.join(', ')}); every file of the current data needs the same columns`,
          file,
          1,
        );
      }
      return;
    }
    columns = names;
    try {
      options.onColumns?.(names);
    } catch (error) {
      throw new ColumnsRejected(error);
    }
    builder = new ProfileBuilder(names);
    keepIndex = (options.keep ?? []).filter((name) => names.includes(name)).map((name) => [name, names.indexOf(name)]);
    for (const [name] of keepIndex) kept.set(name, []);
  };
  const onRow = (row: Row) => {
    builder!.add(row);
    for (const [name, index] of keepIndex) kept.get(name)!.push(cellOf(row, index));
    if (capacity > 0) {
      seen++;
      const slot = seen <= capacity ? seen - 1 : Math.floor(random() * seen);
      if (slot < capacity) {
        const values: Cell[] = new Array(columns!.length);
        for (let i = 0; i < values.length; i++) values[i] = cellOf(row, i);
        sampled[slot] = values;
      }
    }
  };

  const files: string[] = [];
  const fingerprints: string[] = [];
  let bytes = 0;
  let models: Map<string, number> | null = null;
  for (const pattern of patterns) {
    if (options.format === 'data') {
      const summary = await readDataset(pattern, { cwd, onColumns, onRow: (row) => onRow(row) });
      files.push(...summary.files);
      fingerprints.push(summary.fingerprint);
      bytes += summary.bytes;
      continue;
    }
    models ??= new Map();
    for (const file of await expandDataPattern(pattern, cwd)) {
      const absolute = path.resolve(cwd, file);
      const hash = createHash('sha256');
      const reader = new PredictionLogReader({
        file,
        columns,
        onHeader: (names) => onColumns(names, file),
        onRow,
      });
      try {
        hash.update(`${(await stat(absolute)).size}\n`);
        bytes += await readFileChunks(absolute, (chunk) => {
          hash.update(chunk);
          reader.push(chunk);
        });
      } catch (error) {
        if (error instanceof FileError) throw error;
        throw new DataFileError('unreadable', `cannot be read (${(error as Error).message})`, file);
      }
      reader.finish();
      for (const [model, rows] of reader.models) models.set(model, (models.get(model) ?? 0) + rows);
      files.push(file);
      fingerprints.push(hash.digest('hex'));
    }
  }
  const fingerprint = fingerprints.length === 1 ? fingerprints[0] : createHash('sha256').update(fingerprints.join('\n')).digest('hex');
  const edges = options.reference ? histogramEdgesOf(options.reference) : undefined;
  const profile = builder!.finish({ fingerprint, files, bytes }, { histogramEdges: edges });
  return {
    profile,
    columns: columns ?? [],
    sample: capacity > 0 ? { columns: columns ?? [], rows: sampled, seen } : null,
    kept,
    models: models
      ? [...models].map(([key, rows]) => {
          const at = key.lastIndexOf('@');
          return { model: key.slice(0, at), version: key.slice(at + 1), rows };
        })
      : null,
  };
}
