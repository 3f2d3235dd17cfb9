import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { deriveSeed } from '../stats/random.js';
import { directionOf, metricNames, type Direction } from './definitions.js';
import { scoreRegressionPair } from './regression.js';
import { assertSameRows, scoreMetrics, type PreparedMetrics } from './score.js';
import type { RowWeights } from './weights.js';

/**
 * Paired bootstrap of metric deltas.
 *
 * Each resample is an exact multinomial bootstrap: n rows drawn uniformly with replacement,
 * kept as a vector of counts (how often each row was drawn) rather than as an index array.
 * Both models are scored with the same count vector, so every resample compares them on the
 * same rows (the paired property), and every metric is a weighted one-pass sum (weights.ts):
 * no rows are copied and ranking metrics reuse one sort per model.
 *
 * Resample r draws from its own generator, seeded by (seed, r), so results do not depend on the
 * order resamples are computed in. Intervals are percentile intervals with numpy's default
 * (linear) interpolation.
 */
export interface BootstrapOptions {
  resamples: number;
  seed?: number;
  /** Central coverage of the intervals; 0.95 gives the 2.5th and 97.5th percentiles. */
  confidence?: number;
}

export interface Interval {
  low: number;
  high: number;
}

export type Verdict = 'better' | 'worse' | 'within noise';

export interface MetricComparison {
  metric: string;
  direction: Direction;
  candidate: number;
  baseline?: number;
  /** candidate − baseline. */
  delta?: number;
  /** Percentile intervals; null when no resample had the metric defined (e.g. ROC AUC with one class). */
  candidateInterval: Interval | null;
  baselineInterval?: Interval | null;
  deltaInterval?: Interval | null;
  /** From the delta interval: excludes 0 on the good side → better, on the bad side → worse, else within noise. */
  verdict?: Verdict | null;
  /** Resamples where the metric (of either model) was undefined and that were left out of its intervals. */
  undefinedResamples: number;
}

export interface BootstrapResult {
  method: 'paired multinomial bootstrap';
  resamples: number;
  seed: number;
  confidence: number;
  metrics: MetricComparison[];
}

export const DEFAULT_BOOTSTRAP_SEED = 20240611;

/** The bootstrap's own stream, apart from every other use of the same seed. */
const BOOTSTRAP_STREAM = 0x626f6f74;

/** The metric values of each model in resamples `from` … `to − 1`, one array per metric. */
export interface BootstrapDraws {
  names: string[];
  candidate: Float64Array[];
  baseline?: Float64Array[];
}

/**
 * Scores resamples [from, to). Resample r depends only on (seed, r), so any split of the range
 * across threads gives the same draws as one pass.
 */
export function bootstrapDraws(
  candidate: PreparedMetrics,
  baseline: PreparedMetrics | undefined,
  seed: number,
  from: number,
  to: number,
): BootstrapDraws {
  const names = metricNames(candidate.kind === 'regression' ? 'regression' : 'binary-classification');
  const count = to - from;
  const candidateDraws = names.map(() => new Float64Array(count));
  const baselineDraws = baseline ? names.map(() => new Float64Array(count)) : undefined;
  const counts = new Uint8Array(candidate.rows);
  for (let r = from; r < to; r++) {
    drawMultinomialCounts(counts, deriveSeed(seed, BOOTSTRAP_STREAM, r));
    const [c, b] =
      candidate.kind === 'regression' && baseline?.kind === 'regression'
        ? scoreRegressionPair(candidate, baseline, counts)
        : [scoreMetrics(candidate, counts), baseline ? scoreMetrics(baseline, counts) : undefined];
    for (let m = 0; m < names.length; m++) {
      candidateDraws[m][r - from] = c[names[m]];
      if (b) baselineDraws![m][r - from] = b[names[m]];
    }
  }
  return { names, candidate: candidateDraws, baseline: baselineDraws };
}

/**
 * Point estimates, and with `resamples > 0` percentile intervals, for the candidate, the baseline
 * and their difference. Without a baseline, only the candidate's own intervals. In this thread;
 * see `pairedBootstrapOnWorkers` for the same result from several threads.
 */
export function pairedBootstrap(
  candidate: PreparedMetrics,
  baseline: PreparedMetrics | undefined,
  options: BootstrapOptions,
): BootstrapResult {
  const settings = checkOptions(candidate, baseline, options);
  return summarize(candidate, baseline, settings, bootstrapDraws(candidate, baseline, settings.seed, 0, settings.resamples));
}

export interface WorkerOptions {
  /** The bundled worker script (see `bootstrapWorkerFile`); without one, the bootstrap runs in this thread. */
  workerFile?: string;
  /** Threads to use; default: the machine's available parallelism, at most 8. */
  threads?: number;
  /** Rows × resamples below which one thread is used (default 2·10⁷; tests lower it). */
  minWork?: number;
}

/** Below this many row-resamples, starting threads and copying the rows to them costs more than it saves. */
const PARALLEL_MIN_WORK = 20_000_000;

/**
 * `pairedBootstrap` with the resamples split across worker threads. Each worker gets a copy of
 * both prepared models and a range of resample indices; the draws, and so the result, are
 * identical to the single-threaded ones.
 */
export async function pairedBootstrapOnWorkers(
  candidate: PreparedMetrics,
  baseline: PreparedMetrics | undefined,
  options: BootstrapOptions,
  workers: WorkerOptions = {},
): Promise<BootstrapResult> {
  const settings = checkOptions(candidate, baseline, options);
  const threads = Math.max(1, Math.min(workers.threads ?? Math.min(availableParallelism(), 8), settings.resamples));
  if (!workers.workerFile || threads < 2 || candidate.rows * settings.resamples < (workers.minWork ?? PARALLEL_MIN_WORK))
    return pairedBootstrap(candidate, baseline, options);
  const bounds = Array.from({ length: threads + 1 }, (_, t) => Math.round((t * settings.resamples) / threads));
  const started: Worker[] = [];
  let parts: BootstrapDraws[];
  try {
    parts = await Promise.all(
      bounds.slice(0, -1).map(
        (from, t) =>
          new Promise<BootstrapDraws>((resolve, reject) => {
            const worker = new Worker(workers.workerFile!);
            started.push(worker);
            const request: BootstrapRequest = { candidate, baseline, seed: settings.seed, from, to: bounds[t + 1] };
            worker.once('message', (draws: BootstrapDraws | { error: string }) =>
              'error' in draws ? reject(new Error(`bootstrap worker failed: ${draws.error}`)) : resolve(draws),
            );
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`bootstrap worker exited with code ${code} before answering`)));
            worker.postMessage(request);
          }),
      ),
    );
  } finally {
    // On success they are done; on a failure the others are stopped rather than left running.
    await Promise.all(started.map((worker) => worker.terminate()));
  }
  const joined: BootstrapDraws = {
    names: parts[0].names,
    candidate: parts[0].names.map((_, m) => concat(parts.map((part) => part.candidate[m]))),
    baseline: baseline ? parts[0].names.map((_, m) => concat(parts.map((part) => part.baseline![m]))) : undefined,
  };
  return summarize(candidate, baseline, settings, joined);
}

/** What the main thread sends a bootstrap worker (shared/metrics/bootstrap-worker.ts). */
export interface BootstrapRequest {
  candidate: PreparedMetrics;
  baseline?: PreparedMetrics;
  seed: number;
  from: number;
  to: number;
}

function concat(arrays: Float64Array[]): Float64Array {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** The worker script next to the running bundle (dist/bootstrap-worker.js), or MLOPS_BOOTSTRAP_WORKER. */
export function bootstrapWorkerFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  let here: string;
  try {
    here = path.dirname(fileURLToPath(import.meta.url));
  } catch {
    here = process.cwd();
  }
  return [env.MLOPS_BOOTSTRAP_WORKER, path.join(here, 'bootstrap-worker.js')].find(
    (file): file is string => Boolean(file) && existsSync(file!),
  );
}

interface Settings {
  seed: number;
  confidence: number;
  resamples: number;
}

function checkOptions(candidate: PreparedMetrics, baseline: PreparedMetrics | undefined, options: BootstrapOptions): Settings {
  const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
  const confidence = options.confidence ?? 0.95;
  const resamples = options.resamples;
  if (!Number.isInteger(resamples) || resamples < 0)
    throw new Error(`bootstrap resamples must be a non-negative integer, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new Error(`bootstrap confidence must be between 0 and 1, got ${confidence}`);
  if (baseline) assertSameRows(candidate, baseline);
  return { seed, confidence, resamples };
}

function summarize(
  candidate: PreparedMetrics,
  baseline: PreparedMetrics | undefined,
  settings: Settings,
  draws: BootstrapDraws,
): BootstrapResult {
  const { seed, confidence, resamples } = settings;
  const candidatePoint = scoreMetrics(candidate);
  const baselinePoint = baseline ? scoreMetrics(baseline) : undefined;
  const tail = ((1 - confidence) / 2) * 100;
  const metrics = draws.names.map((metric, m): MetricComparison => {
    const direction = directionOf(metric);
    const comparison: MetricComparison = {
      metric,
      direction,
      candidate: candidatePoint[metric],
      candidateInterval: null,
      undefinedResamples: 0,
    };
    if (resamples === 0) {
      if (baselinePoint)
        Object.assign(comparison, {
          baseline: baselinePoint[metric],
          delta: candidatePoint[metric] - baselinePoint[metric],
          baselineInterval: null,
          deltaInterval: null,
          verdict: null,
        });
      return comparison;
    }
    const candidateDraws = draws.candidate[m];
    const baselineDraws = draws.baseline?.[m];
    const defined: number[] = [];
    for (let r = 0; r < resamples; r++)
      if (Number.isFinite(candidateDraws[r]) && (!baselineDraws || Number.isFinite(baselineDraws[r]))) defined.push(r);
    comparison.undefinedResamples = resamples - defined.length;
    comparison.candidateInterval = percentileInterval(
      Float64Array.from(defined, (r) => candidateDraws[r]),
      tail,
    );
    if (baselinePoint && baselineDraws) {
      comparison.baseline = baselinePoint[metric];
      comparison.delta = candidatePoint[metric] - baselinePoint[metric];
      comparison.baselineInterval = percentileInterval(
        Float64Array.from(defined, (r) => baselineDraws[r]),
        tail,
      );
      comparison.deltaInterval = percentileInterval(
        Float64Array.from(defined, (r) => candidateDraws[r] - baselineDraws[r]),
        tail,
      );
      comparison.verdict = comparison.deltaInterval ? verdictOf(comparison.deltaInterval, direction) : null;
    }
    return comparison;
  });
  return { method: 'paired multinomial bootstrap', resamples, seed, confidence, metrics };
}

export function verdictOf(deltaInterval: Interval, direction: Direction): Verdict {
  const sign = direction === 'higher' ? 1 : -1;
  if (deltaInterval.low > 0) return sign > 0 ? 'better' : 'worse';
  if (deltaInterval.high < 0) return sign > 0 ? 'worse' : 'better';
  return 'within noise';
}

function percentileInterval(values: Float64Array, tailPercent: number): Interval | null {
  if (values.length === 0) return null;
  values.sort();
  return { low: sortedPercentile(values, tailPercent), high: sortedPercentile(values, 100 - tailPercent) };
}

/** numpy.percentile's default ("linear") interpolation on ascending values. */
export function sortedPercentile(sorted: ArrayLike<number>, percent: number): number {
  const position = ((sorted.length - 1) * percent) / 100;
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}

const TWO_32 = 4294967296;

/**
 * Fills `counts` with how often each of its n rows is drawn in n uniform draws with replacement.
 * The generator is mulberry32, the one shared/train/random.ts provides, inlined here because
 * this loop runs n times per resample and the closure call doubled its cost. Row indices come
 * from 32-bit outputs by Lemire's multiply-and-reject, which is exactly uniform; above 2^21 rows
 * the 32×n-bit product no longer fits a double's 53 bits, so two outputs make a 53-bit uniform
 * instead (bias below n / 2^53).
 */
export function drawMultinomialCounts(counts: RowWeights, seed: number): void {
  const rows = counts.length;
  counts.fill(0);
  // The generator state stays a local (a closure would keep it in a heap context: 4× slower).
  let state = seed | 0;
  let t = 0;
  if (rows <= 1 << 21) {
    const threshold = (TWO_32 - rows) % rows;
    for (let drawn = 0; drawn < rows; ) {
      state = (state + 0x6d2b79f5) | 0;
      t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const product = ((t ^ (t >>> 14)) >>> 0) * rows;
      const row = Math.floor(product / TWO_32);
      if (product - row * TWO_32 < threshold) continue;
      counts[row]++;
      drawn++;
    }
  } else {
    for (let drawn = 0; drawn < rows; drawn++) {
      state = (state + 0x6d2b79f5) | 0;
      t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const high = ((t ^ (t >>> 14)) >>> 0) >>> 11;
      state = (state + 0x6d2b79f5) | 0;
      t = Math.imul(state ^ (state >>> 15), state | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      const uniform = (high * TWO_32 + ((t ^ (t >>> 14)) >>> 0)) / 9007199254740992;
      counts[Math.floor(uniform * rows)]++;
    }
  }
}
