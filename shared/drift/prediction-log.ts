/**
 * The inference service's prediction log (shared/serve/README.md, "Prediction log") read as a
 * table: one row per line, the `features` object's keys as columns (raw values as the client
 * sent them), then `prediction` (a scalar: P(positive class) or the regressed value) and `label`
 * (a classifier's predicted class). Multiclass probability lists are left out; their `label` is
 * the prediction to compare.
 */
import { DataFileError } from '../data/errors.js';
import { type JsonCell, JsonLineRows, jsonCell } from '../data/jsonl.js';
import type { Row } from '../data/row.js';

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

/** Rows of a prediction log, pushed chunk by chunk like the CSV and JSON Lines readers. */
export class PredictionLogReader extends JsonLineRows {
  private featureNames: string[] | undefined;
  private featureIndex = new Map<string, number>();
  private withPrediction = false;
  private withLabel = false;
  /** Rows per `model@version` seen in the log. */
  readonly models = new Map<string, number>();

  constructor(
    private readonly options: {
      file: string;
      /** Columns of an earlier file of the same log: every file must log the same features. */
      columns?: string[];
      onHeader: (columns: string[]) => void;
      onRow: (row: Row) => void;
    },
  ) {
    super(options.file, 'the prediction log');
  }

  protected end(): void {
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

  protected take(parsed: unknown, lineNumber: number): void {
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
    const values: JsonCell[] = new Array(width).fill(null);
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
      values[at] = jsonCell(value);
    }
    let next = this.featureNames.length;
    if (this.withPrediction) values[next++] = Array.isArray(parsed.prediction) ? null : jsonCell(parsed.prediction);
    if (this.withLabel) values[next] = jsonCell(parsed.label);
    const model = `${typeof parsed.model === 'string' ? parsed.model : '?'}@${parsed.version === undefined ? '?' : String(parsed.version)}`;
    this.models.set(model, (this.models.get(model) ?? 0) + 1);
    this.values = values;
    this.line = lineNumber;
    this.options.onRow(this);
  }
}
