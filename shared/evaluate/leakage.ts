import { adversarialValidation, type AdversarialColumn } from '../drift/adversarial.js';
import type { Cell as DriftCell, RowSample } from '../drift/scan.js';
import type { Table } from '../data/table.js';
import { isMissing, parseNumber, type Cell, type Feature } from '../model/preprocessing.js';
import { shuffledIndices } from '../stats/random.js';

/**
 * Can the evaluation be trusted? Two cheap checks of the evaluation rows against the training
 * rows (the `training-data` input):
 *
 * - adversarial validation (shared/drift/adversarial.ts): boosted trees trained to tell training
 *   rows from evaluation rows over the model's raw features, cross-validated ROC AUC; near 0.5
 *   the evaluation data looks like the training data, above LEAKAGE_AUC_WARNING it does not;
 * - overlap: evaluation rows whose features and target equal a training row's, by row key.
 */
export const LEAKAGE_AUC_WARNING = 0.7;
/** Rows sampled from each side for adversarial validation (seeded). */
export const ADVERSARIAL_ROWS = 5000;
const OVERLAP_EXAMPLES = 5;

export interface LeakageReport {
  training: { path: string; files: string[]; rows: number };
  /** The columns compared: the model's features found in both files, and the target. */
  columns: string[];
  adversarial:
    | {
        auc: number;
        aucStd: number;
        method: string;
        rows: { training: number; evaluation: number };
        /** Columns that separate the two, by share of split gain, largest first (at most 10). */
        columns: { column: string; importance: number }[];
        warning: boolean;
        threshold: number;
      }
    | { skipped: string };
  overlap: {
    /** Evaluation rows equal to some training row on `columns`. */
    rows: number;
    share: number;
    /** `file:line` of the first few, with the training row they repeat. */
    examples: { evaluation: string; training: string }[];
  };
}

function key(table: Table, columns: readonly { name: string; numeric: boolean }[], row: number): string {
  let out = '';
  for (const { name, numeric } of columns) {
    const cell = table.values.get(name)![row];
    let text: string;
    if (cell === null || isMissing(cell)) text = '\u0001';
    else if (numeric) {
      const value = parseNumber(cell);
      text = Number.isNaN(value) ? cell.trim() : String(value);
    } else text = cell.trim();
    out += `${text}\u0000`;
  }
  return out;
}

function sample(table: Table, columns: readonly AdversarialColumn[], limit: number, seed: number): RowSample {
  const order = shuffledIndices(table.rows, seed);
  const take = Math.min(limit, table.rows);
  const rows: DriftCell[][] = [];
  for (let k = 0; k < take; k++) {
    const row = order[k];
    rows.push(
      columns.map(({ name, kind }) => {
        const cell: Cell = table.values.get(name)![row];
        if (cell === null || isMissing(cell)) return null;
        if (kind === 'numeric') {
          const value = parseNumber(cell);
          return Number.isNaN(value) ? null : value;
        }
        return String(cell).trim();
      }),
    );
  }
  return { columns: columns.map((c) => c.name), rows, seen: table.rows };
}

export interface LeakageOptions {
  training: Table & { path: string };
  evaluation: Table;
  features: readonly Feature[];
  target: string;
  seed?: number;
  maxRows?: number;
}

export function checkLeakage(options: LeakageOptions): LeakageReport {
  const { training, evaluation } = options;
  const seed = options.seed ?? 0;
  const shared = options.features.filter((f) => training.values.has(f.name) && evaluation.values.has(f.name));
  const adversarialColumns: AdversarialColumn[] = shared.map((f) => ({ name: f.name, kind: f.kind }));
  const keyed = [
    ...shared.map((f) => ({ name: f.name, numeric: f.kind === 'numeric' })),
    ...(training.values.has(options.target) && evaluation.values.has(options.target) ? [{ name: options.target, numeric: false }] : []),
  ];

  let adversarial: LeakageReport['adversarial'];
  try {
    const limit = options.maxRows ?? ADVERSARIAL_ROWS;
    const result = adversarialValidation(
      sample(training, adversarialColumns, limit, seed + 11),
      sample(evaluation, adversarialColumns, limit, seed + 12),
      adversarialColumns,
      { threshold: LEAKAGE_AUC_WARNING, seed: seed + 13 },
    );
    adversarial = {
      auc: result.auc,
      aucStd: result.aucStd,
      method: result.method,
      rows: { training: result.rows.reference, evaluation: result.rows.current },
      columns: result.columns.slice(0, 10),
      warning: result.auc > LEAKAGE_AUC_WARNING,
      threshold: LEAKAGE_AUC_WARNING,
    };
  } catch (error) {
    adversarial = { skipped: (error as Error).message };
  }

  const seen = new Map<string, number>();
  for (let row = 0; row < training.rows; row++) {
    const k = key(training, keyed, row);
    if (!seen.has(k)) seen.set(k, row);
  }
  let overlapping = 0;
  const examples: LeakageReport['overlap']['examples'] = [];
  for (let row = 0; row < evaluation.rows; row++) {
    const match = seen.get(key(evaluation, keyed, row));
    if (match === undefined) continue;
    overlapping++;
    if (examples.length < OVERLAP_EXAMPLES) examples.push({ evaluation: evaluation.locate(row), training: training.locate(match) });
  }
  return {
    training: { path: training.path, files: training.files, rows: training.rows },
    columns: keyed.map((c) => c.name),
    adversarial,
    overlap: { rows: overlapping, share: evaluation.rows > 0 ? overlapping / evaluation.rows : 0, examples },
  };
}
