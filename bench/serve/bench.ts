/**
 * The inference service under load on loopback, against its own in-process ceiling and against
 * FastAPI + PyTorch serving the same weights. Everything runs in one run on one machine, with the
 * same load generator (autocannon), the same rows and the same request shape (POST /predict with a
 * list of raw records).
 *
 *   bench/serve/run.sh [--package <tfjs package dir>] [--frameworks onnx,tfjs,onnx-wide] [--wide-hidden 1024,1024]
 *                      [--connections 1,16,64,256] [--duration 3] [--repeats 1] [--rows-per-request 1]
 *                      [--python /usr/bin/python3] [--no-fastapi] [--no-bare]
 *
 * Without --package, the example's MLP is trained first from examples/churn/train.yml.
 * onnx: the trained MLP's weights as an ONNX graph on onnxruntime-node (the issue's ceiling);
 * tfjs: the package itself, on the suite's plain-JavaScript forward pass; onnx-wide: random weights
 * with wider hidden layers, where the model call dominates. The bare node:http server answers a
 * fixed body with no model: the most any node:http service can do on this machine.
 *
 * Servers run in processes of their own (ours: this file with --serve; the peer: uvicorn), so the
 * load generator never shares an event loop with the server it measures. Each level runs a 1 s
 * warm-up, then `duration` seconds; levels are interleaved across servers so background load on
 * a shared machine hits them alike. Latency percentiles come from every response's own time
 * (autocannon's histogram rounds to whole milliseconds).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { loadPackagePredictor } from '../../shared/model/predictor.js';
import { applyPreprocessing, recordsToColumns, type Cell } from '../../shared/model/preprocessing.js';
import { installShutdownHandler, loadModelToServe, startService } from '../../shared/serve/index.js';
import { onnxTwin } from './onnx-twin.js';
import { trainExamplePackage } from './train-example.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const word = process.argv[i].replace(/^--/, '');
  const next = process.argv[i + 1];
  if (next === undefined || next.startsWith('--')) args.set(word, 'true');
  else args.set(word, process.argv[++i]);
}

if (args.has('serve-bare')) {
  // The floor of any node:http service on this machine: read the body, answer a fixed JSON, no model.
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = '{"predictions":[0.5],"labels":["0"]}';
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(text.length) });
      res.end(text);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })}\n`);
  });
  process.on('SIGTERM', () => process.exit(0));
} else if (args.has('serve')) {
  // Server mode: one service, as `mlops serve` would run it, printing its URL when it listens.
  const model = await loadModelToServe(args.get('package')!, { version: '1' });
  const service = await startService({
    model,
    batching: args.get('batching') === 'off' ? false : {},
    queueLimit: 100_000,
  });
  installShutdownHandler(service);
  process.stdout.write(`${JSON.stringify({ url: service.url })}\n`);
} else {
  await main();
}

interface Level {
  server: string;
  connections: number;
  requestsPerSecond: number;
  rowsPerSecond: number;
  p50: number;
  p99: number;
  failed: number;
  /** Share of one core the server process used (all its threads): the client may be the bottleneck. */
  serverCpu: number;
}

async function main(): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const repo = args.get('repo') ?? process.cwd();
  const work = mkdtempSync(join(tmpdir(), 'serve-bench-'));
  const tfjsPackage = args.get('package') ?? (await trainExamplePackage(repo, join(work, 'churn')));
  const frameworks = (args.get('frameworks') ?? 'onnx').split(',');
  const levels = (args.get('connections') ?? '1,16,64,256').split(',').map(Number);
  const duration = Number(args.get('duration') ?? 3);
  const rowsPerRequest = Number(args.get('rows-per-request') ?? 1);
  const python = args.get('python') ?? '/usr/bin/python3';
  const withFastapi = !args.has('no-fastapi');
  const repeats = Number(args.get('repeats') ?? 1);

  const packages: Record<string, string> = { tfjs: tfjsPackage };
  if (frameworks.includes('onnx')) packages.onnx = await onnxTwin(tfjsPackage, join(work, 'onnx'));
  const wideHidden = (args.get('wide-hidden') ?? '1024,1024').split(',').map(Number);
  if (frameworks.includes('onnx-wide')) packages['onnx-wide'] = await onnxTwin(tfjsPackage, join(work, 'wide'), wideHidden);
  const records = evalRecords(join(repo, 'examples/churn/data/eval.csv'), 256);
  const bodies: string[] = [];
  for (let i = 0; i + rowsPerRequest <= records.length && bodies.length < 64; i += rowsPerRequest) {
    bodies.push(JSON.stringify(records.slice(i, i + rowsPerRequest)));
  }
  console.log(`machine: ${os()}; rows per request: ${rowsPerRequest}; ${duration} s per level after a 1 s warm-up`);

  // The ceiling is measured before and after the HTTP runs, best of three short runs each time:
  // on a shared machine a single measurement can land in a busy moment and flatter the HTTP path.
  const ceilings = await measureCeilings(frameworks, packages, records, rowsPerRequest);

  const servers: { name: string; process: ChildProcess; url: string; sameWeights: boolean }[] = [];
  const self = fileURLToPath(import.meta.url);
  try {
    for (const framework of frameworks) {
      for (const batching of ['on', 'off']) {
        const child = spawn(process.execPath, [self, '--serve', '--package', packages[framework], '--batching', batching], {
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        servers.push({
          name: `ours ${framework}, batching ${batching}`,
          process: child,
          url: await urlOf(child),
          sameWeights: framework !== 'onnx-wide',
        });
      }
    }
    if (!args.has('no-bare')) {
      const child = spawn(process.execPath, [self, '--serve-bare'], { stdio: ['ignore', 'pipe', 'inherit'] });
      servers.push({
        name: 'bare node:http, no model (floor)',
        process: child,
        url: await urlOf(child),
        sameWeights: false,
      });
    }
    if (withFastapi) {
      const port = 18_000 + Math.floor(Math.random() * 2000);
      const child = spawn(
        python,
        ['-m', 'uvicorn', 'fastapi_server:app', '--host', '127.0.0.1', '--port', String(port), '--log-level', 'warning', '--no-access-log'],
        {
          cwd: here,
          env: { ...process.env, MLOPS_BENCH_PACKAGE: tfjsPackage },
          stdio: ['ignore', 'inherit', 'inherit'],
        },
      );
      const url = `http://127.0.0.1:${port}`;
      await waitFor(url);
      servers.push({ name: 'FastAPI + PyTorch (uvicorn, 1 worker)', process: child, url, sameWeights: true });
    }

    // Same answers from every server before timing any of them.
    const reference = await predict(servers[0].url, bodies[0]);
    for (const server of servers.slice(1).filter((candidate) => candidate.sameWeights)) {
      const answer = await predict(server.url, bodies[0]);
      const worst = Math.max(...answer.map((value, i) => Math.abs(value - reference[i])));
      if (!(worst < 1e-5)) throw new Error(`${server.name} disagrees with ${servers[0].name} by ${worst}`);
    }

    // Each level runs `repeats` times, interleaved across servers; the best run counts, because
    // contention from other jobs on a shared machine only ever makes a run slower.
    const results: Level[] = [];
    for (const connections of levels) {
      const best = new Map<string, Level>();
      for (let repeat = 0; repeat < repeats; repeat++) {
        // A different server goes first each time, so no server always follows the same neighbour.
        const order = servers.map((_, k) => servers[(k + repeat + levels.indexOf(connections)) % servers.length]);
        for (const server of order) {
          await load(server.url, bodies, connections, 1);
          const cpuBefore = cpuSeconds(server.process.pid!);
          const level = await load(server.url, bodies, connections, duration);
          const serverCpu = (cpuSeconds(server.process.pid!) - cpuBefore) / level.seconds;
          const run = {
            server: server.name,
            connections,
            ...level,
            serverCpu,
            rowsPerSecond: level.requestsPerSecond * rowsPerRequest,
          };
          const previous = best.get(server.name);
          if (!previous || run.requestsPerSecond > previous.requestsPerSecond) best.set(server.name, run);
        }
      }
      for (const level of servers.map((server) => best.get(server.name)!)) {
        results.push(level);
        console.log(
          `  ${level.server.padEnd(40)} c=${String(connections).padStart(3)}: ${fmt(level.requestsPerSecond)} req/s, ` +
            `p50 ${level.p50.toFixed(2)} ms, p99 ${level.p99.toFixed(2)} ms, server CPU ${pct(level.serverCpu)}` +
            `${level.failed ? `, ${level.failed} failed` : ''}`,
        );
      }
    }
    for (const [framework, after] of Object.entries(await measureCeilings(frameworks, packages, records, rowsPerRequest))) {
      ceilings[framework].single = Math.max(ceilings[framework].single, after.single);
      ceilings[framework].batched = Math.max(ceilings[framework].batched, after.batched);
    }
    console.log('\nin-process ceiling, best before and after (the predictor called directly on the same rows):');
    for (const framework of frameworks) {
      console.log(
        `  ${framework}: ${fmt(ceilings[framework].single)} rows/s in calls of ${rowsPerRequest} row(s), ` +
          `${fmt(ceilings[framework].batched)} rows/s in calls of 64`,
      );
    }
    report(results, ceilings, frameworks, rowsPerRequest);
  } finally {
    for (const server of servers) server.process.kill('SIGTERM');
  }
}

/** Rows per second of `predictor.predict` (preprocessing + model) in calls of one request's rows and of 64 rows. */
async function measureCeilings(
  frameworks: string[],
  packages: Record<string, string>,
  records: Record<string, Cell>[],
  rowsPerRequest: number,
): Promise<Record<string, { single: number; batched: number }>> {
  const ceilings: Record<string, { single: number; batched: number }> = {};
  for (const framework of frameworks) {
    const predictor = await loadPackagePredictor(packages[framework]);
    const names = predictor.preprocessing.features.map((feature) => feature.name);
    const rate = async (batch: number) => {
      const chunks = [];
      for (let i = 0; i + batch <= records.length; i += batch) chunks.push(recordsToColumns(records.slice(i, i + batch), names));
      let best = 0;
      for (let attempt = 0; attempt < 3; attempt++) {
        let rows = 0;
        const started = performance.now();
        while (performance.now() - started < 700) {
          for (const columns of chunks) await predictor.predict(columns);
          rows += chunks.length * batch;
        }
        best = Math.max(best, rows / ((performance.now() - started) / 1000));
      }
      return best;
    };
    const input = applyPreprocessing(predictor.preprocessing, recordsToColumns(records.slice(0, 64), names));
    await predictor.predictInput(input, 64);
    ceilings[framework] = { single: await rate(rowsPerRequest), batched: await rate(64) };
    await predictor.release();
  }
  return ceilings;
}

function report(
  results: Level[],
  ceilings: Record<string, { single: number; batched: number }>,
  frameworks: string[],
  rowsPerRequest: number,
): void {
  console.log('\n| server | connections | req/s | rows/s | p50 ms | p99 ms | server CPU | req per server CPU-s | failed |');
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: |');
  for (const r of results) {
    console.log(
      `| ${r.server} | ${r.connections} | ${fmt(r.requestsPerSecond)} | ${fmt(r.rowsPerSecond)} | ` +
        `${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${pct(r.serverCpu)} | ` +
        `${fmt(r.requestsPerSecond / r.serverCpu)} | ${r.failed} |`,
    );
  }
  const find = (server: string, connections: number) => results.find((r) => r.server === server && r.connections === connections)!;
  const levels = [...new Set(results.map((r) => r.connections))];
  console.log('\nratios per concurrency level:');
  for (const framework of frameworks) {
    for (const connections of levels) {
      const on = find(`ours ${framework}, batching on`, connections);
      const off = find(`ours ${framework}, batching off`, connections);
      const peer =
        framework === 'onnx-wide' ? undefined : results.find((r) => r.server.startsWith('FastAPI') && r.connections === connections);
      const bare = results.find((r) => r.server.startsWith('bare') && r.connections === connections);
      const parts = [
        `batching on/off ${(on.requestsPerSecond / off.requestsPerSecond).toFixed(2)}× (p99 ${on.p99.toFixed(1)} vs ` +
          `${off.p99.toFixed(1)} ms)`,
        `HTTP/in-process ${pct(on.rowsPerSecond / ceilings[framework].single)} of calls of ${rowsPerRequest}, ` +
          `${pct(on.rowsPerSecond / ceilings[framework].batched)} of calls of 64`,
      ];
      if (bare) parts.push(`${pct(on.requestsPerSecond / bare.requestsPerSecond)} of bare node:http`);
      if (peer) {
        parts.push(
          `vs FastAPI ${(on.requestsPerSecond / peer.requestsPerSecond).toFixed(2)}× (p99 ${on.p99.toFixed(1)} vs ` +
            `${peer.p99.toFixed(1)} ms)`,
        );
      }
      console.log(`  ${framework} c=${connections}: ${parts.join('; ')}`);
    }
  }
}

/** One autocannon run; percentiles from every response's own time. */
async function load(url: string, bodies: string[], connections: number, seconds: number) {
  const times: number[] = [];
  const run = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: bodies.map((body) => ({
      method: 'POST',
      path: '/predict',
      headers: { 'content-type': 'application/json' },
      body,
    })),
  });
  run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200) times.push(ms);
  });
  const result = await run;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return {
    seconds: result.duration,
    requestsPerSecond: result['2xx'] / result.duration,
    p50: at(0.5),
    p99: at(0.99),
    failed: result.errors + result.timeouts + result.non2xx,
  };
}

async function predict(url: string, body: string): Promise<number[]> {
  const reply = await fetch(`${url}/predict`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  if (!reply.ok) throw new Error(`${url}/predict answered ${reply.status}: ${await reply.text()}`);
  return ((await reply.json()) as { predictions: number[] }).predictions;
}

function urlOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]).url);
    });
    child.on('exit', (code) => reject(new Error(`a server exited with ${code} before listening`)));
  });
}

async function waitFor(url: string): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    try {
      await fetch(`${url}/docs`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${url} did not start within 60 s`);
}

/** Rows of the example's evaluation data as raw records (no id, no label), as a client sends them. */
function evalRecords(path: string, count: number): Record<string, Cell>[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.slice(0, count).map((line) => {
    const cells = line.split(',');
    const record: Record<string, Cell> = {};
    names.forEach((name, i) => {
      if (name === 'customer_id' || name === 'churned') return;
      const value = cells[i];
      record[name] = value === '' ? null : Number.isNaN(Number(value)) ? value : Number(value);
    });
    return record;
  });
}

/** CPU seconds (user + system, all threads) a process has used so far, from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

function os(): string {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  return `Node ${process.version}, load average ${load}`;
}

function fmt(value: number): string {
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
}

function pct(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}
