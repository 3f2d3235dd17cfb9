// Robustness benchmark: three levels of three perturbations (noise 0.05/0.1/0.2, missing
// 0.05/0.1/0.2, swap 0.05/0.1/0.2) on 100k rows (the churn example's evaluation rows repeated),
// candidate and baseline (the same package twice), with the robustness bootstrap intervals.
// Run: bench/evaluate/robustness.sh   (bundles this file with rolldown, trains the package first).
import { performance } from 'node:perf_hooks';
import { loadTable } from '../../shared/data/table.js';
import { evaluateRobustness } from '../../shared/evaluate/robustness.js';
import { modelTask, readTruth, scoreModel } from '../../shared/evaluate/score.js';
import { loadPackagePredictor } from '../../shared/model/predictor.js';

const [modelDir, data, rowsArg = '100000', workerFile] = process.argv.slice(2);
const predictor = await loadPackagePredictor(modelDir);
const task = modelTask(predictor.manifest, modelDir);
const small = await loadTable(data, { cwd: process.cwd() });
const rows = Number(rowsArg);
const values = new Map([...small.values].map(([name, cells]) => [name, Array.from({ length: rows }, (_, i) => cells[i % small.rows])]));
const table = { ...small, rows, values, locate: (row: number) => `row ${row + 1}` };
const truth = readTruth(table, task);
const clean = await scoreModel(predictor, table, truth, 'candidate');
const start = performance.now();
const report = await evaluateRobustness({
  request: { noise: [0.05, 0.1, 0.2], missing: [0.05, 0.1, 0.2], swap: [0.05, 0.1, 0.2] },
  table,
  truth,
  task: task.task,
  candidate: { predictor, prepared: clean.prepared },
  baseline: { predictor, prepared: clean.prepared },
  resamples: 1000,
  seed: 0,
  workerFile,
});
const seconds = (performance.now() - start) / 1000;
console.log(
  JSON.stringify({
    rows,
    perturbations: report.results.length,
    resamples: report.resamples,
    workers: Boolean(workerFile),
    seconds: Number(seconds.toFixed(2)),
    accuracy: Object.fromEntries(report.results.map((r) => [r.name, Number(r.candidate.metrics.accuracy.toFixed(4))])),
  }),
);
await predictor.release();
