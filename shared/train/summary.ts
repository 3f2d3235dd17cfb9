import type { Manifest } from '../model/package.js';
import { escapeInline, formatNumber, table } from '../report/markdown.js';

/** Splits flat metrics into rows of train / validation / cross-validation columns. */
export function metricRows(metrics: Record<string, number>): (string | number)[][] {
  const names = new Set<string>();
  for (const name of Object.keys(metrics)) {
    const base = name.replace(/^cv_val_(.*)_(mean|std)$/, '$1').replace(/^val_/, '');
    names.add(base);
  }
  const cv = (name: string) =>
    metrics[`cv_val_${name}_mean`] !== undefined
      ? `${formatNumber(metrics[`cv_val_${name}_mean`])} ± ${formatNumber(metrics[`cv_val_${name}_std`])}`
      : '';
  return [...names].map((name) => [name, formatNumber(metrics[name]), formatNumber(metrics[`val_${name}`]), cv(name)]);
}

function seconds(value: number): string {
  return value < 120 ? `${value.toFixed(1)} s` : `${(value / 60).toFixed(1)} min`;
}

/** The job summary: what ran where, how long it took and cost, and the metrics. */
export function summaryMarkdown(manifest: Manifest, details: { task?: string; rows?: number; epochs?: string }): string {
  const facts: [string, string][] = [
    ['backend', manifest.backend],
    ['device', manifest.device],
    ['framework', manifest.framework],
  ];
  if (details.task) facts.push(['task', details.task]);
  if (details.rows !== undefined) facts.push(['rows', formatNumber(details.rows)]);
  if (details.epochs) facts.push(['epochs', details.epochs]);
  if (manifest.gpu)
    facts.push([
      'GPU utilisation',
      `mean ${formatNumber(manifest.gpu.meanUtilization, 3)}%, peak ${manifest.gpu.peakUtilization}%, peak memory ${formatNumber(manifest.gpu.peakMemoryMiB)} MiB`,
    ]);
  facts.push(['wall time', seconds(manifest.durationSeconds)], ['GPU-seconds', formatNumber(manifest.gpuSeconds, 4)]);
  if (manifest.cost) facts.push(['cost', `${formatNumber(manifest.cost.amount, 4)} (at ${formatNumber(manifest.cost.perHour)} per hour)`]);
  const rows = metricRows(manifest.metrics);
  const hasCv = rows.some((row) => row[3] !== '');
  const metricsTable = rows.length
    ? table(
        hasCv ? ['metric', 'train', 'validation', 'cross-validation'] : ['metric', 'train', 'validation'],
        rows.map((row) => (hasCv ? row : row.slice(0, 3))),
        hasCv ? ['l', 'r', 'r', 'r'] : ['l', 'r', 'r'],
      )
    : '_The command reported no metrics._';
  return [`### train: ${escapeInline(manifest.name)}`, '', table(['', ''], facts, ['l', 'l']), '', metricsTable, ''].join('\n');
}
