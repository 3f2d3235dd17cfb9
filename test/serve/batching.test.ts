import { join } from 'node:path';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { loadPackagePredictor, type PackagePredictor } from '../../shared/model/predictor.js';
import { startService, type ServiceHandle, type ServiceOptions } from '../../shared/serve/index.js';
import { postJson, sleep, spyOn, type SpyPredictor } from './helpers.js';
import { churnRecords, tempDir, trainTfjsPackage } from './packages.js';

/** Dynamic batching, backpressure and timeouts, observed through a predictor that counts its calls. */

let real: PackagePredictor;
let records: Record<string, string | number>[];
let service: ServiceHandle | undefined;

beforeAll(async () => {
  real = await loadPackagePredictor(await trainTfjsPackage(join(tempDir(), 'package')));
  records = await churnRecords(20);
});

afterEach(async () => {
  await service?.close();
  service = undefined;
});

async function serve(spy: SpyPredictor, options: Omit<ServiceOptions, 'model'> = {}): Promise<string> {
  service = await startService({ model: { predictor: spy, version: '1' }, warmUp: false, ...options });
  return service.url;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

test('a lone request never waits for a batch that will not come', async () => {
  const spy = spyOn(real);
  const url = await serve(spy, { batching: { maxWaitMs: 2000, maxBatchSize: 64 } });
  for (let i = 0; i < 5; i++) {
    const { ms, value } = await timed(() => postJson(url, '/predict', records[i]));
    expect(value.status).toBe(200);
    // Far below the 2 s maximum wait: an idle model takes the request at once.
    expect(ms).toBeLessThan(500);
  }
  expect(spy.calls).toEqual([1, 1, 1, 1, 1]);
});

test('requests that arrive together are merged into fewer model calls', async () => {
  const spy = spyOn(real);
  spy.delayMs = 40;
  const url = await serve(spy, { batching: { maxWaitMs: 1000, maxConcurrentCalls: 1 } });
  const replies = await Promise.all(records.map((record) => postJson(url, '/predict', record)));
  expect(replies.map((reply) => reply.status)).toEqual(records.map(() => 200));
  expect(spy.calls.reduce((a, b) => a + b, 0)).toBe(records.length);
  // 20 requests: the first call takes whatever arrived first, the rest wait for it and go out together.
  expect(spy.calls.length).toBeLessThanOrEqual(4);
  // Each answer is its own request's prediction, not a neighbour's.
  const direct = await Promise.all(records.map(async (record) => (await postJson(url, '/predict', record)).json.predictions[0]));
  replies.forEach((reply, i) => expect(reply.json.predictions[0]).toBe(direct[i]));
});

test('maxBatchSize bounds the rows of a merged call; a larger single request runs alone', async () => {
  const spy = spyOn(real);
  spy.delayMs = 30;
  const url = await serve(spy, { batching: { maxBatchSize: 4, maxConcurrentCalls: 1 } });
  const replies = await Promise.all([
    ...records.slice(0, 12).map((record) => postJson(url, '/predict', record)),
    postJson(url, '/predict', records.slice(0, 9)),
  ]);
  expect(replies.every((reply) => reply.status === 200)).toBe(true);
  expect(spy.calls.filter((rows) => rows > 4)).toEqual([9]);
  expect(spy.calls.reduce((a, b) => a + b, 0)).toBe(21);
});

test('with batching off every request is its own model call', async () => {
  const spy = spyOn(real);
  spy.delayMs = 20;
  const url = await serve(spy, { batching: false });
  await Promise.all(records.slice(0, 10).map((record) => postJson(url, '/predict', record)));
  expect(spy.calls).toEqual(new Array(10).fill(1));
});

test('while the model is busy, a waiting request gets a call of its own after maxWaitMs', async () => {
  const spy = spyOn(real);
  spy.delayMs = 400;
  const url = await serve(spy, { batching: { maxWaitMs: 20, maxConcurrentCalls: 2 } });
  const first = postJson(url, '/predict', records[0]);
  await sleep(30);
  const { ms, value } = await timed(() => postJson(url, '/predict', records[1]));
  expect(value.status).toBe(200);
  // Waiting for the first call would take ≥ 370 ms more; maxWait lets it start after ~20 ms.
  expect(ms).toBeLessThan(400 + 20 + 250);
  expect(ms).toBeGreaterThanOrEqual(400);
  expect((await first).status).toBe(200);
  expect(spy.calls).toEqual([1, 1]);
});

test('a full queue answers 503 with Retry-After, and the queued requests are still answered', async () => {
  const spy = spyOn(real);
  spy.hold();
  const url = await serve(spy, { queueLimit: 3, batching: { maxConcurrentCalls: 1 } });
  const running = postJson(url, '/predict', records[0]);
  while (spy.calls.length === 0) await sleep(5);
  const queued = records.slice(1, 4).map((record) => postJson(url, '/predict', record));
  await sleep(100);
  const refused = await postJson(url, '/predict', records[5]);
  expect(refused.status).toBe(503);
  expect(refused.headers['retry-after']).toBe('1');
  expect(refused.json.error).toMatch(/queue limit \(3/);
  spy.unhold();
  const answers = await Promise.all([running, ...queued]);
  expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
  expect((await postJson(url, '/predict', records[5])).status).toBe(200);
});

test('no prediction within the timeout: 504, whether running or queued, and the service carries on', async () => {
  const spy = spyOn(real);
  spy.hold();
  const url = await serve(spy, { requestTimeoutMs: 200, batching: { maxConcurrentCalls: 1 } });
  const { ms, value } = await timed(async () => {
    const running = postJson(url, '/predict', records[0]);
    await sleep(20);
    return Promise.all([running, postJson(url, '/predict', records[1])]);
  });
  expect(value.map((reply) => reply.status)).toEqual([504, 504]);
  expect(value[0].json.error).toMatch(/within the request timeout of 200 ms/);
  expect(ms).toBeLessThan(1500);
  spy.unhold();
  expect((await postJson(url, '/predict', records[2])).status).toBe(200);
  // The queued request was dropped when it timed out: only the held call and the last one ran.
  expect(spy.calls).toEqual([1, 1]);
});
