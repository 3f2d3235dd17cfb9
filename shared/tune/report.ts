import { codeBlock, formatNumber, table, type Cell } from '../report/markdown.js';
import type { ImportanceResult } from './importance.js';
import { studySpace, type Study } from './study.js';
import type { ParamValue } from './space.js';
import type { Trial } from './trial.js';

/** Points a chart draws at most: beyond, the trials are thinned evenly (the last is always kept). */
const CHART_POINTS = 100;

function showValue(value: ParamValue | undefined): Cell {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return String(value);
  return JSON.stringify(value);
}

function note(trial: Trial): string {
  if (trial.state === 'pruned') return `pruned at epoch ${trial.prunedAt}`;
  if (trial.state === 'failed') return trial.error ?? 'failed';
  return '';
}

/** Complete trials best first, then pruned (furthest first), failed and running, each by number. */
function reportOrder(study: Study): Trial[] {
  const sign = study.direction === 'minimize' ? 1 : -1;
  const group = { complete: 0, pruned: 1, failed: 2, running: 3 } as const;
  return [...study.trials].sort((a, b) => {
    if (a.state !== b.state) return group[a.state] - group[b.state];
    if (a.state === 'complete') return sign * (a.value! - b.value!) || a.number - b.number;
    if (a.state === 'pruned') return (b.prunedAt ?? 0) - (a.prunedAt ?? 0) || a.number - b.number;
    return a.number - b.number;
  });
}

/** A markdown table of the trials, best first, at most `limit` rows with a line saying how many were left out. */
export function trialsTable(study: Study, options: { limit?: number } = {}): string {
  const limit = options.limit ?? 50;
  const names = studySpace(study).parameters.map((p) => p.name);
  const ordered = reportOrder(study);
  const rows = ordered
    .slice(0, limit)
    .map((trial) => [
      trial.number,
      trial.state,
      trial.value === undefined ? '' : formatNumber(trial.value),
      ...names.map((name) => showValue(trial.params[name])),
      note(trial),
    ]);
  const header = ['trial', 'state', study.metric, ...names, 'note'];
  const align = header.map((_, i) => (i === 0 || i === 2 ? 'r' : 'l') as 'r' | 'l');
  const more = ordered.length > limit ? `\n\n${ordered.length - limit} more trials are in the trials file.` : '';
  return table(header, rows, align) + more;
}

/** Best value so far after each trial, from the first complete trial on: [trial number, best][]. */
export function bestValueHistory(study: Study): [number, number][] {
  const points: [number, number][] = [];
  let best: number | undefined;
  for (const trial of [...study.trials].sort((a, b) => a.number - b.number)) {
    if (trial.state === 'complete') {
      const better = best === undefined || (study.direction === 'minimize' ? trial.value! < best : trial.value! > best);
      if (better) best = trial.value!;
    }
    if (best !== undefined) points.push([trial.number, best]);
  }
  return points;
}

function thin<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  return Array.from({ length: max }, (_, i) => items[Math.round((i * (items.length - 1)) / (max - 1))]);
}

/** A Mermaid xychart of the best value over trials, fenced for GitHub; empty when no trial completed. */
export function bestValueChart(study: Study): string {
  const points = thin(bestValueHistory(study), CHART_POINTS);
  if (points.length === 0) return '';
  const label = study.metric.replace(/"/g, "'");
  const values = points.map(([, v]) => Number(v.toPrecision(6)));
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const pad = Math.abs(low) * 0.05 || 1;
    low -= pad;
    high += pad;
  }
  const lines = [
    'xychart-beta',
    `  title "Best ${label} over trials (${study.direction === 'minimize' ? 'lower' : 'higher'} is better)"`,
    `  x-axis "trial" [${points.map(([n]) => n).join(', ')}]`,
    `  y-axis "${label}" ${Number(low.toPrecision(6))} --> ${Number(high.toPrecision(6))}`,
    `  line [${values.join(', ')}]`,
  ];
  return codeBlock(lines.join('\n'), 'mermaid');
}

/** A markdown table of parameter importances, most important first. */
export function importanceTable(result: ImportanceResult): string {
  if (result.importances.length === 0) return 'No parameter could be rated (too few complete trials, or every parameter is conditional).';
  const rows = result.importances.map(({ name, importance }) => [
    name,
    formatNumber(importance, 3),
    '█'.repeat(Math.round(importance * 20)),
  ]);
  const unrated = result.unrated.length ? `\n\nNot rated (conditional or single-valued): ${result.unrated.join(', ')}.` : '';
  return (
    table(['parameter', 'importance', ''], rows, ['l', 'r', 'l']) +
    `\n\nPED-ANOVA over ${result.trials} complete trials (top 10 % against all).${unrated}`
  );
}
