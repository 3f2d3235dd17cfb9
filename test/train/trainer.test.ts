import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBackend, type Engine } from '../../shared/train/backend.js';
import { parseConfig } from '../../shared/train/config.js';
import { loadTable } from '../../shared/data/table.js';
import { trainFromConfig } from '../../shared/train/trainer.js';
import { predictNetwork } from '../../shared/model/network.js';
import { applyPreprocessing } from '../../shared/model/preprocessing.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const env = { ...process.env };
// The same behaviour from both kernels: TF.js (here its cpu backend) and onnxruntime's native one.
const engines = {
  cpu: await loadBackend('cpu', { cwd: root, env }),
  onnxruntime: await loadBackend('onnxruntime', { cwd: root, env: { ...env, MLOPS_TRAIN_THREADS: '2' } }),
};
let engine: Engine = engines.cpu;

async function train(yaml: string, file: string, seed = 1) {
  const table = await loadTable(`test/train/fixtures/${file}`, { cwd: root });
  return trainFromConfig(engine, parseConfig(yaml, 'train.yml'), table, { seed });
}

describe.each(Object.keys(engines) as (keyof typeof engines)[])('built-in trainer (%s backend)', (name) => {
  beforeAll(() => {
    engine = engines[name];
  });

  it('learns the churn data with an mlp, reporting train and validation metrics', async () => {
    const outcome = await train(
      'target: churned\nfeatures: {exclude: [customer_id]}\nmodel: {type: mlp, hidden: [16], dropout: 0.1}\ntraining: {epochs: 15, batch_size: 32, learning_rate: 0.01}\n',
      'churn.csv',
    );
    expect(outcome.plan.task).toBe('binary-classification');
    expect(outcome.plan.features).toEqual(['tenure', 'monthly_charges', 'plan', 'contract']);
    expect(outcome.metrics.val_auc).toBeGreaterThan(0.7);
    expect(Object.keys(outcome.metrics)).toEqual(
      expect.arrayContaining(['loss', 'accuracy', 'auc', 'val_loss', 'val_accuracy', 'val_auc']),
    );
    expect(outcome.history.loss).toHaveLength(15);
    expect(outcome.history.val_auc).toHaveLength(15);
    expect(outcome.history.loss[14]).toBeLessThan(outcome.history.loss[0]);
    expect(outcome.trainRows + outcome.validationRows).toBe(600);
  });

  it('is deterministic: same config, seed and backend give the same metrics; another seed differs', async () => {
    const yaml =
      'target: churned\nfeatures: {exclude: [customer_id]}\nmodel: {hidden: [8], dropout: 0.2}\ntraining: {epochs: 3, batch_size: 64}\n';
    const a = await train(yaml, 'churn.csv', 5);
    const b = await train(yaml, 'churn.csv', 5);
    const c = await train(yaml, 'churn.csv', 6);
    expect(b.metrics).toEqual(a.metrics);
    expect(b.history).toEqual(a.history);
    expect(c.metrics.loss).not.toBe(a.metrics.loss);
  });

  it('auto-detects regression and reports rmse/mae in target units', async () => {
    const outcome = await train(
      'target: price\nmodel: linear\ntraining: {epochs: 60, batch_size: 32, learning_rate: 0.05}\n',
      'regression.csv',
    );
    expect(outcome.plan.task).toBe('regression');
    expect(outcome.metrics.val_rmse).toBeLessThan(1.5);
    expect(outcome.metrics.val_loss).toBeCloseTo(outcome.metrics.val_rmse ** 2, 9);
  });

  it('auto-detects multiclass from text labels and learns separable blobs', async () => {
    const outcome = await train('target: species\nmodel: logistic\ntraining: {epochs: 40, learning_rate: 0.05}\n', 'multiclass.csv');
    expect(outcome.plan.task).toBe('multiclass-classification');
    expect(outcome.preprocessing.target.classes).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(outcome.metrics.val_accuracy).toBeGreaterThan(0.85);
  });

  it('early stopping stops before the epoch budget and keeps the best epoch', async () => {
    const outcome = await train(
      'target: churned\nfeatures: {exclude: [customer_id]}\nmodel: {hidden: [32]}\ntraining: {epochs: 200, learning_rate: 0.05, early_stopping: {patience: 2}}\n',
      'churn.csv',
    );
    expect(outcome.stoppedEarly).toBe(true);
    expect(outcome.epochs).toBeLessThan(200);
    expect(outcome.epochs - outcome.bestEpoch).toBe(2);
  });

  it('cv_folds reports mean and std of each validation metric', async () => {
    const outcome = await train(
      'target: churned\nfeatures: {exclude: [customer_id]}\nmodel: logistic\ntraining: {epochs: 3, cv_folds: 3, class_weight: balanced}\n',
      'churn.csv',
    );
    for (const name of ['val_loss', 'val_accuracy', 'val_auc']) {
      expect(outcome.metrics[`cv_${name}_mean`]).toBeGreaterThan(0);
      expect(outcome.metrics[`cv_${name}_std`]).toBeGreaterThanOrEqual(0);
    }
  });

  it('class_weight balanced raises recall of the minority class', async () => {
    const base = 'target: churned\nfeatures: {exclude: [customer_id]}\nmodel: logistic\n';
    const plain = await train(`${base}training: {epochs: 20, learning_rate: 0.05}\n`, 'churn.csv');
    const balanced = await train(`${base}training: {epochs: 20, learning_rate: 0.05, class_weight: balanced}\n`, 'churn.csv');
    const table = await loadTable('test/train/fixtures/churn.csv', { cwd: root });
    const positives = (o: typeof plain) => {
      const out = predictNetwork(o.network, applyPreprocessing(o.preprocessing, table), table.rows);
      return Array.from(out).filter((p) => p >= 0.5).length;
    };
    expect(positives(balanced)).toBeGreaterThan(positives(plain));
  });

  it('a missing target column gets a did-you-mean; features.include narrows the features', async () => {
    await expect(train('target: churn\n', 'churn.csv')).rejects.toThrow(
      /target column "churn" is not in the data \(did you mean "churned"\?\)/,
    );
    await expect(train('target: species\nfeatures: {include: [a, b]}\n', 'multiclass.csv').then(() => 'ok')).resolves.toBe('ok');
  });
});

describe('early stopping monitor', () => {
  beforeAll(() => {
    engine = engines.cpu;
  });
  it('an unknown monitor names the metrics that exist', async () => {
    await expect(
      train(
        'target: churned\nfeatures: {exclude: [customer_id]}\nmodel: logistic\ntraining: {epochs: 2, early_stopping: {monitor: val_f1}}\n',
        'churn.csv',
      ),
    ).rejects.toThrow(
      /early_stopping\.monitor is "val_f1", which this run does not report; use one of loss, val_loss, val_accuracy, val_auc/,
    );
  });
});
