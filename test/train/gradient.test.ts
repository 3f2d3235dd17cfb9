import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as tfc from '@tensorflow/tfjs-core';
import type { Task } from '../../shared/model/preprocessing.js';
import { loadBackend, type TfjsEngine } from '../../shared/train/backend.js';
import { layout, type NetworkShape } from '../../shared/train/kernel.js';
import { stepLoss } from '../../shared/train/tfjs-kernel.js';
import { deriveSeed, seededRandom } from '../../shared/stats/random.js';
import { referenceMeanLoss } from './reference-loss.js';

// The trainer's hand-written gradient against TF.js's own automatic differentiation of the same loss.
const { tf } = (await loadBackend('cpu', { cwd: fileURLToPath(new URL('../..', import.meta.url)), env: process.env })) as TfjsEngine;

function reference(
  shape: NetworkShape,
  task: Task,
  flat: tfc.Tensor,
  x: tfc.Tensor2D,
  labels: tfc.Tensor2D,
  weights?: tfc.Tensor2D,
  stepSeed = 0,
): tfc.Scalar {
  const { slots } = layout(shape);
  let h: tfc.Tensor2D = x;
  slots.forEach((slot, i) => {
    const kernel = tf.reshape(tf.slice(flat, slot.kernel, slot.inputs * slot.units), [slot.inputs, slot.units]) as tfc.Tensor2D;
    const z = tf.add(tf.matMul(h, kernel), tf.slice(flat, slot.bias, slot.units)) as tfc.Tensor2D;
    h = i === slots.length - 1 ? z : (tf.relu(z) as tfc.Tensor2D);
    if (i < slots.length - 1 && shape.dropout > 0) {
      // The same seeded inverted-dropout mask the trainer draws.
      const keep = tf.step(tf.sub(tf.randomUniform(z.shape, 0, 1, 'float32', deriveSeed(stepSeed, i)), shape.dropout));
      h = tf.mul(h, tf.mul(keep, 1 / (1 - shape.dropout))) as tfc.Tensor2D;
    }
  });
  return referenceMeanLoss(tf, task, h, labels, weights);
}

describe('custom-gradient training step', () => {
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
    ] as const) {
      it(`${task}${weighted ? ' with class weights' : ''}${dropout ? ' with dropout' : ''}: loss and gradient equal TF.js autodiff`, () => {
        const shape: NetworkShape = { inputSize: 5, hidden: [7, 4], outputs, outputActivation: 'linear', dropout };
        const random = seededRandom(11);
        const rows = 9;
        const { size } = layout(shape);
        const flat = tf.tensor1d(Array.from({ length: size }, () => random() - 0.5));
        const x = tf.tensor2d(
          Array.from({ length: rows * 5 }, () => random() * 2 - 1),
          [rows, 5],
        );
        const labelValues = Array.from({ length: rows * outputs }, (_, i) =>
          task === 'multiclass-classification'
            ? i % outputs === Math.floor(i / outputs) % outputs
              ? 1
              : 0
            : task === 'binary-classification'
              ? i % 2
              : random() * 3,
        );
        const labels = tf.tensor2d(labelValues, [rows, outputs]);
        const weights = weighted
          ? tf.tensor2d(
              Array.from({ length: rows }, (_, i) => 0.5 + (i % 3)),
              [rows, 1],
            )
          : undefined;
        const ours = tf.valueAndGrad((p: tfc.Tensor) => stepLoss(tf, shape, task, p, x, labels, weights, 77))(flat);
        const theirs = tf.valueAndGrad((p: tfc.Tensor) => reference(shape, task, p, x, labels, weights, 77))(flat);
        expect(ours.value.dataSync()[0]).toBeCloseTo(theirs.value.dataSync()[0], 5);
        const a = ours.grad.dataSync();
        const b = theirs.grad.dataSync();
        let worst = 0;
        for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i] - b[i]));
        expect(worst).toBeLessThan(1e-5);
        expect(Math.max(...Array.from(b, Math.abs))).toBeGreaterThan(1e-3);
      });
    }
  }
});
