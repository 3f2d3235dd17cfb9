import type * as tfc from '@tensorflow/tfjs-core';
import type { Activation, DenseNetwork } from '../model/network.js';
import type { Task } from '../model/preprocessing.js';
import type { TF } from './backend.js';
import { taskMetrics } from './metrics.js';
import { deriveSeed, glorotUniform, shuffledIndices } from './random.js';

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
function adamPowers(optimizer: unknown): [number, number] | undefined {
  const adam = optimizer as { accBeta1?: tfc.Variable; accBeta2?: tfc.Variable };
  if (!adam.accBeta1 || !adam.accBeta2) return undefined;
  return [adam.accBeta1.dataSync()[0], adam.accBeta2.dataSync()[0]];
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

/**
 * Trains a dense network with a hand-written loop on TF.js ops: seeded initialisers, a seeded
 * shuffle per epoch and seeded dropout, so a re-run with the same seed and backend gives the same
 * weights. Fused matMul+bias+relu keeps the op count per step low.
 */
export async function fitNetwork(tf: TF, shape: NetworkShape, settings: FitSettings, train: Split, validation: Split | undefined, hooks: FitHooks = {}): Promise<FitResult> {
  const sizes = [...shape.hidden, shape.outputs];
  const variables: tfc.Variable[] = [];
  let inputs = shape.inputSize;
  sizes.forEach((units, layer) => {
    variables.push(tf.variable(tf.tensor2d(glorotUniform(inputs, units, deriveSeed(settings.seed, 1, layer)), [inputs, units])));
    variables.push(tf.variable(tf.zeros([units])));
    inputs = units;
  });
  const optimizer = settings.optimizer === 'adam' ? tf.train.adam(settings.learningRate) : tf.train.sgd(settings.learningRate);
  const scale = settings.targetScale?.std ?? 1;
  const monitorDefault = validation ? 'val_loss' : 'loss';
  const monitor = settings.earlyStopping ? (validation || !settings.earlyStopping.monitor.startsWith('val_') ? settings.earlyStopping.monitor : 'loss') : monitorDefault;
  const better = (a: number, b: number) => (higherIsBetter(monitor) ? a > b + (settings.earlyStopping?.minDelta ?? 0) : a < b - (settings.earlyStopping?.minDelta ?? 0));

  let state: FitState = { epoch: 0, weights: [], optimizer: [], history: {}, best: null, wait: 0, stopped: false };
  if (hooks.resume) {
    state = hooks.resume;
    state.weights.forEach((w, i) => variables[i].assign(tf.tensor(w, variables[i].shape)));
    if (state.optimizer.length > 0) await optimizer.setWeights(state.optimizer.map((w) => ({ name: w.name, tensor: tf.tensor(w.data, w.shape) })));
    restoreAdamPowers(tf, optimizer, state.adamPowers);
  }

  const forward = (x: tfc.Tensor2D, training: boolean, stepSeed: number): tfc.Tensor2D => {
    let h = x;
    for (let layer = 0; layer < sizes.length; layer++) {
      const last = layer === sizes.length - 1;
      h = tf.fused.matMul({ a: h, b: variables[2 * layer] as tfc.Tensor2D, bias: variables[2 * layer + 1], activation: last ? 'linear' : 'relu' }) as tfc.Tensor2D;
      if (!last && training && shape.dropout > 0) h = tf.dropout(h, shape.dropout, undefined, deriveSeed(stepSeed, layer)) as tfc.Tensor2D;
    }
    return h;
  };

  const labelsTensor = (y: Float32Array, rows: number): tfc.Tensor2D => {
    if (settings.task !== 'multiclass-classification') return tf.tensor2d(y, [rows, 1]);
    const onehot = new Float32Array(rows * shape.outputs);
    for (let i = 0; i < rows; i++) onehot[i * shape.outputs + y[i]] = 1;
    return tf.tensor2d(onehot, [rows, shape.outputs]);
  };

  const perSampleLoss = (labels: tfc.Tensor2D, logits: tfc.Tensor2D): tfc.Tensor => {
    if (settings.task === 'binary-classification') return tf.reshape(tf.losses.sigmoidCrossEntropy(labels, logits, undefined, 0, tf.Reduction.NONE), [-1]);
    if (settings.task === 'multiclass-classification') return tf.reshape(tf.losses.softmaxCrossEntropy(labels, logits, undefined, 0, tf.Reduction.NONE), [-1]);
    return tf.reshape(tf.squaredDifference(logits, labels), [-1]);
  };

  /** Network outputs as probabilities (or target units) for a whole split, read back to JS. */
  const predict = (split: Split): Float32Array => {
    const out = new Float32Array(split.rows * shape.outputs);
    const chunk = 8192;
    for (let start = 0; start < split.rows; start += chunk) {
      const rows = Math.min(chunk, split.rows - start);
      const values = tf.tidy(() => {
        const logits: tfc.Tensor = forward(tf.tensor2d(split.x.subarray(start * shape.inputSize, (start + rows) * shape.inputSize), [rows, shape.inputSize]), false, 0);
        if (settings.task === 'binary-classification') return tf.sigmoid(logits);
        if (settings.task === 'multiclass-classification') return tf.softmax(logits);
        return logits;
      });
      out.set(values.dataSync() as Float32Array, start * shape.outputs);
      values.dispose();
    }
    return out;
  };

  const evaluate = (split: Split): Record<string, number> => {
    const outputs = predict(split);
    if (settings.task === 'regression') {
      const mean = settings.targetScale?.mean ?? 0;
      return taskMetrics('regression', Array.from(split.y, (y) => y * scale + mean), Array.from(outputs, (p) => p * scale + mean));
    }
    return taskMetrics(settings.task, split.y, outputs, shape.outputs);
  };

  const readWeights = () => variables.map((v) => Array.from(v.dataSync() as Float32Array));

  const batchX = new Float32Array(settings.batchSize * shape.inputSize);
  const batchY = new Float32Array(settings.batchSize);
  const batchW = new Float32Array(settings.batchSize);
  const trainable = variables.slice();
  for (let epoch = state.epoch; epoch < settings.epochs && !state.stopped; epoch++) {
    const order = shuffledIndices(train.rows, deriveSeed(settings.seed, 2, epoch));
    let total = tf.scalar(0);
    for (let start = 0, step = 0; start < train.rows; start += settings.batchSize, step++) {
      const rows = Math.min(settings.batchSize, train.rows - start);
      for (let k = 0; k < rows; k++) {
        const row = order[start + k];
        batchX.set(train.x.subarray(row * shape.inputSize, (row + 1) * shape.inputSize), k * shape.inputSize);
        batchY[k] = train.y[row];
        if (settings.classWeights) batchW[k] = settings.classWeights[train.y[row]];
      }
      const stepSeed = deriveSeed(settings.seed, 3, epoch, step);
      const next = tf.tidy(() => {
        const x = tf.tensor2d(batchX.subarray(0, rows * shape.inputSize), [rows, shape.inputSize]);
        const labels = labelsTensor(batchY.subarray(0, rows), rows);
        const weights = settings.classWeights ? tf.tensor1d(batchW.subarray(0, rows)) : undefined;
        const cost = optimizer.minimize(
          () => {
            const losses = perSampleLoss(labels, forward(x, true, stepSeed));
            return (weights ? tf.mean(tf.mul(losses, weights)) : tf.mean(losses)) as tfc.Scalar;
          },
          true,
          trainable,
        )!;
        return tf.add(total, tf.mul(cost, rows)) as tfc.Scalar;
      });
      total.dispose();
      total = next;
    }
    const logs: Record<string, number> = { loss: ((await total.data())[0] / train.rows) * scale * scale };
    total.dispose();
    if (validation) for (const [name, value] of Object.entries(evaluate(validation))) logs[`val_${name}`] = value;
    for (const [name, value] of Object.entries(logs)) (state.history[name] ??= []).push(value);
    state.epoch = epoch + 1;
    const current = logs[monitor];
    if (state.best === null || better(current, state.best.value)) {
      state.best = { value: current, epoch: epoch + 1, weights: settings.earlyStopping?.restoreBestWeights ? readWeights() : [] };
      state.wait = 0;
    } else if (settings.earlyStopping && ++state.wait >= settings.earlyStopping.patience) {
      state.stopped = true;
    }
    if (hooks.onEpoch) {
      state.weights = readWeights();
      state.optimizer = await Promise.all(
        (await optimizer.getWeights()).map(async (w) => ({ name: w.name, shape: w.tensor.shape, data: Array.from((await w.tensor.data()) as Float32Array) })),
      );
      state.adamPowers = adamPowers(optimizer);
      await hooks.onEpoch(state, logs);
    }
  }
  const finalWeights = settings.earlyStopping?.restoreBestWeights && state.best?.weights.length ? state.best.weights : readWeights();
  variables.forEach((v) => v.dispose());
  optimizer.dispose();
  inputs = shape.inputSize;
  const layers = sizes.map((units, layer) => {
    const built = {
      units,
      activation: (layer === sizes.length - 1 ? shape.outputActivation : 'relu') as Activation,
      kernel: Float32Array.from(finalWeights[2 * layer]),
      bias: Float32Array.from(finalWeights[2 * layer + 1]),
    };
    inputs = units;
    return built;
  });
  return { network: { inputSize: shape.inputSize, layers }, history: state.history, epochs: state.epoch, bestEpoch: state.best?.epoch ?? state.epoch, stoppedEarly: state.stopped };
}
