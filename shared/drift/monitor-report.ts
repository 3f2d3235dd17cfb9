/**
 * monitor's report: the column-by-column drift report with what the step adds around it (the
 * model and environment it is about, where reference and current came from, prediction drift,
 * performance, the multivariate check), as JSON for open-drift-issue and as markdown for the job
 * summary and the issue. Pure: no I/O.
 */
import { formatNumber, table, type Limit, type RenderedReport, type Section } from '../report/markdown.js';
import { UserError } from '../runtime/errors.js';
import type { AdversarialResult } from './adversarial.js';
import type { DriftReport } from './compare.js';
import type { PerformanceReport } from './performance.js';
import { renderDriftMarkdown } from './render-markdown.js';
import { renderPrometheus, type PrometheusFamily } from './render-prometheus.js';

export const MONITOR_REPORT_KIND = 'mlops-drift-report';

/** The identity of a model and environment's drift issue (its hidden marker's key). */
export function driftIssueKey(model: string, environment: string): string {
  return `drift/${model}/${environment}`;
}

export interface MonitorReport {
  schemaVersion: 1;
  kind: typeof MONITOR_REPORT_KIND;
  model: string;
  environment: string;
  /** Dataset drift (share of drifted columns) or multivariate drift. */
  driftDetected: boolean;
  /** One sentence: what a notification or a dispatch input says. */
  summary: string;
  createdAt: string;
  run: { repository: string | null; id: string | null; attempt: string | null; url: string | null };
  reference: {
    input: string;
    kind: 'profile' | 'data' | 'package' | 'registry';
    rows: number;
    tag: string | null;
    version: number | null;
    releaseUrl: string | null;
  };
  current: {
    input: string;
    kind: 'data' | 'prediction-log' | 'profile';
    rows: number;
    files: string[];
    /** Prediction logs: rows per model and version that answered. */
    models: { model: string; version: string; rows: number }[] | null;
  };
  /** How prediction drift was measured: against the reference's predictions, or its training labels. */
  prediction: { column: string; comparedWith: 'reference predictions' | 'reference target' } | null;
  drift: DriftReport;
  performance: PerformanceReport | null;
  multivariate: (AdversarialResult & { skipped?: undefined }) | { skipped: string } | null;
}

function percent(share: number): string {
  return `${formatNumber(share * 100, 3)}%`;
}

/** "churn (production): 3 of 8 columns drifted (37.5%): age, contract, tenure". */
export function summarizeDrift(report: Pick<MonitorReport, 'model' | 'environment' | 'drift' | 'multivariate'>): string {
  const d = report.drift;
  const top = d.driftedColumns.slice(0, 5).join(', ');
  const more = d.driftedColumns.length > 5 ? `, +${d.driftedColumns.length - 5} more` : '';
  const parts = [
    `${report.model} (${report.environment}): ${d.driftedColumns.length} of ${d.comparedColumns} columns drifted (${percent(d.driftShare)})${top ? `: ${top}${more}` : ''}`,
  ];
  const mv = report.multivariate;
  if (mv && mv.skipped === undefined) parts.push(`multivariate AUC ${formatNumber(mv.auc, 3)}${mv.drifted ? ' (drifted)' : ''}`);
  return parts.join('; ');
}

/** Text from data made inert in markdown. */
function inert(text: string): string {
  return text.replace(/[&<>*_`[\]~#!\\|]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function multivariateSection(report: MonitorReport): Section | null {
  const mv = report.multivariate;
  if (!mv) return null;
  if (mv.skipped !== undefined) return { markdown: `### Multivariate check\n\nNot run: ${inert(mv.skipped)}.` };
  const verdict = mv.drifted ? '🔴 drifted' : '🟢 not drifted';
  const columns = mv.columns.slice(0, 10).map((c) => [inert(c.column), percent(c.importance)]);
  const lines = [
    `### Multivariate check: ${verdict} (ROC AUC ${formatNumber(mv.auc, 3)} ± ${formatNumber(mv.aucStd, 2)}, threshold ${formatNumber(mv.threshold, 3)})`,
    `A classifier was trained to tell ${mv.rows.reference.toLocaleString('en-US')} reference rows from ${mv.rows.current.toLocaleString('en-US')} current rows ` +
      `(${mv.method}). An AUC of 0.5 means it cannot tell them apart; the columns it relied on most give the current data away.`,
  ];
  if (columns.length > 0) lines.push(table(['Column', 'Share of split gain'], columns, ['l', 'r']));
  return { markdown: lines.join('\n\n') };
}

function performanceSection(report: MonitorReport): Section | null {
  const perf = report.performance;
  if (!perf) return null;
  const lines = ['### Model performance'];
  if (perf.metrics.length > 0) {
    const rows = perf.metrics.map((m) => [
      m.metric,
      formatNumber(m.current, 4),
      m.reference === null ? '–' : `${formatNumber(m.reference, 4)} (${m.referenceKey})`,
      m.delta === null ? '–' : `${m.delta >= 0 ? '+' : ''}${formatNumber(m.delta, 3)}`,
      m.significant === true ? '🔴 worse beyond noise' : m.significant === false ? 'within noise' : '',
    ]);
    lines.push(
      `On ${perf.rows.toLocaleString('en-US')} labelled current rows (label \`${inert(perf.labelColumn ?? '')}\`, prediction \`${inert(perf.predictionColumn)}\`), against the reference package's metrics.json:`,
      table(['Metric', 'Current', 'Reference', 'Δ', ''], rows, ['l', 'r', 'r', 'r', 'l']),
    );
  }
  const e = perf.estimate;
  if (e) {
    const reference = e.reference === null ? '' : ` (reference ${formatNumber(e.reference, 4)} from ${e.referenceKey})`;
    const ece =
      e.referenceEce === null
        ? 'The package records no calibration error, so the assumption is unchecked.'
        : `The package records a calibration error (ECE) of ${formatNumber(e.referenceEce, 3)}: read the estimate as ± about that much.`;
    lines.push(
      `**Estimated accuracy without labels: ${formatNumber(e.accuracy, 4)} ± ${formatNumber(e.standardError, 2)}**${reference}, from ${e.rows.toLocaleString('en-US')} predicted probabilities.`,
      `${e.note} ${ece}`,
    );
  }
  for (const note of perf.notes) lines.push(`<sub>${inert(note)}</sub>`);
  return { markdown: lines.join('\n\n') };
}

function sourcesSection(report: MonitorReport): Section {
  const ref = report.reference;
  const cur = report.current;
  const refText = ref.tag
    ? `${inert(ref.input)} → ${inert(ref.tag)}${ref.releaseUrl ? ` ([release](${ref.releaseUrl}))` : ''}`
    : inert(ref.input);
  const lines = [
    `<sub>Reference: ${refText} (${ref.kind}, ${ref.rows.toLocaleString('en-US')} rows). Current: ${inert(cur.input)} (${cur.kind}, ${cur.rows.toLocaleString('en-US')} rows, ${cur.files.length} file(s))` +
      `${cur.models ? `; answered by ${cur.models.map((m) => `${inert(m.model)} ${inert(m.version)} (${m.rows.toLocaleString('en-US')})`).join(', ')}` : ''}` +
      `${report.prediction?.comparedWith === 'reference target' ? `; predictions (\`${inert(report.prediction.column)}\`) compared with the training labels` : ''}` +
      `${report.run.url ? `. [Run](${report.run.url})` : ''}.</sub>`,
  ];
  return { markdown: lines.join('\n') };
}

/** The whole report as markdown within `limit`: verdict and columns, then multivariate and performance, then charts. */
export function renderMonitorMarkdown(report: MonitorReport, limit?: Limit): RenderedReport {
  const extra = [multivariateSection(report), performanceSection(report), sourcesSection(report)].filter((s): s is Section => s !== null);
  return renderDriftMarkdown(report.drift, {
    title: `${report.model} (${report.environment})`,
    extra: extra.map((s) => ({ ...s, essential: true })),
    limit,
  });
}

/** The report's Prometheus text: the drift gauges plus monitor's own. */
export function renderMonitorPrometheus(report: MonitorReport, now = new Date()): string {
  const base = { model: report.model, environment: report.environment };
  const extra: PrometheusFamily[] = [
    {
      name: 'mlops_drift_report_detected',
      help: 'monitor verdict: 1 when the dataset drifted (share of drifted columns or the multivariate check), else 0.',
      samples: [{ labels: base, value: report.driftDetected ? 1 : 0 }],
    },
    {
      name: 'mlops_drift_last_run_timestamp_seconds',
      help: 'When monitor last compared the data (Unix time).',
      samples: [{ labels: base, value: Math.floor(now.getTime() / 1000) }],
    },
    {
      name: 'mlops_drift_current_rows',
      help: 'Rows of current data compared.',
      samples: [{ labels: base, value: report.current.rows }],
    },
  ];
  if (report.drift.predictionDrift) {
    extra.push({
      name: 'mlops_drift_prediction_drifted',
      help: 'Prediction drift: 1 when the prediction column drifted.',
      samples: [{ labels: { ...base, column: report.drift.predictionDrift.column }, value: report.drift.predictionDrift.drifted ? 1 : 0 }],
    });
  }
  const mv = report.multivariate;
  if (mv && mv.skipped === undefined) {
    extra.push(
      {
        name: 'mlops_drift_multivariate_auc',
        help: 'Cross-validated ROC AUC of the reference-vs-current classifier (0.5: no drift).',
        samples: [{ labels: base, value: mv.auc }],
      },
      {
        name: 'mlops_drift_multivariate_detected',
        help: '1 when the multivariate AUC reached its threshold.',
        samples: [{ labels: base, value: mv.drifted ? 1 : 0 }],
      },
    );
  }
  const perf = report.performance;
  if (perf && perf.metrics.length > 0) {
    extra.push({
      name: 'mlops_model_metric',
      help: 'A model metric on the labelled current data.',
      samples: perf.metrics.map((m) => ({ labels: { ...base, metric: m.metric }, value: m.current })),
    });
    const withReference = perf.metrics.filter((m) => m.reference !== null);
    if (withReference.length > 0) {
      extra.push({
        name: 'mlops_model_metric_reference',
        help: "The same metric as recorded in the reference package's metrics.json.",
        samples: withReference.map((m) => ({ labels: { ...base, metric: m.metric }, value: m.reference! })),
      });
    }
  }
  if (perf?.estimate) {
    extra.push({
      name: 'mlops_model_estimated_accuracy',
      help: 'Expected accuracy from the predicted probabilities without labels (CBPE); assumes a calibrated model.',
      samples: [{ labels: base, value: perf.estimate.accuracy }],
    });
  }
  return renderPrometheus(report.drift, base, extra);
}

/** Reads a report monitor wrote, with a clear error for anything else. */
export function parseMonitorReport(text: string, file: string): MonitorReport {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${file} is not JSON (${(error as Error).message}); give the report monitor wrote (its \`report\` output).`);
  }
  const r = parsed as Partial<MonitorReport> | null;
  if (!r || typeof r !== 'object' || r.kind !== MONITOR_REPORT_KIND) {
    throw new UserError(
      `${file} is not a drift report written by monitor (no "kind": "${MONITOR_REPORT_KIND}"); give monitor's \`report\` output.`,
    );
  }
  if (r.schemaVersion !== 1)
    throw new UserError(`${file} has drift report schemaVersion ${String(r.schemaVersion)}; this version reads 1.`);
  const missing = ['model', 'environment', 'driftDetected', 'drift', 'summary'].filter(
    (key) => (r as Record<string, unknown>)[key] === undefined,
  );
  if (missing.length > 0) throw new UserError(`${file} is a drift report without ${missing.join(', ')}; it was cut short or edited.`);
  if (typeof r.model !== 'string' || !r.model || typeof r.environment !== 'string' || !r.environment) {
    throw new UserError(`${file}: the drift report's model and environment must be non-empty text.`);
  }
  return r as MonitorReport;
}
