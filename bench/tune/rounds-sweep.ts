/**
 * Tuning aid for the rounds path: median regret of TPE in rounds for TPE option variants.
 *
 *   bench/tune/rounds-sweep.sh [--seeds 60] [--first-seed 100] [--problems branin,hartmann6,churn]
 *                              [--round-size 10] [--trials 100] [--checkpoints 30,100] [--sequential]
 *                              'label={"option":value}' ...
 *
 * Each cell is the median [25th, 75th percentile] and geometric mean of the regret after each
 * checkpoint's number of trials (by default only after the last).
 */
import type { SamplerSpec } from '../../shared/tune/samplers/index.js';
import { churn, PROBLEMS, type Problem } from './problems.js';
import { sequentialStudy, studyInRounds } from './studies.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const seeds = Number(option('seeds', '60'));
const firstSeed = Number(option('first-seed', '100'));
const trials = Number(option('trials', '100'));
const roundSize = Number(option('round-size', '10'));
const checkpoints = option('checkpoints', String(trials)).split(',').map(Number);
const problems: Problem[] = option('problems', 'branin,hartmann6,churn')
  .split(',')
  .map((name) => (name === 'churn' ? churn() : PROBLEMS.find((p) => p.name === name)!));
const variants = args
  .filter((a) => a.includes('='))
  .map((a) => {
    const at = a.indexOf('=');
    return { label: a.slice(0, at), options: JSON.parse(a.slice(at + 1)) as Record<string, unknown> };
  });

/** The regret after each trial, 1 … trials. */
const sequential = (problem: Problem, spec: SamplerSpec, seed: number) => sequentialStudy(problem, spec, seed, trials);
const inRounds = (problem: Problem, spec: SamplerSpec, seed: number) => studyInRounds(problem, spec, seed, trials, roundSize);

/** numpy.percentile's default (linear interpolation between order statistics). */
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
};
// The median swings between seed sets; the geometric mean (regrets floored at 1e-6) weighs every seed.
const geometricMean = (values: number[]) => Math.exp(values.reduce((sum, v) => sum + Math.log(Math.max(v, 1e-6)), 0) / values.length);
const show = (v: number) => v.toPrecision(3);

async function main() {
  const rows: [string, SamplerSpec, boolean][] = [];
  if (args.includes('--sequential')) rows.push(['sequential', { name: 'tpe' }, false]);
  for (const { label, options } of variants) rows.push([label, { name: 'tpe', options }, true]);
  for (const [label, spec, rounds] of rows) {
    const cells: string[] = [];
    for (const problem of problems) {
      const curves: number[][] = [];
      for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
        curves.push(await (rounds ? inRounds : sequential)(problem, spec, seed));
      }
      for (const at of checkpoints) {
        const regrets = curves.map((curve) => curve[at - 1]);
        const quartiles = `${show(quantile(regrets, 0.25))}, ${show(quantile(regrets, 0.75))}`;
        const name = checkpoints.length > 1 ? `${problem.name}@${at}` : problem.name;
        cells.push(`${name} ${show(quantile(regrets, 0.5))} [${quartiles}] g${show(geometricMean(regrets))}`);
      }
    }
    console.log(`${label.padEnd(24)} ${cells.join('  ')}`);
  }
}

await main();
