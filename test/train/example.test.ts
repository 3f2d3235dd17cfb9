import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readModelPackage } from '../../shared/model/package.js';
import { runTrain } from './helpers.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const root = fileURLToPath(new URL('../..', import.meta.url));
const hasData = existsSync(join(root, 'examples/churn/data/train.csv'));

describe.skipIf(!hasData)('examples/churn/train.yml', () => {
  it('trains the example churn model (2 epochs via params) into a package', async () => {
    const out = mkdtempSync(join(tmpdir(), 'churn-example-'));
    const { outputs } = await runTrain(root, {
      config: 'examples/churn/train.yml',
      params: '{"epochs": 2}',
      'output-dir': join(out, 'model'),
    });
    const manifest = await readModelPackage(join(out, 'model'));
    expect(manifest.task).toBe('binary-classification');
    expect(manifest.data!.path).toBe('examples/churn/data/train.csv');
    expect(manifest.params).toMatchObject({ epochs: 2, classWeight: 'balanced' });
    // auto: onnxruntime-node is installed in this repository, so the native CPU engine runs.
    expect(outputs.backend).toBe('onnxruntime');
    expect(manifest.metrics.val_auc).toBeGreaterThan(0.6);
  });
});
