/**
 * Pushing metrics to a Prometheus Pushgateway. A PUT replaces every metric of its group, so
 * grouping by model and environment makes each run replace the previous one instead of adding
 * to it (https://github.com/prometheus/pushgateway#put-method).
 */
import { sendWithRetry, type HttpOptions } from './http.js';

/**
 * The group's path: `/metrics/job/<job>/<label>/<value>…`. A value that is empty or not plain
 * (a slash, spaces, anything URL-unsafe) is written in the Pushgateway's base64url form,
 * `<label>@base64/<value>`.
 */
export function groupingPath(job: string, grouping: Readonly<Record<string, string>>): string {
  const segment = (label: string, value: string) => {
    if (/^[A-Za-z0-9._~-]+$/.test(value)) return `${label}/${value}`;
    return `${label}@base64/${Buffer.from(value, 'utf8').toString('base64url') || '='}`;
  };
  return ['/metrics', segment('job', job), ...Object.entries(grouping).map(([label, value]) => segment(label, value))].join('/');
}

export interface PushOptions extends HttpOptions {
  job: string;
  grouping: Readonly<Record<string, string>>;
  /** The text exposition format. */
  body: string;
}

/** PUT the metrics to their group: the group's earlier metrics are replaced. */
export async function pushMetrics(baseUrl: URL, options: PushOptions): Promise<{ url: string; attempts: number }> {
  const url = new URL(baseUrl.toString());
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${groupingPath(options.job, options.grouping)}`;
  const result = await sendWithRetry(
    'Pushing the drift metrics to the Pushgateway',
    url,
    { method: 'PUT', body: options.body, headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' } },
    options,
  );
  return { url: url.toString(), attempts: result.attempts };
}
