import type * as tfc from '@tensorflow/tfjs-core';
import type { Task } from '../model/preprocessing.js';
import { deriveSeed } from '../stats/random.js';
import type { TF } from './backend.js';
import { flatten, layout, oneHot, type FitSettings, type LayerSlot, type NetworkShape, type TrainingKernel } from './kernel.js';

/**
 * Adam's setWeights() recomputes beta^t with pow(), which differs in the last float32 bits from
 * the running product it keeps while training; a resumed run would drift from an uninterrupted
 * one. Saving and restoring the running products (private fields of tfjs-core's AdamOptimizer)
 * keeps a resumed run bit-identical.
 */
async function adamPowers(optimizer: unknown): Promise<[number, number] | undefined> {
  const adam = optimizer as { accBeta1?: tfc.Variable; accBeta2?: tfc.Variable };
  if (!adam.accBeta1 || !adam.accBeta2) return undefined;
  return [(await adam.accBeta1.data())[0], (await adam.accBeta2.data())[0]];
}

function restoreAdamPowers(tf: TF, optimizer: unknown, powers: [number, number] | undefined): void {
  const adam = optimizer as { accBeta1?: tfc.Variable; accBeta2?: tfc.Variable };
  if (!powers || !adam.accBeta1 || !adam.accBeta2) return;
  adam.accBeta1.assign(tf.scalar(powers[0]));
  adam.accBeta2.assign(tf.scalar(powers[1]));
}

/** Each layer's kernel and bias as views (slices) of the flat parameter vector. */
function layerPieces(tf: TF, slots: LayerSlot[], flat: tfc.Tensor): { kernel: tfc.Tensor2D; bias: tfc.Tensor1D }[] {
  return slots.map((slot) => ({
    kernel: tf.reshape(tf.slice(flat, slot.kernel, slot.inputs * slot.units), [slot.inputs, slot.units]) as tfc.Tensor2D,
    bias: tf.slice(flat, slot.bias, slot.units) as tfc.Tensor1D,
  }));
}

/**
 * One step's mean loss as a function of the flat parameters, with its gradient written out:
 * d(loss)/d(logits) is (p − y) for sigmoid and softmax cross-entropy and 2(z − y) for squared
 * error. `weights` (rows × 1) are class weights; `labels` are one-hot for multiclass.
 */
export function stepLoss(
  tf: TF,
  shape: NetworkShape,
  task: Task,
  params: tfc.Tensor,
  x: tfc.Tensor2D,
  labels: tfc.Tensor2D,
  weights: tfc.Tensor2D | undefined,
  stepSeed: number,
): tfc.Scalar {
  const { slots } = layout(shape);
  const rows = x.shape[0];
  const pieces = (flat: tfc.Tensor) => layerPieces(tf, slots, flat);
  return (
    tf.customGrad(((flat: tfc.Tensor, save: tfc.GradSaveFunc) => {
      const layers = pieces(flat);
      const inputs: tfc.Tensor2D[] = [];
      const masks: (tfc.Tensor2D | undefined)[] = [];
      let h = x;
      layers.forEach((layer, i) => {
        const last = i === layers.length - 1;
        inputs.push(h);
        // TF.js fuses only a linear activation while a gradient is being recorded; relu is its own op.
        const preActivation = tf.fused.matMul({ a: h, b: layer.kernel, bias: layer.bias }) as tfc.Tensor2D;
        const z = last ? preActivation : (tf.relu(preActivation) as tfc.Tensor2D);
        let mask: tfc.Tensor2D | undefined;
        if (!last && shape.dropout > 0) {
          // Inverted dropout with a seeded mask: keep with probability 1 − rate, scale by 1/(1 − rate).
          const keep = tf.step(tf.sub(tf.randomUniform(z.shape, 0, 1, 'float32', deriveSeed(stepSeed, i)), shape.dropout));
          mask = tf.mul(keep, 1 / (1 - shape.dropout)) as tfc.Tensor2D;
        }
        masks.push(mask);
        h = mask ? (tf.mul(z, mask) as tfc.Tensor2D) : z;
      });
      const logits = h;
      let perSample: tfc.Tensor2D;
      let dLogits: tfc.Tensor2D;
      if (task === 'binary-classification') {
        // Stable sigmoid cross-entropy: max(z, 0) − z·y + log(1 + e^−|z|).
        perSample = tf.add(tf.sub(tf.relu(logits), tf.mul(logits, labels)), tf.log1p(tf.exp(tf.neg(tf.abs(logits))))) as tfc.Tensor2D;
        dLogits = tf.sub(tf.sigmoid(logits), labels) as tfc.Tensor2D;
      } else if (task === 'multiclass-classification') {
        const logProbabilities = tf.logSoftmax(logits);
        perSample = tf.neg(tf.sum(tf.mul(labels, logProbabilities), 1, true)) as tfc.Tensor2D;
        dLogits = tf.sub(tf.exp(logProbabilities), labels) as tfc.Tensor2D;
      } else {
        const difference = tf.sub(logits, labels);
        perSample = tf.square(difference) as tfc.Tensor2D;
        dLogits = tf.mul(difference, 2) as tfc.Tensor2D;
      }
      if (weights) {
        perSample = tf.mul(perSample, weights) as tfc.Tensor2D;
        dLogits = tf.mul(dLogits, weights) as tfc.Tensor2D;
      }
      const loss = tf.div(tf.sum(perSample), rows) as tfc.Scalar;
      // save() clones each tensor (one Identity kernel apiece), so only what the backward pass
      // reads: each layer's input also gives the previous layer's ReLU derivative (step(z·mask) is
      // step(z) wherever the mask keeps a unit, and the mask zeroes the rest anyway).
      const n = layers.length;
      save([
        dLogits,
        ...inputs,
        ...layers.slice(1).map((layer) => layer.kernel),
        ...masks.filter((m): m is tfc.Tensor2D => m !== undefined),
      ]);
      return {
        value: loss,
        gradFunc: (dy: tfc.Tensor, saved: tfc.Tensor[]) => {
          const savedInputs = saved.slice(1, 1 + n) as tfc.Tensor2D[];
          const savedKernels = [undefined, ...saved.slice(1 + n, 2 * n)] as tfc.Tensor2D[];
          const savedMasks = saved.slice(2 * n) as tfc.Tensor2D[];
          let g = tf.mul(saved[0], tf.div(dy, rows)) as tfc.Tensor2D;
          const grads: tfc.Tensor[] = new Array(2 * n);
          for (let i = n - 1; i >= 0; i--) {
            grads[2 * i] = tf.reshape(tf.matMul(tf.transpose(savedInputs[i]), g), [-1]);
            grads[2 * i + 1] = tf.sum(g, 0);
            if (i === 0) break;
            let dh = tf.matMul(g, tf.transpose(savedKernels[i])) as tfc.Tensor2D;
            // Masks exist for every hidden layer or for none (dropout is one rate for all).
            if (savedMasks.length) dh = tf.mul(dh, savedMasks[i - 1]) as tfc.Tensor2D;
            g = tf.mul(dh, tf.step(savedInputs[i])) as tfc.Tensor2D;
          }
          return [tf.concat(grads)];
        },
      };
    }) as unknown as (...args: unknown[]) => { value: tfc.Tensor; gradFunc: (dy: tfc.Tensor) => tfc.Tensor[] }) as unknown as (
      p: tfc.Tensor,
    ) => tfc.Scalar
  )(params);
}

/**
 * The TF.js kernel. Small models are dispatch-bound, so one step is one custom-gradient op over
 * a single flat parameter vector (see stepLoss): a fused matMul+bias+relu forward, plain matMuls
 * with explicit transposes backward (the wasm backend runs transposeA/transposeB products on a
 * slow generic path: 1 GFLOP/s against 11.7 for 4096×512·512×512), and Adam updating one
 * variable instead of one per weight. About 45 ops a step instead of about 110.
 */
export function tfjsKernel(tf: TF, shape: NetworkShape, settings: FitSettings, initial: Float32Array): TrainingKernel {
  const { slots, size } = layout(shape);
  const params = tf.variable(tf.tensor1d(initial));
  const optimizer = settings.optimizer === 'adam' ? tf.train.adam(settings.learningRate) : tf.train.sgd(settings.learningRate);
  const classes = shape.outputs;
  let total = tf.scalar(0);

  const labelsTensor = (y: Float32Array, rows: number): tfc.Tensor2D => {
    if (settings.task !== 'multiclass-classification') return tf.tensor2d(y, [rows, 1]);
    return tf.tensor2d(oneHot(y, rows, classes), [rows, classes]);
  };

  /** Logits for inference (no dropout). */
  const logitsOf = (x: tfc.Tensor2D): tfc.Tensor2D => {
    const layers = layerPieces(tf, slots, params);
    let h = x;
    layers.forEach((layer, i) => {
      h = tf.fused.matMul({
        a: h,
        b: layer.kernel,
        bias: layer.bias,
        activation: i === layers.length - 1 ? 'linear' : 'relu',
      }) as tfc.Tensor2D;
    });
    return h;
  };

  return {
    step(batch, stepSeed) {
      const rows = batch.rows;
      const next = tf.tidy(() => {
        const x = tf.tensor2d(batch.x.subarray(0, rows * shape.inputSize), [rows, shape.inputSize]);
        const labels = labelsTensor(batch.y.subarray(0, rows), rows);
        const weights = batch.weights ? tf.tensor2d(batch.weights.subarray(0, rows), [rows, 1]) : undefined;
        const cost = optimizer.minimize(() => stepLoss(tf, shape, settings.task, params, x, labels, weights, stepSeed), true, [params])!;
        return tf.add(total, tf.mul(cost, rows)) as tfc.Scalar;
      });
      total.dispose();
      total = next;
    },
    async takeLossSum() {
      const sum = (await total.data())[0];
      total.dispose();
      total = tf.scalar(0);
      return sum;
    },
    // Reads go through data(), never dataSync(): on WebGPU a synchronous read needs an
    // OffscreenCanvas, which Node does not have.
    async predict(split) {
      const out = new Float32Array(split.rows * classes);
      const chunk = 8192;
      for (let start = 0; start < split.rows; start += chunk) {
        const rows = Math.min(chunk, split.rows - start);
        const values = tf.tidy(() => {
          const logits: tfc.Tensor = logitsOf(
            tf.tensor2d(split.x.subarray(start * shape.inputSize, (start + rows) * shape.inputSize), [rows, shape.inputSize]),
          );
          if (settings.task === 'binary-classification') return tf.sigmoid(logits);
          if (settings.task === 'multiclass-classification') return tf.softmax(logits);
          return logits;
        });
        out.set((await values.data()) as Float32Array, start * classes);
        values.dispose();
      }
      return out;
    },
    async readWeights() {
      const flat = (await params.data()) as Float32Array;
      return slots.flatMap((slot) => [
        Array.from(flat.subarray(slot.kernel, slot.bias)),
        Array.from(flat.subarray(slot.bias, slot.bias + slot.units)),
      ]);
    },
    async saveOptimizer() {
      const weights = await optimizer.getWeights();
      return {
        optimizer: await Promise.all(
          weights.map(async (w) => ({ name: w.name, shape: w.tensor.shape, data: Array.from((await w.tensor.data()) as Float32Array) })),
        ),
        adamPowers: await adamPowers(optimizer),
      };
    },
    async restore(state) {
      params.assign(tf.tensor1d(flatten(state.weights, size)));
      if (state.optimizer.length > 0)
        await optimizer.setWeights(state.optimizer.map((w) => ({ name: w.name, tensor: tf.tensor(w.data, w.shape) })));
      restoreAdamPowers(tf, optimizer, state.adamPowers);
    },
    dispose() {
      total.dispose();
      params.dispose();
      optimizer.dispose();
    },
  };
}
