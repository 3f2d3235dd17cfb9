import { closest } from '../runtime/suggest.js';
import { predictNetwork, type DenseNetwork } from '../model/network.js';
import { applyPreprocessing, encodeTarget, fitPreprocessing, type PreprocessingSpec, type Task } from '../model/preprocessing.js';
import { UserError } from '../runtime/errors.js';
import type { Engine } from './backend.js';
import type { TrainConfig } from './config.js';
import type { Table } from '../data/table.js';
import { fitNetwork, type FitHooks } from './fit.js';
import { parameterCount, type FitSettings, type NetworkShape, type Split } from './kernel.js';
import { summarizeFolds, taskMetrics } from './metrics.js';
import { deriveSeed, shuffledIndices } from '../stats/random.js';
import { detectTask } from './task.js';

/** What the trainer decided before training: the columns, the task and the network. */
export interface TrainingPlan {
  target: string;
  features: string[];
  task: Task;
  taskReason: string;
  /** Rows with a target (rows with a missing target are dropped). */
  rows: Int32Array;
  droppedRows: number;
}

export interface TrainingOutcome {
  plan: TrainingPlan;
  preprocessing: PreprocessingSpec;
  network: DenseNetwork;
  metrics: Record<string, number>;
  history: Record<string, number[]>;
  epochs: number;
  bestEpoch: number;
  stoppedEarly: boolean;
  parameters: number;
  trainRows: number;
  validationRows: number;
}

function requireColumn(table: Table, name: string, role: string): void {
  if (table.values.has(name)) return;
  const hint = closest(name, table.columns);
  throw new UserError(
    `${role} column "${name}" is not in the data${hint ? ` (did you mean "${hint}"?)` : ''}. Columns: ${table.columns.join(', ')}.`,
  );
}

/** Picks target, features and task from the config and the data, with clear errors for what does not fit. */
export function planTraining(config: TrainConfig, table: Table): TrainingPlan {
  const target = config.target;
  if (!target) throw new UserError('no target column: set `target:` in the config or the `target` input.');
  requireColumn(table, target, 'target');
  for (const name of [...(config.features.include ?? []), ...config.features.exclude, ...config.features.categorical])
    requireColumn(table, name, 'feature');
  const features = (config.features.include ?? table.columns).filter((name) => name !== target && !config.features.exclude.includes(name));
  if (features.length === 0) throw new UserError('no feature columns are left after features.include/exclude and the target.');
  const cells = table.values.get(target)!;
  const kept: number[] = [];
  for (let i = 0; i < table.rows; i++) if (cells[i] !== null) kept.push(i);
  if (kept.length === 0) throw new UserError(`target column "${target}" is empty in every row.`);
  const distinct = new Set(kept.map((i) => cells[i]!.trim()));
  if (distinct.size < 2)
    throw new UserError(`target column "${target}" is constant (every row is "${[...distinct][0]}"): there is nothing to learn.`);
  const detected = detectTask(kept.map((i) => cells[i]));
  const task = config.task ?? detected.task;
  if (config.model.type === 'linear' && task !== 'regression')
    throw new UserError(`model linear is for regression, but the task is ${task}; use model: logistic (or mlp).`);
  if (config.model.type === 'logistic' && task === 'regression')
    throw new UserError('model logistic is for classification, but the task is regression; use model: linear (or mlp).');
  return {
    target,
    features,
    task,
    taskReason: config.task ? 'set in the config' : detected.reason,
    rows: Int32Array.from(kept),
    droppedRows: table.rows - kept.length,
  };
}

/** Trainable parameters of the configured network on this data, for the backend choice (before training). */
export function estimateParameters(config: TrainConfig, table: Table, plan: TrainingPlan): number {
  const spec = fitPreprocessing(table, {
    features: plan.features,
    target: plan.target,
    task: plan.task,
    categorical: config.features.categorical,
    maxCategories: config.maxCategories,
    positiveClass: config.positiveClass,
    rows: plan.rows,
    locate: table.locate,
  });
  return parameterCount(networkShape(config, spec));
}

function networkShape(config: TrainConfig, spec: PreprocessingSpec): NetworkShape {
  const task = spec.target.task;
  const outputs = task === 'multiclass-classification' ? spec.target.classes!.length : 1;
  return {
    inputSize: spec.inputSize,
    hidden: config.model.type === 'mlp' ? config.model.hidden : [],
    outputs,
    outputActivation: task === 'binary-classification' ? 'sigmoid' : task === 'multiclass-classification' ? 'softmax' : 'linear',
    dropout: config.model.type === 'mlp' ? config.model.dropout : 0,
  };
}

function classWeights(config: TrainConfig, spec: PreprocessingSpec, y: Float32Array): Float32Array | undefined {
  const setting = config.training.classWeight;
  const classes = spec.target.classes;
  if (!setting || !classes) return undefined;
  const weights = new Float32Array(classes.length);
  if (setting === 'balanced') {
    // sklearn's compute_class_weight('balanced'): n_samples / (n_classes * count(class)).
    const counts = new Float64Array(classes.length);
    for (const label of y) counts[label]++;
    for (let c = 0; c < classes.length; c++) weights[c] = counts[c] > 0 ? y.length / (classes.length * counts[c]) : 0;
    return weights;
  }
  for (let c = 0; c < classes.length; c++) weights[c] = setting[classes[c]] ?? 1;
  for (const label of Object.keys(setting)) {
    if (!classes.includes(label))
      throw new UserError(
        `training.class_weight names the class "${label}", which the target does not have (classes: ${classes.join(', ')}).`,
      );
  }
  return weights;
}

interface SplitRows {
  train: Int32Array;
  validation: Int32Array;
}

function fitSettings(config: TrainConfig, spec: PreprocessingSpec, seed: number, weights?: Float32Array): FitSettings {
  return {
    task: spec.target.task,
    epochs: config.training.epochs,
    batchSize: config.training.batchSize,
    learningRate: config.training.learningRate,
    optimizer: config.training.optimizer,
    earlyStopping: config.training.earlyStopping,
    classWeights: weights,
    targetScale: spec.target.task === 'regression' ? { mean: spec.target.mean!, std: spec.target.std! } : undefined,
    seed,
  };
}

/**
 * Regression trains on the standardized target; folding the inverse transform into the last
 * layer makes the packaged network predict in the target's units, so serving needs nothing else.
 */
function unstandardizeOutput(network: DenseNetwork, mean: number, std: number): void {
  const last = network.layers[network.layers.length - 1];
  for (let i = 0; i < last.kernel.length; i++) last.kernel[i] *= std;
  for (let i = 0; i < last.bias.length; i++) last.bias[i] = last.bias[i] * std + mean;
}

/** Final metrics from the packaged network run in plain JS, exactly as evaluate and serving will run it. */
function finalMetrics(spec: PreprocessingSpec, network: DenseNetwork, table: Table, rows: Int32Array): Record<string, number> {
  const x = applyPreprocessing(spec, table, { rows, locate: table.locate });
  const outputs = predictNetwork(network, x, rows.length);
  const y = encodeTarget(spec.target, table, { rows, locate: table.locate });
  if (spec.target.task === 'regression') {
    const { mean, std } = spec.target as { mean: number; std: number };
    return taskMetrics(
      'regression',
      Array.from(y, (v) => v * std + mean),
      outputs,
    );
  }
  return taskMetrics(spec.target.task, y, outputs, network.layers[network.layers.length - 1].units);
}

async function trainOnRows(
  engine: Engine,
  config: TrainConfig,
  plan: TrainingPlan,
  table: Table,
  split: SplitRows,
  seed: number,
  hooks: FitHooks,
) {
  if (split.train.length === 0)
    throw new UserError('no training rows are left after the validation split; use more data or a smaller validation_split.');
  const spec = fitPreprocessing(table, {
    features: plan.features,
    target: plan.target,
    task: plan.task,
    categorical: config.features.categorical,
    maxCategories: config.maxCategories,
    positiveClass: config.positiveClass,
    rows: split.train,
    locate: table.locate,
  });
  const toSplit = (rows: Int32Array): Split => ({
    x: applyPreprocessing(spec, table, { rows, locate: table.locate }),
    y: encodeTarget(spec.target, table, { rows, locate: table.locate }),
    rows: rows.length,
  });
  const train = toSplit(split.train);
  const validation = split.validation.length > 0 ? toSplit(split.validation) : undefined;
  const shape = networkShape(config, spec);
  const result = await fitNetwork(
    engine,
    shape,
    fitSettings(config, spec, seed, classWeights(config, spec, train.y)),
    train,
    validation,
    hooks,
  );
  if (spec.target.task === 'regression') unstandardizeOutput(result.network, spec.target.mean!, spec.target.std!);
  return { spec, shape, result };
}

/**
 * The built-in trainer: optional k-fold cross-validation (mean and std of each validation
 * metric), then the model itself on a seeded train/validation split.
 */
export async function trainFromConfig(
  engine: Engine,
  config: TrainConfig,
  table: Table,
  options: { seed: number; log?: (message: string) => void; hooks?: FitHooks },
): Promise<TrainingOutcome> {
  const plan = planTraining(config, table);
  const log = options.log ?? (() => {});
  log(
    `task: ${plan.task} (${plan.taskReason}); target: ${plan.target}; ${plan.features.length} features; ${plan.rows.length} rows${plan.droppedRows ? ` (${plan.droppedRows} rows without a target dropped)` : ''}`,
  );
  const order = shuffledIndices(plan.rows.length, deriveSeed(options.seed, 10));
  const shuffled = Int32Array.from(order, (i) => plan.rows[i]);
  const metrics: Record<string, number> = {};
  const folds = config.training.cvFolds;
  if (folds >= 2) {
    if (folds > shuffled.length) throw new UserError(`training.cv_folds is ${folds} but there are only ${shuffled.length} rows.`);
    const foldMetrics: Record<string, number>[] = [];
    for (let fold = 0; fold < folds; fold++) {
      const start = Math.floor((fold * shuffled.length) / folds);
      const end = Math.floor(((fold + 1) * shuffled.length) / folds);
      const validation = shuffled.slice(start, end);
      const train = Int32Array.from([...shuffled.slice(0, start), ...shuffled.slice(end)]);
      const { spec, result } = await trainOnRows(
        engine,
        config,
        plan,
        table,
        { train, validation },
        deriveSeed(options.seed, 20, fold),
        {},
      );
      const scores = finalMetrics(spec, result.network, table, validation);
      foldMetrics.push(Object.fromEntries(Object.entries(scores).map(([name, value]) => [`val_${name}`, value])));
      log(
        `cv fold ${fold + 1}/${folds}: ${Object.entries(scores)
          .map(([name, value]) => `val_${name}=${value.toFixed(4)}`)
          .join(' ')}`,
      );
    }
    Object.assign(metrics, summarizeFolds(foldMetrics));
  }
  const validationRows = Math.floor(shuffled.length * config.training.validationSplit);
  const split = {
    train: shuffled.slice(0, shuffled.length - validationRows),
    validation: shuffled.slice(shuffled.length - validationRows),
  };
  const { spec, shape, result } = await trainOnRows(engine, config, plan, table, split, options.seed, options.hooks ?? {});
  Object.assign(metrics, finalMetrics(spec, result.network, table, split.train));
  if (split.validation.length > 0) {
    for (const [name, value] of Object.entries(finalMetrics(spec, result.network, table, split.validation))) metrics[`val_${name}`] = value;
  }
  return {
    plan,
    preprocessing: spec,
    network: result.network,
    metrics,
    history: result.history,
    epochs: result.epochs,
    bestEpoch: result.bestEpoch,
    stoppedEarly: result.stoppedEarly,
    parameters: parameterCount(shape),
    trainRows: split.train.length,
    validationRows: split.validation.length,
  };
}
