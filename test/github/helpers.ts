import { startGitHubEmulator } from '../../emulator/index.js';
import type { GitHubEmulator, GitHubEmulatorOptions } from '../../emulator/types.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../shared/github/client.js';
import { createCliIO } from '../../shared/runtime/io.js';

export const REPO = { owner: 'octo', repo: 'model-repo' };
/** Per-attempt timeout for tests that inject a hung request. */
export const FAULT_TIMEOUT = { requestTimeoutMs: 1000 };

export const TOKEN = 'ghs_primitivesTestToken0123456789abcdef';

export interface Harness {
  gh: GitHubEmulator;
  client: GitHubClient;
  /** Every line the client logged, after the CLI IO's masking (what a user would see). */
  lines: string[];
  /** The same lines before masking, to prove the token was never even handed to the logger. */
  rawLines: string[];
}

/**
 * An emulator in strict validation mode with octo/model-repo, and a client tuned for tests:
 * 20 ms retry backoff, no write spacing. Retry-after values are honoured at their real length
 * (tests inject 1 s). The per-attempt timeout stays generous (5 s): the emulator compiles its
 * OpenAPI validators on first use, and a POST that times out while GitHub (or the emulator)
 * still processes it really is created twice. Tests of timeouts pass FAULT_TIMEOUT.
 */
export async function startHarness(
  options: { emulator?: Partial<GitHubEmulatorOptions>; client?: Partial<GitHubClientOptions>; token?: string } = {},
): Promise<Harness> {
  const gh = await startGitHubEmulator({ validate: 'strict', ...options.emulator });
  gh.seedRepo(`${REPO.owner}/${REPO.repo}`);
  const lines: string[] = [];
  const rawLines: string[] = [];
  const cliIO = createCliIO((line) => lines.push(line));
  const io = {
    ...cliIO,
    info: (message: string) => (rawLines.push(message), cliIO.info(message)),
    debug: (message: string) => void rawLines.push(message),
    warning: (message: string) => (rawLines.push(message), cliIO.warning(message)),
    error: (message: string) => (rawLines.push(message), cliIO.error(message)),
    notice: (message: string) => (rawLines.push(message), cliIO.notice(message)),
  };
  const client = createGitHubClient({
    token: options.token ?? TOKEN,
    apiUrl: gh.apiUrl,
    io,
    retryBaseMs: 20,
    requestTimeoutMs: 5000,
    writeSpacingMs: 0,
    maxRetries: 3,
    ...options.client,
  });
  return { gh, client, lines, rawLines };
}

/** Requests that reached a route, by method. */
export function countRequests(gh: GitHubEmulator, method: string, route: string): number {
  return gh.requests.filter((request) => request.method === method && request.route === route).length;
}

/** Comments by someone else, written straight into the emulator's state (pages of noise, fast). */
export function seedComments(gh: GitHubEmulator, issueNumber: number, count: number): void {
  const repo = gh.state.repos[`${REPO.owner}/${REPO.repo}`]!;
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  for (let i = 0; i < count; i += 1) {
    repo.comments.push({ id: gh.state.nextId++, issueNumber, body: `noise ${i}`, user: 'octocat', createdAt: now, updatedAt: now });
  }
}

/** Open issues by someone else, written straight into the emulator's state. */
export function seedIssues(gh: GitHubEmulator, count: number): void {
  const repo = gh.state.repos[`${REPO.owner}/${REPO.repo}`]!;
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  for (let i = 0; i < count; i += 1) {
    repo.issues.push({
      id: gh.state.nextId++,
      number: repo.nextNumber++,
      title: `other ${i}`,
      body: null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      user: 'octocat',
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null,
      isPullRequest: false,
    });
  }
}
