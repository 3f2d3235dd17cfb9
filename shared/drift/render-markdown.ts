/**
 * The drift report as markdown (PR comment, issue body, job summary): a verdict, one table of
 * every compared column sorted by severity, then for the top drifted columns a Mermaid chart of
 * reference against current with the numbers beside it. Sections are cut to GitHub's limits by
 * `renderReport`, charts first.
 */
import { xyChart } from '../report/mermaid.js';
import {
  commentLimit,
  details,
  formatNumber,
  renderReport,
  table,
  type Cell,
  type Limit,
  type RenderedReport,
  type Section,
} from '../report/markdown.js';
import type { ColumnDrift, DriftReport } from './compare.js';

export interface DriftMarkdownOptions {
  /** Heading text after "Data drift" (a model and environment, say). */
  title?: string;
  /** How many drifted columns get a chart (default 3). */
  charts?: number;
  limit?: Limit;
  /** Sections placed after the verdict and the column table (monitor's multivariate and performance findings). */
  extra?: readonly Section[];
}

const DEFAULT_CHARTS = 3;

/** Text from data (column names, category values) made inert: no HTML, no emphasis, no links. */
function inert(text: string): string {
  return text.replace(/[&<>*_`[\]~#!\\|]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function percent(share: number): string {
  return `${formatNumber(share * 100, 3)}%`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function verdict(column: ColumnDrift): string {
  if (column.drifted) return '🔴 drifted';
  if (column.testDetected) return `🟡 test only (effect below ${formatNumber(column.effect.minimum, 3)})`;
  return '⚪ no';
}

function effectText(column: ColumnDrift): string {
  const name = column.effect.measure === 'wasserstein_std' ? 'W/σ' : 'TV';
  return `${name} ${formatNumber(column.effect.value, 3)}`;
}

function scoreText(column: ColumnDrift): string {
  if (column.pValue !== null) return `p ${formatNumber(column.pValue, 3)}`;
  return formatNumber(column.distance, 3);
}

function headline(report: DriftReport, title: string | undefined): string {
  const suffix = title ? `: ${inert(title)}` : '';
  const compared = plural(report.comparedColumns, 'column');
  const counts = `${report.driftedColumns.length} of ${compared} drifted (${percent(report.driftShare)})`;
  if (report.comparedColumns === 0) return `## ⚪ Data drift${suffix}: no column could be compared`;
  if (report.datasetDrift) return `## 🔴 Dataset drift${suffix}: ${counts}`;
  return `## 🟢 No dataset drift${suffix}: ${counts}`;
}

function methodSentence(report: DriftReport): string {
  const { options } = report;
  const methods =
    options.methods.numeric === options.methods.categorical
      ? `method \`${options.methods.numeric}\``
      : `\`${options.methods.numeric}\` for numeric and \`${options.methods.categorical}\` for categorical columns`;
  const small = options.smallReferenceRows.toLocaleString('en-US');
  const auto = Object.values(options.methods).includes('auto')
    ? ` (\`auto\` picks Evidently's defaults: KS, chi-square or z-test at p < 0.05 for a reference of at most ` +
      `${small} values, else normed Wasserstein or Jensen–Shannon at 0.1)`
    : '';
  const rows = `Reference ${plural(report.reference.rows, 'row')}, current ${plural(report.current.rows, 'row')}`;
  const numeric = formatNumber(options.minEffect.numeric, 3);
  const categorical = formatNumber(options.minEffect.categorical, 3);
  return (
    `${rows}; ${methods}${auto}. ` +
    `A column drifts when its test fires **and** its effect size reaches ${numeric} (W/σ: Wasserstein distance ` +
    `over the reference std, for numbers) or ${categorical} (TV: total variation, the share of values that moved, ` +
    "for categories), so a large sample's trivial shift does not count. " +
    `Dataset drift when at least ${percent(options.driftShare)} of the compared columns drift.`
  );
}

function summarySection(report: DriftReport, title: string | undefined): string {
  const lines = [headline(report, title), methodSentence(report)];
  if (report.predictionDrift) {
    const p = report.predictionDrift;
    lines.push(`**Prediction drift** (\`${inert(p.column)}\`, ${p.method}): ${p.drifted ? '🔴 drifted' : '🟢 not drifted'}.`);
  }
  if (report.approximate) {
    lines.push(
      "<sub>Some statistics come from the profiles' sketches rather than raw rows; " + 'their error bounds are in docs/monitor.md.</sub>',
    );
  }
  const rows: Cell[][] = report.columns.map((c) => [
    `${inert(c.column)}${c.role === 'prediction' ? ' (prediction)' : ''}`,
    c.kind,
    c.method,
    formatNumber(c.statistic, 3),
    scoreText(c),
    formatNumber(c.threshold, 3),
    effectText(c),
    formatNumber(c.psi, 3),
    verdict(c),
  ]);
  if (rows.length > 0) {
    lines.push(
      table(['Column', 'Type', 'Test', 'Statistic', 'p-value / distance', 'Threshold', 'Effect', 'PSI', 'Drift'], rows, [
        'l',
        'l',
        'l',
        'r',
        'r',
        'r',
        'r',
        'r',
        'l',
      ]),
    );
  }
  return lines.join('\n\n');
}

function chartSection(column: ColumnDrift): string {
  const d = column.distribution;
  const chart = xyChart({
    title: `${column.column}: share of values`,
    xLabels: d.labels,
    yTitle: 'share',
    colours: ['blue', 'orange'],
    series: [
      { kind: 'bar', values: d.reference },
      { kind: 'line', values: d.current },
    ],
  });
  const numbers = table(
    [column.kind === 'numeric' && column.effect.measure === 'wasserstein_std' ? 'Bin' : 'Value', 'Reference', 'Current'],
    d.labels.map((label, i) => [inert(label), percent(d.reference[i]), percent(d.current[i])]),
    ['l', 'r', 'r'],
  );
  const facts = [
    `${column.method} ${scoreText(column)} (threshold ${formatNumber(column.threshold, 3)}, ${inert(column.detail)})`,
    `effect ${effectText(column)}`,
    column.cohensD !== null ? `Cohen's d ${formatNumber(column.cohensD, 3)}` : '',
    column.cramersV !== null ? `Cramér's V ${formatNumber(column.cramersV, 3)}` : '',
    `PSI ${formatNumber(column.psi, 3)}`,
    `missing ${percent(column.reference.nullShare)} → ${percent(column.current.nullShare)}`,
  ].filter(Boolean);
  const body = chart ? `<table><tr><td>\n\n${chart}\n\n</td><td>\n\n${numbers}\n\n</td></tr></table>` : numbers;
  const legend = '<sub>blue bars: reference · orange line: current (share of non-missing values)</sub>';
  return `### ${inert(column.column)}\n\n${facts.join(' · ')}\n\n${body}\n\n${legend}`;
}

function skippedSection(report: DriftReport): string {
  if (report.skipped.length === 0) return '';
  const rows = report.skipped.map((s) => [inert(s.column), inert(s.reason)]);
  return details(`${plural(report.skipped.length, 'column')} not compared`, table(['Column', 'Why'], rows, ['l', 'l']));
}

/** The report as markdown within `limit` (default: a GitHub comment's 65,536 characters). */
export function renderDriftMarkdown(report: DriftReport, options: DriftMarkdownOptions = {}): RenderedReport {
  const charts = report.columns.filter((c) => c.drifted).slice(0, options.charts ?? DEFAULT_CHARTS);
  const sections: Section[] = [
    { markdown: summarySection(report, options.title), essential: true },
    ...(options.extra ?? []),
    ...charts.map((c) => ({ markdown: chartSection(c) })),
    { markdown: skippedSection(report) },
  ];
  return renderReport(sections, options.limit ?? commentLimit());
}
