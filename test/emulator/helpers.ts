// Shared setup for the emulator tests: a started emulator and a small fetch wrapper.
import { startGitHubEmulator, type GitHubEmulator, type GitHubEmulatorOptions } from '../../emulator/index.js';

export const TOKEN = 'test-token';
export const MAIN_SHA = 'a'.repeat(40);

export async function startSeeded(options: GitHubEmulatorOptions = {}): Promise<GitHubEmulator> {
  const emulator = await startGitHubEmulator(options);
  emulator.seedRepo('octo/models', { sha: MAIN_SHA });
  return emulator;
}

export interface CallResult {
  status: number;
  headers: Headers;
  body: any;
}

/** One REST call; `url` is a path on apiUrl or an absolute URL. */
export async function call(
  emulator: GitHubEmulator,
  method: string,
  url: string,
  body?: unknown,
  options: { token?: string | null; headers?: Record<string, string>; raw?: Buffer; redirect?: RequestRedirect } = {},
): Promise<CallResult> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', ...options.headers };
  const token = options.token === undefined ? TOKEN : options.token;
  if (token) headers.authorization = `Bearer ${token}`;
  let payload: BodyInit | undefined;
  if (options.raw) payload = new Uint8Array(options.raw);
  else if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(url.startsWith('http') ? url : `${emulator.apiUrl}${url}`, {
    method,
    headers,
    body: payload,
    redirect: options.redirect ?? 'follow',
  });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed };
}
