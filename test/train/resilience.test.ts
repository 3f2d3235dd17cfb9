import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startResultsServices, type ResultsServices } from '../services/results-service.js';
import { CHURN_CONFIG, runTrain, workspace } from './helpers.js';

// @actions/cache and @actions/artifact read process.env themselves, so the services' variables go there too.
let services: ResultsServices;
let restore: () => void;
const CONFIG = CHURN_CONFIG.replace('epochs: 4', 'epochs: 6');

beforeAll(async () => {
  services = await startResultsServices();
  restore = services.apply(process.env);
  process.env.RUNNER_TEMP = mkdtempSync(join(tmpdir(), 'runner-temp-'));
}, 30_000);

afterAll(async () => {
  restore?.();
  await services?.close();
});

/** A run on a fresh runner: its own workspace, the services' environment, uploads after every epoch. */
async function runnerRun(extra: Record<string, string>, attempt: string) {
  const cwd = workspace({ 'train.yml': CONFIG });
  process.env.GITHUB_WORKSPACE = cwd;
  const env = {
    ...services.env,
    GITHUB_WORKSPACE: cwd,
    RUNNER_TEMP: process.env.RUNNER_TEMP!,
    GITHUB_RUN_ID: '500',
    GITHUB_RUN_ATTEMPT: attempt,
    GITHUB_REPOSITORY: 'acme/churn',
    MLOPS_CHECKPOINT_INTERVAL_S: '0',
  };
  return runTrain(cwd, { config: 'train.yml', backend: 'cpu', seed: '4', ...extra }, env);
}

describe('checkpoint-cache through @actions/cache (fake results service + Azurite)', () => {
  it('a re-run on a new runner resumes from the last saved epoch and ends with the same metrics', async () => {
    const first = await runnerRun({ 'checkpoint-cache': 'churn-ckpt' }, '1');
    const saved = services.caches.filter((c) => c.finalized).map((c) => c.key);
    expect(saved.filter((k) => /-e\d+-500-1$/.test(k))).toHaveLength(5); // epochs 1–5; epoch 6 is the final entry
    expect(saved.some((k) => k.endsWith('-final'))).toBe(true);
    // The first runner "died" after epoch 3: only the checkpoints up to epoch 3 reached the cache.
    const lost = services.caches.filter((entry) => entry.key.endsWith('-final') || /-e00000[4-6]-/.test(entry.key));
    expect(lost).toHaveLength(3);
    for (const entry of lost) services.caches.splice(services.caches.indexOf(entry), 1);
    const second = await runnerRun({ 'checkpoint-cache': 'churn-ckpt' }, '2');
    expect(second.log.join('\n')).toMatch(/checkpoint-cache: restored churn-ckpt-[0-9a-f]+-e000003-500-1: resuming after epoch 3/);
    expect(second.log.filter((line) => /^epoch \d\/6/.test(line)).map((line) => line.split(':')[0])).toEqual([
      'epoch 4/6',
      'epoch 5/6',
      'epoch 6/6',
    ]);
    expect(second.outputs.metrics).toEqual(first.outputs.metrics);
    expect(second.summary).toContain('resumed after 3');
    expect(second.log.some((line) => line.startsWith('warning:'))).toBe(false);
    // A re-run of the finished training restores the final checkpoint and trains no more epochs.
    const third = await runnerRun({ 'checkpoint-cache': 'churn-ckpt' }, '3');
    expect(third.log.join('\n')).toMatch(/restored churn-ckpt-[0-9a-f]+-final: resuming after epoch 6/);
    expect(third.log.filter((line) => /^epoch \d\/6/.test(line))).toEqual([]);
    expect(third.outputs.metrics).toEqual(first.outputs.metrics);
  }, 60_000);

  it('a failing cache service is a warning; training goes on', async () => {
    services.failNext('CacheService/GetCacheEntryDownloadURL', 1);
    services.failNext('CacheService/CreateCacheEntry', 100);
    const run = await runnerRun({ 'checkpoint-cache': 'other-prefix' }, '1');
    services.failNext('CacheService/CreateCacheEntry', 0);
    expect(run.outputs.metrics).toBeDefined();
    expect(run.log.filter((line) => line.startsWith('warning: checkpoint-cache:'))).toHaveLength(1);
  }, 60_000);
});

describe('artifact-name through @actions/artifact', () => {
  it('uploads the package as a zip artifact', async () => {
    const run = await runnerRun({ 'artifact-name': 'churn-model' }, '1');
    const artifact = services.artifacts.find((a) => a.name === 'churn-model');
    expect(artifact?.finalized).toBe(true);
    const zip = await services.readBlob(artifact!.blob);
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    for (const name of ['manifest.json', 'metrics.json', 'model/model.json', 'model/weights.bin']) expect(zip.includes(name)).toBe(true);
    expect(run.log.join('\n')).toMatch(/uploaded the package as artifact "churn-model"/);
  }, 60_000);

  it('a failing artifact service is a warning and the step still succeeds', async () => {
    services.failNext('ArtifactService/CreateArtifact', 10);
    const run = await runnerRun({ 'artifact-name': 'broken' }, '1');
    expect(run.outputs['model-dir']).toBe('mlops-out/model');
    expect(run.log.join('\n')).toMatch(/warning: artifact-name: uploading the package as "broken" failed/);
  }, 60_000);
});
