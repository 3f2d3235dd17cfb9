/**
 * Alertmanager's v2 API (https://github.com/prometheus/alertmanager/blob/main/api/v2/openapi.yaml):
 * alerts are posted as a list; an alert is identified by its labels, so posting the same labels
 * again refreshes it, and posting it with `endsAt` in the past (or now) resolves it.
 */
import { sendWithRetry, type HttpOptions } from './http.js';

/** `postableAlert` of the v2 API. */
export interface PostableAlert {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  startsAt?: string;
  endsAt?: string;
  generatorURL?: string;
}

/** `gettableAlert` of the v2 API, the fields read here. */
export interface GettableAlert extends PostableAlert {
  fingerprint: string;
  status: { state: 'active' | 'suppressed' | 'unprocessed'; silencedBy: string[]; inhibitedBy: string[] };
}

function apiUrl(baseUrl: URL, path: string): URL {
  const url = new URL(baseUrl.toString());
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v2${path}`;
  return url;
}

export async function postAlerts(baseUrl: URL, alerts: readonly PostableAlert[], options: HttpOptions = {}): Promise<{ attempts: number }> {
  if (alerts.length === 0) return { attempts: 0 };
  const result = await sendWithRetry(
    'Sending alerts to Alertmanager',
    apiUrl(baseUrl, '/alerts'),
    { method: 'POST', body: JSON.stringify(alerts), headers: { 'content-type': 'application/json' } },
    options,
  );
  return { attempts: result.attempts };
}

/** Alerts Alertmanager holds now (resolved ones are not listed), matching `filter` (`label="value"` matchers). */
export async function listAlerts(
  baseUrl: URL,
  filter: Readonly<Record<string, string>>,
  options: HttpOptions = {},
): Promise<GettableAlert[]> {
  const url = apiUrl(baseUrl, '/alerts');
  for (const [label, value] of Object.entries(filter)) url.searchParams.append('filter', `${label}=${JSON.stringify(value)}`);
  const result = await sendWithRetry(
    'Reading the alerts from Alertmanager',
    url,
    { method: 'GET', headers: { accept: 'application/json' } },
    options,
  );
  try {
    return JSON.parse(result.body) as GettableAlert[];
  } catch {
    throw new Error(`Alertmanager answered GET ${url.pathname} with something other than JSON`);
  }
}
