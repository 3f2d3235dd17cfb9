import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeModelPackage, type Manifest } from '../../shared/model/package.js';

export function tempDir(prefix = 'mlops-registry-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A real model package (docs/model-package.md) written by the package writer train uses; `weightBytes` of random weights. */
export async function makePackage(
  options: { name?: string; weightBytes?: number; accuracy?: number; dir?: string } = {},
): Promise<{ dir: string; manifest: Manifest }> {
  const dir = options.dir ?? join(tempDir('mlops-package-'), 'model');
  mkdirSync(join(dir, 'model'), { recursive: true });
  writeFileSync(
    join(dir, 'model', 'model.json'),
    JSON.stringify({ format: 'layers-model', weightsManifest: [{ paths: ['group1-shard1of1.bin'] }] }),
  );
  writeFileSync(join(dir, 'model', 'group1-shard1of1.bin'), randomBytes(options.weightBytes ?? 20_000));
  const manifest = await writeModelPackage(
    dir,
    {
      name: options.name ?? 'churn',
      task: 'binary-classification',
      framework: 'tfjs',
      signature: { inputs: [{ name: 'age', type: 'number' }], outputs: [{ name: 'probability', type: 'number' }] },
      target: 'churned',
      classes: ['no', 'yes'],
      params: { learning_rate: 0.01, hidden: [16, 8] },
      data: { path: 'data/train.csv', files: ['data/train.csv'], fingerprint: 'f'.repeat(64), rows: 1234 },
      git: { repository: 'octo/model-repo', sha: 'a'.repeat(40), ref: 'refs/heads/main' },
      run: { id: '1000', attempt: '1', url: 'https://github.com/octo/model-repo/actions/runs/1000' },
      backend: 'cpu',
      device: 'CPU',
      durationSeconds: 12.5,
      gpuSeconds: 0,
      createdAt: '2026-11-27T15:00:00.000Z',
    },
    {
      metrics: { accuracy: options.accuracy ?? 0.91, f1: 0.88 },
      history: { loss: [0.7, 0.4] },
      profile: { table: { rows: 1234 }, columns: {} },
    },
  );
  return { dir, manifest };
}
