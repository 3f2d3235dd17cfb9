import type { Task } from '../model/preprocessing.js';
import { UserError } from '../runtime/errors.js';
import {
  confusionRows,
  prepareClassification,
  scoreClassification,
  type ClassificationData,
  type ClassStats,
  type PreparedClassification,
} from './classification.js';
import { prepareRegression, scoreRegression, type PreparedRegression, type RegressionData } from './regression.js';
import type { RowWeights } from './weights.js';

/** What evaluate scores: the model's predictions on labelled rows, shaped by task. */
export type TaskData =
  | { task: 'regression'; data: RegressionData }
  | { task: 'binary-classification' | 'multiclass-classification'; data: ClassificationData };

export type PreparedMetrics = PreparedClassification | PreparedRegression;

export function prepareMetrics(input: TaskData, options: { rankings?: boolean } = {}): PreparedMetrics {
  if (input.task === 'regression') return prepareRegression(input.data);
  if (input.task === 'binary-classification' && input.data.classes !== 2)
    throw new Error(`binary-classification data must have 2 classes, got ${input.data.classes}`);
  return prepareClassification(input.data, options);
}

/** The scalar metrics (names as in definitions.ts) of the rows weighted by `weights` (default: all once). */
export function scoreMetrics(prepared: PreparedMetrics, weights?: RowWeights): Record<string, number> {
  return prepared.kind === 'regression' ? scoreRegression(prepared, weights) : scoreClassification(prepared, weights).metrics;
}

export interface MetricsReport {
  task: Task;
  rows: number;
  metrics: Record<string, number>;
  /** Classification only: rows = true class, columns = predicted class, in class-index order. */
  confusionMatrix?: number[][];
  perClass?: ClassStats[];
}

/** Everything evaluate shows for one model on one data set, computed once. */
export function computeMetrics(input: TaskData, prepared: PreparedMetrics = prepareMetrics(input)): MetricsReport {
  if (prepared.kind === 'regression') return { task: input.task, rows: prepared.rows, metrics: scoreRegression(prepared) };
  const { metrics, confusion, perClass } = scoreClassification(prepared);
  return { task: input.task, rows: prepared.rows, metrics, confusionMatrix: confusionRows(confusion, prepared.classes), perClass };
}

/** Two prepared models can be compared row by row only when they scored the same labelled rows. */
export function assertSameRows(candidate: PreparedMetrics, baseline: PreparedMetrics): void {
  if (candidate.kind !== baseline.kind || candidate.rows !== baseline.rows) {
    throw new Error(
      `the baseline was scored on ${baseline.rows} ${baseline.kind} rows and the candidate on ${candidate.rows} ${candidate.kind} rows; a paired comparison needs the same rows`,
    );
  }
  if (candidate.kind === 'classification' && baseline.kind === 'classification') {
    if (candidate.classes !== baseline.classes)
      throw new UserError(`the baseline has ${baseline.classes} classes and the candidate ${candidate.classes}`);
    for (let i = 0; i < candidate.rows; i++)
      if (candidate.labels[i] !== baseline.labels[i])
        throw new Error(
          `row ${i + 1} has label ${candidate.labels[i]} for the candidate but ${baseline.labels[i]} for the baseline; a paired comparison needs the same rows`,
        );
  }
  if (candidate.kind === 'regression' && baseline.kind === 'regression') {
    for (let i = 0; i < candidate.rows; i++)
      if (candidate.centredTarget[i] !== baseline.centredTarget[i] || candidate.inverseScale[i] !== baseline.inverseScale[i])
        throw new Error(`row ${i + 1} has a different target for the candidate and the baseline; a paired comparison needs the same rows`);
  }
}
