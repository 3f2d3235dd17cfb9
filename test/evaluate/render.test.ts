import { fileURLToPath } from 'node:url';
import { expectGolden as expectGoldenFile } from '../support/golden.js';
import { describe, expect, test } from 'vitest';
import { chartText, mermaidBlocks, PALETTE_DIRECTIVE, xyChart, xyChartProblems } from '../../shared/report/mermaid.js';
import { evaluationSections, renderEvaluation } from '../../shared/evaluate/render.js';
import { COMMENT_LIMIT_CHARS, commentLimit, summaryLimit } from '../../shared/report/markdown.js';
import { renderGfm } from '../support/gfm.js';
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
      'Slices: contract',
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
