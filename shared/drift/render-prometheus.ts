/**
 * The drift report in Prometheus' text exposition format (version 0.0.4), for a `metrics-file`
 * a node exporter's textfile collector reads, or a Pushgateway body. Pure: no I/O.
 *
 * Every series carries `model` and `environment`; column series add `column` (and `method`
 * where the number depends on the test), so a dashboard can plot one column's score over runs.
 */
import type { ColumnDrift, DriftReport } from './compare.js';

export interface PrometheusLabels {
  model: string;
  environment: string;
}

type Labels = Record<string, string>;

/** One metric family: every sample is a gauge. */
export interface PrometheusFamily {
  name: string;
  help: string;
  samples: { labels: Labels; value: number }[];
}

type Family = PrometheusFamily;

/** Label values escape backslash, double quote and newline (the format's only escapes). */
function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** HELP text escapes backslash and newline. */
function escapeHelp(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}

/** Go's float syntax, as Prometheus parses it: NaN, +Inf, -Inf, or a decimal. */
function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

function formatLabels(labels: Labels): string {
  const parts = Object.entries(labels).map(([key, value]) => `${key}="${escapeLabelValue(value)}"`);
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

function family(name: string, help: string, samples: Family['samples']): Family {
  return { name, help, samples };
}

/** The score a column's test compares with its threshold: the p-value, or the distance. */
function score(column: ColumnDrift): number {
  return (column.thresholdKind === 'p_value' ? column.pValue : column.distance) ?? Number.NaN;
}

/** Gauge families in the text format: HELP, TYPE, then one line per sample. */
export function formatPrometheus(families: readonly PrometheusFamily[]): string {
  const lines: string[] = [];
  for (const f of families) {
    lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} gauge`);
    for (const sample of f.samples) lines.push(`${f.name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The report's families, then `extra` ones (monitor's multivariate and performance gauges). */
export function renderPrometheus(report: DriftReport, labels: PrometheusLabels, extra: readonly PrometheusFamily[] = []): string {
  const base: Labels = { model: labels.model, environment: labels.environment };
  const perColumn = (fn: (c: ColumnDrift) => number, withMethod: boolean) =>
    report.columns.map((c) => ({
      labels: { ...base, column: c.column, ...(withMethod ? { method: c.method } : {}) },
      value: fn(c),
    }));
  const families: Family[] = [
    family('mlops_drift_detected', '1 when the share of drifted columns reached drift-share, else 0.', [
      { labels: base, value: report.datasetDrift ? 1 : 0 },
    ]),
    family('mlops_drift_share', 'Share of the compared columns that drifted.', [{ labels: base, value: report.driftShare }]),
    family('mlops_drift_share_threshold', 'The drift-share at which the dataset counts as drifted.', [
      { labels: base, value: report.options.driftShare },
    ]),
    family('mlops_drift_columns_compared', 'Columns compared.', [{ labels: base, value: report.comparedColumns }]),
    family('mlops_drift_columns_drifted', 'Columns that drifted (test fired and effect size reached its minimum).', [
      { labels: base, value: report.driftedColumns.length },
    ]),
    family(
      'mlops_drift_column_drifted',
      '1 when the column drifted (test fired and effect size reached its minimum).',
      perColumn((c) => (c.drifted ? 1 : 0), true),
    ),
    family(
      'mlops_drift_column_test_detected',
      "1 when the column's test alone fired.",
      perColumn((c) => (c.testDetected ? 1 : 0), true),
    ),
    family(
      'mlops_drift_column_statistic',
      'The test statistic (KS D, chi-square, z, normed Wasserstein, Jensen-Shannon, PSI).',
      perColumn((c) => c.statistic, true),
    ),
    family(
      'mlops_drift_column_score',
      'The value compared with the threshold: a p-value (drift below) or a distance (drift at or above).',
      perColumn(score, true),
    ),
    family(
      'mlops_drift_column_threshold',
      'The threshold the score is compared with.',
      perColumn((c) => c.threshold, true),
    ),
    family(
      'mlops_drift_column_effect_size',
      'Effect size: Wasserstein/std for numbers, total variation for categories.',
      perColumn((c) => c.effect.value, false),
    ),
    family(
      'mlops_drift_column_psi',
      'Population stability index.',
      perColumn((c) => c.psi, false),
    ),
  ];
  return formatPrometheus([...families, ...extra]);
}
