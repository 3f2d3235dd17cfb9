import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { StepIO } from '../runtime/io.js';

const GitHubOctokit = Octokit.plugin(retry, throttling);

/** What every primitive in shared/github needs from the client beyond Octokit itself. */
export interface ClientSettings {
  maxRetries: number;
  requestTimeoutMs: number;
  /** Base of the backoff between retries of 5xx answers and timeouts: waits are base·1, base·4, base·9… */
  retryBaseMs: number;
  io?: StepIO;
  /** Replaces the token in any text, for error messages built outside the request path. */
  redact(text: string): string;
  /** The fetch under every request, transfers included. */
  fetch: typeof fetch;
}

export type GitHubClient = InstanceType<typeof GitHubOctokit> & { settings: ClientSettings };

export interface GitHubClientOptions {
  token: string;
  /** REST root; defaults to GITHUB_API_URL (GHES sets it), then https://api.github.com. */
  apiUrl?: string;
  /** Where the default apiUrl is read from. */
  env?: NodeJS.ProcessEnv;
  io?: StepIO;
  /** Extra attempts after the first for 5xx answers, timeouts and rate limits. */
  maxRetries?: number;
  /** One attempt's limit; a hung server becomes a retried timeout instead of a hung job. */
  requestTimeoutMs?: number;
  retryBaseMs?: number;
  /** How long a `retry-after` second lasts; tests shrink it, production keeps 1000. */
  retryAfterUnitMs?: number;
  /**
   * Spacing between writes. GitHub asks integrations to leave about a second between mutating
   * calls (three for ones that notify people), which Octokit's throttling does by default.
   */
  writeSpacingMs?: number;
  notificationSpacingMs?: number;
  /** Longest wait for the primary rate limit to reset before giving up with a clear error. */
  maxRateLimitWaitS?: number;
  userAgent?: string;
  /** The fetch under every request (a proxy agent, or a test's interposer); global fetch by default. */
  fetch?: typeof fetch;
}

/** Facts attached to an error that left the client, for the messages in errors.ts. */
export interface AttemptInfo {
  attempts: number;
  method: string;
  path: string;
  timedOutAfterMs?: number;
}

export const attemptInfoKey = Symbol.for('mlops-actions.github.attempts');

export class RequestTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${Math.round(timeoutMs / 100) / 10} s`);
    this.name = 'RequestTimeoutError';
  }
}

/**
 * A fetch whose every call (so every retry attempt) gets its own deadline. Octokit turns the
 * rejection into a status-500 RequestError, which the retry plugin retries like a 5xx.
 * With `bufferBody` (the default) the deadline also covers reading the answer: Octokit would
 * otherwise swallow a body cut off by the deadline and hand back an empty result.
 * Streaming transfers pass false and keep the stream.
 */
export function fetchWithTimeout(timeoutMs: number, options: { bufferBody?: boolean; baseFetch?: typeof fetch } = {}): typeof fetch {
  const baseFetch = options.baseFetch ?? globalThis.fetch;
  const bufferBody = options.bufferBody ?? true;
  return async (input, init) => {
    if (!(timeoutMs > 0)) return baseFetch(input, init);
    const deadline = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
    try {
      const response = await baseFetch(input, { ...init, signal });
      if (!bufferBody) return response;
      const nullBody = [101, 204, 205, 304].includes(response.status);
      const body = nullBody ? null : await response.arrayBuffer();
      const buffered = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      Object.defineProperty(buffered, 'url', { value: response.url });
      return buffered;
    } catch (error) {
      if (deadline.aborted) throw new RequestTimeoutError(timeoutMs);
      throw error;
    }
  };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

interface EndpointParser {
  request: { endpoint: { parse(options: never): { url: string } } };
}

/** The path a request goes to, with the route template's parameters filled in. */
function requestPath(octokit: EndpointParser, options: { url: string }): string {
  try {
    return pathOf(octokit.request.endpoint.parse(options as never).url);
  } catch {
    return pathOf(options.url);
  }
}

function scrub(value: string, secret: string): string {
  return secret ? value.split(secret).join('***') : value;
}

/**
 * The one GitHub client of the suite: Octokit with bounded retries for 5xx answers and timeouts,
 * rate-limit handling that honours `retry-after`, a per-attempt timeout, and a token that is
 * masked in logs and never appears in an error message.
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const { token, io } = options;
  const env = options.env ?? process.env;
  const maxRetries = options.maxRetries ?? 3;
  const requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const maxRateLimitWaitS = options.maxRateLimitWaitS ?? 120;
  const baseUrl = (options.apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  if (token) io?.setSecret(token);
  const redact = (text: string) => scrub(text, token);
  const baseFetch = options.fetch ?? globalThis.fetch;
  // MLOPS_GITHUB_WRITE_SPACING_MS lets a local run against the emulator (or a GHES with no
  // secondary limits) skip GitHub's advised second between writes.
  const spacingFromEnv =
    env.MLOPS_GITHUB_WRITE_SPACING_MS !== undefined && env.MLOPS_GITHUB_WRITE_SPACING_MS !== ''
      ? Number(env.MLOPS_GITHUB_WRITE_SPACING_MS)
      : undefined;
  const writeSpacingMs = options.writeSpacingMs ?? (Number.isFinite(spacingFromEnv) ? spacingFromEnv : undefined);

  const limitHandler =
    (kind: 'secondary' | 'primary') =>
    (retryAfter: number, request: { method: string; url: string }, octokit: EndpointParser, retryCount: number) => {
      const what = `${request.method} ${requestPath(octokit, request)}`;
      if (retryCount >= maxRetries) return false;
      if (kind === 'primary' && retryAfter > maxRateLimitWaitS) return false;
      io?.warning(
        kind === 'secondary'
          ? `GitHub's secondary rate limit hit on ${what}; waiting ${retryAfter} s as asked (retry ${retryCount + 1} of ${maxRetries}).`
          : `GitHub API rate limit exhausted on ${what}; waiting ${retryAfter} s for the reset (retry ${retryCount + 1} of ${maxRetries}).`,
      );
      return true;
    };

  const groupOf = (minTime: number | undefined) =>
    minTime === undefined ? undefined : new Bottleneck.Group({ maxConcurrent: 1, minTime });

  const octokit = new GitHubOctokit({
    auth: token || undefined,
    baseUrl,
    userAgent: options.userAgent ?? 'mlops-actions',
    log: {
      debug: (message: string) => io?.debug(redact(message)),
      info: (message: string) => io?.debug(redact(message)),
      warn: (message: string) => io?.warning(redact(message)),
      // Octokit logs every failed request here, including the expected ones (a 404 that means
      // "not there yet"); the caller decides what is an error worth an annotation.
      error: (message: string) => io?.debug(redact(message)),
    },
    request: { fetch: fetchWithTimeout(requestTimeoutMs, { baseFetch }) },
    retry: {
      retries: maxRetries,
      retryAfterBaseValue: retryBaseMs,
      // 429 is a rate limit: the throttling plugin owns it, with the server's retry-after.
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
    },
    throttle: {
      onRateLimit: limitHandler('primary'),
      onSecondaryRateLimit: limitHandler('secondary'),
      retryAfterBaseValue: options.retryAfterUnitMs ?? 1000,
      id: `mlops-actions-${Math.random().toString(36).slice(2)}`,
      write: groupOf(writeSpacingMs),
      notifications: groupOf(options.notificationSpacingMs ?? writeSpacingMs),
    },
  }) as GitHubClient;

  // Outermost wrap: count attempts (each goes through the per-request fetch), log retries, and
  // make sure nothing that leaves the client carries the token.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const method = requestOptions.method;
    // Until the first attempt, the url may still be a template ("/repos/{owner}/…"); each
    // attempt records the address it really fetched.
    const info: AttemptInfo = { attempts: 0, method, path: requestOptions.url };
    const innerFetch: typeof fetch =
      (requestOptions.request?.fetch as typeof fetch | undefined) ?? fetchWithTimeout(requestTimeoutMs, { baseFetch });
    requestOptions.request = {
      ...requestOptions.request,
      fetch: async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
        info.attempts += 1;
        info.path = pathOf(input instanceof Request ? input.url : String(input));
        if (info.attempts > 1) io?.info(`Retrying ${method} ${info.path} (attempt ${info.attempts}).`);
        try {
          return await innerFetch(input, init);
        } catch (error) {
          if (error instanceof RequestTimeoutError) info.timedOutAfterMs = error.timeoutMs;
          throw error;
        }
      },
    };
    try {
      return await request(requestOptions);
    } catch (error) {
      if (error instanceof Error) {
        error.message = redact(error.message);
        if (error.stack) error.stack = redact(error.stack);
        // GitHub's error bodies are quoted in UserError messages; a server that echoes the
        // token back must not get it printed.
        const response = (error as { response?: { data?: unknown } }).response;
        if (token && response?.data !== undefined && typeof response.data !== 'string' && !(response.data instanceof ArrayBuffer)) {
          const text = JSON.stringify(response.data);
          if (text?.includes(token)) response.data = JSON.parse(redact(text));
        } else if (token && typeof response?.data === 'string') {
          response.data = redact(response.data);
        }
        Object.defineProperty(error, attemptInfoKey, { value: info, enumerable: false });
      }
      throw error;
    }
  });

  octokit.settings = { maxRetries, requestTimeoutMs, retryBaseMs, io, redact, fetch: baseFetch };
  return octokit;
}
