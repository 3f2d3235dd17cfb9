import type { Table } from '../data/table.js';

/** The evaluation data: a Table, with `locate` giving a row's `file:line` when the reader knows it. */
export type LabelledTable = Table & { locate?: (row: number) => string };

function rowPlace(table: LabelledTable, row: number): string {
  return table.locate ? table.locate(row) : `data row ${row + 1}`;
}
import { fromPositiveProbabilities } from '../metrics/classification.js';
import { computeMetrics, prepareMetrics, type MetricsReport, type PreparedMetrics, type TaskData } from '../metrics/score.js';
import type { Manifest } from '../model/package.js';
import type { PackagePredictor } from '../model/predictor.js';
import { parseNumber, type Columns, type PreprocessingSpec, type Task } from '../model/preprocessing.js';
import { UserError } from '../runtime/errors.js';

/** What a package says about its task, from the manifest with the preprocessing as fallback. */
export interface ModelTask {
  task: Task;
  target: string;
  /** Classification: class labels by index (binary: classes[1] is the positive class). */
  classes?: string[];
}

export function modelTask(manifest: Manifest, dir: string): ModelTask {
  const spec = manifest.preprocessing;
  const task = manifest.task ?? spec?.target.task;
  const target = manifest.target ?? spec?.target.name;
  const classes = manifest.classes ?? spec?.target.classes;
  if (!task)
    throw new UserError(
      `${dir}/manifest.json says nothing about the task (no "task" and no preprocessing.target.task), so it cannot be evaluated.`,
    );
  if (!target) throw new UserError(`${dir}/manifest.json names no target column ("target"), so the labels cannot be found in the data.`);
  if (task !== 'regression' && !(classes && classes.length >= 2))
    throw new UserError(`${dir}/manifest.json lists no classes for a ${task} model ("classes"), so labels cannot be matched to outputs.`);
  return { task, target, classes: task === 'regression' ? undefined : classes };
}

function where(table: LabelledTable): string {
  return table.files.length === 1
    ? table.files[0]
    : `${table.files.length} files (${table.files.slice(0, 3).join(', ')}${table.files.length > 3 ? ', …' : ''})`;
}

/**
 * The data must hold every raw column the package's preprocessing reads, and the target.
 * All missing ones are named at once, with the file and what to do.
 */
export function checkColumns(table: LabelledTable, preprocessing: PreprocessingSpec, target: string, whose: string): void {
  const have = new Set(table.columns);
  const missingFeatures = preprocessing.features.map((f) => f.name).filter((name) => !have.has(name));
  if (missingFeatures.length > 0) {
    const list = missingFeatures.map((name) => `"${name}"`).join(', ');
    throw new UserError(
      `${where(table)} is missing the feature column${missingFeatures.length > 1 ? 's' : ''} ${list}, which ${whose} takes as input (the data has: ${table.columns.join(', ')}). Evaluate on data with the same columns the model was trained on.`,
    );
  }
  if (!have.has(target)) {
    throw new UserError(
      `${where(table)} has no column "${target}", the target ${whose} was trained to predict; evaluate needs labelled data (the data has: ${table.columns.join(', ')}).`,
    );
  }
}

/** Class index per row. Every label the model does not know is named, with its count and first row, before anything is scored. */
export function encodeLabels(table: LabelledTable, target: string, classes: readonly string[]): Int32Array {
  const cells = table.values.get(target)!;
  const index = new Map(classes.map((label, i) => [label, i]));
  const labels = new Int32Array(table.rows);
  const unknown = new Map<string, { count: number; firstRow: number }>();
  let missing = 0;
  let firstMissing = -1;
  for (let row = 0; row < table.rows; row++) {
    const raw = cells[row];
    if (raw === null) {
      missing++;
      if (firstMissing < 0) firstMissing = row;
      continue;
    }
    const label = raw.trim();
    const value = index.get(label);
    if (value === undefined) {
      const seen = unknown.get(label);
      if (seen) seen.count++;
      else unknown.set(label, { count: 1, firstRow: row });
    } else labels[row] = value;
  }
  if (unknown.size > 0) {
    const listed = [...unknown]
      .slice(0, 10)
      .map(([label, { count, firstRow }]) => `"${label}" (${count} row${count > 1 ? 's' : ''}, first at ${rowPlace(table, firstRow)})`);
    throw new UserError(
      `${where(table)}: the target column "${target}" has label${unknown.size > 1 ? 's' : ''} ${listed.join(', ')}${unknown.size > 10 ? ` and ${unknown.size - 10} more` : ''} that the model was not trained on (its classes: ${classes.join(', ')}). Fix the labels or retrain with them.`,
    );
  }
  if (missing > 0)
    throw new UserError(
      `${where(table)}: the target column "${target}" is empty in ${missing} row${missing > 1 ? 's' : ''} (first at ${rowPlace(table, firstMissing)}); evaluate needs a label on every row. Drop unlabelled rows first.`,
    );
  return labels;
}

/** Regression targets as numbers; a cell that is not a number is an error naming the row. */
export function numericTargets(table: LabelledTable, target: string): Float64Array {
  const cells = table.values.get(target)!;
  const out = new Float64Array(table.rows);
  for (let row = 0; row < table.rows; row++) {
    const value = cells[row] === null ? Number.NaN : parseNumber(cells[row]);
    if (Number.isNaN(value)) {
      throw new UserError(
        `${rowPlace(table, row)}: the target "${target}" is ${cells[row] === null ? 'empty' : `"${cells[row]}", not a number`}; a regression model is evaluated on numeric targets.`,
      );
    }
    out[row] = value;
  }
  return out;
}

/** Ground truth of the table, for the candidate's task: computed once and shared by both models. */
export type Truth =
  | { task: 'regression'; actual: Float64Array }
  | { task: 'binary-classification' | 'multiclass-classification'; labels: Int32Array; classes: string[] };

export function readTruth(table: LabelledTable, model: ModelTask): Truth {
  if (model.task === 'regression') return { task: 'regression', actual: numericTargets(table, model.target) };
  return { task: model.task, labels: encodeLabels(table, model.target, model.classes!), classes: [...model.classes!] };
}

/** Model outputs shaped as the metrics want them: two probability columns for a one-output binary model. */
export function taskData(truth: Truth, outputs: Float64Array, who: string): TaskData {
  if (truth.task === 'regression') {
    if (outputs.length !== truth.actual.length)
      throw new UserError(
        `${who} returned ${outputs.length} values for ${truth.actual.length} rows; a regression model has one output per row.`,
      );
    return { task: 'regression', data: { actual: truth.actual, predicted: outputs } };
  }
  const rows = truth.labels.length;
  const classes = truth.classes.length;
  let probabilities: ArrayLike<number> = outputs;
  if (truth.task === 'binary-classification' && outputs.length === rows) probabilities = fromPositiveProbabilities(outputs);
  else if (outputs.length !== rows * classes) {
    throw new UserError(
      `${who} returned ${rows > 0 ? outputs.length / rows : outputs.length} outputs per row for ${classes} classes; it must output one probability per class (or P(${truth.classes[1]}) for a binary model).`,
    );
  }
  return { task: truth.task, data: { labels: truth.labels, probabilities, classes } };
}

export interface ScoredModel {
  outputs: Float64Array;
  data: TaskData;
  prepared: PreparedMetrics;
  report: MetricsReport;
}

/** Runs a package on the table with its own preprocessing and scores it against the truth. */
export async function scoreModel(predictor: PackagePredictor, columns: Columns, truth: Truth, who: string): Promise<ScoredModel> {
  const outputs = await predictor.predict(columns);
  const data = taskData(truth, outputs, who);
  let prepared: PreparedMetrics;
  try {
    prepared = prepareMetrics(data);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${who}: ${error.message}`);
    throw error;
  }
  return { outputs, data, prepared, report: computeMetrics(data, prepared) };
}
