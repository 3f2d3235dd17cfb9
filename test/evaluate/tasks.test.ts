import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { evaluateModel } from '../../shared/evaluate/evaluate.js';
import { renderEvaluation } from '../../shared/evaluate/render.js';
import { mermaidBlocks, xyChartProblems } from '../../shared/report/mermaid.js';
import { computeMetrics } from '../../shared/metrics/score.js';
import { loadPackagePredictor } from '../../shared/model/predictor.js';
import { readRunContext } from '../../shared/github/context.js';
import { parseActionInputs } from '../../shared/inputs/parse.js';
import { commentLimit } from '../../shared/report/markdown.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { run as train } from '../../shared/steps/train.js';
import { loadTable } from '../../shared/data/table.js';
import { repoRoot } from './helpers.js';

// Multiclass and regression packages from the built-in trainer, evaluated end to end: the
// report's metrics are the metrics core's on the package's own predictions.
async function trained(file: string, target: string, task: string): Promise<{ ws: string; dir: string }> {
  const ws = mkdtempSync(join(tmpdir(), 'mlops-evaluate-task-'));
  cpSync(join(repoRoot, 'test/train/fixtures', file), join(ws, file));
  writeFileSync(
    join(ws, 'train.yml'),
    `name: ${task}\ndata: ${file}\ntarget: ${target}\nmodel: {hidden: [8]}\ntraining: {epochs: 5, batch_size: 32, learning_rate: 0.02}\n`,
  );
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  const outputs = await train({
    inputs: parseActionInputs('train', { config: 'train.yml', backend: 'cpu', 'output-dir': 'model' }),
    io: createCliIO(() => undefined),
    env,
    cwd: ws,
    run: readRunContext(env),
  });
  return { ws, dir: join(ws, String(outputs['model-dir'])) };
}

test.each([
  ['multiclass.csv', 'species', 'multiclass-classification'],
  ['regression.csv', 'price', 'regression'],
] as const)(
  '%s: %s evaluated as %s',
  async (file, target, task) => {
    const { ws, dir } = await trained(file, target, task);
    const report = await evaluateModel({
      modelDir: dir,
      data: file,
      cwd: ws,
      resamples: 50,
      slices: [task === 'regression' ? 'group' : 'b'],
      gates: task === 'regression' ? 'rmse: "<= 1000"' : 'accuracy: ">= 0"',
      resolveBaseline: async () => ({ ref: dir, resolved: { dir, manifest: {} as never, source: 'path' } }),
      run: { commentKey: 'k' },
    });
    expect(report.task).toBe(task);
    const predictor = await loadPackagePredictor(dir);
    const table = await loadTable(file, { cwd: ws });
    const outputs = await predictor.predict(table);
    const cells = table.values.get(target)!;
    const direct =
      task === 'regression'
        ? computeMetrics({ task, data: { actual: Float64Array.from(cells, Number), predicted: outputs } })
        : computeMetrics({
            task,
            data: {
              labels: Int32Array.from(cells, (c) => report.classes!.indexOf(c!)),
              probabilities: outputs,
              classes: report.classes!.length,
            },
          });
    expect(report.metrics).toEqual(direct.metrics);
    // The same package as its own baseline: every delta is exactly 0 and within noise.
    for (const m of report.comparison) {
      if (!Number.isFinite(m.candidate)) continue;
      expect(m.delta).toBe(0);
      expect(m.verdict).toBe('within noise');
    }
    expect(report.passed).toBe(true);
    const markdown = renderEvaluation(report, commentLimit()).markdown;
    for (const block of mermaidBlocks(markdown)) expect(xyChartProblems(block)).toEqual([]);
    if (task === 'regression') expect(markdown).toContain('| RMSE ↓ |');
    else expect(markdown).toContain('<summary>Confusion matrix</summary>');
  },
  60_000,
);
