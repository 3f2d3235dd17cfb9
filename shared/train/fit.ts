import type * as tfc from '@tensorflow/tfjs-core';
import type { Activation, DenseNetwork } from '../model/network.js';
import { UserError } from '../runtime/errors.js';
import type { Task } from '../model/preprocessing.js';
import type { Engine, TF } from './backend.js';
import { onnxKernel } from './onnx-fit.js';
import { taskMetrics } from './metrics.js';
import { deriveSeed, shuffledIndices } from '../stats/random.js';
import { glorotUniform } from './random.js';

/** A split as the network sees it: preprocessed inputs and encoded targets. */
export interface Split {
  x: Float32Array;
  /** Class index, or the standardized regression target. */
  y: Float32Array;
  rows: number;
}

export interface NetworkShape {
  inputSize: number;
  hidden: number[];
  outputs: number;
  outputActivation: Activation;
  dropout: number;
}

export interface EarlyStopping {
  patience: number;
  minDelta: number;
  monitor: string;
  restoreBestWeights: boolean;
}

export interface FitSettings {
  task: Task;
  epochs: number;
  batchSize: number;
  learningRate: number;
  optimizer: 'adam' | 'sgd';
  earlyStopping?: EarlyStopping;
  /** Loss weight of each class (class_weight), indexed by class. */
  classWeights?: Float32Array;
  /** Regression: the target's scale, so losses and metrics are reported in the target's units. */
  targetScale?: { mean: number; std: number };
  seed: number;
}

/** Everything needed to continue training exactly where it stopped (checkpoint-cache). */
export interface FitState {
  /** Epochs completed. */
  epoch: number;
  weights: number[][];
  optimizer: { name: string; shape: number[]; data: number[] }[];
  history: Record<string, number[]>;
  best: { value: number; epoch: number; weights: number[][] } | null;
  wait: number;
  stopped: boolean;
  /** Adam's running beta1^t and beta2^t, which its getWeights() leaves out. */
  adamPowers?: [number, number];
}

/**
 * Adam's setWeights() recomputes beta^t with pow(), which differs in the last float32 bits from
 * the running product it keeps while training; a resumed run would drift from an uninterrupted
 * one. Saving and restoring the running products (private fields of tfjs-core's AdamOptimizer)
 * keeps a resumed run bit-identical.
 */
async function adamPowers(optimizer: unknown): Promise<[number, number] | undefined> {
  const adam = optimizer as { accBeta1?: tfc.Variable; accBeta2?: tfc.Variable };
  if (!adam.accBeta1 || !adam.accBeta2) return undefined;
  return [(await adam.accBeta1.data())[0], (await adam.accBeta2.data())[0]];
}

function restoreAdamPowers(tf: TF, optimizer: unknown, powers: [number, number] | undefined): void {
  const adam = optimizer as { accBeta1?: tfc.Variable; accBeta2?: tfc.Variable };
  if (!powers || !adam.accBeta1 || !adam.accBeta2) return;
  adam.accBeta1.assign(tf.scalar(powers[0]));
  adam.accBeta2.assign(tf.scalar(powers[1]));
}

export interface FitResult {
  network: DenseNetwork;
  history: Record<string, number[]>;
  epochs: number;
  bestEpoch: number;
  stoppedEarly: boolean;
}

export interface FitHooks {
  resume?: FitState;
  /** Called after each epoch with the state to checkpoint. */
  onEpoch?: (state: FitState, logs: Record<string, number>) => Promise<void> | void;
  /** Called after each epoch's steps, before validation: cheap, for progress and benchmarks. */
  onEpochSteps?: (epoch: number) => void;
}

export function parameterCount(shape: NetworkShape): number {
  let inputs = shape.inputSize;
  let count = 0;
  for (const units of [...shape.hidden, shape.outputs]) {
    count += inputs * units + units;
    inputs = units;
  }
  return count;
}

function higherIsBetter(metric: string): boolean {
  return /(accuracy|auc|r2)$/.test(metric);
}

/** Each layer's kernel and bias as views (slices) of the flat parameter vector. */
function layerPieces(tf: TF, slots: LayerSlot[], flat: tfc.Tensor): { kernel: tfc.Tensor2D; bias: tfc.Tensor1D }[] {
  return slots.map((slot) => ({
    kernel: tf.reshape(tf.slice(flat, slot.kernel, slot.inputs * slot.units), [slot.inputs, slot.units]) as tfc.Tensor2D,
    bias: tf.slice(flat, slot.bias, slot.units) as tfc.Tensor1D,
  }));
}

/**
 * One step's mean loss as a function of the flat parameters, with its gradient written out:
 * d(loss)/d(logits) is (p − y) for sigmoid and softmax cross-entropy and 2(z − y) for squared
 * error. `weights` (rows × 1) are class weights; `labels` are one-hot for multiclass.
 */
export function stepLoss(tf: TF, shape: NetworkShape, task: Task, params: tfc.Tensor, x: tfc.Tensor2D, labels: tfc.Tensor2D, weights: tfc.Tensor2D | undefined, stepSeed: number): tfc.Scalar {
  const { slots } = layout(shape);
  const rows = x.shape[0];
  const pieces = (flat: tfc.Tensor) => layerPieces(tf, slots, flat);
  return (tf.customGrad(((flat: tfc.Tensor, save: tfc.GradSaveFunc) => {
    const layers = pieces(flat);
    const inputs: tfc.Tensor2D[] = [];
    const masks: (tfc.Tensor2D | undefined)[] = [];
    let h = x;
    layers.forEach((layer, i) => {
      const last = i === layers.length - 1;
      inputs.push(h);
      // TF.js fuses only a linear activation while a gradient is being recorded; relu is its own op.
      const preActivation = tf.fused.matMul({ a: h, b: layer.kernel, bias: layer.bias }) as tfc.Tensor2D;
      const z = last ? preActivation : (tf.relu(preActivation) as tfc.Tensor2D);
      let mask: tfc.Tensor2D | undefined;
      if (!last && shape.dropout > 0) {
        // Inverted dropout with a seeded mask: keep with probability 1 − rate, scale by 1/(1 − rate).
        const keep = tf.step(tf.sub(tf.randomUniform(z.shape, 0, 1, 'float32', deriveSeed(stepSeed, i)), shape.dropout));
        mask = tf.mul(keep, 1 / (1 - shape.dropout)) as tfc.Tensor2D;
      }
      masks.push(mask);
      h = mask ? (tf.mul(z, mask) as tfc.Tensor2D) : z;
    });
    const logits = h;
    let perSample: tfc.Tensor2D;
    let dLogits: tfc.Tensor2D;
    if (task === 'binary-classification') {
      // Stable sigmoid cross-entropy: max(z, 0) − z·y + log(1 + e^−|z|).
      perSample = tf.add(tf.sub(tf.relu(logits), tf.mul(logits, labels)), tf.log1p(tf.exp(tf.neg(tf.abs(logits))))) as tfc.Tensor2D;
      dLogits = tf.sub(tf.sigmoid(logits), labels) as tfc.Tensor2D;
    } else if (task === 'multiclass-classification') {
      const logProbabilities = tf.logSoftmax(logits);
      perSample = tf.neg(tf.sum(tf.mul(labels, logProbabilities), 1, true)) as tfc.Tensor2D;
      dLogits = tf.sub(tf.exp(logProbabilities), labels) as tfc.Tensor2D;
    } else {
      const difference = tf.sub(logits, labels);
      perSample = tf.square(difference) as tfc.Tensor2D;
      dLogits = tf.mul(difference, 2) as tfc.Tensor2D;
    }
    if (weights) {
      perSample = tf.mul(perSample, weights) as tfc.Tensor2D;
      dLogits = tf.mul(dLogits, weights) as tfc.Tensor2D;
    }
    const loss = tf.div(tf.sum(perSample), rows) as tfc.Scalar;
    // save() clones each tensor (one Identity kernel apiece), so only what the backward pass
    // reads: each layer's input also gives the previous layer's ReLU derivative (step(z·mask) is
    // step(z) wherever the mask keeps a unit, and the mask zeroes the rest anyway).
    const n = layers.length;
    save([dLogits, ...inputs, ...layers.slice(1).map((layer) => layer.kernel), ...masks.filter((m): m is tfc.Tensor2D => m !== undefined)]);
    return {
      value: loss,
      gradFunc: (dy: tfc.Tensor, saved: tfc.Tensor[]) => {
        const savedInputs = saved.slice(1, 1 + n) as tfc.Tensor2D[];
        const savedKernels = [undefined, ...saved.slice(1 + n, 2 * n)] as tfc.Tensor2D[];
        const savedMasks = saved.slice(2 * n) as tfc.Tensor2D[];
        let g = tf.mul(saved[0], tf.div(dy, rows)) as tfc.Tensor2D;
        const grads: tfc.Tensor[] = new Array(2 * n);
        for (let i = n - 1; i >= 0; i--) {
          grads[2 * i] = tf.reshape(tf.matMul(tf.transpose(savedInputs[i]), g), [-1]);
          grads[2 * i + 1] = tf.sum(g, 0);
          if (i === 0) break;
          let dh = tf.matMul(g, tf.transpose(savedKernels[i])) as tfc.Tensor2D;
          // Masks exist for every hidden layer or for none (dropout is one rate for all).
          if (savedMasks.length) dh = tf.mul(dh, savedMasks[i - 1]) as tfc.Tensor2D;
          g = tf.mul(dh, tf.step(savedInputs[i])) as tfc.Tensor2D;
        }
        return [tf.concat(grads)];
      },
    };
  }) as unknown as (...args: unknown[]) => { value: tfc.Tensor; gradFunc: (dy: tfc.Tensor) => tfc.Tensor[] }) as unknown as (p: tfc.Tensor) => tfc.Scalar)(params);
}

/** Where each layer's kernel and bias live in the flat parameter vector. */
interface LayerSlot {
  inputs: number;
  units: number;
  kernel: number;
  bias: number;
}

export function layout(shape: NetworkShape): { slots: LayerSlot[]; size: number } {
  const slots: LayerSlot[] = [];
  let inputs = shape.inputSize;
  let offset = 0;
  for (const units of [...shape.hidden, shape.outputs]) {
    slots.push({ inputs, units, kernel: offset, bias: offset + inputs * units });
    offset += inputs * units + units;
    inputs = units;
  }
  return { slots, size: offset };
}

/** One batch, in buffers the loop reuses; only the first `rows` rows are live. */
export interface Batch {
  x: Float32Array;
  /** Class index, or the standardized regression target. */
  y: Float32Array;
  /** Per-row class weights, when class_weight is set. */
  weights?: Float32Array;
  rows: number;
}

/**
 * What an engine does for the training loop. The loop (shuffles, batches, early stopping,
 * history, checkpoints) is the same for every backend; a kernel owns the parameters, the
 * optimizer state and the arithmetic.
 */
export interface TrainingKernel {
  /** One optimizer step on the batch; `stepSeed` seeds its dropout masks. */
  step(batch: Batch, stepSeed: number): void | Promise<void>;
  /** Sum over rows of the (weighted) loss since the last call, then starts again from zero. */
  takeLossSum(): Promise<number>;
  /** Probabilities (binary: P(positive)), or the standardized target, for a whole split. */
  predict(split: Split): Float32Array | Promise<Float32Array>;
  /** Each layer's kernel then bias, in layer order. */
  readWeights(): number[][] | Promise<number[][]>;
  /** Optimizer state for a checkpoint. */
  saveOptimizer(): Promise<Pick<FitState, 'optimizer' | 'adamPowers'>>;
  restore(state: FitState): Promise<void>;
  dispose(): void | Promise<void>;
}

/**
 * The TF.js kernel. Small models are dispatch-bound, so one step is one custom-gradient op over
 * a single flat parameter vector (see stepLoss): a fused matMul+bias+relu forward, plain matMuls
 * with explicit transposes backward (the wasm backend runs transposeA/transposeB products on a
 * slow generic path: 1 GFLOP/s against 11.7 for 4096×512·512×512), and Adam updating one
 * variable instead of one per weight. About 45 ops a step instead of about 110.
 */
export function tfjsKernel(tf: TF, shape: NetworkShape, settings: FitSettings, initial: Float32Array): TrainingKernel {
  const { slots, size } = layout(shape);
  const params = tf.variable(tf.tensor1d(initial));
  const optimizer = settings.optimizer === 'adam' ? tf.train.adam(settings.learningRate) : tf.train.sgd(settings.learningRate);
  const classes = shape.outputs;
  let total = tf.scalar(0);

  const labelsTensor = (y: Float32Array, rows: number): tfc.Tensor2D => {
    if (settings.task !== 'multiclass-classification') return tf.tensor2d(y, [rows, 1]);
    return tf.tensor2d(oneHot(y, rows, classes), [rows, classes]);
  };

  /** Logits for inference (no dropout). */
  const logitsOf = (x: tfc.Tensor2D): tfc.Tensor2D => {
    const layers = layerPieces(tf, slots, params);
    let h = x;
    layers.forEach((layer, i) => {
      h = tf.fused.matMul({ a: h, b: layer.kernel, bias: layer.bias, activation: i === layers.length - 1 ? 'linear' : 'relu' }) as tfc.Tensor2D;
    });
    return h;
  };

  return {
    step(batch, stepSeed) {
      const rows = batch.rows;
      const next = tf.tidy(() => {
        const x = tf.tensor2d(batch.x.subarray(0, rows * shape.inputSize), [rows, shape.inputSize]);
        const labels = labelsTensor(batch.y.subarray(0, rows), rows);
        const weights = batch.weights ? tf.tensor2d(batch.weights.subarray(0, rows), [rows, 1]) : undefined;
        const cost = optimizer.minimize(() => stepLoss(tf, shape, settings.task, params, x, labels, weights, stepSeed), true, [params])!;
        return tf.add(total, tf.mul(cost, rows)) as tfc.Scalar;
      });
      total.dispose();
      total = next;
    },
    async takeLossSum() {
      const sum = (await total.data())[0];
      total.dispose();
      total = tf.scalar(0);
      return sum;
    },
    // Reads go through data(), never dataSync(): on WebGPU a synchronous read needs an
    // OffscreenCanvas, which Node does not have.
    async predict(split) {
      const out = new Float32Array(split.rows * classes);
      const chunk = 8192;
      for (let start = 0; start < split.rows; start += chunk) {
        const rows = Math.min(chunk, split.rows - start);
        const values = tf.tidy(() => {
          const logits: tfc.Tensor = logitsOf(tf.tensor2d(split.x.subarray(start * shape.inputSize, (start + rows) * shape.inputSize), [rows, shape.inputSize]));
          if (settings.task === 'binary-classification') return tf.sigmoid(logits);
          if (settings.task === 'multiclass-classification') return tf.softmax(logits);
          return logits;
        });
        out.set((await values.data()) as Float32Array, start * classes);
        values.dispose();
      }
      return out;
    },
    async readWeights() {
      const flat = (await params.data()) as Float32Array;
      return slots.flatMap((slot) => [Array.from(flat.subarray(slot.kernel, slot.bias)), Array.from(flat.subarray(slot.bias, slot.bias + slot.units))]);
    },
    async saveOptimizer() {
      const weights = await optimizer.getWeights();
      return {
        optimizer: await Promise.all(weights.map(async (w) => ({ name: w.name, shape: w.tensor.shape, data: Array.from((await w.tensor.data()) as Float32Array) }))),
        adamPowers: await adamPowers(optimizer),
      };
    },
    async restore(state) {
      params.assign(tf.tensor1d(flatten(state.weights, size)));
      if (state.optimizer.length > 0) await optimizer.setWeights(state.optimizer.map((w) => ({ name: w.name, tensor: tf.tensor(w.data, w.shape) })));
      restoreAdamPowers(tf, optimizer, state.adamPowers);
    },
    dispose() {
      total.dispose();
      params.dispose();
      optimizer.dispose();
    },
  };
}

/** Class indices as one-hot rows. */
export function oneHot(y: Float32Array, rows: number, classes: number): Float32Array {
  const out = new Float32Array(rows * classes);
  for (let i = 0; i < rows; i++) out[i * classes + y[i]] = 1;
  return out;
}

/** Per-layer weights (kernel, bias, kernel, …) as one flat vector. */
function flatten(weights: number[][], size: number): Float32Array {
  const flat = new Float32Array(size);
  let offset = 0;
  for (const w of weights) {
    flat.set(w, offset);
    offset += w.length;
  }
  return flat;
}

/**
 * Trains a dense network with a hand-written loop: seeded initialisers, a seeded shuffle per
 * epoch and seeded dropout, so a re-run with the same seed and backend gives the same weights.
 * The engine supplies the kernel: TF.js (one custom-gradient op per step, see stepLoss) or
 * onnxruntime (the whole step as one native ONNX graph, see onnx-fit.ts).
 */
export async function fitNetwork(engine: Engine, shape: NetworkShape, settings: FitSettings, train: Split, validation: Split | undefined, hooks: FitHooks = {}): Promise<FitResult> {
  const { slots, size } = layout(shape);
  const initial = new Float32Array(size);
  slots.forEach((slot, layer) => initial.set(glorotUniform(slot.inputs, slot.units, deriveSeed(settings.seed, 1, layer)), slot.kernel));
  const kernel = engine.kind === 'onnxruntime' ? await onnxKernel(engine, shape, settings, initial) : tfjsKernel(engine.tf, shape, settings, initial);
  try {
    return await trainingLoop(kernel, shape, settings, train, validation, hooks);
  } finally {
    await kernel.dispose();
  }
}

async function trainingLoop(kernel: TrainingKernel, shape: NetworkShape, settings: FitSettings, train: Split, validation: Split | undefined, hooks: FitHooks): Promise<FitResult> {
  const { slots } = layout(shape);
  const scale = settings.targetScale?.std ?? 1;
  const monitorDefault = validation ? 'val_loss' : 'loss';
  const monitor = settings.earlyStopping ? (validation || !settings.earlyStopping.monitor.startsWith('val_') ? settings.earlyStopping.monitor : 'loss') : monitorDefault;
  const better = (a: number, b: number) => (higherIsBetter(monitor) ? a > b + (settings.earlyStopping?.minDelta ?? 0) : a < b - (settings.earlyStopping?.minDelta ?? 0));
  const classes = shape.outputs;

  let state: FitState = { epoch: 0, weights: [], optimizer: [], history: {}, best: null, wait: 0, stopped: false };
  if (hooks.resume) {
    state = hooks.resume;
    await kernel.restore(state);
  }

  const evaluate = async (split: Split): Promise<Record<string, number>> => {
    const outputs = await kernel.predict(split);
    if (settings.task === 'regression') {
      const mean = settings.targetScale?.mean ?? 0;
      return taskMetrics('regression', Array.from(split.y, (y) => y * scale + mean), Array.from(outputs, (p) => p * scale + mean));
    }
    return taskMetrics(settings.task, split.y, outputs, classes);
  };

  const batch: Batch = {
    x: new Float32Array(settings.batchSize * shape.inputSize),
    y: new Float32Array(settings.batchSize),
    weights: settings.classWeights ? new Float32Array(settings.batchSize) : undefined,
    rows: 0,
  };
  for (let epoch = state.epoch; epoch < settings.epochs && !state.stopped; epoch++) {
    const order = shuffledIndices(train.rows, deriveSeed(settings.seed, 2, epoch));
    for (let start = 0, step = 0; start < train.rows; start += settings.batchSize, step++) {
      const rows = Math.min(settings.batchSize, train.rows - start);
      for (let k = 0; k < rows; k++) {
        const row = order[start + k];
        batch.x.set(train.x.subarray(row * shape.inputSize, (row + 1) * shape.inputSize), k * shape.inputSize);
        batch.y[k] = train.y[row];
        if (batch.weights) batch.weights[k] = settings.classWeights![train.y[row]];
      }
      batch.rows = rows;
      await kernel.step(batch, deriveSeed(settings.seed, 3, epoch, step));
    }
    hooks.onEpochSteps?.(epoch + 1);
    const logs: Record<string, number> = { loss: ((await kernel.takeLossSum()) / train.rows) * scale * scale };
    if (validation) for (const [name, value] of Object.entries(await evaluate(validation))) logs[`val_${name}`] = value;
    for (const [name, value] of Object.entries(logs)) (state.history[name] ??= []).push(value);
    state.epoch = epoch + 1;
    const current = logs[monitor];
    if (current === undefined) {
      throw new UserError(`training.early_stopping.monitor is "${monitor}", which this run does not report; use one of ${Object.keys(logs).join(', ')}.`);
    }
    if (state.best === null || better(current, state.best.value)) {
      state.best = { value: current, epoch: epoch + 1, weights: settings.earlyStopping?.restoreBestWeights ? await kernel.readWeights() : [] };
      state.wait = 0;
    } else if (settings.earlyStopping && ++state.wait >= settings.earlyStopping.patience) {
      state.stopped = true;
    }
    if (hooks.onEpoch) {
      state.weights = await kernel.readWeights();
      Object.assign(state, await kernel.saveOptimizer());
      await hooks.onEpoch(state, logs);
    }
  }
  const finalWeights = settings.earlyStopping?.restoreBestWeights && state.best?.weights.length ? state.best.weights : await kernel.readWeights();
  const layers = slots.map((slot, layer) => ({
    units: slot.units,
    activation: (layer === slots.length - 1 ? shape.outputActivation : 'relu') as Activation,
    kernel: Float32Array.from(finalWeights[2 * layer]),
    bias: Float32Array.from(finalWeights[2 * layer + 1]),
  }));
  return { network: { inputSize: shape.inputSize, layers }, history: state.history, epochs: state.epoch, bestEpoch: state.best?.epoch ?? state.epoch, stoppedEarly: state.stopped };
}
