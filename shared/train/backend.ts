import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as tfCore from '@tensorflow/tfjs-core';
// tfjs-core alone ships no gradients; the trainer needs them for every backend it loads itself.
import '@tensorflow/tfjs-core/dist/register_all_gradients.js';
import { UserError } from '../runtime/errors.js';
import { findOnnxRuntime, OnnxRuntimeMissing, type OnnxRuntime } from '../model/onnx.js';
import { BACKENDS } from '../inputs/definitions.js';

/** The TF.js API the trainer calls; tfjs-node brings its own copy, so the engine is passed around, never imported. */
export type TF = typeof tfCore;

export type BackendName = (typeof BACKENDS)[number];
export type BackendRequest = 'auto' | BackendName;

/**
 * `auto` tries these in order (docs/training-config.md), with onnxruntime (native CPU kernels,
 * when the runner has onnxruntime-node) ahead of wasm. WebGPU is skipped for work too small to
 * beat the CPU engine that would run instead (see webgpuMinimumWork).
 */
export const BACKEND_LADDER: readonly BackendName[] = BACKENDS;

export interface TfjsEngine {
  kind: 'tfjs';
  tf: TF;
  backend: Exclude<BackendName, 'onnxruntime'>;
  device: string;
  /** Runs on a GPU, so its wall time counts as GPU-seconds (a software WebGPU adapter does not). */
  gpu: boolean;
}

/** onnxruntime-node's CPU kernels: the trainer runs each step as one ONNX graph (onnx-kernel.ts). */
export interface OnnxEngine {
  kind: 'onnxruntime';
  ort: OnnxRuntime;
  backend: 'onnxruntime';
  device: string;
  /** onnxruntime's intra-op threads. */
  threads: number;
  gpu: false;
}

export type Engine = TfjsEngine | OnnxEngine;

/** A rung that cannot load on this machine, and why in words a user can act on. */
export class BackendUnavailable extends Error {}

/** What the run will compute, so `auto` can skip engines that would be slower for it. */
export interface Workload {
  /** Trainable parameters of the model. */
  parameters: number;
  batchSize: number;
}

/**
 * Below this many parameter×samples per step, WebGPU is slower than wasm: each step costs about
 * 60–70 ms of dispatch on WebGPU (measured: 3,545 samples/s at 6k parameters × 256,
 * 69k samples/s at 279k × 4096 on an H100), while wasm-SIMD moves about 3.3e8 parameter×samples/s.
 */
export const WEBGPU_MIN_WORK_PER_STEP = 2e7;

/**
 * Against onnxruntime the bar is higher: its GEMMs move about 2e10 parameter×samples/s per
 * core (bench/train: 61k samples/s of a 279k-parameter MLP on one core, forward and backward),
 * so a ~65 ms WebGPU step only pays off above about 1.3e9 parameter×samples per core.
 */
export const WEBGPU_MIN_WORK_PER_STEP_PER_CORE_VS_ONNXRUNTIME = 1.3e9;

/** The per-step work below which `auto` skips WebGPU, given which CPU engine would run instead. */
export function webgpuMinimumWork(onnxruntimeAvailable: boolean, cores: number): number {
  return onnxruntimeAvailable
    ? Math.max(WEBGPU_MIN_WORK_PER_STEP, WEBGPU_MIN_WORK_PER_STEP_PER_CORE_VS_ONNXRUNTIME * cores)
    : WEBGPU_MIN_WORK_PER_STEP;
}

export interface LoadOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  workload?: Workload;
  /** Receives one line per rung that `auto` skipped, with the reason. */
  log?: (message: string) => void;
}

/** Folders a runner-installed package may live in: the workspace, the bundle's folder, NODE_PATH, the global prefix. */
function searchPaths(options: LoadOptions): string[] {
  const paths = [options.cwd, here()];
  for (const entry of (options.env.NODE_PATH ?? '').split(delimiter)) if (entry) paths.push(entry);
  const prefix = options.env.npm_config_prefix ?? dirname(dirname(process.execPath));
  paths.push(join(prefix, 'lib', 'node_modules'));
  return paths;
}

function here(): string {
  try {
    return dirname(fileURLToPath(import.meta.url));
  } catch {
    return process.cwd();
  }
}

/**
 * Imports a package that is not bundled (native or platform-specific) from where a runner
 * installed it. The specifier is computed so the bundler leaves it alone.
 */
async function importInstalled(name: string, options: LoadOptions): Promise<any> {
  const require = createRequire(join(options.cwd, 'noop.js'));
  let resolved: string;
  try {
    resolved = require.resolve(name, { paths: searchPaths(options) });
  } catch {
    throw new BackendUnavailable(`${name} is not installed (looked in ${searchPaths(options).join(', ')})`);
  }
  try {
    // require(), not import(): ncc turns an import() of a computed path into a require of the
    // file: URL inside the bundle, which fails. These packages are CommonJS; an ES-only one
    // goes through an import() that the bundler cannot see.
    return createRequire(resolved)(resolved);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_REQUIRE_ESM') {
      try {
        return await (new Function('url', 'return import(url)') as (url: string) => Promise<unknown>)(pathToFileURL(resolved).href);
      } catch (inner) {
        throw new BackendUnavailable(`${name} is installed at ${resolved} but failed to load: ${(inner as Error).message.split('\n')[0]}`);
      }
    }
    throw new BackendUnavailable(`${name} is installed at ${resolved} but failed to load: ${(error as Error).message.split('\n')[0]}`);
  }
}

async function loadTensorflow(name: 'tensorflow-gpu' | 'tensorflow', options: LoadOptions): Promise<Engine> {
  const pkg = name === 'tensorflow-gpu' ? '@tensorflow/tfjs-node-gpu' : '@tensorflow/tfjs-node';
  const module = await importInstalled(pkg, options);
  const tf = (module.default ?? module) as TF;
  await tf.ready();
  if (tf.getBackend() !== 'tensorflow') throw new BackendUnavailable(`${pkg} loaded but its backend is "${tf.getBackend()}"`);
  return {
    kind: 'tfjs',
    tf,
    backend: name,
    device: name === 'tensorflow-gpu' ? 'cuda (libtensorflow)' : 'cpu (libtensorflow)',
    gpu: name === 'tensorflow-gpu',
  };
}

/** Dawn for Node (docs/self-hosted-gpu-runners.md): navigator.gpu must exist before the TF.js WebGPU backend is imported. */
async function loadWebgpu(options: LoadOptions): Promise<Engine> {
  const dawn = await importInstalled('webgpu', options);
  const create = dawn.create ?? dawn.default?.create;
  const globals = dawn.globals ?? dawn.default?.globals;
  if (typeof create !== 'function') throw new BackendUnavailable('the webgpu package has no create() export (need webgpu ≥ 0.2)');
  let gpu: any;
  // MLOPS_WEBGPU_DAWN_FLAGS: Dawn's own flags, comma-separated (e.g. `backend=vulkan`,
  // `adapter=NVIDIA`). MLOPS_WEBGPU_FEATURE_LEVEL=compatibility admits adapters that only offer
  // WebGPU's compatibility level, such as Dawn's OpenGL ES backend on Mesa's software rasteriser,
  // which is how the tests run this rung on a machine without a GPU.
  const flags = (options.env.MLOPS_WEBGPU_DAWN_FLAGS ?? '').split(',').filter(Boolean);
  const featureLevel = options.env.MLOPS_WEBGPU_FEATURE_LEVEL;
  try {
    gpu = create(flags);
  } catch (error) {
    throw new BackendUnavailable(`Dawn could not start with flags [${flags.join(', ')}]: ${(error as Error).message}`);
  }
  const adapterOptions = { powerPreference: 'high-performance', ...(featureLevel ? { featureLevel } : {}) };
  const adapter = await gpu.requestAdapter(adapterOptions).catch(() => null);
  if (adapter && featureLevel) {
    // TF.js requests its own adapter with only a power preference; give it the same options.
    const real = gpu;
    gpu = {
      requestAdapter: (requested: object = {}) => real.requestAdapter({ ...requested, ...adapterOptions }),
      getPreferredCanvasFormat: () => real.getPreferredCanvasFormat?.() ?? 'rgba8unorm',
      wgslLanguageFeatures: real.wgslLanguageFeatures,
    };
  }
  if (!adapter) {
    throw new BackendUnavailable(
      'Dawn found no GPU adapter: install the Vulkan loader (libvulkan1, libglvnd) and a GPU driver with a Vulkan ICD, and set VK_DRIVER_FILES (see docs)',
    );
  }
  const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
  Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
  Object.assign(globalThis, globals ?? {});
  await import('@tensorflow/tfjs-backend-webgpu');
  const ok = await tfCore.setBackend('webgpu');
  if (!ok) throw new BackendUnavailable('the TF.js WebGPU backend failed to initialise on the adapter');
  const device = [info.vendor, info.device || info.architecture || info.description].filter(Boolean).join(' ') || 'unknown GPU';
  // Software adapters (Mesa llvmpipe or lavapipe, SwiftShader) compute on the CPU.
  const software =
    Boolean(adapter.isFallbackAdapter || info.isFallbackAdapter) ||
    /llvmpipe|lavapipe|swiftshader/i.test(`${device} ${info.description ?? ''}`);
  return { kind: 'tfjs', tf: tfCore, backend: 'webgpu', device: `webgpu (${device}${software ? ', software' : ''})`, gpu: !software };
}

/** Where the wasm binaries are: next to the bundle in dist/, or in node_modules when running from source. */
export function wasmDirectory(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const candidates = [env.MLOPS_TFJS_WASM_DIR, here()];
  try {
    candidates.push(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm')));
  } catch {
    // Not resolvable inside the bundle; the bundle's own folder is the candidate there.
  }
  return candidates.find((dir) => dir && existsSync(join(dir, 'tfjs-backend-wasm-simd.wasm')));
}

async function loadWasm(options: LoadOptions): Promise<Engine> {
  const dir = wasmDirectory(options.env);
  if (!dir) throw new BackendUnavailable('the tfjs wasm binaries (tfjs-backend-wasm-simd.wasm) are not next to the bundle');
  // The backend's Emscripten glue reads __dirname when it runs under Node; an ES module (our
  // bundle on the runner) has none, and initialisation then fails. setWasmPaths decides where the
  // binaries are read from, so any folder will do.
  const globals = globalThis as { __dirname?: string };
  globals.__dirname ??= dir;
  const wasm = await import('@tensorflow/tfjs-backend-wasm');
  // A path prefix, not a URL: under Node the wasm loader reads the file from disk.
  wasm.setWasmPaths(`${dir}/`);
  const ok = await tfCore.setBackend('wasm');
  if (!ok) throw new BackendUnavailable(`the wasm backend failed to initialise from ${dir}`);
  const simd = await tfCore.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  return { kind: 'tfjs', tf: tfCore, backend: 'wasm', device: simd ? 'cpu (wasm, SIMD)' : 'cpu (wasm)', gpu: false };
}

/** Threads for onnxruntime: MLOPS_TRAIN_THREADS, else every core the process may use. */
export function trainThreads(env: NodeJS.ProcessEnv): number {
  const requested = Number(env.MLOPS_TRAIN_THREADS);
  return Number.isInteger(requested) && requested > 0 ? requested : availableParallelism();
}

function findOnnxRuntimeForTraining(options: LoadOptions): OnnxRuntime {
  try {
    return findOnnxRuntime(options.env, options.cwd);
  } catch (error) {
    if (error instanceof OnnxRuntimeMissing) throw new BackendUnavailable(error.message);
    if (error instanceof UserError) throw new BackendUnavailable(error.message);
    throw error;
  }
}

async function loadOnnxruntime(options: LoadOptions): Promise<Engine> {
  const ort = findOnnxRuntimeForTraining(options);
  const threads = trainThreads(options.env);
  const version = (ort as { env?: { versions?: { common?: string } } }).env?.versions?.common;
  return {
    kind: 'onnxruntime',
    ort,
    backend: 'onnxruntime',
    device: `cpu (onnxruntime${version ? ` ${version}` : ''}, ${threads} thread${threads === 1 ? '' : 's'})`,
    threads,
    gpu: false,
  };
}

async function loadCpu(): Promise<Engine> {
  await import('@tensorflow/tfjs-backend-cpu');
  if (!(await tfCore.setBackend('cpu'))) throw new BackendUnavailable('the JavaScript cpu backend failed to initialise');
  // The cpu backend prints advice to install tfjs-node on its first tensor in Node; the ladder
  // already tried tfjs-node and the log says why it was skipped, so the banner is noise.
  (tfCore.backend() as unknown as { firstUse?: boolean }).firstUse = false;
  return { kind: 'tfjs', tf: tfCore, backend: 'cpu', device: 'cpu (JavaScript)', gpu: false };
}

async function loadOne(name: BackendName, options: LoadOptions): Promise<Engine> {
  switch (name) {
    case 'tensorflow-gpu':
    case 'tensorflow':
      return loadTensorflow(name, options);
    case 'webgpu':
      return loadWebgpu(options);
    case 'onnxruntime':
      return loadOnnxruntime(options);
    case 'wasm':
      return loadWasm(options);
    case 'cpu':
      return loadCpu();
  }
}

const HOW_TO_INSTALL: Record<BackendName, string> = {
  'tensorflow-gpu':
    'install it on the runner with `npm install @tensorflow/tfjs-node-gpu` in the workspace (needs CUDA 11.2 + cuDNN 8.1), or globally with NODE_PATH pointing at it',
  tensorflow: 'install it on the runner with `npm install @tensorflow/tfjs-node` in the workspace',
  webgpu:
    'install the `webgpu` npm package in the workspace and make a Vulkan driver visible (docs/self-hosted-gpu-runners.md in the mlops-actions repository says how)',
  onnxruntime:
    'install it on the runner with `ONNXRUNTIME_NODE_INSTALL=skip npm install --no-save onnxruntime-node@1` in the workspace, or set MLOPS_ONNXRUNTIME_NODE to the folder that holds node_modules/onnxruntime-node',
  wasm: 'the wasm files ship with the action; this is a packaging bug',
  cpu: 'this is a bug',
};

/**
 * Loads the requested backend. An explicit request that cannot load fails with the reason and
 * never falls back; `auto` walks the ladder and says why it skipped each rung.
 */
export async function loadBackend(request: BackendRequest, options: LoadOptions): Promise<Engine> {
  if (request !== 'auto') {
    try {
      return await loadOne(request, options);
    } catch (error) {
      if (!(error instanceof BackendUnavailable)) throw error;
      throw new UserError(
        `backend "${request}" was requested but cannot load: ${error.message}. To use it, ${HOW_TO_INSTALL[request]}; or set backend: auto.`,
      );
    }
  }
  for (const name of BACKEND_LADDER) {
    if (name === 'webgpu' && options.workload) {
      const work = options.workload.parameters * options.workload.batchSize;
      let nativeCpu = false;
      try {
        findOnnxRuntimeForTraining(options);
        nativeCpu = true;
      } catch {
        // onnxruntime's own rung says why it is missing.
      }
      const minimum = webgpuMinimumWork(nativeCpu, trainThreads(options.env));
      if (work < minimum) {
        options.log?.(
          `backend auto: skipping webgpu: ${options.workload.parameters} parameters × batch ${options.workload.batchSize} is too small to beat ${nativeCpu ? 'onnxruntime on the CPU' : 'wasm'} (WebGPU is dispatch-bound below ${minimum.toExponential(1)} per step)`,
        );
        continue;
      }
    }
    try {
      return await loadOne(name, options);
    } catch (error) {
      if (!(error instanceof BackendUnavailable)) throw error;
      options.log?.(`backend auto: skipping ${name}: ${error.message}`);
    }
  }
  throw new UserError('no training backend could load, not even the JavaScript cpu backend; this is a bug.');
}
