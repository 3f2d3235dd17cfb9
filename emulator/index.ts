// A stateful GitHub REST emulator on loopback: the subset of api.github.com (and uploads.github.com)
// the suite uses, with GitHub's semantics, validated both ways against GitHub's OpenAPI description.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  defaultFaultBody,
  FaultInjector,
  PRIMARY_RATE_LIMIT_DOCS,
  SECONDARY_RATE_LIMIT_DOCS,
  secondaryRateLimitMessage,
} from './faults.js';
import { ApiError, errorBody, type Handler, type HandlerContext, type Reply } from './http.js';
import { checkRequest, checkResponse, type Flavor, matchRoute, templateForPath, type RouteMatch } from './openapi/validator.js';
import { acceptedPermissionsHeader, canPush, isAllowed, requirementFor } from './permissions.js';
import type { Origins } from './render.js';
import { gitHandlers } from './routes/git.js';
import { issueHandlers } from './routes/issues.js';
import { downloadAsset, releaseHandlers } from './routes/releases.js';
import { addCommit, createRepo, randomSha, repoKey, StateStore, timestamp } from './state.js';
import type {
  FaultRule,
  GitHubEmulator,
  GitHubEmulatorOptions,
  IssueState,
  PullState,
  RecordedRequest,
  RepoState,
  TokenGrant,
  ValidationIssue,
  ValidationMode,
  WorkflowRunState,
} from './types.js';
import { webView } from './web/index.js';

export type * from './types.js';
export { isWebPath, renderWebPage, webView } from './web/index.js';
export { validateComponent, checkResponse as validateResponse } from './openapi/validator.js';

const DEFAULT_LOGIN = 'github-actions[bot]';
const GHES_API = '/api/v3';
const GHES_UPLOADS = '/api/uploads';
const API_VERSION = '2022-11-28';
/** REST API versions GitHub accepts in X-GitHub-Api-Version (the description's breaking-change dates). */
const SUPPORTED_API_VERSIONS = ['2022-11-28', '2026-03-10'];
const RATE_LIMIT = 5000;
const DOWNLOAD_TEMPLATE = '/{owner}/{repo}/releases/download/{tag}/{name}';

const HANDLERS: Record<string, Handler> = {
  ...issueHandlers,
  ...releaseHandlers,
  ...gitHandlers,
  'rate-limit/get': (ctx) => {
    const reset = ctx.rateLimitReset;
    const core = { limit: RATE_LIMIT, used: ctx.rateLimitUsed, remaining: RATE_LIMIT - ctx.rateLimitUsed, reset, resource: 'core' };
    const other = (limit: number, resource: string) => ({ limit, used: 0, remaining: limit, reset, resource });
    return {
      status: 200,
      body: {
        resources: {
          core,
          search: other(30, 'search'),
          graphql: other(5000, 'graphql'),
          integration_manifest: other(5000, 'integration_manifest'),
          code_search: other(10, 'code_search'),
        },
        rate: core,
      },
    };
  },
};

interface Caller {
  grant: TokenGrant | 'all' | 'anonymous';
  login: string;
  token?: string;
}

class Emulator implements GitHubEmulator {
  apiUrl = '';
  uploadUrl = '';
  serverUrl = '';
  readonly requests: RecordedRequest[] = [];
  readonly validationErrors: ValidationIssue[] = [];
  readonly faults: { inject: FaultInjector['inject']; clear: FaultInjector['clear'] };
  private readonly injector = new FaultInjector();
  private readonly validation: ValidationMode;
  private readonly flavor: Flavor;
  private readonly rateUsed = new Map<string, number>();
  private readonly rateReset = Math.floor(Date.now() / 1000) + 3600;
  private apiServer?: Server;
  private uploadServer?: Server;
  private readonly web: ReturnType<typeof webView>;

  constructor(
    private readonly store: StateStore,
    private readonly options: GitHubEmulatorOptions,
  ) {
    this.validation = options.validate ?? 'strict';
    this.flavor = options.flavor ?? 'api.github.com';
    this.faults = { inject: (rule) => this.injector.inject(rule), clear: () => this.injector.clear() };
    this.web = webView(store.state);
  }

  get state() {
    return this.store.state;
  }

  private get origins(): Origins {
    return { apiUrl: this.apiUrl, uploadUrl: this.uploadUrl, serverUrl: this.serverUrl };
  }

  async listen(): Promise<void> {
    const host = this.options.host ?? '127.0.0.1';
    // A client that goes away mid-request (an aborted upload, a timeout) must not take the process down.
    const serve = (origin: 'api' | 'upload') => (req: IncomingMessage, res: ServerResponse) =>
      void this.handle(req, res, origin).catch(() => res.destroy());
    const listenOn = (server: Server, port: number) =>
      new Promise<number>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      });
    const urlHost = host.includes(':') ? `[${host}]` : host;
    if (this.flavor !== 'api.github.com') {
      // GitHub Enterprise Server: one host, the API under /api/v3 and uploads under /api/uploads.
      this.apiServer = createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://ghes').pathname;
        void this.handle(req, res, path.startsWith(GHES_UPLOADS) ? 'upload' : 'api').catch(() => res.destroy());
      });
      const port = await listenOn(this.apiServer, this.options.port ?? 0);
      this.serverUrl = `http://${urlHost}:${port}`;
      this.apiUrl = `${this.serverUrl}${GHES_API}`;
      this.uploadUrl = `${this.serverUrl}${GHES_UPLOADS}`;
      return;
    }
    this.apiServer = createServer(serve('api'));
    this.uploadServer = createServer(serve('upload'));
    const apiPort = await listenOn(this.apiServer, this.options.port ?? 0);
    const uploadPort = await listenOn(this.uploadServer, this.options.uploadPort ?? 0);
    this.apiUrl = `http://${urlHost}:${apiPort}`;
    this.uploadUrl = `http://${urlHost}:${uploadPort}`;
    this.serverUrl = this.apiUrl;
  }

  async close(): Promise<void> {
    const stop = (server?: Server) =>
      new Promise<void>((resolve) => {
        if (!server?.listening) return resolve();
        server.close(() => resolve());
        // Ends requests held open by a 'timeout' fault and idle keep-alive sockets.
        server.closeAllConnections();
      });
    await Promise.all([stop(this.apiServer), stop(this.uploadServer)]);
  }

  seedRepo(fullName: string, opts: { defaultBranch?: string; sha?: string; private?: boolean } = {}): RepoState {
    const repo = createRepo(this.store.state, fullName, opts);
    this.store.save();
    return repo;
  }

  recordWorkflowRun(fullName: string, run: WorkflowRunState): void {
    const [owner, name] = fullName.split('/');
    const repo = this.store.state.repos[repoKey(owner ?? '', name ?? '')];
    if (!repo) throw new Error(`recordWorkflowRun: seed the repository ${fullName} first (seedRepo)`);
    const runs = (repo.workflowRuns ??= []);
    const same = runs.findIndex((each) => each.id === run.id && each.attempt === run.attempt);
    if (same >= 0) runs[same] = run;
    else runs.push(run);
    this.store.save();
  }

  seedPullRequest(
    fullName: string,
    opts: { number?: number; head: string; base?: string; title?: string; headSha?: string; body?: string },
  ): PullState {
    const [owner, name] = fullName.split('/');
    const repo = this.store.state.repos[repoKey(owner ?? '', name ?? '')];
    if (!repo) throw new Error(`seedPullRequest: seed the repository ${fullName} first (seedRepo)`);
    const number = opts.number ?? repo.nextNumber;
    if (repo.issues.some((i) => i.number === number)) throw new Error(`seedPullRequest: #${number} already exists in ${fullName}`);
    repo.nextNumber = Math.max(repo.nextNumber, number + 1);
    const baseRef = opts.base ?? repo.defaultBranch;
    const baseSha = repo.refs[`refs/heads/${baseRef}`];
    if (!baseSha) throw new Error(`seedPullRequest: base branch ${baseRef} does not exist in ${fullName}`);
    const existingHead = repo.refs[`refs/heads/${opts.head}`];
    const headSha = (opts.headSha ?? existingHead ?? randomSha()).toLowerCase();
    if (!repo.commits[headSha]) addCommit(repo, headSha, [baseSha], opts.title ?? `Changes for #${number}`);
    repo.refs[`refs/heads/${opts.head}`] = headSha;
    const now = timestamp();
    const issue: IssueState = {
      id: this.store.state.nextId++,
      number,
      title: opts.title ?? `Pull request #${number}`,
      body: opts.body ?? null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      user: repo.owner,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
      isPullRequest: true,
    };
    const pull: PullState = {
      id: this.store.state.nextId++,
      number,
      head: { ref: opts.head, sha: headSha },
      base: { ref: baseRef, sha: baseSha },
      draft: false,
      merged: false,
    };
    repo.issues.push(issue);
    repo.pulls.push(pull);
    this.store.save();
    return pull;
  }

  private identify(req: IncomingMessage): Caller | 'missing' | 'bad' {
    const header = req.headers.authorization;
    const token = header ? /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header)?.[1] : undefined;
    if (!token) return 'missing';
    const tokens = this.options.tokens;
    if (!tokens) return { grant: 'all', login: DEFAULT_LOGIN, token };
    const grant = tokens[token];
    if (!grant) return 'bad';
    return { grant, login: grant.login ?? DEFAULT_LOGIN, token };
  }

  private async handle(req: IncomingMessage, res: ServerResponse, origin: 'api' | 'upload'): Promise<void> {
    const started = performance.now();
    const requestUrl = new URL(req.url ?? '/', origin === 'upload' ? this.uploadUrl : this.apiUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const requestId = randomBytes(8)
      .toString('hex')
      .toUpperCase()
      .replace(/(.{4})(.{4})(.{4})(.{4})/, '$1:$2:$3:$4');
    const rawBody = await readBody(req);
    // On GHES the API and upload routes sit under path prefixes; downloads stay at the root.
    const prefix = this.flavor === 'api.github.com' ? '' : origin === 'upload' ? GHES_UPLOADS : GHES_API;
    const path = prefix && requestUrl.pathname.startsWith(prefix) ? requestUrl.pathname.slice(prefix.length) || '/' : requestUrl.pathname;
    const match = matchRoute(method, path, origin, this.flavor);
    const download = !match && origin === 'api' && method === 'GET' ? parseDownloadPath(path) : null;
    // Web pages are for people, not API calls: neither recorded nor validated. The full pathname
    // keeps GHES's /api/v3/… out of the web view.
    if (origin === 'api' && !match && !download && this.web(req, res, requestUrl.pathname)) return;
    const route = match?.operation.template ?? (download ? DOWNLOAD_TEMPLATE : null);
    const record: RecordedRequest = { method, url: requestUrl.href, route, status: 0, durationMs: 0 };
    if (match) record.operationId = match.operation.operationId;
    this.requests.push(record);
    const recordIssue = (where: ValidationIssue['where'], message: string) => {
      if (this.validation !== 'off') this.validationErrors.push({ method, url: requestUrl.href, route, where, message });
    };
    const caller = this.identify(req);
    const send = (reply: Reply, checkAgainst?: RouteMatch) => {
      if (checkAgainst && this.validation !== 'off') {
        for (const message of checkResponse(checkAgainst.operation, reply.status, reply.body)) recordIssue('response', message);
      }
      this.writeReply(
        res,
        reply,
        req,
        requestId,
        typeof caller === 'object' ? caller.token : undefined,
        match?.operation.operationId === 'rate-limit/get',
      );
      record.status = reply.status;
      record.durationMs = performance.now() - started;
    };
    const documentationUrl = match?.operation.documentationUrl ?? 'https://docs.github.com/rest';

    try {
      if (!match && !download) {
        const otherOrigin = matchRoute(method, path, origin === 'api' ? 'upload' : 'api', this.flavor);
        const sameOrigin = templateForPath(path, origin, this.flavor);
        const hint = otherOrigin
          ? ` (${method} ${otherOrigin.operation.template} is served on the ${origin === 'api' ? 'upload' : 'API'} origin)`
          : sameOrigin
            ? ` (${sameOrigin} is served for other methods)`
            : '';
        recordIssue('request', `route not served by the emulator: ${method} ${path}${hint}`);
        return send({ status: 404, body: errorBody('Not Found', documentationUrl, 404) });
      }

      let json: unknown;
      let badJson = false;
      const takesJson = match?.operation.requestBody?.contentType === 'application/json';
      if (takesJson && rawBody.length > 0) {
        try {
          json = JSON.parse(rawBody.toString('utf8'));
        } catch {
          badJson = true;
          recordIssue('request', 'body is not valid JSON');
        }
      }
      const check = match
        ? checkRequest(match, requestUrl.searchParams, { present: rawBody.length > 0, json, unparsable: badJson })
        : { params: {}, query: {}, pathIssues: [], issues: [] };
      for (const message of [...check.pathIssues, ...check.issues]) recordIssue('request', message);
      if (match?.operation.upload) {
        if (req.headers['content-length'] === undefined) recordIssue('request', 'asset upload without a Content-Length header');
        if (!req.headers['content-type']) recordIssue('request', 'asset upload without a Content-Type header');
      }

      const requestedVersion = req.headers['x-github-api-version'];
      const badVersion = typeof requestedVersion === 'string' && !SUPPORTED_API_VERSIONS.includes(requestedVersion);
      if (badVersion) recordIssue('request', `unsupported X-GitHub-Api-Version header: ${requestedVersion}`);

      const fault = this.injector.take(method, route, path);
      if (fault) {
        record.fault = fault.kind;
        if (fault.kind === 'timeout') return; // held open until the client gives up or close()
        if (fault.kind === 'delay') await sleep(fault.ms);
        else return send(faultReply(fault, requestId));
      }

      // Published release downloads are public; everything else needs a token.
      if (caller === 'missing' && !download) {
        return send({ status: 401, body: errorBody('Requires authentication', 'https://docs.github.com/rest', 401) });
      }
      if (caller === 'bad') return send({ status: 401, body: errorBody('Bad credentials', 'https://docs.github.com/rest', 401) });
      const who: Caller = typeof caller === 'object' ? caller : { grant: 'anonymous', login: 'anonymous' };
      const grant = who.grant === 'anonymous' ? { permissions: {} } : who.grant;
      const requirement = match ? requirementFor(match.operation.operationId) : [];
      if (!isAllowed(grant, requirement)) {
        return send({
          status: 403,
          body: errorBody('Resource not accessible by integration', documentationUrl, 403),
          headers: { 'x-accepted-github-permissions': acceptedPermissionsHeader(requirement) },
        });
      }

      if (badVersion && this.validation === 'strict') {
        const message = `Unsupported 'X-GitHub-Api-Version' header: ${requestedVersion}. Supported versions are: ${SUPPORTED_API_VERSIONS.join(', ')}`;
        return send({ status: 400, body: errorBody(message, 'https://docs.github.com/rest/about-the-rest-api/api-versions', 400) });
      }
      if (badJson) return send({ status: 400, body: errorBody('Problems parsing JSON', documentationUrl, 400) });
      if (this.validation === 'strict' && check.pathIssues.length)
        return send({ status: 404, body: errorBody('Not Found', documentationUrl, 404) });
      if (this.validation === 'strict' && check.issues.length) {
        return send({ status: 422, body: errorBody(`Invalid request.\n\n${check.issues.join('\n')}`, documentationUrl, 422) });
      }

      const params = match ? check.params : download!;
      let repo: RepoState | undefined;
      if (typeof params.owner === 'string' && typeof params.repo === 'string') {
        repo = this.store.state.repos[repoKey(params.owner, params.repo)];
        if (!repo) return send({ status: 404, body: errorBody('Not Found', documentationUrl, 404) }, match ?? undefined);
      }
      const ctx: HandlerContext = {
        repo: repo!,
        params,
        query: check.query,
        // Handlers read fields off the body; an absent or non-object body reads as {}.
        body: json !== null && typeof json === 'object' ? json : {},
        rawBody,
        headers: req.headers,
        actor: who.login,
        canPush: canPush(grant),
        origins: this.origins,
        store: this.store,
        requestUrl,
        documentationUrl,
        rateLimitUsed: who.token ? (this.rateUsed.get(who.token) ?? 0) : 0,
        rateLimitReset: this.rateReset,
      };
      try {
        const reply = match ? HANDLERS[match.operation.operationId](ctx) : downloadAsset(ctx, download!.tag, download!.name);
        send(reply, match ?? undefined);
      } finally {
        if (method !== 'GET') this.store.save();
      }
    } catch (error) {
      if (error instanceof ApiError) return send({ status: error.status, body: error.body, headers: error.headers }, match ?? undefined);
      recordIssue('response', `emulator error: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) send({ status: 500, body: errorBody('Server Error', documentationUrl, 500) });
    }
  }

  private writeReply(
    res: ServerResponse,
    reply: Reply,
    req: IncomingMessage,
    requestId: string,
    token: string | undefined,
    isRateLimitCall: boolean,
  ) {
    if (res.destroyed || res.headersSent) return;
    let used = token ? (this.rateUsed.get(token) ?? 0) : 0;
    if (token && !isRateLimitCall) this.rateUsed.set(token, ++used);
    const headers: Record<string, string> = {
      'x-github-request-id': requestId,
      'x-github-api-version-selected': String(req.headers['x-github-api-version'] ?? API_VERSION),
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': String(RATE_LIMIT),
      'x-ratelimit-remaining': String(RATE_LIMIT - used),
      'x-ratelimit-reset': String(this.rateReset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
      'access-control-expose-headers':
        'ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-GitHub-Request-Id',
      ...(reply.headers ?? {}),
    };
    let payload: Buffer | undefined;
    if (reply.raw) payload = reply.raw;
    else if (reply.body !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.body));
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    if (payload) headers['content-length'] = String(payload.length);
    res.writeHead(reply.status, headers);
    res.end(payload);
  }
}

/** The answer for an injected fault that answers (not 'delay' or 'timeout'). */
function faultReply(fault: FaultRule, requestId: string): Reply {
  switch (fault.kind) {
    case 'status':
      return { status: fault.status, body: fault.body ?? defaultFaultBody(fault.status), headers: fault.headers };
    case 'rate-limit':
      return {
        status: 403,
        body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: PRIMARY_RATE_LIMIT_DOCS, status: '403' },
        headers: {
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': String(RATE_LIMIT),
          'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + fault.resetAfter),
        },
      };
    case 'secondary-rate-limit':
      return {
        status: 403,
        body: { message: secondaryRateLimitMessage(requestId), documentation_url: SECONDARY_RATE_LIMIT_DOCS, status: '403' },
        headers: { 'retry-after': String(fault.retryAfter) },
      };
    default:
      throw new Error(`fault kind ${fault.kind} has no reply`);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** `/{owner}/{repo}/releases/download/{tag, may contain '/'}/{name}` (github.com, not the API). */
function parseDownloadPath(path: string): { owner: string; repo: string; tag: string; name: string } | null {
  const segments = path.split('/').slice(1);
  if (segments.length < 6 || segments[2] !== 'releases' || segments[3] !== 'download') return null;
  try {
    const [owner, repo] = segments.slice(0, 2).map(decodeURIComponent);
    return {
      owner,
      repo,
      tag: segments.slice(4, -1).map(decodeURIComponent).join('/'),
      name: decodeURIComponent(segments[segments.length - 1]),
    };
  } catch {
    return null;
  }
}

export async function startGitHubEmulator(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const emulator = new Emulator(StateStore.open(options.persistDir), options);
  await emulator.listen();
  return emulator;
}
