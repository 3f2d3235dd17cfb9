// ml-tune.yml run end to end through local/'s workflow runner, from the example repository's
// caller: plan → a matrix of trial jobs (fromJSON(needs.plan-1.outputs.matrix)) → the next
// round planned from the first round's artifacts → report, the study travelling between jobs as
// artifacts, every `${{ }}` evaluated by GitHub's expression engine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../local/action-runner.js';
import { eventPayload } from '../../local/events.js';
import { type ExampleRepository, EXAMPLE_REPOSITORY, openExampleRepository } from '../../local/lifecycle.js';
import type { WorkflowRun } from '../../local/workflow-runner.js';

describe('ml-tune.yml from the example repository, two rounds of three trials', () => {
  let example: ExampleRepository;
  let run: WorkflowRun;
  const log: string[] = [];

  beforeAll(async () => {
    example = await openExampleRepository({
      outDir: join(repoRoot, '.tmp', 'tune-workflow'),
      stagingPort: 0,
      productionPort: 0,
      log: (line) => log.push(line),
    });
    const inputs = { trials: '6', rounds: '2' };
    const payload = eventPayload('workflow_dispatch', { repository: EXAMPLE_REPOSITORY, inputs });
    run = await example.run(
      'tune',
      'ml-tune.yml',
      { name: 'workflow_dispatch', payload },
      { sha: example.mainSha, ref: 'refs/heads/main', inputs },
    );
  }, 600_000);

  afterAll(async () => example?.emulator.close());

  it('plans each round, runs its matrix, reports the best, and skips the rounds not asked for', () => {
    expect(run.conclusion, log.join('\n')).toBe('success');
    const jobs = run.jobs.map((job) => `${job.path}:${job.result}`);
    const trialJobs = (round: number) => jobs.filter((job) => job.startsWith(`tune/trials-${round}`));
    expect(jobs.filter((job) => job.startsWith('tune/plan-'))).toEqual([
      'tune/plan-1:success',
      'tune/plan-2:success',
      'tune/plan-3:skipped',
      'tune/plan-4:skipped',
    ]);
    expect(trialJobs(1)).toHaveLength(3);
    expect(trialJobs(2)).toHaveLength(3);
    for (const job of [...trialJobs(1), ...trialJobs(2)]) expect(job).toMatch(/:success$/);
    expect(jobs.at(-1)).toBe('tune/report:success');
    expect(example.emulator.validationErrors).toEqual([]);
  });

  it('the report names the best of the six trials, from the study the rounds built', () => {
    const outputs = run.outputs.tune as Record<string, string>;
    const report = run.jobs.find((job) => job.path === 'tune/report')!;
    const workspace = report.steps.find((step) => step.run?.workspace)!.run!.workspace;
    const trials = JSON.parse(readFileSync(join(workspace, 'mlops-out/tune/trials.json'), 'utf8')) as {
      trials: { number: number; state: string; value?: number; params: Record<string, unknown> }[];
    };
    const complete = trials.trials.filter((trial) => trial.state === 'complete');
    expect(complete).toHaveLength(6);
    expect(new Set(trials.trials.map((trial) => trial.number)).size).toBe(6);
    const best = complete.reduce((a, b) => (b.value! < a.value! ? b : a));
    expect(Number(outputs['best-value'])).toBeCloseTo(best.value!, 12);
    expect(Number(outputs['best-trial'])).toBe(best.number);
    expect(JSON.parse(outputs['best-params'])).toEqual(best.params);
    expect(outputs['model-artifact']).toBe('tune-best-model');
  });
});
