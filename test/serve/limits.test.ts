import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPackagePredictor, type PackagePredictor } from '../../shared/model/predictor.js';
import { startService, type ServiceHandle } from '../../shared/serve/index.js';
import { get, postJson, send } from './helpers.js';
import { churnRecords, tempDir, trainTfjsPackage } from './packages.js';

/** Limits, the token, and bad requests: each gets a 4xx naming the problem, and none hurts the service. */

let predictor: PackagePredictor;
let records: Record<string, string | number>[];
let service: ServiceHandle;
const TOKEN = 's3cret-token-value';
const AUTH = { authorization: `Bearer ${TOKEN}` };

beforeAll(async () => {
  predictor = await loadPackagePredictor(await trainTfjsPackage(join(tempDir(), 'package')));
  records = await churnRecords(3);
  service = await startService({ model: { predictor, version: '1' }, token: TOKEN, bodyLimitBytes: 4096 });
});
afterAll(() => service.close());

describe('the bearer token', () => {
  test('guards every inference and metadata route', async () => {
    for (const [method, path] of [
      ['POST', '/predict'],
      ['POST', '/v2/models/churn/infer'],
      ['POST', '/v1/models/churn:predict'],
      ['GET', '/v2/models/churn'],
      ['GET', '/v1/models/churn/metadata'],
    ]) {
      const reply = await send(service.url, method, path, method === 'POST' ? JSON.stringify(records) : undefined, {
        'content-type': 'application/json',
      });
      expect(reply.status, `${method} ${path}`).toBe(401);
      expect(reply.headers['www-authenticate']).toBe('Bearer realm="mlops-serve"');
    }
    const wrong = await postJson(service.url, '/predict', records, { authorization: 'Bearer s3cret-token-valuE' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toContain('error="invalid_token"');
    expect((await postJson(service.url, '/predict', records, { authorization: TOKEN })).status).toBe(401);
    expect((await postJson(service.url, '/predict', records, AUTH)).status).toBe(200);
  });

  test('leaves health, readiness, status and metrics open', async () => {
    for (const path of ['/v2/health/live', '/v2/health/ready', '/v2/models/churn/ready', '/v1/models/churn', '/metrics']) {
      expect((await get(service.url, path)).status, path).toBe(200);
    }
  });
});

describe('limits', () => {
  test('413 for a body over the limit, declared or streamed, without reading it', async () => {
    const big = JSON.stringify(Array.from({ length: 100 }, () => records[0]));
    const declared = await postJson(service.url, '/predict', JSON.parse(big), AUTH);
    expect(declared.status).toBe(413);
    expect(declared.json.error).toMatch(/larger than the limit of 4096 bytes/);

    // Chunked: no Content-Length, so the limit is enforced while reading.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        new URL('/predict', service.url),
        {
          method: 'POST',
          headers: { ...AUTH, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 10; i++) req.write(big.slice(i * 1000, (i + 1) * 1000));
      req.end(big.slice(10_000));
    });
    expect(streamed).toBe(413);
    expect((await postJson(service.url, '/predict', records, AUTH)).status).toBe(200);
  });

  test('415 for bodies that are not JSON; JSON with a charset or with no Content-Type is fine', async () => {
    const body = JSON.stringify(records);
    const form = await send(service.url, 'POST', '/predict', body, {
      ...AUTH,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
    expect(form.json.error).toMatch(/application\/json/);
    expect((await send(service.url, 'POST', '/predict', body, { ...AUTH, 'content-type': 'text/csv' })).status).toBe(415);
    const charset = await send(service.url, 'POST', '/predict', body, {
      ...AUTH,
      'content-type': 'application/json; charset=utf-8',
    });
    expect(charset.status).toBe(200);
    expect((await send(service.url, 'POST', '/predict', body, AUTH)).status).toBe(200);
  });

  test('404 and 405 name the routes', async () => {
    const missing = await get(service.url, '/v3/anything');
    expect(missing.status).toBe(404);
    expect(missing.json.error).toContain('POST /v2/models/{name}/infer');
    const wrongMethod = await get(service.url, '/predict', AUTH);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('POST');
  });
});

describe('request ids', () => {
  test('a V2 id that cannot be a header is still echoed in the body', async () => {
    const reply = await postJson(service.url, '/v2/models/churn/infer', { ...v2({}), id: 'line\nbreak\u00e9' }, AUTH);
    expect(reply.status).toBe(200);
    expect(reply.json.id).toBe('line\nbreak\u00e9');
    expect(reply.headers['x-request-id']).toBeUndefined();
  });
});

describe('bad requests get a 400 naming the problem', () => {
  const cases: [string, string, unknown, RegExp][] = [
    ['malformed JSON', '/predict', '{"age": 3', /not valid JSON/],
    ['a scalar body', '/predict', '42', /record/],
    ['no rows', '/predict', '[]', /no rows/],
    ['a misspelt feature', '/predict', [{ ...records0(), agee: 3, age: undefined }], /unknown feature "agee" \(did you mean "age"\?\)/],
    ['a missing feature', '/predict', [{ ...records0(), support_calls: undefined }], /missing feature "support_calls"/],
    ['an extra feature', '/predict', [{ ...records0(), churned: 1 }], /unknown feature "churned"/],
    ['text in a numeric feature', '/predict', [{ ...records0(), age: 'old' }], /row 1: feature "age" is numeric; "old" is not a number/],
    [
      'Infinity in a numeric feature (Python json writes it)',
      '/predict',
      JSON.stringify([records0()]).replace('"age":40', '"age":-Infinity'),
      /feature "age" = -Infinity is not a finite number/,
    ],
    ['a number past float32', '/predict', [{ ...records0(), total_charges: 1e300 }], /not a finite number the model can take/],
    ['a list as a value', '/predict', [{ ...records0(), contract: ['a'] }], /must be a number, a string or null, not a list/],
    ['V2 without inputs', '/v2/models/churn/infer', { id: '1' }, /inputs must be a non-empty list/],
    ['V2 shape and data disagree', '/v2/models/churn/infer', v2({ age: { shape: [2], data: [1] } }), /holds 2 elements but data has 1/],
    ['V2 wrong datatype for data', '/v2/models/churn/infer', v2({ age: { datatype: 'INT8', data: [300] } }), /INT8 range/],
    ['V2 unknown datatype', '/v2/models/churn/infer', v2({ age: { datatype: 'FLOAT' } }), /datatype "FLOAT" is not one of/],
    ['V2 rows disagree', '/v2/models/churn/infer', v2({ age: { shape: [2], data: [1, 2] } }), /has 1 row but input "age" has 2/],
    [
      'V2 a matrix for a model with categories',
      '/v2/models/churn/infer',
      { inputs: [{ name: 'x', shape: [1, 8], datatype: 'FP32', data: [1, 2, 3, 4, 5, 6, 7, 8] }] },
      /categorical feature/,
    ],
    ['V2 unknown output', '/v2/models/churn/infer', { ...v2({}), outputs: [{ name: 'logits' }] }, /output "logits" is not an output/],
    ['TF both forms', '/v1/models/churn:predict', { instances: [records0()], inputs: {} }, /exactly one of them/],
    ['TF wrong signature', '/v1/models/churn:predict', { signature_name: 'classify', instances: [records0()] }, /signature_name/],
    ['TF a row of the wrong length', '/v1/models/churn:predict', { instances: [[1, 2, 3]] }, /has 3 values; model churn takes 8/],
    [
      'TF columns of different lengths',
      '/v1/models/churn:predict',
      { inputs: { ...Object.fromEntries(Object.entries(records0()).map(([k, v]) => [k, [v]])), age: [1, 2] } },
      /has 1 value but inputs\["age"\] has 2/,
    ],
  ];

  test.each(cases)('%s', async (_, path, body, message) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const reply = await send(service.url, 'POST', path, text, { ...AUTH, 'content-type': 'application/json' });
    expect(reply.status).toBe(400);
    expect(reply.json.error).toMatch(message);
  });

  test('fuzzed bodies on every inference route: 200 or a 4xx, never a 5xx, and no slowdown', async () => {
    const routes = ['/predict', '/v2/models/churn/infer', '/v1/models/churn:predict'];
    const value = fc.oneof(
      fc.double(),
      fc.integer(),
      fc.string(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('month-to-month', 'dsl', '', 'NA'),
    );
    const record = fc.dictionary(fc.constantFrom(...Object.keys(records[0]), 'extra'), value);
    const tensor = fc.record(
      {
        name: fc.constantFrom(...Object.keys(records[0]), 'x'),
        shape: fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 3 }),
        datatype: fc.constantFrom('FP32', 'INT64', 'BYTES', 'BOOL', 'UINT8', 'FP16', 'nope'),
        data: fc.array(value, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(
      fc.string().map((text) => text),
      fc.jsonValue().map((json) => JSON.stringify(json)),
      fc.array(record, { maxLength: 3 }).map((rows) => JSON.stringify(rows)),
      fc
        .record({ instances: fc.array(fc.oneof(record, fc.array(value, { maxLength: 9 })), { maxLength: 3 }) })
        .map((request) => JSON.stringify(request)),
      fc.record({ id: fc.string(), inputs: fc.array(tensor, { maxLength: 9 }) }).map((request) => JSON.stringify(request)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), body, async (path, text) => {
        const reply = await send(service.url, 'POST', path, text, { ...AUTH, 'content-type': 'application/json' });
        expect(reply.status === 200 || (reply.status >= 400 && reply.status < 500), `${reply.status} ${reply.text}`).toBe(true);
        if (reply.status !== 200) expect(typeof reply.json?.error).toBe('string');
      }),
      { numRuns: 300 },
    );
    const { ms, reply } = await (async () => {
      const started = performance.now();
      const answer = await postJson(service.url, '/predict', records, AUTH);
      return { ms: performance.now() - started, reply: answer };
    })();
    expect(reply.status).toBe(200);
    expect(ms).toBeLessThan(500);
    const metrics = await get(service.url, '/metrics');
    expect(metrics.text).not.toMatch(/code="5\d\d"/);
  });
});

function records0(): Record<string, unknown> {
  return {
    age: 40,
    tenure_months: 12,
    contract: 'one-year',
    internet_service: 'dsl',
    monthly_charges: 50.5,
    total_charges: 600,
    payment_method: 'credit-card',
    support_calls: 1,
  };
}

/** A valid V2 request for one row, with some tensors overridden. */
function v2(overrides: Record<string, Record<string, unknown>>) {
  return {
    inputs: Object.entries(records0()).map(([name, value]) => ({
      name,
      shape: [1],
      datatype: typeof value === 'number' ? 'FP64' : 'BYTES',
      data: [value],
      ...overrides[name],
    })),
  };
}
