import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPackagePredictor, type PackagePredictor } from '../../shared/model/predictor.js';
import { recordsToColumns } from '../../shared/model/preprocessing.js';
import { startService, type ServiceHandle } from '../../shared/serve/index.js';
import { get, postJson, send } from './helpers.js';
import { churnRecords, onnxChurnPackage, tempDir, trainTfjsPackage } from './packages.js';

/**
 * Every protocol, with requests shaped as each protocol's own clients send them, against real
 * packages (a tfjs package from the built-in trainer and the PyTorch-exported ONNX package).
 * Each answer is compared with the predictor called in-process on the same rows.
 */

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
const NUMERIC = ['age', 'tenure_months', 'monthly_charges', 'total_charges', 'support_calls'];

let records: Record<string, string | number>[];

async function expected(predictor: PackagePredictor, rows: Record<string, string | number>[]): Promise<number[]> {
  return [...(await predictor.predict(recordsToColumns(rows, FEATURES)))];
}

/** A request body as tritonclient.http builds it with binary_data=True (its default): JSON header, then raw tensors. */
function tritonBinaryRequest(rows: Record<string, string | number>[], outputs: string[]) {
  const inputs: object[] = [];
  const buffers: Buffer[] = [];
  for (const name of FEATURES) {
    let bytes: Buffer;
    if (NUMERIC.includes(name)) {
      bytes = Buffer.alloc(rows.length * 4);
      rows.forEach((row, i) => bytes.writeFloatLE(Number(row[name]), i * 4));
      inputs.push({ name, shape: [rows.length, 1], datatype: 'FP32', parameters: { binary_data_size: bytes.length } });
    } else {
      bytes = Buffer.concat(
        rows.map((row) => {
          const text = Buffer.from(String(row[name]), 'utf8');
          const length = Buffer.alloc(4);
          length.writeUInt32LE(text.length);
          return Buffer.concat([length, text]);
        }),
      );
      inputs.push({ name, shape: [rows.length, 1], datatype: 'BYTES', parameters: { binary_data_size: bytes.length } });
    }
    buffers.push(bytes);
  }
  const header = Buffer.from(
    JSON.stringify({
      inputs,
      outputs: outputs.map((name) => ({ name, parameters: { binary_data: false } })),
    }),
  );
  return { body: Buffer.concat([header, ...buffers]), headerLength: header.length };
}

/** MLServer's pandas codec: one input per column, shape [N, 1] (BYTES columns marked as strings), content_type pd. */
function pandasCodecRequest(rows: Record<string, string | number>[], id?: string) {
  return {
    ...(id ? { id } : {}),
    parameters: { content_type: 'pd' },
    inputs: FEATURES.map((name) =>
      NUMERIC.includes(name)
        ? { name, shape: [rows.length, 1], datatype: name === 'age' ? 'INT64' : 'FP64', data: rows.map((r) => r[name]) }
        : {
            name,
            shape: [rows.length, 1],
            datatype: 'BYTES',
            parameters: { content_type: 'str' },
            data: rows.map((r) => r[name]),
          },
    ),
  };
}

beforeAll(async () => {
  records = await churnRecords(5);
});

describe.each([
  ['tfjs', 'churn', (dir: string) => trainTfjsPackage(dir)],
  ['onnx', 'churn-pytorch', (dir: string) => onnxChurnPackage(dir)],
])('a %s binary classifier', (framework, name, make) => {
  let service: ServiceHandle;
  let predictor: PackagePredictor;
  let want: number[];

  beforeAll(async () => {
    const dir = await make(join(tempDir(), 'package'));
    predictor = await loadPackagePredictor(dir);
    service = await startService({ model: { predictor, version: '7' } });
    want = await expected(predictor, records);
  });
  afterAll(() => service.close());

  test('POST /predict: a list of records and a single record', async () => {
    const many = await postJson(service.url, '/predict', records);
    expect(many.status).toBe(200);
    expect(many.json.model).toBe(name);
    expect(many.json.version).toBe('7');
    expect(many.json.predictions).toHaveLength(records.length);
    many.json.predictions.forEach((p: number, i: number) => expect(p).toBeCloseTo(want[i], 12));
    expect(many.json.labels).toEqual(want.map((p) => (p >= 0.5 ? '1' : '0')));
    expect(many.headers['x-request-id']).toMatch(/[0-9a-f-]{36}/);

    const one = await postJson(service.url, '/predict', records[2]);
    expect(one.status).toBe(200);
    expect(one.json.predictions[0]).toBeCloseTo(want[2], 12);
  });

  test('Open Inference Protocol: MLServer pandas codec request', async () => {
    const reply = await postJson(service.url, `/v2/models/${name}/infer`, pandasCodecRequest(records, 'req-42'));
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ model_name: name, model_version: '7', id: 'req-42' });
    const [probability, label] = reply.json.outputs;
    expect(probability).toMatchObject({ name: 'probability', datatype: 'FP32', shape: [records.length] });
    probability.data.forEach((p: number, i: number) => expect(p).toBeCloseTo(want[i], 12));
    expect(label).toMatchObject({ name: 'label', datatype: 'BYTES', shape: [records.length] });
    expect(reply.headers['x-request-id']).toBe('req-42');
  });

  test('Open Inference Protocol: tritonclient binary tensors, no Content-Type, one requested output', async () => {
    const { body, headerLength } = tritonBinaryRequest(records, ['probability']);
    const reply = await send(service.url, 'POST', `/v2/models/${name}/versions/7/infer`, body, {
      'inference-header-content-length': String(headerLength),
    });
    expect(reply.status).toBe(200);
    expect(reply.json.outputs).toHaveLength(1);
    // FP32 on the wire rounds the inputs, so compare loosely.
    reply.json.outputs[0].data.forEach((p: number, i: number) => expect(p).toBeCloseTo(want[i], 4));
  });

  test('Open Inference Protocol: health, readiness, metadata and versions', async () => {
    expect((await get(service.url, '/v2/health/live')).status).toBe(200);
    expect((await get(service.url, '/v2/health/ready')).status).toBe(200);
    expect((await get(service.url, `/v2/models/${name}/ready`)).json).toEqual({ name, ready: true });
    expect((await get(service.url, `/v2/models/${name}/versions/7/ready`)).status).toBe(200);
    const metadata = await get(service.url, `/v2/models/${name}`);
    expect(metadata.json).toMatchObject({ name, versions: ['7'], platform: `mlops-actions-${framework}` });
    expect(metadata.json.inputs.map((input: { name: string }) => input.name)).toEqual(FEATURES);
    expect(metadata.json.inputs.find((input: { name: string }) => input.name === 'contract').datatype).toBe('BYTES');
    expect(metadata.json.outputs.map((output: { name: string }) => output.name)).toEqual(['probability', 'label']);
    expect((await get(service.url, `/v2/models/${name}/versions/8`)).status).toBe(404);
    const wrongVersion = await postJson(service.url, `/v2/models/${name}/versions/8/infer`, pandasCodecRequest(records));
    expect(wrongVersion.status).toBe(404);
    expect(wrongVersion.json.error).toMatch(/version "8".*"7"/);
    const unknown = await postJson(service.url, '/v2/models/other/infer', pandasCodecRequest(records));
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toContain(`serves "${name}"`);
  });

  test('TensorFlow Serving: row form with objects and with lists, columnar form, status', async () => {
    const rows = await postJson(service.url, `/v1/models/${name}:predict`, {
      signature_name: 'serving_default',
      instances: records,
    });
    expect(rows.status).toBe(200);
    expect(rows.json.predictions).toHaveLength(records.length);
    rows.json.predictions.forEach((p: { probability: number; label: string }, i: number) => {
      expect(p.probability).toBeCloseTo(want[i], 12);
      expect(p.label).toBe(want[i] >= 0.5 ? '1' : '0');
    });

    const lists = await postJson(service.url, `/v1/models/${name}/versions/7:predict`, {
      instances: records.map((record) => FEATURES.map((feature) => record[feature])),
    });
    expect(lists.status).toBe(200);
    lists.json.predictions.forEach((p: { probability: number }, i: number) => expect(p.probability).toBeCloseTo(want[i], 12));

    // Each named input as a [1]-shaped tensor per instance, as a Keras model with Input(shape=(1,)) takes it.
    const wrapped = await postJson(service.url, `/v1/models/${name}:predict`, {
      instances: records.map((record) => Object.fromEntries(FEATURES.map((f) => [f, [record[f]]]))),
    });
    expect(wrapped.json.predictions[0].probability).toBeCloseTo(want[0], 12);

    const columnar = await postJson(service.url, `/v1/models/${name}:predict`, {
      inputs: Object.fromEntries(FEATURES.map((feature) => [feature, records.map((record) => record[feature])])),
    });
    expect(columnar.status).toBe(200);
    columnar.json.outputs.probability.forEach((p: number, i: number) => expect(p).toBeCloseTo(want[i], 12));
    expect(columnar.json.outputs.label).toHaveLength(records.length);

    const status = await get(service.url, `/v1/models/${name}`);
    expect(status.json).toEqual({
      model_version_status: [{ version: '7', state: 'AVAILABLE', status: { error_code: 'OK', error_message: '' } }],
    });
    const metadata = await get(service.url, `/v1/models/${name}/metadata`);
    expect(Object.keys(metadata.json.metadata.signature_def.signature_def.serving_default.inputs)).toEqual(FEATURES);
  });

  test('Python clients may send NaN (a missing value, imputed) and get the same answer as null', async () => {
    const text = JSON.stringify([{ ...records[0], age: null }]);
    const withNull = await send(service.url, 'POST', '/predict', text, { 'content-type': 'application/json' });
    const withNaN = await send(service.url, 'POST', '/predict', text.replace('null', 'NaN'), {
      'content-type': 'application/json',
    });
    expect(withNaN.status).toBe(200);
    expect(withNaN.json.predictions).toEqual(withNull.json.predictions);
  });
});

describe('other tasks and shapes', () => {
  const services: ServiceHandle[] = [];
  afterAll(() => Promise.all(services.map((service) => service.close())));

  test('a numeric-only model takes one [N, features] tensor, as in KServe examples', async () => {
    const dir = await trainTfjsPackage(join(tempDir(), 'package'), {
      name: 'numeric',
      exclude: ['contract', 'internet_service', 'payment_method'],
    });
    const predictor = await loadPackagePredictor(dir);
    const service = await startService({ model: { predictor } });
    services.push(service);
    const names = ['age', 'tenure_months', 'monthly_charges', 'total_charges', 'support_calls'];
    const want = [...(await predictor.predict(recordsToColumns(records.slice(0, 2), names)))];
    const reply = await postJson(service.url, '/v2/models/numeric/infer', {
      inputs: [
        {
          name: 'input-0',
          shape: [2, 5],
          datatype: 'FP32',
          data: records.slice(0, 2).map((record) => names.map((n) => record[n])),
        },
      ],
    });
    expect(reply.status).toBe(200);
    reply.json.outputs[0].data.forEach((p: number, i: number) => expect(p).toBeCloseTo(want[i], 12));
    expect(reply.json.model_version).toMatch(/^[0-9a-f]{12}$/);
  });

  test('multiclass: class probabilities [N, classes] and labels; regression: values in target units', async () => {
    const multiclass = await loadPackagePredictor(
      await trainTfjsPackage(join(tempDir(), 'package'), {
        name: 'plan',
        target: 'contract',
      }),
    );
    const regression = await loadPackagePredictor(
      await trainTfjsPackage(join(tempDir(), 'package'), {
        name: 'spend',
        target: 'total_charges',
        task: 'regression',
      }),
    );
    const m = await startService({ model: { predictor: multiclass, version: '1' } });
    const r = await startService({ model: { predictor: regression, version: '1' } });
    services.push(m, r);
    const strip = (drop: string) => records.map(({ [drop]: _, ...rest }) => rest);

    const classes = await postJson(m.url, '/predict', strip('contract'));
    expect(classes.status).toBe(200);
    expect(classes.json.predictions[0]).toHaveLength(3);
    expect(classes.json.predictions[0].reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 6);
    expect(classes.json.labels[0]).toMatch(/^(month-to-month|one-year|two-year)$/);
    const v2 = await postJson(m.url, '/v2/models/plan/infer', {
      inputs: Object.entries(strip('contract')[0]).map(([name, value]) => ({
        name,
        shape: [1],
        datatype: typeof value === 'number' ? 'FP64' : 'BYTES',
        data: [value],
      })),
    });
    expect(v2.json.outputs[0]).toMatchObject({ name: 'probabilities', shape: [1, 3] });

    const values = await postJson(r.url, '/v1/models/spend:predict', { instances: strip('total_charges') });
    expect(values.status).toBe(200);
    // One output: TF Serving answers a plain list of values.
    expect(values.json.predictions.every((v: unknown) => typeof v === 'number')).toBe(true);
    const want = await regression.predict(
      recordsToColumns(
        strip('total_charges'),
        regression.preprocessing.features.map((f) => f.name),
      ),
    );
    values.json.predictions.forEach((v: number, i: number) => expect(v).toBeCloseTo(want[i], 6));
    expect(Math.max(...values.json.predictions)).toBeGreaterThan(10);
  });
});
