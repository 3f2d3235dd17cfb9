import { NULL_MARKERS } from '../data/row.js';
import { UserError } from '../runtime/errors.js';

/**
 * Everything needed to turn a raw row into model input, stored in the manifest so serving and
 * evaluation need no user code. Fitted on the training rows only.
 */
export interface NumericFeature {
  name: string;
  kind: 'numeric';
  /** Training mean; also the value missing cells are imputed with. */
  mean: number;
  /** Population standard deviation (ddof=0, as sklearn's StandardScaler); 1 when the column is constant. */
  std: number;
}

export interface CategoricalFeature {
  name: string;
  kind: 'categorical';
  /** One-hot columns in this order, then one more for values not seen in training (the unknown bucket). */
  categories: string[];
  /** The most frequent training value: what a missing cell is imputed with. */
  fill: string;
}

export type Feature = NumericFeature | CategoricalFeature;

export type Task = 'binary-classification' | 'multiclass-classification' | 'regression';

export interface TargetEncoding {
  name: string;
  task: Task;
  /** Class labels, index = encoded value (binary: classes[1] is the positive class). */
  classes?: string[];
  /** Regression targets are standardized for training; predictions are mapped back with these. */
  mean?: number;
  std?: number;
}

export interface PreprocessingSpec {
  features: Feature[];
  /** Width of the model input (numeric columns + one-hot columns with their unknown buckets). */
  inputSize: number;
  /** Names of the model input columns in order, e.g. `tenure`, `plan=basic`, `plan=<unknown>`. */
  inputNames: string[];
  target: TargetEncoding;
}

export type Cell = string | number | boolean | null | undefined;

export function isMissing(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'number') return Number.isNaN(cell);
  if (typeof cell === 'boolean') return false;
  return NULL_MARKERS.has(cell.trim());
}

/** The number in a cell, or NaN when it is not one (missing cells must be checked first). */
export function parseNumber(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'boolean' || cell === null || cell === undefined) return Number.NaN;
  const text = cell.trim();
  if (text === '') return Number.NaN;
  const value = Number(text);
  return Number.isFinite(value) ? value : Number.NaN;
}

function cellText(cell: Cell): string {
  return typeof cell === 'string' ? cell.trim() : String(cell);
}

/** Columns by name, each with one cell per row: the shape the data reader's Table has. */
export interface Columns {
  rows: number;
  values: Map<string, readonly Cell[]>;
}

/** Where a row came from, for messages ("data/train.csv:17"). */
export type RowLocator = (row: number) => string;

export interface FitOptions {
  features: string[];
  target: string;
  task: Task;
  /** Columns to treat as categorical even when every value is a number (zip codes, ids of a category). */
  categorical?: string[];
  /** Most frequent categories kept per column; rarer values share the unknown bucket. */
  maxCategories?: number;
  /** Positive class for binary targets (default: the second label in sorted order, as sklearn). */
  positiveClass?: string;
  /** Rows to fit on (default: all). */
  rows?: ArrayLike<number>;
  locate?: RowLocator;
}

/** Share of parseable cells above which a column is numeric, and anything else in it is a data error. */
const NUMERIC_SHARE = 0.9;

function rowsOf(columns: Columns, rows?: ArrayLike<number>): ArrayLike<number> {
  if (rows) return rows;
  const all = new Int32Array(columns.rows);
  for (let i = 0; i < all.length; i++) all[i] = i;
  return all;
}

function column(columns: Columns, name: string): readonly Cell[] {
  const values = columns.values.get(name);
  if (!values) throw new UserError(`column "${name}" is not in the data (columns: ${[...columns.values.keys()].join(', ')}).`);
  return values;
}

/** Sorts labels as sklearn's LabelEncoder would: numerically when they are all numbers. */
export function sortLabels(labels: Iterable<string>): string[] {
  const list = [...labels];
  if (list.every((label) => Number.isFinite(parseNumber(label)))) return list.sort((a, b) => parseNumber(a) - parseNumber(b));
  return list.sort();
}

/**
 * Decides a column's kind: numeric when (almost) every present cell is a number. A column that is
 * mostly numbers with a few words in it is an error in the data, reported with the first offender.
 */
function fitFeature(name: string, cells: readonly Cell[], rows: ArrayLike<number>, options: FitOptions): Feature {
  let present = 0;
  let numeric = 0;
  let firstBad = -1;
  let sum = 0;
  for (let k = 0; k < rows.length; k++) {
    const cell = cells[rows[k]];
    if (isMissing(cell)) continue;
    present++;
    const value = parseNumber(cell);
    if (Number.isNaN(value)) {
      if (firstBad < 0) firstBad = rows[k];
    } else {
      numeric++;
      sum += value;
    }
  }
  if (present === 0) {
    throw new UserError(`feature "${name}" is empty in every training row: drop it (features.exclude) or fix the data.`);
  }
  const forcedCategorical = options.categorical?.includes(name) ?? false;
  if (!forcedCategorical && numeric === present) {
    const mean = sum / numeric;
    let squares = 0;
    for (let k = 0; k < rows.length; k++) {
      const cell = cells[rows[k]];
      if (isMissing(cell)) continue;
      const d = parseNumber(cell) - mean;
      squares += d * d;
    }
    const std = Math.sqrt(squares / numeric);
    return { name, kind: 'numeric', mean, std: std > 0 ? std : 1 };
  }
  if (!forcedCategorical && numeric / present >= NUMERIC_SHARE) {
    const where = options.locate ? `${options.locate(firstBad)}: ` : '';
    throw new UserError(
      `${where}non-numeric value "${cellText(cells[firstBad])}" in numeric column "${name}" (${present - numeric} of ${present} values are not numbers). Fix the data, or list the column under categorical: in the config.`,
    );
  }
  const counts = new Map<string, number>();
  for (let k = 0; k < rows.length; k++) {
    const cell = cells[rows[k]];
    if (isMissing(cell)) continue;
    const text = cellText(cell);
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  // Most frequent first, ties by name, so the vocabulary does not depend on row order.
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const kept = ranked.slice(0, options.maxCategories ?? 50).map(([value]) => value);
  return { name, kind: 'categorical', categories: sortLabels(kept), fill: ranked[0][0] };
}

function fitTarget(cells: readonly Cell[], rows: ArrayLike<number>, options: FitOptions): TargetEncoding {
  const { target: name, task } = options;
  if (task === 'regression') {
    let sum = 0;
    let n = 0;
    for (let k = 0; k < rows.length; k++) {
      const value = parseNumber(cells[rows[k]]);
      if (Number.isNaN(value)) {
        const where = options.locate ? `${options.locate(rows[k])}: ` : '';
        throw new UserError(
          `${where}target "${name}" has the non-numeric value "${cellText(cells[rows[k]])}", but the task is regression.`,
        );
      }
      sum += value;
      n++;
    }
    const mean = sum / n;
    let squares = 0;
    for (let k = 0; k < rows.length; k++) squares += (parseNumber(cells[rows[k]]) - mean) ** 2;
    const std = Math.sqrt(squares / n);
    if (!(std > 0)) throw new UserError(`target "${name}" is constant (${mean}) in the training rows: there is nothing to learn.`);
    return { name, task, mean, std };
  }
  const labels = new Set<string>();
  for (let k = 0; k < rows.length; k++) labels.add(cellText(cells[rows[k]]));
  let classes = sortLabels(labels);
  if (classes.length < 2)
    throw new UserError(`target "${name}" is constant ("${classes[0]}") in the training rows: there is nothing to learn.`);
  if (task === 'binary-classification') {
    if (classes.length > 2) {
      throw new UserError(
        `target "${name}" has ${classes.length} classes (${classes.slice(0, 5).join(', ')}…) but task is binary-classification; use multiclass-classification.`,
      );
    }
    if (options.positiveClass !== undefined) {
      const positive = options.positiveClass;
      if (!classes.includes(positive))
        throw new UserError(`positive_class "${positive}" is not a value of target "${name}" (values: ${classes.join(', ')}).`);
      classes = [classes.find((c) => c !== positive)!, positive];
    }
  }
  return { name, task, classes };
}

/** Learns the preprocessing from the training rows. Rows whose target is missing must already be dropped. */
export function fitPreprocessing(columns: Columns, options: FitOptions): PreprocessingSpec {
  const rows = rowsOf(columns, options.rows);
  const features = options.features.map((name) => fitFeature(name, column(columns, name), rows, options));
  const target = fitTarget(column(columns, options.target), rows, options);
  const inputNames: string[] = [];
  for (const feature of features) {
    if (feature.kind === 'numeric') inputNames.push(feature.name);
    else inputNames.push(...feature.categories.map((c) => `${feature.name}=${c}`), `${feature.name}=<unknown>`);
  }
  return { features, inputSize: inputNames.length, inputNames, target };
}

/**
 * Raw rows to model input: a row-major Float32Array of `rows × spec.inputSize`. Unknown
 * categories go to the unknown bucket; missing cells are imputed as fitted; a cell that should be
 * a number and is not is an error naming the row.
 */
export function applyPreprocessing(
  spec: PreprocessingSpec,
  columns: Columns,
  options: { rows?: ArrayLike<number>; locate?: RowLocator } = {},
): Float32Array {
  const rows = rowsOf(columns, options.rows);
  const width = spec.inputSize;
  const out = new Float32Array(rows.length * width);
  let offset = 0;
  for (const feature of spec.features) {
    const cells = columns.values.get(feature.name);
    if (!cells)
      throw new UserError(
        `the data has no column "${feature.name}", which the model needs as input (columns: ${[...columns.values.keys()].join(', ')}).`,
      );
    if (feature.kind === 'numeric') {
      for (let k = 0; k < rows.length; k++) {
        const cell = cells[rows[k]];
        let value = feature.mean;
        if (!isMissing(cell)) {
          value = parseNumber(cell);
          if (Number.isNaN(value)) {
            const where = options.locate ? `${options.locate(rows[k])}: ` : `row ${rows[k] + 1}: `;
            throw new UserError(`${where}non-numeric value "${cellText(cell)}" in numeric column "${feature.name}".`);
          }
        }
        out[k * width + offset] = (value - feature.mean) / feature.std;
      }
      offset++;
    } else {
      const index = new Map(feature.categories.map((c, i) => [c, i]));
      const unknown = feature.categories.length;
      for (let k = 0; k < rows.length; k++) {
        const cell = cells[rows[k]];
        const text = isMissing(cell) ? feature.fill : cellText(cell);
        out[k * width + offset + (index.get(text) ?? unknown)] = 1;
      }
      offset += unknown + 1;
    }
  }
  return out;
}

/** Rows given as objects (JSON requests, JSON Lines) in the column shape applyPreprocessing takes. */
export function recordsToColumns(records: readonly Record<string, Cell>[], names: readonly string[]): Columns {
  const values = new Map<string, Cell[]>();
  for (const name of names)
    values.set(
      name,
      records.map((record) => record[name]),
    );
  return { rows: records.length, values };
}

/**
 * The training target as numbers: class index for classification, standardized value for
 * regression. A label the encoding does not know is an error naming the row.
 */
export function encodeTarget(
  target: TargetEncoding,
  columns: Columns,
  options: { rows?: ArrayLike<number>; locate?: RowLocator } = {},
): Float32Array {
  const rows = rowsOf(columns, options.rows);
  const cells = column(columns, target.name);
  const out = new Float32Array(rows.length);
  if (target.task === 'regression') {
    for (let k = 0; k < rows.length; k++) out[k] = (parseNumber(cells[rows[k]]) - target.mean!) / target.std!;
    return out;
  }
  const index = new Map(target.classes!.map((c, i) => [c, i]));
  for (let k = 0; k < rows.length; k++) {
    const label = cellText(cells[rows[k]]);
    const value = index.get(label);
    if (value === undefined) {
      const where = options.locate ? `${options.locate(rows[k])}: ` : `row ${rows[k] + 1}: `;
      throw new UserError(
        `${where}target "${target.name}" has the label "${label}", which the model was not trained on (classes: ${target.classes!.join(', ')}).`,
      );
    }
    out[k] = value;
  }
  return out;
}
