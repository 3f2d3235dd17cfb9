// Re-running a workflow never duplicates a release, comment, deployment, issue or dispatch: the
// example's pull request, release and drifted-week monitor, each run and then re-run as GitHub's
// "Re-run all jobs" does (same run id, attempt 2), through local/'s runner.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../local/action-runner.js';
import { eventPayload } from '../../local/events.js';
import { type ExampleRepository, EXAMPLE_REPOSITORY, openExampleRepository } from '../../local/lifecycle.js';
import { serviceFiles, stopServiceProcess } from '../../shared/deploy/service-process.js';
import { choosePort } from '../../local/lifecycle.js';

describe('re-running the example workflows (attempt 2) duplicates nothing', () => {
  let example: ExampleRepository;
  const log: string[] = [];
  const counts = () => {
    const repo = example.repo;
    return {
      releases: repo.releases.map((release) => release.tagName).sort(),
      comments: repo.comments.length,
      deployments: repo.deployments.length,
      issues: repo.issues.filter((issue) => !issue.isPullRequest).length,
      dispatches: repo.dispatches.length,
    };
  };
  const twice = async (name: string, file: string, event: { name: string; payload: Record<string, unknown> }, ref: string) => {
    const first = await example.run(name, file, event, { sha: example.mainSha, ref });
    expect(first.conclusion, log.join('\n')).toBe('success');
    const after = counts();
    const again = await example.run(`${name} (re-run)`, file, event, { sha: example.mainSha, ref, rerunOf: first.runId });
    expect(again.conclusion, log.join('\n')).toBe('success');
    expect(again.runId).toBe(first.runId);
    expect(again.runAttempt).toBe(2);
    return { after, again: counts() };
  };

  beforeAll(async () => {
    example = await openExampleRepository({
      outDir: join(repoRoot, '.tmp', 'rerun'),
      stagingPort: await choosePort(),
      productionPort: await choosePort(),
      log: (line) => log.push(line),
    });
  }, 120_000);
  afterAll(async () => {
    for (const environment of ['staging', 'production'])
      await stopServiceProcess(serviceFiles(join(example.stateHome, 'mlops-actions', 'services'), 'churn', environment), 10_000).catch(
        () => {},
      );
    await example?.emulator.close();
  });

  it('the pull request: one sticky comment', async () => {
    const pull = example.emulator.seedPullRequest(EXAMPLE_REPOSITORY, { number: 1, head: 'change' });
    const payload = eventPayload('pull_request', {
      repository: EXAMPLE_REPOSITORY,
      action: 'opened',
      number: 1,
      headSha: pull.head.sha,
      headRef: 'change',
    });
    const { after, again } = await twice('pull request', 'ml-pull-request.yml', { name: 'pull_request', payload }, 'refs/pull/1/merge');
    expect(after.comments).toBe(1);
    expect(again).toEqual(after);
  }, 300_000);

  it('the release: one version, one deployment per environment', async () => {
    const payload = eventPayload('push', { repository: EXAMPLE_REPOSITORY, headSha: example.mainSha });
    const { after, again } = await twice('release', 'ml-release.yml', { name: 'push', payload }, 'refs/heads/main');
    expect(after.releases).toEqual(['churn/v1']);
    expect(after.deployments).toBe(2);
    expect(again).toEqual(after);
  }, 300_000);

  it('the drifted week: one issue, one retraining dispatch', async () => {
    const { cpSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(example.repoDir, 'data/production'), { recursive: true });
    cpSync(join(example.repoDir, 'data/weeks/drifted.csv'), join(example.repoDir, 'data/production/week.csv'));
    const payload = eventPayload('schedule', { repository: EXAMPLE_REPOSITORY, cron: '0 6 * * 1' });
    const { after, again } = await twice('monitor (drifted week)', 'ml-monitor.yml', { name: 'schedule', payload }, 'refs/heads/main');
    expect(after.issues).toBe(1);
    expect(after.dispatches).toBe(1);
    expect(again).toEqual(after);
    expect(example.emulator.validationErrors).toEqual([]);
  }, 300_000);
});
