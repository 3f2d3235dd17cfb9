/**
 * Built-in trainer throughput per backend against PyTorch, on two MLPs (32→64→64→1 at batch 256, 32→512→512→1 at batch 4096):
 * 32→64→64→1 at batch 256 and 32→512→512→1 at batch 4096, Adam, MSE. The first epoch warms up
 * and is not counted; both sides train on the same synthetic rows in the same run.
 *
 *   bench/train/run.sh [--backends onnxruntime,wasm,cpu,webgpu] [--threads 1,2] [--epochs 2] [--repeats 3] [--small-rows 20480] [--large-rows 8192]
 *                      [--torch-device cpu|cuda] [--python /usr/bin/python3] [--cases 64,512] [--dropout 0.2] [--optimizer adam|sgd (our side only, to see the optimizer's share)]
 *
 * `--threads` runs everything once per thread count: PyTorch with torch.set_num_threads(n) and
 * onnxruntime with n intra-op threads (MLOPS_TRAIN_THREADS). wasm and cpu are single-threaded.
 *
 * Each engine runs `repeats` times, interleaved with the others, and the best run counts: on a
 * shared machine, contention only ever slows a run down. The JS cpu backend is very slow on the
 * large model (about 150 samples/s), so it is not in the default list.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBackend, type BackendName } from '../../shared/train/backend.js';
import { fitNetwork } from '../../shared/train/fit.js';
import type { NetworkShape } from '../../shared/train/kernel.js';
import { seededRandom } from '../../shared/stats/random.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const backends = (args.get('backends') ?? 'onnxruntime,wasm').split(',') as BackendName[];
const threadCounts = (args.get('threads') ?? '1').split(',').map(Number);
const dropout = Number(args.get('dropout') ?? 0);
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

async function ourSamplesPerSecond(
  backend: BackendName,
  hidden: number,
  batch: number,
  rows: number,
  threads: number,
): Promise<{ rate: number; device: string }> {
  const engine = await loadBackend(backend, { cwd: process.cwd(), env: { ...process.env, MLOPS_TRAIN_THREADS: String(threads) } });
  const shape: NetworkShape = { inputSize: 32, hidden: [hidden, hidden], outputs: 1, outputActivation: 'linear', dropout };
  const settings = { task: 'regression' as const, epochs, batchSize: batch, learningRate: 1e-3, optimizer, seed: 1 };
  const split = data(rows);
  // As in torch_mlp.py: the first epoch warms up (kernels, sessions, shader compilation) and the
  // clock runs from its end to the end of the last epoch's steps.
  const ends: number[] = [];
  await fitNetwork(engine, shape, { ...settings, epochs: epochs + 1 }, split, undefined, {
    onEpochSteps: () => ends.push(performance.now()),
  });
  const seconds = (ends[ends.length - 1] - ends[0]) / 1000;
  return { rate: (rows * epochs) / seconds, device: engine.device };
}

function torchSamplesPerSecond(hidden: number, batch: number, rows: number, threads: number): number | undefined {
  try {
    const out = execFileSync(
      python,
      [
        join(here, 'torch_mlp.py'),
        String(rows),
        String(hidden),
        String(batch),
        String(epochs),
        torchDevice,
        String(threads),
        String(dropout),
      ],
      { encoding: 'utf8' },
    );
    return JSON.parse(out.trim().split('\n').pop()!).samples_per_s;
  } catch (error) {
    console.error(`PyTorch run failed: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}

console.log(
  `epochs timed: ${epochs} (after one warm-up epoch); PyTorch on ${torchDevice}; best of ${repeats} interleaved runs${dropout ? `; dropout ${dropout} after each hidden layer` : ''}`,
);
for (const threads of threadCounts) {
  for (const c of cases.filter((c) => !only || only.split(',').includes(String(c.hidden)))) {
    let torch: number | undefined;
    const best = new Map<BackendName, { rate: number; device: string } | string>();
    for (let repeat = 0; repeat < repeats; repeat++) {
      const t = torchSamplesPerSecond(c.hidden, c.batch, c.rows, threads);
      if (t !== undefined) torch = Math.max(torch ?? 0, t);
      for (const backend of backends) {
        const previous = best.get(backend);
        if (typeof previous === 'string') continue;
        try {
          const run = await ourSamplesPerSecond(backend, c.hidden, c.batch, c.rows, threads);
          if (!previous || run.rate > previous.rate) best.set(backend, run);
        } catch (error) {
          best.set(backend, (error as Error).message);
        }
      }
    }
    console.log(
      `\n${c.name}, ${c.rows} rows, ${threads} thread${threads === 1 ? '' : 's'}: PyTorch ${torch ? Math.round(torch).toLocaleString('en-US') : '–'} samples/s`,
    );
    for (const backend of backends) {
      const result = best.get(backend)!;
      if (typeof result === 'string') console.log(`  ${backend.padEnd(11)} unavailable: ${result}`);
      else
        console.log(
          `  ${backend.padEnd(11)} ${Math.round(result.rate).toLocaleString('en-US').padStart(10)} samples/s  ratio to PyTorch ${torch ? (result.rate / torch).toFixed(3) : '–'}  (${result.device})`,
        );
    }
  }
}
