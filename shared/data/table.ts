import { FileError } from '../runtime/errors.js';
import { readDataset } from './reader.js';

/** A dataset in memory, column by column: raw cell text, null for empty or missing cells. */
export interface Table {
  columns: string[];
  rows: number;
  files: string[];
  values: Map<string, (string | null)[]>;
}

/**
 * Loads a training-sized dataset (path or glob) into memory with the same reader as
 * validate-data, so errors point at the same file:line. `columns` keeps only those columns
 * (each must exist).
 */
export async function loadTable(pattern: string, options: { cwd?: string; columns?: string[] } = {}): Promise<Table> {
  let keep: { name: string; index: number; values: (string | null)[] }[] = [];
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
    onRow: (row) => {
      for (const column of keep) column.values.push(row.isNull(column.index) ? null : row.text(column.index));
    },
  });
  return { columns: keep.map((c) => c.name), rows: summary.rows, files: summary.files, values: new Map(keep.map((c) => [c.name, c.values])) };
}
