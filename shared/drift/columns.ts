/**
 * A profile of columns already in memory (a service's predictions, a generated sample), made by
 * the same profiler a CSV goes through, so it compares with file profiles on equal terms.
 */
import { ProfileBuilder, type DataProfile } from '../data/profile.js';
import { hashNumber, hashText, type Row } from '../data/row.js';

export type ColumnValues = ArrayLike<number> | readonly (string | number | boolean | null | undefined)[];

type Cell = string | number | boolean | null | undefined;

/** A row view over the i-th value of each column: missing is null, undefined, NaN or an empty string. */
class ArrayRow implements Row {
  line = 0;
  lastWasInteger = false;
  private index = 0;

  constructor(private readonly columns: readonly ColumnValues[]) {}

  get fieldCount(): number {
    return this.columns.length;
  }

  at(index: number): this {
    this.index = index;
    this.line = index + 2;
    return this;
  }

  private cell(column: number): Cell {
    return this.columns[column][this.index] as Cell;
  }

  isNull(column: number): boolean {
    const value = this.cell(column);
    return value === null || value === undefined || value === '' || (typeof value === 'number' && Number.isNaN(value));
  }

  number(column: number): number {
    const value = this.cell(column);
    if (typeof value !== 'number' || !Number.isFinite(value)) return Number.NaN;
    this.lastWasInteger = Number.isInteger(value);
    return value;
  }

  text(column: number): string {
    return String(this.cell(column));
  }

  hash(column: number): number {
    const value = this.cell(column);
    return typeof value === 'number' ? hashNumber(value) : hashText(String(value));
  }

  textHash(column: number): number {
    return hashText(this.text(column));
  }
}

/**
 * The DataProfile of named columns of equal length. Numbers are numeric values; strings and
 * booleans are text (as a CSV cell `true` would be). `reference` lines histograms up with it.
 */
export function profileColumns(columns: Record<string, ColumnValues>, options: { reference?: DataProfile } = {}): DataProfile {
  const names = Object.keys(columns);
  const values = names.map((name) => columns[name]);
  const rows = values.length > 0 ? values[0].length : 0;
  for (const [i, column] of values.entries()) {
    if (column.length !== rows) throw new Error(`column ${names[i]} has ${column.length} values, ${names[0]} has ${rows}`);
  }
  const builder = new ProfileBuilder(names);
  const row = new ArrayRow(values);
  for (let i = 0; i < rows; i++) builder.add(row.at(i));
  const edges = options.reference
    ? new Map(options.reference.columns.filter((c) => c.histogram).map((c) => [c.name, c.histogram!.edges]))
    : undefined;
  return builder.finish({ fingerprint: '', files: [], bytes: 0 }, { histogramEdges: edges });
}
