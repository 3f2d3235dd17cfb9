/**
 * Evaluation benchmark: 1M rows, 1000 paired bootstrap resamples, binary classification and
 * regression, our implementation against sklearn doing the same with a simple bootstrap loop
 * (bench/evaluate/sklearn_bootstrap.py), on the same arrays, in the same run.
 *
 *   bench/evaluate/run.sh [--rows N] [--resamples R] [--quick] [--sklearn-resamples S] [--task binary|regression] [--threads T]
 *
 * --quick runs sklearn for 100 resamples only (or S) and extrapolates its time linearly to R (the
 * output says so); our side always runs all R. Our time includes preparing both models (the
 * sorts) and the point estimates; sklearn's time is its resampling loop only. Our bootstrap also
 * computes every metric of the task (14 for classification, 4 for regression) while sklearn
 * computes only the benchmark's (accuracy, F1, ROC AUC, log loss; RMSE, MAE, R²).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapWorkerFile, pairedBootstrapOnWorkers } from '../../shared/metrics/bootstrap.js';
import { fromPositiveProbabilities } from '../../shared/metrics/classification.js';
import { prepareMetrics } from '../../shared/metrics/score.js';
import { seededRandom } from '../../shared/stats/random.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const rows = Number(option('rows', '1000000'));
const resamples = Number(option('resamples', '1000'));
const quick = args.includes('--quick');
const tasks = option('task', 'binary,regression').split(',');
const python = option('python', '/usr/bin/python3');
const threads = Number(option('threads', String(Math.min(availableParallelism(), 8))));
const workerFile = bootstrapWorkerFile();
const sklearnResamples = Math.min(resamples, Number(option('sklearn-resamples', quick ? '100' : String(resamples))));

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** A candidate and a slightly noisier baseline scoring the same rows. */
function makeData(task: string) {
  const random = seededRandom(42);
  const target = new Float64Array(rows);
  const candidate = new Float64Array(rows);
  const baseline = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    if (task === 'binary') {
      target[i] = random() < 0.3 ? 1 : 0;
      const z = 2 * target[i] - 1 + 1.2 * gaussian(random);
      candidate[i] = 1 / (1 + Math.exp(-z));
      baseline[i] = 1 / (1 + Math.exp(-(z + 0.3 * gaussian(random))));
    } else {
      target[i] = 10 * gaussian(random);
      candidate[i] = target[i] + 5 * gaussian(random);
      baseline[i] = target[i] + 5.2 * gaussian(random);
    }
  }
  return { target, candidate, baseline };
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `# evaluate benchmark: ${rows.toLocaleString('en')} rows, ${resamples} paired bootstrap resamples; ${cpu}, ${availableParallelism()} CPUs, Node ${process.version}`,
);
console.log(
  `# ours on ${workerFile && threads > 1 ? `${threads} worker threads` : '1 thread'}; sklearn on 1 thread (numpy's BLAS is not involved in these metrics)`,
);
for (const task of tasks) {
  const { target, candidate, baseline } = makeData(task);
  const folder = mkdtempSync(join(tmpdir(), 'bench-evaluate-'));
  try {
    writeFileSync(join(folder, 'meta.json'), JSON.stringify({ task, seed: 7 }));
    for (const [name, values] of Object.entries({ target, candidate, baseline })) writeFileSync(join(folder, `${name}.bin`), values);

    const started = performance.now();
    const input = (predictions: Float64Array) =>
      task === 'binary'
        ? prepareMetrics({
            task: 'binary-classification',
            data: { labels: target, probabilities: fromPositiveProbabilities(predictions), classes: 2 },
          })
        : prepareMetrics({ task: 'regression', data: { actual: target, predicted: predictions } });
    const preparedCandidate = input(candidate);
    const preparedBaseline = input(baseline);
    const prepared = performance.now();
    const result = await pairedBootstrapOnWorkers(preparedCandidate, preparedBaseline, { resamples, seed: 7 }, { workerFile, threads });
    const ours = (performance.now() - started) / 1000;

    const sklearn = JSON.parse(
      execFileSync(python, [join(import.meta.dirname ?? 'bench/evaluate', 'sklearn_bootstrap.py'), folder, String(sklearnResamples)], {
        encoding: 'utf8',
        maxBuffer: 1 << 24,
      }),
    );
    const sklearnSeconds = (sklearn.seconds * resamples) / sklearnResamples;

    let worst = 0;
    for (const [name, value] of Object.entries(sklearn.point.candidate as Record<string, number>)) {
      const metric = result.metrics.find((m) => m.metric === name)!;
      worst = Math.max(
        worst,
        Math.abs(metric.candidate - value) / Math.max(1, Math.abs(value)),
        Math.abs(metric.baseline! - sklearn.point.baseline[name]) / Math.max(1, Math.abs(value)),
      );
    }
    console.log(`\n## ${task}`);
    console.log(
      `ours:    ${ours.toFixed(2)} s (prepare ${((prepared - started) / 1000).toFixed(2)} s + ${resamples} resamples, ${result.metrics.length} metrics × 2 models)`,
    );
    console.log(
      `sklearn: ${sklearnSeconds.toFixed(2)} s${sklearnResamples < resamples ? ` (EXTRAPOLATED from ${sklearnResamples} resamples in ${sklearn.seconds.toFixed(2)} s)` : ''}`,
    );
    console.log(`ratio:   ours is ${(sklearnSeconds / ours).toFixed(1)}× ${sklearnSeconds >= ours ? 'faster' : 'SLOWER'} than sklearn`);
    console.log(`point estimates, ours vs sklearn: largest relative difference ${worst.toExponential(1)}`);
    for (const name of Object.keys(sklearn.delta_intervals)) {
      const metric = result.metrics.find((m) => m.metric === name)!;
      const [low, high] = sklearn.delta_intervals[name];
      console.log(
        `  Δ${name}: ours [${metric.deltaInterval!.low.toFixed(5)}, ${metric.deltaInterval!.high.toFixed(5)}] ${metric.verdict}; sklearn loop [${low.toFixed(5)}, ${high.toFixed(5)}]`,
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
