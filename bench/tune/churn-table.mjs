// A small real training as a benchmark problem, and the wall-clock speed-up of `local`:
//
//   node bench/tune/churn-table.mjs [--parallel 1,2] [--backend wasm] [--limit N] [--mlops bin/mlops.js]
//
// Runs the tune step itself (bin/mlops.js over the committed dist/) in local mode with the grid
// sampler over every combination of four hyperparameters of the built-in trainer on the shipped
// example (examples/churn/data/train.csv), once per `parallel` value, and times each run. The
// grid is the same trials whatever `parallel` is, and the trainer is deterministic on one
// thread, so every run must give the same validation losses (checked). The losses are written to
// bench/tune/churn-table.json: a lookup table that bench.ts (problem `churn`) and optuna_bench.py
// search on the same footing, the way tabular HPO benchmarks (HPOBench, NAS-Bench) work.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const parallels = option('parallel', '1,2').split(',').map(Number);
const backend = option('backend', 'wasm');
// The CLI over the committed bundle; --mlops points at a copy when others rebuild dist/ meanwhile.
const mlops = option('mlops', join(root, 'bin/mlops.js'));

/** The grid: index i of each list is the value `i` of the benchmark problem's int parameter. */
const GRID = {
  learning_rate: [1.0e-4, 3.0e-4, 1.0e-3, 3.0e-3, 1.0e-2, 3.0e-2, 1.0e-1],
  hidden: [[8], [32], [64, 32], [128, 64]],
  dropout: [0, 0.1, 0.2, 0.3],
  batch_size: [32, 64, 128],
};
const size = Object.values(GRID).reduce((n, values) => n * values.length, 1);
const limit = Number(option('limit', String(size)));

const CONFIG = `name: churn
data: data/train.csv
target: churned
features:
  exclude: [customer_id]
model:
  type: mlp
training:
  epochs: 15
  validation_split: 0.2
  class_weight: balanced
`;
const SPACE = Object.entries(GRID)
  .map(([name, values]) => `${name}: {choice: ${JSON.stringify(values)}}`)
  .join('\n');

const runs = [];
for (const parallel of parallels) {
  const ws = mkdtempSync(join(tmpdir(), 'tune-churn-'));
  cpSync(join(root, 'examples/churn/data'), join(ws, 'data'), { recursive: true });
  writeFileSync(join(ws, 'train.yml'), CONFIG);
  writeFileSync(join(ws, 'space.yml'), `${SPACE}\n`);
  const load = loadavg()[0];
  const command = [
    process.execPath,
    mlops,
    'tune',
    ...['--config', 'train.yml', '--search-space', 'space.yml', '--algorithm', 'grid', '--seed', '0'],
    ...['--trials', String(limit), '--parallel', String(parallel), '--backend', backend],
  ];
  // GNU time adds the CPU seconds of the whole process tree (the worker processes included).
  const timed = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'cpu-seconds %U %S', ...command] : command;
  const started = performance.now();
  const result = spawnSync(timed[0], timed.slice(1), { cwd: ws, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`tune failed (exit ${result.status}): ${result.stderr.slice(-2000)}`);
  const cpu = /cpu-seconds ([\d.]+) ([\d.]+)/.exec(result.stderr);
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined;
  const study = JSON.parse(readFileSync(join(ws, 'mlops-out/tune/trials.json'), 'utf8'));
  const failed = study.trials.filter((t) => t.state !== 'complete');
  if (failed.length) throw new Error(`${failed.length} trials did not complete: ${failed[0].error}`);
  runs.push({ parallel, seconds, cpuSeconds, loadBefore: load, loadAfter: loadavg()[0], trials: study.trials });
  const busy = cpuSeconds === undefined ? '' : `, ${cpuSeconds.toFixed(1)} CPU-s = ${(cpuSeconds / seconds).toFixed(2)} cores busy`;
  console.error(
    `parallel ${parallel}: ${study.trials.length} trainings in ${seconds.toFixed(1)} s${busy} (load ${load.toFixed(1)} → ${loadavg()[0].toFixed(1)})`,
  );
  rmSync(ws, { recursive: true, force: true });
}

const key = (params) =>
  Object.entries(GRID).map(([name, values]) => values.findIndex((v) => JSON.stringify(v) === JSON.stringify(params[name])));
const byKey = (trials) => new Map(trials.map((t) => [key(t.params).join(','), t.value]));
const reference = byKey(runs[0].trials);
for (const other of runs.slice(1)) {
  for (const [k, value] of byKey(other.trials)) {
    if (reference.get(k) !== value)
      throw new Error(`parallel ${other.parallel} gave ${value} for ${k}, parallel ${runs[0].parallel} ${reference.get(k)}`);
  }
}
console.error(`every run gave the same ${reference.size} validation losses.`);

const timing = runs.map(({ parallel, seconds, cpuSeconds, loadBefore, loadAfter, trials }) => ({
  parallel,
  trainings: trials.length,
  seconds: Number(seconds.toFixed(2)),
  cpuSeconds,
  speedup: Number((runs[0].seconds / seconds).toFixed(2)),
  loadBefore: Number(loadBefore.toFixed(2)),
  loadAfter: Number(loadAfter.toFixed(2)),
}));
console.log(
  JSON.stringify({ machine: `${availableParallelism()} × ${cpus()[0]?.model ?? 'cpu'}`, node: process.version, backend, timing }, null, 2),
);

if (reference.size === size) {
  const table = [...reference].map(([k, value]) => [...k.split(',').map(Number), value]);
  const out = {
    about:
      'Validation loss (val_loss) of the built-in trainer on examples/churn/data/train.csv for every point of the grid, made by bench/tune/churn-table.mjs. Each row: indices into grid (learning_rate, hidden, dropout, batch_size), then val_loss.',
    config: CONFIG,
    backend,
    seed: 0,
    grid: GRID,
    rows: table.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]),
  };
  writeFileSync(join(root, 'bench/tune/churn-table.json'), `${JSON.stringify(out)}\n`);
  console.error(`wrote bench/tune/churn-table.json (${table.length} rows).`);
}
