import { beforeAll, describe, expect, test } from 'vitest';
import { evaluateModelWithFiles, type EvaluateOptions } from '../../shared/evaluate/evaluate.js';
import { OTHER_FEATURES } from '../../shared/evaluate/explain.js';
import { renderEvaluation } from '../../shared/evaluate/render.js';
import { commentLimit } from '../../shared/report/markdown.js';
import { mermaidBlocks, xyChartProblems } from '../../shared/report/mermaid.js';
import { InputError } from '../../shared/runtime/errors.js';
import { trainChurnPackage, workspace } from './helpers.js';

let ws: string;
let mlpDir: string;
let logisticDir: string;

beforeAll(async () => {
  ws = workspace('mlops-explain-');
  mlpDir = await trainChurnPackage(ws);
  logisticDir = await trainChurnPackage(ws, { outputDir: 'mlops-out/logistic', type: 'logistic' });
}, 60_000);

function options(overrides: Partial<EvaluateOptions> = {}): EvaluateOptions {
  return {
    modelDir: mlpDir,
    data: 'data/eval.csv',
    cwd: ws,
    resamples: 50,
    resolveBaseline: async () => ({ ref: 'none' }),
    run: { commentKey: 'default' },
    explain: 'true',
    explainRows: 40,
    explainBackground: 15,
    ...overrides,
  };
}

/** Rows of the SHAP CSV: every row's values must sum to prediction − expected. */
function checkAdditivity(csv: string, tolerance: number): number {
  const [header, ...lines] = csv.trim().split('\n');
  const columns = header.split(',');
  expect(columns[0]).toBe('row');
  expect(columns.slice(-2)).toEqual(['expected', 'prediction']);
  for (const line of lines) {
    const cells = line.split(',');
    const values = cells.slice(1, -2).map(Number);
    const [expected, prediction] = cells.slice(-2).map(Number);
    expect(Math.abs(values.reduce((a, b) => a + b, 0) - (prediction - expected))).toBeLessThan(tolerance);
  }
  return lines.length;
}

describe('explain (SHAP) in evaluate', () => {
  test('an MLP package against a logistic baseline: Kernel SHAP (exact, 8 features) and the closed form, additive per row', async () => {
    const { report, shapCsv } = await evaluateModelWithFiles(
      options({ resolveBaseline: async () => ({ ref: 'mlops-out/logistic', resolved: { dir: logisticDir } as any }) }),
    );
    const e = report.explanations!;
    expect(e.unit).toBe('log-odds of churned = 1');
    expect(e.rows).toBe(40);
    expect(e.background).toBe(15);
    expect(e.features).toHaveLength(8);
    expect(e.features).toContain('contract');
    expect(e.candidate.method).toBe('kernel');
    expect(e.candidate.exact).toBe(true);
    expect(e.candidate.coalitions).toBe(254);
    expect(e.baseline!.method).toBe('linear');
    expect(e.candidate.importance.map((f) => f.meanAbs).every((v, i, all) => i === 0 || v <= all[i - 1])).toBe(true);
    expect(checkAdditivity(shapCsv!, 1e-6)).toBe(40);
    expect(shapCsv!.split('\n')[1]).toMatch(/^.*eval\.csv:\d+,/);
    const markdown = renderEvaluation(report, commentLimit()).markdown;
    expect(markdown).toContain('### Why the model decides: feature attributions');
    expect(markdown).toContain('Candidate mean \\|SHAP\\|');
    expect(markdown).toContain('Most confident errors, explained');
    for (const block of mermaidBlocks(markdown)) expect(xyChartProblems(block)).toEqual([]);
  }, 60_000);

  test('named features are explained, the rest attributed together; still additive', async () => {
    const { report, shapCsv } = await evaluateModelWithFiles(options({ explain: 'tenure_months, contract' }));
    expect(report.explanations!.features).toEqual(['tenure_months', 'contract', OTHER_FEATURES]);
    expect(report.explanations!.candidate.coalitions).toBe(6);
    checkAdditivity(shapCsv!, 1e-6);
  }, 60_000);

  test('an unknown feature in explain is an input error naming the features, before anything is scored', async () => {
    const error = await evaluateModelWithFiles(options({ explain: 'tenure' })).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toMatch(/input "explain": the model has no feature "tenure" \(did you mean "tenure_months"\?\)/);
  });
});
