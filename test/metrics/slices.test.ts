import { describe, expect, it } from 'vitest';
import { fromPositiveProbabilities } from '../../shared/metrics/classification.js';
import { prepareMetrics, scoreMetrics } from '../../shared/metrics/score.js';
import { pairedBootstrap } from '../../shared/metrics/bootstrap.js';
import { MISSING_SLICE, sliceMetrics, sliceMetricsOnWorkers, subsetPrepared } from '../../shared/metrics/slices.js';
import { seededRandom } from '../../shared/stats/random.js';

describe('sliceMetrics', () => {
  const labels = [1, 0, 1, 1, 0, 0, 1, 0];
  const candidate = [0.9, 0.2, 0.4, 0.8, 0.6, 0.1, 0.7, 0.3];
  const baseline = [0.6, 0.4, 0.3, 0.9, 0.2, 0.5, 0.4, 0.6];
  const country = ['de', 'fr', 'de', null, 'de', 'fr', '', 'us'];
  const prepare = (p: number[], rows = labels.map((_, i) => i)) =>
    prepareMetrics({
      task: 'binary-classification',
      data: { labels: rows.map((i) => labels[i]), probabilities: fromPositiveProbabilities(rows.map((i) => p[i])), classes: 2 },
    });

  it('scores each value exactly as the sliced rows alone, largest slices first', () => {
    const [result] = sliceMetrics([{ name: 'country', values: country }], prepare(candidate), prepare(baseline));
    expect(result.slices.map((s) => [s.value, s.rows])).toEqual([
      ['de', 3],
      [MISSING_SLICE, 2],
      ['fr', 2],
      ['us', 1],
    ]);
    const de = [0, 2, 4];
    expect(result.slices[0].candidate).toEqual(scoreMetrics(prepare(candidate, de)));
    expect(result.slices[0].baseline).toEqual(scoreMetrics(prepare(baseline, de)));
    expect(result.omittedSlices).toBe(0);
  });

  it('keeps at most maxSlices and counts what it left out', () => {
    const [result] = sliceMetrics([{ name: 'country', values: country }], prepare(candidate), undefined, { maxSlices: 2 });
    expect(result.slices.map((s) => s.value)).toEqual(['de', MISSING_SLICE]);
    expect(result.slices[0].baseline).toBeUndefined();
    expect([result.omittedSlices, result.omittedRows]).toEqual([2, 3]);
  });
});

describe('slice intervals', () => {
  // 3,000 rows in three slices. On "broken" the candidate is planted far worse (its scores are
  // noise); on "tiny" it is an equally good model (the same signal, its own noise), so the
  // differences are small and either way; on "same" the scores are equal.
  const n = 3000;
  const rand = seededRandom(11);
  const labels: number[] = [];
  const candidate: number[] = [];
  const baseline: number[] = [];
  const region: string[] = [];
  for (let i = 0; i < n; i++) {
    const slice = ['broken', 'tiny', 'same'][i % 3];
    const label = rand() < 0.4 ? 1 : 0;
    const good = Math.min(0.98, Math.max(0.02, (label ? 0.7 : 0.3) + (rand() - 0.5) * 0.5));
    labels.push(label);
    region.push(slice);
    baseline.push(good);
    if (slice === 'broken') candidate.push(rand());
    else if (slice === 'tiny') candidate.push(Math.min(0.98, Math.max(0.02, (label ? 0.7 : 0.3) + (rand() - 0.5) * 0.5)));
    else candidate.push(good);
  }
  const prepare = (p: number[], rows?: number[]) => {
    const at = rows ?? p.map((_, i) => i);
    return prepareMetrics({
      task: 'binary-classification',
      data: { labels: at.map((i) => labels[i]), probabilities: fromPositiveProbabilities(at.map((i) => p[i])), classes: 2 },
    });
  };
  const metrics = ['accuracy', 'f1', 'roc_auc'];
  const intervals = { metrics, resamples: 300, seed: 5 };
  const [column] = sliceMetrics([{ name: 'region', values: region }], prepare(candidate), prepare(baseline), { intervals });
  const slice = (value: string) => column.slices.find((s) => s.value === value)!;

  it('labels a planted slice difference beyond the noise worse, a tiny one within noise', () => {
    for (const m of metrics) expect(slice('broken').changes![m].verdict, m).toBe('worse');
    const tiny = slice('tiny').changes!;
    for (const m of metrics) expect(tiny[m].delta, m).not.toBe(0);
    for (const m of metrics) expect(tiny[m].verdict, m).toBe('within noise');
    for (const m of metrics) expect(slice('same').changes![m].delta).toBe(0);
    expect(column.intervals).toEqual({ metrics, resamples: 300, seed: 5, confidence: 0.95 });
  });

  it('gives exactly the intervals of a paired bootstrap of the slice rows alone, with the same seed', () => {
    for (const value of ['broken', 'tiny', 'same']) {
      const rows = region.flatMap((r, i) => (r === value ? [i] : []));
      const direct = pairedBootstrap(prepare(candidate, rows), prepare(baseline, rows), { resamples: 300, seed: 5 });
      for (const m of metrics) {
        const d = direct.metrics.find((x) => x.metric === m)!;
        const change = slice(value).changes![m];
        expect(change.interval).toEqual(d.deltaInterval);
        expect(change.verdict).toBe(d.verdict);
        expect(change.delta).toBe(d.delta);
        expect(change.candidate).toBeCloseTo(slice(value).candidate[m], 12);
      }
    }
  });

  it('the worker-thread variant gives the same slices', async () => {
    const onWorkers = await sliceMetricsOnWorkers([{ name: 'region', values: region }], prepare(candidate), prepare(baseline), {
      intervals,
    });
    expect(onWorkers).toEqual([column]);
  });

  it('no baseline or no resamples: no verdicts', () => {
    const [alone] = sliceMetrics([{ name: 'region', values: region }], prepare(candidate), undefined, { intervals });
    expect(alone.slices.every((s) => s.changes === undefined)).toBe(true);
    expect(alone.intervals).toBeUndefined();
    const [off] = sliceMetrics([{ name: 'region', values: region }], prepare(candidate), prepare(baseline), {
      intervals: { ...intervals, resamples: 0 },
    });
    expect(off.slices[0].changes!.accuracy).toMatchObject({ interval: null, verdict: null });
  });
});

describe('subsetPrepared', () => {
  it('equals preparing the subset from scratch (classification with ties, multiclass, regression)', () => {
    const scores = [0.5, 0.2, 0.5, 0.9, 0.2, 0.5, 0.1, 0.9, 0.5, 0.3];
    const labels = [1, 0, 0, 1, 1, 0, 0, 1, 1, 0];
    const rows = [0, 2, 3, 5, 7, 8];
    const binary = (at: number[]) =>
      prepareMetrics({
        task: 'binary-classification',
        data: { labels: at.map((i) => labels[i]), probabilities: fromPositiveProbabilities(at.map((i) => scores[i])), classes: 2 },
      });
    const all = labels.map((_, i) => i);
    expect(subsetPrepared(binary(all), rows)).toEqual(binary(rows));

    const three = (at: number[]) =>
      prepareMetrics({
        task: 'multiclass-classification',
        data: {
          labels: at.map((i) => i % 3),
          probabilities: Float64Array.from(at.flatMap((i) => [scores[i], 1 - scores[i], 0.5].map((v) => v / 1.5))),
          classes: 3,
        },
      });
    expect(subsetPrepared(three(all), rows)).toEqual(three(rows));

    const regression = (at: number[]) =>
      prepareMetrics({ task: 'regression', data: { actual: at.map((i) => i * 1.5 - 3), predicted: at.map((i) => scores[i] * 10) } });
    const sub = subsetPrepared(regression(all), rows);
    const fresh = regression(rows);
    const a = scoreMetrics(sub);
    const b = scoreMetrics(fresh);
    for (const key of Object.keys(b)) expect(a[key], key).toBeCloseTo(b[key], 10);
  });
});
