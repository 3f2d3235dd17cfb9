import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Document } from 'yaml';
import { closest } from '../runtime/suggest.js';
import { FileError, InputError } from '../runtime/errors.js';
import type { Task } from '../model/preprocessing.js';

/** The built-in trainer's config (docs/training-config.md), with every default filled in. */
export interface TrainConfig {
  name: string;
  data?: string;
  target?: string;
  task?: Task;
  features: { include?: string[]; exclude: string[]; categorical: string[] };
  positiveClass?: string;
  maxCategories: number;
  model: { type: 'linear' | 'logistic' | 'mlp'; hidden: number[]; dropout: number };
  training: {
    epochs: number;
    batchSize: number;
    learningRate: number;
    optimizer: 'adam' | 'sgd';
    validationSplit: number;
    earlyStopping?: { patience: number; minDelta: number; monitor: string; restoreBestWeights: boolean };
    classWeight?: 'balanced' | Record<string, number>;
    cvFolds: number;
  };
}

/** Where config problems point: the file, and a line when the YAML knows it. */
interface Source {
  file: string;
  lineOf(path: (string | number)[]): number | undefined;
}

const TOP_KEYS = ['name', 'data', 'target', 'task', 'features', 'positive_class', 'max_categories', 'model', 'training'];
const FEATURE_KEYS = ['include', 'exclude', 'categorical'];
const MODEL_KEYS = ['type', 'hidden', 'dropout'];
const TRAINING_KEYS = [
  'epochs',
  'batch_size',
  'learning_rate',
  'optimizer',
  'validation_split',
  'early_stopping',
  'class_weight',
  'cv_folds',
];
const EARLY_STOPPING_KEYS = ['patience', 'min_delta', 'monitor', 'restore_best_weights'];
const TASKS: Task[] = ['binary-classification', 'multiclass-classification', 'regression'];

function fail(source: Source, path: (string | number)[], message: string): never {
  throw new FileError(message, source.file, source.lineOf(path));
}

function checkKeys(source: Source, path: (string | number)[], value: unknown, allowed: readonly string[]): Record<string, unknown> {
  const where = path.length ? path.join('.') : 'the config';
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail(source, path, `${where} must be a mapping of keys to values.`);
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      const hint = closest(key, allowed);
      fail(
        source,
        [...path, key],
        `unknown key "${[...path, key].join('.')}"${hint ? ` (did you mean "${hint}"?)` : ''}. Known keys here: ${allowed.join(', ')}.`,
      );
    }
  }
  return value as Record<string, unknown>;
}

function num(
  source: Source,
  path: (string | number)[],
  value: unknown,
  check: { min?: number; max?: number; integer?: boolean; exclusiveMin?: boolean },
): number {
  const name = path.join('.');
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(source, path, `${name} must be a number (got ${JSON.stringify(value)}).`);
  if (check.integer && !Number.isInteger(value)) fail(source, path, `${name} must be a whole number (got ${value}).`);
  if (check.min !== undefined && (check.exclusiveMin ? value <= check.min : value < check.min))
    fail(source, path, `${name} must be ${check.exclusiveMin ? '>' : '≥'} ${check.min} (got ${value}).`);
  if (check.max !== undefined && value > check.max) fail(source, path, `${name} must be ≤ ${check.max} (got ${value}).`);
  return value;
}

function str(source: Source, path: (string | number)[], value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value !== 'string' || value === '') fail(source, path, `${path.join('.')} must be a non-empty string.`);
  return value;
}

function strList(source: Source, path: (string | number)[], value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) fail(source, path, `${path.join('.')} must be a list of column names.`);
  return value.map((item, i) => str(source, [...path, i], item));
}

function oneOf<T extends string>(source: Source, path: (string | number)[], value: unknown, options: readonly T[]): T {
  if (typeof value !== 'string' || !options.includes(value as T)) {
    const hint = typeof value === 'string' ? closest(value, options) : undefined;
    fail(
      source,
      path,
      `${path.join('.')} must be one of ${options.join(', ')} (got ${JSON.stringify(value)})${hint ? `; did you mean "${hint}"?` : '.'}`,
    );
  }
  return value as T;
}

/** Applies `params` (tune's overrides) to the raw config: `learning_rate`, `training.learning_rate` or `model.hidden`. */
export function applyParams(raw: Record<string, any>, params: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(params)) {
    let path: string[];
    if (key.includes('.')) path = key.split('.');
    else if (TRAINING_KEYS.includes(key)) path = ['training', key];
    else if (MODEL_KEYS.includes(key)) path = ['model', key];
    else if (TOP_KEYS.includes(key)) path = [key];
    else {
      const all = [...TRAINING_KEYS, ...MODEL_KEYS, ...TOP_KEYS];
      const hint = closest(key, all);
      throw new InputError(
        `params has the unknown parameter "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}. Parameters: ${all.join(', ')} (or dotted, e.g. training.learning_rate).`,
        'params',
      );
    }
    let node: Record<string, any> = raw;
    for (const part of path.slice(0, -1)) {
      if (part === 'model' && typeof node.model === 'string') node.model = { type: node.model };
      if (node[part] === undefined || node[part] === null) node[part] = {};
      if (typeof node[part] !== 'object') throw new InputError(`params "${key}": ${part} in the config is not a mapping.`, 'params');
      node = node[part];
    }
    node[path[path.length - 1]] = value;
  }
}

/** Validates a parsed config (after params) and fills defaults. */
export function normalizeConfig(raw: unknown, source: Source): TrainConfig {
  const top = checkKeys(source, [], raw ?? {}, TOP_KEYS);
  const features = top.features === undefined ? {} : checkKeys(source, ['features'], top.features, FEATURE_KEYS);
  const modelRaw =
    typeof top.model === 'string'
      ? { type: top.model }
      : top.model === undefined
        ? {}
        : checkKeys(source, ['model'], top.model, MODEL_KEYS);
  const modelType =
    modelRaw.type === undefined ? 'mlp' : oneOf(source, ['model', 'type'], modelRaw.type, ['linear', 'logistic', 'mlp'] as const);
  let hidden: number[] = [];
  if (modelType === 'mlp') {
    const value = modelRaw.hidden ?? [64, 32];
    const list = Array.isArray(value) ? value : [value];
    hidden = list.map((units, i) => num(source, ['model', 'hidden', i], units, { min: 1, max: 65536, integer: true }));
    if (hidden.length === 0)
      fail(
        source,
        ['model', 'hidden'],
        'model.hidden must list at least one layer size for an mlp (use model: linear or logistic for none).',
      );
  } else if (modelRaw.hidden !== undefined) {
    fail(source, ['model', 'hidden'], `model.hidden applies to mlp only; a ${modelType} model has no hidden layers.`);
  }
  const dropout = modelRaw.dropout === undefined ? 0 : num(source, ['model', 'dropout'], modelRaw.dropout, { min: 0, max: 0.95 });
  const training = top.training === undefined ? {} : checkKeys(source, ['training'], top.training, TRAINING_KEYS);
  let earlyStopping: TrainConfig['training']['earlyStopping'];
  const es = training.early_stopping;
  if (es === true) earlyStopping = { patience: 5, minDelta: 0, monitor: 'val_loss', restoreBestWeights: true };
  else if (typeof es === 'number')
    earlyStopping = {
      patience: num(source, ['training', 'early_stopping'], es, { min: 1, integer: true }),
      minDelta: 0,
      monitor: 'val_loss',
      restoreBestWeights: true,
    };
  else if (es !== undefined && es !== false && es !== null) {
    const map = checkKeys(source, ['training', 'early_stopping'], es, EARLY_STOPPING_KEYS);
    earlyStopping = {
      patience:
        map.patience === undefined ? 5 : num(source, ['training', 'early_stopping', 'patience'], map.patience, { min: 1, integer: true }),
      minDelta: map.min_delta === undefined ? 0 : num(source, ['training', 'early_stopping', 'min_delta'], map.min_delta, { min: 0 }),
      monitor: map.monitor === undefined ? 'val_loss' : str(source, ['training', 'early_stopping', 'monitor'], map.monitor),
      restoreBestWeights: map.restore_best_weights === undefined ? true : Boolean(map.restore_best_weights),
    };
  }
  let classWeight: TrainConfig['training']['classWeight'];
  const cw = training.class_weight;
  if (cw === 'balanced') classWeight = 'balanced';
  else if (cw && typeof cw === 'object' && !Array.isArray(cw)) {
    classWeight = Object.fromEntries(
      Object.entries(cw).map(([label, w]) => [label, num(source, ['training', 'class_weight', label], w, { min: 0, exclusiveMin: true })]),
    );
  } else if (cw !== undefined && cw !== null && cw !== 'none')
    fail(source, ['training', 'class_weight'], 'training.class_weight must be "balanced", "none", or a map of class label to weight.');
  return {
    name: top.name === undefined ? 'model' : str(source, ['name'], top.name),
    data: top.data === undefined ? undefined : str(source, ['data'], top.data),
    target: top.target === undefined ? undefined : str(source, ['target'], top.target),
    task: top.task === undefined ? undefined : oneOf(source, ['task'], top.task, TASKS),
    features: {
      include: features.include === undefined ? undefined : strList(source, ['features', 'include'], features.include),
      exclude: features.exclude === undefined ? [] : strList(source, ['features', 'exclude'], features.exclude),
      categorical: features.categorical === undefined ? [] : strList(source, ['features', 'categorical'], features.categorical),
    },
    positiveClass: top.positive_class === undefined ? undefined : str(source, ['positive_class'], top.positive_class),
    maxCategories: top.max_categories === undefined ? 50 : num(source, ['max_categories'], top.max_categories, { min: 1, integer: true }),
    model: { type: modelType, hidden, dropout },
    training: {
      epochs:
        training.epochs === undefined ? 20 : num(source, ['training', 'epochs'], training.epochs, { min: 1, max: 100000, integer: true }),
      batchSize:
        training.batch_size === undefined ? 32 : num(source, ['training', 'batch_size'], training.batch_size, { min: 1, integer: true }),
      learningRate:
        training.learning_rate === undefined
          ? 0.001
          : num(source, ['training', 'learning_rate'], training.learning_rate, { min: 0, exclusiveMin: true }),
      optimizer:
        training.optimizer === undefined ? 'adam' : oneOf(source, ['training', 'optimizer'], training.optimizer, ['adam', 'sgd'] as const),
      validationSplit:
        training.validation_split === undefined
          ? 0.2
          : num(source, ['training', 'validation_split'], training.validation_split, { min: 0, max: 0.9 }),
      earlyStopping,
      classWeight,
      cvFolds:
        training.cv_folds === undefined ? 0 : num(source, ['training', 'cv_folds'], training.cv_folds, { min: 0, max: 100, integer: true }),
    },
  };
}

function sourceOf(file: string, doc?: Document, counter?: LineCounter): Source {
  return {
    file,
    lineOf(path) {
      if (!doc || !counter) return undefined;
      let node: unknown = doc.contents;
      let line: number | undefined;
      for (const part of path) {
        if (!isMap(node)) break;
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
        if (!pair) break;
        const range = (pair.key as { range?: [number, number, number] }).range;
        if (range) line = counter.linePos(range[0]).line;
        node = pair.value;
      }
      return line;
    },
  };
}

/** Parses YAML text; a syntax error is a FileError with the line, unknown keys get a "did you mean". */
export function parseConfig(text: string, file: string, params: Record<string, unknown> = {}): TrainConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error.linePos?.[0]?.line;
    throw new FileError(
      `the config is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
      file,
      line,
      error.linePos?.[0]?.col,
    );
  }
  const raw = (doc.toJS() ?? {}) as Record<string, any>;
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new FileError('the config must be a YAML mapping (name:, data:, target:, model:, training:).', file, 1);
  applyParams(raw, params);
  return normalizeConfig(raw, sourceOf(file, doc, counter));
}

export async function loadConfig(path: string, cwd: string, params: Record<string, unknown> = {}): Promise<TrainConfig> {
  const full = isAbsolute(path) ? path : resolve(cwd, path);
  const shown = isAbsolute(path) ? relative(cwd, path) || path : path;
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    throw new InputError(
      `config file ${shown} cannot be read: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (error as Error).message}.`,
      'config',
    );
  }
  return parseConfig(text, shown, params);
}

/** `params` as given by the input (already JSON-parsed by the input parser) must be an object. */
export function paramsObject(value: unknown): Record<string, unknown> {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      throw new InputError(
        `params is not valid JSON: ${(error as Error).message}. Give an object, e.g. {"learning_rate": 0.01}.`,
        'params',
      );
    }
  }
  if (typeof value !== 'object' || Array.isArray(value) || value === null) {
    throw new InputError(`params must be a JSON object such as {"learning_rate": 0.01} (got ${JSON.stringify(value)}).`, 'params');
  }
  return value as Record<string, unknown>;
}
