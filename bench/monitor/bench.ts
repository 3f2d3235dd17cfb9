// monitor's drift pipeline against pandas + scipy, on the same files in the same run (by hand,
// not in CI). Run through bench/monitor/run.sh, which bundles this file and the profile worker:
//
//   bench/monitor/run.sh bench                      1M rows × 23 columns, 1 and 2 threads, pandas + scipy
//   bench/monitor/run.sh bench --wide               also 1M rows × 200 columns (time, peak RSS) and
//                                                   two stored 200-column profiles compared
//   options: --rows N, --wide-rows N, --threads 1,2, --dir DIR (default bench/data/monitor), --skip-python
//   (the wide reference CSV has at most 200,000 rows: a stored profile's size does not grow with rows)
//
// Ours: the reference is a stored profile (made once, as train stores it with the model); the
// timed run reads it, profiles the current CSV in one streaming pass, compares and renders the
// markdown and Prometheus reports. Each configuration runs in a fresh process (peak RSS is that
// process's, worker threads included). pandas + scipy read both CSVs and compute the same
// statistics per column (scipy_baseline.py, Debian's /usr/bin/python3).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { validateData } from '../../shared/data/check.js';
import { profileData, type DataProfile } from '../../shared/data/profile.js';
import { compareProfiles, type DriftReport } from '../../shared/drift/compare.js';
import { renderDriftMarkdown } from '../../shared/drift/render-markdown.js';
import { renderPrometheus } from '../../shared/drift/render-prometheus.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const benchDir = process.env.MLOPS_BENCH_DIR ?? path.resolve('bench/monitor');
const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;
const rssMB = () => process.resourceUsage().maxRSS / 1024;

async function profileCsv(file: string, threads: number): Promise<DataProfile> {
  if (threads === 1) return profileData(file);
  const env = { ...process.env, MLOPS_PROFILE_THREADS: String(threads) };
  const result = await validateData({ data: file, parallel: 'auto', env });
  if (!result.profile) throw new Error(`could not profile ${file}`);
  return result.profile;
}

/** Children: one measured piece of work per process. */
async function child(kind: string, rest: string[]): Promise<void> {
  if (kind === 'profile') {
    const [csv, out, threads] = rest;
    const started = process.hrtime.bigint();
    const profile = await profileCsv(csv, Number(threads));
    writeFileSync(out, JSON.stringify(profile));
    console.log(JSON.stringify({ seconds: seconds(started), maxRssMB: rssMB(), rows: profile.table.rows }));
    return;
  }
  if (kind === 'report') {
    const [referenceFile, csv, threads, reportFile] = rest;
    const started = process.hrtime.bigint();
    const reference = JSON.parse(readFileSync(referenceFile, 'utf8')) as DataProfile;
    const loaded = seconds(started);
    const current = await profileCsv(csv, Number(threads));
    const profiled = seconds(started);
    const report = compareProfiles(reference, current);
    const compared = seconds(started);
    const markdown = renderDriftMarkdown(report, { title: 'bench' }).markdown;
    const metrics = renderPrometheus(report, { model: 'bench', environment: 'bench' });
    const total = seconds(started);
    if (reportFile) writeFileSync(reportFile, JSON.stringify(report));
    console.log(
      JSON.stringify({
        load: loaded,
        profile: profiled - loaded,
        compare: compared - profiled,
        render: total - compared,
        total,
        maxRssMB: rssMB(),
        rows: current.table.rows,
        drifted: report.driftedColumns,
        sizes: { markdown: markdown.length, metrics: metrics.length },
      }),
    );
    return;
  }
  if (kind === 'profiles') {
    const [referenceFile, currentFile] = rest;
    const started = process.hrtime.bigint();
    const reference = JSON.parse(readFileSync(referenceFile, 'utf8')) as DataProfile;
    const current = JSON.parse(readFileSync(currentFile, 'utf8')) as DataProfile;
    const loaded = seconds(started);
    const report = compareProfiles(reference, current);
    const compared = seconds(started);
    renderDriftMarkdown(report);
    renderPrometheus(report, { model: 'bench', environment: 'bench' });
    console.log(
      JSON.stringify({
        load: loaded,
        compare: compared - loaded,
        total: seconds(started),
        columns: report.comparedColumns,
        maxRssMB: rssMB(),
      }),
    );
    return;
  }
  throw new Error(`unknown child ${kind}`);
}

function run(command: string, argv: string[]): Record<string, unknown> {
  const result = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop()!);
}

const self = (kind: string, ...rest: string[]) => run(process.execPath, [process.argv[1], '--child', kind, ...rest]);
const fixed = (x: unknown, digits = 2) => (x as number).toFixed(digits);

function ensureData(dir: string, rows: number, numeric: number, categorical: number, prefix: string, referenceRows = rows): void {
  if (existsSync(path.join(dir, `${prefix}current.csv`))) return;
  const generate = path.join(benchDir, 'generate.mjs');
  const counts = [rows, numeric, categorical].map(String);
  execFileSync(process.execPath, [generate, dir, ...counts, prefix, String(referenceRows)], { stdio: 'inherit' });
}

function ensureReferenceProfile(dir: string, prefix: string): string {
  const file = path.join(dir, `${prefix}reference.profile.json`);
  if (!existsSync(file)) {
    const made = self('profile', path.join(dir, `${prefix}reference.csv`), file, '2');
    console.log(`reference profile (made once, stored with the model): ${fixed(made.seconds)} s, ${made.rows} rows`);
  }
  return file;
}

/** Largest |ours − scipy| per statistic, over the columns: sketches against raw rows, on the benchmark's data. */
function crossCheck(report: DriftReport, scipy: { columns: Record<string, Record<string, number>> }): string {
  let statistic = 0;
  let psi = 0;
  let effect = 0;
  for (const column of report.columns) {
    const theirs = scipy.columns[column.column];
    if (!theirs) continue;
    statistic = Math.max(statistic, Math.abs(column.statistic - theirs.statistic));
    psi = Math.max(psi, Math.abs(column.psi - theirs.psi));
    const their = theirs.total_variation ?? theirs.statistic;
    effect = Math.max(effect, Math.abs(column.effect.value - their));
  }
  const [s, e, p] = [statistic, effect, psi].map((x) => x.toPrecision(2));
  return `largest |profile − scipy on raw rows|: statistic ${s}, effect size ${e}, PSI ${p}`;
}

async function main(): Promise<void> {
  if (args[0] === '--child') return child(args[1], args.slice(2));
  const dir = path.resolve(option('dir', 'bench/data/monitor'));
  const rows = Number(option('rows', '1000000'));
  const threadCounts = option('threads', '1,2').split(',').map(Number);
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  console.log(`machine: ${availableParallelism()} cores, node ${process.version}, load ${load()}`);

  ensureData(dir, rows, 20, 3, '');
  const reference = ensureReferenceProfile(dir, '');
  const currentCsv = path.join(dir, 'current.csv');
  execFileSync('cat', [currentCsv, path.join(dir, 'reference.csv')], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`\n${rows.toLocaleString('en-US')} rows × 23 columns, current CSV → profile → drift report:`);
  const reportFile = path.join(dir, 'report.json');
  let best = Infinity;
  for (const threads of threadCounts) {
    const ours = self('report', reference, currentCsv, String(threads), reportFile);
    best = Math.min(best, ours.total as number);
    console.log(
      `  ours, ${threads} thread${threads === 1 ? '' : 's'}: ${fixed(ours.total)} s ` +
        `(read reference profile ${fixed(ours.load, 3)}, profile current ${fixed(ours.profile)}, ` +
        `compare ${fixed(ours.compare, 3)}, render ${fixed(ours.render, 3)}), ` +
        `peak RSS ${fixed(ours.maxRssMB, 0)} MB, drifted: ${(ours.drifted as string[]).join(' ')} (load ${load()})`,
    );
  }
  if (!args.includes('--skip-python')) {
    const files = [path.join(benchDir, 'scipy_baseline.py'), path.join(dir, 'reference.csv'), currentCsv];
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as DriftReport;
    for (const minimal of [false, true]) {
      const scipy = run('/usr/bin/python3', minimal ? [...files, '--minimal'] : files);
      const both = scipy.total as number;
      const currentOnly = both - (scipy.readReference as number);
      const what = minimal ? 'only the auto test per column' : 'the same statistics as ours';
      console.log(
        `  pandas ${scipy.pandas} + scipy, ${what}: ${fixed(both)} s (read reference ${fixed(scipy.readReference)}, ` +
          `read current ${fixed(scipy.readCurrent)}, statistics ${fixed(scipy.statistics)}), ` +
          `peak RSS ${fixed(scipy.maxRssMB, 0)} MB, ` +
          `drifted (statistic ≥ 0.1): ${(scipy.drifted as string[]).join(' ')}`,
      );
      console.log(
        `    ours (best) is ${(both / best).toFixed(2)}× faster reading both files, ` +
          `${(currentOnly / best).toFixed(2)}× faster with the reference already in memory (load ${load()})`,
      );
      if (!minimal) console.log(`    ${crossCheck(report, scipy as never)}`);
    }
  }

  if (args.includes('--wide')) {
    const wideRows = Number(option('wide-rows', String(rows)));
    // The stored reference profile's size does not depend on its rows: 200k keep generation short.
    ensureData(dir, wideRows, 190, 10, 'wide-', Math.min(wideRows, 200_000));
    const wideReference = ensureReferenceProfile(dir, 'wide-');
    const wideCsv = path.join(dir, 'wide-current.csv');
    console.log(`\n${wideRows.toLocaleString('en-US')} rows × 200 columns, current CSV → profile → drift report:`);
    for (const threads of threadCounts) {
      const ours = self('report', wideReference, wideCsv, String(threads), '');
      console.log(
        `  ours, ${threads} thread${threads === 1 ? '' : 's'}: ${fixed(ours.total)} s ` +
          `(profile ${fixed(ours.profile)}, compare ${fixed(ours.compare, 3)}, render ${fixed(ours.render, 3)}), ` +
          `peak RSS ${fixed(ours.maxRssMB, 0)} MB (load ${load()})`,
      );
    }
    if (!args.includes('--skip-python')) {
      const files = [path.join(dir, 'wide-reference.csv'), wideCsv];
      const scipy = run('/usr/bin/python3', [path.join(benchDir, 'scipy_baseline.py'), ...files, '--minimal']);
      console.log(
        `  pandas + scipy, only the auto test per column: ${fixed(scipy.total)} s ` +
          `(read reference ${fixed(scipy.readReference)}, read current ${fixed(scipy.readCurrent)}, ` +
          `statistics ${fixed(scipy.statistics)}), ` +
          `peak RSS ${fixed(scipy.maxRssMB, 0)} MB (load ${load()})`,
      );
    }
    const wideCurrentProfile = path.join(dir, 'wide-current.profile.json');
    if (!existsSync(wideCurrentProfile)) self('profile', wideCsv, wideCurrentProfile, '2');
    const profiles = self('profiles', wideReference, wideCurrentProfile);
    console.log(
      `\ntwo stored 200-column profiles → drift report: ${fixed(profiles.total, 3)} s ` +
        `(read and parse ${fixed(profiles.load, 3)}, compare ${fixed(profiles.compare, 3)}), ` +
        `${profiles.columns} columns compared, peak RSS ${fixed(profiles.maxRssMB, 0)} MB`,
    );
  }
}

await main();
