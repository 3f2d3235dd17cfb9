import { applyPreprocessing, isMissing, parseNumber, type Cell, type Columns } from '../model/preprocessing.js';
import { closest } from '../runtime/suggest.js';
import { RequestError } from './request-error.js';
import type { ServedModel } from './served-model.js';

/**
 * Raw feature values from a request → model input. Every protocol ends here, so the checks
 * (names, types, finiteness) and their messages are the same whichever protocol a client speaks.
 */

/** Columns whose cells a protocol may still rewrite (e.g. unwrap one-element lists). */
export interface CellColumns {
  rows: number;
  values: Map<string, Cell[]>;
}

/** Unknown names listed one by one in a message; the rest are counted. */
const MAX_NAMED = 5;

/** The largest magnitude a float32 model input can hold; beyond it the input becomes Infinity. */
const FLOAT32_MAX = 3.4028234663852886e38;

/** Names a request gave for its columns, checked against the model's features: none missing, none extra. */
export function checkFeatureNames(model: ServedModel, given: Iterable<string>): void {
  const seen = new Set<string>();
  const unknown: string[] = [];
  for (const name of given) {
    if (seen.has(name)) throw new RequestError(`feature "${clip(name)}" is given twice.`);
    seen.add(name);
    if (!model.featureIndex.has(name)) unknown.push(name);
  }
  const missing = model.featureNames.filter((name) => !seen.has(name));
  if (unknown.length === 0 && missing.length === 0) return;
  const parts: string[] = [];
  if (unknown.length > 0) {
    // Suggestions cost an edit distance each: only for a few short names, so a hostile body stays cheap.
    const hints = unknown.slice(0, MAX_NAMED).map((name) => {
      const shown = `"${clip(name)}"`;
      const hint = name.length <= 64 ? closest(name, missing.length > 0 ? missing : model.featureNames) : undefined;
      return hint ? `${shown} (did you mean "${hint}"?)` : shown;
    });
    if (unknown.length > MAX_NAMED) hints.push(`and ${unknown.length - MAX_NAMED} more`);
    parts.push(`unknown feature${unknown.length > 1 ? 's' : ''} ${hints.join(', ')}`);
  }
  if (missing.length > 0) parts.push(`missing feature${missing.length > 1 ? 's' : ''} ${quoteList(missing)}`);
  throw new RequestError(`${parts.join('; ')}. Model ${model.name} takes: ${model.featureNames.join(', ')}.`);
}

/**
 * Checks every cell, then applies the package's preprocessing. Missing values (null, NaN, "",
 * "NA" …) are imputed as in training; a value the model cannot take is a 400 naming row and feature.
 */
export function modelInput(model: ServedModel, columns: Columns): Float32Array {
  if (columns.rows === 0) throw new RequestError('the request has no rows to predict.');
  for (const feature of model.features) {
    const cells = columns.values.get(feature.name);
    if (!cells) throw new RequestError(`missing feature "${feature.name}".`);
    if (cells.length !== columns.rows) {
      throw new RequestError(`feature "${feature.name}" has ${cells.length} values but the request has ${columns.rows} rows.`);
    }
    for (let row = 0; row < cells.length; row++) {
      const cell = cells[row];
      const type = typeof cell;
      if (cell !== null && cell !== undefined && type !== 'string' && type !== 'number' && type !== 'boolean') {
        throw new RequestError(
          `row ${row + 1}: feature "${feature.name}" must be a number, a string or null, not ` +
            `${Array.isArray(cell) ? 'a list' : type === 'object' ? 'an object' : type}.`,
        );
      }
      if (feature.kind !== 'numeric' || isMissing(cell)) continue;
      if (type === 'boolean') {
        throw new RequestError(`row ${row + 1}: feature "${feature.name}" is numeric; ${cell} is not a number.`);
      }
      const value = type === 'number' ? (cell as number) : parseNumber(cell);
      if (Number.isNaN(value)) {
        const text = String(cell).trim();
        const reason = Number.isNaN(Number(text)) ? 'is not a number' : 'is not a finite number';
        throw new RequestError(`row ${row + 1}: feature "${feature.name}" is numeric; "${clip(text)}" ${reason}.`);
      }
      if (!Number.isFinite(value) || Math.abs((value - feature.mean) / feature.std) > FLOAT32_MAX) {
        throw new RequestError(
          `row ${row + 1}: feature "${feature.name}" = ${value} is not a finite number the model ` + 'can take (its input is float32).',
        );
      }
    }
  }
  try {
    return applyPreprocessing(model.predictor.preprocessing, columns);
  } catch (error) {
    // The checks above should leave nothing for preprocessing to refuse; if it does, it is still the request's fault.
    throw new RequestError((error as Error).message);
  }
}

/** Rows given as objects keyed by feature name: names checked on every row, then gathered into columns. */
export function recordsToCheckedColumns(model: ServedModel, records: readonly unknown[], what = 'record'): CellColumns {
  const names = model.featureNames;
  const values = new Map<string, Cell[]>();
  for (const name of names) values.set(name, new Array<Cell>(records.length));
  for (let row = 0; row < records.length; row++) {
    const record = records[row];
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      throw new RequestError(`${what} ${row + 1} must be an object keyed by feature name, not ${describe(record)}.`);
    }
    const keys = Object.keys(record);
    if (keys.length !== names.length || keys.some((key) => !model.featureIndex.has(key))) {
      try {
        checkFeatureNames(model, keys);
      } catch (error) {
        throw new RequestError(`${what} ${row + 1}: ${(error as Error).message}`);
      }
    }
    for (const name of names) values.get(name)![row] = (record as Record<string, Cell>)[name];
  }
  return { rows: records.length, values };
}

/** Rows given as lists of values in the model's feature order. */
export function arraysToCheckedColumns(model: ServedModel, rowsIn: readonly unknown[], what = 'instance'): CellColumns {
  const names = model.featureNames;
  const values = new Map<string, Cell[]>();
  for (const name of names) values.set(name, new Array<Cell>(rowsIn.length));
  for (let row = 0; row < rowsIn.length; row++) {
    const cells = rowsIn[row];
    if (!Array.isArray(cells)) throw new RequestError(`${what} ${row + 1} must be a list of ${names.length} values.`);
    if (cells.length !== names.length) {
      throw new RequestError(
        `${what} ${row + 1} has ${cells.length} values; model ${model.name} takes ${names.length} ` +
          `features, in this order: ${names.join(', ')}.`,
      );
    }
    for (let i = 0; i < names.length; i++) values.get(names[i])![row] = cells[i] as Cell;
  }
  return { rows: rowsIn.length, values };
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string "${clip(value)}"`;
  return `${typeof value} ${String(value)}`;
}

function clip(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function quoteList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
