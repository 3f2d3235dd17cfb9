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
  if (input.length !== rows * width)
    throw new UserError(`model input has ${input.length / Math.max(rows, 1)} columns per row; the model expects ${width}.`);
  for (const layer of network.layers) {
    const units = layer.units;
    const kernel = Float64Array.from(layer.kernel);
    const next = new Float64Array(rows * units);
    let r = 0;
    // Four rows at a time share each kernel row (about 2× faster). Each output still sums its
    // terms in input order, and a zero input still adds nothing, so results are bit-identical
    // to the one-row loop below.
    for (; r + 4 <= rows; r += 4) {
      const o0 = r * units;
      const [o1, o2, o3] = [o0 + units, o0 + 2 * units, o0 + 3 * units];
      for (let u = 0; u < units; u++) next[o0 + u] = next[o1 + u] = next[o2 + u] = next[o3 + u] = layer.bias[u];
      const base = r * width;
      for (let i = 0; i < width; i++) {
        const [x0, x1, x2, x3] = [
          current[base + i],
          current[base + width + i],
          current[base + 2 * width + i],
          current[base + 3 * width + i],
        ];
        const w = i * units;
        if (x0 !== 0 && x1 !== 0 && x2 !== 0 && x3 !== 0) {
          for (let u = 0; u < units; u++) {
            const k = kernel[w + u];
            next[o0 + u] += x0 * k;
            next[o1 + u] += x1 * k;
            next[o2 + u] += x2 * k;
            next[o3 + u] += x3 * k;
          }
        } else {
          accumulate(next, o0, x0, kernel, w, units);
          accumulate(next, o1, x1, kernel, w, units);
          accumulate(next, o2, x2, kernel, w, units);
          accumulate(next, o3, x3, kernel, w, units);
        }
      }
      for (let k = 0; k < 4; k++) activate(next, o0 + k * units, units, layer.activation);
    }
    for (; r < rows; r++) {
      const out = r * units;
      for (let u = 0; u < units; u++) next[out + u] = layer.bias[u];
      for (let i = 0; i < width; i++) accumulate(next, out, current[r * width + i], kernel, i * units, units);
      activate(next, out, units, layer.activation);
    }
    current = next;
    width = units;
  }
  return current as Float64Array;
}

/** out[offset + u] += x · kernel[w + u]; a zero input adds nothing (inputs are often one-hot or ReLU zeros). */
function accumulate(out: Float64Array, offset: number, x: number, kernel: Float64Array, w: number, units: number): void {
  if (x === 0) return;
  for (let u = 0; u < units; u++) out[offset + u] += x * kernel[w + u];
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
