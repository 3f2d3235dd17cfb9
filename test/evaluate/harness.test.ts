import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startGitHubEmulator } from '../../emulator/index.js';
import type { GitHubEmulator } from '../../emulator/types.js';
import { createGitHubClient } from '../../shared/github/client.js';
import { registerModel } from '../../shared/registry/register.js';
import { runAction } from '../harness/runner.js';
import { renderGfm } from '../support/gfm.js';
import { onnxChurnPackage, trainChurnPackage, workspace } from './helpers.js';

// The committed evaluate bundle (dist/, built by `npm run build`) under Node 24 as the runner
// starts it, against the GitHub emulator in strict validation.
const REPOSITORY = 'octo-org/model-repo';
const [OWNER, REPO] = REPOSITORY.split('/');
const SHA = 'a'.repeat(40);
const TOKEN = 'ghs_evaluateHarnessToken00000000000000';
const PR = 7;
let gh: GitHubEmulator;
let ws: string;

beforeAll(async () => {
  // One workspace with two real packages: a tfjs candidate and the ONNX model as a local baseline.
  ws = workspace('mlops-evaluate-harness-');
  await trainChurnPackage(ws);
  await trainChurnPackage(ws, { outputDir: 'mlops-out/model-b', hidden: [4], exclude: ['age'] });
  await onnxChurnPackage(ws, 'mlops-out/baseline');
}, 60_000);

afterEach(async () => {
  expect(gh.validationErrors).toEqual([]);
  await gh.close();
});

async function start(): Promise<GitHubEmulator> {
  gh = await startGitHubEmulator({
    validate: 'strict',
    tokens: { [TOKEN]: { permissions: { contents: 'write', pull_requests: 'write', metadata: 'read' } } },
  });
  gh.seedRepo(REPOSITORY, { sha: SHA });
  gh.seedPullRequest(REPOSITORY, { number: PR, head: 'model-change' });
  return gh;
}

function evaluate(inputs: Record<string, string>, options: { event?: 'pull_request' | 'push'; runId?: number } = {}) {
  return runAction({
    action: 'evaluate',
    with: { 'model-dir': 'mlops-out/model', data: 'data/eval.csv', baseline: 'mlops-out/baseline', bootstrap: '200', ...inputs },
    event: options.event === 'push' ? { name: 'push' } : { name: 'pull_request', number: PR },
    apiUrl: gh.apiUrl,
    token: TOKEN,
    repository: REPOSITORY,
    sha: SHA,
    runId: options.runId ?? 1001,
    workspace: ws,
    env: { MLOPS_GITHUB_WRITE_SPACING_MS: '0' },
    timeoutMs: 60_000,
  });
}

const comments = () => gh.state.repos[REPOSITORY]!.comments.filter((c) => c.issueNumber === PR);

describe('evaluate bundle under the runner harness', () => {
  test('a pull_request run creates the comment; a run with other metrics edits it; re-runs and faults leave exactly one', async () => {
    await start();
    const first = await evaluate({ gates: 'accuracy: ">= 0.5"\nroc_auc: ">= baseline - 0.2"' });
    expect(first.exitCode, first.log + first.stderr).toBe(0);
    expect(first.outputs.passed).toBe('true');
    expect(first.outputs.report).toBe('mlops-out/evaluation.md');
    expect(first.outputs['report-json']).toBe('mlops-out/evaluation.json');
    expect(JSON.parse(first.outputs.metrics).accuracy).toBeGreaterThan(0.5);
    expect(JSON.parse(first.outputs['baseline-metrics']).accuracy).toBeCloseTo(0.778, 12);
    expect(first.tokenLeaked).toBe(false);
    expect(comments()).toHaveLength(1);
    const comment = { ...comments()[0] };
    expect(first.outputs['comment-url']).toContain(`#issuecomment-${comment.id}`);
    expect(comment.body).toMatch(/^<!-- mlops-actions:comment:default -->/);
    expect(comment.body).toContain('## ✅ Model evaluation: churn: all 2 gates passed');
    expect(comment.body).toContain('| Metric | Baseline | Candidate | Δ | 95% interval of Δ | Verdict |');
    // The same report in the job summary and the markdown file; the JSON has the verdicts.
    expect(first.summary).toContain('| Metric | Baseline | Candidate | Δ |');
    expect(readFileSync(join(ws, 'mlops-out/evaluation.md'), 'utf8')).toBe(`${first.summary.trim()}\n`);
    const json = JSON.parse(readFileSync(join(ws, 'mlops-out/evaluation.json'), 'utf8'));
    expect(json).toMatchObject({
      passed: true,
      baseline: { ref: 'mlops-out/baseline', resolved: true },
      run: { pullRequest: PR, commit: SHA },
    });
    expect(json.comparison.find((m: { metric: string }) => m.metric === 'accuracy').verdict).toMatch(/better|worse|within noise/);

    // Another candidate: other metrics, the same comment edited in place.
    const second = await evaluate({ 'model-dir': 'mlops-out/model-b' }, { runId: 1002 });
    expect(second.exitCode, second.log).toBe(0);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].id).toBe(comment.id);
    expect(comments()[0].body).not.toBe(comment.body);
    expect(comments()[0].body).toContain('## 📊 Model evaluation: churn');
    expect(second.outputs['comment-url']).toBe(first.outputs['comment-url']);

    // A re-run of the same evaluation changes nothing.
    const writes = () => gh.requests.filter((r) => r.method !== 'GET' && /comments/.test(r.url)).length;
    const before = writes();
    const rerun = await evaluate({ 'model-dir': 'mlops-out/model-b' }, { runId: 1002 });
    expect(rerun.exitCode).toBe(0);
    expect(writes()).toBe(before);
    expect(rerun.log).toContain('Kept (unchanged) the evaluation comment');

    // Faults on the comment routes: a 502 on listing, a secondary rate limit on the edit.
    gh.faults.inject({
      kind: 'status',
      status: 502,
      times: 1,
      method: 'GET',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    });
    gh.faults.inject({
      kind: 'secondary-rate-limit',
      retryAfter: 1,
      times: 1,
      method: 'PATCH',
      route: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
    });
    const faulty = await evaluate({}, { runId: 1003 });
    expect(faulty.exitCode, faulty.log).toBe(0);
    expect(gh.requests.filter((r) => r.fault).length).toBe(2);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('Candidate `churn` (tfjs) against the baseline `mlops-out/baseline`');

    // A second comment-key is a second sticky comment; the first stays.
    const other = await evaluate({ 'comment-key': 'onnx-model', 'model-dir': 'mlops-out/baseline', baseline: 'none' }, { runId: 1004 });
    expect(other.exitCode, other.log).toBe(0);
    expect(comments()).toHaveLength(2);
    expect(
      comments()
        .map((c) => c.body.split('\n')[0])
        .sort(),
    ).toEqual(['<!-- mlops-actions:comment:default -->', '<!-- mlops-actions:comment:onnx-model -->']);
    expect(renderGfm(comments()[1].body)).toMatch(/<th align="right">Candidate<\/th>/);
  }, 120_000);

  test('explain: the comment shows the SHAP importance chart and the explained errors, the CSV sits next to the JSON, under the limit', async () => {
    await start();
    const result = await evaluate({ explain: 'true', 'explain-rows': '200', 'explain-background': '50' }, { runId: 1101 });
    expect(result.exitCode, result.log + result.stderr).toBe(0);
    const body = comments()[0].body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('### Why the model decides: feature attributions');
    expect(body).toContain('title "Mean absolute SHAP value, log-odds of churned = 1"');
    expect(body).toContain('Most confident errors, explained (5)');
    expect(body).toContain('**What changed against the baseline:**');
    const html = renderGfm(body);
    expect(html).toContain('<summary>Most confident errors, explained (5)</summary>');
    const json = JSON.parse(readFileSync(join(ws, 'mlops-out/evaluation.json'), 'utf8'));
    expect(json.explanations.candidate.method).toBe('kernel');
    expect(json.explanations.rows).toBe(200);
    const csv = readFileSync(join(ws, 'mlops-out/evaluation.shap.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(201);
    for (const line of csv.slice(1)) {
      const cells = line.split(',');
      const values = cells.slice(1, -2).map(Number);
      const [expected, prediction] = cells.slice(-2).map(Number);
      expect(Math.abs(values.reduce((a, b) => a + b, 0) - (prediction - expected))).toBeLessThan(1e-6);
    }
  }, 60_000);

  test('explanations, robustness and leakage: the comment shows the importance chart, the robustness table and the leakage verdict; robustness gates pass or fail', async () => {
    await start();
    const result = await evaluate(
      {
        explain: 'true',
        'explain-rows': '100',
        robustness: 'noise: [0.05, 0.1, 0.2]\nmissing: [0.1]\nswap: [0.1]',
        'training-data': 'data/train.csv',
        gates: 'robustness.noise-0.1.accuracy: ">= 0.5"\nrobustness.swap-0.1.roc_auc: ">= baseline - 0.5"',
      },
      { runId: 1201 },
    );
    expect(result.exitCode, result.log + result.stderr).toBe(0);
    const body = comments()[0].body;
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('### Why the model decides: feature attributions');
    expect(body).toMatch(/xychart-beta horizontal\n {4}title "Mean absolute SHAP value/);
    expect(body).toContain('### Robustness under perturbation');
    expect(body).toContain('| Perturbation | Cells changed | Accuracy: candidate | Accuracy: baseline |');
    for (const name of ['noise-0.05', 'noise-0.1', 'noise-0.2', 'missing-0.1', 'swap-0.1']) expect(body).toContain(`\`${name}\``);
    expect(body).toContain('### Can the evaluation be trusted?');
    expect(body).toMatch(/Adversarial validation: ROC AUC \*\*0\.\d+\*\*/);
    expect(body).toContain('- Overlap: no evaluation row repeats a training row.');
    expect(body).toContain('`robustness.noise-0.1.accuracy`');
    const json = JSON.parse(readFileSync(join(ws, 'mlops-out/evaluation.json'), 'utf8'));
    expect(json.robustness.results.map((r: { name: string }) => r.name)).toEqual([
      'noise-0.05',
      'noise-0.1',
      'noise-0.2',
      'missing-0.1',
      'swap-0.1',
    ]);
    const noise = json.robustness.results[1];
    expect(noise.candidate.change.accuracy.value).toBeCloseTo(
      noise.candidate.metrics.accuracy - json.robustness.clean.candidate.accuracy,
      12,
    );
    expect(noise.candidate.change.accuracy.interval.low).toBeLessThanOrEqual(noise.candidate.change.accuracy.interval.high);
    expect(noise.baseline.metrics.accuracy).toBeGreaterThan(0);
    expect(json.robustness.clean.candidate.accuracy).toBeCloseTo(json.metrics.accuracy, 12);
    expect(json.leakage.adversarial.auc).toBeLessThan(0.7);
    expect(json.leakage.overlap.rows).toBe(0);
    expect(json.gates.map((g: { metric: string }) => g.metric)).toEqual(['robustness.noise-0.1.accuracy', 'robustness.swap-0.1.roc_auc']);
    expect(json.gates[0].actual).toBe(noise.candidate.all.accuracy);

    // Evaluating on the training data itself: the overlap warning, in the comment and as an annotation.
    const leaky = await evaluate({ data: 'data/train.csv', 'training-data': 'data/train.csv' }, { runId: 1202 });
    expect(leaky.exitCode, leaky.log + leaky.stderr).toBe(0);
    expect(comments()[0].body).toMatch(/> \*\*4,000 evaluation rows\*\* \(100%\) also appear in the training data/);
    expect(leaky.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/4000 evaluation row\(s\) also appear/) }),
    );

    // Bad input fails before anything is posted: a gate on a perturbation that does not run, a non-numeric level.
    const before = comments()[0].body;
    const requests = gh.requests.length;
    const bad = await evaluate({ robustness: 'noise: [0.1]', gates: 'robustness.noise-0.2.accuracy: ">= 0.8"' }, { runId: 1203 });
    expect(bad.exitCode).toBe(1);
    expect(bad.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('names the robustness perturbation noise-0.2, which does not run'),
      }),
    );
    const level = await evaluate({ robustness: 'noise: [0.1, high]' }, { runId: 1204 });
    expect(level.exitCode).toBe(1);
    expect(level.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining('the noise level "high" is not a number') }),
    );
    expect(comments()[0].body).toBe(before);
    expect(gh.requests.length).toBe(requests);
  }, 120_000);

  test('a racing duplicate left by another run is removed; a 5xx on creating the comment does not duplicate it', async () => {
    await start();
    gh.faults.inject({
      kind: 'status',
      status: 503,
      times: 1,
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    });
    const first = await evaluate({}, { runId: 2001 });
    expect(first.exitCode, first.log).toBe(0);
    expect(gh.requests.filter((r) => r.fault)).toHaveLength(1);
    expect(comments()).toHaveLength(1);
    // Simulate a second run that created its own comment at the same moment.
    const client = createGitHubClient({ token: TOKEN, apiUrl: gh.apiUrl, writeSpacingMs: 0 });
    await client.rest.issues.createComment({ owner: OWNER, repo: REPO, issue_number: PR, body: comments()[0].body });
    expect(comments()).toHaveLength(2);
    const next = await evaluate({ 'model-dir': 'mlops-out/model-b' }, { runId: 2002 });
    expect(next.exitCode, next.log).toBe(0);
    expect(comments()).toHaveLength(1);
  }, 60_000);

  test('a failing gate fails the step after the comment shows why; a push event posts no comment', async () => {
    await start();
    const failing = await evaluate({ gates: 'accuracy: ">= 0.99"' });
    expect(failing.exitCode).toBe(1);
    expect(failing.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(/^evaluate: 1 of 1 gate failed: accuracy >= 0\.99 \(candidate 0\.\d+, threshold 0\.99\)/),
      }),
    );
    expect(failing.log).not.toMatch(/\n\s+at /);
    expect(comments()).toHaveLength(1);
    expect(comments()[0].body).toContain('## ❌ Model evaluation: churn: 1 of 1 gate failed');
    expect(JSON.parse(readFileSync(join(ws, 'mlops-out/evaluation.json'), 'utf8')).passed).toBe(false);
    // The verdict fails the step, but the outputs are set for `if: always()` steps.
    expect(failing.outputs).toMatchObject({ passed: 'false', 'report-json': 'mlops-out/evaluation.json' });
    expect(failing.outputs['comment-url']).toContain('#issuecomment-');

    const push = await evaluate({}, { event: 'push', runId: 3001 });
    expect(push.exitCode, push.log).toBe(0);
    expect(push.outputs['comment-url']).toBe('');
    expect(push.summary).toContain('Model evaluation');
    expect(comments()).toHaveLength(1);
  }, 60_000);

  test('bad input fails before anything is posted', async () => {
    await start();
    const text = readFileSync(join(ws, 'data/eval.csv'), 'utf8').split('\n');
    text[5] = text[5].replace(/,[01]$/, ',yes');
    writeFileSync(join(ws, 'data/bad.csv'), text.join('\n'));
    const badLabels = await evaluate({ data: 'data/bad.csv' });
    expect(badLabels.exitCode).toBe(1);
    expect(badLabels.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('data/bad.csv: the target column "churned" has label "yes" (1 row, first at data/bad.csv:6)'),
      }),
    );
    const badGate = await evaluate({ gates: 'acuracy: ">= 0.8"' });
    expect(badGate.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('gate "acuracy": unknown metric (did you mean "accuracy"?)'),
      }),
    );
    // With nothing registered under the name, the candidate is the first version: the baseline
    // gate does not apply and says so. Once a version exists, a missing alias fails the gate.
    const firstVersion = await evaluate({ baseline: 'churn@production', gates: 'f1: ">= baseline - 0.01"', comment: 'never' });
    expect(firstVersion.exitCode, firstVersion.log).toBe(0);
    expect(firstVersion.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringContaining(
          'churn has no registered version yet, so this is its first: the gate "f1: >= baseline - 0.01" compares with churn@production and is skipped.',
        ),
      }),
    );
    gh.state.repos[REPOSITORY]!.refs['refs/tags/churn/v1'] = SHA;
    const needsBaseline = await evaluate({ baseline: 'churn@production', gates: 'f1: ">= baseline - 0.01"' });
    expect(needsBaseline.exitCode).toBe(1);
    expect(needsBaseline.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringMatching(
          /input "baseline": churn@production cannot be used as the baseline \(.*alias churn@production does not exist/,
        ),
      }),
    );
    const badExplain = await evaluate({ explain: 'tenure' });
    expect(badExplain.exitCode).toBe(1);
    expect(badExplain.annotations).toContainEqual(
      expect.objectContaining({
        level: 'error',
        message: expect.stringContaining('input "explain": the model has no feature "tenure" (did you mean "tenure_months"?)'),
      }),
    );
    for (const run of [badLabels, badGate, firstVersion, needsBaseline, badExplain]) expect(run.log).not.toMatch(/\n\s+at /);
    expect(comments()).toHaveLength(0);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
  }, 60_000);

  test('the default baseline is the registered production version', async () => {
    await start();
    const client = createGitHubClient({ token: TOKEN, apiUrl: gh.apiUrl, writeSpacingMs: 0 });
    const run = {
      owner: OWNER,
      repo: REPO,
      repository: REPOSITORY,
      event: {},
      sha: SHA,
      runId: '900',
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: gh.apiUrl,
    };
    // v1 (the second tfjs package) is production; v2 is newer but not production.
    await registerModel({
      client,
      owner: OWNER,
      repo: REPO,
      modelDir: join(ws, 'mlops-out/model-b'),
      name: 'churn',
      version: 'auto',
      alias: 'production',
      run,
    });
    await registerModel({
      client,
      owner: OWNER,
      repo: REPO,
      modelDir: join(ws, 'mlops-out/model'),
      name: 'churn',
      version: 'auto',
      run: { ...run, runId: '901' },
    });
    const result = await evaluate({ baseline: 'production', gates: 'f1: ">= baseline - 0.5"' }, { runId: 4001 });
    expect(result.exitCode, result.log + result.stderr).toBe(0);
    const json = JSON.parse(readFileSync(join(ws, 'mlops-out/evaluation.json'), 'utf8'));
    expect(json.baseline).toMatchObject({ ref: 'churn@production', resolved: true, version: 1, tag: 'churn/v1' });
    expect(json.gates[0]).toMatchObject({ metric: 'f1', passed: true });
    expect(comments()[0].body).toContain('against the baseline [`churn/v1`]');
    // The default input (production) resolves the same way.
    const byDefault = await runAction({
      action: 'evaluate',
      with: { 'model-dir': 'mlops-out/model', data: 'data/eval.csv', bootstrap: '0', comment: 'never' },
      apiUrl: gh.apiUrl,
      token: TOKEN,
      repository: REPOSITORY,
      sha: SHA,
      workspace: ws,
      env: { MLOPS_GITHUB_WRITE_SPACING_MS: '0' },
    });
    expect(byDefault.exitCode, byDefault.log).toBe(0);
    expect(JSON.parse(readFileSync(join(ws, 'mlops-out/evaluation.json'), 'utf8')).baseline).toMatchObject({
      ref: 'churn@production',
      version: 1,
    });
  }, 90_000);

  test('a tampered registered baseline fails the step naming both hashes; a missing production alias only warns', async () => {
    await start();
    const noAlias = await evaluate({ baseline: 'production', bootstrap: '0', comment: 'never' }, { runId: 5001 });
    expect(noAlias.exitCode, noAlias.log).toBe(0);
    expect(noAlias.annotations).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        message: expect.stringMatching(/No baseline: .*alias churn@production does not exist.*Comparing against nothing/),
      }),
    );

    const client = createGitHubClient({ token: TOKEN, apiUrl: gh.apiUrl, writeSpacingMs: 0 });
    const run = {
      owner: OWNER,
      repo: REPO,
      repository: REPOSITORY,
      event: {},
      sha: SHA,
      runId: '910',
      runAttempt: '1',
      serverUrl: 'https://github.com',
      apiUrl: gh.apiUrl,
    };
    const registered = await registerModel({
      client,
      owner: OWNER,
      repo: REPO,
      modelDir: join(ws, 'mlops-out/model-b'),
      name: 'churn',
      version: 'auto',
      alias: 'production',
      run,
    });
    // Someone with write access replaces the archive with other bytes under the same name.
    const release = (await client.rest.repos.getReleaseByTag({ owner: OWNER, repo: REPO, tag: 'churn/v1' })).data;
    const archive = release.assets.find((asset) => asset.name === 'churn-v1.tar.gz')!;
    await client.rest.repos.deleteReleaseAsset({ owner: OWNER, repo: REPO, asset_id: archive.id });
    await client.request({
      method: 'POST',
      url: release.upload_url.replace(/\{.*$/, '?name=churn-v1.tar.gz'),
      headers: { 'content-type': 'application/gzip' },
      data: Buffer.from('not the model'),
    });
    const tampered = await evaluate({ baseline: 'production', bootstrap: '0', comment: 'never' }, { runId: 5002 });
    expect(tampered.exitCode).toBe(1);
    const failure = tampered.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(failure).toMatch(/Refusing churn\/v1: the asset churn-v1\.tar\.gz has sha256 [0-9a-f]{64} \(13 bytes\)/);
    expect(failure).toContain(`but ${registered.sha256}`);
    expect(tampered.annotations.some((a) => a.level === 'warning' && /Comparing against nothing/.test(a.message))).toBe(false);
    expect(tampered.log).not.toMatch(/\n\s+at /);
  }, 90_000);
});
