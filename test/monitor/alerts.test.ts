import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import { postAlerts } from '../../shared/alerts/alertmanager.js';
import { firingAlerts } from '../../shared/alerts/drift-alerts.js';
import { parseServiceUrl, sendWithRetry } from '../../shared/alerts/http.js';
import { pushMetrics } from '../../shared/alerts/pushgateway.js';
import type { MonitorReport } from '../../shared/drift/monitor-report.js';
import { UserError } from '../../shared/runtime/errors.js';

// The HTTP clients against a stand-in server that answers from a script.
interface Seen {
  method: string;
  url: string;
  authorization?: string;
  body: string;
}
let close: (() => void) | undefined;

async function serve(answers: { status: number; headers?: Record<string, string> }[]): Promise<{ url: URL; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({ method: request.method!, url: request.url!, authorization: request.headers.authorization, body });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)];
      response.writeHead(answer.status, answer.headers).end(answer.status >= 400 ? 'no such group' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), seen };
}

afterEach(() => close?.());

describe('Pushgateway and Alertmanager clients', () => {
  test('a 503 and a 429 are retried (retry-after honoured), then the PUT lands once; credentials travel as a header and are never printed', async () => {
    const { url, seen } = await serve([{ status: 503 }, { status: 429, headers: { 'retry-after': '1' } }, { status: 200 }]);
    const withCredentials = new URL(url.toString());
    withCredentials.username = 'ops';
    withCredentials.password = 's3cret';
    const retries: string[] = [];
    const started = Date.now();
    const pushed = await pushMetrics(withCredentials, {
      job: 'mlops_drift',
      grouping: { model: 'churn', environment: 'production' },
      body: 'x 1\n',
      retryBaseMs: 10,
      onRetry: (message) => retries.push(message),
    });
    expect(pushed.attempts).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(seen.map((s) => `${s.method} ${s.url}`)).toEqual(
      Array(3).fill('PUT /metrics/job/mlops_drift/model/churn/environment/production'),
    );
    expect(seen[2]).toMatchObject({ authorization: `Basic ${Buffer.from('ops:s3cret').toString('base64')}`, body: 'x 1\n' });
    expect(retries).toHaveLength(2);
    expect(retries.join('\n')).not.toContain('s3cret');
  });

  test('a 4xx is not retried and its sentence names the request; a timeout is retried a bounded number of times', async () => {
    const { url, seen } = await serve([{ status: 400 }]);
    const error = await postAlerts(url, [{ labels: { alertname: 'x' } }], { retryBaseMs: 10 }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(
      `Sending alerts to Alertmanager failed: POST ${url.origin}/api/v2/alerts answered 400 no such group.`,
    );
    expect(seen).toHaveLength(1);

    const hung = createServer(() => undefined);
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    const target = new URL(`http://127.0.0.1:${(hung.address() as AddressInfo).port}`);
    const slow = await sendWithRetry('Probing', target, { method: 'GET' }, { timeoutMs: 100, retries: 2, retryBaseMs: 10 }).catch(
      (e: Error) => e,
    );
    hung.closeAllConnections();
    hung.close();
    expect((slow as Error).message).toBe(`Probing failed after 3 attempts: GET ${target.origin}/: no answer within 0.1 s.`);
  });

  test('URLs are checked up front, naming the input', () => {
    expect(parseServiceUrl('http://am.example:9093/', 'alertmanager-url').toString()).toBe('http://am.example:9093/');
    expect(() => parseServiceUrl('ftp://x', 'pushgateway-url')).toThrow('input "pushgateway-url": ftp: is not supported');
  });

  test('a clean report fires nothing; a drifted one fires the dataset alert and one per drifted column, held for the given hours', () => {
    const column = (name: string, drifted: boolean) => ({
      column: name,
      role: 'feature',
      drifted,
      method: 'wasserstein',
      pValue: null,
      distance: 0.4,
      threshold: 0.1,
      effect: { measure: 'wasserstein_std', value: 0.4 },
    });
    const report = {
      model: 'churn',
      environment: 'production',
      driftDetected: true,
      summary: 'churn (production): 1 of 2 columns drifted (50%): age',
      reference: { input: 'churn@production', tag: 'churn/v1' },
      current: { input: 'data/x.csv', rows: 10 },
      drift: { columns: [column('age', true), column('plan', false)] },
    } as unknown as MonitorReport;
    const now = new Date('2026-11-30T06:00:00Z');
    const alerts = firingAlerts(report, { now, holdHours: 2, severity: 'page', link: 'https://example/issues/1' });
    expect(alerts.map((a) => a.labels)).toEqual([
      { alertname: 'MLOpsDataDrift', model: 'churn', environment: 'production', severity: 'page' },
      { alertname: 'MLOpsColumnDrift', model: 'churn', environment: 'production', severity: 'page', column: 'age' },
    ]);
    expect(alerts[0]).toMatchObject({
      startsAt: '2026-11-30T06:00:00.000Z',
      endsAt: '2026-11-30T08:00:00.000Z',
      annotations: { link: 'https://example/issues/1' },
    });
    expect(alerts[1].annotations?.summary).toBe(
      'Column age drifted in churn (production): wasserstein 0.4 ≥ 0.1, effect wasserstein_std 0.4',
    );
    expect(firingAlerts({ ...report, driftDetected: false }, { now, holdHours: 2, severity: 'page' })).toEqual([]);
  });
});
