// The whole model lifecycle of the shipped example (examples/churn), on this machine, against
// the GitHub emulator: the example repository's own workflow files run through the local
// workflow runner, which calls the suite's reusable workflows and its actions' committed
// bundles. Pull request → release (staging, production) → a drifted production week → the
// drift issue and the retraining it dispatches → a clean week → the issue closed.
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startGitHubEmulator } from '../emulator/index.js';
import type { GitHubEmulator, RepoState, TokenGrant, WorkflowRunState } from '../emulator/types.js';
import { serviceFiles, stopServiceProcess } from '../shared/deploy/service-process.js';
import { repoRoot } from './action-runner.js';
import { eventPayload } from './events.js';
import { startResultsServices } from './results-service.js';
import { type Permissions, runWorkflow, type WorkflowRun } from './workflow-runner.js';

export interface LifecycleOptions {
  /** Everything the run writes: the emulator's state, the model repository, workspaces, services' state. */
  outDir: string;
  flavor?: 'api.github.com' | 'ghes-3.19';
  /** Emulator port (0: any free one). */
  port?: number;
  stagingPort: number;
  productionPort: number;
  /** Leave the production and staging services running at the end. */
  keepServices?: boolean;
  log?: (line: string) => void;
}

export interface LifecycleStage {
  name: string;
  workflow: string;
  run: WorkflowRun;
}

export interface LifecycleResult {
  emulator: GitHubEmulator;
  repository: string;
  stages: LifecycleStage[];
  /** Where a person looks: the pull request, the releases, the deployments, the drift issue. */
  links: Record<string, string>;
  productionUrl?: string;
  /** Stops the emulator (and the services, unless they were kept). */
  close(): Promise<void>;
}

/** The preferred port when it is free on loopback, else any free one. */
export async function choosePort(preferred = 0): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | undefined>((resolvePort) => {
      const server = createServer();
      server.once('error', () => resolvePort(undefined));
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address() as { port: number };
        server.close(() => resolvePort(bound));
      });
    });
  return (preferred ? await tryPort(preferred) : undefined) ?? (await tryPort(0))!;
}

export const EXAMPLE_REPOSITORY = 'octo-org/churn-model';
const EXAMPLE = join(repoRoot, 'examples/churn');
const ONNX_STEP = /^Install the ONNX runtime/;

/** A token for the job's permissions, which the emulator then enforces on every request. */
function tokenMinter(tokens: Record<string, TokenGrant>) {
  let next = 0;
  return (permissions: Permissions) => {
    const token = `ghs_local${String(++next).padStart(4, '0')}${'x'.repeat(26)}`;
    const grant: Record<string, 'read' | 'write'> = { metadata: 'read' };
    for (const [scope, level] of Object.entries(permissions)) if (level !== 'none') grant[scope.replace(/-/g, '_')] = level;
    tokens[token] = { permissions: grant };
    return token;
  };
}

export interface ExampleRepository {
  emulator: GitHubEmulator;
  repo: RepoState;
  /** The model repository's files, as actions/checkout gets them (a copy of examples/churn). */
  repoDir: string;
  mainSha: string;
  /** Where the deployed services keep their state (XDG_STATE_HOME of every step). */
  stateHome: string;
  stages: LifecycleStage[];
  /** Runs one of the repository's workflow files (under .github/workflows) for an event. */
  run(
    name: string,
    file: string,
    event: { name: string; payload: Record<string, unknown> },
    extra: { sha: string; ref: string; inputs?: Record<string, unknown>; rerunOf?: number },
  ): Promise<WorkflowRun>;
}

/** The last lines of a step's log as GitHub shows it: no debug lines or mask commands. */
function shownLog(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const lines = text.split('\n').filter((line) => !line.startsWith('::debug::') && !line.startsWith('::add-mask::'));
  const kept = lines.slice(-200);
  return `${lines.length > kept.length ? `… ${lines.length - kept.length} earlier lines\n` : ''}${kept.join('\n')}`.trim() || undefined;
}

/** A run as the emulator's Actions tab shows it. */
function runRecord(run: WorkflowRun, event: string, extra: { sha: string; ref: string }, file: string): WorkflowRunState {
  return {
    id: run.runId,
    attempt: run.runAttempt,
    name: run.name,
    path: `.github/workflows/${file}`,
    event,
    headSha: extra.sha,
    headBranch: extra.ref.replace(/^refs\/(heads|tags)\//, ''),
    conclusion: run.conclusion,
    createdAt: new Date().toISOString(),
    jobs: run.jobs.map((job) => ({
      name: job.path,
      conclusion: job.result,
      runsOn: job.runsOn,
      environment: job.environment,
      steps: job.steps.map((step) => ({
        name: step.name,
        conclusion: step.conclusion,
        outcome: step.outcome,
        error: step.error,
        note: step.skipped,
        log: shownLog(step.run?.log),
      })),
    })),
  };
}

/** The example repository on a fresh local GitHub, ready to run its workflow files. */
export async function openExampleRepository(options: Omit<LifecycleOptions, 'keepServices'>): Promise<ExampleRepository> {
  const log = options.log ?? (() => {});
  const outDir = options.outDir;
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const tokens: Record<string, TokenGrant> = {};
  const emulator = await startGitHubEmulator({
    persistDir: join(outDir, 'github'),
    flavor: options.flavor,
    port: options.port ?? 0,
    tokens,
  });
  const repo: RepoState = emulator.seedRepo(EXAMPLE_REPOSITORY, { defaultBranch: 'main' });
  const mainSha = repo.refs['refs/heads/main'];
  const repoDir = join(outDir, 'churn-model');
  cpSync(EXAMPLE, repoDir, { recursive: true, filter: (source) => !source.includes(`${EXAMPLE}/mlops-out`) });
  const tokenFor = tokenMinter(tokens);
  const stateHome = join(outDir, 'runner-state');
  const stages: LifecycleStage[] = [];
  let runId = 9000;
  const attempts = new Map<number, number>();

  const run = async (
    name: string,
    file: string,
    event: { name: string; payload: Record<string, unknown> },
    extra: { sha: string; ref: string; inputs?: Record<string, unknown>; rerunOf?: number },
  ) => {
    // A re-run keeps the run's id and counts up its attempt, as GitHub's "Re-run all jobs" does.
    const thisRun = extra.rerunOf ?? ++runId;
    const attempt = (attempts.get(thisRun) ?? 0) + 1;
    attempts.set(thisRun, attempt);
    log(`\n=== ${name}: ${file} (${event.name}, run ${thisRun}${attempt > 1 ? `, attempt ${attempt}` : ''})`);
    const services = await startResultsServices({
      runId: `c0ffee00-0000-4000-${String(attempt).padStart(4, '0')}-${String(thisRun).padStart(12, '0')}`,
    });
    const restore = services.apply(process.env);
    try {
      const result = await runWorkflow({
        workflowFile: join(repoDir, '.github/workflows', file),
        repoDir,
        repository: EXAMPLE_REPOSITORY,
        event,
        inputs: extra.inputs,
        apiUrl: emulator.apiUrl,
        serverUrl: emulator.serverUrl,
        tokenFor,
        runId: thisRun,
        runAttempt: attempt,
        sha: extra.sha,
        ref: extra.ref,
        workDir: join(outDir, 'runs'),
        toolCache: join(outDir, 'tool-cache'),
        env: {
          ...services.env,
          // A laptop is not a runner host: services run as detached processes, their state here.
          MLOPS_SERVICE_SUPERVISOR: 'detached',
          XDG_STATE_HOME: stateHome,
        },
        vars: { STAGING_PORT: String(options.stagingPort), PRODUCTION_PORT: String(options.productionPort) },
        // This checkout's node_modules already has onnxruntime-node, where the actions find it.
        skipStep: (step) => (step.name && ONNX_STEP.test(step.name) ? 'onnxruntime-node is already in this checkout' : undefined),
        log,
      });
      stages.push({ name, workflow: file, run: result });
      emulator.recordWorkflowRun(EXAMPLE_REPOSITORY, runRecord(result, event.name, extra, file));
      log(`=== ${name}: ${result.conclusion}`);
      return result;
    } finally {
      restore();
      await services.close();
    }
  };
  return { emulator, repo, repoDir, mainSha, stateHome, stages, run };
}

export async function runLifecycle(options: LifecycleOptions): Promise<LifecycleResult> {
  const { emulator, repo, repoDir, mainSha, stateHome, stages, run } = await openExampleRepository(options);
  const result: LifecycleResult = {
    emulator,
    repository: EXAMPLE_REPOSITORY,
    stages,
    links: {},
    async close() {
      if (!options.keepServices) {
        for (const environment of ['staging', 'production']) {
          await stopServiceProcess(serviceFiles(join(stateHome, 'mlops-actions', 'services'), 'churn', environment), 10_000).catch(
            () => {},
          );
        }
      }
      await emulator.close();
    },
  };

  try {
    // 1. A pull request: validate, train, evaluate, the sticky metric-diff comment.
    const pull = emulator.seedPullRequest(EXAMPLE_REPOSITORY, {
      number: 1,
      head: 'add-support-calls',
      title: 'Churn: add support calls to the features',
    });
    const prPayload = eventPayload('pull_request', {
      repository: EXAMPLE_REPOSITORY,
      defaultBranch: 'main',
      action: 'opened',
      number: pull.number,
      headSha: pull.head.sha,
      headRef: pull.head.ref,
      baseRef: 'main',
    });
    await run(
      'pull request',
      'ml-pull-request.yml',
      { name: 'pull_request', payload: prPayload },
      { sha: pull.head.sha, ref: `refs/pull/${pull.number}/merge` },
    );

    // 2. Merged: the release workflow registers v1 and deploys it to staging, then production.
    const pushPayload = eventPayload('push', { repository: EXAMPLE_REPOSITORY, headSha: mainSha });
    const release = await run(
      'release',
      'ml-release.yml',
      { name: 'push', payload: pushPayload },
      { sha: mainSha, ref: 'refs/heads/main' },
    );
    result.productionUrl = String((release.outputs.release as Record<string, string> | undefined)?.['production-url'] ?? '') || undefined;

    // 3. A production week that drifted: the weekly monitor opens the issue and dispatches retraining.
    const production = join(repoDir, 'data/production');
    const week = (file: string) => {
      rmSync(production, { recursive: true, force: true });
      mkdirSync(production, { recursive: true });
      cpSync(join(repoDir, 'data/weeks', file), join(production, file));
    };
    week('drifted.csv');
    const schedule = { name: 'schedule', payload: eventPayload('schedule', { repository: EXAMPLE_REPOSITORY, cron: '0 6 * * 1' }) };
    const dispatchesBefore = repo.dispatches.length;
    await run('monitor (drifted week)', 'ml-monitor.yml', schedule, { sha: mainSha, ref: 'refs/heads/main' });

    // 4. What the drift issue dispatched: retraining, which comments on the issue.
    for (const dispatch of emulator.state.repos[Object.keys(emulator.state.repos)[0]].dispatches.slice(dispatchesBefore)) {
      if (!existsSync(join(repoDir, '.github/workflows', dispatch.workflowId))) continue;
      const payload = eventPayload('workflow_dispatch', {
        repository: EXAMPLE_REPOSITORY,
        inputs: dispatch.inputs as Record<string, string>,
      });
      payload.ref = `refs/heads/${dispatch.ref}`;
      await run(
        `retrain (dispatched by the drift issue)`,
        dispatch.workflowId,
        { name: 'workflow_dispatch', payload },
        {
          sha: mainSha,
          ref: `refs/heads/${dispatch.ref}`,
          inputs: dispatch.inputs,
        },
      );
    }

    // 5. A clean week: the monitor closes the issue.
    week('clean.csv');
    await run('monitor (clean week)', 'ml-monitor.yml', schedule, { sha: mainSha, ref: 'refs/heads/main' });

    // 6. A person promotes the retrained version through the release workflow (Run workflow,
    // version 2): no training, the same staging and production jobs and their approvals.
    const promoted = repo.releases.filter((release) => !release.draft && /^churn\/v\d+$/.test(release.tagName)).length;
    if (promoted > 1) {
      const inputs = { version: String(promoted) };
      const payload = eventPayload('workflow_dispatch', { repository: EXAMPLE_REPOSITORY, inputs });
      payload.ref = 'refs/heads/main';
      await run(
        `promote v${promoted} (release workflow, run by a person)`,
        'ml-release.yml',
        { name: 'workflow_dispatch', payload },
        {
          sha: mainSha,
          ref: 'refs/heads/main',
          inputs,
        },
      );
    }
  } catch (error) {
    await result.close();
    throw error;
  }

  const base = `${emulator.serverUrl}/${EXAMPLE_REPOSITORY}`;
  const state = emulator.state.repos[Object.keys(emulator.state.repos)[0]];
  result.links = {
    repository: base,
    'pull request': `${base}/pull/1`,
    releases: `${base}/releases`,
    deployments: `${base}/deployments`,
    ...(state.issues.find((issue) => issue.number !== 1)
      ? { 'drift issue': `${base}/issues/${state.issues.find((issue) => issue.number !== 1)!.number}` }
      : {}),
    actions: `${base}/actions`,
  };
  return result;
}
