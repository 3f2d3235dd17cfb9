// The emulator's read-only web view: the html_url links the API returns open real pages, checked
// for escaping over HTTP and then in Debian's Chromium (headless), with screenshots.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Octokit } from '@octokit/rest';
import type { Browser, Page } from 'puppeteer-core';
import { noChromium as noChromiumOnThisMachine, openWatchedPage } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type GitHubEmulator, renderWebPage, startGitHubEmulator } from '../../emulator/index.js';
import { createRepo, emptyState } from '../../emulator/state.js';
import { html } from '../../emulator/web/html.js';
import { renderMarkdown } from '../../emulator/web/markdown.js';
import { xyChart } from '../../shared/report/mermaid.js';
import { MAIN_SHA, startSeeded } from './helpers.js';

const owner = 'octo';
const repo = 'models';
const SCREENSHOTS = fileURLToPath(new URL('../../test-output/web/', import.meta.url));

const octokitFor = (emu: GitHubEmulator) => new Octokit({ auth: 'ghs_emulated', baseUrl: emu.apiUrl });

async function get(url: string): Promise<{ status: number; type: string; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

const CHART = xyChart({
  title: 'AUC by candidate',
  xTitle: 'candidate',
  xLabels: ['champion', 'challenger', 'retrained'],
  yTitle: 'AUC',
  series: [
    { kind: 'bar', values: [0.81, 0.84, 0.86] },
    { kind: 'line', values: [0.8, 0.8, 0.8] },
  ],
})!;

const COMMENT = `## Evaluation: churn

| metric | champion | challenger |
| --- | ---: | ---: |
| auc | 0.812 | 0.843 |
| logloss | 0.401 | 0.377 |

- [x] data validated
- [ ] approved by a reviewer

<details><summary>Per-slice results</summary>

| slice | auc |
| --- | --- |
| region=eu | 0.851 |

</details>

${CHART}

\`\`\`json
{ "promote": true }
\`\`\`

Run log: https://example.com/runs/42
`;

const MODEL_CARD = `# churn v1

| field | value |
| --- | --- |
| framework | tfjs |
| auc | 0.843 |

Trained on \`data/churn.csv\`.
`;

describe('web view pages', () => {
  test('titles, labels, tags and asset names are escaped; GFM keeps <details> and filters <script>', () => {
    const state = emptyState();
    const repo = createRepo(state, 'octo/models', { sha: MAIN_SHA });
    const evil = '<script>alert(1)</script>';
    repo.labels.push({ id: 1, name: evil, color: '"><script>', description: null, default: false });
    repo.issues.push({
      id: 2,
      number: 1,
      title: evil,
      body: `<details><summary>more</summary>\n\n${evil}\n\n</details>\n\n\`\`\`mermaid\n</pre>${evil}\n\`\`\``,
      state: 'closed',
      stateReason: 'not_planned',
      labels: [evil],
      assignees: [evil],
      user: evil,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      closedAt: '2026-01-02T00:00:00Z',
      closedBy: evil,
      isPullRequest: false,
    });
    repo.releases.push({
      id: 3,
      tagName: `x/${evil}`,
      targetCommitish: evil,
      name: evil,
      body: null,
      draft: false,
      prerelease: true,
      makeLatest: 'true',
      author: evil,
      createdAt: '2026-01-01T00:00:00Z',
      publishedAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      untaggedId: 'abc',
    });
    repo.assets.push({
      id: 4,
      releaseId: 3,
      name: evil,
      label: evil,
      contentType: 'text/plain',
      size: 1,
      sha256: '0'.repeat(64),
      state: 'uploaded',
      downloadCount: 0,
      uploader: evil,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    });
    const issue = renderWebPage(state, '/octo/models/issues/1')!;
    const pages = [
      issue,
      renderWebPage(state, '/octo/models/issues')!,
      renderWebPage(state, '/octo/models/releases')!,
      renderWebPage(state, `/octo/models/releases/tag/x/${encodeURIComponent(evil)}`)!,
    ];
    for (const text of pages) {
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(text).not.toMatch(/<script>alert/);
      expect(text).not.toContain('"><script>');
    }
    expect(issue).toContain('<details><summary>more</summary>');
    expect(issue).toContain('<pre class="mermaid">&lt;/pre&gt;&lt;script&gt;');
    expect(issue).toContain('Closed as not planned');
    expect(renderWebPage(state, '/octo/models/issues/2')).toBeUndefined();
    expect(html`<a title="${evil}">${[evil, html`<b>ok</b>`]}</a>`.text).toBe(
      '<a title="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;<b>ok</b></a>',
    );
  });
});

describe('GitHub alerts', () => {
  test('a [!WARNING] blockquote renders as GitHub renders an alert; an ordinary quote stays a quote', () => {
    const { html: alert } = renderMarkdown('> [!WARNING]\n> No baseline to compare with.\n\n> just a quote');
    expect(String(alert)).toContain(
      '<blockquote class="markdown-alert markdown-alert-warning"><p class="markdown-alert-title">Warning</p><p>No baseline to compare with.',
    );
    expect(String(alert)).toContain('<blockquote>\n<p>just a quote');
  });
});

describe('web view over HTTP', () => {
  let emu: GitHubEmulator;
  beforeAll(async () => {
    emu = await startSeeded();
  });
  afterAll(async () => {
    await emu.close();
  });

  test('titles, labels and assignees are escaped; web pages are neither recorded nor validated', async () => {
    const octokit = octokitFor(emu);
    await octokit.rest.issues.createLabel({ owner, repo, name: '<script>alert("label")</script>', color: 'd73a4a' });
    const issue = (
      await octokit.rest.issues.create({
        owner,
        repo,
        title: '<script>alert("title")</script> & <b>bold</b>',
        labels: ['<script>alert("label")</script>'],
        body: 'a <script>alert("body")</script> body',
      })
    ).data;
    const before = emu.requests.length;
    for (const path of ['/octo/models/issues', `/octo/models/issues/${issue.number}`, '/']) {
      const page = await get(`${emu.serverUrl}${path}`);
      expect(page.status).toBe(200);
      expect(page.type).toBe('text/html; charset=utf-8');
      expect(page.text).not.toMatch(/<script>alert/);
      expect(page.text).not.toContain('<b>bold</b>');
    }
    const list = await get(`${emu.serverUrl}/octo/models/issues`);
    expect(list.text).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(list.text).toContain('&lt;script&gt;alert(&quot;label&quot;)&lt;/script&gt;');
    // GitHub's tag filter: raw HTML is kept, but <script> in a body is neutralised.
    const single = await get(`${emu.serverUrl}/octo/models/issues/${issue.number}`);
    expect(single.text).toContain('&lt;script>alert(&quot;body&quot;)&lt;/script>');
    expect(emu.requests.length).toBe(before);
    expect(emu.validationErrors).toEqual([]);
  });

  test('every html_url the API returns resolves; unknown pages are 404 HTML; unserved API routes are still recorded', async () => {
    const octokit = octokitFor(emu);
    emu.seedPullRequest('octo/models', { head: 'feature', title: 'A change' });
    const pull = (await octokit.rest.pulls.list({ owner, repo })).data[0];
    const comment = (await octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: 'hi' })).data;
    const issue = (await octokit.rest.issues.create({ owner, repo, title: 'An issue' })).data;
    const draft = (await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'price/v2', draft: true, name: 'draft' })).data;
    const release = (await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'price/v1', name: 'price v1' })).data;
    const repository = (await octokit.rest.repos.get({ owner, repo })).data;
    const commit = (await octokit.rest.repos.getCommit({ owner, repo, ref: MAIN_SHA })).data;
    for (const url of [
      pull.html_url,
      comment.html_url,
      issue.html_url,
      draft.html_url,
      release.html_url,
      repository.html_url,
      commit.html_url,
    ]) {
      const page = await get(url);
      expect([url, page.status]).toEqual([url, 200]);
    }
    expect(release.html_url).toBe(`${emu.serverUrl}/octo/models/releases/tag/price/v1`);
    expect((await get(`${emu.serverUrl}/octo/models/releases/tag/price/v1`)).text).toContain('price v1');
    expect((await get(draft.html_url)).text).toContain('Draft');

    const missing = await get(`${emu.serverUrl}/octo/models/pull/999`);
    expect(missing.status).toBe(404);
    expect(missing.type).toMatch(/^text\/html/);
    expect((await get(`${emu.serverUrl}/nobody/nothing`)).status).toBe(404);
    expect(emu.validationErrors).toEqual([]);

    const unserved = await fetch(`${emu.apiUrl}/repos/octo/models/branches`, { headers: { authorization: 'Bearer t' } });
    expect(unserved.status).toBe(404);
    expect(unserved.headers.get('content-type')).toMatch(/json/);
    expect(emu.validationErrors.map((e) => e.message)).toEqual(['route not served by the emulator: GET /repos/octo/models/branches']);
    emu.validationErrors.length = 0;
  });

  test('a browser following an API-shaped link gets an HTML 404, not a validation error', async () => {
    const response = await fetch(`${emu.serverUrl}/apps/github-actions`, { headers: { accept: 'text/html,application/xhtml+xml' } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(emu.validationErrors).toEqual([]);
  });

  test('a persisted state folder is served again after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emulator-web-'));
    try {
      const first = await startGitHubEmulator({ persistDir: dir });
      first.seedRepo('octo/saved', { sha: MAIN_SHA });
      await octokitFor(first).rest.issues.create({ owner, repo: 'saved', title: 'Kept across restarts' });
      await first.close();
      const viewer = await startGitHubEmulator({ persistDir: dir, port: 0 });
      try {
        expect((await get(`${viewer.serverUrl}/`)).text).toContain('octo/saved');
        expect((await get(`${viewer.serverUrl}/octo/saved/issues/1`)).text).toContain('Kept across restarts');
      } finally {
        await viewer.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('GHES: pages at the root, the API under /api/v3 untouched', async () => {
    const ghes = await startGitHubEmulator({ flavor: 'ghes-3.19' });
    try {
      ghes.seedRepo('octo/models', { sha: MAIN_SHA });
      const issue = (await octokitFor(ghes).rest.issues.create({ owner, repo, title: 'On GHES' })).data;
      expect(issue.html_url).toBe(`${ghes.serverUrl}/octo/models/issues/${issue.number}`);
      expect((await get(issue.html_url)).text).toContain('On GHES');
      expect((await get(`${ghes.serverUrl}/`)).text).toContain('octo/models');
      const unserved = await fetch(`${ghes.apiUrl}/octo/models`, { headers: { authorization: 'Bearer t' } });
      expect(unserved.status).toBe(404);
      expect(ghes.validationErrors).toHaveLength(1);
    } finally {
      await ghes.close();
    }
  });
});

const noChromium = noChromiumOnThisMachine();

describe.skipIf(noChromium)('web view in Chromium', () => {
  let emu: GitHubEmulator;
  let browser: Browser;
  let page: Page;
  let problems: string[] = [];
  let requested: string[] = [];
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    emu = await startSeeded();
    const octokit = octokitFor(emu);
    emu.seedPullRequest('octo/models', { head: 'train/churn', title: 'Train churn' });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: 1, body: COMMENT });

    const release = (
      await octokit.rest.repos.createRelease({ owner, repo, tag_name: 'churn/v1', name: 'churn v1', body: MODEL_CARD, draft: true })
    ).data;
    await octokit.rest.repos.uploadReleaseAsset({
      owner,
      repo,
      release_id: release.id,
      name: 'model.tgz',
      data: 'weights'.repeat(300),
      baseUrl: emu.uploadUrl,
      headers: { 'content-type': 'application/gzip' },
    });
    const published = (await octokit.rest.repos.updateRelease({ owner, repo, release_id: release.id, draft: false })).data;

    const deployment = (
      await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: 'main',
        environment: 'staging',
        required_contexts: [],
        auto_merge: false,
      })
    ).data as { id: number };
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: deployment.id,
      state: 'in_progress',
      description: 'rolling out',
    });
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: deployment.id,
      state: 'success',
      description: 'churn v1 serving',
      environment_url: 'https://staging.example.com/churn',
      log_url: 'https://ci.example.com/runs/7',
    });

    await octokit.rest.issues.createLabel({ owner, repo, name: 'drift', color: 'fbca04' });
    const issue = (
      await octokit.rest.issues.create({
        owner,
        repo,
        title: 'Drift on churn',
        labels: ['drift'],
        assignees: ['octo'],
        body: 'PSI **0.31**',
      })
    ).data;
    await octokit.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'Retrained in #1.' });
    await octokit.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });

    await octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: 'retrain.yml', ref: 'main', inputs: { model: 'churn' } });

    Object.assign(pages, {
      home: '/',
      repo: '/octo/models',
      pulls: '/octo/models/pulls',
      pull: '/octo/models/pull/1',
      releases: '/octo/models/releases',
      release: new URL(published.html_url).pathname,
      deployments: '/octo/models/deployments',
      issues: '/octo/models/issues',
      issue: `/octo/models/issues/${issue.number}`,
      actions: '/octo/models/actions',
    });

    ({ browser, page } = await openWatchedPage().then((watched) => {
      problems = watched.problems;
      requested = watched.requested;
      return watched;
    }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await emu?.close();
  });

  async function visit(name: string): Promise<void> {
    const response = await page.goto(`${emu.serverUrl}${pages[name]}`, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
  }

  async function shoot(name: string): Promise<void> {
    await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
  }

  // textContent, not innerText: the table inside a closed <details> has no rendered text.
  const text = (selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => (n.textContent ?? '').replace(/\s+/g, ' ').trim()));

  test('pull request: GFM table, task list, details and a mermaid chart drawn as SVG', async () => {
    await visit('pull');
    await page.waitForSelector('body[data-mermaid]', { timeout: 20_000 });
    expect(await page.$eval('body', (b) => b.getAttribute('data-mermaid'))).toBe('done');
    const cells = await text('.markdown-body table td');
    expect(cells).toEqual(expect.arrayContaining(['auc', '0.812', '0.843', 'logloss', '0.377', 'region=eu', '0.851']));
    expect(await page.$$eval('.markdown-body input[type=checkbox]', (boxes) => boxes.map((b) => (b as HTMLInputElement).checked))).toEqual([
      true,
      false,
    ]);
    expect(await text('.markdown-body details summary')).toEqual(['Per-slice results']);
    expect(await page.$eval('.markdown-body a[href="https://example.com/runs/42"]', (a) => a.textContent)).toBe(
      'https://example.com/runs/42',
    );
    expect(await text('.markdown-body pre code.language-json')).toEqual(['{ "promote": true }']);
    const chart = await page.$eval('pre.mermaid', (pre) => ({
      svg: pre.querySelector('svg') !== null,
      text: pre.querySelector('svg')?.textContent ?? '',
      bars: pre.querySelectorAll('svg rect').length,
    }));
    expect(chart.svg).toBe(true);
    expect(chart.text).toContain('AUC by candidate');
    expect(chart.text).toContain('challenger');
    expect(chart.bars).toBeGreaterThanOrEqual(3);
    await shoot('pull');
  });

  test('release: model card and the asset with size, digest and a working download link', async () => {
    await visit('releases');
    expect(await text('.release h2')).toEqual(['churn v1']);
    await shoot('releases');
    await visit('release');
    expect(pages.release).toBe('/octo/models/releases/tag/churn/v1');
    expect(await text('.release-body td')).toEqual(['framework', 'tfjs', 'auc', '0.843']);
    expect(await text('.release .state')).toEqual(['Latest']);
    const asset = await page.$eval('a.asset-link', (a) => ({ name: a.textContent, href: (a as HTMLAnchorElement).href }));
    expect(asset).toEqual({ name: 'model.tgz', href: `${emu.serverUrl}/octo/models/releases/download/churn/v1/model.tgz` });
    expect(await page.$eval('table.assets', (t) => t.textContent)).toMatch(/2\.1 KB[\s\S]*sha256:[0-9a-f]{64}/);
    const download = await fetch(asset.href);
    expect(download.status).toBe(200);
    expect((await download.text()).length).toBe(2100);
    await shoot('release');
  });

  test('deployments: statuses newest first, the active one marked', async () => {
    await visit('deployments');
    expect(await page.$$eval('tr.deployment-status', (rows) => rows.map((r) => r.getAttribute('data-state')))).toEqual([
      'success',
      'in_progress',
    ]);
    expect(await text('tr.deployment-status td:nth-child(2)')).toEqual(['churn v1 serving', 'rolling out']);
    expect(await page.$$eval('li.deployment[data-active="true"]', (items) => items.length)).toBe(1);
    expect(await page.$eval('tr.deployment-status a[href="https://staging.example.com/churn"]', (a) => a.textContent)).toBe(
      'https://staging.example.com/churn',
    );
    expect(await text('section.environment .box-header')).toEqual([expect.stringMatching(/^staging · active: deployment \d+$/)]);
    await shoot('deployments');
  });

  test('issues: closed as completed, label, assignee, rendered body and comment', async () => {
    await visit('issues');
    expect(await text('li.issue-row .state')).toEqual(['Closed as completed']);
    await shoot('issues');
    await visit('issue');
    expect(await text('.issue-state .state')).toEqual(['Closed as completed']);
    expect(await text('.labels .label')).toEqual(['drift']);
    expect(await text('.assignees')).toEqual(['octo']);
    expect(await text('.comment .markdown-body strong')).toEqual(['0.31']);
    expect(await text('.comment .markdown-body p')).toContain('Retrained in #1.');
    await shoot('issue');
  });

  test('overview, lists and workflow dispatches', async () => {
    await visit('home');
    expect(await text('ul.list a strong')).toEqual(['octo/models']);
    await shoot('home');
    await visit('repo');
    expect(await text('nav.tabs a')).toEqual(['Code', 'Issues 0', 'Pull requests 1', 'Actions', 'Releases 1', 'Deployments 1']);
    await shoot('repo');
    await visit('pulls');
    expect(await text('li.issue-row a strong')).toEqual(['Train churn']);
    await shoot('pulls');
    await visit('actions');
    expect(await text('tr.dispatch td:first-child')).toEqual(['retrain.yml']);
    expect(await text('table.inputs td')).toEqual(['churn']);
    await shoot('actions');
  });

  test('no console errors, page errors or failed requests, and nothing left loopback', () => {
    expect(problems).toEqual([]);
    const outside = requested.filter((url) => !url.startsWith(`${emu.serverUrl}/`) && !url.startsWith('data:'));
    expect(outside).toEqual([]);
    expect(requested.filter((url) => url.endsWith('/-/assets/mermaid.min.js')).length).toBeGreaterThan(0);
    expect(emu.validationErrors).toEqual([]);
  });
});
