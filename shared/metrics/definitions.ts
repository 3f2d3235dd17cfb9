import type { Task } from '../model/preprocessing.js';

/**
 * The scalar metrics evaluate reports, with the direction that makes a change good or bad.
 * Names follow sklearn's scorer names where one exists (`f1_macro`, `roc_auc`), so users can
 * write gates with the names they already know. The order here is the order of the report table.
 */
export type Direction = 'higher' | 'lower';

export interface MetricDefinition {
  name: string;
  /** Human label for tables. */
  label: string;
  direction: Direction;
  /** One sentence: what the number is, including the convention chosen where sklearn has several. */
  description: string;
}

const CLASSIFICATION: MetricDefinition[] = [
  {
    name: 'accuracy',
    label: 'Accuracy',
    direction: 'higher',
    description: 'Share of rows whose most probable class is the true class (ties go to the first class, as numpy.argmax).',
  },
  {
    name: 'precision',
    label: 'Precision',
    direction: 'higher',
    description: 'Binary: precision of the positive class (classes[1]). Multiclass: macro average, same as precision_macro.',
  },
  {
    name: 'recall',
    label: 'Recall',
    direction: 'higher',
    description: 'Binary: recall of the positive class. Multiclass: macro average, same as recall_macro.',
  },
  {
    name: 'f1',
    label: 'F1',
    direction: 'higher',
    description: 'Binary: F1 of the positive class. Multiclass: macro average, same as f1_macro.',
  },
  {
    name: 'precision_macro',
    label: 'Precision (macro)',
    direction: 'higher',
    description: 'Unweighted mean over the classes present in the labels or the predictions (sklearn average="macro").',
  },
  {
    name: 'recall_macro',
    label: 'Recall (macro)',
    direction: 'higher',
    description: 'Unweighted mean over the classes present in the labels or the predictions.',
  },
  {
    name: 'f1_macro',
    label: 'F1 (macro)',
    direction: 'higher',
    description: 'Unweighted mean over the classes present in the labels or the predictions.',
  },
  {
    name: 'precision_weighted',
    label: 'Precision (weighted)',
    direction: 'higher',
    description: 'Mean over classes weighted by their number of true rows (sklearn average="weighted").',
  },
  {
    name: 'recall_weighted',
    label: 'Recall (weighted)',
    direction: 'higher',
    description: 'Mean over classes weighted by their number of true rows.',
  },
  {
    name: 'f1_weighted',
    label: 'F1 (weighted)',
    direction: 'higher',
    description: 'Mean over classes weighted by their number of true rows.',
  },
  {
    name: 'roc_auc',
    label: 'ROC AUC',
    direction: 'higher',
    description:
      'Binary: area under the ROC curve, tied scores counted as half (sklearn roc_auc_score). Multiclass: one-vs-rest, unweighted mean over classes.',
  },
  {
    name: 'pr_auc',
    label: 'PR AUC',
    direction: 'higher',
    description:
      'Average precision (sklearn average_precision_score): the step-wise sum of precision × recall increase over distinct thresholds, not the trapezoidal area. Multiclass: one-vs-rest macro mean.',
  },
  {
    name: 'log_loss',
    label: 'Log loss',
    direction: 'lower',
    description:
      'Mean negative log-likelihood of the true class; probabilities clipped to [eps, 1 − eps] with eps the float64 machine epsilon, then each row renormalised (sklearn 1.2 log_loss on float64 input).',
  },
  {
    name: 'ece',
    label: 'Calibration error (ECE)',
    direction: 'lower',
    description:
      'Expected calibration error: 10 equal-width bins of the top-class probability p (bin = min(floor(10·p), 9)), Σ over bins of (rows in bin / rows) · |accuracy − mean p|.',
  },
];

const REGRESSION: MetricDefinition[] = [
  { name: 'rmse', label: 'RMSE', direction: 'lower', description: 'Root mean squared error.' },
  { name: 'mae', label: 'MAE', direction: 'lower', description: 'Mean absolute error.' },
  {
    name: 'r2',
    label: 'R²',
    direction: 'higher',
    description:
      'Coefficient of determination (sklearn r2_score: 1 when targets are constant and predicted exactly, 0 when constant and not).',
  },
  {
    name: 'mape',
    label: 'MAPE',
    direction: 'lower',
    description:
      'Mean of |error| / max(|target|, eps), eps the float64 machine epsilon (sklearn mean_absolute_percentage_error): a fraction, not a percentage, and huge when targets are zero.',
  },
];

export function metricDefinitions(task: Task): readonly MetricDefinition[] {
  return task === 'regression' ? REGRESSION : CLASSIFICATION;
}

/**
 * Which metrics each part of a report shows for a task (the metrics table shows them all): the
 * change chart, the per-slice table, and the one permutation importance is measured with (one
 * that every model of the task has).
 */
export interface MetricRoles {
  chart: readonly string[];
  slices: readonly string[];
  importance: string;
}

const ROLES: Record<Task, MetricRoles> = {
  'binary-classification': {
    chart: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'log_loss', 'ece'],
    slices: ['accuracy', 'f1', 'roc_auc'],
    importance: 'roc_auc',
  },
  'multiclass-classification': {
    chart: ['accuracy', 'f1_macro', 'f1_weighted', 'roc_auc', 'pr_auc', 'log_loss', 'ece'],
    slices: ['accuracy', 'f1_macro'],
    importance: 'log_loss',
  },
  regression: { chart: ['rmse', 'mae', 'r2', 'mape'], slices: ['rmse', 'mae'], importance: 'rmse' },
};

export function metricRoles(task: Task): MetricRoles {
  return ROLES[task];
}

export function metricNames(task: Task): string[] {
  return metricDefinitions(task).map((metric) => metric.name);
}

const BY_NAME = new Map([...CLASSIFICATION, ...REGRESSION].map((metric) => [metric.name, metric]));

export function findMetric(name: string): MetricDefinition | undefined {
  return BY_NAME.get(name);
}

/** Direction of a known metric; throws for a name not in the table, because guessing a direction would invert a verdict. */
export function directionOf(name: string): Direction {
  const metric = BY_NAME.get(name);
  if (!metric) throw new Error(`no direction is known for metric "${name}"`);
  return metric.direction;
}

/** +1 when a larger value is better, −1 when a smaller one is: multiply a delta by it to get "improvement". */
export function improvementSign(name: string): 1 | -1 {
  return directionOf(name) === 'higher' ? 1 : -1;
}

/**
 * Names the trainer reports per epoch and in metrics.json (`loss`, `auc`, `val_loss`,
 * `cv_val_auc_mean`…) mapped to the metric they measure, so their direction comes from the
 * table above rather than from a guess at the name.
 */
const TRAINING_ALIASES: Record<string, MetricDefinition> = {
  loss: {
    name: 'loss',
    label: 'Loss',
    direction: 'lower',
    description: 'The training loss: log loss, or the mean squared error for regression.',
  },
  auc: BY_NAME.get('roc_auc')!,
};

/** The metric a reported name measures, with `val_`/`cv_` prefixes and `_mean` suffixes removed; undefined when unknown. */
export function findReportedMetric(name: string): MetricDefinition | undefined {
  let base = name;
  if (base.startsWith('cv_')) base = base.slice(3).replace(/_mean$/, '');
  if (base.startsWith('val_')) base = base.slice(4);
  return TRAINING_ALIASES[base] ?? BY_NAME.get(base);
}

/** Direction of a reported metric such as `val_loss` (lower) or `val_auc` (higher); throws for a name it cannot place. */
export function trainingMetricDirection(name: string): Direction {
  const metric = findReportedMetric(name);
  if (!metric) {
    throw new Error(`no direction is known for the reported metric "${name}"`);
  }
  return metric.direction;
}
