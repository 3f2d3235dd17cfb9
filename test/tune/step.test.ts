import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRunContext } from '../../shared/github/context.js';
import { parseActionInputs } from '../../shared/inputs/parse.js';
import { readModelPackage } from '../../shared/model/package.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { run as tuneStep } from '../../shared/steps/tune.js';
import { runAction, type ActionRun } from '../harness/runner.js';
import { startResultsServices, type ResultsServices } from '../services/results-service.js';
import { renderGfm } from '../support/gfm.js';

// The committed tune bundle (dist/, built by `npm run build`) under Node 24 as the runner starts
// it. Trials train the built-in trainer on the churn fixture with the wasm backend (one thread,
// so results do not depend on how many trials share the cores), in worker processes.

const fixtures = join(import.meta.dirname, '../train/fixtures');
const CONFIG =
  'name: churn\ndata: churn.csv\ntarget: churned\nfeatures: {exclude: [customer_id]}\nmodel: {hidden: [8]}\ntraining: {epochs: 6, batch_size: 64, learning_rate: 0.01}\n';
const SPACE = [
  'learning_rate: {type: loguniform, low: 1.0e-3, high: 0.1}',
  'hidden: {choice: [[4], [8], [16, 8]]}',
  'batch_size: {type: int, low: 32, high: 128, step: 32}',
  '',
].join('\n');

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-tune-'));
  cpSync(join(fixtures, 'churn.csv'), join(dir, 'churn.csv'));
  writeFileSync(join(dir, 'train.yml'), CONFIG);
  writeFileSync(join(dir, 'space.yml'), SPACE);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function tune(ws: string, inputs: Record<string, string>, options: { env?: Record<string, string>; runAttempt?: number } = {}) {
  return runAction({
    action: 'tune',
    with: { 'search-space': 'space.yml', backend: 'wasm', ...inputs },
    workspace: ws,
    env: options.env,
    runAttempt: options.runAttempt,
    timeoutMs: 120_000,
  });
}

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
/** A study's trials without what depends on timing. */
const trialsOf = (ws: string, dir = 'mlops-out/tune') =>
  readJson(join(ws, dir, 'trials.json')).trials.map(({ durationSeconds: _, ...rest }: Record<string, unknown>) => rest);
const errorOf = (run: ActionRun) => run.annotations.find((a) => a.level === 'error')?.message ?? '';

function expectSuccess(run: ActionRun): void {
  expect(run.exitCode, `${errorOf(run)}\n${run.log}\n${run.stderr}`).toBe(0);
  expect(run.tokenLeaked).toBe(false);
}

describe('tune local', () => {
  it('a seeded run is reproducible: the same trials, pruning decisions, best and package', async () => {
    const inputs = { config: 'train.yml', algorithm: 'tpe', pruner: 'asha', trials: '8', parallel: '2', seed: '7' };
    const [a, b] = [workspace(), workspace()];
    const first = await tune(a, inputs);
    const second = await tune(b, inputs);
    expectSuccess(first);
    expectSuccess(second);
    expect(first.log).toContain('trials run in up to 2 worker processes');
    expect(trialsOf(b)).toEqual(trialsOf(a));
    const trials = trialsOf(a);
    expect(trials.map((t: { number: number }) => t.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(trials.every((t: { state: string }) => t.state === 'complete' || t.state === 'pruned')).toBe(true);
    // A pruned trial stopped training at the epoch the pruner named: no later epoch, no package.
    const pruned = trials.filter((t: { state: string }) => t.state === 'pruned');
    expect(pruned.length).toBeGreaterThan(0);
    for (const trial of pruned) {
      expect(Math.max(...trial.intermediate.map((p: { epoch: number }) => p.epoch))).toBe(trial.prunedAt);
      expect(trial.prunedAt).toBeLessThan(6);
      expect(existsSync(join(a, `mlops-out/tune/trial-${trial.number}/package`))).toBe(false);
    }
    for (const key of ['best-params', 'best-value', 'best-trial', 'model-dir', 'trials-file'])
      expect(second.outputs[key]).toBe(first.outputs[key]);
    const best = trials.find((t: { number: number }) => t.number === Number(first.outputs['best-trial']));
    expect(Number(first.outputs['best-value'])).toBe(best.value);
    expect(Math.min(...trials.filter((t: { state: string }) => t.state === 'complete').map((t: { value: number }) => t.value))).toBe(
      best.value,
    );
    // The best trial's package is a complete, verifiable package whose val_loss is the best value.
    expect(first.outputs['model-dir']).toBe(`mlops-out/tune/trial-${best.number}/package`);
    const manifest = await readModelPackage(join(a, first.outputs['model-dir']));
    expect(manifest.metrics.val_loss).toBe(best.value);
    expect(manifest.params).toMatchObject({ overrides: best.params, seed: 7 });
    expect(readFileSync(join(a, 'mlops-out/tune/trials.csv'), 'utf8').split('\n')[0]).toBe(
      'number,state,value,last_epoch,pruned_at,duration_s,round,error,params_learning_rate,params_hidden,params_batch_size',
    );
    expect(first.summary).toContain('```mermaid');
    expect(first.summary).toContain('#### Parameter importance');
    expect(renderGfm(first.summary)).toContain('<table>');
  }, 180_000);

  it('a worker process that dies fails its trial only; the next trial gets a fresh process', async () => {
    // A stand-in bundle whose worker dies on its first trial (as out of memory would) and answers the others.
    const fake = [
      "import { existsSync, writeFileSync } from 'node:fs';",
      'export async function serveTrialWorker() {',
      "  process.on('message', (message) => {",
      "    if (message.type !== 'run') return;",
      "    if (!existsSync('died')) writeFileSync('died', ''), process.exit(3);",
      "    const outcome = { metrics: { val_loss: 0.5 }, backend: 'fake', device: 'fake', epochs: 1, durationSeconds: 0 };",
      "    process.send({ type: 'done', id: message.id, outcome });",
      '  });',
      "  process.on('disconnect', () => process.exit(0));",
      '}',
    ].join('\n');
    const ws = workspace({ 'fake-bundle.mjs': fake });
    const run = await tune(
      ws,
      { config: 'train.yml', trials: '3', algorithm: 'random' },
      { env: { MLOPS_TUNE_WORKER_BUNDLE: join(ws, 'fake-bundle.mjs') } },
    );
    expectSuccess(run);
    const trials = trialsOf(ws);
    expect(trials.map((t: { state: string }) => t.state)).toEqual(['failed', 'complete', 'complete']);
    expect(trials[0].error).toBe("the trial's worker process exited with code 3 (out of memory?)");
  });

  it('a study where every trial fails fails the step with the first error, and records each failure', async () => {
    const ws = workspace({ 'bad.yml': 'epochs: {uniform: [1, 3]}\n' });
    const run = await tune(ws, { config: 'train.yml', 'search-space': 'bad.yml', trials: '3', algorithm: 'random' });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toMatch(
      /^tune: all 3 trials failed; the first \(trial 0\) with: train\.yml:6: training\.epochs must be a whole number \(got \d\.\d+\)\.$/,
    );
    const trials = trialsOf(ws);
    expect(trials.map((t: { state: string }) => t.state)).toEqual(['failed', 'failed', 'failed']);
    expect(trials[2].error).toMatch(/training\.epochs must be a whole number/);
    expect(run.summary).toContain('| 0 | failed |');
  }, 60_000);
});

describe('tune local with a command objective', () => {
  // A command trial: checks MLOPS_PARAMS against MLOPS_PARAMS_FILE and writes metrics.json. With
  // KILL_AT set, the first time that trial starts it kills the step's process (the runner dying
  // midway); FAIL_AT makes one trial fail.
  const OBJECTIVE = `
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const params = JSON.parse(process.env.MLOPS_PARAMS);
if (JSON.stringify(JSON.parse(readFileSync(process.env.MLOPS_PARAMS_FILE, 'utf8'))) !== JSON.stringify(params)) process.exit(9);
const trial = Number(process.env.MLOPS_TRIAL);
if (process.env.FAIL_AT === String(trial)) { console.log('diverged'); process.exit(3); }
if (process.env.KILL_AT === String(trial) && !existsSync('killed')) {
  writeFileSync('killed', '');
  // Find the step: the ancestor running the action's bundle.
  for (let pid = process.ppid; pid > 1; ) {
    const cmdline = readFileSync('/proc/' + pid + '/cmdline', 'utf8');
    if (cmdline.includes('actions/tune/dist/index.js')) { process.kill(pid, 'SIGKILL'); break; }
    pid = Number(readFileSync('/proc/' + pid + '/stat', 'utf8').split(') ')[1].split(' ')[1]);
  }
  process.exit(1);
}
const score = (params.x - 0.3) ** 2 + (params.kind === 'b' ? 0 : 0.1);
writeFileSync(join(process.env.MLOPS_OUTPUT_DIR, 'metrics.json'), JSON.stringify({ score }));
`;
  const COMMAND_SPACE = 'x: {uniform: [0, 1]}\nkind: {choice: [a, b]}\n';
  const inputs = {
    command: 'node objective.mjs',
    'search-space': 'command-space.yml',
    metric: 'score',
    direction: 'minimize',
    algorithm: 'tpe',
    trials: '14',
    parallel: '2',
  };
  const commandWorkspace = () => workspace({ 'objective.mjs': OBJECTIVE, 'command-space.yml': COMMAND_SPACE });

  it('an interrupted study resumes from its trials file and ends as an uninterrupted one', async () => {
    const whole = commandWorkspace();
    const uninterrupted = await tune(whole, inputs);
    expectSuccess(uninterrupted);

    const ws = commandWorkspace();
    const killed = await tune(ws, inputs, { env: { KILL_AT: '6' } });
    expect(killed.exitCode).toBeNull(); // killed by SIGKILL
    const partial = readJson(join(ws, 'mlops-out/tune/trials.json')).trials;
    const finished = partial.filter((t: { state: string }) => t.state !== 'running').length;
    expect(finished).toBeGreaterThanOrEqual(4);
    expect(finished).toBeLessThan(14);
    const resumed = await tune(ws, inputs, { env: { KILL_AT: '6' } });
    expectSuccess(resumed);
    expect(resumed.log).toContain(`resuming the study in mlops-out/tune/trials.json: ${finished} trials finished`);
    expect(trialsOf(ws)).toEqual(trialsOf(whole));
    for (const key of ['best-params', 'best-value', 'best-trial']) expect(resumed.outputs[key]).toBe(uninterrupted.outputs[key]);
    expect(existsSync(join(ws, resumed.outputs['model-dir'], 'manifest.json'))).toBe(true);
  }, 120_000);

  it('a failing trial is recorded with its error and the search goes on', async () => {
    const ws = commandWorkspace();
    const run = await tune(ws, { ...inputs, trials: '4' }, { env: { FAIL_AT: '1' } });
    expectSuccess(run);
    const trials = trialsOf(ws);
    expect(trials.map((t: { state: string }) => t.state)).toEqual(['complete', 'failed', 'complete', 'complete']);
    expect(trials[1].error).toMatch(/^the training command failed \(exit code 3\)/);
    expect(run.log).toContain('[trial 1] diverged');
  }, 60_000);
});

describe('tune as a job matrix: plan → trial × N → report', () => {
  let services: ResultsServices;
  let restore: () => void;
  beforeAll(async () => {
    services = await startResultsServices();
    restore = services.apply(process.env);
  }, 30_000);
  afterAll(async () => {
    restore?.();
    await services?.close();
  });

  /** What actions/download-artifact with `pattern` and `merge-multiple` does: every matching artifact, unzipped into one folder. */
  async function downloadArtifacts(pattern: RegExp, path: string) {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const client = new DefaultArtifactClient();
    const { artifacts } = await client.listArtifacts();
    for (const artifact of artifacts.filter((a) => pattern.test(a.name))) await client.downloadArtifact(artifact.id, { path });
  }

  /** One trial job: a fresh runner with the plan's study, the trial, its artifact uploaded. */
  async function trialJob(study: string, trial: unknown, runAttempt = 1) {
    const ws = workspace();
    mkdirSync(join(ws, 'mlops-out/tune'), { recursive: true });
    cpSync(study, join(ws, 'mlops-out/tune/trials.json'));
    const run = await tune(ws, { mode: 'trial', config: 'train.yml', trial: JSON.stringify(trial) }, { env: services.env, runAttempt });
    expectSuccess(run);
    return run;
  }

  it('gives the same trials and best as local with the same seed and sampler random; artifacts really upload', async () => {
    const study = { algorithm: 'random', seed: '11', trials: '6', metric: 'val_loss' };
    const local = await tune(workspace(), { ...study, config: 'train.yml', parallel: '2' });
    expectSuccess(local);

    const control = workspace();
    const plan = (round: string) => tune(control, { ...study, mode: 'plan', config: 'train.yml', rounds: '2', round });
    const studyFile = join(control, 'mlops-out/tune/trials.json');
    for (const round of ['0', '1']) {
      const planned = await plan(round);
      expectSuccess(planned);
      const matrix = JSON.parse(planned.outputs.matrix);
      expect(planned.outputs.planned).toBe('3');
      expect(planned.outputs.round).toBe(round);
      expect(matrix.trial.map((t: { number: number }) => t.number)).toEqual(round === '0' ? [0, 1, 2] : [3, 4, 5]);
      // A re-run of the plan job returns the same matrix and adds no trials.
      const again = await plan(round);
      expect(again.outputs.matrix).toBe(planned.outputs.matrix);
      expect(readJson(studyFile).trials).toHaveLength(Number(round) * 3 + 3);
      for (const trial of matrix.trial) {
        const job = await trialJob(studyFile, trial);
        expect(job.outputs['trial-state']).toBe('complete');
        expect(job.log).toMatch(new RegExp(`uploaded trial ${trial.number} as artifact "tune-trial-${trial.number}"`));
      }
      await downloadArtifacts(/^tune-trial-\d+$/, join(control, 'mlops-out/tune'));
    }
    expect(services.artifacts.filter((a) => a.finalized).map((a) => a.name)).toEqual([0, 1, 2, 3, 4, 5].map((n) => `tune-trial-${n}`));

    const report = await tune(control, { mode: 'report' });
    expectSuccess(report);
    expect(report.log).toContain('gathered 6 trial results');
    for (const key of ['best-params', 'best-value', 'best-trial']) expect(report.outputs[key]).toBe(local.outputs[key]);
    const comparable = (trials: Record<string, unknown>[]) => trials.map(({ round: _, attributes: __, ...rest }) => rest);
    expect(comparable(trialsOf(control))).toEqual(comparable(trialsOf(local.workspace)));
    expect(trialsOf(control).map((t: { round: number }) => t.round)).toEqual([0, 0, 0, 1, 1, 1]);
    // The best package came with its trial's artifact.
    expect(report.outputs['model-dir']).toBe(`mlops-out/tune/trial-${report.outputs['best-trial']}/package`);
    expect((await readModelPackage(join(control, report.outputs['model-dir']))).metrics.val_loss).toBe(
      Number(report.outputs['best-value']),
    );
    expect(report.summary).toContain('```mermaid');
    expect(report.summary).toContain('| learning_rate |');

    // Report is idempotent; a re-run trial job does not train again what has a result.
    const again = await tune(control, { mode: 'report' });
    expect(again.outputs).toEqual(report.outputs);
    const rerun = await trialJob(studyFile, JSON.parse((await plan('1')).outputs.matrix).trial[0], 2);
    expect(rerun.log).toContain('trial 3 already has a result (complete) in the study; it is not run again.');
    expect(services.artifacts).toHaveLength(6);
  }, 300_000);

  it('a trial whose job reported nothing is failed when the next round is planned, and retried by a re-run', async () => {
    const control = workspace();
    const inputs = { mode: 'plan', config: 'train.yml', algorithm: 'random', trials: '2', rounds: '2' };
    const first = await tune(control, { ...inputs, round: '0' });
    const [lost] = JSON.parse(first.outputs.matrix).trial;
    const second = await tune(control, { ...inputs, round: '1' });
    expectSuccess(second);
    const studyFile = join(control, 'mlops-out/tune/trials.json');
    expect(readJson(studyFile).trials[0]).toMatchObject({
      number: 0,
      state: 'failed',
      error: expect.stringMatching(/no result was reported/),
    });
    // The re-run of the lost job (attempt 2) trains it, and its result replaces the failure.
    const rerun = await trialJob(studyFile, lost, 2);
    expect(rerun.log).toMatch(/uploaded trial 0 as artifact "tune-trial-0-attempt-2"/);
    await downloadArtifacts(/^tune-trial-0-attempt-2$/, join(control, 'mlops-out/tune'));
    const report = await tune(control, { mode: 'report' });
    expectSuccess(report);
    expect(report.outputs['best-trial']).toBe('0');
    expect(report.outputs['model-dir']).toBe('mlops-out/tune/trial-0-attempt-2/package');
    expect(readJson(studyFile).trials.map((t: { state: string }) => t.state)).toEqual(['complete', 'failed']);
  }, 120_000);
});

describe('tune report', () => {
  it('fails with the first error when no trial reported a result, after writing the summary', async () => {
    const ws = workspace();
    expectSuccess(await tune(ws, { mode: 'plan', config: 'train.yml', trials: '2', algorithm: 'random' }));
    const run = await tune(ws, { mode: 'report' });
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toBe(
      'tune: all 2 trials failed; the first (trial 0) with: no result was reported for this trial (its job failed or was cancelled)',
    );
    expect(run.summary).toContain('| 1 | failed |');
    expect(trialsOf(ws).map((t: { state: string }) => t.state)).toEqual(['failed', 'failed']);
  });

  it("takes a known metric's direction when direction is left empty", async () => {
    const ws = workspace();
    expectSuccess(await tune(ws, { mode: 'plan', metric: 'val_auc' }));
    expect(readJson(join(ws, 'mlops-out/tune/trials.json')).direction).toBe('maximize');
  });
});

describe('tune inputs', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['no objective', {}, /give config \(a built-in trainer YAML\) or command/],
    ['config and command', { config: 'train.yml', command: 'true' }, /give either config .* or command .*, not both/],
    [
      'a parameter the config does not have',
      { config: 'train.yml', 'search-space': 'learnin_rate: {uniform: [0, 1]}' },
      /search-space parameter "learnin_rate" is not a setting of the trainer config \(did you mean "learning_rate"\?\)/,
    ],
    [
      'a broken search space',
      { config: 'train.yml', 'search-space': 'lr: {type: normal, low: 0, high: 1}' },
      /search-space parameter "lr" needs type: uniform, loguniform, int, choice/,
    ],
    [
      'a direction against the metric',
      { config: 'train.yml', metric: 'val_auc', direction: 'minimize' },
      /direction is minimize but val_auc is better when higher; set direction: maximize/,
    ],
    [
      'an unknown metric without direction',
      { config: 'train.yml', metric: 'my_score' },
      /metric "my_score" is not one the suite knows.*set direction/,
    ],
    [
      'a missing search-space file',
      { config: 'train.yml', 'search-space': 'nope.yml' },
      /search-space names the file nope\.yml, which cannot be read \(it does not exist\)/,
    ],
    ['an unknown mode', { config: 'train.yml', mode: 'remote' }, /input "mode" must be one of .* got "remote"/],
    ['parallel 0', { config: 'train.yml', parallel: '0' }, /input "parallel" must be at least 1/],
    ['trial mode without a trial', { mode: 'trial', config: 'train.yml' }, /trial is required in trial mode/],
    ['trial mode with a broken trial', { mode: 'trial', config: 'train.yml', trial: '{"number": -1}' }, /trial has no whole "number" ≥ 0/],
    [
      'trial mode without a study',
      { mode: 'trial', config: 'train.yml', trial: '{"number": 0, "params": {}}' },
      /trial mode needs the study in trials-dir/,
    ],
    ['a round before its turn', { mode: 'plan', round: '2' }, /round is 2, but the study .* has no rounds yet: round 0 comes first/],
    ['report without a study', { mode: 'report' }, /report mode needs the study in trials-dir/],
  ];
  it.each(cases)('%s: a clear error naming the input', async (_name, inputs, message) => {
    const run = await tune(workspace(), inputs);
    expect(run.exitCode).toBe(1);
    expect(errorOf(run)).toMatch(message);
    expect(errorOf(run)).not.toMatch(/Unexpected error/);
  });

  it('a study file of another study is refused, naming what differs', async () => {
    const ws = workspace();
    expectSuccess(await tune(ws, { mode: 'plan', config: 'train.yml' }));
    const run = await tune(ws, { mode: 'plan', config: 'train.yml', seed: '1', algorithm: 'random' });
    expect(errorOf(run)).toMatch(/mlops-out\/tune\/trials\.json holds a different study \(its sampler, seed differ from the inputs\)/);
  });
});

describe('tune from the TypeScript sources', () => {
  it('without a bundle to start workers from, trials run in this process, one at a time', async () => {
    const ws = workspace();
    const log: string[] = [];
    const io = createCliIO((line) => log.push(line));
    const env = { PATH: process.env.PATH, HOME: process.env.HOME };
    const raw = { config: 'train.yml', 'search-space': 'space.yml', trials: '3', parallel: '2', backend: 'cpu', algorithm: 'random' };
    const outputs = await tuneStep({ inputs: parseActionInputs('tune', raw), io, env, cwd: ws, run: readRunContext(env) });
    expect(log).toContain('3 trials, trials run in this process, one at a time (no bundle to start workers from).');
    expect(log.filter((line) => /^trial \d: complete/.test(line))).toHaveLength(3);
    expect(outputs['model-dir']).toBe(`mlops-out/tune/trial-${outputs['best-trial']}/package`);
  });
});
