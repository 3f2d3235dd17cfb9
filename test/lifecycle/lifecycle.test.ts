// The end-to-end test of the workflows themselves: the example repository's workflow files
// (examples/churn/.github/workflows) run job by job and step by step through local/'s runner,
// calling the reusable workflows in .github/workflows/ and the actions' committed bundles, with
// every `${{ }}` evaluated by GitHub's expression engine and every job's token limited to its
// `permissions:` (the emulator refuses anything more). Run once against api.github.com's
// description and once as GitHub Enterprise Server 3.19 (API under /api/v3, uploads under
// /api/uploads); then the real pages in Debian's Chromium, with screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RepoState } from '../../emulator/types.js';
import { repoRoot } from '../../local/action-runner.js';
import { choosePort, type LifecycleResult, runLifecycle } from '../../local/lifecycle.js';
import { noChromium, openWatchedPage, type WatchedPage } from '../support/browser.js';

const SCREENSHOTS = fileURLToPath(new URL('../../test-output/lifecycle/', import.meta.url));

/** Alias → version, from the registry's alias tags (`refs/tags/churn@production/000001.v1.…`). */
function aliases(repo: RepoState): Record<string, number> {
  const current: Record<string, { seq: number; version: number }> = {};
  for (const ref of Object.keys(repo.refs)) {
    const match = /^refs\/tags\/churn@([\w-]+)\/(\d+)\.v(\d+)\./.exec(ref);
    if (!match) continue;
    const [, alias, seq, version] = match;
    if (!current[alias] || Number(seq) > current[alias].seq) current[alias] = { seq: Number(seq), version: Number(version) };
  }
  return Object.fromEntries(Object.entries(current).map(([alias, { version }]) => [alias, version]));
}

for (const flavor of ['api.github.com', 'ghes-3.19'] as const) {
  describe(`the example's lifecycle through its workflow files (${flavor})`, () => {
    let result: LifecycleResult;
    let repo: RepoState;
    const log: string[] = [];

    beforeAll(async () => {
      result = await runLifecycle({
        outDir: join(repoRoot, '.tmp', `lifecycle-${flavor}`),
        flavor,
        stagingPort: await choosePort(),
        productionPort: await choosePort(),
        log: (line) => log.push(line),
      });
      repo = Object.values(result.emulator.state.repos)[0];
    }, 900_000);

    afterAll(async () => result?.close());

    it('runs every stage green, with nothing GitHub would reject and no token in any log', () => {
      const stages = result.stages.map((stage) => `${stage.name}: ${stage.run.conclusion}`);
      expect(stages, log.join('\n')).toEqual([
        'pull request: success',
        'release: success',
        'monitor (drifted week): success',
        'retrain (dispatched by the drift issue): success',
        'monitor (clean week): success',
        'promote v2 (release workflow, run by a person): success',
      ]);
      expect(result.emulator.validationErrors).toEqual([]);
      // Every job's token carried only its workflow's `permissions:`: none was refused.
      expect(result.emulator.requests.filter((request) => request.status === 403 || request.status === 401)).toEqual([]);
      const steps = result.stages.flatMap((stage) => stage.run.jobs.flatMap((job) => job.steps));
      for (const step of steps) {
        expect(step.run?.tokenLeaked ?? false, step.name).toBe(false);
        expect(step.run?.leakedSecrets ?? [], step.name).toEqual([]);
      }
      if (flavor === 'ghes-3.19') {
        expect(result.emulator.apiUrl).toMatch(/\/api\/v3$/);
        expect(result.emulator.requests.some((request) => new URL(request.url).pathname.startsWith('/api/uploads/'))).toBe(true);
      }
    });

    it('ran the jobs GitHub would, in order, with skipped steps only where the workflow says', () => {
      const jobs = result.stages.map((stage) => stage.run.jobs.map((job) => `${job.path}:${job.result}`));
      expect(jobs).toEqual([
        ['ml/validate:success', 'ml/train:success', 'ml/evaluate:success'],
        [
          'release/train:success',
          'release/evaluate:success',
          'release/register:success',
          'release/staging:success',
          'release/production:success',
        ],
        ['monitor/monitor:success', 'monitor/issue:success'],
        ['retrain/train:success', 'retrain/evaluate:success', 'retrain/register:success', 'retrain/report:success'],
        ['monitor/monitor:success', 'monitor/issue:success'],
        // Promoting a registered version trains nothing: the release workflow skips to staging.
        [
          'release/train:skipped',
          'release/evaluate:skipped',
          'release/register:skipped',
          'release/staging:success',
          'release/production:success',
        ],
      ]);
      const release = result.stages[1].run.jobs;
      expect(release.find((job) => job.path === 'release/production')?.environment).toBe('production');
      expect(release.find((job) => job.path === 'release/staging')?.environment).toBe('staging');
      expect(release[0].runsOn).toEqual(['self-hosted', 'linux', 'gpu']);
    });

    it("reports each run to the local GitHub's Actions tab, with no token in what it keeps", () => {
      const runs = repo.workflowRuns ?? [];
      expect(runs.map((run) => `${run.name}#${run.id}:${run.conclusion}`)).toEqual(
        result.stages.map((stage) => `${stage.run.name}#${stage.run.runId}:success`),
      );
      const release = runs.find((run) => run.id === result.stages[1].run.runId)!;
      expect(release.jobs.map((job) => job.name)).toEqual([
        'release/train',
        'release/evaluate',
        'release/register',
        'release/staging',
        'release/production',
      ]);
      const register = release.jobs[2].steps.find((step) => step.name.includes('register'))!;
      expect(register.log).toMatch(/churn\/v1/);
      const persisted = readFileSync(join(repoRoot, '.tmp', `lifecycle-${flavor}`, 'github', 'state.json'), 'utf8');
      expect(persisted).not.toMatch(/ghs_local/);
    });

    it('the pull request has one sticky comment: the metric table and its chart', () => {
      const comments = repo.comments.filter((comment) => comment.issueNumber === 1);
      expect(comments).toHaveLength(1);
      expect(comments[0].body).toMatch(/^<!-- mlops-actions:comment:default -->/);
      expect(comments[0].body).toContain('Model evaluation: churn');
      expect(comments[0].body).toContain('```mermaid');
      expect(comments[0].body).toContain('> [!NOTE]\n> The first version of `churn`: nothing is registered yet to compare with');
      // The first version has no production to compare with: the baseline gate is skipped, the fixed one applies.
      const evaluate = result.stages[0].run.jobs[2].steps.find((step) => step.name.includes('evaluate'));
      expect(evaluate?.run?.annotations.map((a) => a.message).join('\n')).toContain('has no registered version yet, so this is its first');
    });

    it('registered v1 (release) and v2 (retraining); v2 went live only when a person ran the release workflow for it', () => {
      const published = repo.releases.filter((release) => !release.draft).map((release) => release.tagName);
      expect(published.sort()).toEqual(['churn/v1', 'churn/v2']);
      for (const release of repo.releases) expect(repo.assets.filter((asset) => asset.releaseId === release.id).length).toBeGreaterThan(0);
      expect(result.stages[1].run.outputs.release).toMatchObject({ version: '1' });
      expect(result.stages[3].run.outputs.retrain).toMatchObject({ version: '2' });
      expect(result.stages[5].run.outputs.release).toMatchObject({ version: '2' });
      // The alias log: v1 to staging and production by the release, nothing by the retraining, then v2 by the promotion.
      const moves = Object.keys(repo.refs)
        .map((ref) => /^refs\/tags\/churn@([\w-]+)\/(\d+)\.v(\d+)\./.exec(ref))
        .filter((match) => match !== null)
        .sort((a, b) => Number(a[2]) - Number(b[2]) || a[1].localeCompare(b[1]))
        .map((match) => `${match[1]}→v${match[3]}`);
      expect(moves.sort()).toEqual(['production→v1', 'production→v2', 'staging→v1', 'staging→v2']);
      expect(aliases(repo)).toEqual({ staging: 2, production: 2 });
    });

    it('deployed to staging, then production, twice; each latest status successful with the service address, the earlier ones inactive', () => {
      const environments = repo.deployments.map((deployment) => deployment.environment);
      expect(environments).toEqual(['staging', 'production', 'staging', 'production']);
      const latest = (id: number) => repo.deploymentStatuses.filter((status) => status.deploymentId === id).at(-1);
      for (const deployment of repo.deployments.slice(2)) {
        expect(latest(deployment.id)?.state).toBe('success');
        expect(latest(deployment.id)?.environmentUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+/);
      }
      for (const deployment of repo.deployments.slice(0, 2)) expect(latest(deployment.id)?.state).toBe('inactive');
      expect(result.productionUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    });

    it('the drifted week opened one issue and dispatched retraining once; the retraining reported on it; the clean week closed it', () => {
      const issues = repo.issues.filter((issue) => !issue.isPullRequest);
      expect(issues).toHaveLength(1);
      const [issue] = issues;
      expect(issue.title).toContain('churn');
      expect(issue.labels).toContain('drift');
      expect(issue.state).toBe('closed');
      expect(issue.stateReason).toBe('completed');
      expect(repo.dispatches).toHaveLength(1);
      expect(repo.dispatches[0]).toMatchObject({ workflowId: 'retrain.yml', ref: 'main' });
      expect(String(repo.dispatches[0].inputs['issue-number'])).toBe(String(issue.number));
      const comments = repo.comments.filter((comment) => comment.issueNumber === issue.number).map((comment) => comment.body);
      expect(comments.some((body) => body.includes('Retrained **churn**') && body.includes('v2'))).toBe(true);
      expect(comments.length).toBeGreaterThanOrEqual(2);
    });

    if (flavor === 'api.github.com') {
      describe('the pages a person looks at, in Chromium', () => {
        let watched: WatchedPage;
        const skip = noChromium();

        beforeAll(async () => {
          if (skip) return;
          watched = await openWatchedPage();
          mkdirSync(SCREENSHOTS, { recursive: true });
        });
        afterAll(async () => watched?.browser.close());

        it.skipIf(skip)(
          'render the pull request (with its charts), the releases, the deployments and the issue with no error',
          async () => {
            const base = `${result.emulator.serverUrl}/${result.repository}`;
            const issue = repo.issues.find((each) => !each.isPullRequest)!;
            const pages = {
              'pull-request': `${base}/pull/1`,
              releases: `${base}/releases`,
              'release-v1': `${base}/releases/tag/churn/v1`,
              deployments: `${base}/deployments`,
              'drift-issue': `${base}/issues/${issue.number}`,
              actions: `${base}/actions`,
              'release-run': `${base}/actions/runs/${result.stages[1].run.runId}`,
            };
            for (const [name, url] of Object.entries(pages)) {
              const response = await watched.page.goto(url, { waitUntil: 'load' });
              expect(response?.status(), url).toBe(200);
              if (name === 'pull-request' || name === 'drift-issue') {
                await watched.page.waitForFunction(
                  () => [...document.querySelectorAll('pre.mermaid')].every((pre) => pre.querySelector('svg')),
                  {
                    timeout: 20_000,
                  },
                );
              }
              await watched.page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
            }
            await watched.page.goto(pages['pull-request'], { waitUntil: 'load' });
            await watched.page.waitForFunction(() => document.querySelectorAll('pre.mermaid svg').length > 0, { timeout: 20_000 });
            const charts = await watched.page.$$eval('pre.mermaid svg', (nodes) => nodes.length);
            expect(charts).toBeGreaterThan(0);
            expect(watched.problems).toEqual([]);
            expect(watched.requested.filter((url) => !url.startsWith(`${result.emulator.serverUrl}/`) && !url.startsWith('data:'))).toEqual(
              [],
            );
          },
          120_000,
        );
      });
    }
  });
}
