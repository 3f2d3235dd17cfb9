import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrapDraws, pairedBootstrap, pairedBootstrapOnWorkers } from '../../shared/metrics/bootstrap.js';
import { fromPositiveProbabilities } from '../../shared/metrics/classification.js';
import { prepareMetrics } from '../../shared/metrics/score.js';
import { seededRandom } from '../../shared/stats/random.js';

const random = seededRandom(8);
const rows = 500;
const labels = Int32Array.from({ length: rows }, () => (random() < 0.3 ? 1 : 0));
const clamp = (x: number) => Math.min(1, Math.max(0, x));
const candidateScores = Float64Array.from(labels, (l) => clamp(0.3 + 0.4 * l + 0.6 * (random() - 0.5)));
const baselineScores = Float64Array.from(candidateScores, (p) => clamp(p + 0.3 * (random() - 0.5)));
const prepare = (scores: Float64Array) =>
  prepareMetrics({ task: 'binary-classification', data: { labels, probabilities: fromPositiveProbabilities(scores), classes: 2 } });
const candidate = prepare(candidateScores);
const baseline = prepare(baselineScores);

describe('bootstrapDraws', () => {
  it('gives the same draws however the resample range is split', () => {
    const whole = bootstrapDraws(candidate, baseline, 5, 0, 30);
    const first = bootstrapDraws(candidate, baseline, 5, 0, 11);
    const second = bootstrapDraws(candidate, baseline, 5, 11, 30);
    whole.names.forEach((_, m) => {
      expect(Array.from(whole.candidate[m])).toEqual([...first.candidate[m], ...second.candidate[m]]);
      expect(Array.from(whole.baseline![m])).toEqual([...first.baseline![m], ...second.baseline![m]]);
    });
  });
});

describe('paired regression', () => {
  it('scores both models in one pass exactly as two separate passes', () => {
    const actual = Float64Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? 0 : Math.sin(i) * 10));
    const prepareModel = (noise: number) =>
      prepareMetrics({ task: 'regression', data: { actual, predicted: actual.map((y, i) => y + noise * Math.cos(i * 3.1)) } });
    const [a, b] = [prepareModel(1), prepareModel(1.5)];
    const paired = bootstrapDraws(a, b, 9, 0, 25);
    expect(paired.candidate).toEqual(bootstrapDraws(a, undefined, 9, 0, 25).candidate);
    expect(paired.baseline).toEqual(bootstrapDraws(b, undefined, 9, 0, 25).candidate);
  });
});

describe('pairedBootstrapOnWorkers', () => {
  let folder: string;
  let workerFile: string;
  beforeAll(async () => {
    // The real worker entry, bundled the way the action bundle ships it (one self-contained script).
    folder = mkdtempSync(join(tmpdir(), 'bootstrap-worker-'));
    workerFile = join(folder, 'bootstrap-worker.mjs');
    await build({
      input: join(import.meta.dirname, '../../shared/metrics/bootstrap-worker.ts'),
      platform: 'node',
      output: { file: workerFile, format: 'esm' },
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('returns exactly the single-thread result from worker threads', async () => {
    const options = { resamples: 40, seed: 3 };
    const threaded = await pairedBootstrapOnWorkers(candidate, baseline, options, { workerFile, threads: 3, minWork: 0 });
    expect(threaded).toEqual(pairedBootstrap(candidate, baseline, options));
    const alone = await pairedBootstrapOnWorkers(candidate, undefined, options, { workerFile, threads: 2, minWork: 0 });
    expect(alone).toEqual(pairedBootstrap(candidate, undefined, options));
  });

  it('runs in this thread without a worker script', async () => {
    expect(await pairedBootstrapOnWorkers(candidate, baseline, { resamples: 5 }, { threads: 4, minWork: 0 })).toEqual(
      pairedBootstrap(candidate, baseline, { resamples: 5 }),
    );
  });

  it('reports a worker that fails', async () => {
    await expect(
      pairedBootstrapOnWorkers(candidate, baseline, { resamples: 4 }, { workerFile: join(folder, 'missing.mjs'), threads: 2, minWork: 0 }),
    ).rejects.toThrow();
  });
});
