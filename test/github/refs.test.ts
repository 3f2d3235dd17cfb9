import { afterEach, describe, expect, test } from 'vitest';
import { createRef, deleteRef, getRef, listMatchingRefs, updateRef } from '../../shared/github/refs.js';
import { REPO, startHarness, type Harness } from './helpers.js';

let h: Harness;

afterEach(async () => {
  expect(h.gh.validationErrors).toEqual([]);
  await h.gh.close();
});

async function headSha(): Promise<string> {
  const ref = await getRef(h.client, { ...REPO, ref: 'heads/main' });
  if (!ref) throw new Error('the seeded repository has no main branch');
  return ref.sha;
}

/** A second commit, made the way the emulator seeds one: as the head of a pull request. */
function newCommit(): string {
  return h.gh.seedPullRequest(`${REPO.owner}/${REPO.repo}`, { head: 'next' }).head.sha;
}

describe('refs', () => {
  test('tag creation is a lock: the second creator gets created: false and the winner', async () => {
    h = await startHarness();
    const sha = await headSha();
    const results = await Promise.all([1, 2, 3].map(() => createRef(h.client, { ...REPO, ref: 'refs/tags/churn/v4', sha })));
    expect(results.filter((result) => result.created)).toHaveLength(1);
    for (const result of results) if (!result.created) expect(result.existing?.sha).toBe(sha);
    expect(await getRef(h.client, { ...REPO, ref: 'tags/churn/v4' })).toEqual({ ref: 'refs/tags/churn/v4', sha, type: 'commit' });
  });

  test('getRef of a missing ref is undefined; delete is idempotent', async () => {
    h = await startHarness();
    expect(await getRef(h.client, { ...REPO, ref: 'tags/none' })).toBeUndefined();
    await createRef(h.client, { ...REPO, ref: 'tags/churn@staging', sha: await headSha() });
    expect(await deleteRef(h.client, { ...REPO, ref: 'tags/churn@staging' })).toEqual({ deleted: true });
    expect(await deleteRef(h.client, { ...REPO, ref: 'tags/churn@staging' })).toEqual({ deleted: false });
  });

  test('updateRef moves an alias in one call, with force', async () => {
    h = await startHarness();
    const first = await headSha();
    await createRef(h.client, { ...REPO, ref: 'refs/tags/churn@production', sha: first });
    const second = newCommit();
    const moved = await updateRef(h.client, { ...REPO, ref: 'tags/churn@production', sha: second, force: true });
    expect(moved.sha).toBe(second);
    const back = await updateRef(h.client, { ...REPO, ref: 'tags/churn@production', sha: first, force: true });
    expect(back.sha).toBe(first);
    expect((await listMatchingRefs(h.client, { ...REPO, prefix: 'tags/churn@' })).map((ref) => ref.ref)).toEqual([
      'refs/tags/churn@production',
    ]);
  });

  test('retries a 502 and a secondary rate limit on create without a second ref or a false "exists"', async () => {
    h = await startHarness();
    h.gh.faults.inject({ method: 'POST', route: '/repos/{owner}/{repo}/git/refs', kind: 'status', status: 502, times: 1 });
    h.gh.faults.inject({ method: 'POST', route: '/repos/{owner}/{repo}/git/refs', kind: 'secondary-rate-limit', retryAfter: 1, times: 1 });
    const result = await createRef(h.client, { ...REPO, ref: 'refs/tags/churn/v1', sha: await headSha() });
    expect(result.created).toBe(true);
  });

  test('a token with contents: read is told to add contents: write', async () => {
    h = await startHarness({ emulator: { tokens: { ro: { permissions: { contents: 'read' } } } }, token: 'ro' });
    const sha = await headSha();
    await expect(createRef(h.client, { ...REPO, ref: 'refs/tags/churn/v1', sha })).rejects.toThrow(
      /add `permissions: contents: write` to the job/,
    );
  });
});
