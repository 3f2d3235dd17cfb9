import type { FeatureGroup } from '../metrics/importance.js';
import { explainedOutput, kernelShap, linearShap, meanAbsolute, sampleRows, type ShapResult } from '../metrics/shap.js';
import type { PackagePredictor } from '../model/predictor.js';
import { applyPreprocessing, type Task } from '../model/preprocessing.js';
import { InputError } from '../runtime/errors.js';
import { closest } from '../runtime/suggest.js';
import type { LabelledTable, Truth } from './score.js';

/** The `explain` input: off, every feature, or the features to explain (the others are one player). */
export type ExplainRequest = false | { features?: string[] };

export const OTHER_FEATURES = '(other features)';

const INPUT = 'explain';

/** Parses `explain` against the candidate's raw features; an unknown feature is an error naming the known ones. */
export function parseExplain(text: string | undefined, features: readonly string[]): ExplainRequest {
  const value = (text ?? '').trim();
  if (value === '' || /^(false|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on|all)$/i.test(value)) return {};
  const names = value
    .split(/[,\n]/)
    .map((name) => name.trim())
    .filter(Boolean);
  for (const name of names) {
    if (!features.includes(name)) {
      const suggestion = closest(name, features) ?? features.find((f) => f.startsWith(name) || name.startsWith(f));
      throw new InputError(
        `input "explain": the model has no feature "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; its features are ${features.join(', ')}. Give \`true\` to explain all of them.`,
        INPUT,
      );
    }
  }
  return { features: [...new Set(names)] };
}

export interface ModelExplanation {
  /** `linear`: closed form; `kernel`: Kernel SHAP. */
  method: 'linear' | 'kernel';
  /** Every coalition enumerated (exact Shapley values), or the closed form. */
  exact: boolean;
  coalitions: number;
  modelCalls: number;
  modelRows: number;
  /** Mean over the explained rows of E_b[g(b)] (the expected explained output). */
  expected: number;
  /** Mean |SHAP| per feature, largest first. */
  importance: { feature: string; meanAbs: number }[];
}

export interface ExplainedError {
  /** `file:line` of the row. */
  row: string;
  actual: string;
  predicted: string;
  /** Probability of the predicted class (classification), or |error| (regression). */
  confidence: number;
  /** g(x) and E[g], in `unit`. */
  prediction: number;
  expected: number;
  /** Largest attributions first, with the raw value of the row. */
  contributions: { feature: string; value: string; shap: number }[];
}

export interface Explanations {
  /** What the attributions are in: `log-odds of churned = 1`, `log-probability of the predicted class`, `prediction`. */
  unit: string;
  rows: number;
  background: number;
  seed: number;
  features: string[];
  candidate: ModelExplanation;
  baseline?: ModelExplanation;
  /** The candidate's most confident errors among the explained rows, explained. */
  errors: ExplainedError[];
}

export interface ExplainOptions {
  request: { features?: string[] };
  table: LabelledTable;
  truth: Truth;
  task: Task;
  /** The target column (named in the unit). */
  target: string;
  candidate: { predictor: PackagePredictor; outputs: Float64Array };
  baseline?: { predictor: PackagePredictor; outputs: Float64Array };
  rows: number;
  background: number;
  seed?: number;
  maxCoalitions?: number;
}

function playerGroups(predictor: PackagePredictor, wanted?: string[]): FeatureGroup[] {
  const spec = predictor.preprocessing;
  const columnsOf = (name: string) =>
    spec.inputNames.flatMap((input, column) => (input === name || input.startsWith(`${name}=`) ? [column] : []));
  const own = spec.features.map((f) => f.name);
  if (!wanted) return own.map((name) => ({ name, columns: columnsOf(name) }));
  const groups = wanted.map((name) => ({ name, columns: own.includes(name) ? columnsOf(name) : [] }));
  const rest = own.filter((name) => !wanted.includes(name)).flatMap(columnsOf);
  if (rest.length > 0) groups.push({ name: OTHER_FEATURES, columns: rest });
  return groups;
}

function argmax(outputs: Float64Array, row: number, per: number): number {
  let best = 0;
  for (let k = 1; k < per; k++) if (outputs[row * per + k] > outputs[row * per + best]) best = k;
  return best;
}

/** Whether the package is one dense layer, linear in its input in the explained space. */
function linearWeights(predictor: PackagePredictor, task: Task): { weights: Float32Array; bias: number } | undefined {
  const layers = predictor.network?.layers;
  if (layers?.length !== 1 || layers[0].units !== 1) return undefined;
  const activation = layers[0].activation;
  if ((task === 'binary-classification' && activation === 'sigmoid') || (task === 'regression' && activation === 'linear'))
    return { weights: layers[0].kernel, bias: layers[0].bias[0] };
  return undefined;
}

async function explainModel(
  options: ExplainOptions,
  model: { predictor: PackagePredictor; outputs: Float64Array },
  rows: Int32Array,
  background: Int32Array,
): Promise<ShapResult> {
  const { predictor, outputs } = model;
  const spec = predictor.preprocessing;
  const groups = playerGroups(predictor, options.request.features);
  const input = applyPreprocessing(spec, options.table, { rows, locate: options.table.locate });
  const back = applyPreprocessing(spec, options.table, { rows: background, locate: options.table.locate });
  const data = { input, rows: rows.length, background: back, backgroundRows: background.length, groups };
  const linear = linearWeights(predictor, options.task);
  if (linear) return linearShap(data, linear);
  const per = outputs.length / options.table.rows;
  const targets = options.task === 'multiclass-classification' ? Array.from(rows, (r) => argmax(outputs, r, per)) : undefined;
  return kernelShap(
    { ...data, targets },
    {
      width: spec.inputSize,
      outputsPerRow: per,
      predict: (batch, n) => predictor.predictInput(batch, n),
      explained: explainedOutput(options.task, per).explained,
    },
    { seed: options.seed, maxCoalitions: options.maxCoalitions },
  );
}

function summary(result: ShapResult): ModelExplanation {
  const mean = meanAbsolute(result);
  const importance = result.features
    .map((feature, j) => ({ feature, meanAbs: mean[j] }))
    .sort((a, b) => b.meanAbs - a.meanAbs || (a.feature < b.feature ? -1 : 1));
  return {
    method: result.method,
    exact: result.exact,
    coalitions: result.coalitions,
    modelCalls: result.modelCalls,
    modelRows: result.modelRows,
    expected: result.expected.reduce((a, b) => a + b, 0) / Math.max(result.expected.length, 1),
    importance,
  };
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The candidate's SHAP values as CSV: one line per explained row (its `file:line`), one column per feature, then E[g] and g(x). */
export function shapCsv(result: ShapResult, rows: Int32Array, locate: (row: number) => string): string {
  const M = result.features.length;
  const lines = [['row', ...result.features, 'expected', 'prediction'].map(csvCell).join(',')];
  for (let r = 0; r < rows.length; r++) {
    const values = Array.from(result.values.subarray(r * M, (r + 1) * M), (v) => String(v));
    lines.push([csvCell(locate(rows[r])), ...values, String(result.expected[r]), String(result.predictions[r])].join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** SHAP of the candidate (and the baseline, on the same rows and background), its most confident errors, and the CSV. */
export async function explainEvaluation(options: ExplainOptions): Promise<{ explanations: Explanations; csv: string }> {
  const seed = options.seed ?? 0;
  const n = options.table.rows;
  const rows = sampleRows(n, options.rows, seed, 1);
  const background = sampleRows(n, options.background, seed, 2);
  const candidate = await explainModel(options, options.candidate, rows, background);
  const baseline = options.baseline ? await explainModel(options, options.baseline, rows, background) : undefined;
  const locate = options.table.locate ?? ((row: number) => `data row ${row + 1}`);
  const { truth, task } = options;
  const unit =
    truth.task === 'binary-classification'
      ? `log-odds of ${options.target} = ${truth.classes[1]}`
      : task === 'multiclass-classification'
        ? 'log-probability of the predicted class'
        : 'prediction';

  // The most confident errors among the explained rows.
  const outputs = options.candidate.outputs;
  const per = outputs.length / n;
  const scoredRows: { index: number; confidence: number; actual: string; predicted: string }[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (truth.task === 'regression') {
      const error = Math.abs(outputs[r] - truth.actual[r]);
      scoredRows.push({ index: i, confidence: error, actual: String(truth.actual[r]), predicted: String(outputs[r]) });
      continue;
    }
    let predictedClass: number;
    let confidence: number;
    if (per === 1) {
      predictedClass = outputs[r] > 0.5 ? 1 : 0;
      confidence = predictedClass === 1 ? outputs[r] : 1 - outputs[r];
    } else {
      predictedClass = argmax(outputs, r, per);
      confidence = outputs[r * per + predictedClass];
    }
    if (predictedClass !== truth.labels[r])
      scoredRows.push({ index: i, confidence, actual: truth.classes[truth.labels[r]], predicted: truth.classes[predictedClass] });
  }
  scoredRows.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  const M = candidate.features.length;
  const errors: ExplainedError[] = scoredRows.slice(0, 5).map((e) => {
    const r = rows[e.index];
    const contributions = candidate.features
      .map((feature, j) => ({
        feature,
        value: feature === OTHER_FEATURES ? '' : String(options.table.values.get(feature)?.[r] ?? ''),
        shap: candidate.values[e.index * M + j],
      }))
      .sort((a, b) => Math.abs(b.shap) - Math.abs(a.shap))
      .slice(0, 5);
    return {
      row: locate(r),
      actual: e.actual,
      predicted: e.predicted,
      confidence: e.confidence,
      prediction: candidate.predictions[e.index],
      expected: candidate.expected[e.index],
      contributions,
    };
  });

  return {
    explanations: {
      unit,
      rows: rows.length,
      background: background.length,
      seed,
      features: candidate.features,
      candidate: summary(candidate),
      baseline: baseline ? summary(baseline) : undefined,
      errors,
    },
    csv: shapCsv(candidate, rows, locate),
  };
}
