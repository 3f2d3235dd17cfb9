import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { profileData } from '../../shared/data/profile.js';
import type { MonitorReport } from '../../shared/drift/monitor-report.js';
import { openPredictionLog } from '../../shared/serve/prediction-log.js';
import { InputError } from '../../shared/runtime/errors.js';
import { CHURN_EVAL } from '../evaluate/helpers.js';
import {
  churnPackage,
  churnProbability,
  driftedRows,
  monitorWorkspace,
  readCsv,
  records,
  runMonitor,
  writeCsv,
  writeDrifted,
} from './helpers.js';

const readReport = (dir: string, path = 'mlops-out/drift-report.json') =>
  JSON.parse(readFileSync(join(dir, path), 'utf8')) as MonitorReport;
const PLANTED = ['age', 'contract', 'monthly_charges', 'support_calls', 'tenure_months', 'total_charges'];
const FEATURES = [
  'age',
  'tenure_months',
  'contract',
  'internet_service',
  'monthly_charges',
  'total_charges',
  'payment_method',
  'support_calls',
];

/** A prediction log in the line format of shared/serve/README.md, written by the service's own log writer. */
async function writePredictionLog(path: string, rows: Record<string, string | number>[], version = '3'): Promise<void> {
  const log = await openPredictionLog({ path });
  rows.forEach((row, i) => {
    const features = Object.fromEntries(
      FEATURES.map((name) => {
        const value = row[name];
        if (value === '' || value === undefined) return [name, null];
        return [name, typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value];
      }),
    );
    const prediction = churnProbability(row);
    const line = {
      time: new Date(Date.UTC(2026, 10, 30, 14, 0, i)).toISOString(),
      model: 'churn',
      version,
      request_id: `req-${i}`,
      features,
      prediction,
      label: prediction >= 0.5 ? '1' : '0',
    };
    log.write(`${JSON.stringify(line)}\n`);
  });
  await log.close();
}

describe('monitor on files', () => {
  test('drift planted in six of nine columns drifts the dataset, exactly there; the held-out rows do not drift', async () => {
    const ws = monitorWorkspace();
    writeDrifted(ws);
    const drifted = await runMonitor(ws, {
      reference: 'data/train.csv',
      current: 'data/drifted.csv',
      model: 'churn',
      environment: 'staging',
      'metrics-file': 'metrics/drift.prom',
    });
    expect(drifted.outputs).toMatchObject({
      'drift-detected': true,
      'drift-share': 6 / 9,
      report: 'mlops-out/drift-report.json',
      'report-markdown': 'mlops-out/drift-report.md',
    });
    expect([...(drifted.outputs['drifted-features'] as string[])].sort()).toEqual(PLANTED);
    const report = readReport(ws);
    expect(report).toMatchObject({ kind: 'mlops-drift-report', model: 'churn', environment: 'staging', driftDetected: true });
    expect(report.reference).toMatchObject({ kind: 'data', rows: 4000 });
    expect(report.current).toMatchObject({ kind: 'data', rows: 1000, files: ['data/drifted.csv'] });
    // Reference of 4,000 rows: Evidently's large-reference rules (normed Wasserstein, Jensen–Shannon).
    expect(new Set(report.drift.columns.map((c) => c.method))).toEqual(new Set(['wasserstein', 'jensenshannon']));
    expect(report.drift.skipped.map((s) => s.column)).toEqual(['customer_id']);
    // The multivariate check tells the planted rows apart almost perfectly, and names planted columns first.
    if (!report.multivariate || report.multivariate.skipped !== undefined) throw new Error('multivariate check did not run');
    expect(report.multivariate.auc).toBeGreaterThan(0.95);
    expect(report.multivariate.drifted).toBe(true);
    expect(PLANTED).toContain(report.multivariate.columns[0].column);
    const markdown = readFileSync(join(ws, 'mlops-out/drift-report.md'), 'utf8');
    expect(markdown).toContain('## 🔴 Dataset drift: churn (staging): 6 of 9 columns drifted');
    expect(markdown).toContain('### Multivariate check: 🔴 drifted');
    expect(drifted.summary).toBe(markdown);
    // The Prometheus text: the column gauges and monitor's own, labelled with model and environment.
    const prom = readFileSync(join(ws, 'metrics/drift.prom'), 'utf8');
    expect(prom).toContain('mlops_drift_detected{model="churn",environment="staging"} 1\n');
    expect(prom).toContain('mlops_drift_report_detected{model="churn",environment="staging"} 1\n');
    expect(prom).toMatch(/\nmlops_drift_multivariate_auc\{model="churn",environment="staging"\} 0\.9\d+\n/);
    expect(prom).toContain('mlops_drift_column_drifted{model="churn",environment="staging",column="age",method="wasserstein"} 1\n');
    expect(prom.match(/^# TYPE /gm)).toHaveLength(17);

    const clean = await runMonitor(ws, { reference: 'data/train.csv', current: 'data/current.csv', model: 'churn' });
    expect(clean.outputs).toMatchObject({ 'drift-detected': false, 'drift-share': 0, 'drifted-features': [] });
    const cleanReport = readReport(ws);
    if (!cleanReport.multivariate || cleanReport.multivariate.skipped !== undefined) throw new Error('multivariate check did not run');
    // Held-out rows from the same generator: the classifier cannot tell them apart.
    expect(cleanReport.multivariate.auc).toBeGreaterThan(0.45);
    expect(cleanReport.multivariate.auc).toBeLessThan(0.55);
    expect(cleanReport.multivariate.drifted).toBe(false);
  });

  test('profile shards from a job matrix merge into the verdict of the whole file', async () => {
    const ws = monitorWorkspace();
    const { header, rows } = driftedRows();
    mkdirSync(join(ws, 'shards'));
    writeCsv(join(ws, 'shards/a.csv'), header, rows.slice(0, 400));
    writeCsv(join(ws, 'shards/b.csv'), header, rows.slice(400));
    writeDrifted(ws);
    const reference = await profileData(join(ws, 'data/train.csv'));
    writeFileSync(join(ws, 'reference.json'), JSON.stringify(reference));
    for (const part of ['a', 'b']) {
      writeFileSync(join(ws, `shards/${part}.json`), JSON.stringify(await profileData(join(ws, `shards/${part}.csv`), { reference })));
    }
    const whole = await runMonitor(ws, { reference: 'reference.json', current: 'data/drifted.csv', 'report-output': 'whole.json' });
    const merged = await runMonitor(ws, { reference: 'reference.json', current: 'shards/*.json', 'report-output': 'merged.json' });
    expect(readReport(ws, 'merged.json').current).toMatchObject({ kind: 'profile', rows: 1000, files: ['shards/a.json', 'shards/b.json'] });
    expect(merged.outputs['drifted-features']).toEqual(whole.outputs['drifted-features']);
    expect(merged.outputs['drift-share']).toBe(whole.outputs['drift-share']);
    // Categories and numbers under 256 values are exact in both; the rest within the sketches' bounds.
    const byColumn = (r: MonitorReport) => new Map(r.drift.columns.map((c) => [c.column, c.statistic]));
    const [a, b] = [byColumn(readReport(ws, 'whole.json')), byColumn(readReport(ws, 'merged.json'))];
    for (const [column, statistic] of a) expect(Math.abs(statistic - b.get(column)!), column).toBeLessThan(0.02);
    // No raw reference rows: the multivariate check says why it did not run.
    expect(readReport(ws, 'merged.json').multivariate).toEqual({
      skipped: 'no raw reference rows (give reference-data, or a data file as reference)',
    });
  });

  test('multiple current patterns, one per line, read as one table', async () => {
    const ws = monitorWorkspace();
    const { header, rows } = readCsv(CHURN_EVAL);
    writeCsv(join(ws, 'data/part-1.csv'), header, rows.slice(0, 500));
    writeCsv(join(ws, 'data/part-2.csv'), header, rows.slice(500));
    const result = await runMonitor(ws, {
      reference: 'data/train.csv',
      current: 'data/part-1.csv\ndata/part-2.csv',
      multivariate: 'false',
    });
    expect(result.outputs['drift-detected']).toBe(false);
    expect(readReport(ws).current).toMatchObject({ rows: 1000, files: ['data/part-1.csv', 'data/part-2.csv'] });
    expect(readReport(ws).multivariate).toBeNull();
  });
});

describe('monitor on the prediction log and with labels', () => {
  test("reads the service's prediction log: features as columns, predicted classes against the training labels, CBPE without labels", async () => {
    const ws = monitorWorkspace();
    const pkg = await churnPackage(ws);
    mkdirSync(join(ws, 'logs'));
    await writePredictionLog(join(ws, 'logs/predictions.jsonl.1'), records(CHURN_EVAL).slice(0, 300), '3');
    await writePredictionLog(join(ws, 'logs/predictions.jsonl'), records(CHURN_EVAL).slice(300), '4');
    const result = await runMonitor(ws, {
      reference: 'mlops-out/model',
      current: 'logs/predictions.jsonl*',
      'reference-data': 'data/train.csv',
    });
    expect(result.outputs['drift-detected']).toBe(false);
    const report = readReport(ws);
    expect(report.model).toBe('churn'); // from the package manifest
    expect(report.reference).toMatchObject({ kind: 'package', input: 'mlops-out/model' });
    expect(report.current).toMatchObject({
      kind: 'prediction-log',
      rows: 1000,
      files: ['logs/predictions.jsonl', 'logs/predictions.jsonl.1'],
      models: [
        { model: 'churn', version: '4', rows: 700 },
        { model: 'churn', version: '3', rows: 300 },
      ],
    });
    // Every logged feature was compared; the predicted class is compared with the training target.
    const compared = report.drift.columns.map((c) => c.column).sort();
    expect(compared).toEqual([...FEATURES, 'churned'].sort());
    expect(report.prediction).toEqual({ column: 'churned', comparedWith: 'reference target' });
    expect(report.drift.predictionDrift).toMatchObject({ column: 'churned' });
    expect(report.drift.skipped).toContainEqual({ column: 'prediction', reason: 'not in the reference data' });
    // No labels in a log: CBPE estimates the accuracy from the probabilities, and says what it assumes.
    const estimate = report.performance?.estimate;
    expect(estimate?.rows).toBe(1000);
    expect(estimate?.accuracy).toBeGreaterThan(0.5);
    expect(estimate?.accuracy).toBeLessThan(1);
    expect(estimate).toMatchObject({ calibration: 'assumed', reference: 0.78, referenceKey: 'val_accuracy' });
    expect(estimate?.note).toContain('calibrated');
    expect(readFileSync(join(ws, 'mlops-out/drift-report.md'), 'utf8')).toContain('Estimated accuracy without labels');
    // The multivariate check reads the log's rows against the raw reference rows.
    if (!report.multivariate || report.multivariate.skipped !== undefined) throw new Error('multivariate check did not run');
    expect(report.multivariate.columns.map((c) => c.column)).not.toContain('churned');
    expect(report.multivariate.drifted).toBe(false);
    expect(pkg).toContain('mlops-out/model');
  });

  test('with labels and predictions in the current data: accuracy and ROC AUC against the package metrics', async () => {
    const ws = monitorWorkspace();
    await churnPackage(ws);
    const rows = records(CHURN_EVAL);
    const header = [...Object.keys(rows[0]), 'prediction'];
    writeCsv(
      join(ws, 'data/scored.csv'),
      header,
      rows.map((row) => [...Object.values(row), churnProbability(row).toFixed(4)]),
    );
    await runMonitor(ws, {
      reference: 'mlops-out/model',
      current: 'data/scored.csv',
      'prediction-column': 'prediction',
      'label-column': 'churned',
    });
    const performance = readReport(ws).performance!;
    expect(performance).toMatchObject({ task: 'binary-classification', rows: 1000, labelColumn: 'churned', estimate: null });
    const accuracy = performance.metrics.find((m) => m.metric === 'accuracy')!;
    const expected = rows.filter((row) => (churnProbability(row) >= 0.5 ? '1' : '0') === row.churned).length / rows.length;
    expect(accuracy).toMatchObject({ current: expected, reference: 0.78, referenceKey: 'val_accuracy' });
    expect(accuracy.delta).toBeCloseTo(expected - 0.78, 12);
    expect(performance.metrics.find((m) => m.metric === 'roc_auc')).toMatchObject({ reference: 0.84, referenceKey: 'val_auc' });
    expect(readFileSync(join(ws, 'mlops-out/drift-report.md'), 'utf8')).toContain('### Model performance');
  });
});

describe('monitor input errors name the input', () => {
  const ws = monitorWorkspace();
  writeDrifted(ws);
  const base = { reference: 'data/train.csv', current: 'data/drifted.csv', multivariate: 'false' };
  const fails = async (raw: Record<string, string>, input: string, message: RegExp) => {
    const error = await runMonitor(ws, { ...base, ...raw }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).input).toBe(input);
    expect((error as Error).message).toMatch(message);
  };

  test.each([
    [{ method: 'kss' }, 'method', /input "method": "kss" is not a drift test; use auto, ks, chisquare/],
    [{ method: 'agee: ks' }, 'method', /input "method" names the column "agee", which the reference does not have/],
    [{ method: 'age: {method: ks, treshold: 0.1}' }, 'method', /column "age" has unknown option\(s\) treshold/],
    [
      { method: 'contract: wasserstein' },
      'method',
      /input "method": The wasserstein test does not apply to the categorical column "contract"/,
    ],
    [
      { threshold: '3', method: 'ks' },
      'threshold',
      /input "threshold": The threshold 3 for column "age" must be a p-value between 0 and 1/,
    ],
    [
      { 'label-column': 'label' },
      'label-column',
      /input "label-column": the current data has no column "label" \(columns: customer_id, age/,
    ],
    [{ 'prediction-column': 'score' }, 'prediction-column', /the current data has no column "score"/],
    [{ reference: 'data/missing.csv' }, 'reference', /input "reference": data\/missing.csv is neither an existing file/],
    [{ reference: 'churn@production' }, 'reference', /resolving churn@production needs the GitHub API: give github-token/],
    [{ current: 'data/none-*.csv' }, 'current', /input "current": data\/none-\*.csv: no file matches this pattern/],
    [{ 'pushgateway-url': 'localhost:9091' }, 'pushgateway-url', /input "pushgateway-url": localhost: is not supported; give an http/],
    [{ 'alertmanager-url': 'not a url' }, 'alertmanager-url', /input "alertmanager-url": "not a url" is not a URL/],
    [{ environment: 'a\nb' }, 'environment', /input "environment" must be one line/],
  ])('%o', async (raw, input, message) => {
    await fails(raw, input, message);
  });

  test('a JSON reference that is not a profile, and profile shards with other columns', async () => {
    writeFileSync(join(ws, 'not-profile.json'), '{"hello": 1}');
    await fails({ reference: 'not-profile.json' }, 'reference', /not-profile.json is JSON but not a data profile/);
    const reference = await profileData(join(ws, 'data/train.csv'));
    const { header, rows } = readCsv(join(ws, 'data/drifted.csv'));
    writeCsv(
      join(ws, 'narrow.csv'),
      header.slice(1),
      rows.map((r) => r.slice(1)),
    );
    mkdirSync(join(ws, 'bad-shards'), { recursive: true });
    writeFileSync(join(ws, 'bad-shards/a.json'), JSON.stringify(await profileData(join(ws, 'data/drifted.csv'), { reference })));
    writeFileSync(join(ws, 'bad-shards/b.json'), JSON.stringify(await profileData(join(ws, 'narrow.csv'), { reference })));
    await fails({ current: 'bad-shards/*.json' }, 'current', /the profile bad-shards\/b.json has other columns than bad-shards\/a.json/);
    rmSync(join(ws, 'bad-shards'), { recursive: true });
  });

  test('a broken prediction log is reported at file:line', async () => {
    mkdirSync(join(ws, 'logs'), { recursive: true });
    writeFileSync(join(ws, 'logs/p.jsonl'), '{"features":{"age":1},"prediction":0.2}\n{"features":{"age":2},"prediction":0.4\n');
    await fails({ current: 'logs/p.jsonl', 'current-format': 'prediction-log' }, 'current', /logs\/p.jsonl:2: not valid JSON/);
    expect(readdirSync(join(ws, 'logs'))).toEqual(['p.jsonl']);
  });
});
