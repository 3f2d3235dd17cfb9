import type { BootstrapResult, MetricComparison } from '../metrics/bootstrap.js';
import type { ClassStats } from '../metrics/classification.js';
import type { GateResult } from '../metrics/gates.js';
import type { PermutationImportance } from '../metrics/importance.js';
import type { Explanations } from './explain.js';
import type { LeakageReport } from './leakage.js';
import type { RepresentativenessReport } from './representativeness.js';
import type { RobustnessReport } from './robustness.js';
import type { ColumnSlices } from '../metrics/slices.js';
import type { Manifest } from '../model/package.js';
import type { Task } from '../model/preprocessing.js';

/**
 * The evaluation report: written as JSON next to the markdown (register's `require-passed`
 * reads its top-level `passed` and `baseline.version`), and the only input of the renderer, so
 * the comment, the summary and the file always say the same thing.
 */
export const EVALUATION_SCHEMA_VERSION = 1;

/** What the footer says about a package: where it came from and what training it cost. */
export interface ModelInfo {
  name: string;
  framework: string;
  createdAt?: string;
  commit?: string;
  runUrl?: string;
  /** Training data fingerprint (sha256) and rows, from the manifest. */
  trainingData?: { fingerprint?: string; rows?: number };
  durationSeconds?: number;
  gpuSeconds?: number;
  cost?: { perHour: number; amount: number };
  device?: string;
}

export interface BaselineInfo {
  /** The reference the baseline input resolved from, e.g. `churn@production`, a path, or `none`. */
  ref: string;
  /** False when there is no baseline (`none`, or it could not be resolved: see `reason`). */
  resolved: boolean;
  version?: number;
  tag?: string;
  url?: string;
  model?: ModelInfo;
  /** Why there is no baseline, when it was asked for but could not be used. */
  reason?: string;
  /** No version of the model is registered yet: the candidate would be its first. */
  firstVersion?: boolean;
}

export interface EvaluationReport {
  schemaVersion: number;
  /** Every gate passed (true when there are none). */
  passed: boolean;
  task: Task;
  classes?: string[];
  /** The evaluation data. */
  data: { path: string; files: string[]; rows: number; fingerprint?: string };
  model: ModelInfo;
  baseline: BaselineInfo;
  /** Candidate metrics (point estimates on all rows). */
  metrics: Record<string, number>;
  baselineMetrics: Record<string, number> | null;
  /** candidate − baseline per metric. */
  deltas: Record<string, number> | null;
  /** Per metric: values, Δ, 95% intervals and verdict. */
  comparison: MetricComparison[];
  bootstrap: Pick<BootstrapResult, 'method' | 'resamples' | 'seed' | 'confidence'>;
  gates: GateResult[];
  /** Classification: rows = true class, columns = predicted, in `classes` order. */
  confusionMatrix?: { candidate: number[][]; baseline?: number[][] };
  perClass?: ClassStats[];
  slices?: ColumnSlices[];
  importance?: PermutationImportance;
  /** SHAP explanations (the `explain` input); the values per row are in the CSV next to the JSON. */
  explanations?: Explanations;
  /** The `robustness` input: headline metrics under each perturbation-level and their change from the clean data. */
  robustness?: RobustnessReport;
  /** Adversarial validation and row overlap against the `training-data` input (absent without it). */
  leakage?: LeakageReport;
  /** Without training rows: the evaluation data's drift from the package's training profile. */
  representativeness?: RepresentativenessReport;
  /** Per-epoch training curves from each package's history.json. */
  history?: { candidate?: Record<string, number[]>; baseline?: Record<string, number[]> };
  /** The workflow run that evaluated. */
  run: { commit?: string; url?: string; pullRequest?: number; commentKey: string };
}

export function modelInfo(manifest: Manifest): ModelInfo {
  return {
    name: manifest.name,
    framework: manifest.framework,
    createdAt: manifest.createdAt,
    commit: manifest.git?.sha,
    runUrl: manifest.run?.url,
    trainingData: manifest.data ? { fingerprint: manifest.data.fingerprint, rows: manifest.data.rows } : undefined,
    durationSeconds: manifest.durationSeconds,
    gpuSeconds: manifest.gpuSeconds,
    cost: manifest.cost,
    device: manifest.device,
  };
}

/** Point estimates by name, from the comparison list. */
export function pointMetrics(comparison: readonly MetricComparison[], side: 'candidate' | 'baseline'): Record<string, number> {
  return Object.fromEntries(comparison.map((m) => [m.metric, side === 'candidate' ? m.candidate : m.baseline!]));
}

/** Keeps only the numeric series of a history.json; anything else is ignored rather than drawn wrong. */
export function cleanHistory(value: unknown): Record<string, number[]> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const out: Record<string, number[]> = {};
  for (const [key, series] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(series) && series.length > 0 && series.every((v) => typeof v === 'number' || v === null))
      out[key] = series.map((v) => (v === null ? Number.NaN : (v as number)));
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** JSON with NaN/Infinity written as null (JSON has no such numbers), stable key order as built. */
export function reportJson(report: EvaluationReport): string {
  return `${JSON.stringify(report, (_, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}
