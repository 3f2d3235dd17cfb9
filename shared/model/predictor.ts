import { join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import { predictNetwork, type DenseNetwork } from './network.js';
import { readModelPackage, type Manifest } from './package.js';
import { applyPreprocessing, recordsToColumns, type Cell, type Columns } from './preprocessing.js';
import { readTfjsModel } from './tfjs-format.js';

/** A loaded tfjs package: raw rows in, predictions out, with no user code and no TF.js backend. */
export interface Predictor {
  manifest: Manifest;
  network: DenseNetwork;
  /**
   * Row-major outputs: P(positive class) per row for binary classification, class
   * probabilities (rows × classes) for multiclass, the prediction in target units for regression.
   */
  predict(columns: Columns): Float64Array;
  predictRecords(records: readonly Record<string, Cell>[]): Float64Array;
  /** Outputs per row: 1, the number of classes, or 1. */
  outputsPerRow: number;
}

/** Verifies the package's checksums, then loads its preprocessing and network. */
export async function loadPredictor(dir: string): Promise<Predictor> {
  const manifest = await readModelPackage(dir);
  if (manifest.framework !== 'tfjs') {
    throw new UserError(`${dir} holds a ${manifest.framework} model; loadPredictor runs tfjs packages (onnx packages need an ONNX runtime).`);
  }
  if (!manifest.preprocessing) throw new UserError(`${dir}/manifest.json has no preprocessing section, so raw rows cannot be turned into model input.`);
  const preprocessing = manifest.preprocessing;
  const network = await readTfjsModel(join(dir, 'model'));
  if (network.inputSize !== preprocessing.inputSize) {
    throw new UserError(`${dir}: the model takes ${network.inputSize} inputs but the manifest's preprocessing produces ${preprocessing.inputSize}.`);
  }
  const predict = (columns: Columns) => predictNetwork(network, applyPreprocessing(preprocessing, columns), columns.rows);
  return {
    manifest,
    network,
    predict,
    predictRecords: (records) => predict(recordsToColumns(records, preprocessing.features.map((f) => f.name))),
    outputsPerRow: network.layers[network.layers.length - 1].units,
  };
}
