// How far drift statistics computed from two profiles (sketches) are from the same statistics on
// the raw rows. Seeded generated data: several shapes, sizes and shifts; prints the largest and
// the median |profile − raw| per statistic and size, as a markdown table (shared/drift/README.md
// quotes it). Run: bench/monitor/run.sh error [--quick]
import { profileColumns } from '../../shared/drift/columns.js';
import {
  categoricalFromProfile,
  categoricalFromValues,
  numericFromProfile,
  numericFromValues,
  type Distribution,
} from '../../shared/drift/distribution.js';
import { getStatTest } from '../../shared/drift/registry.js';
import { ksStatistic } from '../../shared/drift/tests/ks.js';
import { normedWasserstein } from '../../shared/drift/tests/wasserstein.js';
import { seededRandom } from '../../shared/stats/random.js';

const quick = process.argv.includes('--quick');
const sizes = quick ? [300, 1000, 10_000, 100_000] : [300, 1000, 10_000, 100_000, 1_000_000];
const seeds = quick ? [1, 2] : [1, 2, 3, 4, 5];

type Generator = (random: () => number, shift: number, scale: number) => number;
const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
const shapes: Record<string, Generator> = {
  normal: (r, shift, scale) => normal(r) * scale + shift,
  lognormal: (r, shift, scale) => Math.exp(normal(r) * 0.75 * scale) + shift,
  uniform: (r, shift, scale) => (r() - 0.5) * Math.sqrt(12) * scale + shift,
  bimodal: (r, shift, scale) => (r() < 0.3 ? -2 : 1) + normal(r) * 0.5 * scale + shift,
  'integers (~150 levels)': (r, shift, scale) => Math.round(500 + normal(r) * 22 * scale + shift * 22),
};
const changes: Record<string, [number, number]> = {
  none: [0, 1],
  'mean +0.1σ': [0.1, 1],
  'mean +0.5σ': [0.5, 1],
  'var ×2': [0, Math.SQRT2],
};

interface Sample {
  statistic: string;
  size: number;
  difference: number;
  where: string;
  /** Whether the profile's value falls on the other side of the statistic's default threshold. */
  flipped: boolean;
}
let where = '';
const samples: Sample[] = [];
const thresholds: Record<string, [number, 'below' | 'above']> = {
  'KS p-value (n ≤ 1,000)': [0.05, 'below'],
  'Wasserstein / std': [0.1, 'above'],
  'Jensen–Shannon (binned)': [0.1, 'above'],
  'PSI (binned)': [0.1, 'above'],
};
const record = (statistic: string, size: number, raw: number, profile: number) => {
  const rule = thresholds[statistic];
  const fires = (x: number) => (rule ? (rule[1] === 'below' ? x < rule[0] : x >= rule[0]) : false);
  samples.push({
    statistic,
    size,
    difference: Math.abs(profile - raw),
    where: `${where}: raw ${raw}, profile ${profile}`,
    flipped: fires(raw) !== fires(profile),
  });
};

function pValue(test: string, a: Distribution, b: Distribution): number {
  return getStatTest(test).compute(a, b).pValue ?? Number.NaN;
}

const started = Date.now();
for (const size of sizes) {
  for (const seed of seeds) {
    for (const [shape, generate] of Object.entries(shapes)) {
      for (const [change, [shift, scale]] of Object.entries(changes)) {
        // At a million rows, one shape and two changes per seed keep the run short.
        if (size >= 1_000_000 && shape !== 'normal' && shape !== 'lognormal') continue;
        if (size >= 1_000_000 && change !== 'none' && change !== 'mean +0.1σ') continue;
        where = `${shape}, ${change}, seed ${seed}`;
        const random = seededRandom(seed * 1000 + size);
        const a = Float64Array.from({ length: size }, () => generate(random, 0, 1));
        const b = Float64Array.from({ length: size }, () => generate(random, shift, scale));
        const raw = [numericFromValues(a), numericFromValues(b)] as const;
        const profiles = [profileColumns({ x: a }), profileColumns({ x: b })];
        const fromProfile = [numericFromProfile(profiles[0].columns[0]), numericFromProfile(profiles[1].columns[0])] as const;
        record('KS statistic D', size, ksStatistic(...raw), ksStatistic(...fromProfile));
        if (size <= 1000) record('KS p-value (n ≤ 1,000)', size, pValue('ks', ...raw), pValue('ks', ...fromProfile));
        record('Wasserstein / std', size, normedWasserstein(...raw), normedWasserstein(...fromProfile));
        const js = getStatTest('jensenshannon');
        record('Jensen–Shannon (binned)', size, js.compute(...raw).statistic, js.compute(...fromProfile).statistic);
        const psi = getStatTest('psi');
        record('PSI (binned)', size, psi.compute(...raw).statistic, psi.compute(...fromProfile).statistic);
        void change;
      }
    }
    // Categories: counts are exact in a profile (up to 200 values per column), so every statistic is too.
    const random = seededRandom(seed * 7 + size);
    const values = ['a', 'b', 'c', 'd', 'e', 'f'];
    const pick = (weights: number[]) => {
      let u = random() * weights.reduce((s, w) => s + w, 0);
      for (let i = 0; i < weights.length; i++) if ((u -= weights[i]) < 0) return values[i];
      return values[values.length - 1];
    };
    const ca = Array.from({ length: size }, () => pick([30, 25, 20, 15, 10, 0]));
    const cb = Array.from({ length: size }, () => pick([25, 25, 20, 15, 10, 5]));
    const rawC = [categoricalFromValues(ca), categoricalFromValues(cb)] as const;
    const pc = [profileColumns({ c: ca }), profileColumns({ c: cb })];
    const profC = [categoricalFromProfile(pc[0].columns[0]), categoricalFromProfile(pc[1].columns[0])] as const;
    for (const test of ['chisquare', 'jensenshannon', 'psi']) {
      const t = getStatTest(test);
      const score = (o: ReturnType<typeof t.compute>) => o.pValue ?? o.statistic;
      record(`${test} (categorical)`, size, score(t.compute(...rawC)), score(t.compute(...profC)));
    }
  }
}

const statistics = [...new Set(samples.map((s) => s.statistic))];
if (process.argv.includes('--worst')) {
  for (const statistic of statistics) {
    const worst = samples.filter((s) => s.statistic === statistic).sort((x, y) => y.difference - x.difference);
    for (const s of worst.slice(0, 4)) console.log(`${statistic} n=${s.size}: ${s.where}`);
    for (const s of worst.filter((w) => w.flipped)) console.log(`flipped: ${statistic} n=${s.size}: ${s.where}`);
  }
}
const format = (x: number) => (x === 0 ? '0' : x < 1e-4 ? x.toExponential(1) : x.toPrecision(2));
const lines = [
  `| statistic | ${sizes.map((n) => `n = ${n.toLocaleString('en-US')}`).join(' | ')} | verdict flips |`,
  `| --- | ${sizes.map(() => '---').join(' | ')} | --- |`,
];
for (const statistic of statistics) {
  const cells = sizes.map((size) => {
    const d = samples
      .filter((s) => s.statistic === statistic && s.size === size)
      .map((s) => s.difference)
      .sort((x, y) => x - y);
    if (d.length === 0) return '–';
    return `${format(d[d.length - 1])} (median ${format(d[Math.floor(d.length / 2)])})`;
  });
  const all = samples.filter((s) => s.statistic === statistic);
  const flips = thresholds[statistic] ? `${all.filter((s) => s.flipped).length} of ${all.length}` : '–';
  lines.push(`| ${statistic} | ${cells.join(' | ')} | ${flips} |`);
}
console.log(`largest |profile − raw| over ${seeds.length} seeds × shapes × changes (median in brackets):\n`);
console.log(lines.join('\n'));
console.log(`\n${samples.length} comparisons in ${((Date.now() - started) / 1000).toFixed(1)} s`);
