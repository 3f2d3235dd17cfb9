// SHAP benchmark: Kernel SHAP for 1,000 rows of the churn example's evaluation data with a
// 100-row background, through the package's fast forward pass (predictInput), on a package the
// built-in trainer writes from examples/churn/train.yml (an MLP, 32 and 16 hidden units).
// Run: bench/evaluate/shap.sh   (bundles this file with rolldown, trains the package first).
import { performance } from 'node:perf_hooks';
import { loadTable } from '../../shared/data/table.js';
import { explainEvaluation } from '../../shared/evaluate/explain.js';
import { modelTask, readTruth } from '../../shared/evaluate/score.js';
import { loadPackagePredictor } from '../../shared/model/predictor.js';

const [modelDir, data, rowsArg = '1000', backgroundArg = '100'] = process.argv.slice(2);
const predictor = await loadPackagePredictor(modelDir);
const task = modelTask(predictor.manifest, modelDir);
const table = await loadTable(data, { cwd: process.cwd() });
const truth = readTruth(table, task);
const outputs = await predictor.predict(table);
let calls = 0;
const counted = { ...predictor, predictInput: (input: Float32Array, rows: number) => (calls++, predictor.predictInput(input, rows)) };
const start = performance.now();
const { explanations } = await explainEvaluation({
  request: {},
  table,
  truth,
  task: task.task,
  target: task.target,
  candidate: { predictor: counted, outputs },
  rows: Number(rowsArg),
  background: Number(backgroundArg),
  seed: 0,
});
const seconds = (performance.now() - start) / 1000;
const c = explanations.candidate;
console.log(
  JSON.stringify({
    rows: explanations.rows,
    background: explanations.background,
    features: explanations.features.length,
    method: c.method,
    exact: c.exact,
    coalitions: c.coalitions,
    modelCalls: calls,
    modelRows: c.modelRows,
    seconds: Number(seconds.toFixed(2)),
    modelRowsPerSecond: Math.round(c.modelRows / seconds),
    top: c.importance.slice(0, 3),
  }),
);
