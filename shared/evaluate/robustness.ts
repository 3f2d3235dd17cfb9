import { parse as parseYaml } from 'yaml';
import { pairedBootstrapOnWorkers, type MetricComparison } from '../metrics/bootstrap.js';
import { metricRoles } from '../metrics/definitions.js';
import type { PreparedMetrics } from '../metrics/score.js';
import type { PackagePredictor } from '../model/predictor.js';
import { isMissing, parseNumber, type Cell, type Columns, type Feature, type Task } from '../model/preprocessing.js';
import { InputError } from '../runtime/errors.js';
import { deriveSeed, seededRandom } from '../stats/random.js';
import { scoreModel, type LabelledTable, type Truth } from './score.js';

/**
 * Robustness: the evaluation data perturbed on purpose, both models scored again on it, and the
 * drop of the headline metrics from the clean data with paired-bootstrap intervals.
 *
 * - `noise`: Gaussian noise on every numeric feature, with standard deviation `level` × that
 *   column's standard deviation on the evaluation rows; missing cells stay missing.
 * - `missing`: in every feature column, round(level × rows) cells chosen at random are emptied,
 *   so each model's own preprocessing imputes them (training mean or most frequent category).
 * - `swap`: in every categorical feature column, round(level × rows) cells chosen at random
 *   get another value of the same column (uniform over the other values seen in it), so every
 *   swapped value stays in the column's vocabulary.
 *
 * Everything is seeded by (seed, perturbation, level, column), and both models see the same
 * perturbed rows.
 */
export type Perturbation = 'noise' | 'missing' | 'swap';

export const PERTURBATIONS: readonly Perturbation[] = ['noise', 'missing', 'swap'];
export const DEFAULT_ROBUSTNESS: RobustnessRequest = { noise: [0.05, 0.1, 0.2] };
/** Resamples of the robustness intervals, at most (each perturbation-level is a bootstrap per model). */
export const ROBUSTNESS_RESAMPLES = 200;

export type RobustnessRequest = Partial<Record<Perturbation, number[]>>;

const INPUT = 'robustness';

/** The canonical name of a perturbation at a level: `noise-0.1`. */
export function perturbationName(kind: Perturbation, level: number): string {
  return `${kind}-${String(level)}`;
}

/** Every perturbation-level the request runs, in input order. */
export function perturbationNames(request: RobustnessRequest | false): string[] {
  if (!request) return [];
  return PERTURBATIONS.flatMap((kind) => (request[kind] ?? []).map((level) => perturbationName(kind, level)));
}

/**
 * Parses the `robustness` input: YAML or JSON mapping a perturbation to its levels
 * (`noise: [0.05, 0.1]`, `missing: 0.1`), `true` for the defaults, empty or `false` for off.
 */
export function parseRobustness(text: string | undefined): RobustnessRequest | false {
  const value = (text ?? '').trim();
  if (value === '' || /^(false|no|off)$/i.test(value)) return false;
  if (/^(true|yes|on)$/i.test(value)) return structuredClone(DEFAULT_ROBUSTNESS);
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error) {
    throw new InputError(
      `input "robustness" is not valid YAML or JSON (${(error as Error).message.split('\n')[0]}). Write e.g. \`noise: [0.05, 0.1, 0.2]\` on one line and \`missing: [0.1]\` on the next, or \`true\` for the defaults.`,
      INPUT,
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new InputError(
      `input "robustness" must map a perturbation (${PERTURBATIONS.join(', ')}) to its levels, e.g. \`noise: [0.05, 0.1, 0.2]\`, or be \`true\` or \`false\`; got ${JSON.stringify(value.slice(0, 60))}.`,
      INPUT,
    );
  const request: RobustnessRequest = {};
  for (const [key, raw] of Object.entries(parsed as Record<string, unknown>)) {
    if (!(PERTURBATIONS as readonly string[]).includes(key))
      throw new InputError(`input "robustness": unknown perturbation "${key}"; the perturbations are ${PERTURBATIONS.join(', ')}.`, INPUT);
    const kind = key as Perturbation;
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.length === 0) throw new InputError(`input "robustness": ${kind} has no levels; give at least one, e.g. [0.1].`, INPUT);
    const levels: number[] = [];
    for (const item of list) {
      const level = typeof item === 'number' ? item : typeof item === 'string' && item.trim() !== '' ? Number(item) : Number.NaN;
      if (!Number.isFinite(level))
        throw new InputError(
          `input "robustness": the ${kind} level ${JSON.stringify(item)} is not a number; levels are numbers such as 0.1.`,
          INPUT,
        );
      if (kind === 'noise' ? !(level > 0) : !(level > 0 && level <= 1))
        throw new InputError(
          `input "robustness": the ${kind} level ${level} is out of range; ${kind === 'noise' ? 'noise is a positive multiple of each column’s standard deviation' : `${kind} is a share of cells, above 0 and at most 1`}.`,
          INPUT,
        );
      if (!levels.includes(level)) levels.push(level);
    }
    request[kind] = levels;
  }
  return Object.keys(request).length > 0 ? request : false;
}

/** The feature columns to perturb: every raw feature either model reads, with the kind its preprocessing gives it. */
export function perturbedFeatures(...specs: { features: Feature[] }[]): { name: string; kind: Feature['kind'] }[] {
  const seen = new Map<string, Feature['kind']>();
  for (const spec of specs) for (const f of spec.features) if (!seen.has(f.name)) seen.set(f.name, f.kind);
  return [...seen].map(([name, kind]) => ({ name, kind }));
}

const STREAM: Record<Perturbation, number> = { noise: 1, missing: 2, swap: 3 };

/** round(share × n) distinct indices of 0..n−1 (a partial Fisher–Yates), in random order. */
function chooseRows(n: number, share: number, random: () => number): Int32Array {
  const k = Math.min(n, Math.round(share * n));
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order.subarray(0, k);
}

/** What a perturbation changed, per column. */
export interface PerturbationEffect {
  /** Cells changed in all the perturbed columns. */
  cells: number;
  columns: string[];
}

/**
 * The table with one perturbation applied to its feature columns; every other column is shared,
 * not copied. Deterministic for (seed, kind, level).
 */
export function perturbColumns(
  table: Columns,
  features: readonly { name: string; kind: Feature['kind'] }[],
  kind: Perturbation,
  level: number,
  seed: number,
): { columns: Columns; effect: PerturbationEffect } {
  const values = new Map(table.values);
  const n = table.rows;
  let cells = 0;
  const touched: string[] = [];
  features.forEach(({ name, kind: featureKind }, index) => {
    const source = table.values.get(name);
    if (!source) return;
    const random = seededRandom(deriveSeed(seed, STREAM[kind], Math.round(level * 1e9), index));
    if (kind === 'noise') {
      if (featureKind !== 'numeric') return;
      const numbers = new Float64Array(n);
      let count = 0;
      let mean = 0;
      let m2 = 0;
      for (let i = 0; i < n; i++) {
        const v = isMissing(source[i]) ? Number.NaN : parseNumber(source[i]);
        numbers[i] = v;
        if (Number.isNaN(v)) continue;
        count++;
        const d = v - mean;
        mean += d / count;
        m2 += d * (v - mean);
      }
      const scale = level * (count > 0 ? Math.sqrt(m2 / count) : 0);
      const out: Cell[] = new Array(n);
      for (let i = 0; i < n; i += 2) {
        // Box–Muller: two standard normals per two uniforms.
        const u = 1 - random();
        const r = Math.sqrt(-2 * Math.log(u)) * scale;
        const theta = 2 * Math.PI * random();
        for (const [row, z] of [
          [i, r * Math.cos(theta)],
          [i + 1, r * Math.sin(theta)],
        ] as const) {
          if (row >= n) break;
          if (Number.isNaN(numbers[row])) out[row] = source[row];
          else {
            out[row] = numbers[row] + z;
            if (z !== 0) cells++;
          }
        }
      }
      values.set(name, out);
      touched.push(name);
    } else if (kind === 'missing') {
      const out = source.slice();
      for (const row of chooseRows(n, level, random)) {
        if (!isMissing(out[row])) cells++;
        out[row] = null;
      }
      values.set(name, out);
      touched.push(name);
    } else {
      if (featureKind !== 'categorical') return;
      const vocabulary: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < n; i++) {
        if (isMissing(source[i])) continue;
        const text = String(source[i]).trim();
        if (!seen.has(text)) {
          seen.add(text);
          vocabulary.push(text);
        }
      }
      vocabulary.sort();
      if (vocabulary.length < 2) return;
      const position = new Map(vocabulary.map((v, i) => [v, i]));
      const out = source.slice();
      for (const row of chooseRows(n, level, random)) {
        if (isMissing(out[row])) continue;
        const at = position.get(String(out[row]).trim())!;
        // Uniform over the other values: draw among V − 1 and skip the current one.
        let pick = Math.floor(random() * (vocabulary.length - 1));
        if (pick >= at) pick++;
        out[row] = vocabulary[pick];
        cells++;
      }
      values.set(name, out);
      touched.push(name);
    }
  });
  return { columns: { rows: n, values }, effect: { cells, columns: touched } };
}

/** One model under one perturbation-level: headline metrics and their change from the clean data. */
export interface RobustnessSide {
  /** Headline metrics on the perturbed data. */
  metrics: Record<string, number>;
  /** Every metric of the task on the perturbed data (what robustness gates read). */
  all: Record<string, number>;
  /** Perturbed − clean per headline metric (negative accuracy = a drop), with its interval. */
  change: Record<string, { value: number; interval: { low: number; high: number } | null }>;
}

export interface RobustnessResult {
  /** `noise-0.1`. */
  name: string;
  perturbation: Perturbation;
  level: number;
  /** Cells the perturbation changed, over `columns`. */
  cells: number;
  columns: string[];
  candidate: RobustnessSide;
  baseline?: RobustnessSide;
}

export interface RobustnessReport {
  /** The headline metrics shown (metricRoles(task).slices). */
  metrics: string[];
  /** Clean-data values of the headline metrics. */
  clean: { candidate: Record<string, number>; baseline?: Record<string, number> };
  resamples: number;
  seed: number;
  results: RobustnessResult[];
}

export interface RobustnessOptions {
  request: RobustnessRequest;
  table: LabelledTable;
  truth: Truth;
  task: Task;
  candidate: { predictor: PackagePredictor; prepared: PreparedMetrics };
  baseline?: { predictor: PackagePredictor; prepared: PreparedMetrics };
  resamples: number;
  seed?: number;
  workerFile?: string;
}

function side(comparison: MetricComparison[], metrics: readonly string[]): RobustnessSide {
  const by = new Map(comparison.map((m) => [m.metric, m]));
  return {
    metrics: Object.fromEntries(metrics.map((m) => [m, by.get(m)!.candidate])),
    all: Object.fromEntries(comparison.map((m) => [m.metric, m.candidate])),
    change: Object.fromEntries(
      metrics.map((m) => {
        const c = by.get(m)!;
        return [m, { value: c.delta!, interval: c.deltaInterval ?? null }];
      }),
    ),
  };
}

/**
 * Both models on every perturbation-level. The interval of a change is a paired bootstrap of
 * (perturbed − clean) over the same resampled rows, with at most ROBUSTNESS_RESAMPLES resamples.
 */
export async function evaluateRobustness(options: RobustnessOptions): Promise<RobustnessReport> {
  const seed = options.seed ?? 0;
  const metrics = [...metricRoles(options.task).slices];
  const resamples = Math.min(options.resamples, ROBUSTNESS_RESAMPLES);
  const features = perturbedFeatures(
    options.candidate.predictor.preprocessing,
    ...(options.baseline ? [options.baseline.predictor.preprocessing] : []),
  );
  const results: RobustnessResult[] = [];
  const bootstrap = (perturbed: PreparedMetrics, clean: PreparedMetrics) =>
    pairedBootstrapOnWorkers(perturbed, clean, { resamples, seed }, { workerFile: options.workerFile });
  let cleanCandidate: Record<string, number> | undefined;
  let cleanBaseline: Record<string, number> | undefined;
  for (const kind of PERTURBATIONS) {
    for (const level of options.request[kind] ?? []) {
      const { columns, effect } = perturbColumns(options.table, features, kind, level, seed);
      const scored = await scoreModel(options.candidate.predictor, columns, options.truth, `the candidate model (${kind} ${level})`);
      const c = await bootstrap(scored.prepared, options.candidate.prepared);
      cleanCandidate ??= Object.fromEntries(metrics.map((m) => [m, c.metrics.find((x) => x.metric === m)!.baseline!]));
      const result: RobustnessResult = {
        name: perturbationName(kind, level),
        perturbation: kind,
        level,
        cells: effect.cells,
        columns: effect.columns,
        candidate: side(c.metrics, metrics),
      };
      if (options.baseline) {
        const base = await scoreModel(options.baseline.predictor, columns, options.truth, `the baseline model (${kind} ${level})`);
        const b = await bootstrap(base.prepared, options.baseline.prepared);
        cleanBaseline ??= Object.fromEntries(metrics.map((m) => [m, b.metrics.find((x) => x.metric === m)!.baseline!]));
        result.baseline = side(b.metrics, metrics);
      }
      results.push(result);
    }
  }
  return {
    metrics,
    clean: { candidate: cleanCandidate ?? {}, baseline: cleanBaseline },
    resamples,
    seed,
    results,
  };
}

/**
 * Robustness metrics flattened for gates: `robustness.noise-0.1.accuracy`, for every metric
 * the task reports (gates may name any of them, not only the headline ones).
 */
export function robustnessGateMetrics(report: RobustnessReport | undefined, who: 'candidate' | 'baseline'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of report?.results ?? []) {
    const s = who === 'candidate' ? r.candidate : r.baseline;
    if (!s) continue;
    for (const [metric, value] of Object.entries(s.all)) out[`robustness.${r.name}.${metric}`] = value;
  }
  return out;
}
