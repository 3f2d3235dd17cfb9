import { request as httpRequest, Agent } from 'node:http';
import type { PackagePredictor } from '../../shared/model/predictor.js';

/** Test helpers: real HTTP on loopback, and a predictor wrapper that counts and delays model calls. */

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: any;
}

const agent = new Agent({ keepAlive: true, maxSockets: 256 });

/** One HTTP request with node:http (so tests control headers exactly, including Content-Type's absence). */
export function send(
  url: string,
  method: string,
  path: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const target = new URL(path, url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(target, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = undefined;
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

export function postJson(url: string, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return send(url, 'POST', path, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

export function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return send(url, 'GET', path, undefined, headers);
}

export interface SpyPredictor extends PackagePredictor {
  /** Rows of every model call, in order. */
  calls: number[];
  /** Holds every model call until `unhold()` (for queue and timeout tests). */
  hold(): void;
  unhold(): void;
  /** Times the service released this predictor (after a swap, or on close). */
  released: number;
  /** Makes each call take this long (asynchronously, like a runtime off the main thread). */
  delayMs: number;
}

/** Wraps a real predictor: same answers, but calls are counted and can be slowed or held. */
export function spyOn(real: PackagePredictor): SpyPredictor {
  let held: (() => void)[] | undefined;
  const spy: SpyPredictor = {
    manifest: real.manifest,
    preprocessing: real.preprocessing,
    calls: [],
    delayMs: 0,
    released: 0,
    predict: (columns) => real.predict(columns),
    async predictInput(input, rows) {
      spy.calls.push(rows);
      if (held) await new Promise<void>((resolve) => held!.push(resolve));
      if (spy.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, spy.delayMs));
      return real.predictInput(input, rows);
    },
    hold() {
      held ??= [];
    },
    async release() {
      spy.released++;
    },
    unhold() {
      const waiting = held ?? [];
      held = undefined;
      for (const resolve of waiting) resolve();
    },
  };
  return spy;
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Fires requests continuously (a few in parallel) until `stop()`; collects every reply's status. */
export function loadGenerator(run: () => Promise<Reply>, parallel = 4) {
  const statuses: number[] = [];
  const errors: string[] = [];
  let running = true;
  const workers = Array.from({ length: parallel }, async () => {
    while (running) {
      try {
        const reply = await run();
        statuses.push(reply.status);
        if (reply.status !== 200) errors.push(`${reply.status} ${reply.text}`);
      } catch (error) {
        errors.push(String(error));
      }
    }
  });
  return {
    statuses,
    errors,
    async stop() {
      running = false;
      await Promise.all(workers);
    },
  };
}
