import type { Activation } from '../model/network.js';
import type { Task } from '../model/preprocessing.js';

// The contract between the training loop (fit.ts) and the engines that run its arithmetic
// (tfjs-kernel.ts, onnx-kernel.ts), with the shapes both sides share.

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

/** Where each layer's kernel and bias live in the flat parameter vector. */
export interface LayerSlot {
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

export function parameterCount(shape: NetworkShape): number {
  let inputs = shape.inputSize;
  let count = 0;
  for (const units of [...shape.hidden, shape.outputs]) {
    count += inputs * units + units;
    inputs = units;
  }
  return count;
}

/** Class indices as one-hot rows. */
export function oneHot(y: Float32Array, rows: number, classes: number): Float32Array {
  const out = new Float32Array(rows * classes);
  for (let i = 0; i < rows; i++) out[i * classes + y[i]] = 1;
  return out;
}

/** Per-layer weights (kernel, bias, kernel, …) as one flat vector. */
export function flatten(weights: number[][], size: number): Float32Array {
  const flat = new Float32Array(size);
  let offset = 0;
  for (const w of weights) {
    flat.set(w, offset);
    offset += w.length;
  }
  return flat;
}
