/**
 * A loopback stand-in for the Actions "results" service (Twirp JSON) with Azurite as blob storage,
 * so @actions/cache and @actions/artifact run their real code paths offline (the protocol as the
 * toolkit's own clients speak it). Reusable: `const services = await startResultsServices()`,
 * then `services.apply(process.env)` before calling the libraries and `services.close()` after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer, connect } from 'node:net';
import { dirname, join } from 'node:path';
import { BlobSASPermissions, BlobServiceClient, generateBlobSASQueryParameters, StorageSharedKeyCredential } from '@azure/storage-blob';

const require = createRequire(import.meta.url);
const ACCOUNT = 'devstoreaccount1';
/** Read from Azurite itself: a key typed from memory fails with 403. */
const ACCOUNT_KEY: string = require('azurite/dist/src/blob/utils/constants.js').EMULATOR_ACCOUNT_KEY_STR;
const CONTAINER = 'results';

export interface CacheEntry {
  key: string;
  version: string;
  blob: string;
  size?: number;
  finalized: boolean;
  created: number;
  id: number;
}

export interface ArtifactEntry {
  id: number;
  name: string;
  blob: string;
  size?: number;
  digest?: string;
  finalized: boolean;
  created: string;
  runId: string;
  jobId: string;
}

export interface ResultsServices {
  url: string;
  blobUrl: string;
  caches: CacheEntry[];
  artifacts: ArtifactEntry[];
  /** Every Twirp call, in order: `CacheService/CreateCacheEntry` … */
  calls: string[];
  /** Make the next matching calls fail with a Twirp error (to test best-effort behaviour). */
  failNext(method: string, times?: number): void;
  /** The environment the toolkit libraries read. */
  env: Record<string, string>;
  /** Sets `env` on the given object (usually process.env) and returns a function that restores it. */
  apply(target: NodeJS.ProcessEnv): () => void;
  /** Downloads a blob's bytes (to inspect what was uploaded). */
  readBlob(blob: string): Promise<Buffer>;
  close(): Promise<void>;
}

class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`azurite-blob exited with code ${child.exitCode}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`azurite-blob did not listen on ${port} within ${timeoutMs} ms`);
}

/** A JWT whose payload carries the `scp` claim the artifact client decodes (the signature is not checked). */
function runtimeToken(runId: string, jobId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.ExampleScope Actions.Results:${runId}:${jobId}` })}.signature`;
}

async function body(request: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
}

export async function startResultsServices(options: { runId?: string; jobId?: string } = {}): Promise<ResultsServices> {
  const runId = options.runId ?? 'c0ffee00-0000-4000-8000-000000000001';
  const jobId = options.jobId ?? 'c0ffee00-0000-4000-8000-000000000002';
  const blobPort = await freePort();
  const azuriteBin = join(dirname(require.resolve('azurite/package.json')), 'dist/src/blob/main.js');
  const azurite = spawn(
    process.execPath,
    [
      azuriteBin,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(blobPort),
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--silent',
    ],
    {
      stdio: 'ignore',
    },
  );
  await waitForPort(blobPort, azurite);
  const blobUrl = `http://127.0.0.1:${blobPort}/${ACCOUNT}`;
  const credential = new StorageSharedKeyCredential(ACCOUNT, ACCOUNT_KEY);
  const blobService = new BlobServiceClient(blobUrl, credential);
  const container = blobService.getContainerClient(CONTAINER);
  await container.createIfNotExists();
  const sign = (blob: string, permissions: string) => {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3600_000),
      },
      credential,
    ).toString();
    return `${blobUrl}/${CONTAINER}/${blob}?${sas}`;
  };

  const caches: CacheEntry[] = [];
  const artifacts: ArtifactEntry[] = [];
  const calls: string[] = [];
  const failures = new Map<string, number>();
  let nextId = 1;

  const handlers: Record<string, (request: any) => object> = {
    'CacheService/CreateCacheEntry': ({ key, version }) => {
      if (caches.some((c) => c.key === key && c.version === version)) return { ok: false, message: `cache entry ${key} already exists` };
      const entry: CacheEntry = { key, version, blob: `cache-${nextId}.tar`, finalized: false, created: Date.now() + nextId, id: nextId++ };
      caches.push(entry);
      return { ok: true, signed_upload_url: sign(entry.blob, 'cw') };
    },
    'CacheService/FinalizeCacheEntryUpload': ({ key, version, size_bytes }) => {
      const entry = caches.find((c) => c.key === key && c.version === version);
      if (!entry) return { ok: false, message: 'no such cache entry' };
      entry.finalized = true;
      entry.size = Number(size_bytes);
      return { ok: true, entry_id: String(entry.id) };
    },
    'CacheService/GetCacheEntryDownloadURL': ({ key, restore_keys, version }) => {
      const usable = caches.filter((c) => c.finalized && c.version === version);
      let hit = usable.find((c) => c.key === key);
      // As GitHub does: each restore key in order, prefix match, the newest entry first.
      for (const prefix of restore_keys ?? []) {
        if (hit) break;
        hit = usable.filter((c) => c.key.startsWith(prefix)).sort((a, b) => b.created - a.created)[0];
      }
      return hit ? { ok: true, signed_download_url: sign(hit.blob, 'r'), matched_key: hit.key } : { ok: false };
    },
    'ArtifactService/CreateArtifact': ({ name, workflow_run_backend_id, workflow_job_run_backend_id }) => {
      // GitHub keeps one artifact per name in a run: a second upload needs the first deleted
      // (upload-artifact's `overwrite: true`).
      if (artifacts.some((a) => a.finalized && a.name === name && a.runId === workflow_run_backend_id)) {
        throw new TwirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run: ${name}`);
      }
      const entry: ArtifactEntry = {
        id: nextId++,
        name,
        blob: `artifact-${nextId}.zip`,
        finalized: false,
        created: new Date().toISOString(),
        runId: workflow_run_backend_id,
        jobId: workflow_job_run_backend_id,
      };
      artifacts.push(entry);
      return { ok: true, signed_upload_url: sign(entry.blob, 'cw') };
    },
    'ArtifactService/FinalizeArtifact': ({ name, size, hash }) => {
      const entry = artifacts.filter((a) => a.name === name).pop();
      if (!entry) return { ok: false };
      Object.assign(entry, { finalized: true, size: Number(size), digest: hash });
      return { ok: true, artifact_id: String(entry.id) };
    },
    'ArtifactService/ListArtifacts': ({ name_filter, id_filter }) => ({
      artifacts: artifacts
        .filter(
          (a) =>
            a.finalized &&
            (name_filter === undefined || a.name === name_filter) &&
            (id_filter === undefined || String(a.id) === String(id_filter)),
        )
        .map((a) => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size ?? 0),
          created_at: a.created,
          digest: a.digest,
        })),
    }),
    'ArtifactService/DeleteArtifact': ({ name, workflow_run_backend_id }) => {
      const entry = artifacts.find((a) => a.finalized && a.name === name && a.runId === workflow_run_backend_id);
      if (!entry) throw new TwirpError(404, 'not_found', `artifact ${name} not found`);
      artifacts.splice(artifacts.indexOf(entry), 1);
      return { ok: true, artifact_id: String(entry.id) };
    },
    'ArtifactService/GetSignedArtifactURL': ({ name }) => {
      const entry = artifacts.filter((a) => a.finalized && a.name === name).pop();
      return entry ? { signed_url: sign(entry.blob, 'r') } : { signed_url: '' };
    },
  };

  const server: Server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const reply = (status: number, value: object) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    const match = /^\/twirp\/github\.actions\.results\.api\.v1\.(\w+\/\w+)$/.exec(request.url ?? '');
    if (!match || request.method !== 'POST') return reply(404, { code: 'bad_route', msg: `no route ${request.method} ${request.url}` });
    const method = match[1];
    calls.push(method);
    const failing = failures.get(method) ?? 0;
    if (failing > 0) {
      failures.set(method, failing - 1);
      return reply(400, { code: 'invalid_argument', msg: 'injected failure' });
    }
    const handler = handlers[method];
    if (!handler) return reply(404, { code: 'bad_route', msg: `unknown method ${method}` });
    try {
      reply(200, handler(await body(request)));
    } catch (error) {
      if (error instanceof TwirpError) reply(error.status, { code: error.code, msg: error.message });
      else reply(400, { code: 'malformed', msg: (error as Error).message });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const env: Record<string, string> = {
    ACTIONS_RESULTS_URL: url,
    ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, jobId),
    ACTIONS_CACHE_SERVICE_V2: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    NO_PROXY: '127.0.0.1,localhost',
    no_proxy: '127.0.0.1,localhost',
  };
  return {
    url,
    blobUrl,
    caches,
    artifacts,
    calls,
    env,
    failNext(method, times = 1) {
      failures.set(method, times);
    },
    apply(target) {
      const saved = new Map<string, string | undefined>();
      for (const name of [...Object.keys(env), 'ACTIONS_CACHE_URL', 'ACTIONS_CACHE_MODE']) saved.set(name, target[name]);
      Object.assign(target, env);
      delete target.ACTIONS_CACHE_URL;
      delete target.ACTIONS_CACHE_MODE;
      return () => {
        for (const [name, value] of saved) {
          if (value === undefined) delete target[name];
          else target[name] = value;
        }
      };
    },
    async readBlob(blob) {
      return container.getBlobClient(blob).downloadToBuffer();
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      azurite.kill();
      await new Promise((resolve) => (azurite.exitCode !== null ? resolve(undefined) : azurite.once('exit', resolve)));
    },
  };
}
