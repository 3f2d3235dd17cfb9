/**
 * The drift tests as one family, found by name. Members follow Evidently's registry: each knows
 * the column kinds it applies to, its default threshold, and whether that threshold is a p-value
 * (drift below it) or a distance (drift at or above it).
 */
import { UserError } from '../runtime/errors.js';
import { closest } from '../runtime/suggest.js';
import type { StatTest, StatTestName } from './stat-test.js';
import { chiSquareTest } from './tests/chisquare.js';
import { jensenShannonTest } from './tests/jensenshannon.js';
import { ksTest } from './tests/ks.js';
import { psiTest } from './tests/psi.js';
import { wassersteinTest } from './tests/wasserstein.js';
import { zTest } from './tests/z.js';

const STAT_TESTS: ReadonlyMap<string, StatTest> = new Map(
  [ksTest, chiSquareTest, zTest, wassersteinTest, jensenShannonTest, psiTest].map((test) => [test.name, test]),
);

export function statTestNames(): StatTestName[] {
  return [...STAT_TESTS.keys()] as StatTestName[];
}

export function isStatTestName(name: string): name is StatTestName {
  return STAT_TESTS.has(name);
}

/** The test called `name`, or a UserError naming the known tests (and the likely one, for a typo). */
export function getStatTest(name: string): StatTest {
  const test = STAT_TESTS.get(name);
  if (test) return test;
  const names = statTestNames();
  const guess = closest(name, names);
  throw new UserError(
    `Unknown drift test "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}. ` + `Known tests: ${names.join(', ')}, or "auto".`,
  );
}
