import type { DataProfile } from '../data/profile.js';
import type { Limit } from '../report/markdown.js';
import { InputError, UserError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import { adversarialValidation, type AdversarialColumn } from './adversarial.js';
import { compareProfiles, type DriftOptions, type DriftReport } from './compare.js';
import {
  MONITOR_REPORT_KIND,
  renderMonitorMarkdown,
  renderMonitorPrometheus,
  summarizeDrift,
  type MonitorReport,
} from './monitor-report.js';
import { measurePerformance } from './performance.js';
import { loadCurrent, loadReference, scanReferenceData, type CurrentFormat, type ResolveReference } from './sources.js';

/** Rows kept from each side for the multivariate check (a uniform sample of the whole data). */
export const MONITOR_SAMPLE_ROWS = 5000;

/**
 * What monitor compares and how. Each field is one of monitor's inputs; errors are `InputError`s
 * naming that input (`reference`, `reference-data`, `current`, `model`, `method`, `threshold`,
 * `drift-share`, `label-column`, `prediction-column`).
 */
export interface MonitorOptions {
  /** A data profile JSON, a data file or glob, a package folder, or a model reference (`name@alias`, `name/vN`). */
  reference: string;
  /** Raw reference rows for the multivariate check when the reference is a profile or a package. */
  referenceData?: string;
  /** Resolves a package folder or a registry reference (the step passes the registry resolver). */
  resolveReference: ResolveReference;
  /** Paths or globs of the current data, read as one dataset. */
  current: readonly string[];
  currentFormat: CurrentFormat | 'auto';
  /** The model's name; default: the reference package's, else `model`. */
  model?: string;
  environment: string;
  /** The parsed `method` (`parseDriftMethod`). */
  method: Pick<DriftOptions, 'method' | 'columns'>;
  /** Replaces every test's default threshold. */
  threshold?: number;
  driftShare: number;
  minEffect: number;
  predictionColumn?: string;
  labelColumn?: string;
  multivariate: boolean;
  multivariateThreshold: number;
  run: MonitorReport['run'];
  cwd: string;
  /** The markdown's limit (the job summary's, with where the whole report is). */
  markdownLimit?: Limit;
  io?: StepIO;
  now?: Date;
}

export interface MonitorResult {
  report: MonitorReport;
  /** The report as markdown, fitted under `markdownLimit`. */
  markdown: string;
  /** The report in Prometheus' text exposition format. */
  prometheus: string;
}

/** A user error from the drift comparison, named after the input it comes from. */
function asInputError(error: unknown, thresholdGiven: boolean): unknown {
  if (!(error instanceof UserError) || error instanceof InputError) return error;
  const message = error.message;
  const input = /^The threshold/.test(message) && thresholdGiven ? 'threshold' : /drift-share/.test(message) ? 'drift-share' : 'method';
  return new InputError(message.startsWith('input "') ? message : `input "${input}": ${message}`, input);
}

/**
 * monitor's whole computation, before anything is written: the reference and current data read,
 * every column compared, prediction drift, performance (labelled, or estimated from
 * probabilities), the multivariate check, and the report with its markdown and Prometheus text.
 */
export async function monitorData(options: MonitorOptions): Promise<MonitorResult> {
  const { cwd, io, labelColumn } = options;
  const sampleRows = options.multivariate ? MONITOR_SAMPLE_ROWS : 0;

  const reference = await loadReference(options.reference, { cwd, sampleRows, resolveReference: options.resolveReference });
  if (options.referenceData) {
    if (reference.kind === 'data') io?.info('reference-data is ignored: the reference is raw data already.');
    else if (options.multivariate)
      reference.sample = (await scanReferenceData(options.referenceData, { cwd, sampleRows, input: 'reference-data' })).sample;
  }
  const model = (options.model ?? reference.name ?? '').trim() || 'model';
  if (/[\r\n]/.test(model)) throw new InputError('input "model" must be one line of text.', 'model');
  const referenceColumns = new Set(reference.profile.columns.map((c) => c.name));

  const loaded = await loadCurrent(options.current, {
    cwd,
    format: options.currentFormat,
    reference: reference.profile,
    sampleRows: options.multivariate && reference.sample !== null ? MONITOR_SAMPLE_ROWS : 0,
    labelColumn,
    predictionColumn: options.predictionColumn,
    io,
  });
  const { format, scanned, files } = loaded;
  let current: DataProfile = loaded.profile;
  let predictionColumn = options.predictionColumn ?? (format === 'prediction-log' ? 'prediction' : undefined);
  if (scanned && predictionColumn && !scanned.columns.includes(predictionColumn)) predictionColumn = undefined;

  // Prediction drift needs the prediction on both sides; a prediction log against training data
  // compares the predicted class with the training labels instead.
  let prediction: MonitorReport['prediction'] = null;
  if (predictionColumn && referenceColumns.has(predictionColumn))
    prediction = { column: predictionColumn, comparedWith: 'reference predictions' };
  else if (
    format === 'prediction-log' &&
    !options.predictionColumn &&
    reference.target &&
    referenceColumns.has(reference.target) &&
    current.columns.some((c) => c.name === 'label') &&
    !current.columns.some((c) => c.name === reference.target)
  ) {
    current = { ...current, columns: current.columns.map((c) => (c.name === 'label' ? { ...c, name: reference.target! } : c)) };
    prediction = { column: reference.target, comparedWith: 'reference target' };
    io?.info(
      `The log's predicted classes (label) are compared with the training labels (${reference.target}): prediction drift against the reference's target.`,
    );
  } else if (predictionColumn && options.predictionColumn) {
    io?.warning(
      `prediction-column "${predictionColumn}" is not a column of the reference, so prediction drift cannot be compared (the reference needs the model's predictions too); it is used for performance only.`,
    );
  }

  const driftOptions: DriftOptions = {
    ...options.method,
    threshold: options.threshold,
    driftShare: options.driftShare,
    minEffect: { numeric: options.minEffect, categorical: options.minEffect },
    predictionColumn: prediction?.column,
  };
  for (const column of Object.keys(options.method.columns ?? {})) {
    if (!referenceColumns.has(column)) {
      throw new InputError(
        `input "method" names the column "${column}", which the reference does not have (columns: ${[...referenceColumns].slice(0, 30).join(', ')}).`,
        'method',
      );
    }
  }
  let drift: DriftReport;
  try {
    drift = compareProfiles(reference.profile, current, driftOptions);
  } catch (error) {
    throw asInputError(error, options.threshold !== undefined);
  }

  // Performance: labelled, or estimated from probabilities.
  let performance: MonitorReport['performance'] = null;
  const predictions =
    options.predictionColumn || format === 'prediction-log' ? scanned?.kept.get(options.predictionColumn ?? 'prediction') : undefined;
  if (scanned && predictions) {
    performance = measurePerformance({
      predictions,
      labels: labelColumn ? (scanned.kept.get(labelColumn) ?? null) : null,
      predictionColumn: options.predictionColumn ?? 'prediction',
      labelColumn: labelColumn ?? null,
      task: reference.task,
      classes: reference.classes,
      referenceMetrics: reference.metrics,
    });
  } else if (labelColumn) {
    io?.warning(
      format === 'profile'
        ? 'label-column is ignored: performance needs the rows, and the current data are profiles.'
        : "label-column needs prediction-column (the model's predictions in the current data) to measure performance.",
    );
  }

  // The multivariate check.
  let multivariate: MonitorReport['multivariate'] = null;
  if (options.multivariate) {
    const sample = scanned?.sample ?? null;
    if (!reference.sample) multivariate = { skipped: 'no raw reference rows (give reference-data, or a data file as reference)' };
    else if (!sample) multivariate = { skipped: 'the current data are profiles, not rows' };
    else {
      const exclude = new Set([prediction?.column, predictionColumn, labelColumn, 'prediction', 'label'].filter(Boolean));
      const columns: AdversarialColumn[] = drift.columns
        .filter((c) => !exclude.has(c.column) && reference.sample!.columns.includes(c.column) && sample.columns.includes(c.column))
        .map((c) => ({ name: c.column, kind: c.kind }));
      try {
        multivariate = adversarialValidation(reference.sample, sample, columns, { threshold: options.multivariateThreshold });
      } catch (error) {
        multivariate = { skipped: (error as Error).message };
      }
    }
  }

  const { environment } = options;
  const driftDetected = drift.datasetDrift || (multivariate !== null && multivariate.skipped === undefined && multivariate.drifted);
  const report: MonitorReport = {
    schemaVersion: 1,
    kind: MONITOR_REPORT_KIND,
    model,
    environment,
    driftDetected,
    summary: summarizeDrift({ model, environment, drift, multivariate }),
    createdAt: (options.now ?? new Date()).toISOString(),
    run: options.run,
    reference: {
      input: options.reference,
      kind: reference.kind,
      rows: reference.profile.table.rows,
      tag: reference.tag ?? null,
      version: reference.version ?? null,
      releaseUrl: reference.releaseUrl ?? null,
    },
    current: { input: options.current.join('\n'), kind: format, rows: current.table.rows, files, models: scanned?.models ?? null },
    prediction,
    drift,
    performance,
    multivariate,
  };
  return {
    report,
    markdown: renderMonitorMarkdown(report, options.markdownLimit).markdown,
    prometheus: renderMonitorPrometheus(report, options.now),
  };
}
