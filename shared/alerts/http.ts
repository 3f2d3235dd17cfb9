/**
 * The one HTTP path to Pushgateway and Alertmanager: every attempt has its own deadline, and
 * network errors, timeouts, 5xx and 429 answers are retried a bounded number of times with a
 * growing wait (a `retry-after` in seconds is honoured up to the cap). Other 4xx answers are the
 * caller's mistake and are not retried. Credentials in the URL never reach a message.
 */
import { InputError, UserError } from '../runtime/errors.js';

export interface HttpOptions {
  /** One attempt's limit (default 10 s). */
  timeoutMs?: number;
  /** Attempts after the first (default 3). */
  retries?: number;
  /** Waits are base·1, base·2, base·4… (default 500 ms), capped at 10 s. */
  retryBaseMs?: number;
  fetch?: typeof fetch;
  /** Told about each retry (the step's log). */
  onRetry?: (message: string) => void;
}

/** The URL as it may be printed: no user or password. */
export function printableUrl(url: string | URL): string {
  try {
    const parsed = new URL(String(url));
    parsed.username = '';
    parsed.password = '';
    return parsed.toString();
  } catch {
    return String(url).replace(/\/\/[^/@]*@/, '//');
  }
}

/** A base URL from an input: http(s) only, trailing slashes removed, with a clear error naming the input. */
export function parseServiceUrl(text: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new InputError(`input "${input}": "${printableUrl(text)}" is not a URL; give one like http://pushgateway.example:9091.`, input);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InputError(`input "${input}": ${url.protocol} is not supported; give an http:// or https:// URL.`, input);
  }
  url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Basic auth from the URL's user and password, since fetch refuses URLs that carry them. */
function withoutCredentials(url: URL): { url: string; authorization?: string } {
  if (!url.username && !url.password) return { url: url.toString() };
  const clean = new URL(url.toString());
  clean.username = '';
  clean.password = '';
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  return { url: clean.toString(), authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

export interface HttpResult {
  status: number;
  body: string;
  attempts: number;
}

/**
 * Sends one request with bounded retries. Resolves with the final answer when it is 2xx; throws a
 * UserError naming `what` and the URL (without credentials) otherwise.
 */
export async function sendWithRetry(
  what: string,
  url: URL,
  init: { method: string; body?: string; headers?: Record<string, string> },
  options: HttpOptions = {},
): Promise<HttpResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 3;
  const base = options.retryBaseMs ?? 500;
  const doFetch = options.fetch ?? globalThis.fetch;
  const { url: target, authorization } = withoutCredentials(url);
  const headers = { ...init.headers, ...(authorization ? { authorization } : {}) };
  const shown = `${init.method} ${printableUrl(url)}`;
  let last = '';
  for (let attempt = 1; attempt <= retries + 1; attempt++) {
    let retryAfterMs: number | undefined;
    try {
      const response = await doFetch(target, { method: init.method, body: init.body, headers, signal: AbortSignal.timeout(timeoutMs) });
      const body = await response.text();
      if (response.ok) return { status: response.status, body, attempts: attempt };
      last = `${response.status} ${body.trim().slice(0, 300)}`;
      if (response.status < 500 && response.status !== 429) {
        throw new UserError(`${what} failed: ${shown} answered ${last}.`);
      }
      const header = Number(response.headers.get('retry-after'));
      if (Number.isFinite(header) && header > 0) retryAfterMs = header * 1000;
    } catch (error) {
      if (error instanceof UserError) throw error;
      const err = error as Error;
      last =
        err.name === 'TimeoutError' || err.name === 'AbortError'
          ? `no answer within ${timeoutMs / 1000} s`
          : ((err.cause as Error)?.message ?? err.message);
    }
    if (attempt <= retries) {
      const wait = Math.min(retryAfterMs ?? base * 2 ** (attempt - 1), 10_000);
      options.onRetry?.(`${what}: ${shown} failed (${last}); retrying in ${Math.round(wait)} ms (retry ${attempt} of ${retries}).`);
      await sleep(wait);
    }
  }
  throw new UserError(`${what} failed after ${retries + 1} attempts: ${shown}: ${last}.`);
}
