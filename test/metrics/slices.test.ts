import { describe, expect, it } from 'vitest';
import { fromPositiveProbabilities } from '../../shared/metrics/classification.js';
import { prepareMetrics, scoreMetrics } from '../../shared/metrics/score.js';
import { MISSING_SLICE, sliceMetrics } from '../../shared/metrics/slices.js';

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
