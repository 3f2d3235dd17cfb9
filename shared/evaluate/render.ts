import type { MetricComparison } from '../metrics/bootstrap.js';
import { findMetric, improvementSign, metricDefinitions, metricRoles } from '../metrics/definitions.js';
import {
  details,
  formatNumber,
  renderReport,
  table,
  type Cell,
  type Limit,
  type RenderedReport,
  type Section,
} from '../report/markdown.js';
import { SERIES_COLOURS, xyChart, type Colour } from '../report/mermaid.js';
import { OTHER_FEATURES as OTHER_FEATURES_LABEL } from './explain.js';
import type { ColumnSlices } from '../metrics/slices.js';
import type { EvaluationReport, ModelInfo } from './report.js';

/**
 * The evaluation as markdown: the same sections for the pull-request comment and the job
 * summary, cut to each one's limit by `renderReport` (details first, never mid-block).
 */

/** Text from data or manifests (labels, slice values, names) made inert: no HTML, no emphasis, no links. */
export function inert(text: string): string {
  return text.replace(/[&<>*_`[\]~#!\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const COLOUR_NAME: Record<Colour, string> = {
  blue: 'blue',
  lightblue: 'light blue',
  orange: 'orange',
  lightorange: 'light orange',
  green: 'green',
  purple: 'purple',
  grey: 'grey',
  lightgrey: 'light grey',
};

const VERDICT: Record<string, string> = { better: '🟢 better', worse: '🔴 worse', 'within noise': '⚪ within noise' };

function label(metric: string): string {
  const definition = findMetric(metric);
  return `${definition?.label ?? metric} ${definition?.direction === 'lower' ? '↓' : '↑'}`;
}

/** A signed number with a real minus sign, so +/− line up and read as changes. */
export function signed(value: number | null | undefined, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (value === 0) return '0';
  const text = formatNumber(Math.abs(value), digits);
  return `${value > 0 ? '+' : '−'}${text}`;
}

function interval(low: number | undefined, high: number | undefined, withSign: boolean): string {
  if (low === undefined || high === undefined) return '–';
  const f = withSign ? (v: number) => signed(v) : (v: number) => formatNumber(v);
  return `[${f(low)}, ${f(high)}]`;
}

function value(v: number | undefined): string {
  return formatNumber(v);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function heading(report: EvaluationReport): string {
  const name = inert(report.model.name);
  const failed = report.gates.filter((g) => !g.passed).length;
  if (report.gates.length === 0) return `## 📊 Model evaluation: ${name}`;
  if (failed === 0)
    return `## ✅ Model evaluation: ${name}: ${report.gates.length === 1 ? 'the gate passed' : `all ${report.gates.length} gates passed`}`;
  return `## ❌ Model evaluation: ${name}: ${failed} of ${plural(report.gates.length, 'gate')} failed`;
}

function baselineName(report: EvaluationReport): string {
  const b = report.baseline;
  const shown = b.tag ? `\`${b.tag}\`` : `\`${b.ref}\``;
  const link = b.url ? `[${shown}](${b.url})` : shown;
  return b.tag && b.ref !== b.tag ? `${link} (${inert(b.ref)})` : link;
}

function intro(report: EvaluationReport): string {
  const files =
    report.data.files.length === 1 ? `\`${report.data.files[0]}\`` : `${report.data.files.length} files matching \`${report.data.path}\``;
  const on = `on **${plural(report.data.rows, 'row')}** of ${files}`;
  if (report.baseline.resolved)
    return `Candidate \`${report.model.name}\` (${report.model.framework}) against the baseline ${baselineName(report)} ${on}, both models scored on the same rows with their own preprocessing.`;
  const lines = [`Candidate \`${report.model.name}\` (${report.model.framework}) ${on}.`];
  if (report.baseline.firstVersion)
    lines.push(
      '',
      '> [!NOTE]',
      `> The first version of \`${report.model.name}\`: nothing is registered yet to compare with (\`${report.baseline.ref}\`), so the table shows the candidate alone and gates that compare with a baseline are skipped.`,
    );
  else if (report.baseline.reason)
    lines.push('', '> [!WARNING]', `> No baseline to compare with: ${inert(report.baseline.reason)} The table shows the candidate alone.`);
  else lines.push('', `No baseline (\`baseline: ${report.baseline.ref}\`): the table shows the candidate alone.`);
  return lines.join('\n');
}

function metricTable(report: EvaluationReport): string {
  const resamples = report.bootstrap.resamples;
  const confidence = Math.round(report.bootstrap.confidence * 100);
  const rows = report.comparison;
  if (!report.baseline.resolved) {
    const body = table(
      ['Metric', 'Candidate', `${confidence}% interval`],
      rows.map((m) => [label(m.metric), value(m.candidate), interval(m.candidateInterval?.low, m.candidateInterval?.high, false)]),
      ['l', 'r', 'r'],
    );
    return `${body}\n\n<sub>↑ higher is better, ↓ lower is better. ${resamples > 0 ? `Intervals: bootstrap percentile, ${plural(resamples, 'resample')}.` : 'Intervals off (bootstrap: 0).'}${undefinedNote(report)}</sub>`;
  }
  const verdict = (m: MetricComparison) => (m.verdict ? VERDICT[m.verdict] : resamples === 0 ? 'not tested' : '–');
  const body = table(
    ['Metric', 'Baseline', 'Candidate', 'Δ', `${confidence}% interval of Δ`, 'Verdict'],
    rows.map((m) => [
      label(m.metric),
      value(m.baseline),
      value(m.candidate),
      signed(m.delta),
      interval(m.deltaInterval?.low, m.deltaInterval?.high, true),
      verdict(m),
    ]),
    ['l', 'r', 'r', 'r', 'r', 'l'],
  );
  const counts = { better: 0, worse: 0, 'within noise': 0 };
  for (const m of rows) if (m.verdict) counts[m.verdict]++;
  const summary =
    resamples > 0 ? `**${counts.better}** better, **${counts.worse}** worse, **${counts['within noise']}** within noise.` : '';
  const legend =
    resamples > 0
      ? `Δ = candidate − baseline; ↑ higher is better, ↓ lower is better. Interval: paired bootstrap over the same resampled rows (${plural(resamples, 'resample')}, seed ${report.bootstrap.seed}); **within noise** means the interval contains 0.`
      : 'Δ = candidate − baseline; ↑ higher is better, ↓ lower is better. No intervals (bootstrap: 0), so no verdicts.';
  return `${summary ? `${summary}\n\n` : ''}${body}\n\n<sub>${legend}${undefinedNote(report)}</sub>`;
}

/** Resamples left out of an interval because the metric was undefined there (e.g. one class drawn): said, not hidden. */
function undefinedNote(report: EvaluationReport): string {
  const affected = report.comparison.filter((m) => m.undefinedResamples > 0);
  if (affected.length === 0) return '';
  const list = affected.map((m) => `${findMetric(m.metric)?.label ?? m.metric} ${m.undefinedResamples}`).join(', ');
  return ` Resamples where a metric was undefined (e.g. only one class drawn) are left out of its interval: ${list} of ${report.bootstrap.resamples.toLocaleString('en-US')}.`;
}

function gatesSection(report: EvaluationReport): string {
  if (report.gates.length === 0) return '';
  const rows = report.gates.map((g) => [
    `\`${g.metric}\``,
    `\`${g.condition}\``,
    value(g.threshold),
    value(g.actual),
    g.passed ? '✅ pass' : `❌ fail${g.reason ? `: ${g.reason}` : ''}`,
  ]);
  return `### Gates\n\n${table(['Metric', 'Condition', 'Threshold', 'Candidate', 'Result'], rows, ['l', 'l', 'r', 'r', 'l'])}`;
}

function deltaChart(report: EvaluationReport): string {
  if (!report.baseline.resolved) return '';
  const wanted = metricRoles(report.task).chart;
  const usable = report.comparison.filter(
    (m) =>
      wanted.includes(m.metric) &&
      m.delta !== undefined &&
      Number.isFinite(m.delta) &&
      m.baseline !== undefined &&
      Number.isFinite(m.baseline) &&
      m.baseline !== 0,
  );
  if (usable.length === 0) return '';
  const percent = (m: MetricComparison, v: number) => ((improvementSign(m.metric) * v) / Math.abs(m.baseline!)) * 100;
  const change = usable.map((m) => percent(m, m.delta!));
  // How wide the noise is: the larger half of the delta interval, in the same percent unit.
  const noise = usable.map((m) =>
    m.deltaInterval
      ? Math.max(Math.abs(percent(m, m.deltaInterval.high - m.delta!)), Math.abs(percent(m, m.delta! - m.deltaInterval.low)))
      : 0,
  );
  const kind = (m: MetricComparison) => (m.verdict === 'better' ? 'better' : m.verdict === 'worse' ? 'worse' : 'noise');
  // xychart bars grow from the axis minimum, not from 0, so a signed bar would mislead. Bars are
  // sizes, drawn over each other in series order: the noise band (light grey) first, then each
  // change in its verdict's colour: grey within the noise, blue a real gain, orange a real loss.
  // A zero bar still shows as a sliver a few pixels long, hidden under the others where it can be.
  const only = (which: string) => usable.map((m, i) => (kind(m) === which ? Math.abs(change[i]) : 0));
  const withNoise = usable.some((m) => m.deltaInterval);
  const chart = xyChart({
    title: 'Change against the baseline, percent of its value',
    horizontal: true,
    xLabels: usable.map((m) => findMetric(m.metric)?.label ?? m.metric),
    yTitle: 'percent',
    colours: ['lightgrey', 'grey', 'orange', 'blue'],
    series: [
      { kind: 'bar', values: noise },
      { kind: 'bar', values: only('noise') },
      { kind: 'bar', values: only('worse') },
      { kind: 'bar', values: only('better') },
    ],
  });
  if (!chart) return '';
  const legend = withNoise
    ? "blue: better · orange: worse · grey: within noise (the interval of Δ contains 0), whatever its size · light grey band: how far the noise reaches (the wider half of the 95% interval of Δ). Bars are the size of the change relative to the baseline's value (for log loss, ECE, RMSE… lower is better)."
    : "grey: no intervals (bootstrap: 0), so no verdicts. Bars are the size of the change relative to the baseline's value.";
  return `### Metric changes\n\n${chart}\n\n<sub>${legend}</sub>`;
}

/** Curves sharing a base name (`loss`, `val_loss`) go in one chart. */
function curveGroups(history: Record<string, number[]>): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const key of Object.keys(history)) {
    const base = key.replace(/^val_/, '');
    groups.set(base, [...(groups.get(base) ?? []), key]);
  }
  return [...groups];
}

/** At most `max` evenly spread epochs, always the first and the last. */
function sampledEpochs(count: number, max = 40): number[] {
  if (count <= max) return Array.from({ length: count }, (_, i) => i);
  return [...new Set(Array.from({ length: max }, (_, i) => Math.round((i * (count - 1)) / (max - 1))))];
}

/** The curves drawn: the candidate's history and, when it has one, the baseline's, on one epoch axis. */
function curveData(report: EvaluationReport) {
  const candidate = report.history?.candidate;
  if (!candidate) return undefined;
  const baseline = report.baseline.resolved ? report.history?.baseline : undefined;
  const length = (h: Record<string, number[]>) => Math.max(...Object.values(h).map((v) => v.length));
  const candidateEpochs = length(candidate);
  const baselineEpochs = baseline ? length(baseline) : 0;
  const epochs = Math.max(candidateEpochs, baselineEpochs);
  return { candidate, baseline, candidateEpochs, baselineEpochs, epochs, picked: sampledEpochs(epochs) };
}

/** A shorter run (early stopping) held at its last value to the end of the shared axis: xychart needs a value per epoch. */
function held(series: number[], picked: readonly number[]): number[] {
  return picked.map((e) => series[Math.min(e, series.length - 1)]);
}

/**
 * One chart per group of curves (`loss` with `val_loss`, `auc` with `val_auc`), as `dvc plots
 * diff` overlays revisions: with a baseline history, its curves on the same chart in orange
 * beside the candidate's in blue, validation darker than training.
 */
function curvesSection(report: EvaluationReport): string {
  const data = curveData(report);
  if (!data) return '';
  const { candidate, baseline, candidateEpochs, baselineEpochs, epochs, picked } = data;
  const baselineGroups = new Map(baseline ? curveGroups(baseline) : []);
  const charts: string[] = [];
  for (const [base, keys] of curveGroups(candidate).slice(0, 4)) {
    const own = keys.filter((k) => candidate[k].length === candidateEpochs);
    const theirs = (baselineGroups.get(base) ?? []).filter((k) => baseline![k].length === baselineEpochs);
    if (!baseline || theirs.length === 0) {
      const chart = xyChart({
        title: base,
        xTitle: 'epoch',
        xLabels: picked.map((e) => String(e + 1)),
        yTitle: base,
        series: own.map((k) => ({ kind: 'line' as const, values: held(candidate[k], picked) })),
      });
      if (chart)
        charts.push(
          `${chart}\n\n<sub>${own
            .slice(0, SERIES_COLOURS.length)
            .map((k, i) => `${SERIES_COLOURS[i]}: ${inert(k)}`)
            .join(' · ')}${baseline ? ' (the baseline has no such curve)' : ''}</sub>`,
        );
      continue;
    }
    // Validation curves in the full colour, training curves in its light shade.
    const shade = (k: string, who: 'candidate' | 'baseline'): Colour =>
      who === 'candidate' ? (k.startsWith('val_') ? 'blue' : 'lightblue') : k.startsWith('val_') ? 'orange' : 'lightorange';
    const lines = [
      ...own.slice(0, 2).map((k) => ({ key: k, who: 'candidate' as const, values: held(candidate[k], picked) })),
      ...theirs.slice(0, 2).map((k) => ({ key: k, who: 'baseline' as const, values: held(baseline![k], picked) })),
    ].filter((l) => l.values.every(Number.isFinite));
    const chart = xyChart({
      title: `${base}: candidate and baseline`,
      xTitle: 'epoch',
      xLabels: picked.map((e) => String(e + 1)),
      yTitle: base,
      colours: lines.map((l) => shade(l.key, l.who)),
      series: lines.map((l) => ({ kind: 'line' as const, values: l.values })),
    });
    if (chart)
      charts.push(
        `${chart}\n\n<sub>${lines.map((l) => `${COLOUR_NAME[shade(l.key, l.who)]}: ${l.who} ${inert(l.key)}`).join(' · ')}</sub>`,
      );
  }
  if (charts.length === 0) return '';
  const notes: string[] = [];
  if (baseline && candidateEpochs !== baselineEpochs) {
    const [shorter, count] = candidateEpochs < baselineEpochs ? ['candidate', candidateEpochs] : ['baseline', baselineEpochs];
    notes.push(
      `The ${shorter} trained ${plural(count as number, 'epoch')}, the ${shorter === 'candidate' ? 'baseline' : 'candidate'} ${plural(epochs, 'epoch')}: the ${shorter}'s lines are held flat after its last epoch.`,
    );
  }
  if (picked.length < epochs) notes.push(`${picked.length} of ${epochs} epochs drawn.`);
  return `### Training curves\n\n${charts.join('\n\n')}${notes.length ? `\n\n<sub>${notes.join(' ')}</sub>` : ''}`;
}

/** Every curve's values per epoch, candidate and baseline, collapsed. */
function curvesTableSection(report: EvaluationReport): string {
  const data = curveData(report);
  if (!data) return '';
  const { candidate, baseline, epochs, picked } = data;
  const columns = [
    ...Object.keys(candidate).map((k) => ({ name: baseline ? `candidate ${inert(k)}` : inert(k), series: candidate[k] })),
    ...Object.keys(baseline ?? {}).map((k) => ({ name: `baseline ${inert(k)}`, series: baseline![k] })),
  ];
  const rows: Cell[][] = picked.map((e) => [e + 1, ...columns.map((c) => (e < c.series.length ? formatNumber(c.series[e]) : '–'))]);
  const note = picked.length < epochs ? `\n\n<sub>${picked.length} of ${epochs} epochs shown.</sub>` : '';
  return details(
    `Training curves as a table (${plural(epochs, 'epoch')})`,
    `${table(['Epoch', ...columns.map((c) => c.name)], rows, ['r', ...columns.map(() => 'r' as const)])}${note}`,
  );
}

function confusionSection(report: EvaluationReport): string {
  const matrix = report.confusionMatrix;
  const classes = report.classes;
  if (!matrix || !classes) return '';
  const one = (rows: number[][]) =>
    table(
      ['actual ＼ predicted', ...classes.map(inert)],
      rows.map((row, i) => [`**${inert(classes[i])}**`, ...row.map((n) => n)]),
      ['l', ...classes.map(() => 'r' as const)],
    );
  let body = `Candidate:\n\n${one(matrix.candidate)}`;
  if (matrix.baseline) body += `\n\nBaseline:\n\n${one(matrix.baseline)}`;
  if (report.perClass) {
    body += `\n\nPer class (candidate):\n\n${table(
      ['Class', 'Precision', 'Recall', 'F1', 'Support'],
      report.perClass.map((s, i) => [inert(classes[i]), value(s.precision), value(s.recall), value(s.f1), s.support]),
      ['l', 'r', 'r', 'r', 'r'],
    )}`;
  }
  return details('Confusion matrix', body);
}

function omittedNote(column: ColumnSlices): string {
  return column.omittedSlices > 0
    ? `\n\n<sub>${plural(column.omittedSlices, 'smaller slice')} (${plural(column.omittedRows, 'row')}) not shown.</sub>`
    : '';
}

/** One row per slice and headline metric, as the main table: baseline, candidate, Δ, its interval, the verdict. */
function sliceIntervalTable(column: ColumnSlices, metrics: readonly string[], confidence: number, resamples: number): string {
  const rows: Cell[][] = column.slices.flatMap((s) =>
    metrics.map((m, i) => {
      const c = s.changes?.[m];
      return [
        i === 0 ? inert(s.value) : '',
        i === 0 ? s.rows : '',
        label(m),
        value(c?.baseline ?? s.baseline?.[m]),
        value(c?.candidate ?? s.candidate[m]),
        signed(c?.delta),
        interval(c?.interval?.low, c?.interval?.high, true),
        c?.verdict ? VERDICT[c.verdict] : resamples === 0 ? 'not tested' : '–',
      ];
    }),
  );
  return table(['Value', 'Rows', 'Metric', 'Baseline', 'Candidate', 'Δ', `${confidence}% interval of Δ`, 'Verdict'], rows, [
    'l',
    'r',
    'l',
    'r',
    'r',
    'r',
    'r',
    'l',
  ]);
}

function slicesSection(report: EvaluationReport): string {
  if (!report.slices || report.slices.length === 0) return '';
  const metrics = metricRoles(report.task).slices;
  const withBaseline = report.baseline.resolved;
  const counts = { better: 0, worse: 0, 'within noise': 0 };
  let drawn: ColumnSlices['intervals'];
  const parts = report.slices.map((column) => {
    if (withBaseline && column.intervals) {
      drawn ??= column.intervals;
      for (const s of column.slices)
        for (const m of column.intervals.metrics) {
          const verdict = s.changes?.[m]?.verdict;
          if (verdict) counts[verdict]++;
        }
      const confidence = Math.round(column.intervals.confidence * 100);
      return `**${inert(column.column)}**\n\n${sliceIntervalTable(column, column.intervals.metrics, confidence, column.intervals.resamples)}${omittedNote(column)}`;
    }
    const header = [
      'Value',
      'Rows',
      ...metrics.flatMap((m) => (withBaseline ? [`${findMetric(m)?.label ?? m}`, 'Δ'] : [findMetric(m)?.label ?? m])),
    ];
    const rows = column.slices.map((s) => [
      inert(s.value),
      s.rows,
      ...metrics.flatMap((m) =>
        withBaseline ? [value(s.candidate[m]), signed(s.baseline ? s.candidate[m] - s.baseline[m] : undefined)] : [value(s.candidate[m])],
      ),
    ]);
    return `**${inert(column.column)}**\n\n${table(header, rows, ['l', ...header.slice(1).map(() => 'r' as const)])}${omittedNote(column)}`;
  });
  const names = report.slices.map((s) => s.column).join(', ');
  if (drawn) {
    const tested = counts.better + counts.worse + counts['within noise'];
    const summary =
      drawn.resamples > 0 && tested > 0 ? `: ${counts.worse} worse, ${counts.better} better, ${counts['within noise']} within noise` : '';
    const legend =
      drawn.resamples > 0
        ? `Δ = candidate − baseline on the slice's rows. Interval: paired bootstrap resampling the slice's rows alone (${plural(drawn.resamples, 'resample')}, seed ${drawn.seed}); **within noise** means the interval contains 0, so a slice that looks worse may not be. Small slices have wide intervals.`
        : "Δ = candidate − baseline on the slice's rows. No intervals (bootstrap: 0), so no verdicts; small slices are noisy.";
    return details(`Slices: ${names}${summary}`, `${parts.join('\n\n')}\n\n<sub>${legend}</sub>`);
  }
  return details(
    `Slices: ${names}`,
    `${parts.join('\n\n')}\n\n<sub>Candidate values${withBaseline ? "; Δ = candidate − baseline on the slice's rows" : ''}. Small slices are noisy.</sub>`,
  );
}

function importanceSection(report: EvaluationReport): string {
  const importance = report.importance;
  if (!importance) return '';
  const ordered = [...importance.features].sort((a, b) => b.mean - a.mean || (a.name < b.name ? -1 : 1));
  const rows = ordered.map((f) => [inert(f.name), signed(f.mean, 3), formatNumber(f.std, 2)]);
  return details(
    `Permutation importance (${importance.metric})`,
    `${table(['Feature', `Drop in ${importance.metric} when shuffled`, 'Std'], rows, ['l', 'r', 'r'])}\n\n<sub>${plural(importance.repeats, 'shuffle')} per feature on the evaluation rows; positive = the model relies on it. Candidate ${importance.metric}: ${formatNumber(importance.baseline)}.</sub>`,
  );
}

/** A name from data or manifests as inline code: code spans render literally, so only a backtick needs replacing. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\``;
}

function ratioText(ratio: number): string {
  if (ratio >= 0.9 && ratio <= 1.1) return 'about as much';
  if (ratio >= 1.95 && ratio < 2.05) return 'twice as much';
  if (ratio >= 1) return `${formatNumber(ratio, 2)}× as much`;
  if (ratio > 0.48 && ratio <= 0.52) return 'half as much';
  return `${formatNumber(ratio, 2)}× as much`;
}

/** Global SHAP importance as a chart and a table, what changed against the baseline. */
function explanationSection(report: EvaluationReport): string {
  const e = report.explanations;
  if (!e) return '';
  const top = e.candidate.importance.slice(0, 12);
  const baseline = e.baseline ? new Map(e.baseline.importance.map((f, i) => [f.feature, { ...f, rank: i + 1 }])) : undefined;
  const chart = xyChart({
    title: `Mean absolute SHAP value, ${e.unit}`,
    horizontal: true,
    xLabels: top.map((f) => f.feature),
    yTitle: e.unit,
    colours: baseline ? ['blue', 'orange'] : ['blue'],
    series: baseline
      ? [
          { kind: 'bar', values: top.map((f) => f.meanAbs) },
          { kind: 'bar', values: top.map((f) => baseline.get(f.feature)?.meanAbs ?? 0) },
        ]
      : [{ kind: 'bar', values: top.map((f) => f.meanAbs) }],
  });
  const header = baseline
    ? ['Feature', 'Candidate mean |SHAP|', 'Rank', 'Baseline mean |SHAP|', 'Rank', 'Candidate ÷ baseline']
    : ['Feature', 'Mean |SHAP|', 'Rank'];
  const rows = e.candidate.importance.map((f, i) => {
    const b = baseline?.get(f.feature);
    return baseline
      ? [
          code(f.feature),
          formatNumber(f.meanAbs, 3),
          i + 1,
          formatNumber(b?.meanAbs, 3),
          b ? b.rank : '–',
          b && b.meanAbs > 0 ? `${formatNumber(f.meanAbs / b.meanAbs, 2)}×` : '–',
        ]
      : [code(f.feature), formatNumber(f.meanAbs, 3), i + 1];
  });
  const changes: string[] = [];
  if (baseline) {
    e.candidate.importance.forEach((f, i) => {
      const b = baseline.get(f.feature);
      if (!b || f.feature === OTHER_FEATURES_LABEL) return;
      const ratio = b.meanAbs > 0 ? f.meanAbs / b.meanAbs : Number.POSITIVE_INFINITY;
      const moved = b.rank - (i + 1);
      if (Math.abs(moved) >= 2 || ratio >= 1.5 || ratio <= 1 / 1.5) {
        const rank = moved === 0 ? `rank ${i + 1} in both` : `rank ${b.rank} → ${i + 1}`;
        changes.push(
          Number.isFinite(ratio)
            ? `- the candidate relies on ${code(f.feature)} ${ratioText(ratio)} as the baseline (${rank})`
            : `- the candidate relies on ${code(f.feature)}, which the baseline does not use (${rank})`,
        );
      }
    });
  }
  const method = (m: NonNullable<typeof e.baseline>) =>
    m.method === 'linear'
      ? 'closed form (linear in the explained output)'
      : `Kernel SHAP, ${m.exact ? `all ${m.coalitions.toLocaleString('en-US')} coalitions (exact Shapley values)` : `${m.coalitions.toLocaleString('en-US')} sampled coalitions`}, ${plural(m.modelRows, 'model row')} in ${plural(m.modelCalls, 'call')}`;
  const how = `SHAP values of the raw features (one-hot parts summed back to their column), in ${e.unit}, on ${plural(e.rows, 'row')} against a background of ${plural(e.background, 'row')} of the evaluation data (seed ${e.seed}); each row's values sum to its output minus the expected output (${formatNumber(e.candidate.expected, 3)}). Candidate: ${method(e.candidate)}.${e.baseline ? ` Baseline: ${method(e.baseline)}.` : ''} The values per row: the \`.shap.csv\` next to the JSON report.`;
  const legend = baseline ? '<sub>blue: candidate · orange: baseline.</sub>\n\n' : '';
  const changed =
    changes.length > 0
      ? `**What changed against the baseline:**\n\n${changes.slice(0, 8).join('\n')}\n\n`
      : baseline
        ? 'No feature moved by two ranks or more, or changed its weight by half or more, against the baseline.\n\n'
        : '';
  return `### Why the model decides: feature attributions\n\n${chart ?? ''}\n\n${legend}${table(
    header,
    rows,
    header.map((_, i) => (i === 0 ? 'l' : 'r')),
  )}\n\n${changed}<sub>${how}</sub>`;
}

function errorsSection(report: EvaluationReport): string {
  const e = report.explanations;
  if (!e || e.errors.length === 0) return '';
  const classification = report.task !== 'regression';
  const parts = e.errors.map((err) => {
    const head = classification
      ? `**${inert(err.row)}**: actual ${inert(err.actual)}, predicted ${inert(err.predicted)} with probability ${formatNumber(err.confidence, 3)}`
      : `**${inert(err.row)}**: actual ${inert(err.actual)}, predicted ${formatNumber(Number(err.predicted), 4)} (error ${formatNumber(err.confidence, 3)})`;
    const rows = err.contributions.map((c) => [code(c.feature), inert(c.value), signed(c.shap, 3)]);
    return `${head}; output ${formatNumber(err.prediction, 3)} against the expected ${formatNumber(err.expected, 3)}.\n\n${table(['Feature', 'Value', 'SHAP'], rows, ['l', 'l', 'r'])}`;
  });
  return details(
    `Most confident errors, explained (${e.errors.length})`,
    `${parts.join('\n\n')}\n\n<sub>The largest attributions of each row, in ${e.unit}; positive pushes the output up.</sub>`,
  );
}

function changeCell(
  level: number | undefined,
  change: { value: number; interval: { low: number; high: number } | null } | undefined,
): string {
  if (level === undefined || !change) return '–';
  const range = change.interval ? ` [${signed(change.interval.low)}, ${signed(change.interval.high)}]` : '';
  return `${value(level)} (${signed(change.value)}${range})`;
}

const PERTURBATION_LABEL: Record<string, string> = {
  noise: 'Gaussian noise, σ ×',
  missing: 'missing cells, share',
  swap: 'swapped categories, share',
};

/** Headline metrics under each perturbation-level, candidate and baseline side by side, with the change from the clean data. */
function robustnessSection(report: EvaluationReport): string {
  const r = report.robustness;
  if (!r || r.results.length === 0) return '';
  const withBaseline = r.results.some((x) => x.baseline);
  const header = [
    'Perturbation',
    'Cells changed',
    ...r.metrics.flatMap((m) => {
      const name = findMetric(m)?.label ?? m;
      return withBaseline ? [`${name}: candidate`, `${name}: baseline`] : [name];
    }),
  ];
  const clean = [
    'clean',
    '0',
    ...r.metrics.flatMap((m) =>
      withBaseline ? [value(r.clean.candidate[m]), value(r.clean.baseline?.[m])] : [value(r.clean.candidate[m])],
    ),
  ];
  const rows = r.results.map((x) => [
    `\`${x.name}\` (${PERTURBATION_LABEL[x.perturbation]} ${x.level})`,
    x.cells.toLocaleString('en-US'),
    ...r.metrics.flatMap((m) => {
      const c = changeCell(x.candidate.metrics[m], x.candidate.change[m]);
      return withBaseline ? [c, changeCell(x.baseline?.metrics[m], x.baseline?.change[m])] : [c];
    }),
  ]);
  // The largest drop of the candidate, in the direction that is worse.
  const drops = r.results.flatMap((x) =>
    r.metrics.map((m) => ({ name: x.name, metric: m, worse: -improvementSign(m) * x.candidate.change[m].value })),
  );
  const worst = drops.sort((a, b) => b.worse - a.worse)[0];
  const lead =
    worst && worst.worse > 0
      ? `The largest loss of the candidate: ${findMetric(worst.metric)?.label ?? worst.metric} under \`${worst.name}\` (${signed(-improvementSign(worst.metric) * worst.worse)}).\n\n`
      : 'No perturbation made the candidate worse on these metrics.\n\n';
  const legend = `Each cell: the metric on the perturbed data (its change from the clean data, ${r.resamples > 0 ? `with a ${Math.round(report.bootstrap.confidence * 100)}% paired-bootstrap interval over the same rows, ${plural(r.resamples, 'resample')}` : 'no intervals'}). Noise: Gaussian, σ = level × each numeric feature's standard deviation; missing: that share of each feature's cells emptied and imputed by each model's preprocessing; swap: that share of each categorical feature's cells set to another value of the column. Seed ${r.seed}; both models see the same perturbed rows. Gates: \`robustness.<perturbation>.<metric>\`.`;
  return `### Robustness under perturbation\n\n${lead}${table(header, rows.length ? [clean, ...rows] : [clean], [
    'l',
    ...header.slice(1).map(() => 'r' as const),
  ])}\n\n<sub>${legend}</sub>`;
}

/** The leakage verdict: adversarial validation and overlap against the training data. */
function leakageSection(report: EvaluationReport): string {
  const l = report.leakage;
  if (!l) return representativenessSection(report);
  const lines: string[] = [];
  const a = l.adversarial;
  if ('skipped' in a) lines.push(`- Adversarial validation skipped: ${inert(a.skipped)}.`);
  else {
    const separating = a.columns
      .slice(0, 5)
      .map((c) => `${code(c.column)} (${formatNumber(c.importance * 100, 2)}%)`)
      .join(', ');
    if (a.warning)
      lines.push(
        '> [!WARNING]',
        `> The evaluation data does not look like the training data: a classifier tells them apart with ROC AUC **${formatNumber(a.auc, 3)}** (above ${a.threshold}). Columns that separate them: ${separating || '–'}.`,
        '',
      );
    else
      lines.push(
        `- Adversarial validation: ROC AUC **${formatNumber(a.auc, 3)}** ± ${formatNumber(a.aucStd, 2)} (0.5 = indistinguishable; warning above ${a.threshold}): the evaluation rows look like the training rows.${separating ? ` Most separating: ${separating}.` : ''}`,
      );
  }
  const o = l.overlap;
  if (o.rows > 0) {
    const examples = o.examples.map((e) => `${inert(e.evaluation)} = ${inert(e.training)}`).join(', ');
    lines.push(
      '> [!WARNING]',
      `> **${plural(o.rows, 'evaluation row')}** (${formatNumber(o.share * 100, 3)}%) also appear in the training data, so the metrics overstate how the model does on new rows: ${examples}${o.rows > o.examples.length ? ', …' : ''}.`,
    );
  } else lines.push('- Overlap: no evaluation row repeats a training row.');
  const how = `Against ${plural(l.training.rows, 'training row')} of \`${inert(l.training.path)}\`, on ${l.columns.map(code).join(', ')}. ${'method' in a ? `Adversarial validation: ${a.method}, on ${a.rows.training.toLocaleString('en-US')} training and ${a.rows.evaluation.toLocaleString('en-US')} evaluation rows (seeded samples).` : ''} Overlap: rows equal on these columns.`;
  // A blockquote alert right after a list item would be read as part of the item: keep a blank line between them.
  const body = lines.map((line, i) =>
    i > 0 && line.startsWith('>') !== lines[i - 1].startsWith('>') && lines[i - 1] !== '' && line !== '' ? `\n${line}` : line,
  );
  return `### Can the evaluation be trusted?\n\n${body.join('\n')}\n\n<sub>${how}</sub>`;
}

/** Without training rows: how far the evaluation data is from the training data's profile. */
function representativenessSection(report: EvaluationReport): string {
  const r = report.representativeness;
  if (!r) return '';
  const drifted = r.columns
    .slice(0, 5)
    .map((c) => `${code(c.column)} (${c.method}, effect ${formatNumber(c.effect, 3)})`)
    .join(', ');
  const verdict = r.drifted
    ? `> [!WARNING]\n> The evaluation data drifts from the training data on **${r.columns.length} of ${r.compared}** features: ${drifted}. The metrics may not describe the data the model learned from.`
    : `- Representativeness: ${r.columns.length} of ${r.compared} features drift from the training data's profile${drifted ? ` (${drifted})` : ''}; the evaluation data looks like the training data.`;
  return `### Can the evaluation be trusted?\n\n${verdict}\n\n<sub>Against the profile of ${formatNumber(r.trainingRows)} training rows in the package (data-profile.json), with monitor's drift tests and effect-size rule. Row overlap and adversarial validation need the training rows: give \`training-data\`.</sub>`;
}

function definitionsSection(report: EvaluationReport): string {
  const rows = metricDefinitions(report.task).map((m) => [`\`${m.name}\``, m.description]);
  return details('How each metric is computed', table(['Metric', 'Definition'], rows, ['l', 'l']));
}

function duration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '–';
  if (seconds < 60) return `${formatNumber(seconds, 3)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

function money(cost: ModelInfo['cost']): string {
  return cost ? `$${cost.amount.toFixed(cost.amount < 1 ? 4 : 2)}` : '–';
}

function relative(candidate: number | undefined, baseline: number | undefined): string {
  if (candidate === undefined || baseline === undefined || !Number.isFinite(candidate) || !Number.isFinite(baseline) || baseline === 0)
    return '';
  const change = ((candidate - baseline) / baseline) * 100;
  return ` (${signed(change, 2)}%)`;
}

function footer(report: EvaluationReport): string {
  const c = report.model;
  const b = report.baseline.resolved ? report.baseline.model : undefined;
  const header = b ? ['Training', 'Candidate', 'Baseline'] : ['Training', 'Candidate'];
  const row = (name: string, cv: string, bv: string, change = '') => (b ? [name, `${cv}${change}`, bv] : [name, cv]);
  const rows = [
    row('Wall time', duration(c.durationSeconds), duration(b?.durationSeconds), relative(c.durationSeconds, b?.durationSeconds)),
    row('GPU-seconds', formatNumber(c.gpuSeconds, 3), formatNumber(b?.gpuSeconds, 3), relative(c.gpuSeconds, b?.gpuSeconds)),
    row('Cost', money(c.cost), money(b?.cost), relative(c.cost?.amount, b?.cost?.amount)),
  ];
  const parts: string[] = [];
  if (report.run.commit) parts.push(`commit \`${report.run.commit.slice(0, 7)}\``);
  if (report.run.url) parts.push(`[workflow run](${report.run.url})`);
  if (report.data.fingerprint) parts.push(`eval data sha256 \`${report.data.fingerprint.slice(0, 12)}\``);
  if (c.trainingData?.fingerprint) parts.push(`training data sha256 \`${c.trainingData.fingerprint.slice(0, 12)}\``);
  parts.push(`comment key \`${inert(report.run.commentKey)}\``);
  return `${table(
    header,
    rows,
    header.map((_, i) => (i === 0 ? 'l' : 'r')),
  )}\n\n<sub>${parts.join(' · ')} · mlops-actions evaluate</sub>`;
}

export function evaluationSections(report: EvaluationReport): Section[] {
  return [
    { markdown: `${heading(report)}\n\n${intro(report)}`, essential: true },
    { markdown: metricTable(report), essential: true },
    { markdown: gatesSection(report), essential: true },
    { markdown: leakageSection(report), essential: true },
    { markdown: deltaChart(report) },
    { markdown: robustnessSection(report) },
    { markdown: curvesSection(report) },
    { markdown: curvesTableSection(report), detail: true },
    { markdown: confusionSection(report), detail: true },
    { markdown: slicesSection(report), detail: true },
    { markdown: explanationSection(report) },
    { markdown: importanceSection(report), detail: true },
    { markdown: errorsSection(report), detail: true },
    { markdown: definitionsSection(report), detail: true },
    { markdown: footer(report), essential: true },
  ].filter((section) => section.markdown.trim() !== '');
}

export function renderEvaluation(report: EvaluationReport, limit: Limit): RenderedReport {
  return renderReport(evaluationSections(report), limit);
}
