import { readDataset } from '../data/reader.js';
import type { Table } from '../data/table.js';

/** A table as loadTable gives it, plus where each row came from and the data's fingerprint. */
export interface TrainingTable extends Table {
  fingerprint: string;
  /** `file:line` of a row, for messages that point at the data. */
  locate(row: number): string;
}

/**
 * Loads the training data with the suite's one reader (shared/data/reader.ts), keeping each
 * row's file and line so a bad cell is reported as `data/train.csv:17`.
 */
export async function loadTrainingTable(pattern: string, cwd: string): Promise<TrainingTable> {
  let names: string[] = [];
  let columns: (string | null)[][] = [];
  const lines: number[] = [];
  const fileOfRow: number[] = [];
  const fileIndex = new Map<string, number>();
  const summary = await readDataset(pattern, {
    cwd,
    onColumns: (header) => {
      names = header;
      columns = header.map(() => []);
    },
    onRow: (row, file) => {
      for (let i = 0; i < columns.length; i++) columns[i].push(row.isNull(i) ? null : row.text(i));
      lines.push(row.line);
      let index = fileIndex.get(file);
      if (index === undefined) fileIndex.set(file, (index = fileIndex.size));
      fileOfRow.push(index);
    },
  });
  const files = [...fileIndex.keys()];
  return {
    columns: names,
    rows: summary.rows,
    files: summary.files,
    values: new Map(names.map((name, i) => [name, columns[i]])),
    fingerprint: summary.fingerprint,
    locate: (row) => (row >= 0 && row < lines.length ? `${files[fileOfRow[row]]}:${lines[row]}` : `row ${row + 1}`),
  };
}
