import { join } from 'node:path';
import { UserError } from '../runtime/errors.js';
import { predictNetwork, type DenseNetwork } from './network.js';
import { loadOnnxModel, loadOnnxRuntime } from './onnx.js';
import { readModelPackage, type Manifest } from './package.js';
import { applyPreprocessing, recordsToColumns, type Cell, type Columns, type PreprocessingSpec } from './preprocessing.js';
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
export async function loadPredictor(dir: string, verified?: Manifest): Promise<Predictor> {
  const manifest = verified ?? (await readModelPackage(dir));
  if (manifest.framework !== 'tfjs') {
    throw new UserError(
      `${dir} holds a ${manifest.framework} model; loadPredictor runs tfjs packages (loadPackagePredictor also runs onnx ones).`,
    );
  }
  if (!manifest.preprocessing)
    throw new UserError(`${dir}/manifest.json has no preprocessing section, so raw rows cannot be turned into model input.`);
  const preprocessing = manifest.preprocessing;
  const network = await readTfjsModel(join(dir, 'model'));
  if (network.inputSize !== preprocessing.inputSize) {
    throw new UserError(
      `${dir}: the model takes ${network.inputSize} inputs but the manifest's preprocessing produces ${preprocessing.inputSize}.`,
    );
  }
  const predict = (columns: Columns) => predictNetwork(network, applyPreprocessing(preprocessing, columns), columns.rows);
  return {
    manifest,
    network,
    predict,
    predictRecords: (records) =>
      predict(
        recordsToColumns(
          records,
          preprocessing.features.map((f) => f.name),
        ),
      ),
    outputsPerRow: network.layers[network.layers.length - 1].units,
  };
}

/** Any package the suite can run with no user code (tfjs or onnx): raw columns in, outputs out (shaped as `Predictor.predict`'s). */
export interface PackagePredictor {
  manifest: Manifest;
  preprocessing: PreprocessingSpec;
  predict(columns: Columns): Promise<Float64Array>;
  /** Outputs from model input that is already preprocessed (`rows × preprocessing.inputSize`), e.g. for permutation importance. */
  predictInput(input: Float32Array, rows: number): Promise<Float64Array>;
  /** The dense network of a tfjs package (its weights let a linear or logistic model be explained in closed form). */
  network?: DenseNetwork;
  release(): Promise<void>;
}

/** Verifies the package's checksums once, then loads it with the runtime its `framework` needs. */
export async function loadPackagePredictor(
  dir: string,
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<PackagePredictor> {
  const manifest = await readModelPackage(dir);
  if (manifest.framework === 'tfjs') {
    const predictor = await loadPredictor(dir, manifest);
    const preprocessing = manifest.preprocessing!;
    return {
      manifest,
      preprocessing,
      predict: async (columns) => predictor.predict(columns),
      predictInput: async (input, rows) => predictNetwork(predictor.network, input, rows),
      network: predictor.network,
      release: async () => undefined,
    };
  }
  if (manifest.framework === 'onnx') {
    if (!manifest.preprocessing) {
      throw new UserError(
        `${dir}/manifest.json has no preprocessing section, so raw rows cannot be turned into model input. The training command must write mlops.json with "preprocessing" (see examples/churn-pytorch/train.py).`,
      );
    }
    const preprocessing = manifest.preprocessing;
    const model = await loadOnnxModel(join(dir, 'model', 'model.onnx'), preprocessing.inputSize, loadOnnxRuntime(options.env, options.cwd));
    return {
      manifest,
      preprocessing,
      predict: (columns) => model.run(applyPreprocessing(preprocessing, columns), columns.rows),
      predictInput: (input, rows) => model.run(input, rows),
      release: () => model.release(),
    };
  }
  throw new UserError(
    `${dir} holds a ${manifest.framework} model, which the suite cannot run without your code; evaluate and deploy run tfjs and onnx packages.`,
  );
}
