import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as tfc from '@tensorflow/tfjs-core';
import type * as Ort from 'onnxruntime-node';
import type { Task } from '../../shared/model/preprocessing.js';
import { loadBackend, type OnnxEngine, type TfjsEngine } from '../../shared/train/backend.js';
import { fitNetwork } from '../../shared/train/fit.js';
import { layout, type FitState, type NetworkShape, type Split } from '../../shared/train/kernel.js';
import { ADAM, buildStepGraph } from '../../shared/train/onnx-step.js';
import { seededRandom } from '../../shared/stats/random.js';
import { referenceMeanLoss } from './reference-loss.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { tf } = (await loadBackend('cpu', { cwd: root, env: process.env })) as TfjsEngine;
const engine = (await loadBackend('onnxruntime', { cwd: root, env: { ...process.env, MLOPS_TRAIN_THREADS: '1' } })) as OnnxEngine;
const ort = engine.ort;

/** The mean loss written with TF.js's own ops and losses, with explicit dropout masks, for autodiff. */
function reference(
  _shape: NetworkShape,
  task: Task,
  params: tfc.Tensor[],
  x: tfc.Tensor2D,
  labels: tfc.Tensor2D,
  weights: tfc.Tensor2D | undefined,
  masks: tfc.Tensor2D[],
): tfc.Scalar {
  let h: tfc.Tensor2D = x;
  const layers = params.length / 2;
  for (let i = 0; i < layers; i++) {
    const z = tf.add(tf.matMul(h, params[2 * i] as tfc.Tensor2D), params[2 * i + 1]) as tfc.Tensor2D;
    h = i === layers - 1 ? z : (tf.relu(z) as tfc.Tensor2D);
    if (i < layers - 1 && masks[i]) h = tf.mul(h, masks[i]) as tfc.Tensor2D;
  }
  return referenceMeanLoss(tf, task, h, labels, weights);
}

function fixture(task: Task, outputs: number, weighted: boolean, dropout: number) {
  const shape: NetworkShape = { inputSize: 5, hidden: [7, 4], outputs, outputActivation: 'linear', dropout };
  const random = seededRandom(11);
  const rows = 9;
  const sizes = [5, 7, 4, outputs];
  const params: Float32Array[] = [];
  for (let i = 0; i < 3; i++)
    params.push(
      Float32Array.from({ length: sizes[i] * sizes[i + 1] }, () => random() - 0.5),
      Float32Array.from({ length: sizes[i + 1] }, () => random() - 0.5),
    );
  const x = Float32Array.from({ length: rows * 5 }, () => random() * 2 - 1);
  const labels = Float32Array.from({ length: rows * outputs }, (_, i) =>
    task === 'multiclass-classification'
      ? i % outputs === Math.floor(i / outputs) % outputs
        ? 1
        : 0
      : task === 'binary-classification'
        ? i % 2
        : random() * 3,
  );
  const weights = weighted ? Float32Array.from({ length: rows }, (_, i) => 0.5 + (i % 3)) : undefined;
  const masks =
    dropout > 0
      ? [7, 4].map((units) => Float32Array.from({ length: rows * units }, () => (random() >= dropout ? 1 / (1 - dropout) : 0)))
      : [];
  return { shape, sizes, rows, params, x, labels, weights, masks };
}

function dimsOf(sizes: number[], k: number): number[] {
  const layer = Math.floor(k / 2);
  return k % 2 === 0 ? [sizes[layer], sizes[layer + 1]] : [sizes[layer + 1]];
}

async function runStep(f: ReturnType<typeof fixture>, task: Task, optimizer: 'adam' | 'sgd', extra: Record<string, Ort.Tensor>) {
  const graph = buildStepGraph(f.shape, { task, optimizer, weighted: Boolean(f.weights), dropout: f.masks.length > 0 });
  const session = await ort.InferenceSession.create(graph.bytes);
  const scalar = (v: number) => new ort.Tensor('float32', Float32Array.of(v), []);
  const feeds: Record<string, Ort.Tensor> = {
    x: new ort.Tensor('float32', f.x, [f.rows, 5]),
    labels: new ort.Tensor('float32', f.labels, [f.rows, f.shape.outputs]),
    inv_rows: scalar(1 / f.rows),
    lr: scalar(1),
    ...extra,
  };
  if (f.weights) feeds.weights = new ort.Tensor('float32', f.weights, [f.rows, 1]);
  f.masks.forEach((mask, i) => (feeds[`mask${i}`] = new ort.Tensor('float32', mask, [f.rows, [7, 4][i]])));
  graph.parameters.forEach((name, k) => (feeds[name] = new ort.Tensor('float32', f.params[k], dimsOf(f.sizes, k))));
  const out = await session.run(feeds);
  await session.release();
  return { graph, out };
}

describe('the ONNX training step', () => {
  const cases: [Task, number][] = [
    ['binary-classification', 1],
    ['multiclass-classification', 3],
    ['regression', 1],
  ];
  for (const [task, outputs] of cases) {
    for (const [weighted, dropout] of [
      [false, 0],
      [true, 0],
      [false, 0.4],
      [true, 0.3],
    ] as const) {
      it(`${task}${weighted ? ' with class weights' : ''}${dropout ? ' with dropout' : ''}: loss and SGD gradient equal TF.js autodiff`, async () => {
        const f = fixture(task, outputs, weighted, dropout);
        const { graph, out } = await runStep(f, task, 'sgd', {});
        const params = f.params.map((p, k) => tf.tensor(p, dimsOf(f.sizes, k)));
        const x = tf.tensor2d(f.x, [f.rows, 5]);
        const labels = tf.tensor2d(f.labels, [f.rows, outputs]);
        const weights = f.weights ? tf.tensor2d(f.weights, [f.rows, 1]) : undefined;
        const masks = f.masks.map((m, i) => tf.tensor2d(m, [f.rows, [7, 4][i]]));
        const { value, grads } = tf.valueAndGrads((...p: tfc.Tensor[]) => reference(f.shape, task, p, x, labels, weights, masks))(params);
        expect((out.loss_sum.data as Float32Array)[0] / f.rows).toBeCloseTo(value.dataSync()[0], 5);
        let worst = 0;
        let largest = 0;
        graph.parameters.forEach((name, k) => {
          // lr = 1: next = p − g.
          const next = out[`${name}_next`].data as Float32Array;
          const expected = grads[k].dataSync();
          for (let i = 0; i < next.length; i++) {
            worst = Math.max(worst, Math.abs(f.params[k][i] - next[i] - expected[i]));
            largest = Math.max(largest, Math.abs(expected[i]));
          }
        });
        expect(worst).toBeLessThan(1e-5);
        expect(largest).toBeGreaterThan(1e-3);
      });
    }
  }

  it("Adam's update is TF.js's formula: p − lr·(m/(1−β1ᵗ))/(√(v/(1−β2ᵗ)) + ε)", async () => {
    const f = fixture('regression', 1, false, 0);
    const sgd = await runStep(f, 'regression', 'sgd', {});
    const random = seededRandom(3);
    const m = f.params.map((p) => Float32Array.from(p, () => random() - 0.5));
    const v = f.params.map((p) => Float32Array.from(p, () => random()));
    const [bias1, bias2, lr] = [1 - 0.9 ** 3, 1 - 0.999 ** 3, 1];
    const extra: Record<string, Ort.Tensor> = {
      bias1: new ort.Tensor('float32', Float32Array.of(bias1), []),
      bias2: new ort.Tensor('float32', Float32Array.of(bias2), []),
    };
    sgd.graph.parameters.forEach((name, k) => {
      extra[`${name}_m`] = new ort.Tensor('float32', m[k], dimsOf(f.sizes, k));
      extra[`${name}_v`] = new ort.Tensor('float32', v[k], dimsOf(f.sizes, k));
    });
    const { graph, out } = await runStep(f, 'regression', 'adam', extra);
    let worst = 0;
    graph.parameters.forEach((name, k) => {
      const gradient = (sgd.out[`${name}_next`].data as Float32Array).map((next, i) => f.params[k][i] - next);
      const next = out[`${name}_next`].data as Float32Array;
      const mNext = out[`${name}_m_next`].data as Float32Array;
      const vNext = out[`${name}_v_next`].data as Float32Array;
      for (let i = 0; i < next.length; i++) {
        const g = gradient[i];
        const mi = ADAM.beta1 * m[k][i] + (1 - ADAM.beta1) * g;
        const vi = ADAM.beta2 * v[k][i] + (1 - ADAM.beta2) * g * g;
        const expected = f.params[k][i] - (lr * (mi / bias1)) / (Math.sqrt(vi / bias2) + ADAM.epsilon);
        worst = Math.max(worst, Math.abs(mNext[i] - mi), Math.abs(vNext[i] - vi), Math.abs(next[i] - expected));
      }
    });
    expect(worst).toBeLessThan(1e-5);
  });
});

describe('training on onnxruntime', () => {
  const shape: NetworkShape = { inputSize: 6, hidden: [16, 8], outputs: 3, outputActivation: 'softmax', dropout: 0.2 };
  const random = seededRandom(5);
  const rows = 600;
  const x = Float32Array.from({ length: rows * 6 }, () => random() * 2 - 1);
  const y = Float32Array.from({ length: rows }, (_, r) => (x[r * 6] + x[r * 6 + 1] > 0.5 ? 2 : x[r * 6 + 2] > 0 ? 1 : 0));
  const train: Split = { x: x.subarray(0, 480 * 6), y: y.subarray(0, 480), rows: 480 };
  const validation: Split = { x: x.subarray(480 * 6), y: y.subarray(480), rows: 120 };
  const settings = {
    task: 'multiclass-classification' as const,
    epochs: 6,
    batchSize: 32,
    learningRate: 0.01,
    optimizer: 'adam' as const,
    seed: 9,
    classWeights: Float32Array.of(1, 1.5, 0.8),
  };
  const withThreads = async (threads: number) => ({ ...engine, threads });

  it('learns, and a re-run with the same thread count gives bit-identical weights and history', async () => {
    // Results may differ in the last bits between thread counts (onnxruntime splits GEMMs by
    // thread), which is why the device string names the thread count.
    for (const threads of [1, 2]) {
      const a = await fitNetwork(await withThreads(threads), shape, settings, train, validation);
      const b = await fitNetwork(await withThreads(threads), shape, settings, train, validation);
      expect(a.history.val_accuracy[5]).toBeGreaterThan(0.8);
      expect(a.history.loss[5]).toBeLessThan(a.history.loss[0]);
      expect(b.history).toEqual(a.history);
      b.network.layers.forEach((layer, i) => {
        expect(layer.kernel).toEqual(a.network.layers[i].kernel);
        expect(layer.bias).toEqual(a.network.layers[i].bias);
      });
    }
  });

  it('a run resumed from a checkpoint is bit-identical to an uninterrupted one', async () => {
    const whole = await fitNetwork(engine, shape, settings, train, validation);
    let saved: FitState | undefined;
    await fitNetwork(engine, shape, { ...settings, epochs: 6 }, train, validation, {
      onEpoch: (state) => {
        if (state.epoch === 3) saved = structuredClone(state);
      },
    });
    expect(saved?.adamPowers).toHaveLength(2);
    expect(saved?.optimizer.map((o) => o.name)).toEqual([
      'w0_m',
      'w0_v',
      'b0_m',
      'b0_v',
      'w1_m',
      'w1_v',
      'b1_m',
      'b1_v',
      'w2_m',
      'w2_v',
      'b2_m',
      'b2_v',
    ]);
    const resumed = await fitNetwork(engine, shape, settings, train, validation, { resume: saved });
    expect(resumed.history).toEqual(whole.history);
    resumed.network.layers.forEach((layer, i) => expect(layer.kernel).toEqual(whole.network.layers[i].kernel));
  });

  it('SGD trains too, and the kernel leaves the parameter count of the layout', async () => {
    const result = await fitNetwork(
      engine,
      { ...shape, dropout: 0 },
      { ...settings, optimizer: 'sgd', learningRate: 0.1 },
      train,
      validation,
    );
    expect(result.history.val_accuracy.at(-1)).toBeGreaterThan(0.7);
    const count = result.network.layers.reduce((n, layer) => n + layer.kernel.length + layer.bias.length, 0);
    expect(count).toBe(layout(shape).size);
  });
});
