import type { Task } from '../model/preprocessing.js';
import { GraphBuilder } from '../model/onnx-graph.js';
import type { NetworkShape } from './kernel.js';

/** Adam's constants, as TF.js uses them (epsilon is TF.js's float32 backend epsilon). */
export const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } as const;

export interface StepGraphOptions {
  task: Task;
  optimizer: 'adam' | 'sgd';
  /** Per-row loss weights (class_weight) are an input. */
  weighted: boolean;
  /** Dropout masks (already scaled by 1/(1 − rate)) are inputs, one per hidden layer. */
  dropout: boolean;
}

/** Names of the graph's inputs and outputs, in the order the trainer feeds and reads them. */
export interface StepGraph {
  bytes: Uint8Array;
  /** Per layer: kernel and bias names, e.g. ['w0', 'b0', 'w1', 'b1', …]. */
  parameters: string[];
}

/**
 * One training step of a dense ReLU network as an ONNX graph: forward pass, summed loss,
 * gradients written out by hand, and the optimizer update, so a step is a single
 * `session.run` on onnxruntime's native kernels.
 *
 * Inputs: `x` [rows, in], `labels` [rows, out] (one-hot for multiclass), `inv_rows` (1/rows),
 * optionally `weights` [rows, 1] and `mask<i>` per hidden layer; per parameter p: `p`, and for
 * Adam `p_m`, `p_v`; `lr`, and for Adam `bias1` = 1 − β1ᵗ and `bias2` = 1 − β2ᵗ.
 * Outputs: `loss_sum` (sum over rows of the weighted per-row loss), then per parameter
 * `p_next` (and `p_m_next`, `p_v_next`).
 *
 * The arithmetic follows the TF.js kernel (tfjs-kernel.ts): d(loss)/d(logits) is p − y for
 * sigmoid and softmax cross-entropy and 2(z − y) for squared error; Adam is TF.js's formula,
 * p − lr·(m/bias1)/(√(v/bias2) + ε).
 */
export function buildStepGraph(shape: NetworkShape, options: StepGraphOptions): StepGraph {
  const g = new GraphBuilder('mlops-train-step');
  const sizes = [shape.inputSize, ...shape.hidden, shape.outputs];
  const layers = sizes.length - 1;
  const x = g.input('x', 'float', ['rows', shape.inputSize]);
  const labels = g.input('labels', 'float', ['rows', shape.outputs]);
  const invRows = g.input('inv_rows', 'float', []);
  const weights = options.weighted ? g.input('weights', 'float', ['rows', 1]) : undefined;
  const masks = options.dropout ? shape.hidden.map((units, i) => g.input(`mask${i}`, 'float', ['rows', units])) : [];
  const parameters: string[] = [];
  const kernels: string[] = [];
  const biases: string[] = [];
  for (let i = 0; i < layers; i++) {
    kernels.push(g.input(`w${i}`, 'float', [sizes[i], sizes[i + 1]]));
    biases.push(g.input(`b${i}`, 'float', [sizes[i + 1]]));
    parameters.push(`w${i}`, `b${i}`);
  }

  // Forward: each layer's input is kept for the backward pass; a hidden layer's output also
  // gives its ReLU derivative, Sign(h), which is 1 where the unit fired and the mask kept it.
  const layerInputs: string[] = [];
  let h = x;
  for (let i = 0; i < layers; i++) {
    layerInputs.push(h);
    const z = g.node('Gemm', [h, kernels[i], biases[i]]);
    if (i === layers - 1) {
      h = z;
    } else {
      h = g.node('Relu', [z]);
      if (options.dropout) h = g.node('Mul', [h, masks[i]]);
    }
  }
  const logits = h;

  let perRow: string;
  let dLogits: string;
  if (options.task === 'binary-classification') {
    // Stable sigmoid cross-entropy: max(z, 0) − z·y + log(1 + e^−|z|).
    perRow = g.node('Add', [
      g.node('Sub', [g.node('Relu', [logits]), g.node('Mul', [logits, labels])]),
      g.node('Softplus', [g.node('Neg', [g.node('Abs', [logits])])]),
    ]);
    dLogits = g.node('Sub', [g.node('Sigmoid', [logits]), labels]);
  } else if (options.task === 'multiclass-classification') {
    const logProbabilities = g.node('LogSoftmax', [logits], { axis: 1 });
    perRow = g.node('Neg', [g.node('ReduceSum', [g.node('Mul', [labels, logProbabilities]), g.ints([1])], { keepdims: 1 })]);
    dLogits = g.node('Sub', [g.node('Exp', [logProbabilities]), labels]);
  } else {
    const difference = g.node('Sub', [logits, labels]);
    perRow = g.node('Mul', [difference, difference]);
    dLogits = g.node('Mul', [difference, g.constant([2])]);
  }
  if (weights) {
    perRow = g.node('Mul', [perRow, weights]);
    dLogits = g.node('Mul', [dLogits, weights]);
  }
  g.node('ReduceSum', [perRow], { keepdims: 0 }, 'loss_sum');
  g.output('loss_sum', 'float', []);

  // Backward: plain products with Gemm's transpose flags (native kernels handle them at full speed).
  const gradients: string[] = new Array(2 * layers);
  let delta = g.node('Mul', [dLogits, invRows]);
  const axis0 = g.ints([0]);
  for (let i = layers - 1; i >= 0; i--) {
    gradients[2 * i] = g.node('Gemm', [layerInputs[i], delta], { transA: 1 });
    gradients[2 * i + 1] = g.node('ReduceSum', [delta, axis0], { keepdims: 0 });
    if (i === 0) break;
    let dh = g.node('Gemm', [delta, kernels[i]], { transB: 1 });
    if (options.dropout) dh = g.node('Mul', [dh, masks[i - 1]]);
    delta = g.node('Mul', [dh, g.node('Sign', [layerInputs[i]])]);
  }

  const lr = g.input('lr', 'float', []);
  if (options.optimizer === 'adam') {
    const bias1 = g.input('bias1', 'float', []);
    const bias2 = g.input('bias2', 'float', []);
    const beta1 = g.constant([ADAM.beta1]);
    const oneMinusBeta1 = g.constant([1 - ADAM.beta1]);
    const beta2 = g.constant([ADAM.beta2]);
    const oneMinusBeta2 = g.constant([1 - ADAM.beta2]);
    const epsilon = g.constant([ADAM.epsilon]);
    parameters.forEach((name, k) => {
      const dims = shapeOf(name, sizes);
      const [p, m, v] = [name, g.input(`${name}_m`, 'float', dims), g.input(`${name}_v`, 'float', dims)];
      const grad = gradients[k];
      const mNext = g.node('Add', [g.node('Mul', [m, beta1]), g.node('Mul', [grad, oneMinusBeta1])], undefined, `${name}_m_next`);
      const vNext = g.node(
        'Add',
        [g.node('Mul', [v, beta2]), g.node('Mul', [g.node('Mul', [grad, grad]), oneMinusBeta2])],
        undefined,
        `${name}_v_next`,
      );
      const step = g.node('Div', [
        g.node('Div', [mNext, bias1]),
        g.node('Add', [g.node('Sqrt', [g.node('Div', [vNext, bias2])]), epsilon]),
      ]);
      g.node('Sub', [p, g.node('Mul', [step, lr])], undefined, `${name}_next`);
      g.output(`${name}_next`, 'float', dims);
      g.output(`${name}_m_next`, 'float', dims);
      g.output(`${name}_v_next`, 'float', dims);
    });
  } else {
    parameters.forEach((name, k) => {
      g.node('Sub', [name, g.node('Mul', [gradients[k], lr])], undefined, `${name}_next`);
      g.output(`${name}_next`, 'float', shapeOf(name, sizes));
    });
  }
  return { bytes: g.encode(), parameters };
}

function shapeOf(parameter: string, sizes: number[]): number[] {
  const layer = Number(parameter.slice(1));
  return parameter.startsWith('w') ? [sizes[layer], sizes[layer + 1]] : [sizes[layer + 1]];
}

/** Inference: logits → probabilities (or the standardized target) for a whole batch. */
export function buildPredictGraph(shape: NetworkShape, task: Task): Uint8Array {
  const g = new GraphBuilder('mlops-predict');
  const sizes = [shape.inputSize, ...shape.hidden, shape.outputs];
  let h = g.input('x', 'float', ['rows', shape.inputSize]);
  for (let i = 0; i < sizes.length - 1; i++) {
    const kernel = g.input(`w${i}`, 'float', [sizes[i], sizes[i + 1]]);
    const bias = g.input(`b${i}`, 'float', [sizes[i + 1]]);
    h = g.node('Gemm', [h, kernel, bias]);
    if (i < sizes.length - 2) h = g.node('Relu', [h]);
  }
  const head = task === 'binary-classification' ? 'Sigmoid' : task === 'multiclass-classification' ? 'Softmax' : 'Identity';
  g.node(head, [h], head === 'Softmax' ? { axis: 1 } : undefined, 'outputs');
  g.output('outputs', 'float', ['rows', shape.outputs]);
  return g.encode();
}
