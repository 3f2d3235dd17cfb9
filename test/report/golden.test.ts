import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectGolden } from '../support/golden.js';

describe('golden files', () => {
  const folder = mkdtempSync(join(tmpdir(), 'mlops-golden-'));

  it('a missing golden fails instead of being written', () => {
    expect(() => expectGolden(folder, 'missing.md', 'text', false)).toThrow(/missing: run the test with UPDATE_GOLDEN=1/);
  });

  it('a different golden fails; UPDATE_GOLDEN writes it', () => {
    writeFileSync(join(folder, 'old.md'), 'old');
    expect(() => expectGolden(folder, 'old.md', 'new', false)).toThrow();
    expectGolden(folder, 'old.md', 'new', true);
    expectGolden(folder, 'old.md', 'new', false);
  });
});
