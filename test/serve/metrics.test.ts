import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadPackagePredictor, type PackagePredictor } from '../../shared/model/predictor.js';
import { startService, type ServiceHandle } from '../../shared/serve/index.js';
import { get, postJson } from './helpers.js';
import { churnRecords, tempDir, trainTfjsPackage } from './packages.js';

/** GET /metrics in the Prometheus text format, per service. */

let predictor: PackagePredictor;
let records: Record<string, string | number>[];
const services: ServiceHandle[] = [];

beforeAll(async () => {
  predictor = await loadPackagePredictor(await trainTfjsPackage(join(tempDir(), 'package')));
  records = await churnRecords(10);
});
afterAll(() => Promise.all(services.map((service) => service.close())));

/** The value of one sample line, e.g. `mlops_serve_requests_total{route="POST /predict",code="200"}`. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('requests by route and code, stage latencies, batches, queue depth, the model, and the predictions', async () => {
  const service = await startService({ model: { predictor, version: '1' } });
  services.push(service);
  await Promise.all(records.map((record) => postJson(service.url, '/predict', record)));
  await postJson(service.url, '/v2/models/churn/infer', { inputs: [] });
  await get(service.url, '/v2/models/nope');

  const reply = await get(service.url, '/metrics');
  expect(reply.status).toBe(200);
  expect(reply.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  const text = reply.text;
  expect(sample(text, 'mlops_serve_requests_total{route="POST /predict",code="200"}')).toBe(10);
  expect(sample(text, 'mlops_serve_requests_total{route="POST /v2/models/{name}/infer",code="400"}')).toBe(1);
  expect(sample(text, 'mlops_serve_requests_total{route="GET /v2/models/{name}",code="404"}')).toBe(1);
  for (const stage of ['queue', 'preprocessing', 'model', 'total']) {
    expect(sample(text, `mlops_serve_stage_seconds_count{stage="${stage}"}`), stage).toBe(10);
  }
  // Ten one-row requests; the warm-up runs outside the batcher and is not counted.
  expect(sample(text, 'mlops_serve_batch_rows_sum')).toBe(10);
  expect(sample(text, 'mlops_serve_batch_requests_sum')).toBe(10);
  expect(sample(text, 'mlops_serve_queue_depth')).toBe(0);
  expect(sample(text, 'mlops_serve_model_info{model="churn",version="1",framework="tfjs",task="binary-classification"}')).toBe(1);
  expect(sample(text, 'mlops_serve_prediction_count{model="churn",version="1",output="probability"}')).toBe(10);
  expect(sample(text, 'mlops_serve_prediction_bucket{le="1",model="churn",version="1",output="probability"}')).toBe(10);
  const labels = ['0', '1'].map(
    (label) => sample(text, `mlops_serve_predicted_labels_total{model="churn",version="1",label="${label}"}`) ?? 0,
  );
  expect(labels[0] + labels[1]).toBe(10);
});

test('each service has its own registry, and a swap moves the model info', async () => {
  const a = await startService({ model: { predictor, version: '1' } });
  const b = await startService({ model: { predictor, name: 'other', version: '1' } });
  services.push(a, b);
  await postJson(a.url, '/predict', records[0]);
  expect((await get(b.url, '/metrics')).text).not.toContain('route="POST /predict",code="200"');
  await a.swap({ predictor, version: '2' });
  const text = (await get(a.url, '/metrics')).text;
  expect(text).toContain('mlops_serve_model_info{model="churn",version="2"');
  expect(text).not.toContain('mlops_serve_model_info{model="churn",version="1"');
  expect(sample(text, 'mlops_serve_model_swaps_total{outcome="success"}')).toBe(1);
});
