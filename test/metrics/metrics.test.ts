import { describe, expect, it } from 'vitest';
import { averagePrecision, fromPositiveProbabilities, rocAuc } from '../../shared/metrics/classification.js';
import { metricNames } from '../../shared/metrics/definitions.js';
import { computeMetrics, prepareMetrics, scoreMetrics } from '../../shared/metrics/score.js';
import { expectClose, fixture } from './fixtures.js';

interface ClassificationCase {
  name: string;
  classes: number;
  labels: number[];
  probabilities: number[];
  expected: Record<string, number | null>;
  confusion: number[][];
}
interface RegressionCase {
  name: string;
  actual: number[];
  predicted: number[];
  expected: Record<string, number | null>;
}
interface ResampleCase {
  case: string;
  indices: number[];
  expected: Record<string, number | null>;
}

const classification = fixture<ClassificationCase>('classification.json');
const regression = fixture<RegressionCase>('regression.json');

function classificationInput(c: ClassificationCase) {
  return {
    task: c.classes === 2 ? ('binary-classification' as const) : ('multiclass-classification' as const),
    data: { labels: c.labels, probabilities: c.probabilities, classes: c.classes },
  };
}

describe('classification metrics agree with sklearn 1.2', () => {
  it.each(classification.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const report = computeMetrics(classificationInput(c));
    expect(Object.keys(report.metrics)).toEqual(metricNames(report.task));
    for (const [name, expected] of Object.entries(c.expected)) expectClose(report.metrics[name], expected, `${c.name} ${name}`);
    expect(report.confusionMatrix).toEqual(c.confusion);
  });
});

describe('regression metrics agree with sklearn 1.2', () => {
  it.each(regression.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const report = computeMetrics({ task: 'regression', data: { actual: c.actual, predicted: c.predicted } });
    expect(Object.keys(report.metrics)).toEqual(metricNames('regression'));
    for (const [name, expected] of Object.entries(c.expected)) expectClose(report.metrics[name], expected, `${c.name} ${name}`);
  });
});

describe('weighted evaluation of a bootstrap resample equals sklearn on the resampled rows', () => {
  const byName = new Map<string, ClassificationCase | RegressionCase>([...classification, ...regression].map((c) => [c.name, c]));
  const cases = fixture<ResampleCase>('resamples.json');
  it.each(cases.map((c, i) => [`${c.case} draw ${i % 3}`, c] as const))('%s', (_, resample) => {
    const source = byName.get(resample.case)!;
    const prepared =
      'labels' in source
        ? prepareMetrics(classificationInput(source))
        : prepareMetrics({ task: 'regression', data: { actual: source.actual, predicted: source.predicted } });
    const counts = new Uint8Array(prepared.rows);
    for (const i of resample.indices) counts[i]++;
    const metrics = scoreMetrics(prepared, counts);
    for (const [name, expected] of Object.entries(resample.expected)) expectClose(metrics[name], expected, `${resample.case} ${name}`);
  });
});

describe('ranking metrics', () => {
  it('counts a tied positive–negative pair as half, as sklearn does', () => {
    expect(rocAuc([0, 1], [0.5, 0.5])).toBe(0.5);
    // The examples of sklearn's roc_auc_score and average_precision_score docstrings.
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBe(0.75);
    expect(averagePrecision([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.8333333333333333, 15);
  });
  it('is undefined without both classes and gives 0 average precision without positives', () => {
    expect(rocAuc([1, 1], [0.2, 0.3])).toBeNaN();
    expect(averagePrecision([0, 0], [0.2, 0.3])).toBe(0);
  });
  it('treats -0 and 0 as one tie group', () => {
    expect(rocAuc([0, 1], [-0, 0])).toBe(0.5);
  });
});

describe('input checks', () => {
  it('names the row of a label outside the classes', () => {
    expect(() =>
      prepareMetrics({
        task: 'binary-classification',
        data: { labels: [0, 2], probabilities: fromPositiveProbabilities([0.1, 0.9]), classes: 2 },
      }),
    ).toThrow(/row 2: label index 2 is not one of the model's 2 classes/);
  });
  it('refuses NaN probabilities and predictions', () => {
    expect(() =>
      prepareMetrics({
        task: 'binary-classification',
        data: { labels: [0, 1], probabilities: fromPositiveProbabilities([0.1, Number.NaN]), classes: 2 },
      }),
    ).toThrow(/row 2: the model returned NaN/);
    expect(() => prepareMetrics({ task: 'regression', data: { actual: [1, 2], predicted: [1, Number.NaN] } })).toThrow(
      /row 2: the model predicted NaN/,
    );
  });
  it('refuses empty data', () => {
    expect(() => prepareMetrics({ task: 'regression', data: { actual: [], predicted: [] } })).toThrow(/no rows to evaluate/);
    expect(() => prepareMetrics({ task: 'binary-classification', data: { labels: [], probabilities: [], classes: 2 } })).toThrow(
      /no rows to evaluate/,
    );
  });
  it('refuses a probability matrix of the wrong width', () => {
    expect(() =>
      prepareMetrics({ task: 'multiclass-classification', data: { labels: [0, 1], probabilities: [0.5, 0.5, 0.5, 0.5], classes: 3 } }),
    ).toThrow(/one probability per class/);
  });
});
