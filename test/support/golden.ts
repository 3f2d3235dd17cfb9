import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * Compares text with a committed golden file. Only `UPDATE_GOLDEN=1` writes one: a missing
 * golden fails, so deleting it can never make the test pass.
 */
export function expectGolden(folder: string, name: string, actual: string, update = process.env.UPDATE_GOLDEN === '1'): void {
  const file = join(folder, name);
  if (update) writeFileSync(file, actual);
  if (!existsSync(file)) {
    throw new Error(`the golden file ${file} is missing: run the test with UPDATE_GOLDEN=1 to write it, then review and commit it.`);
  }
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
