import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { startGitHubEmulator } from '../../emulator/index.js';
import type { GitHubEmulator } from '../../emulator/types.js';
import { readRunContext } from '../../shared/github/context.js';
import { parseActionInputs } from '../../shared/inputs/parse.js';
import { InputError } from '../../shared/runtime/errors.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { run as openDriftIssue } from '../../shared/steps/open-drift-issue.js';
import { monitorWorkspace, runMonitor, writeDrifted } from './helpers.js';

const REPOSITORY = 'octo-org/drift-repo';
let ws: string;
let gh: GitHubEmulator | undefined;

beforeAll(async () => {
  ws = monitorWorkspace('mlops-drift-issue-');
  writeDrifted(ws);
  const env = { GITHUB_REPOSITORY: REPOSITORY, GITHUB_RUN_ID: '31' };
  await runMonitor(
    ws,
    { reference: 'data/train.csv', current: 'data/drifted.csv', multivariate: 'false', 'report-output': 'drift.json', model: 'churn' },
    env,
  );
  await runMonitor(
    ws,
    { reference: 'data/train.csv', current: 'data/current.csv', multivariate: 'false', 'report-output': 'clean.json', model: 'churn' },
    { ...env, GITHUB_RUN_ID: '32' },
  );
}, 60_000);

afterEach(async () => {
  if (!gh) return;
  expect(gh.validationErrors).toEqual([]);
  await gh.close();
  gh = undefined;
});

async function step(raw: Record<string, string>, env: Record<string, string> = {}) {
  const environment = {
    GITHUB_REPOSITORY: REPOSITORY,
    MLOPS_GITHUB_WRITE_SPACING_MS: '0',
    ...(gh ? { GITHUB_API_URL: gh.apiUrl } : {}),
    ...env,
  };
  const lines: string[] = [];
  const outputs = await openDriftIssue({
    inputs: parseActionInputs('open-drift-issue', { 'github-token': 'ghs_anyTokenForTheEmulator0000000000', ...raw }),
    io: createCliIO((line) => lines.push(line)),
    env: environment,
    cwd: ws,
    run: readRunContext(environment),
  });
  return { outputs, log: lines.join('\n') };
}

describe('open-drift-issue', () => {
  test('title placeholders, environment override, and close-when-resolved: false keeps the issue open with a comment', async () => {
    gh = await startGitHubEmulator({ validate: 'strict' });
    gh.seedRepo(REPOSITORY);
    const opened = await step({ report: 'drift.json', title: '[{environment}] {model} drifted', environment: 'eu-prod', labels: '' });
    expect(opened.outputs).toMatchObject({ action: 'created', 'retrain-dispatched': false });
    const repo = gh.state.repos[REPOSITORY]!;
    expect(repo.issues[0]).toMatchObject({ title: '[eu-prod] churn drifted', labels: [] });
    expect(repo.issues[0].body).toMatch(/^<!-- mlops-actions:issue:drift\/churn\/eu-prod -->/);
    // Another environment is another issue.
    expect((await step({ report: 'drift.json' })).outputs).toMatchObject({ action: 'created', 'issue-number': 2 });

    const kept = await step({ report: 'clean.json', environment: 'eu-prod', 'close-when-resolved': 'false', labels: '' });
    expect(kept.outputs).toMatchObject({ action: 'updated', 'issue-number': 1 });
    expect(repo.issues[0].state).toBe('open');
    expect(repo.comments.filter((c) => c.issueNumber === 1).map((c) => c.body)).toEqual([
      expect.stringContaining('✅ The drift has cleared'),
    ]);
    // Its re-run posts nothing more.
    expect((await step({ report: 'clean.json', environment: 'eu-prod', 'close-when-resolved': 'false', labels: '' })).outputs.action).toBe(
      'unchanged',
    );
    expect(repo.comments).toHaveLength(1);
  });

  test('bad input names the input and writes nothing', async () => {
    writeFileSync(join(ws, 'other.json'), '{"schemaVersion": 1, "columns": []}');
    const cut = JSON.parse(readFileSync(join(ws, 'drift.json'), 'utf8'));
    delete cut.drift;
    writeFileSync(join(ws, 'cut.json'), JSON.stringify(cut));
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ report: 'missing.json' }, 'report', /input "report": missing.json cannot be read \(ENOENT\)/],
      [{ report: 'other.json' }, 'report', /input "report": other.json is not a drift report written by monitor/],
      [{ report: 'cut.json' }, 'report', /input "report": cut.json is a drift report without drift; it was cut short or edited/],
      [
        { report: 'drift.json', 'retrain-inputs': 'model,drift_share' },
        'retrain-inputs',
        /input "retrain-inputs": drift_share is not one of model, environment, drift-share/,
      ],
      [{ report: 'drift.json', 'github-token': '' }, 'github-token', /input "github-token" is empty/],
    ];
    for (const [raw, input, message] of cases) {
      const error = await step(raw).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error, JSON.stringify(raw)).toBeInstanceOf(InputError);
      expect((error as InputError).input).toBe(input);
      expect((error as Error).message).toMatch(message);
    }
  });
});
