import { fileURLToPath } from 'node:url';
import { expectGolden as expectGoldenFile } from '../support/golden.js';
import { describe, expect, test } from 'vitest';
import { chartText, mermaidBlocks, PALETTE_DIRECTIVE, xyChart, xyChartProblems } from '../../shared/report/mermaid.js';
import { evaluationSections, renderEvaluation } from '../../shared/evaluate/render.js';
import { COMMENT_LIMIT_CHARS, commentLimit, summaryLimit } from '../../shared/report/markdown.js';
import { renderGfm } from '../support/gfm.js';
import { reportJson } from '../../shared/evaluate/report.js';
import { sampleReport } from './sample-report.js';

// Golden files: the rendered markdown of deterministic reports. After an intended change to the
// renderer, regenerate them with   UPDATE_GOLDEN=1 npx vitest run test/evaluate/render.test.ts
// and review the diff (and how it renders) before committing.
const golden = fileURLToPath(new URL('./golden/', import.meta.url));

const expectGolden = (name: string, markdown: string) => expectGoldenFile(golden, name, markdown);

/** Text of each cell of each row of the index-th table in the HTML. */
function tableCells(html: string, index = 0): { head: string[]; body: string[][] } {
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((m) => m[1]);
  const t = tables[index];
  const text = (cell: string) => cell.replace(/<[^>]+>/g, '').trim();
  const head = [...t.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]));
  const body = [...(t.split('<tbody>')[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1])),
  );
  return { head, body };
}

describe('the rendered comment', () => {
  test('golden: with a baseline, gates, curves, confusion matrix, slices and importances', () => {
    const rendered = renderEvaluation(sampleReport(), commentLimit());
    expect(rendered.truncated).toBe(false);
    expectGolden('comment.md', rendered.markdown);
  });

  test('golden: no baseline (the alias does not exist yet)', () => {
    expectGolden(
      'no-baseline.md',
      renderEvaluation(sampleReport({ withBaseline: false, gates: 'accuracy: ">= 0.7"' }), commentLimit()).markdown,
    );
  });

  test('as GitHub renders it: the metric table, the gates, and collapsible details', () => {
    const report = sampleReport();
    const html = renderGfm(renderEvaluation(report, commentLimit()).markdown);
    const metrics = tableCells(html, 0);
    expect(metrics.head).toEqual(['Metric', 'Baseline', 'Candidate', 'Δ', '95% interval of Δ', 'Verdict']);
    expect(metrics.body).toHaveLength(14);
    for (const row of metrics.body) {
      expect(row).toHaveLength(6);
      expect(row[5]).toMatch(/^(🟢 better|🔴 worse|⚪ within noise)$/);
      expect(row[4]).toMatch(/^\[[+−]?[\d.e-]+, [+−]?[\d.e-]+\]$/);
    }
    const accuracy = report.comparison.find((m) => m.metric === 'accuracy')!;
    expect(metrics.body[0][0]).toBe('Accuracy ↑');
    expect(Number(metrics.body[0][2])).toBeCloseTo(accuracy.candidate, 3);
    expect(metrics.body.find((r) => r[0] === 'Log loss ↓')).toBeDefined();

    const gates = tableCells(html, 1);
    expect(gates.head).toEqual(['Metric', 'Condition', 'Threshold', 'Candidate', 'Result']);
    expect(gates.body.map((r) => r[0])).toEqual(['accuracy', 'roc_auc', 'log_loss']);
    expect(gates.body.map((r) => r[4])).toEqual(report.gates.map((g) => (g.passed ? '✅ pass' : '❌ fail')));

    const summaries = [...html.matchAll(/<details><summary>([^<]*)<\/summary>/g)].map((m) => m[1]);
    expect(summaries).toEqual([
      'Training curves as a table (12 epochs)',
      'Confusion matrix',
      'Slices: contract: 0 worse, 4 better, 8 within noise',
      'Permutation importance (roc_auc)',
      'Most confident errors, explained (1)',
      'How each metric is computed',
    ]);
    expect(html.match(/<details>/g)).toHaveLength(html.match(/<\/details>/g)!.length);
    // Markdown inside <details> is rendered (blank lines around it), not shown as raw pipes.
    const inDetails = html.slice(html.indexOf('<summary>Confusion matrix</summary>'));
    expect(inDetails.indexOf('<table>')).toBeGreaterThan(0);
    expect(inDetails).not.toMatch(/^\| actual/m);
    // A slice value with a pipe and angle brackets stays one literal cell.
    const slices = tableCells(html, html.slice(0, html.indexOf('<summary>Slices')).match(/<table>/g)!.length);
    expect(slices.body.map((r) => r[0])).toContain('pay | as &lt;you&gt; go');
    expect(slices.body.every((r) => r.length === slices.head.length)).toBe(true);
    // Mermaid blocks become ```mermaid code blocks, which GitHub turns into charts.
    expect(html.match(/<pre><code class="language-mermaid">/g)).toHaveLength(4);
  });

  test('metric changes inside the noise are drawn grey, apart from gains and losses, over a band as wide as the noise', () => {
    const report = sampleReport();
    const block = mermaidBlocks(renderEvaluation(report, commentLimit()).markdown).find((b) => b.includes('Change against the baseline'))!;
    const series = block
      .split('\n')
      .filter((line) => line.startsWith('    bar'))
      .map((line) =>
        line
          .replace(/^ {4}bar \[|\]$/g, '')
          .split(', ')
          .map(Number),
      );
    expect(series).toHaveLength(4);
    const [band, neutral, worse, better] = series;
    const charted = ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'log_loss', 'ece'];
    charted.forEach((name, i) => {
      const m = report.comparison.find((c) => c.metric === name)!;
      const coloured = [neutral[i], worse[i], better[i]].filter((v) => v !== 0).length;
      expect(coloured).toBeLessThanOrEqual(1);
      if (m.verdict === 'within noise') expect(worse[i] + better[i]).toBe(0);
      if (m.verdict === 'better') expect(better[i]).toBeGreaterThan(0);
      if (m.verdict === 'worse') expect(worse[i]).toBeGreaterThan(0);
      expect(band[i]).toBeGreaterThan(0);
    });
    expect(block).toContain('#d0d7de, #8c959f, #bc4c00, #0969da');
  });

  test('every emitted mermaid block follows the xychart grammar', () => {
    for (const report of [
      sampleReport(),
      sampleReport({ epochs: 300 }),
      sampleReport({ withBaseline: false, gates: 'accuracy: ">= 0.7"' }),
    ]) {
      const blocks = mermaidBlocks(renderEvaluation(report, summaryLimit()).markdown);
      expect(blocks.length).toBeGreaterThan(0);
      for (const block of blocks) expect(xyChartProblems(block), block).toEqual([]);
    }
  });

  test('over 65,536 characters, details are dropped whole: the table, gates and footer stay, the markdown stays balanced', () => {
    const report = sampleReport({ sliceValues: 20, sliceColumns: 40 });
    const full = evaluationSections(report)
      .map((s) => s.markdown)
      .join('\n\n');
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT_CHARS);
    const rendered = renderEvaluation(report, commentLimit('the job summary of this run'));
    expect(rendered.truncated).toBe(true);
    expect(rendered.omitted).toBeGreaterThan(0);
    expect(rendered.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(rendered.markdown).toContain('| Metric | Baseline | Candidate | Δ |');
    expect(rendered.markdown).toContain('### Gates');
    expect(rendered.markdown).toContain('mlops-actions evaluate</sub>');
    expect(rendered.markdown).toMatch(
      /This report was shortened to fit GitHub's limit \(\d+ sections? left out\)\. The full report: the job summary of this run\./,
    );
    expect(rendered.markdown.match(/<details/g)?.length ?? 0).toBe(rendered.markdown.match(/<\/details>/g)?.length ?? 0);
    expect(rendered.markdown.split('\n').filter((line) => /^`{3,}/.test(line)).length % 2).toBe(0);
    for (const block of mermaidBlocks(rendered.markdown)) expect(xyChartProblems(block)).toEqual([]);
    expect(tableCells(renderGfm(rendered.markdown), 0).body).toHaveLength(14);
    // The summary's limit is 1 MiB: everything fits there.
    expect(renderEvaluation(report, summaryLimit()).truncated).toBe(false);
  });
});

describe('xychart builder and validator', () => {
  test('strings lose what would break the block; numbers are plain decimals', () => {
    expect(chartText('loss "val" #1; [x] %% y\nz')).toBe('loss val 1 x y z');
    const block = mermaidBlocks(
      xyChart({ title: 'a "b"', xLabels: ['1', '2'], yTitle: 'y', series: [{ kind: 'line', values: [1e-9, 2e21] }] })!,
    )[0];
    expect(block).toContain('line [0.000000001, 2000000000000000000000]');
    expect(xyChartProblems(block)).toEqual([]);
  });

  test('series with NaN or Infinity are left out, and a chart with nothing finite is not drawn', () => {
    const chart = xyChart({
      title: 't',
      xLabels: ['1', '2'],
      yTitle: 'y',
      series: [
        { kind: 'line', values: [1, Number.NaN] },
        { kind: 'line', values: [0.5, 0.25] },
      ],
    })!;
    expect(chart).not.toMatch(/NaN|Infinity/);
    expect(mermaidBlocks(chart)[0].match(/line \[/g)).toHaveLength(1);
    expect(
      xyChart({ title: 't', xLabels: ['1'], yTitle: 'y', series: [{ kind: 'line', values: [Number.POSITIVE_INFINITY] }] }),
    ).toBeUndefined();
  });

  test('the validator rejects what GitHub would show as an error box', () => {
    const good = `${PALETTE_DIRECTIVE}\nxychart-beta\n    title "t"\n    x-axis ["a", "b"]\n    y-axis "y" 0 --> 1\n    line [0.5, 0.25]`;
    expect(xyChartProblems(good)).toEqual([]);
    expect(xyChartProblems(good.replace('xychart-beta', 'xychart-beta horizontal'))).toEqual([]);
    expect(xyChartProblems(good.replace('xychart-beta', 'xychart'))).not.toEqual([]);
    expect(xyChartProblems(good.replace(`${PALETTE_DIRECTIVE}\n`, ''))).not.toEqual([]);
    expect(xyChartProblems(good.replace('["a", "b"]', '[a, b]'))).not.toEqual([]);
    expect(xyChartProblems(good.replace('0.25', 'NaN'))).not.toEqual([]);
    expect(xyChartProblems(good.replace('[0.5, 0.25]', '[0.5]'))).not.toEqual([]);
    expect(xyChartProblems(good.replace('"t"', '"a "quoted" t"'))).not.toEqual([]);
    expect(xyChartProblems(good.replace('0.25', '1e-7'))).not.toEqual([]);
    expect(xyChartProblems(good.replace('0 --> 1', '1 --> 1'))).not.toEqual([]);
  });
});

test('resamples where a metric was undefined are counted in the note under the table', () => {
  const report = sampleReport();
  report.comparison.find((m) => m.metric === 'roc_auc')!.undefinedResamples = 3;
  const markdown = renderEvaluation(report, commentLimit()).markdown;
  expect(markdown).toContain(
    'Resamples where a metric was undefined (e.g. only one class drawn) are left out of its interval: ROC AUC 3 of 200.',
  );
});

describe('slice intervals in the comment and the JSON report', () => {
  test('each slice and headline metric: baseline, candidate, Δ, its interval and a verdict; a slice that looks worse inside the noise says so', () => {
    const report = sampleReport();
    const html = renderGfm(renderEvaluation(report, commentLimit()).markdown);
    const index = html.slice(0, html.indexOf('<summary>Slices')).match(/<table>/g)!.length;
    const slices = tableCells(html, index);
    expect(slices.head).toEqual(['Value', 'Rows', 'Metric', 'Baseline', 'Candidate', 'Δ', '95% interval of Δ', 'Verdict']);
    expect(slices.body).toHaveLength(4 * 3);
    const column = report.slices![0];
    const oneYear = column.slices.find((s) => s.value === 'one-year')!;
    // Planted: the candidate is worse on one-year contracts, but not beyond the noise of 500 rows.
    expect(oneYear.changes!.accuracy.delta).toBeLessThan(-0.03);
    expect(oneYear.changes!.accuracy.verdict).toBe('within noise');
    const at = slices.body.findIndex((r) => r[0] === 'one-year');
    expect(slices.body[at].slice(2)).toEqual([
      'Accuracy ↑',
      expect.any(String),
      expect.any(String),
      expect.stringMatching(/^−0\.05/),
      expect.stringMatching(/^\[−[\d.]+, \+[\d.]+\]$/),
      '⚪ within noise',
    ]);
    expect(slices.body.some((r) => r[7] === '🟢 better')).toBe(true);
    for (const row of slices.body) expect(row[7]).toMatch(/^(🟢 better|🔴 worse|⚪ within noise)$/);
    expect(html).toContain('paired bootstrap resampling the slice');

    const json = JSON.parse(reportJson(report));
    expect(json.slices[0].intervals).toEqual({ metrics: ['accuracy', 'f1', 'roc_auc'], resamples: 200, seed: 7, confidence: 0.95 });
    expect(json.slices[0].slices[0].changes.accuracy).toEqual({
      candidate: expect.any(Number),
      baseline: expect.any(Number),
      delta: expect.any(Number),
      interval: { low: expect.any(Number), high: expect.any(Number) },
      verdict: expect.stringMatching(/^(better|worse|within noise)$/),
      undefinedResamples: 0,
    });
  });
});

describe("the baseline's training curves beside the candidate's", () => {
  const curveBlocks = (markdown: string) => mermaidBlocks(markdown).filter((b) => b.includes('"epoch"'));

  test('one chart per curve group with both models, in distinct colours, named under the chart', () => {
    const markdown = renderEvaluation(sampleReport(), commentLimit()).markdown;
    const [loss, auc] = curveBlocks(markdown);
    expect(loss).toContain('title "loss: candidate and baseline"');
    expect(loss).toContain('"plotColorPalette": "#54aeff, #0969da, #fb8f44, #bc4c00"');
    expect(loss.match(/^ {4}line \[/gm)).toHaveLength(4);
    expect(auc).toContain('"plotColorPalette": "#0969da, #bc4c00"');
    for (const block of [loss, auc]) expect(xyChartProblems(block)).toEqual([]);
    expect(markdown).toContain(
      '<sub>light blue: candidate loss · blue: candidate val&#95;loss · light orange: baseline loss · orange: baseline val&#95;loss</sub>',
    );
    // The baseline stopped after 10 epochs: held flat, and said so.
    const baselineValLoss = loss.split('\n').filter((l) => l.startsWith('    line'))[3];
    const values = baselineValLoss.replace(/^ {4}line \[|\]$/g, '').split(', ');
    expect(values).toHaveLength(12);
    expect(values[11]).toBe(values[9]);
    expect(markdown).toContain("the baseline's lines are held flat after its last epoch.");
    const html = renderGfm(markdown);
    const index = html.slice(0, html.indexOf('<summary>Training curves as a table')).match(/<table>/g)!.length;
    const curves = tableCells(html, index);
    expect(curves.head).toEqual([
      'Epoch',
      'candidate loss',
      'candidate val_loss',
      'candidate val_auc',
      'baseline loss',
      'baseline val_loss',
      'baseline val_auc',
    ]);
    expect(curves.body[11].slice(4)).toEqual(['–', '–', '–']);
  });

  test('a longer baseline run, many epochs, or no baseline history: every block is valid', () => {
    for (const options of [{ baselineEpochs: 30 }, { epochs: 300, baselineEpochs: 250 }, { baselineEpochs: 0 }]) {
      const markdown = renderEvaluation(sampleReport(options), summaryLimit()).markdown;
      const blocks = curveBlocks(markdown);
      expect(blocks.length, JSON.stringify(options)).toBe(2);
      for (const block of blocks) expect(xyChartProblems(block), block).toEqual([]);
      if (options.baselineEpochs === 0) {
        expect(blocks[0]).not.toContain('candidate and baseline');
        expect(markdown).not.toContain('baseline val&#95;loss');
      } else expect(blocks[0].match(/^ {4}line \[/gm)).toHaveLength(4);
    }
    expect(renderEvaluation(sampleReport({ baselineEpochs: 30 }), summaryLimit()).markdown).toContain(
      "The candidate trained 12 epochs, the baseline 30 epochs: the candidate's lines are held flat after its last epoch.",
    );
  });
});

describe('the whole comment', () => {
  test('golden includes robustness, leakage, explanations and slice intervals, renders as GFM with valid charts', () => {
    const markdown = renderEvaluation(sampleReport(), commentLimit()).markdown;
    for (const heading of [
      '### Metric changes',
      '### Robustness under perturbation',
      '### Can the evaluation be trusted?',
      '### Training curves',
      '### Why the model decides: feature attributions',
    ])
      expect(markdown).toContain(heading);
    expect(markdown).toContain('95% interval of Δ | Verdict |');
    expect(markdown.length).toBeLessThan(COMMENT_LIMIT_CHARS);
    const html = renderGfm(markdown);
    expect(html).not.toMatch(/^\|/m);
    expect(html.match(/<details>/g)).toHaveLength(html.match(/<\/details>/g)!.length);
    const blocks = mermaidBlocks(markdown);
    expect(html.match(/<pre><code class="language-mermaid">/g)).toHaveLength(blocks.length);
    for (const block of blocks) expect(xyChartProblems(block), block).toEqual([]);
  });

  test('a huge report drops the collapsed detail sections first and keeps every chart and verdict section', () => {
    const report = sampleReport({ sliceValues: 20, sliceColumns: 40, epochs: 300, baselineEpochs: 280 });
    const sections = evaluationSections(report);
    const full = sections.map((s) => s.markdown).join('\n\n');
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT_CHARS);
    const rendered = renderEvaluation(report, commentLimit('the job summary of this run'));
    expect(rendered.truncated).toBe(true);
    expect(rendered.markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    // Everything visible stays; what went were details (slices, definitions, …), never a chart.
    for (const heading of [
      '### Metric changes',
      '### Robustness under perturbation',
      '### Can the evaluation be trusted?',
      '### Training curves',
      '### Why the model decides: feature attributions',
      '### Gates',
    ])
      expect(rendered.markdown).toContain(heading);
    expect(rendered.markdown).not.toContain('<summary>Slices');
    expect(rendered.markdown).not.toContain('<summary>How each metric is computed');
    const dropped = sections.filter((s) => !rendered.markdown.includes(s.markdown.trim()));
    expect(dropped.length).toBe(rendered.omitted);
    expect(dropped.every((s) => s.detail)).toBe(true);
    const html = renderGfm(rendered.markdown);
    expect(html.match(/<details>/g)?.length ?? 0).toBe(html.match(/<\/details>/g)?.length ?? 0);
    const blocks = mermaidBlocks(rendered.markdown);
    expect(blocks.length).toBe(mermaidBlocks(full).length);
    expect(html.match(/<pre><code class="language-mermaid">/g)).toHaveLength(blocks.length);
    for (const block of blocks) expect(xyChartProblems(block), block).toEqual([]);
    expect(rendered.markdown).toContain('mlops-actions evaluate</sub>');
  });
});
