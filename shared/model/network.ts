import { UserError } from '../runtime/errors.js';

/** A stack of dense layers: what the built-in trainer produces and what serving runs. */
export type Activation = 'linear' | 'relu' | 'sigmoid' | 'softmax';

export interface DenseLayer {
  units: number;
  activation: Activation;
  /** Row-major `inputs × units`, as Keras/TF.js store a Dense kernel. */
  kernel: Float32Array;
  bias: Float32Array;
}

export interface DenseNetwork {
  inputSize: number;
  layers: DenseLayer[];
}

/**
 * Forward pass in plain JavaScript (float64 accumulation), so evaluation and serving need no
 * TensorFlow.js backend. Returns `rows × outputUnits`, row-major.
 */
export function predictNetwork(network: DenseNetwork, input: Float32Array, rows: number): Float64Array {
  let current: Float64Array | Float32Array = input;
  let width = network.inputSize;
  if (input.length !== rows * width) throw new UserError(`model input has ${input.length / Math.max(rows, 1)} columns per row; the model expects ${width}.`);
  for (const layer of network.layers) {
    const units = layer.units;
    const next = new Float64Array(rows * units);
    for (let r = 0; r < rows; r++) {
      const out = r * units;
      for (let u = 0; u < units; u++) next[out + u] = layer.bias[u];
      for (let i = 0; i < width; i++) {
        const x = current[r * width + i];
        if (x === 0) continue;
        const w = i * units;
        for (let u = 0; u < units; u++) next[out + u] += x * layer.kernel[w + u];
      }
      activate(next, out, units, layer.activation);
    }
    current = next;
    width = units;
  }
  return current as Float64Array;
}

function activate(values: Float64Array, offset: number, units: number, activation: Activation): void {
  switch (activation) {
    case 'linear':
      return;
    case 'relu':
      for (let u = 0; u < units; u++) if (values[offset + u] < 0) values[offset + u] = 0;
      return;
    case 'sigmoid':
      for (let u = 0; u < units; u++) values[offset + u] = 1 / (1 + Math.exp(-values[offset + u]));
      return;
    case 'softmax': {
      let max = -Infinity;
      for (let u = 0; u < units; u++) max = Math.max(max, values[offset + u]);
      let sum = 0;
      for (let u = 0; u < units; u++) {
        values[offset + u] = Math.exp(values[offset + u] - max);
        sum += values[offset + u];
      }
      for (let u = 0; u < units; u++) values[offset + u] /= sum;
      return;
    }
  }
}
