// The drift tests against scipy 1.10 / numpy 1.24 (fixtures: test/drift/fixtures/make_fixtures.py).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { binShares, categoricalFromValues, numericFromValues, sturgesEdges } from '../../shared/drift/distribution.js';
import { kolmogorovDistribution } from '../../shared/drift/kolmogorov.js';
import { getStatTest } from '../../shared/drift/registry.js';
import { chiSquareSurvival } from '../../shared/drift/special.js';
import { chiSquareContingency } from '../../shared/drift/tests/chisquare.js';
import { jensenShannonDistance } from '../../shared/drift/tests/jensenshannon.js';
import { ksTwoSample } from '../../shared/drift/tests/ks.js';
import { wassersteinOfValues } from '../../shared/drift/tests/wasserstein.js';
import { twoProportionZ } from '../../shared/drift/tests/z.js';

interface Fixtures {
  ks: { name: string; a: number[]; b: number[]; statistic: number; pvalue: number; method: 'exact' | 'asymp' }[];
  kstwo: { n: number; d: number; sf: number }[];
  chisquare: {
    name: string;
    reference: number[];
    current: number[];
    statistic: number;
    pvalue: number;
    dof: number;
    uncorrected: number;
  }[];
  chi2: { dof: number; x: number; sf: number }[];
  z: {
    name: string;
    reference: [number, number];
    current: [number, number];
    statistic: number;
    pvalue: number;
    evidentlyPvalue: number;
  }[];
  wasserstein: { name: string; a: number[]; b: number[]; distance: number; normed: number }[];
  binned: {
    name: string;
    numeric: boolean;
    a: (number | string)[];
    b: (number | string)[];
    jensenshannon: number;
    psi: number;
    bins: number;
    edges?: number[];
  }[];
  jensenshannonVectors: { p: number[]; q: number[]; distance: number }[];
}

const fixtures: Fixtures = JSON.parse(readFileSync(path.resolve('test/drift/fixtures/scipy.json'), 'utf8'));

/** |actual − expected| ≤ 1e-9 · max(|expected|, tiny): relative agreement, so tiny p-values are held to it too. */
function agrees(actual: number, expected: number, what: string, tolerance = 1e-9): void {
  const scale = Math.max(Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected) / scale, `${what}: ${actual} vs scipy ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe('Kolmogorov–Smirnov against scipy.stats.ks_2samp', () => {
  for (const c of fixtures.ks) {
    it(`${c.name} (${c.a.length} vs ${c.b.length}, ${c.method})`, () => {
      const result = ksTwoSample(c.a, c.b);
      expect(result.method).toBe(c.method === 'asymp' ? 'asymptotic' : 'exact');
      agrees(result.statistic, c.statistic, 'statistic');
      agrees(result.pValue, c.pvalue, 'p-value');
    });
  }

  it('kstwo.sf on a grid covering every branch of scipy’s method selection', () => {
    let worst = 0;
    for (const g of fixtures.kstwo) {
      const sf = kolmogorovDistribution(g.n, g.d, false);
      const error = Math.abs(sf - g.sf) / Math.max(g.sf, 1e-300);
      if (g.sf > 1e-290) agrees(sf, g.sf, `kstwo.sf(${g.d}, ${g.n})`);
      else expect(sf).toBeLessThan(1e-280);
      if (g.sf > 1e-290) worst = Math.max(worst, error);
    }
    expect(worst).toBeLessThan(1e-9);
  });
});

describe('chi-square against scipy.stats.chi2_contingency', () => {
  for (const c of fixtures.chisquare) {
    it(c.name, () => {
      const result = chiSquareContingency(c.reference, c.current);
      expect(result.dof).toBe(c.dof);
      agrees(result.statistic, c.statistic, 'statistic');
      agrees(result.uncorrected, c.uncorrected, 'uncorrected statistic');
      if (c.pvalue === 0) expect(result.pValue).toBeLessThan(1e-300);
      else agrees(result.pValue, c.pvalue, 'p-value');
    });
  }

  it('chi2.sf on a grid of degrees of freedom', () => {
    for (const g of fixtures.chi2) {
      if (g.sf < 1e-300) expect(chiSquareSurvival(g.x, g.dof)).toBeLessThan(1e-290);
      else agrees(chiSquareSurvival(g.x, g.dof), g.sf, `chi2.sf(${g.x}, ${g.dof})`);
    }
  });
});

describe('two-proportion z-test as Evidently computes it', () => {
  for (const c of fixtures.z) {
    it(c.name, () => {
      const result = twoProportionZ(c.reference[0], c.reference[0] + c.reference[1], c.current[0], c.current[0] + c.current[1]);
      agrees(result.statistic, c.statistic, 'z');
      agrees(result.pValue, c.pvalue, 'p-value');
      // Evidently's 2·(1 − Φ(|z|)) loses digits in the tail: within 1e-15 absolute.
      expect(Math.abs(result.pValue - c.evidentlyPvalue)).toBeLessThan(1e-15);
    });
  }
});

describe('Wasserstein against scipy.stats.wasserstein_distance', () => {
  for (const c of fixtures.wasserstein) {
    it(c.name, () => {
      agrees(wassersteinOfValues(c.a, c.b), c.distance, 'distance');
      const test = getStatTest('wasserstein').compute(numericFromValues(c.a), numericFromValues(c.b));
      agrees(test.statistic, c.normed, 'normed by the reference std');
    });
  }
});

describe('Jensen–Shannon and PSI with Evidently’s binning', () => {
  for (const c of fixtures.binned) {
    it(c.name, () => {
      const reference = c.numeric ? numericFromValues(c.a as number[]) : categoricalFromValues(c.a as string[]);
      const current = c.numeric ? numericFromValues(c.b as number[]) : categoricalFromValues(c.b as string[]);
      if (c.edges && reference.kind === 'numeric' && current.kind === 'numeric') {
        const edges = sturgesEdges(reference, current);
        expect(edges).toEqual(c.edges);
        expect(binShares(reference, edges).length).toBe(c.bins);
      }
      const js = getStatTest('jensenshannon').compute(reference, current);
      agrees(js.statistic, c.jensenshannon, 'Jensen–Shannon');
      const psi = getStatTest('psi').compute(reference, current);
      agrees(psi.statistic, c.psi, 'PSI');
    });
  }

  it('scipy.spatial.distance.jensenshannon on plain vectors', () => {
    for (const v of fixtures.jensenshannonVectors) agrees(jensenShannonDistance(v.p, v.q), v.distance, 'distance');
  });
});
