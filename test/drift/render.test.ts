// The drift report as markdown (GFM, Mermaid charts by the grammar GitHub renders, GitHub's size
// limit) and as Prometheus' text exposition format (checked by a strict parser of the format).
import { describe, expect, it } from 'vitest';
import { compareSamples, type DriftReport } from '../../shared/drift/compare.js';
import { renderDriftMarkdown } from '../../shared/drift/render-markdown.js';
import { renderPrometheus } from '../../shared/drift/render-prometheus.js';
import { mermaidBlocks, xyChartProblems } from '../../shared/report/mermaid.js';
import { seededRandom } from '../../shared/stats/random.js';
import { renderGfm } from '../support/gfm.js';

function normals(count: number, seed: number, mean = 0, std = 1): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => mean + std * Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random()));
}

function sampleReport(): DriftReport {
  const random = seededRandom(5);
  const city = (newShare: number) =>
    Array.from({ length: 5000 }, () => (random() < newShare ? 'new "city"' : ['north', 'south', 'east'][Math.floor(random() * 3)]));
  return compareSamples(
    {
      income: normals(5000, 1),
      'age<script>': normals(5000, 2, 40, 10),
      score: normals(5000, 3),
      city: city(0),
      prediction: normals(5000, 4),
    },
    {
      income: normals(5000, 11, 0.8),
      'age<script>': normals(5000, 12, 40, 10),
      score: normals(5000, 13, 0, 2),
      city: city(0.25),
      prediction: normals(5000, 14, 0.3),
    },
    { predictionColumn: 'prediction' },
  );
}

describe('markdown', () => {
  const report = sampleReport();
  const { markdown, truncated } = renderDriftMarkdown(report, { title: 'churn @ production' });

  it('says the verdict, then every column sorted by severity in one table', () => {
    expect(truncated).toBe(false);
    expect(markdown).toMatch(/^## 🔴 Dataset drift: churn @ production: 4 of 5 columns drifted \(80%\)/);
    expect(markdown).toContain('**Prediction drift** (`prediction`, wasserstein): 🔴 drifted.');
    const html = renderGfm(markdown);
    expect(html.match(/<table>/g)!.length).toBeGreaterThanOrEqual(1);
    const rows = [...markdown.matchAll(/^\| ([^|]+?) \| (numeric|categorical) \|/gm)].map((m) => m[1]);
    expect(rows).toEqual(
      report.columns
        .map((c) => c.column.replace('<script>', '&#60;script&#62;'))
        .map((name) => (name === 'prediction' ? 'prediction (prediction)' : name)),
    );
    // Column names from data are inert: no raw HTML reaches the page.
    expect(html).not.toContain('<script>');
  });

  it('charts the top drifted columns with Mermaid blocks GitHub can parse, a table beside each', () => {
    const blocks = mermaidBlocks(markdown);
    expect(blocks.length).toBe(3);
    for (const block of blocks) expect(xyChartProblems(block)).toEqual([]);
    const top = report.columns.filter((c) => c.drifted).slice(0, 3);
    for (const column of top) expect(markdown).toContain(`### ${column.column}`);
    expect(markdown).toMatch(/<table><tr><td>\n\n```mermaid\n[\s\S]+?```\n\n<\/td><td>\n\n\| Bin \| Reference \| Current \|/);
    // The HTML wrapper keeps the chart and its table as rendered markdown, side by side.
    const html = renderGfm(markdown);
    expect(html).toContain('<td>');
    expect(html).toContain('<code class="language-mermaid">');
  });

  it('fits GitHub’s comment limit by dropping charts before the table', () => {
    const wide = compareSamples(
      Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`feature_${i}`, normals(300, i)])),
      Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`feature_${i}`, normals(300, 1000 + i, i % 2 ? 1 : 0)])),
    );
    const small = renderDriftMarkdown(wide, { limit: { max: 20_000, measure: (text) => text.length } });
    expect(small.markdown.length).toBeLessThanOrEqual(20_000);
    expect(small.truncated).toBe(true);
    expect(small.markdown).toContain('This report was shortened');
  });
});

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/**
 * A strict reader of Prometheus' text format 0.0.4: HELP and TYPE once per family, before its
 * samples; every sample belongs to the family announced last; label names and metric names by
 * the format's grammar; label values with only \\ \" \n escapes; values as Go parses floats;
 * no series twice. Throws on anything else.
 */
function parsePrometheus(text: string): { families: Map<string, { help: string; type: string }>; samples: Sample[] } {
  if (!text.endsWith('\n')) throw new Error('the exposition must end with a newline');
  const families = new Map<string, { help: string; type: string }>();
  const samples: Sample[] = [];
  const seen = new Set<string>();
  let current: string | null = null;
  const name = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
  for (const line of text.slice(0, -1).split('\n')) {
    const help = /^# HELP (\S+) (.*)$/.exec(line);
    if (help) {
      if (!name.test(help[1]) || families.has(help[1])) throw new Error(`bad or repeated HELP: ${line}`);
      if (/\\[^\\n]/.test(help[2].replace(/\\\\/g, ''))) throw new Error(`bad escape in HELP: ${line}`);
      families.set(help[1], { help: help[2], type: '' });
      current = help[1];
      continue;
    }
    const type = /^# TYPE (\S+) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      if (type[1] !== current || families.get(current)!.type) throw new Error(`TYPE out of place: ${line}`);
      families.get(current)!.type = type[2];
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') throw new Error(`unexpected line: ${line}`);
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!sample) throw new Error(`bad sample: ${line}`);
    if (sample[1] !== current) throw new Error(`sample of ${sample[1]} outside its family (${current})`);
    const labels: Record<string, string> = {};
    let rest = sample[3] ?? '';
    while (rest.length > 0) {
      const label = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)/.exec(rest);
      if (!label) throw new Error(`bad labels: ${sample[3]}`);
      if (label[1] in labels) throw new Error(`label ${label[1]} twice`);
      labels[label[1]] = label[2].replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
      rest = rest.slice(label[0].length);
    }
    const raw = sample[4];
    if (!/^(NaN|[+-]Inf|[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)$/.test(raw)) throw new Error(`bad value: ${raw}`);
    const value = raw === 'NaN' ? Number.NaN : raw === '+Inf' ? Infinity : raw === '-Inf' ? -Infinity : Number(raw);
    const key = `${sample[1]}${JSON.stringify(Object.entries(labels).sort())}`;
    if (seen.has(key)) throw new Error(`series twice: ${line}`);
    seen.add(key);
    samples.push({ name: sample[1], labels, value });
  }
  for (const [family, { type }] of families) if (!type) throw new Error(`${family} has no TYPE`);
  return { families, samples };
}

describe('Prometheus text exposition', () => {
  const report = sampleReport();
  const labels = { model: 'churn "v2"\\beta', environment: 'prod\nwest' };
  const text = renderPrometheus(report, labels);
  const parsed = parsePrometheus(text);

  it('is valid: families announced once, gauges, escaped label values that read back as given', () => {
    expect([...parsed.families.keys()]).toEqual([
      'mlops_drift_detected',
      'mlops_drift_share',
      'mlops_drift_share_threshold',
      'mlops_drift_columns_compared',
      'mlops_drift_columns_drifted',
      'mlops_drift_column_drifted',
      'mlops_drift_column_test_detected',
      'mlops_drift_column_statistic',
      'mlops_drift_column_score',
      'mlops_drift_column_threshold',
      'mlops_drift_column_effect_size',
      'mlops_drift_column_psi',
    ]);
    for (const { type } of parsed.families.values()) expect(type).toBe('gauge');
    for (const sample of parsed.samples) expect(sample.labels).toMatchObject(labels);
    expect(text).toContain('model="churn \\"v2\\"\\\\beta"');
    expect(text).toContain('environment="prod\\nwest"');
  });

  it('carries the verdict, the share and each column’s statistic and score by column and method', () => {
    const one = (name: string) => parsed.samples.filter((s) => s.name === name);
    expect(one('mlops_drift_detected')[0].value).toBe(1);
    expect(one('mlops_drift_share')[0].value).toBe(report.driftShare);
    const scores = one('mlops_drift_column_score');
    expect(scores.length).toBe(report.columns.length);
    for (const column of report.columns) {
      const score = scores.find((s) => s.labels.column === column.column)!;
      expect(score.labels.method).toBe(column.method);
      expect(score.value).toBe(column.pValue ?? column.distance);
      const statistic = one('mlops_drift_column_statistic').find((s) => s.labels.column === column.column)!;
      expect(statistic.value).toBe(column.statistic);
    }
    const city = one('mlops_drift_column_drifted').find((s) => s.labels.column === 'city')!;
    expect(city.value).toBe(1);
  });

  it('writes NaN and infinities as Prometheus reads them', () => {
    const odd: DriftReport = { ...report, columns: [{ ...report.columns[0], statistic: Number.NaN, psi: Infinity }] };
    const lines = renderPrometheus(odd, labels).split('\n');
    expect(lines.find((l) => l.startsWith('mlops_drift_column_statistic{'))).toMatch(/ NaN$/);
    expect(lines.find((l) => l.startsWith('mlops_drift_column_psi{'))).toMatch(/ \+Inf$/);
    parsePrometheus(renderPrometheus(odd, labels));
  });
});
