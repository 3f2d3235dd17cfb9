import { FileError } from '../runtime/errors.js';
import { readDataset } from './reader.js';

/** A dataset in memory, column by column: raw cell text, null for empty or missing cells. */
export interface Table {
  columns: string[];
  rows: number;
  files: string[];
  values: Map<string, (string | null)[]>;
  /** sha256 fingerprint of the files read (data/reader.ts). */
  fingerprint: string;
  /** `file:line` of a row, for messages that point at the data. */
  locate(row: number): string;
}

/**
 * Loads a training- or evaluation-sized dataset (path or glob) into memory with the same reader
 * as validate-data, keeping each row's file and line so a bad cell is reported as
 * `data/train.csv:17`. `columns` keeps only those columns (each must exist).
 */
export async function loadTable(pattern: string, options: { cwd?: string; columns?: string[] } = {}): Promise<Table> {
  let keep: { name: string; index: number; values: (string | null)[] }[] = [];
  const lines: number[] = [];
  const fileOfRow: number[] = [];
  const fileIndex = new Map<string, number>();
  const summary = await readDataset(pattern, {
    cwd: options.cwd,
    onColumns: (columns, file) => {
      const wanted = options.columns ?? columns;
      keep = wanted.map((name) => {
        const index = columns.indexOf(name);
        if (index < 0) throw new FileError(`has no column "${name}" (columns: ${columns.join(', ')})`, file, 1);
        return { name, index, values: [] };
      });
    },
    onRow: (row, file) => {
      for (const column of keep) column.values.push(row.isNull(column.index) ? null : row.text(column.index));
      lines.push(row.line);
      let index = fileIndex.get(file);
      if (index === undefined) fileIndex.set(file, (index = fileIndex.size));
      fileOfRow.push(index);
    },
  });
  const files = [...fileIndex.keys()];
  return {
    columns: keep.map((c) => c.name),
    rows: summary.rows,
    files: summary.files,
    values: new Map(keep.map((c) => [c.name, c.values])),
    fingerprint: summary.fingerprint,
    locate: (row) => (row >= 0 && row < lines.length ? `${files[fileOfRow[row]]}:${lines[row]}` : `row ${row + 1}`),
  };
}
