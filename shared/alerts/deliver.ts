/**
 * monitor's deliveries besides files: the Prometheus text pushed to a Pushgateway group, and the
 * alerts synced with Alertmanager. Each is tried even when the other failed; failures come back
 * as sentences, so the step can fail after its outputs are set.
 */
import type { MonitorReport } from '../drift/monitor-report.js';
import type { StepIO } from '../runtime/io.js';
import { syncDriftAlerts } from './drift-alerts.js';
import { pushMetrics } from './pushgateway.js';

/** The Pushgateway job; the group is `model` and `environment`, so each run replaces the last. */
export const PUSHGATEWAY_JOB = 'mlops_drift';

export interface DeliveryOptions {
  pushgateway?: URL;
  alertmanager?: URL;
  severity: string;
  holdHours: number;
  /** The run, linked from the alerts when no drift issue is open. */
  runUrl?: string;
  /** The open drift issue's URL, which explains an alert better than the run (looked up only for Alertmanager). */
  issueUrl?: () => Promise<string | undefined>;
  io: StepIO;
}

/** Pushes `prometheus` and syncs the alerts of `report`; returns what failed, one sentence each. */
export async function deliverDriftReport(report: MonitorReport, prometheus: string, options: DeliveryOptions): Promise<string[]> {
  const { io } = options;
  const { model, environment } = report;
  const failures: string[] = [];
  const onRetry = (message: string) => io.warning(message);
  if (options.pushgateway) {
    try {
      await pushMetrics(options.pushgateway, {
        job: PUSHGATEWAY_JOB,
        grouping: { model, environment },
        body: prometheus,
        onRetry,
      });
      io.info(`Pushed the drift metrics to the Pushgateway group job=${PUSHGATEWAY_JOB}, model=${model}, environment=${environment}.`);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  if (options.alertmanager) {
    let link = options.runUrl;
    if (options.issueUrl) {
      try {
        link = (await options.issueUrl()) ?? link;
      } catch (error) {
        io.debug(`Looking for the drift issue to link from the alerts failed: ${(error as Error).message}`);
      }
    }
    try {
      const sync = await syncDriftAlerts(options.alertmanager, report, {
        severity: options.severity,
        holdHours: options.holdHours,
        link,
        generatorURL: options.runUrl,
        onRetry,
      });
      if (sync.listError)
        io.warning(`Alertmanager's alert list could not be read (${sync.listError}); only the dataset alert was resolved.`);
      io.info(`Alertmanager: ${sync.firing} alert(s) firing, ${sync.resolved} resolved.`);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  return failures;
}
