/**
 * What monitor tells Alertmanager. While the dataset drifts: one alert for the dataset
 * (`MLOpsDataDrift`) and one per drifted column (`MLOpsColumnDrift`, with a `column` label), each
 * ending `holdHours` from now unless a later run sends it again. Alerts of this model and
 * environment that Alertmanager still holds but that this run does not fire (a clean run, or a
 * column that stopped drifting) are sent again with `endsAt` now, which resolves them.
 */
import type { MonitorReport } from '../drift/monitor-report.js';
import { listAlerts, postAlerts, type GettableAlert, type PostableAlert } from './alertmanager.js';
import type { HttpOptions } from './http.js';

export const DATASET_ALERT = 'MLOpsDataDrift';
export const COLUMN_ALERT = 'MLOpsColumnDrift';

export interface DriftAlertOptions {
  now?: Date;
  /** How long a firing alert lasts if not sent again. */
  holdHours: number;
  severity: string;
  /** The issue or the run that explains the alert. */
  link?: string;
  /** The run that sent it. */
  generatorURL?: string;
}

function formatValue(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return String(value);
  return Number(value.toPrecision(3)).toString();
}

/** The alerts this report fires (none when it is clean). */
export function firingAlerts(report: MonitorReport, options: DriftAlertOptions): PostableAlert[] {
  // A run without dataset drift fires nothing, so a clean run resolves every alert it sent.
  if (!report.driftDetected) return [];
  const now = options.now ?? new Date();
  const endsAt = new Date(now.getTime() + options.holdHours * 3_600_000).toISOString();
  const base = { model: report.model, environment: report.environment, severity: options.severity };
  const common = {
    startsAt: now.toISOString(),
    endsAt,
    ...(options.generatorURL ? { generatorURL: options.generatorURL } : {}),
  };
  const links: Record<string, string> = options.link ? { link: options.link } : {};
  const alerts: PostableAlert[] = [
    {
      labels: { alertname: DATASET_ALERT, ...base },
      annotations: {
        summary: `Data drift: ${report.summary}`,
        description: `Reference ${report.reference.tag ?? report.reference.input}, current ${report.current.input} (${report.current.rows} rows).`,
        ...links,
      },
      ...common,
    },
  ];
  for (const column of report.drift.columns.filter((c) => c.drifted)) {
    const score =
      column.pValue !== null
        ? `p ${formatValue(column.pValue)} < ${column.threshold}`
        : `${formatValue(column.distance)} ≥ ${column.threshold}`;
    alerts.push({
      labels: { alertname: COLUMN_ALERT, ...base, column: column.column },
      annotations: {
        summary: `${column.role === 'prediction' ? 'Prediction' : 'Column'} ${column.column} drifted in ${report.model} (${report.environment}): ${column.method} ${score}, effect ${column.effect.measure} ${formatValue(column.effect.value)}`,
        ...links,
      },
      ...common,
    });
  }
  return alerts;
}

const identity = (labels: Record<string, string>) =>
  JSON.stringify(
    Object.entries(labels)
      .filter(([key]) => key !== 'severity')
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );

export interface AlertSync {
  firing: number;
  resolved: number;
  /** Set when Alertmanager's list could not be read: only the dataset alert was resolved. */
  listError?: string;
}

/**
 * Sends this run's firing alerts and resolves the ones of the same model and environment that
 * Alertmanager holds but this run does not fire. A clean run always resolves the dataset alert,
 * even when the list cannot be read.
 */
export async function syncDriftAlerts(baseUrl: URL, report: MonitorReport, options: DriftAlertOptions & HttpOptions): Promise<AlertSync> {
  const now = options.now ?? new Date();
  const firing = firingAlerts(report, { ...options, now });
  const firingIds = new Set(firing.map((a) => identity(a.labels)));
  let held: GettableAlert[] = [];
  let listError: string | undefined;
  try {
    held = await listAlerts(baseUrl, { model: report.model, environment: report.environment }, options);
  } catch (error) {
    listError = (error as Error).message;
  }
  const ours = held.filter((a) => a.labels.alertname === DATASET_ALERT || a.labels.alertname === COLUMN_ALERT);
  const resolved: PostableAlert[] = ours
    .filter((a) => !firingIds.has(identity(a.labels)))
    .map((a) => ({
      labels: a.labels,
      annotations: { ...a.annotations, summary: `Resolved: ${report.summary}`, ...(options.link ? { link: options.link } : {}) },
      startsAt: a.startsAt,
      endsAt: now.toISOString(),
      ...(options.generatorURL ? { generatorURL: options.generatorURL } : {}),
    }));
  if (!report.driftDetected && !resolved.some((a) => a.labels.alertname === DATASET_ALERT)) {
    resolved.push({
      labels: { alertname: DATASET_ALERT, model: report.model, environment: report.environment, severity: options.severity },
      annotations: { summary: `Resolved: ${report.summary}`, ...(options.link ? { link: options.link } : {}) },
      startsAt: now.toISOString(),
      endsAt: now.toISOString(),
      ...(options.generatorURL ? { generatorURL: options.generatorURL } : {}),
    });
  }
  await postAlerts(baseUrl, [...firing, ...resolved], options);
  return { firing: firing.length, resolved: resolved.length, ...(listError ? { listError } : {}) };
}
