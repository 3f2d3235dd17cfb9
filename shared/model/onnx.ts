import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Ort from 'onnxruntime-node';
import { UserError } from '../runtime/errors.js';

/**
 * ONNX packages (command-mode training, e.g. a PyTorch export) run with onnxruntime-node's CPU
 * binding. The binding is a native module with a 45 MB shared library per platform, so it is
 * not bundled into dist/: it is looked up at run time (see `onnxRuntimeSearchPaths`), and a
 * package that needs it when it is missing gets an error saying how to provide it.
 *
 * The graph takes one float32 input of shape [rows, preprocessing.inputSize] (the package's own
 * preprocessing, recorded in mlops.json by the training command) and its first output is:
 * binary → P(positive class) as [rows, 1] (or [rows, 2] class probabilities); multiclass →
 * [rows, classes] probabilities; regression → [rows, 1] in target units.
 */
export type OnnxRuntime = typeof Ort;

const PACKAGE = 'onnxruntime-node';
/** Rows per session.run: bounds the input and output tensors, not the work. */
const BATCH_ROWS = 65_536;

/**
 * Where onnxruntime-node is looked for, in order: MLOPS_ONNXRUNTIME_NODE (a folder that holds
 * node_modules/onnxruntime-node, or the package folder itself), the workspace, then the
 * installation this code runs from (the repository's node_modules for the CLI and tests).
 */
export function onnxRuntimeSearchPaths(env: NodeJS.ProcessEnv, cwd: string): string[] {
  let here: string | undefined;
  try {
    here = dirname(fileURLToPath(import.meta.url));
  } catch {
    here = undefined;
  }
  const paths = [env.MLOPS_ONNXRUNTIME_NODE, cwd, here, here && join(here, '..'), here && join(here, '..', '..')];
  return [...new Set(paths.filter((path): path is string => Boolean(path)))];
}

/** The folder of the onnxruntime-node installation the suite would load, for copying it beside a long-lived service. */
export function onnxRuntimePackageDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  for (const base of onnxRuntimeSearchPaths(env, cwd)) {
    const direct = existsSync(join(base, 'package.json')) && base.endsWith(PACKAGE) ? base : undefined;
    try {
      const manifest = createRequire(join(base, 'noop.js')).resolve(`${direct ?? PACKAGE}/package.json`);
      return dirname(manifest);
    } catch {}
  }
  return undefined;
}

let loaded: OnnxRuntime | undefined;

/** onnxruntime-node is not installed where the suite looks; `searched` lists the folders. */
export class OnnxRuntimeMissing extends Error {
  constructor(readonly searched: string[]) {
    super(`${PACKAGE} is not installed (looked in ${searched.join(', ')})`);
  }
}

/**
 * onnxruntime-node, resolved at run time so the bundler leaves the native binding alone.
 * Throws OnnxRuntimeMissing when it is not installed, and a UserError when it is but cannot load.
 */
export function findOnnxRuntime(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): OnnxRuntime {
  if (loaded) return loaded;
  const searched = onnxRuntimeSearchPaths(env, cwd);
  for (const base of searched) {
    const direct = existsSync(join(base, 'package.json')) && base.endsWith(PACKAGE) ? base : undefined;
    let entry: string | undefined;
    try {
      // A require built from a runtime path: ncc does not follow it, so nothing native is copied into dist/.
      entry = createRequire(join(base, 'noop.js')).resolve(direct ?? PACKAGE);
    } catch {
      continue;
    }
    try {
      loaded = createRequire(join(base, 'noop.js'))(entry) as OnnxRuntime;
      return loaded;
    } catch (error) {
      throw new UserError(
        `${PACKAGE} was found at ${entry} but could not be loaded: ${(error as Error).message}. Reinstall it for this platform (${process.platform}-${process.arch}).`,
      );
    }
  }
  throw new OnnxRuntimeMissing(searched);
}

/** onnxruntime-node for an ONNX model package; missing, it is a UserError that says how to install it. */
export function loadOnnxRuntime(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): OnnxRuntime {
  try {
    return findOnnxRuntime(env, cwd);
  } catch (error) {
    if (!(error instanceof OnnxRuntimeMissing)) throw error;
    throw new UserError(
      `This model package is ONNX, which runs with ${PACKAGE} (a native module, not bundled with the action). Install it before this step, e.g. \`npm install --no-save ${PACKAGE}@1\` in the workspace, or set MLOPS_ONNXRUNTIME_NODE to the folder that holds node_modules/${PACKAGE}. Looked in: ${error.searched.join(', ')}.`,
    );
  }
}

export interface OnnxModel {
  inputName: string;
  outputName: string;
  /** Width of the output per row, when the graph declares it. */
  outputsPerRow?: number;
  run(input: Float32Array, rows: number): Promise<Float64Array>;
  release(): Promise<void>;
}

/** Opens `model.onnx` and checks that it takes `inputSize` features per row. */
export async function loadOnnxModel(file: string, inputSize: number, runtime: OnnxRuntime = loadOnnxRuntime()): Promise<OnnxModel> {
  let session: Ort.InferenceSession;
  try {
    session = await runtime.InferenceSession.create(file, { executionProviders: ['cpu'], graphOptimizationLevel: 'all' });
  } catch (error) {
    throw new UserError(`${file} could not be opened as an ONNX model: ${(error as Error).message}`);
  }
  if (session.inputNames.length !== 1) {
    throw new UserError(
      `${file} has ${session.inputNames.length} inputs (${session.inputNames.join(', ')}); the suite feeds one float32 tensor [rows, ${inputSize}] built by the package's preprocessing.`,
    );
  }
  const [inputName] = session.inputNames;
  const [outputName] = session.outputNames;
  const inputMeta = session.inputMetadata?.[0];
  if (inputMeta?.isTensor) {
    const width = inputMeta.shape[inputMeta.shape.length - 1];
    if (inputMeta.type !== 'float32') throw new UserError(`${file}: input "${inputName}" is ${inputMeta.type}; the suite feeds float32.`);
    if (typeof width === 'number' && width !== inputSize) {
      throw new UserError(`${file}: the model takes ${width} inputs per row but the manifest's preprocessing produces ${inputSize}.`);
    }
  }
  const outputMeta = session.outputMetadata?.[0];
  const declaredWidth = outputMeta?.isTensor && outputMeta.shape.length === 2 ? outputMeta.shape[1] : undefined;
  return {
    inputName,
    outputName,
    outputsPerRow: typeof declaredWidth === 'number' ? declaredWidth : undefined,
    async run(input, rows) {
      if (input.length !== rows * inputSize)
        throw new UserError(`model input has ${input.length / Math.max(rows, 1)} columns per row; the model expects ${inputSize}.`);
      const parts: Float64Array[] = [];
      for (let start = 0; start < rows || (rows === 0 && start === 0); start += BATCH_ROWS) {
        const count = Math.min(BATCH_ROWS, rows - start);
        const feed = new runtime.Tensor('float32', input.subarray(start * inputSize, (start + count) * inputSize), [count, inputSize]);
        const result = await session.run({ [inputName]: feed });
        const output = result[outputName];
        const data = output.data as Float32Array | Float64Array;
        if (typeof data[0] !== 'number' && count > 0)
          throw new UserError(`${file}: output "${outputName}" is ${output.type}, not a number tensor.`);
        parts.push(Float64Array.from(data));
        if (rows === 0) break;
      }
      const out = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.length;
      }
      return out;
    },
    release: () => session.release(),
  };
}
