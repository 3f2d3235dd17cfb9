import { createHash } from 'node:crypto';
import type { Manifest } from '../model/package.js';
import type { PackagePredictor } from '../model/predictor.js';
import { applyPreprocessing, type Cell, type Feature, type Task } from '../model/preprocessing.js';
import { UserError } from '../runtime/errors.js';

/** What a caller hands the service: a loaded package plus the identity clients see. */
export interface ModelToServe {
  predictor: PackagePredictor;
  /** The name in URLs and responses (default: the manifest's name). */
  name?: string;
  /** The version in responses, metrics and the log (default: a digest of the package's checksums). */
  version?: string;
}

export type OutputDatatype = 'FP32' | 'BYTES';

/** One named output of the service; `width` 1 means one value per row, otherwise one per class. */
export interface OutputSpec {
  name: string;
  datatype: OutputDatatype;
  width: number;
}

/** A model as the service sees it: identity, features, and how its raw output reads. */
export interface ServedModel {
  name: string;
  version: string;
  predictor: PackagePredictor;
  manifest: Manifest;
  task: Task;
  features: readonly Feature[];
  featureNames: readonly string[];
  featureIndex: ReadonlyMap<string, number>;
  classes?: readonly string[];
  /** Values per row in `Predictions.values`: 1 (binary, regression) or the number of classes. */
  width: number;
  outputs: readonly OutputSpec[];
}

/** Predictions for some rows: P(positive class), class probabilities or the value, plus labels for classifiers. */
export interface Predictions {
  rows: number;
  width: number;
  /** Row-major `rows × width`. */
  values: Float64Array;
  labels?: string[];
}

/** The short, stable identity of a package's contents, used when no version is given. */
export function packageDigest(manifest: Manifest): string {
  const files = Object.entries(manifest.files ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
}

export function describeModel(model: ModelToServe): ServedModel {
  const { predictor } = model;
  const manifest = predictor.manifest;
  const preprocessing = predictor.preprocessing;
  const task = manifest.task ?? preprocessing.target.task;
  const classes = preprocessing.target.classes ?? manifest.classes;
  if (task !== 'regression' && (!classes || classes.length < 2)) {
    throw new UserError(`the package "${manifest.name}" is a ${task} model but its manifest lists no classes.`);
  }
  const width = task === 'multiclass-classification' ? classes!.length : 1;
  const outputs: OutputSpec[] =
    task === 'regression'
      ? [{ name: 'prediction', datatype: 'FP32', width: 1 }]
      : [
          task === 'binary-classification'
            ? { name: 'probability', datatype: 'FP32', width: 1 }
            : { name: 'probabilities', datatype: 'FP32', width },
          { name: 'label', datatype: 'BYTES', width: 1 },
        ];
  const features = preprocessing.features;
  const featureNames = features.map((feature) => feature.name);
  const name = model.name ?? manifest.name;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new UserError(`model name "${name}" cannot appear in a URL path: use letters, digits, '.', '_' and '-'.`);
  }
  return {
    name,
    version: model.version ?? packageDigest(manifest),
    predictor,
    manifest,
    task,
    features,
    featureNames,
    featureIndex: new Map(featureNames.map((feature, i) => [feature, i])),
    classes,
    width,
    outputs,
  };
}

/**
 * Turns the model's raw output into `Predictions`. Binary models may emit P(positive) or both
 * class probabilities (ONNX exports do either); the service always reports P(positive).
 */
export function readPredictions(model: ServedModel, raw: Float64Array, rows: number): Predictions {
  const perRow = rows > 0 ? raw.length / rows : model.width;
  let values = raw;
  if (model.task === 'binary-classification' && perRow === 2) {
    values = new Float64Array(rows);
    for (let r = 0; r < rows; r++) values[r] = raw[r * 2 + 1];
  } else if (perRow !== model.width) {
    throw new UserError(
      `model ${model.name} ${model.version} returned ${perRow} values per row; a ${model.task} model with ` +
        `${model.width} output(s) was expected.`,
    );
  }
  return { rows, width: model.width, values, labels: labelsOf(model, values, rows) };
}

function labelsOf(model: ServedModel, values: Float64Array, rows: number): string[] | undefined {
  const classes = model.classes;
  if (model.task === 'regression' || !classes) return undefined;
  const labels = new Array<string>(rows);
  if (model.task === 'binary-classification') {
    for (let r = 0; r < rows; r++) labels[r] = values[r] >= 0.5 ? classes[1] : classes[0];
    return labels;
  }
  const width = model.width;
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < width; c++) if (values[r * width + c] > values[r * width + best]) best = c;
    labels[r] = classes[best];
  }
  return labels;
}

/** A row's primary value for JSON: a number (null when not finite) or, for multiclass, the class probabilities. */
export function rowValue(predictions: Predictions, row: number): number | null | (number | null)[] {
  const { width, values } = predictions;
  if (width === 1) return finiteOrNull(values[row]);
  const out = new Array<number | null>(width);
  for (let c = 0; c < width; c++) out[c] = finiteOrNull(values[row * width + c]);
  return out;
}

/** JSON has no NaN or Infinity; a model that produces them answers null, which clients can detect. */
export function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

/** Each output's data, flattened row-major, as the protocols put it on the wire. */
export function outputData(spec: OutputSpec, predictions: Predictions): (number | null)[] | string[] {
  if (spec.datatype === 'BYTES') return predictions.labels ?? [];
  const out = new Array<number | null>(predictions.values.length);
  for (let i = 0; i < out.length; i++) out[i] = finiteOrNull(predictions.values[i]);
  return out;
}

/** A row every model accepts: the training mean of numeric features and the most frequent category. */
export function typicalRow(model: ServedModel): Record<string, Cell> {
  const row: Record<string, Cell> = {};
  for (const feature of model.features) row[feature.name] = feature.kind === 'numeric' ? feature.mean : feature.fill;
  return row;
}

/**
 * Runs the model once on typical rows before it takes traffic, so the first client does not pay
 * for lazy initialisation, and a model that cannot produce finite predictions never goes live.
 */
export async function warmUp(model: ServedModel, rows = 8): Promise<void> {
  const row = typicalRow(model);
  const values = new Map<string, Cell[]>();
  for (const name of model.featureNames) values.set(name, new Array<Cell>(rows).fill(row[name]));
  const input = applyPreprocessing(model.predictor.preprocessing, { rows, values });
  const predictions = readPredictions(model, await model.predictor.predictInput(input, rows), rows);
  const bad = predictions.values.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) {
    throw new UserError(
      `model ${model.name} ${model.version} predicts ${predictions.values[bad]} for a typical row ` +
        '(training means and most frequent categories); it is not served.',
    );
  }
}
