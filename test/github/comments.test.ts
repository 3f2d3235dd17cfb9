import { afterEach, describe, expect, test } from 'vitest';
import { upsertStickyComment, stickyCommentMarker } from '../../shared/github/comments.js';
import { hasMarker } from '../../shared/github/markers.js';
import { FAULT_TIMEOUT, REPO, countRequests, seedComments, startHarness, type Harness } from './helpers.js';

const COMMENTS = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
let h: Harness;

afterEach(async () => {
  expect(h.gh.validationErrors).toEqual([]);
  await h.gh.close();
});

async function pullRequestWithComments(): Promise<Harness> {
  h = await startHarness();
  h.gh.seedPullRequest(`${REPO.owner}/${REPO.repo}`, { number: 7, head: 'feature' });
  return h;
}

async function commentsOn(number: number) {
  const { data } = await h.client.rest.issues.listComments({ ...REPO, issue_number: number, per_page: 100 });
  return data;
}

describe('upsertStickyComment', () => {
  test('creates, then edits in place, then leaves an identical body alone', async () => {
    await pullRequestWithComments();
    const first = await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'accuracy 0.91' });
    expect(first.action).toBe('created');
    const second = await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'accuracy 0.93' });
    expect(second).toMatchObject({ id: first.id, action: 'updated' });
    const third = await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'accuracy 0.93' });
    expect(third).toMatchObject({ id: first.id, action: 'unchanged' });
    const comments = await commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toBe(`${stickyCommentMarker('evaluate')}\naccuracy 0.93`);
    expect(first.url).toContain('/pull/7#issuecomment-');
  });

  test('separate keys get separate comments; other comments are untouched', async () => {
    await pullRequestWithComments();
    await h.client.rest.issues.createComment({ ...REPO, issue_number: 7, body: 'a human comment' });
    await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'model-a', body: 'A' });
    await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'model-b', body: 'B' });
    await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'model-a', body: 'A2' });
    const bodies = (await commentsOn(7)).map((comment) => comment.body);
    expect(bodies).toEqual(['a human comment', `${stickyCommentMarker('model-a')}\nA2`, `${stickyCommentMarker('model-b')}\nB`]);
  });

  test('finds its comment beyond the first page of 100', async () => {
    await pullRequestWithComments();
    await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'v1' });
    seedComments(h.gh, 7, 120);
    const again = await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'v2' });
    expect(again.action).toBe('updated');
    const all = await h.client.paginate(h.client.rest.issues.listComments, { ...REPO, issue_number: 7, per_page: 100 });
    expect(all.filter((comment) => hasMarker(comment.body, stickyCommentMarker('evaluate')))).toHaveLength(1);
  });

  test('duplicates left by racing runs: the oldest is kept, the rest deleted', async () => {
    await pullRequestWithComments();
    const marker = stickyCommentMarker('evaluate');
    const { data: oldest } = await h.client.rest.issues.createComment({ ...REPO, issue_number: 7, body: `${marker}\nrun 1` });
    await h.client.rest.issues.createComment({ ...REPO, issue_number: 7, body: `${marker}\nrun 2` });
    await h.client.rest.issues.createComment({ ...REPO, issue_number: 7, body: `${marker}\nrun 3` });
    const result = await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'run 4' });
    expect(result).toMatchObject({ id: oldest.id, action: 'updated', removedDuplicates: 2 });
    expect((await commentsOn(7)).map((comment) => comment.body)).toEqual([`${marker}\nrun 4`]);
  });

  test('two runs at the same moment end with one comment', async () => {
    await pullRequestWithComments();
    await Promise.all([
      upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'same' }),
      upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'same' }),
    ]);
    expect(await commentsOn(7)).toHaveLength(1);
  });

  test('a body over 65,536 characters is refused before any request', async () => {
    await pullRequestWithComments();
    const before = h.gh.requests.length;
    await expect(upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'x'.repeat(65_536) })).rejects.toThrow(
      /over GitHub's limit of 65,536/,
    );
    expect(h.gh.requests.length).toBe(before);
  });

  test('recovers from a 502 and a secondary rate limit (retry-after 1 s)', async () => {
    await pullRequestWithComments();
    h.gh.faults.inject({ method: 'POST', route: COMMENTS, kind: 'status', status: 502, times: 1 });
    h.gh.faults.inject({ method: 'GET', route: COMMENTS, kind: 'secondary-rate-limit', retryAfter: 1, times: 1 });
    const started = Date.now();
    const result = await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'ok' });
    expect(result.action).toBe('created');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await commentsOn(7)).toHaveLength(1);
    expect(h.lines.some((line) => /secondary rate limit hit on GET .*waiting 1 s/.test(line))).toBe(true);
  });

  test('a slow answer is waited for; a hung one is retried after the timeout', async () => {
    h = await startHarness({ client: FAULT_TIMEOUT });
    h.gh.seedPullRequest(`${REPO.owner}/${REPO.repo}`, { number: 7, head: 'feature' });
    await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'v1' });
    h.gh.faults.inject({ method: 'GET', route: COMMENTS, kind: 'delay', ms: 150, times: 1 });
    h.gh.faults.inject({ method: 'PATCH', route: '/repos/{owner}/{repo}/issues/comments/{comment_id}', kind: 'timeout', times: 1 });
    const result = await upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'v2' });
    expect(result.action).toBe('updated');
    expect(countRequests(h.gh, 'PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toBe(2);
    expect((await commentsOn(7)).map((comment) => comment.body)).toEqual([`${stickyCommentMarker('evaluate')}\nv2`]);
  });

  test('a fault that outlasts the retries fails with a sentence naming the request and count', async () => {
    await pullRequestWithComments();
    h.gh.faults.inject({ method: 'GET', route: COMMENTS, kind: 'status', status: 503, times: Infinity });
    await expect(upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'x' })).rejects.toThrow(
      'Writing the sticky comment "evaluate" on octo/model-repo#7 failed: GitHub answered 503 4 times for GET /repos/octo/model-repo/issues/7/comments; re-run the job.',
    );
  });

  test('a token without pull-requests/issues write gets the permission to add', async () => {
    h = await startHarness({
      emulator: { tokens: { readonly: { permissions: { contents: 'read', pull_requests: 'read', issues: 'read' } } } },
      token: 'readonly',
    });
    h.gh.seedPullRequest(`${REPO.owner}/${REPO.repo}`, { number: 7, head: 'feature' });
    await expect(upsertStickyComment(h.client, { ...REPO, issueNumber: 7, key: 'evaluate', body: 'x' })).rejects.toThrow(
      /add `permissions: (pull-requests|issues): write` to the job/,
    );
  });
});
