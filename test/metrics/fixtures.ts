import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/** Reads a fixture written by test/fixtures/metrics/make_fixtures.py. */
export function fixture<T>(name: string): T[] {
  return JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'metrics', name), 'utf8')).cases as T[];
}

/** Agreement to 1e-9, relative for large values; `null` in a fixture means sklearn found the metric undefined. */
export function expectClose(actual: number, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual, label).toBeNaN();
    return;
  }
  expect(Number.isFinite(actual), `${label}: ${actual}`).toBe(true);
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  expect(Math.abs(actual - expected), `${label}: ${actual} vs sklearn ${expected}`).toBeLessThanOrEqual(tolerance);
}
