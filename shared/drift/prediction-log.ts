/**
 * The inference service's prediction log (shared/serve/README.md, "Prediction log") read as a
 * table: one row per line, the `features` object's keys as columns (raw values as the client
 * sent them), then `prediction` (a scalar: P(positive class) or the regressed value) and `label`
 * (a classifier's predicted class). Multiclass probability lists are left out; their `label` is
 * the prediction to compare.
 */
import { DataFileError } from '../data/errors.js';
import { hashNumber, hashText, NULL_MARKERS, parseNumberText, type Row } from '../data/row.js';

/** The columns a log line adds after its features. */
export const PREDICTION_LOG_COLUMNS = { prediction: 'prediction', label: 'label' } as const;

export interface PredictionLogLine {
  features: Record<string, unknown>;
  prediction?: unknown;
  label?: unknown;
  model?: unknown;
  version?: unknown;
}

/** Whether a parsed JSON value has the shape of a prediction log line. */
export function isPredictionLogLine(value: unknown): value is PredictionLogLine {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  const features = record.features;
  return features !== null && typeof features === 'object' && !Array.isArray(features) && 'prediction' in record;
}

type Cell = string | number | null;

/** Rows of a prediction log, pushed chunk by chunk like the CSV and JSON Lines readers. */
export class PredictionLogReader implements Row {
  private pending = '';
  private nextLine = 1;
  private values: Cell[] = [];
  private featureNames: string[] | undefined;
  private featureIndex = new Map<string, number>();
  private withPrediction = false;
  private withLabel = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly numberOut = { integer: false };
  /** Rows per `model@version` seen in the log. */
  readonly models = new Map<string, number>();
  line = 0;

  constructor(
    private readonly options: {
      file: string;
      /** Columns of an earlier file of the same log: every file must log the same features. */
      columns?: string[];
      onHeader: (columns: string[]) => void;
      onRow: (row: Row) => void;
    },
  ) {}

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
      throw new DataFileError('encoding', 'the prediction log is not valid UTF-8', this.options.file, this.nextLine);
    }
    this.pending += text;
    let from = 0;
    for (let nl = this.pending.indexOf('\n', from); nl >= 0; nl = this.pending.indexOf('\n', from)) {
      this.handle(this.pending.slice(from, nl));
      from = nl + 1;
    }
    this.pending = this.pending.slice(from);
  }

  finish(): void {
    if (this.pending) this.handle(this.pending);
    this.pending = '';
    if (!this.featureNames) throw new DataFileError('empty', 'the prediction log has no lines', this.options.file, 1);
  }

  private columnsOf(line: PredictionLogLine, lineNumber: number): string[] {
    const names = Object.keys(line.features);
    for (const extra of Object.values(PREDICTION_LOG_COLUMNS)) {
      if (names.includes(extra)) {
        throw new DataFileError(
          'header_mismatch',
          `a feature is called "${extra}", which the log's own "${extra}" field would hide; rename the feature`,
          this.options.file,
          lineNumber,
        );
      }
    }
    this.withPrediction = !Array.isArray(line.prediction);
    this.withLabel = 'label' in line;
    return [...names, ...(this.withPrediction ? ['prediction'] : []), ...(this.withLabel ? ['label'] : [])];
  }

  private handle(lineText: string): void {
    const lineNumber = this.nextLine++;
    const text = lineText.endsWith('\r') ? lineText.slice(0, -1) : lineText;
    if (text.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new DataFileError('invalid_json', `not valid JSON (${(error as Error).message})`, this.options.file, lineNumber);
    }
    if (!isPredictionLogLine(parsed)) {
      throw new DataFileError(
        'invalid_json',
        'not a prediction log line: expected an object with a "features" object and a "prediction" (the format in shared/serve/README.md)',
        this.options.file,
        lineNumber,
      );
    }
    if (!this.featureNames) {
      const columns = this.columnsOf(parsed, lineNumber);
      if (this.options.columns && columns.join('\u0000') !== this.options.columns.join('\u0000')) {
        throw new DataFileError(
          'header_mismatch',
          `the logged columns (${columns.join(', ')}) differ from the first file's (${this.options.columns.join(', ')}); read one model's log at a time`,
          this.options.file,
          lineNumber,
        );
      }
      this.featureNames = Object.keys(parsed.features);
      this.featureNames.forEach((name, i) => this.featureIndex.set(name, i));
      this.options.onHeader(columns);
    }
    const width = this.featureNames.length + Number(this.withPrediction) + Number(this.withLabel);
    const values: Cell[] = new Array(width).fill(null);
    for (const [key, value] of Object.entries(parsed.features)) {
      const at = this.featureIndex.get(key);
      if (at === undefined) {
        throw new DataFileError(
          'header_mismatch',
          `feature "${key}" is not among the first line's features (${this.featureNames.join(', ')}); read one model's log at a time`,
          this.options.file,
          lineNumber,
        );
      }
      values[at] = cell(value);
    }
    let next = this.featureNames.length;
    if (this.withPrediction) values[next++] = Array.isArray(parsed.prediction) ? null : cell(parsed.prediction);
    if (this.withLabel) values[next] = cell(parsed.label);
    const model = `${typeof parsed.model === 'string' ? parsed.model : '?'}@${parsed.version === undefined ? '?' : String(parsed.version)}`;
    this.models.set(model, (this.models.get(model) ?? 0) + 1);
    this.values = values;
    this.line = lineNumber;
    this.options.onRow(this);
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

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
