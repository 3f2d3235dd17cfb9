import type { Activation, DenseNetwork } from '../model/network.js';
import { UserError } from '../runtime/errors.js';
import { trainingMetricDirection } from '../metrics/definitions.js';
import { deriveSeed, shuffledIndices } from '../stats/random.js';
import type { Engine } from './backend.js';
import { layout, type Batch, type FitSettings, type FitState, type NetworkShape, type Split, type TrainingKernel } from './kernel.js';
import { taskMetrics } from './metrics.js';
import { onnxKernel } from './onnx-kernel.js';
import { glorotUniform } from './random.js';
import { tfjsKernel } from './tfjs-kernel.js';

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

/**
 * Trains a dense network with a hand-written loop: seeded initialisers, a seeded shuffle per
 * epoch and seeded dropout, so a re-run with the same seed and backend gives the same weights.
 * The engine supplies the kernel: TF.js (one custom-gradient op per step, see tfjs-kernel.ts) or
 * onnxruntime (the whole step as one native ONNX graph, see onnx-kernel.ts).
 */
export async function fitNetwork(
  engine: Engine,
  shape: NetworkShape,
  settings: FitSettings,
  train: Split,
  validation: Split | undefined,
  hooks: FitHooks = {},
): Promise<FitResult> {
  const { slots, size } = layout(shape);
  const initial = new Float32Array(size);
  slots.forEach((slot, layer) => initial.set(glorotUniform(slot.inputs, slot.units, deriveSeed(settings.seed, 1, layer)), slot.kernel));
  const kernel =
    engine.kind === 'onnxruntime' ? await onnxKernel(engine, shape, settings, initial) : tfjsKernel(engine.tf, shape, settings, initial);
  try {
    return await trainingLoop(kernel, shape, settings, train, validation, hooks);
  } finally {
    await kernel.dispose();
  }
}

/** The direction of the early-stopping metric; a name the trainer cannot place is the user's to fix. */
function monitorDirection(monitor: string): 'higher' | 'lower' {
  try {
    return trainingMetricDirection(monitor);
  } catch {
    throw new UserError(
      `training.early_stopping.monitor is "${monitor}", which is not a metric the trainer reports (loss, accuracy, auc, rmse, mae or r2, with val_ for the validation split).`,
    );
  }
}

async function trainingLoop(
  kernel: TrainingKernel,
  shape: NetworkShape,
  settings: FitSettings,
  train: Split,
  validation: Split | undefined,
  hooks: FitHooks,
): Promise<FitResult> {
  const { slots } = layout(shape);
  const scale = settings.targetScale?.std ?? 1;
  const monitorDefault = validation ? 'val_loss' : 'loss';
  const monitor = settings.earlyStopping
    ? validation || !settings.earlyStopping.monitor.startsWith('val_')
      ? settings.earlyStopping.monitor
      : 'loss'
    : monitorDefault;
  const higherIsBetter = monitorDirection(monitor) === 'higher';
  const better = (a: number, b: number) =>
    higherIsBetter ? a > b + (settings.earlyStopping?.minDelta ?? 0) : a < b - (settings.earlyStopping?.minDelta ?? 0);
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
      return taskMetrics(
        'regression',
        Array.from(split.y, (y) => y * scale + mean),
        Array.from(outputs, (p) => p * scale + mean),
      );
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
      throw new UserError(
        `training.early_stopping.monitor is "${monitor}", which this run does not report; use one of ${Object.keys(logs).join(', ')}.`,
      );
    }
    if (state.best === null || better(current, state.best.value)) {
      state.best = {
        value: current,
        epoch: epoch + 1,
        weights: settings.earlyStopping?.restoreBestWeights ? await kernel.readWeights() : [],
      };
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
  const finalWeights =
    settings.earlyStopping?.restoreBestWeights && state.best?.weights.length ? state.best.weights : await kernel.readWeights();
  const layers = slots.map((slot, layer) => ({
    units: slot.units,
    activation: (layer === slots.length - 1 ? shape.outputActivation : 'relu') as Activation,
    kernel: Float32Array.from(finalWeights[2 * layer]),
    bias: Float32Array.from(finalWeights[2 * layer + 1]),
  }));
  return {
    network: { inputSize: shape.inputSize, layers },
    history: state.history,
    epochs: state.epoch,
    bestEpoch: state.best?.epoch ?? state.epoch,
    stoppedEarly: state.stopped,
  };
}
