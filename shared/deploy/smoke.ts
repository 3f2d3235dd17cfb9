import { loadTable } from '../data/table.js';
import { metricNames } from '../metrics/definitions.js';
import { evaluateGates, parseGates, type GateResult } from '../metrics/gates.js';
import { computeMetrics } from '../metrics/score.js';
import type { Manifest } from '../model/package.js';
import { parseNumber } from '../model/preprocessing.js';
import { InputError, UserError } from '../runtime/errors.js';

/** What a smoke test checks: rows sent through the service, and the gates its answers must pass when the rows have labels. */
export interface SmokeSpec {
  /** CSV or JSON Lines rows (path or glob). */
  data: string;
  /** YAML map of metric → condition, as evaluate's gates (`accuracy: ">= 0.8"`); needs the target column. */
  gates?: string;
  cwd: string;
  /** Rows per request (default 64). */
  batchRows?: number;
  token?: string;
}

export interface SmokeResult {
  passed: boolean;
  rows: number;
  /** Why it failed, in one sentence. */
  reason?: string;
  metrics?: Record<string, number>;
  gates: GateResult[];
}

/** The gates are parsed before anything is deployed, so a typo fails the step with nothing changed. */
export function checkSmokeGates(gates: string | undefined, manifest: Manifest): void {
  if (!gates) return;
  if (!manifest.task) throw new InputError('smoke-gates need the model task; the package manifest has none.', 'smoke-gates');
  parseGates(gates, metricNames(manifest.task));
}

/**
 * Sends the smoke rows through the service's /predict route and checks every answer: a finite
 * prediction of the model's shape for every row, and, when the rows carry the target column,
 * the metrics against the gates. A service that errors or answers with NaN fails.
 */
export async function runSmokeTest(url: string, manifest: Manifest, spec: SmokeSpec): Promise<SmokeResult> {
  const features = manifest.preprocessing?.features.map((feature) => feature.name) ?? manifest.signature.inputs.map((input) => input.name);
  const table = await loadTable(spec.data, { cwd: spec.cwd });
  if (table.rows === 0) throw new InputError(`smoke-data ${spec.data} has no rows.`, 'smoke-data');
  const missing = features.filter((name) => !table.values.has(name));
  if (missing.length > 0) {
    throw new InputError(`smoke-data ${spec.data} lacks the model's feature column(s) ${missing.join(', ')}.`, 'smoke-data');
  }
  const task = manifest.task;
  const width = task === 'multiclass-classification' ? (manifest.classes?.length ?? 0) : 1;
  const outputs = new Float64Array(table.rows * width);
  const step = spec.batchRows ?? 64;
  for (let start = 0; start < table.rows; start += step) {
    const end = Math.min(table.rows, start + step);
    const records = [];
    for (let row = start; row < end; row++) {
      records.push(Object.fromEntries(features.map((name) => [name, table.values.get(name)![row]])));
    }
    let response: Response;
    try {
      response = await fetch(`${url}/predict`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}) },
        body: JSON.stringify(records),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      return failed(table.rows, `the service did not answer the smoke request for rows ${start + 1}–${end}: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as { predictions?: unknown[]; error?: string };
    if (response.status !== 200 || !Array.isArray(body.predictions)) {
      return failed(
        table.rows,
        `the service answered ${response.status} to the smoke rows ${table.locate(start)}…: ${body.error ?? 'no predictions'}`,
      );
    }
    if (body.predictions.length !== end - start) {
      return failed(table.rows, `the service returned ${body.predictions.length} predictions for ${end - start} rows.`);
    }
    for (let k = 0; k < body.predictions.length; k++) {
      const values = predictionValues(body.predictions[k], task);
      if (values.length !== width || !values.every((value) => typeof value === 'number' && Number.isFinite(value))) {
        return failed(
          table.rows,
          `the prediction for ${table.locate(start + k)} is ${JSON.stringify(body.predictions[k])}, not ${width} finite number(s).`,
        );
      }
      outputs.set(values as number[], (start + k) * width);
    }
  }
  if (!spec.gates) return { passed: true, rows: table.rows, gates: [] };
  if (!task || !manifest.target || !table.values.has(manifest.target)) {
    throw new InputError(
      `smoke-gates need labelled smoke-data: ${spec.data} has no "${manifest.target ?? 'target'}" column.`,
      'smoke-gates',
    );
  }
  const metrics = smokeMetrics(manifest, table.values.get(manifest.target)!, outputs, table.locate);
  const gates = evaluateGates(parseGates(spec.gates, metricNames(task)), metrics, undefined, 'smoke tests have no baseline');
  const failing = gates.filter((gate) => !gate.passed);
  return {
    passed: failing.length === 0,
    rows: table.rows,
    metrics,
    gates,
    reason: failing.length
      ? `smoke gate(s) failed: ${failing.map((g) => `${g.metric} ${g.condition} (got ${g.actual})`).join('; ')}`
      : undefined,
  };
}

function failed(rows: number, reason: string): SmokeResult {
  return { passed: false, rows, reason, gates: [] };
}

/** The numbers of one /predict answer: probability, class probabilities, or the value. */
function predictionValues(prediction: unknown, task: Manifest['task']): unknown[] {
  if (prediction === null || typeof prediction !== 'object') return [prediction];
  const object = prediction as Record<string, unknown>;
  if (task === 'multiclass-classification') return Array.isArray(object.probabilities) ? object.probabilities : [];
  return [task === 'regression' ? object.prediction : object.probability];
}

function smokeMetrics(
  manifest: Manifest,
  labels: (string | null)[],
  outputs: Float64Array,
  locate: (row: number) => string,
): Record<string, number> {
  const task = manifest.task!;
  if (task === 'regression') {
    const actual = labels.map((cell, row) => {
      const value = parseNumber(cell);
      if (!Number.isFinite(value)) throw new UserError(`smoke-data ${locate(row)}: the target is not a number.`);
      return value;
    });
    return computeMetrics({ task, data: { actual, predicted: outputs } }).metrics;
  }
  const classes = manifest.classes ?? [];
  const index = new Map(classes.map((label, i) => [label, i]));
  const encoded = labels.map((cell, row) => {
    const label = index.get(String(cell));
    if (label === undefined)
      throw new UserError(
        `smoke-data ${locate(row)}: the label ${JSON.stringify(cell)} is not one of the model's classes (${classes.join(', ')}).`,
      );
    return label;
  });
  const probabilities =
    task === 'binary-classification'
      ? Float64Array.from({ length: outputs.length * 2 }, (_, i) => (i % 2 ? outputs[i >> 1] : 1 - outputs[i >> 1]))
      : outputs;
  return computeMetrics({ task, data: { labels: encoded, probabilities, classes: classes.length } }).metrics;
}
