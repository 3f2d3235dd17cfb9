import { chmod, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { IntegrityError, UserError } from '../runtime/errors.js';
import { loadModelToServe } from './load-model.js';
import type { SecondaryMode, ServiceHandle } from './service.js';

/**
 * The service's control channel: a Unix socket beside its state, readable by its own user only
 * (mode 0600), so a deploy on the same host can swap the model of a running service without a
 * restart and without an admin route on the public port.
 *
 *   GET  /status                                → { model, secondary, url, pid }
 *   POST /swap   { package, name?, version? }   → verify, load, warm, switch; the old model drains
 *   POST /route  { package?, name?, version?, mode: canary|shadow, weight }  (no package: take it out)
 */
export interface ControlStatus {
  model: { name: string; version: string };
  secondary?: { name: string; version: string; mode: SecondaryMode; weight: number };
  url: string;
  pid: number;
}

interface ModelRequest {
  package?: string;
  name?: string;
  version?: string;
  mode?: SecondaryMode;
  weight?: number;
}

const BODY_LIMIT = 64 * 1024;

async function readJson(req: IncomingMessage): Promise<ModelRequest> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) throw new UserError('the control request is too large.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8') || '{}';
  try {
    return JSON.parse(text) as ModelRequest;
  } catch {
    throw new UserError('the control request is not JSON.');
  }
}

export async function startControl(
  service: ServiceHandle,
  socketPath: string,
  options: { env?: NodeJS.ProcessEnv; log?: (line: string) => void } = {},
): Promise<{ close(): Promise<void> }> {
  const log = options.log ?? (() => undefined);
  const status = (): ControlStatus => ({ model: service.model, secondary: service.secondary, url: service.url, pid: process.pid });
  const load = (body: ModelRequest) => {
    if (!body.package) throw new UserError('give "package": the folder of a verified model package.');
    return loadModelToServe(body.package, { name: body.name, version: body.version, env: options.env });
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (code: number, body: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.method === 'GET' && req.url === '/status') return send(200, status());
      if (req.method === 'POST' && req.url === '/swap') {
        const body = await readJson(req);
        await service.swap(await load(body));
        log(`control: swapped to ${service.model.version}`);
        return send(200, status());
      }
      if (req.method === 'POST' && req.url === '/route') {
        const body = await readJson(req);
        const mode = body.mode ?? 'canary';
        if (mode !== 'canary' && mode !== 'shadow') throw new UserError(`mode is canary or shadow, not ${JSON.stringify(mode)}.`);
        await service.route(body.package ? await load(body) : undefined, mode, body.weight);
        return send(200, status());
      }
      send(404, { error: `no control route ${req.method} ${req.url}` });
    } catch (error) {
      const code = error instanceof IntegrityError ? 409 : error instanceof UserError ? 422 : 500;
      send(code, { error: (error as Error).message, integrity: error instanceof IntegrityError });
    }
  };
  await rm(socketPath, { force: true });
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socketPath, () => resolve());
  });
  await chmod(socketPath, 0o600);
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A call on a service's control socket, from the deploy step. Errors keep the service's sentence. */
export async function controlRequest(
  socketPath: string,
  method: 'GET' | 'POST',
  path: '/status' | '/swap' | '/route',
  body?: ModelRequest,
  timeoutMs = 120_000,
): Promise<ControlStatus> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const { status, text } = await new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = httpRequest(
      { socketPath, method, path, headers: payload ? { 'content-type': 'application/json' } : {}, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer on ${socketPath} within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
  const answer = JSON.parse(text || '{}') as ControlStatus & { error?: string; integrity?: boolean };
  if (status !== 200) {
    const message = answer.error ?? `control ${path} answered ${status}`;
    throw answer.integrity ? new IntegrityError(message) : new UserError(message);
  }
  return answer;
}
