import { DataFileError } from './errors.js';
import { hashNumber, hashText, NULL_MARKERS, parseNumberText, type Row } from './row.js';

export type JsonCell = string | number | null;

/** A JSON value as a table cell: numbers and strings as they are, booleans as text, nested values as JSON text. */
export function jsonCell(value: unknown): JsonCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * A streamed file of one JSON value per line, read as table rows: UTF-8 decoding across chunks,
 * line splitting, `file:line` errors and the Row interface over the current line's cells. A
 * subclass turns each parsed line into cells (`take`) and says what an empty file means.
 */
export abstract class JsonLineRows implements Row {
  private pending = '';
  private nextLine = 1;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly numberOut = { integer: false };
  protected values: JsonCell[] = [];
  line = 0;

  constructor(
    protected readonly file: string,
    private readonly what: string,
  ) {}

  /** One parsed line: set `values` from it and hand the row on; or throw a DataFileError naming `line`. */
  protected abstract take(parsed: unknown, line: number): void;
  /** Called at the end of the file; throws when no line was read. */
  protected abstract end(): void;

  get fieldCount(): number {
    return this.values.length;
  }
  get lastWasInteger(): boolean {
    return this.numberOut.integer;
  }

  push(chunk: Buffer): void {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw new DataFileError(
        'encoding',
        `${this.what} is not valid UTF-8. Re-save it as UTF-8`,
        this.file,
        this.nextLine + (this.pending.match(/\n/g)?.length ?? 0),
      );
    }
    if (this.nextLine === 1 && this.pending === '' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    this.pending += text;
    let from = 0;
    for (let nl = this.pending.indexOf('\n', from); nl >= 0; nl = this.pending.indexOf('\n', from)) {
      this.handle(this.pending.slice(from, nl));
      from = nl + 1;
    }
    this.pending = this.pending.slice(from);
  }

  finish(): void {
    try {
      this.decoder.decode();
    } catch {
      throw new DataFileError('encoding', `${this.what} ends inside a UTF-8 character. Re-save it as UTF-8`, this.file, this.nextLine);
    }
    if (this.pending) this.handle(this.pending);
    this.pending = '';
    this.end();
  }

  private handle(lineText: string): void {
    const line = this.nextLine++;
    const text = lineText.endsWith('\r') ? lineText.slice(0, -1) : lineText;
    if (text.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new DataFileError(
        'invalid_json',
        `not valid JSON (${(error as Error).message}). Each line must be one JSON object`,
        this.file,
        line,
      );
    }
    this.take(parsed, line);
  }

  isNull(index: number): boolean {
    const value = this.values[index];
    return value === null || (typeof value === 'string' && NULL_MARKERS.has(value));
  }

  number(index: number): number {
    const value = this.values[index];
    if (typeof value === 'number') {
      this.numberOut.integer = Number.isInteger(value);
      return value;
    }
    return value === null ? Number.NaN : parseNumberText(value, this.numberOut);
  }

  text(index: number): string {
    const value = this.values[index];
    return value === null ? '' : String(value);
  }

  hash(index: number): number {
    const value = this.number(index);
    return Number.isNaN(value) ? hashText(this.text(index)) : hashNumber(value);
  }

  textHash(index: number): number {
    return hashText(this.text(index));
  }
}

/**
 * JSON Lines: one object per line. Columns are the first object's keys; a missing key is a
 * missing value, and a key the first object did not have is an error (the table has a fixed
 * set of columns). Numbers, strings and booleans are cells; nested values are kept as JSON text.
 */
export class JsonLinesReader extends JsonLineRows {
  private columns: string[] | undefined;
  private index = new Map<string, number>();

  constructor(private readonly options: { file: string; onHeader: (columns: string[]) => void; onRow: (row: Row) => void }) {
    super(options.file, 'the file');
  }

  protected end(): void {
    if (!this.columns) throw new DataFileError('empty', 'the file is empty: expected one JSON object per line', this.file, 1);
  }

  protected take(parsed: unknown, line: number): void {
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new DataFileError('invalid_json', 'each line must be a JSON object ({"column": value, …})', this.file, line);
    const record = parsed as Record<string, unknown>;
    if (!this.columns) {
      this.columns = Object.keys(record);
      this.columns.forEach((name, i) => this.index.set(name, i));
      this.options.onHeader(this.columns);
    }
    const values: JsonCell[] = new Array(this.columns.length).fill(null);
    for (const [key, value] of Object.entries(record)) {
      const at = this.index.get(key);
      if (at === undefined)
        throw new DataFileError(
          'header_mismatch',
          `key "${key}" is not in the first line's keys (${this.columns.join(', ')}). Every line must use the same columns`,
          this.file,
          line,
        );
      values[at] = value === null || value === undefined ? null : typeof value === 'number' ? value : jsonCell(value);
    }
    this.values = values;
    this.line = line;
    this.options.onRow(this);
  }
}
