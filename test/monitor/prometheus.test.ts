import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { groupingPath } from '../../shared/alerts/pushgateway.js';
import { hasPrometheusServers, skipWithoutSystemPart } from '../support/system-parts.js';
import { monitorWorkspace, runMonitor, writeDrifted } from './helpers.js';

// monitor against Debian's real servers, each started here on a free loopback port with a
// temporary data folder and a minimal configuration: it pushes to the Pushgateway, Prometheus
// scrapes the Pushgateway, and the alerts go to Alertmanager's v2 API.
const skip = skipWithoutSystemPart(
  'Prometheus, the Pushgateway and Alertmanager',
  hasPrometheusServers,
  'apt-get install prometheus prometheus-pushgateway prometheus-alertmanager',
);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Server {
  name: string;
  url: string;
  process: ChildProcess;
  log: string[];
}

const servers: Server[] = [];

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms (${String(last ?? 'no answer')})`);
}

async function start(name: string, binary: string, args: (port: number) => string[]): Promise<Server> {
  const port = await freePort();
  const child = spawn(binary, args(port), { stdio: ['ignore', 'pipe', 'pipe'] });
  const server: Server = { name, url: `http://127.0.0.1:${port}`, process: child, log: [] };
  servers.push(server);
  child.stdout?.on('data', (chunk: Buffer) => server.log.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => server.log.push(chunk.toString()));
  try {
    await waitFor(`${name} ready`, async () => ((await fetch(`${server.url}/-/ready`)).ok ? true : undefined));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${server.log.join('').slice(-2000)}`);
  }
  return server;
}

async function getJson(url: string): Promise<any> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

let dataDir: string | undefined;
let pushgateway: Server;
let prometheus: Server;
let alertmanager: Server;

beforeAll(async () => {
  if (skip) return;
  const dir = mkdtempSync(join(tmpdir(), 'mlops-prometheus-'));
  dataDir = dir;
  // Debian's build persists to /var/lib/prometheus by default: the test's own file instead.
  pushgateway = await start('pushgateway', '/usr/bin/prometheus-pushgateway', (port) => [
    `--web.listen-address=127.0.0.1:${port}`,
    `--persistence.file=${join(dir, 'pushgateway.data')}`,
  ]);
  writeFileSync(
    join(dir, 'alertmanager.yml'),
    ['route:', '  receiver: sink', '  group_wait: 1s', 'receivers:', '  - name: sink', ''].join('\n'),
  );
  alertmanager = await start('alertmanager', '/usr/bin/prometheus-alertmanager', (port) => [
    `--config.file=${join(dir, 'alertmanager.yml')}`,
    `--storage.path=${join(dir, 'alertmanager')}`,
    `--web.listen-address=127.0.0.1:${port}`,
    // No cluster: nothing listens beyond the one loopback port.
    '--cluster.listen-address=',
  ]);
  writeFileSync(
    join(dir, 'prometheus.yml'),
    [
      'global:',
      '  scrape_interval: 1s',
      'scrape_configs:',
      '  - job_name: pushgateway',
      // Keep the pushed job, model and environment labels rather than the scrape target's.
      '    honor_labels: true',
      '    static_configs:',
      `      - targets: ['${pushgateway.url.replace('http://', '')}']`,
      '',
    ].join('\n'),
  );
  prometheus = await start('prometheus', '/usr/bin/prometheus', (port) => [
    `--config.file=${join(dir, 'prometheus.yml')}`,
    `--storage.tsdb.path=${join(dir, 'prometheus')}`,
    `--web.listen-address=127.0.0.1:${port}`,
  ]);
}, 90_000);

afterAll(async () => {
  for (const server of servers) {
    if (server.process.exitCode !== null) continue;
    const exited = new Promise((resolve) => server.process.once('exit', resolve));
    server.process.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (server.process.exitCode === null) server.process.kill('SIGKILL');
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The value Prometheus has for a query, once it has scraped what the test waits for. */
async function promValue(query: string, expected: string): Promise<string> {
  return waitFor(`Prometheus returning ${expected} for ${query}`, async () => {
    const body = await getJson(`${prometheus.url}/api/v1/query?query=${encodeURIComponent(query)}`);
    const value = body.data.result[0]?.value?.[1];
    return value === expected ? value : undefined;
  });
}

async function ourAlerts(): Promise<any[]> {
  const alerts = (await getJson(`${alertmanager.url}/api/v2/alerts?filter=${encodeURIComponent('model="churn"')}`)) as any[];
  return alerts.filter((a) => a.labels.environment === 'production');
}

describe.skipIf(skip)('monitor against Prometheus, the Pushgateway and Alertmanager', () => {
  test('pushed series are scraped; alerts fire while drifting and resolve after the clean run; runs replace each other', async () => {
    const ws = monitorWorkspace('mlops-monitor-prom-');
    writeDrifted(ws);
    const env = { GITHUB_REPOSITORY: 'octo-org/model-repo', GITHUB_RUN_ID: '4242', GITHUB_SERVER_URL: 'https://github.com' };
    const delivery = {
      reference: 'data/train.csv',
      model: 'churn',
      multivariate: 'false',
      'pushgateway-url': pushgateway.url,
      'alertmanager-url': alertmanager.url,
      'metrics-file': 'mlops-out/drift.prom',
    };

    // Drifting.
    const drifted = await runMonitor(ws, { ...delivery, current: 'data/drifted.csv' }, env);
    expect(drifted.outputs['drift-detected']).toBe(true);
    expect(drifted.log).toContain(
      'Pushed the drift metrics to the Pushgateway group job=mlops_drift, model=churn, environment=production.',
    );
    expect(drifted.log).toContain('Alertmanager: 7 alert(s) firing, 0 resolved.');
    const groups = (await getJson(`${pushgateway.url}/api/v1/metrics`)).data as any[];
    expect(groups.map((g) => g.labels)).toEqual([{ job: 'mlops_drift', model: 'churn', environment: 'production' }]);
    expect(await promValue('mlops_drift_detected{job="mlops_drift",model="churn",environment="production"}', '1')).toBe('1');
    expect(await promValue('mlops_drift_share{model="churn"}', String(6 / 9))).toBe(String(6 / 9));
    expect(await promValue('sum(mlops_drift_column_drifted{model="churn"})', '6')).toBe('6');
    expect(await promValue('mlops_drift_columns_compared{model="churn"}', '9')).toBe('9');

    const firing = await waitFor('the alerts in Alertmanager', async () => {
      const alerts = await ourAlerts();
      return alerts.length === 7 ? alerts : undefined;
    });
    const dataset = firing.find((a) => a.labels.alertname === 'MLOpsDataDrift');
    expect(dataset).toMatchObject({
      labels: { alertname: 'MLOpsDataDrift', model: 'churn', environment: 'production', severity: 'warning' },
      status: { state: 'active' },
      generatorURL: 'https://github.com/octo-org/model-repo/actions/runs/4242',
      annotations: { link: 'https://github.com/octo-org/model-repo/actions/runs/4242' },
    });
    expect(dataset.annotations.summary).toMatch(/^Data drift: churn \(production\): 6 of 9 columns drifted/);
    // endsAt is the hold (26 h by default) ahead, so the alert outlives the time between scheduled runs.
    expect(Date.parse(dataset.endsAt) - Date.parse(dataset.startsAt)).toBeGreaterThan(25 * 3_600_000);
    const columns = firing.filter((a) => a.labels.alertname === 'MLOpsColumnDrift').map((a) => a.labels.column);
    expect(columns.sort()).toEqual(['age', 'contract', 'monthly_charges', 'support_calls', 'tenure_months', 'total_charges']);

    // Clean: the push replaces the group, the alerts are resolved.
    const clean = await runMonitor(ws, { ...delivery, current: 'data/current.csv' }, env);
    expect(clean.outputs['drift-detected']).toBe(false);
    expect(clean.log).toContain('Alertmanager: 0 alert(s) firing, 7 resolved.');
    expect((await getJson(`${pushgateway.url}/api/v1/metrics`)).data).toHaveLength(1);
    expect(await promValue('mlops_drift_detected{model="churn",environment="production"}', '0')).toBe('0');
    expect(await promValue('sum(mlops_drift_column_drifted{model="churn"})', '0')).toBe('0');
    await waitFor('the alerts resolved', async () => ((await ourAlerts()).length === 0 ? true : undefined));
  }, 120_000);

  test('a model name that is not URL-safe is grouped in base64; an unreachable server fails the step after the report is written', async () => {
    expect(groupingPath('mlops_drift', { model: 'team/churn v2', environment: 'prod' })).toBe(
      `/metrics/job/mlops_drift/model@base64/${Buffer.from('team/churn v2').toString('base64url')}/environment/prod`,
    );
    const ws = monitorWorkspace('mlops-monitor-prom-');
    const odd = await runMonitor(ws, {
      reference: 'data/train.csv',
      current: 'data/current.csv',
      model: 'team/churn v2',
      multivariate: 'false',
      'pushgateway-url': pushgateway.url,
    });
    expect(odd.outputs['drift-detected']).toBe(false);
    const groups = (await getJson(`${pushgateway.url}/api/v1/metrics`)).data as any[];
    expect(groups.map((g) => g.labels)).toContainEqual({ job: 'mlops_drift', model: 'team/churn v2', environment: 'production' });

    const closed = `http://127.0.0.1:${await freePort()}`;
    const error = await runMonitor(ws, {
      reference: 'data/train.csv',
      current: 'data/current.csv',
      multivariate: 'false',
      'pushgateway-url': closed,
    }).then(
      () => undefined,
      (e: Error & { outputs?: Record<string, unknown> }) => e,
    );
    expect(error?.message).toMatch(
      /the report was written, but Pushing the drift metrics to the Pushgateway failed after 4 attempts: PUT http:\/\/127\.0\.0\.1:\d+\/metrics\/job\/mlops_drift\/model\/model\/environment\/production: /,
    );
    expect(error?.outputs).toMatchObject({ 'drift-detected': false, report: 'mlops-out/drift-report.json' });
  }, 60_000);
});
