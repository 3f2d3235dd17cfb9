/**
 * Search-quality benchmark of shared/tune against Optuna (Debian's python3-optuna), same
 * problems, seeds and trial counts, in the same run:
 *
 *   bench/tune/run.sh [--seeds 20] [--first-seed 0] [--trials 100] [--round-size 10] [--no-optuna]
 *                     [--problems branin,hartmann6] [--checkpoints 50,100]
 *
 * Simple regret (best value found − known optimum) after 50 and 100 trials on Branin and
 * Hartmann-6 (and on `churn`, a table of real trainings: see churn-table.mjs), median and
 * quartiles over the seeds; TPE in rounds of 10 (the matrix mode, through
 * planRound / runPlannedTrial / mergeResults) against sequential; and the time to suggest the
 * 1,000th trial. Everything is seeded: a re-run prints the same regrets.
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createSampler, type SamplerSpec } from '../../shared/tune/samplers/index.js';
import { parseSearchSpace } from '../../shared/tune/space.js';
import type { Trial } from '../../shared/tune/trial.js';
import { CHURN_TABLE, churn, hartmann6, PROBLEMS, type Problem } from './problems.js';
import { sequentialStudy, studyInRounds } from './studies.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const seeds = Number(option('seeds', '20'));
const firstSeed = Number(option('first-seed', '0'));
const trials = Number(option('trials', '100'));
const roundSize = Number(option('round-size', '10'));
const python = option('python', '/usr/bin/python3');
const withOptuna = !args.includes('--no-optuna');
const checkpoints = option('checkpoints', `50,${trials}`)
  .split(',')
  .map(Number)
  .filter((n, i, all) => n <= trials && all.indexOf(n) === i);
const problemNames = option('problems', 'branin,hartmann6').split(',');
const problems = problemNames.map((name) => (name === 'churn' ? churn() : PROBLEMS.find((p) => p.name === name)!));
if (problems.some((p) => !p)) throw new Error(`--problems: known problems are ${[...PROBLEMS.map((p) => p.name), 'churn'].join(', ')}`);

const OURS: Record<string, SamplerSpec> = {
  'ours random': { name: 'random' },
  'ours TPE univariate': { name: 'tpe', options: { multivariate: false } },
  'ours TPE multivariate (default)': { name: 'tpe' },
  // Ablation: the multivariate TPE with Optuna 3.1's bandwidth rule and clip, to show where the gain comes from.
  'ours TPE multivariate, Optuna bandwidth': { name: 'tpe', options: { bandwidth: 'range', clipResolution: 1 } },
  // Ablation: the default without its rule against repeating a configuration already tried.
  'ours TPE multivariate, repeats allowed': { name: 'tpe', options: { avoidRepeats: false } },
};
const OPTUNA_LABELS: Record<string, string> = {
  random: 'Optuna RandomSampler',
  tpe: 'Optuna TPESampler (default)',
  'tpe-multivariate': 'Optuna TPESampler multivariate=True',
  'tpe-rounds': 'Optuna TPESampler (default)',
  'tpe-liar': 'Optuna TPESampler constant_liar=True',
  'tpe-multivariate-liar': 'Optuna TPE multivariate + constant_liar',
};
/** Optuna settings asked and told in rounds (optuna_bench.py's ROUNDS), like our matrix mode. */
const OPTUNA_ROUNDS = new Set(['tpe-rounds', 'tpe-liar', 'tpe-multivariate-liar']);

/** regrets[problem][sampler label][checkpoint] = one value per seed. */
const regrets: Record<string, Record<string, Record<number, number[]>>> = {};
const record = (problem: string, label: string, bests: number[]) => {
  const bySampler = (regrets[problem] ??= {});
  const byCheckpoint = (bySampler[label] ??= {});
  for (const n of checkpoints) (byCheckpoint[n] ??= []).push(bests[n - 1]);
};

const sequential = (problem: Problem, spec: SamplerSpec, seed: number) => sequentialStudy(problem, spec, seed, trials);
const inRounds = (problem: Problem, spec: SamplerSpec, seed: number) => studyInRounds(problem, spec, seed, trials, roundSize);

/** Milliseconds to suggest trial `history` after `history` random complete trials on Hartmann-6 (median of 5). */
function overheadMs(spec: SamplerSpec, history: number): number {
  const space = parseSearchSpace(hartmann6.space);
  const random = createSampler('random');
  const finished: Trial[] = [];
  for (let number = 0; number < history; number++) {
    const params = random.suggest({ space, direction: 'minimize', history: [], number, seed: 0 })!;
    finished.push({
      number,
      state: 'complete',
      params,
      value: hartmann6.evaluate(params as Record<string, number>),
      intermediate: [],
    });
  }
  const sampler = createSampler(spec);
  const times: number[] = [];
  for (let repeat = 0; repeat < 5; repeat++) {
    const start = performance.now();
    sampler.suggest({ space, direction: 'minimize', history: finished, number: history, seed: repeat });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2];
}

/** numpy.percentile's default (linear interpolation between order statistics). */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]) * (at - lo);
}

const show = (v: number) => (v >= 0.1 ? v.toFixed(3) : v.toPrecision(3));
const cell = (values: number[] | undefined) =>
  values ? `${show(quantile(values, 0.5))} [${show(quantile(values, 0.25))}, ${show(quantile(values, 0.75))}]` : '–';
const median = (values: number[] | undefined) => (values ? quantile(values, 0.5) : Number.NaN);

async function main() {
  const started = performance.now();
  for (const problem of problems) {
    for (const [label, spec] of Object.entries(OURS)) {
      for (let seed = firstSeed; seed < firstSeed + seeds; seed++) record(problem.name, label, await sequential(problem, spec, seed));
    }
    for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
      record(problem.name, `ours TPE multivariate, rounds of ${roundSize}`, await inRounds(problem, { name: 'tpe' }, seed));
    }
  }
  const oursSeconds = (performance.now() - started) / 1000;
  const overhead: Record<string, number> = {
    'ours TPE univariate': overheadMs({ name: 'tpe', options: { multivariate: false } }, 999),
    'ours TPE multivariate (default)': overheadMs({ name: 'tpe' }, 999),
  };

  let optunaVersion = 'not run';
  if (withOptuna) {
    const script = fileURLToPath(new URL('./optuna_bench.py', import.meta.url));
    const output = execFileSync(
      python,
      [
        script,
        ...['--seeds', String(seeds), '--first-seed', String(firstSeed), '--trials', String(trials)],
        ...['--round-size', String(roundSize), '--samplers', ['random', 'tpe', 'tpe-multivariate', ...OPTUNA_ROUNDS].join(',')],
        ...['--problems', problemNames.join(','), '--checkpoints', checkpoints.join(','), '--churn-table', CHURN_TABLE],
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    for (const line of output.trim().split('\n')) {
      const entry = JSON.parse(line);
      if (entry.kind === 'version') optunaVersion = entry.optuna;
      if (entry.kind === 'overhead') overhead[OPTUNA_LABELS[entry.sampler]] = entry.seconds * 1000;
      if (entry.kind === 'regret') {
        const label = OPTUNA_ROUNDS.has(entry.sampler)
          ? `${OPTUNA_LABELS[entry.sampler]}, rounds of ${roundSize}`
          : OPTUNA_LABELS[entry.sampler];
        const bySampler = (regrets[entry.problem] ??= {});
        const byCheckpoint = (bySampler[label] ??= {});
        for (const n of checkpoints) (byCheckpoint[n] ??= []).push(entry.regret[String(n)]);
      }
    }
  }

  const out: string[] = [];
  out.push(`Seeds ${firstSeed}–${firstSeed + seeds - 1}, ${trials} trials, ` + `Node ${process.version}, Optuna ${optunaVersion},`);
  out.push(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; our side took ${oursSeconds.toFixed(1)} s.`,
  );
  for (const problem of problems) {
    out.push('', `### ${problem.name}: simple regret, median [25th, 75th percentile]`, '');
    out.push(`| sampler | ${checkpoints.map((n) => `after ${n} trials`).join(' | ')} |`);
    out.push(`| --- | ${checkpoints.map(() => '---').join(' | ')} |`);
    for (const [label, byCheckpoint] of Object.entries(regrets[problem.name])) {
      out.push(`| ${label} | ${checkpoints.map((n) => cell(byCheckpoint[n])).join(' | ')} |`);
    }
  }
  out.push('', '### Time to suggest the 1,000th trial (Hartmann-6, 999 finished trials, median of 5)', '');
  out.push('| sampler | ms |', '| --- | --- |');
  for (const [label, ms] of Object.entries(overhead)) out.push(`| ${label} | ${ms.toFixed(1)} |`);

  out.push('', '### Goals', '');
  const at = trials;
  for (const problem of problems) {
    const r = regrets[problem.name];
    const ours = median(r['ours TPE multivariate (default)'][at]);
    const optunaBest = Math.min(median(r[OPTUNA_LABELS.tpe]?.[at]), median(r[OPTUNA_LABELS['tpe-multivariate']]?.[at]));
    const rounds = median(r[`ours TPE multivariate, rounds of ${roundSize}`][at]);
    const ok = (pass: boolean) => (pass ? 'met' : '**missed**');
    if (withOptuna) {
      out.push(`- ${problem.name}: our TPE ${show(ours)} vs best Optuna TPE ${show(optunaBest)}: ${ok(ours <= optunaBest)}`);
    }
    out.push(
      `- ${problem.name}: rounds of ${roundSize} ${show(rounds)} vs sequential ${show(ours)} = ` +
        `${(rounds / ours).toFixed(2)}× (goal ≤ 1.5×): ${ok(rounds <= 1.5 * ours)}`,
    );
    if (withOptuna) {
      // What the field's batched TPE reaches against its own sequential TPE: how hard the rounds goal is.
      const optunaRounds = Math.min(...[...OPTUNA_ROUNDS].map((s) => median(r[`${OPTUNA_LABELS[s]}, rounds of ${roundSize}`]?.[at])));
      out.push(
        `- ${problem.name}: Optuna's best rounds of ${roundSize} ${show(optunaRounds)} vs its best sequential TPE ` +
          `${show(optunaBest)} = ${(optunaRounds / optunaBest).toFixed(2)}× (for reference)`,
      );
    }
    if (problem.name === 'hartmann6') {
      const random = median(r['ours random'][at]);
      out.push(`- hartmann6: our TPE ${show(ours)} vs our random ${show(random)} (goal ≤ half): ${ok(ours <= random / 2)}`);
    }
  }
  console.log(out.join('\n'));
}

await main();
