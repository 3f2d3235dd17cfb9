import { afterEach, describe, expect, test } from 'vitest';
import { createGitHubClient } from '../../shared/github/client.js';
import { upsertStickyComment } from '../../shared/github/comments.js';
import { upsertIssue } from '../../shared/github/issues.js';
import { createRef } from '../../shared/github/refs.js';
import { REPO, TOKEN, countRequests, startHarness, type Harness } from './helpers.js';

let h: Harness | undefined;

afterEach(async () => {
  if (!h) return;
  expect(h.gh.validationErrors).toEqual([]);
  await h.gh.close();
  h = undefined;
});

describe('createGitHubClient', () => {
  test('base URL from apiUrl, else GITHUB_API_URL (GHES), else api.github.com', () => {
    expect(createGitHubClient({ token: 't', apiUrl: 'https://ghe.example.com/api/v3/' }).request.endpoint.DEFAULTS.baseUrl).toBe(
      'https://ghe.example.com/api/v3',
    );
    expect(
      createGitHubClient({ token: 't', env: { GITHUB_API_URL: 'https://ghe.example.com/api/v3' } }).request.endpoint.DEFAULTS.baseUrl,
    ).toBe('https://ghe.example.com/api/v3');
    expect(createGitHubClient({ token: 't', env: {} }).request.endpoint.DEFAULTS.baseUrl).toBe('https://api.github.com');
  });

  test('talks to the emulator through GITHUB_API_URL', async () => {
    h = await startHarness();
    const client = createGitHubClient({ token: TOKEN, env: { GITHUB_API_URL: h.gh.apiUrl } });
    const { data } = await client.rest.repos.get(REPO);
    expect(data.full_name).toBe('octo/model-repo');
  });

  test('the token is masked, and never appears in a log line or an error message', async () => {
    h = await startHarness({ client: { maxRetries: 1 } });
    const masked: string[] = [];
    const client = createGitHubClient({
      token: TOKEN,
      apiUrl: h.gh.apiUrl,
      retryBaseMs: 10,
      requestTimeoutMs: 1000,
      writeSpacingMs: 0,
      maxRetries: 1,
      io: {
        info: (m) => masked.push(m),
        debug: (m) => masked.push(m),
        notice: (m) => masked.push(m),
        warning: (m) => masked.push(m),
        error: (m) => masked.push(m),
        setSecret: (value) => masked.push(`setSecret:${value === TOKEN}`),
        appendSummary: async () => {},
        group: (_name, fn) => fn(),
      },
    });
    expect(masked).toEqual(['setSecret:true']);
    h.gh.seedPullRequest(`${REPO.owner}/${REPO.repo}`, { number: 3, head: 'f' });
    const messages: string[] = [];
    const attempt = async (fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (error) {
        const cause = (error as Error).cause as Error | undefined;
        messages.push(
          (error as Error).message,
          String((error as Error).stack),
          JSON.stringify(error),
          String(cause?.message),
          String(cause?.stack),
        );
      }
    };
    // A server that echoes the token back in its error body, a 502 storm, a timeout, a secondary limit.
    h.gh.faults.inject({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues',
      kind: 'status',
      status: 422,
      body: { message: `Validation Failed for token ${TOKEN}` },
      times: 1,
    });
    await attempt(() => upsertIssue(client, { ...REPO, key: 'k', title: 't', body: 'b' }));
    h.gh.faults.inject({ kind: 'status', status: 502, times: 2, route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' });
    await attempt(() => upsertStickyComment(client, { ...REPO, issueNumber: 3, key: 'k', body: 'b' }));
    h.gh.faults.inject({ kind: 'timeout', times: 2, route: '/repos/{owner}/{repo}/git/refs' });
    await attempt(() => createRef(client, { ...REPO, ref: 'tags/x', sha: '0'.repeat(40) }));
    h.gh.faults.inject({
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      times: 1,
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    });
    await attempt(() => upsertStickyComment(client, { ...REPO, issueNumber: 3, key: 'k', body: 'b' }));
    expect(messages.length).toBeGreaterThanOrEqual(15);
    expect(messages[0]).toContain('Validation Failed for token ***');
    for (const text of [...masked, ...messages]) expect(text).not.toContain(TOKEN);
    expect(masked.some((line) => line.includes('secondary rate limit'))).toBe(true);
  });

  test('an unknown or expired token gets the 401 sentence, without retries', async () => {
    h = await startHarness({ emulator: { tokens: { good: { permissions: { contents: 'write' } } } }, token: 'expired-token' });
    await expect(createRef(h.client, { ...REPO, ref: 'tags/x', sha: '0'.repeat(40) })).rejects.toThrow(
      /Creating refs\/tags\/x in octo\/model-repo failed: GitHub rejected the token \(401 Bad credentials\)\. It is missing, expired or revoked: check the github-token input/,
    );
    expect(h.gh.requests).toHaveLength(1);
  });

  test('primary rate limit: waits for a near reset, fails at once naming the reset time when it is far', async () => {
    let resetIn = 1;
    let limited = 0;
    const exhaustedOnce: typeof fetch = async (input, init) => {
      if (limited === 0) {
        limited += 1;
        const reset = Math.floor(Date.now() / 1000) + resetIn;
        return new Response(
          JSON.stringify({ message: 'API rate limit exceeded for installation ID 1.', documentation_url: 'https://docs.github.com/rest' }),
          {
            status: 403,
            headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
          },
        );
      }
      return fetch(input, init);
    };
    h = await startHarness({ client: { fetch: exhaustedOnce, retryAfterUnitMs: 100 } });
    const { data } = await h.client.rest.repos.get(REPO);
    expect(data.full_name).toBe('octo/model-repo');
    expect(h.lines.some((line) => /rate limit exhausted on GET \/repos\/octo\/model-repo; waiting \d+ s for the reset/.test(line))).toBe(
      true,
    );

    limited = 0;
    resetIn = 3600;
    await expect(createRef(h.client, { ...REPO, ref: 'tags/x', sha: '0'.repeat(40) })).rejects.toThrow(
      /the GitHub API rate limit for this token is exhausted \(POST \/repos\/octo\/model-repo\/git\/refs\)\. It resets at \d\d:\d\d UTC \(in about 60 min\)\. Re-run the job after the reset/,
    );
  });

  test('5xx retries are bounded by maxRetries', async () => {
    h = await startHarness({ client: { maxRetries: 2 } });
    h.gh.faults.inject({ method: 'GET', route: '/repos/{owner}/{repo}', kind: 'status', status: 500, times: Infinity });
    await expect(h.client.rest.repos.get(REPO)).rejects.toMatchObject({ status: 500 });
    expect(countRequests(h.gh, 'GET', '/repos/{owner}/{repo}')).toBe(3);
  });

  test('4xx answers are not retried', async () => {
    h = await startHarness();
    await expect(h.client.rest.repos.get({ owner: 'octo', repo: 'missing' })).rejects.toMatchObject({ status: 404 });
    expect(h.gh.requests.filter((request) => request.url.includes('/repos/octo/missing'))).toHaveLength(1);
  });
});
