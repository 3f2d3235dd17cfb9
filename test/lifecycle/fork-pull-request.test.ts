// A fork's pull request never reaches the self-hosted runners until a maintainer adds the
// approval label: ml-pull-request.yml run through local/'s runner with GitHub's recorded
// pull_request payloads, rewritten to come from a fork.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../local/action-runner.js';
import { eventPayload } from '../../local/events.js';
import { type ExampleRepository, EXAMPLE_REPOSITORY, openExampleRepository } from '../../local/lifecycle.js';

describe("a fork's pull request and the approval label", () => {
  let example: ExampleRepository;
  const log: string[] = [];

  beforeAll(async () => {
    example = await openExampleRepository({
      outDir: join(repoRoot, '.tmp', 'fork-pull-request'),
      stagingPort: 0,
      productionPort: 0,
      log: (line) => log.push(line),
    });
  }, 120_000);
  afterAll(async () => example?.emulator.close());

  const fromFork = (action: string, label?: string) => {
    const pull = example.repo.pulls[0] ?? example.emulator.seedPullRequest(EXAMPLE_REPOSITORY, { number: 7, head: 'contributor-change' });
    const payload = eventPayload('pull_request', {
      repository: EXAMPLE_REPOSITORY,
      action,
      number: pull.number,
      headSha: pull.head.sha,
      headRef: pull.head.ref,
      fork: true,
    });
    if (label) payload.label = { ...(payload.label as object), name: label };
    return { event: { name: 'pull_request', payload }, sha: pull.head.sha, ref: `refs/pull/${pull.number}/merge` };
  };

  it('opened from a fork: no job runs, nothing is posted', async () => {
    const { event, sha, ref } = fromFork('opened');
    const run = await example.run('fork pull request', 'ml-pull-request.yml', event, { sha, ref });
    expect(run.jobs.map((job) => `${job.path}:${job.result}`)).toEqual(['ml/validate:skipped', 'ml/train:skipped', 'ml/evaluate:skipped']);
    expect(example.repo.comments).toEqual([]);
  });

  it('a label other than the approval label changes nothing', async () => {
    const { event, sha, ref } = fromFork('labeled', 'bug');
    const run = await example.run('fork pull request, labeled bug', 'ml-pull-request.yml', event, { sha, ref });
    expect(run.jobs.every((job) => job.result === 'skipped')).toBe(true);
  });

  it('labeled safe-to-train: the jobs run; the fork gets no comment written with the repository token', async () => {
    const { event, sha, ref } = fromFork('labeled', 'safe-to-train');
    const run = await example.run('fork pull request, approved', 'ml-pull-request.yml', event, { sha, ref });
    expect(
      run.jobs.map((job) => `${job.path}:${job.result}`),
      log.join('\n'),
    ).toEqual(['ml/validate:success', 'ml/train:success', 'ml/evaluate:success']);
    expect(example.repo.comments).toEqual([]);
    expect(example.emulator.validationErrors).toEqual([]);
  }, 300_000);
});
