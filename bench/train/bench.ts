/**
 * Built-in trainer throughput per backend against PyTorch, on the MLPs of shared/notes/gpu.md:
 * 32→64→64→1 at batch 256 and 32→512→512→1 at batch 4096, Adam, MSE. The first epoch warms up
 * and is not counted; both sides train on the same synthetic rows in the same run.
 *
 *   bench/train/run.sh [--backends wasm,cpu,webgpu] [--epochs 2] [--repeats 3] [--small-rows 20480] [--large-rows 8192] [--torch-device cpu|cuda] [--python /usr/bin/python3]
 *                      [--cases 64,512] [--optimizer adam|sgd (TF.js side only, to see the optimizer's share)]
 *
 * Each engine runs `repeats` times, interleaved with the others, and the best run counts: on a
 * shared machine, contention only ever slows a run down. The JS cpu backend is very slow on the
 * large model (about 150 samples/s), so it is not in the default list.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBackend, type BackendName } from '../../shared/train/backend.js';
import { fitNetwork, type NetworkShape } from '../../shared/train/fit.js';
import { seededRandom } from '../../shared/stats/random.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const backends = (args.get('backends') ?? 'wasm').split(',') as BackendName[];
const repeats = Number(args.get('repeats') ?? 3);
const optimizer = (args.get('optimizer') ?? 'adam') as 'adam' | 'sgd';
const only = args.get('cases');
const epochs = Number(args.get('epochs') ?? 2);
const python = args.get('python') ?? '/usr/bin/python3';
const torchDevice = args.get('torch-device') ?? 'cpu';
const here = dirname(fileURLToPath(import.meta.url));

const cases = [
  { name: '32→64→64→1, batch 256', hidden: 64, batch: 256, rows: Number(args.get('small-rows') ?? 20480) },
  { name: '32→512→512→1, batch 4096', hidden: 512, batch: 4096, rows: Number(args.get('large-rows') ?? 8192) },
];

function data(rows: number) {
  const random = seededRandom(1);
  const x = new Float32Array(rows * 32);
  for (let i = 0; i < x.length; i++) x[i] = random() * 2 - 1;
  const y = new Float32Array(rows);
  for (let r = 0; r < rows; r++) y[r] = x[r * 32] * 2 - x[r * 32 + 1];
  return { x, y, rows };
}

async function tfjsSamplesPerSecond(backend: BackendName, hidden: number, batch: number, rows: number): Promise<{ rate: number; device: string }> {
  const engine = await loadBackend(backend, { cwd: process.cwd(), env: process.env });
  const shape: NetworkShape = { inputSize: 32, hidden: [hidden, hidden], outputs: 1, outputActivation: 'linear', dropout: 0 };
  const settings = { task: 'regression' as const, epochs: 1, batchSize: batch, learningRate: 1e-3, optimizer, seed: 1 };
  const split = data(rows);
  await fitNetwork(engine.tf, shape, settings, split, undefined); // warm-up: kernels, shader compilation
  const start = performance.now();
  await fitNetwork(engine.tf, shape, { ...settings, epochs }, split, undefined);
  return { rate: (rows * epochs) / ((performance.now() - start) / 1000), device: engine.device };
}

function torchSamplesPerSecond(hidden: number, batch: number, rows: number): number | undefined {
  try {
    const out = execFileSync(python, [join(here, 'torch_mlp.py'), String(rows), String(hidden), String(batch), String(epochs), torchDevice, '1'], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop()!).samples_per_s;
  } catch (error) {
    console.error(`PyTorch run failed: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

console.log(`epochs timed: ${epochs} (after one warm-up epoch); PyTorch ${torchDevice}, 1 thread`);
for (const c of cases.filter((c) => !only || only.split(',').includes(String(c.hidden)))) {
  let torch: number | undefined;
  const best = new Map<BackendName, { rate: number; device: string } | string>();
  for (let repeat = 0; repeat < repeats; repeat++) {
    const t = torchSamplesPerSecond(c.hidden, c.batch, c.rows);
    if (t !== undefined) torch = Math.max(torch ?? 0, t);
    for (const backend of backends) {
      const previous = best.get(backend);
      if (typeof previous === 'string') continue;
      try {
        const run = await tfjsSamplesPerSecond(backend, c.hidden, c.batch, c.rows);
        if (!previous || run.rate > previous.rate) best.set(backend, run);
      } catch (error) {
        best.set(backend, (error as Error).message);
      }
    }
  }
  console.log(`\n${c.name}, ${c.rows} rows: PyTorch ${torch ? Math.round(torch).toLocaleString('en-US') : '–'} samples/s (best of ${repeats})`);
  for (const backend of backends) {
    const result = best.get(backend)!;
    if (typeof result === 'string') console.log(`  ${backend.padEnd(8)} unavailable: ${result}`);
    else console.log(`  ${backend.padEnd(8)} ${Math.round(result.rate).toLocaleString('en-US').padStart(10)} samples/s  ratio to PyTorch ${torch ? (result.rate / torch).toFixed(3) : '–'}  (${result.device})`);
  }
}
