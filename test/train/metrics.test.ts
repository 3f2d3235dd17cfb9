import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeFolds, taskMetrics } from '../../shared/train/metrics.js';

// Reference values from sklearn 1.2 (test/train/fixtures/make_fixtures.py). train reports its
// metrics through shared/metrics, the code evaluate uses; these pin what train passes it.
const fixture = JSON.parse(readFileSync(new URL('./fixtures/sklearn-metrics.json', import.meta.url), 'utf8'));

describe('train metrics match sklearn to 1e-9', () => {
  it('binary: roc_auc_score with tied scores, log_loss, accuracy', () => {
    const { labels, scores } = fixture.binary;
    const m = taskMetrics('binary-classification', labels, scores);
    expect(m.auc).toBeCloseTo(fixture.binary.auc, 9);
    expect(m.loss).toBeCloseTo(fixture.binary.log_loss, 9);
    expect(m.accuracy).toBeCloseTo(fixture.binary.accuracy, 12);
  });

  it('multiclass log_loss, accuracy and one-vs-rest macro AUC', () => {
    const { labels, probabilities } = fixture.multiclass;
    const m = taskMetrics('multiclass-classification', labels, probabilities, 3);
    expect(m.loss).toBeCloseTo(fixture.multiclass.log_loss, 9);
    expect(m.accuracy).toBeCloseTo(fixture.multiclass.accuracy, 12);
    expect(m.auc).toBeCloseTo(fixture.multiclass.auc_ovr_macro, 9);
  });

  it('regression mse (the loss), rmse, mae, r2', () => {
    const { actual, predicted } = fixture.regression;
    const m = taskMetrics('regression', actual, predicted);
    expect(m.loss).toBeCloseTo(fixture.regression.mse, 9);
    expect(m.rmse).toBeCloseTo(fixture.regression.rmse, 9);
    expect(m.mae).toBeCloseTo(fixture.regression.mae, 9);
    expect(m.r2).toBeCloseTo(fixture.regression.r2, 9);
  });

  it('cross-validation mean and std (numpy ddof=0)', () => {
    const folds = fixture.folds.values.map((v: number) => ({ val_auc: v }));
    const summary = summarizeFolds(folds);
    expect(summary.cv_val_auc_mean).toBeCloseTo(fixture.folds.mean, 12);
    expect(summary.cv_val_auc_std).toBeCloseTo(fixture.folds.std, 12);
  });

  it('AUC is undefined (NaN) when only one class is present', () => {
    expect(taskMetrics('binary-classification', [1, 1, 1], [0.2, 0.3, 0.4]).auc).toBeNaN();
  });
});
