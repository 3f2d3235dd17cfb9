#!/usr/bin/env node
// validate-data benchmark (run by hand, not a test):
//   node bench/validate-data/run.mjs            # 1 GB file
//   node bench/validate-data/run.mjs --quick    # 200 MB file
// Options: --mb <size>, --dir <where the CSV goes (default /tmp)>, --threads <list, e.g. 1,2,4>.
// Generates a CSV (20 numeric + 3 categorical columns) if missing, bundles validate-data's
// engine and its worker with ncc, then measures, on the same file and machine: our
// validate+profile (throughput and peak RSS, per thread count) and pandas read_csv +
// describe(include='all') + isna().sum() (Debian /usr/bin/python3).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, renameSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const megabytes = Number(option('mb', args.includes('--quick') ? 200 : 1000));
const dir = option('dir', '/tmp');
const threadCounts = option('threads', [...new Set([1, 2, availableParallelism()])].join(','))
  .split(',')
  .map(Number);
const data = path.join(dir, `mlops-bench-${megabytes}mb.csv`);
const build = path.join(dir, 'mlops-bench-build');

if (!existsSync(data)) execFileSync(process.execPath, [path.join(here, 'generate.mjs'), data, String(megabytes)], { stdio: 'inherit' });
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
execFileSync(process.execPath, [ncc, 'build', path.join(here, 'entry.ts'), '-o', build, '-t', '--quiet', '--no-cache'], {
  cwd: root,
  stdio: 'inherit',
});
execFileSync(
  process.execPath,
  [ncc, 'build', path.join(root, 'shared/data/profile-worker.ts'), '-o', path.join(build, 'worker'), '-t', '--quiet', '--no-cache'],
  { cwd: root, stdio: 'inherit' },
);
renameSync(path.join(build, 'worker/index.js'), path.join(build, 'profile-worker.js'));

const size = statSync(data).size;
const mb = size / 1e6;
// A warm page cache for everyone: read the file once first.
execFileSync('cat', [data], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 20 });

function run(command, argv, env = {}) {
  const result = spawnSync(command, argv, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').pop());
}

console.log(`file: ${data} (${mb.toFixed(0)} MB), machine: ${availableParallelism()} cores, node ${process.version}`);
const pandas = run('/usr/bin/python3', [path.join(here, 'pandas_baseline.py'), data]);
const pandasRate = mb / pandas.seconds;
console.log(
  `pandas ${pandas.pandas} read_csv+describe+isna: ${pandas.seconds.toFixed(2)} s, ${pandasRate.toFixed(1)} MB/s, peak RSS ${pandas.maxRssMB.toFixed(0)} MB`,
);
for (const threads of threadCounts) {
  const ours = run(process.execPath, [path.join(build, 'index.js'), data], {
    MLOPS_PROFILE_THREADS: String(threads),
    MLOPS_PROFILE_WORKER: threads > 1 ? path.join(build, 'profile-worker.js') : '/nonexistent',
  });
  const rate = mb / ours.seconds;
  console.log(
    `validate-data, ${threads} thread${threads === 1 ? '' : 's'} (used ${ours.threads}): ${ours.seconds.toFixed(2)} s, ${rate.toFixed(1)} MB/s, peak RSS ${ours.maxRssMB.toFixed(0)} MB, ${(rate / pandasRate).toFixed(2)}× pandas, rows ${ours.rows}`,
  );
}
