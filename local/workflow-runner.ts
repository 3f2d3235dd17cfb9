// Runs a workflow file on this machine the way GitHub would: the caller's jobs, a reusable
// workflow's jobs in `needs` order, `if:` conditions, a job matrix, each step with its `with:`
// and `env:` values evaluated by GitHub's expression engine, the suite's actions from their
// committed dist/ (local/action-runner.ts), `run:` steps in bash, and job outputs wired to
// `needs.*.outputs` and the workflow's outputs. Each job gets a fresh workspace, a token scoped
// to the job's `permissions:` (refused when they exceed the caller's, as GitHub refuses them)
// and a RUNNER_TRACKING_ID whose processes end with the job. GitHub parses the file first
// (@actions/workflow-parser), so a file GitHub would reject is rejected here too.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse as parseYaml } from 'yaml';
import { type ActionRun, repoRoot, runAction, runScript } from './action-runner.js';
import { type BuiltinContext, builtinAction } from './builtin-actions.js';
import { type Context, condition, interpolate, interpolateToString, type StatusSoFar } from './expressions.js';
import { endJobProcesses } from './processes.js';

export type Permissions = Record<string, 'read' | 'write' | 'none'>;

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string | boolean;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  'continue-on-error'?: boolean | string;
  'timeout-minutes'?: number;
}

interface Job {
  name?: string;
  needs?: string | string[];
  if?: string | boolean;
  'runs-on'?: unknown;
  environment?: unknown;
  permissions?: unknown;
  outputs?: Record<string, string>;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: unknown;
  strategy?: { matrix?: unknown; 'fail-fast'?: boolean; 'max-parallel'?: number };
  env?: Record<string, unknown>;
  'timeout-minutes'?: number;
  'continue-on-error'?: boolean | string;
}

interface WorkflowFile {
  name?: string;
  on: unknown;
  permissions?: unknown;
  env?: Record<string, unknown>;
  jobs: Record<string, Job>;
}

interface CallInput {
  type?: 'string' | 'number' | 'boolean';
  required?: boolean;
  default?: unknown;
}

export interface StepResult {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  conclusion: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  /** The suite action's run (log, summary, annotations), when the step was one. */
  run?: ActionRun;
  error?: string;
  /** Why a skipped step did not run: its `if:`, or the reason this machine gave. */
  skipped?: string;
}

export interface JobResult {
  /** `caller-job/called-job`, with the matrix values for a matrix job. */
  path: string;
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepResult[];
  environment?: string;
  runsOn?: unknown;
}

export interface WorkflowRun {
  file: string;
  /** The workflow's `name:` (its file name when it has none). */
  name: string;
  runId: number;
  runAttempt: number;
  conclusion: 'success' | 'failure';
  outputs: Record<string, unknown>;
  jobs: JobResult[];
}

export interface WorkflowRunOptions {
  /** The workflow file: a model repository's own workflow, or a reusable workflow called from one. */
  workflowFile: string;
  /** The model repository's files, as actions/checkout would get them. */
  repoDir: string;
  repository: string;
  event: { name: string; payload: Record<string, unknown> };
  /** The inputs of a workflow_dispatch. */
  inputs?: Record<string, unknown>;
  apiUrl: string;
  serverUrl: string;
  /** A token for the job's permissions (the emulator can enforce them). */
  tokenFor: (permissions: Permissions, job: string) => string;
  runId: number;
  /** GITHUB_RUN_ATTEMPT: 2 and up for a re-run of the same run. */
  runAttempt?: number;
  sha: string;
  ref: string;
  /** Workspaces and runner folders go under here. */
  workDir: string;
  /** The runner's tool cache, kept between runs as on a persistent self-hosted runner. */
  toolCache: string;
  /** Environment for every step besides the runner's own (e.g. the results service's). */
  env?: Record<string, string>;
  /** `vars` context. */
  vars?: Record<string, string>;
  /** A reason to skip a step this machine does not need, shown in the log. */
  skipStep?: (step: { name?: string; uses?: string; run?: string }) => string | undefined;
  log?: (line: string) => void;
  /** Step timeout when the workflow gives none (ms). */
  stepTimeoutMs?: number;
}

const SUITE_ACTION = /^[\w.-]+\/mlops-actions\/actions\/([\w-]+)@[\w.-]+$/;
const SUITE_WORKFLOW = /^[\w.-]+\/mlops-actions\/(\.github\/workflows\/[\w.-]+\.ya?ml)@[\w.-]+$/;
const PERMISSION_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];
const RANK = { none: 0, read: 1, write: 2 } as const;

/** A `permissions:` value as a full map (`{}` is all none, `read-all`, `write-all`). */
export function permissionsOf(value: unknown, inherited: Permissions): Permissions {
  if (value === undefined || value === null) return inherited;
  if (value === 'read-all' || value === 'write-all') {
    const level = value === 'read-all' ? 'read' : 'write';
    return Object.fromEntries(PERMISSION_SCOPES.map((scope) => [scope, level]));
  }
  const given = value as Record<string, 'read' | 'write' | 'none'>;
  return Object.fromEntries(PERMISSION_SCOPES.map((scope) => [scope, given[scope] ?? 'none']));
}

/** GitHub's default token for a repository with the restricted default: contents and packages read. */
const RESTRICTED_DEFAULT: Permissions = permissionsOf({ contents: 'read', packages: 'read' }, {});

/** A step that ran in a process: failed on a non-zero exit, with its first error annotation as the reason. */
function stepResult(name: string, run: ActionRun): StepResult {
  const ok = run.exitCode === 0;
  const result: StepResult = {
    name,
    outcome: ok ? 'success' : 'failure',
    conclusion: ok ? 'success' : 'failure',
    outputs: run.outputs,
    run,
  };
  if (!ok) result.error = run.annotations.find((a) => a.level === 'error')?.message ?? `exit code ${run.exitCode}`;
  return result;
}

/**
 * A workflow_dispatch's `inputs` context: what was given, the declared defaults for the rest, and
 * `boolean` inputs as booleans (the `inputs` context is typed; `github.event.inputs` is not).
 */
function dispatchInputsOf(workflow: WorkflowFile, given: Record<string, unknown>): Record<string, unknown> {
  const on = workflow.on as Record<string, { inputs?: Record<string, CallInput> } | null>;
  const declared = on?.workflow_dispatch?.inputs ?? {};
  const inputs: Record<string, unknown> = { ...given };
  for (const [name, input] of Object.entries(declared)) {
    let value = name in given ? given[name] : input.default;
    if (value === undefined) value = input.type === 'boolean' ? false : '';
    if (input.type === 'boolean' && typeof value === 'string') value = value === 'true';
    inputs[name] = value;
  }
  return inputs;
}

function needsOf(job: Job): string[] {
  return [job.needs ?? []].flat();
}

/** Jobs in an order that respects `needs` (GitHub refuses cycles; so do we). */
function ordered(jobs: Record<string, Job>): string[] {
  const done: string[] = [];
  const visiting = new Set<string>();
  const visit = (id: string) => {
    if (done.includes(id)) return;
    if (visiting.has(id)) throw new Error(`jobs form a cycle through ${id}`);
    visiting.add(id);
    for (const need of needsOf(jobs[id])) {
      if (!jobs[need]) throw new Error(`job ${id} needs ${need}, which does not exist`);
      visit(need);
    }
    visiting.delete(id);
    done.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id);
  return done;
}

/** A matrix's combinations: the product of its vectors, then `include` entries, less `exclude`. */
function matrixCombinations(matrix: unknown): Record<string, unknown>[] {
  if (!matrix || typeof matrix !== 'object') return [{}];
  const { include, exclude, ...vectors } = matrix as Record<string, unknown[]> & { include?: unknown[]; exclude?: unknown[] };
  let combinations: Record<string, unknown>[] = Object.keys(vectors).length ? [{}] : [];
  for (const [key, values] of Object.entries(vectors)) {
    combinations = combinations.flatMap((combination) => (values as unknown[]).map((value) => ({ ...combination, [key]: value })));
  }
  const matches = (combination: Record<string, unknown>, partial: Record<string, unknown>) =>
    Object.entries(partial).every(([key, value]) => JSON.stringify(combination[key]) === JSON.stringify(value));
  combinations = combinations.filter(
    (combination) => !(exclude ?? []).some((entry) => matches(combination, entry as Record<string, unknown>)),
  );
  for (const entry of (include ?? []) as Record<string, unknown>[]) {
    const extended = combinations.filter((combination) =>
      matches(combination, Object.fromEntries(Object.entries(entry).filter(([k]) => k in vectors))),
    );
    if (extended.length && Object.keys(vectors).length) for (const combination of extended) Object.assign(combination, entry);
    else combinations.push({ ...entry });
  }
  if (combinations.length > 256) throw new Error(`the matrix has ${combinations.length} combinations; GitHub allows 256`);
  return combinations.length ? combinations : [{}];
}

function parseChecked(file: string): WorkflowFile {
  const content = readFileSync(file, 'utf8');
  const parsed = parseWorkflow({ name: basename(file), content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors();
  if (errors.length) throw new Error(`GitHub would not run ${file}: ${errors.map((error) => error.message).join('; ')}`);
  return parseYaml(content) as WorkflowFile;
}

function workflowCallInputs(workflow: WorkflowFile): Record<string, CallInput> {
  const on = workflow.on as Record<string, { inputs?: Record<string, CallInput> } | null>;
  return on?.workflow_call?.inputs ?? {};
}

/** A reusable workflow's inputs: given values converted to the declared type, defaults applied. */
function callInputs(workflow: WorkflowFile, given: Record<string, unknown>, file: string): Record<string, unknown> {
  const declared = workflowCallInputs(workflow);
  const inputs: Record<string, unknown> = {};
  checkInputNames(declared, Object.keys(given), file);
  for (const [name, input] of Object.entries(declared)) {
    let value = name in given ? given[name] : input.default;
    if (value === undefined) value = input.type === 'boolean' ? false : input.type === 'number' ? 0 : '';
    // GitHub converts no text to a boolean or number input (job outputs are text: fromJSON them).
    if (input.type === 'number' && typeof value !== 'number') throw new Error(`${file}: input "${name}": Unexpected value '${value}'`);
    if (input.type === 'boolean' && typeof value !== 'boolean')
      throw new Error(`${file}: input "${name}": Unexpected type of value '${value}', expected type: Boolean.`);
    // A null (an unset variable or input) is '' in a string, as everywhere in expressions.
    if (input.type === 'string' && typeof value !== 'string') value = value === null ? '' : String(value);
    inputs[name] = value;
  }
  return inputs;
}

/** What GitHub checks of a call's `with:` keys before the run starts. */
function checkInputNames(declared: Record<string, CallInput>, given: string[], file: string): void {
  for (const key of given)
    if (!(key in declared)) throw new Error(`${file}: Invalid input, ${key} is not defined in the referenced workflow.`);
  for (const [name, input] of Object.entries(declared)) {
    if (input.required && input.default === undefined && !given.includes(name))
      throw new Error(`${file}: Input ${name} is required, but not provided while calling.`);
  }
}

/** A called job may have no more than its caller job: GitHub refuses the run otherwise. */
function checkPermissions(jobId: string, permissions: Permissions, allowed: Permissions, file: string): void {
  for (const scope of PERMISSION_SCOPES) {
    const wanted = permissions[scope] ?? 'none';
    const most = allowed[scope] ?? 'none';
    if (RANK[wanted] > RANK[most])
      throw new Error(`${file}: The nested job '${jobId}' is requesting '${scope}: ${wanted}', but is only allowed '${scope}: ${most}'.`);
  }
}

function calledFileOf(uses: string, repoDir: string): string {
  const called = SUITE_WORKFLOW.exec(uses);
  const file = called ? join(repoRoot, called[1]) : uses.startsWith('./') ? resolve(repoDir, uses) : undefined;
  if (!file) throw new Error(`the local runner cannot fetch ${uses}`);
  return file;
}

interface Scope {
  /** The caller job's path, for nested job names. */
  prefix: string;
  /** The most a job here may have. */
  permissions: Permissions;
  /** What a job here gets when neither it nor its workflow says. */
  inherited: Permissions;
  inputs: Record<string, unknown>;
  file: string;
}

export async function runWorkflow(options: WorkflowRunOptions): Promise<WorkflowRun> {
  const log = options.log ?? (() => {});
  const jobs: JobResult[] = [];
  const github = {
    event_name: options.event.name,
    event: options.event.payload,
    repository: options.repository,
    repository_owner: options.repository.split('/')[0],
    run_id: String(options.runId),
    run_number: '1',
    run_attempt: String(options.runAttempt ?? 1),
    sha: options.sha,
    ref: options.ref,
    ref_name: options.ref.replace(/^refs\/(heads|tags)\//, ''),
    server_url: options.serverUrl,
    api_url: options.apiUrl,
    actor: 'octocat',
    workflow: '',
    job: '',
  };

  const runSteps = async (
    jobId: string,
    path: string,
    job: Job,
    context: Context,
    permissions: Permissions,
    workflowEnv: Record<string, string>,
  ): Promise<JobResult> => {
    const safePath = path.replace(/[^\w.-]+/g, '_');
    const jobDir = join(options.workDir, String(options.runId), safePath);
    const workspace = join(jobDir, 'workspace');
    const runnerTemp = join(jobDir, 'temp');
    mkdirSync(workspace, { recursive: true });
    mkdirSync(runnerTemp, { recursive: true });
    const token = options.tokenFor(permissions, path);
    const trackingId = `github_${randomUUID()}`;
    const steps: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {};
    const results: StepResult[] = [];
    const exported: Record<string, string> = {};
    let failed = false;
    const jobEnv: Record<string, string> = {};
    for (const [key, value] of Object.entries(job.env ?? {})) jobEnv[key] = interpolateToString(value, { ...context, env: workflowEnv });
    try {
      for (const step of job.steps ?? []) {
        const label = step.name ?? (step.uses ? `uses ${step.uses}` : `run ${String(step.run).split('\n')[0]}`);
        const env = { ...workflowEnv, ...jobEnv, ...exported };
        const stepContext = { ...context, steps, env, job: { status: failed ? 'failure' : 'success' } };
        const status: StatusSoFar = { failed };
        const record = (result: StepResult) => {
          results.push(result);
          if (step.id) steps[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.conclusion };
        };
        if (!condition(step.if, stepContext, status)) {
          const skipped = `if: ${step.if ?? 'success()'}`;
          log(`  ○ ${label}: skipped (${skipped})`);
          record({ name: label, outcome: 'skipped', conclusion: 'skipped', outputs: {}, skipped });
          continue;
        }
        const skipReason = options.skipStep?.(step);
        if (skipReason) {
          log(`  ○ ${label}: skipped on this machine (${skipReason})`);
          record({ name: label, outcome: 'skipped', conclusion: 'skipped', outputs: {}, skipped: `on this machine: ${skipReason}` });
          continue;
        }
        const stepEnv: Record<string, string> = { ...env };
        for (const [key, value] of Object.entries(step.env ?? {})) stepEnv[key] = interpolateToString(value, stepContext, status);
        const withValues: Record<string, string> = {};
        for (const [key, value] of Object.entries(step.with ?? {})) withValues[key] = interpolateToString(value, stepContext, status);
        const continueOnError = step['continue-on-error'] === true || interpolate(step['continue-on-error'], stepContext) === true;
        const timeoutMs = step['timeout-minutes'] ? step['timeout-minutes'] * 60_000 : (options.stepTimeoutMs ?? 30 * 60_000);
        const runOptions = {
          repository: options.repository,
          apiUrl: options.apiUrl,
          serverUrl: options.serverUrl,
          token,
          workspace,
          runnerTemp,
          toolCache: options.toolCache,
          trackingId,
          sha: options.sha,
          ref: options.ref,
          runId: options.runId,
          runAttempt: options.runAttempt,
          workflow: scopeName(path),
          job: jobId,
          eventPayload: options.event.payload,
          event: { name: options.event.name as 'push' },
          timeoutMs,
          env: { ...options.env, ...stepEnv },
          onLine: (line: string) => log(`    ${line}`),
        };
        let result: StepResult;
        try {
          const suite = step.uses ? SUITE_ACTION.exec(step.uses) : null;
          if (suite) {
            const run = await runAction({ ...runOptions, action: suite[1], with: withValues });
            result = stepResult(label, run);
            Object.assign(exported, run.exportedEnv);
          } else if (step.uses) {
            const builtin = builtinAction(step.uses);
            if (!builtin) throw new Error(`the local runner has no stand-in for ${step.uses}`);
            const builtinContext: BuiltinContext = {
              workspace,
              repoDir: options.repoDir,
              repository: options.repository,
              apiUrl: options.apiUrl,
              serverUrl: options.serverUrl,
              token,
              runId: options.runId,
              eventName: options.event.name,
              payload: options.event.payload,
              env: { ...stepEnv, GITHUB_WORKSPACE: workspace },
              log: (line) => log(`    ${line}`),
            };
            const outputs = (await builtin(builtinContext, withValues)).outputs;
            result = { name: label, outcome: 'success', conclusion: 'success', outputs };
          } else {
            const script = interpolateToString(step.run, stepContext, status);
            const run = await runScript({ ...runOptions, script });
            result = stepResult(label, run);
            Object.assign(exported, run.exportedEnv);
          }
        } catch (error) {
          result = { name: label, outcome: 'failure', conclusion: 'failure', outputs: {}, error: (error as Error).message };
        }
        if (result.outcome === 'failure' && continueOnError) result.conclusion = 'success';
        record(result);
        log(
          `  ${result.conclusion === 'success' ? (result.outcome === 'success' ? '✓' : '!') : '✗'} ${label}${result.error ? `: ${result.error}` : ''}`,
        );
        if (result.conclusion === 'failure') failed = true;
      }
    } finally {
      // The runner ends every process that carries the job's tracking id when the job ends.
      await endJobProcesses(trackingId);
    }
    const outputs: Record<string, string> = {};
    for (const [key, value] of Object.entries(job.outputs ?? {})) {
      outputs[key] = interpolateToString(value, { ...context, steps, env: { ...workflowEnv, ...jobEnv } });
    }
    return { path, result: failed ? 'failure' : 'success', outputs, steps: results };
  };

  const scopeName = (path: string) => path.split('/')[0];

  const runJobs = async (
    workflow: WorkflowFile,
    scope: Scope,
  ): Promise<Record<string, { result: string; outputs: Record<string, string> }>> => {
    const needsContext: Record<string, { result: string; outputs: Record<string, string> }> = {};
    const workflowPermissions = permissionsOf(workflow.permissions, scope.inherited);
    const workflowEnv: Record<string, string> = {};
    for (const [key, value] of Object.entries(workflow.env ?? {}))
      workflowEnv[key] = interpolateToString(value, { github, inputs: scope.inputs, vars: options.vars ?? {}, secrets: {} });
    for (const jobId of ordered(workflow.jobs)) {
      const job = workflow.jobs[jobId];
      const path = scope.prefix ? `${scope.prefix}/${jobId}` : jobId;
      const needs = Object.fromEntries(needsOf(job).map((need) => [need, needsContext[need]]));
      const base: Context = {
        github,
        inputs: scope.inputs,
        needs,
        vars: options.vars ?? {},
        secrets: {},
        env: workflowEnv,
        runner: { os: 'Linux', arch: 'X64' },
      };
      const status: StatusSoFar = {
        failed: Object.values(needs).some((need) => need.result === 'failure'),
        cancelled: false,
      };
      const allSucceeded = Object.values(needs).every((need) => need.result === 'success');
      const runs = job.if === undefined ? allSucceeded : condition(job.if, base, { ...status, failed: status.failed || !allSucceeded });
      if (!runs) {
        log(`○ ${path}: skipped (if: ${job.if ?? 'success()'})`);
        needsContext[jobId] = { result: 'skipped', outputs: {} };
        jobs.push({ path, result: 'skipped', outputs: {}, steps: [] });
        continue;
      }
      const permissions = permissionsOf(job.permissions, workflowPermissions);
      checkPermissions(jobId, permissions, scope.permissions, scope.file);
      if (job.uses) {
        const calledFile = calledFileOf(job.uses, options.repoDir);
        const calledWorkflow = parseChecked(calledFile);
        const given: Record<string, unknown> = {};
        for (const [key, value] of Object.entries(job.with ?? {})) given[key] = interpolate(value, base);
        const inputs = callInputs(calledWorkflow, given, job.uses);
        log(`▶ ${path}: ${job.uses}`);
        const nested = await runJobs(calledWorkflow, { prefix: path, permissions, inherited: permissions, inputs, file: calledFile });
        const on = calledWorkflow.on as { workflow_call?: { outputs?: Record<string, { value: string }> } };
        const outputs: Record<string, string> = {};
        for (const [key, { value }] of Object.entries(on.workflow_call?.outputs ?? {})) {
          outputs[key] = interpolateToString(value, { github, inputs, jobs: nested });
        }
        const result = Object.values(nested).some((each) => each.result === 'failure') ? 'failure' : 'success';
        needsContext[jobId] = { result, outputs };
        continue;
      }
      const combinations = job.strategy?.matrix !== undefined ? matrixCombinations(interpolate(job.strategy.matrix, base)) : [{}];
      const outputs: Record<string, string> = {};
      let result: 'success' | 'failure' = 'success';
      for (const matrix of combinations) {
        const context: Context = { ...base, matrix, strategy: { 'job-total': combinations.length } };
        const label = Object.keys(matrix).length
          ? `${path} (${Object.values(matrix)
              .map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
              .join(', ')})`
          : path;
        const runsOn = interpolate(job['runs-on'], context);
        const environment = job.environment === undefined ? undefined : interpolateToString(job.environment, context);
        log(
          `▶ ${label}  runs-on ${JSON.stringify(runsOn)}${environment ? `  environment ${environment} (its protection rules are GitHub's; approved here)` : ''}`,
        );
        const jobResult = await runSteps(jobId, label, job, context, permissions, workflowEnv);
        jobResult.environment = environment;
        jobResult.runsOn = runsOn;
        jobs.push(jobResult);
        for (const [key, value] of Object.entries(jobResult.outputs)) if (value !== '') outputs[key] = value;
        if (jobResult.result === 'failure') result = 'failure';
        log(`${jobResult.result === 'success' ? '✓' : '✗'} ${label}`);
      }
      needsContext[jobId] = { result, outputs };
    }
    return needsContext;
  };

  // What GitHub checks before any job starts: every called file, its inputs' names, its jobs' permissions.
  const validate = (workflow: WorkflowFile, scope: Omit<Scope, 'inputs' | 'prefix'>): void => {
    const workflowPermissions = permissionsOf(workflow.permissions, scope.inherited);
    for (const [jobId, job] of Object.entries(workflow.jobs)) {
      const permissions = permissionsOf(job.permissions, workflowPermissions);
      checkPermissions(jobId, permissions, scope.permissions, scope.file);
      if (!job.uses) continue;
      const calledFile = calledFileOf(job.uses, options.repoDir);
      const called = parseChecked(calledFile);
      checkInputNames(workflowCallInputs(called), Object.keys(job.with ?? {}), job.uses);
      validate(called, { permissions, inherited: permissions, file: calledFile });
    }
  };

  const workflow = parseChecked(options.workflowFile);
  const dispatchInputs = options.event.name === 'workflow_dispatch' ? dispatchInputsOf(workflow, options.inputs ?? {}) : {};
  github.workflow = workflow.name ?? basename(options.workflowFile);
  const top: Scope = {
    prefix: '',
    // A workflow's own `permissions:` may raise the repository's default; a called one only lowers its caller's.
    permissions: permissionsOf('write-all', {}),
    inherited: RESTRICTED_DEFAULT,
    inputs: dispatchInputs,
    file: options.workflowFile,
  };
  const results = await Promise.resolve()
    .then(() => {
      validate(workflow, top);
      return runJobs(workflow, top);
    })
    .catch((error: Error) => {
      log(`✗ ${error.message}`);
      return { __startup__: { result: 'failure', outputs: { error: error.message } } };
    });
  const outputs = Object.fromEntries(Object.entries(results).map(([id, each]) => [id, each.outputs]));
  const conclusion = Object.values(results).some((each) => each.result === 'failure') ? 'failure' : 'success';
  return {
    file: options.workflowFile,
    name: github.workflow,
    runId: options.runId,
    runAttempt: options.runAttempt ?? 1,
    conclusion,
    outputs,
    jobs,
  };
}
