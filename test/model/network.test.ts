import { describe, expect, it } from 'vitest';
import { predictNetwork, type Activation, type DenseNetwork } from '../../shared/model/network.js';
import { seededRandom } from '../../shared/stats/random.js';

/** The textbook forward pass, one row at a time in float64: what predictNetwork must equal bit for bit. */
function oneRowAtATime(network: DenseNetwork, input: Float32Array, rows: number): Float64Array {
  let current: ArrayLike<number> = input;
  let width = network.inputSize;
  for (const layer of network.layers) {
    const next = new Float64Array(rows * layer.units);
    for (let r = 0; r < rows; r++) {
      for (let u = 0; u < layer.units; u++) {
        let sum = layer.bias[u];
        for (let i = 0; i < width; i++) if (current[r * width + i] !== 0) sum += current[r * width + i] * layer.kernel[i * layer.units + u];
        next[r * layer.units + u] = sum;
      }
      const row = next.subarray(r * layer.units, (r + 1) * layer.units);
      if (layer.activation === 'relu') row.forEach((v, u) => (row[u] = v < 0 ? 0 : v));
      if (layer.activation === 'sigmoid') row.forEach((v, u) => (row[u] = 1 / (1 + Math.exp(-v))));
      if (layer.activation === 'softmax') {
        const max = Math.max(...row);
        row.forEach((v, u) => (row[u] = Math.exp(v - max)));
        const total = row.reduce((a, b) => a + b, 0);
        row.forEach((v, u) => (row[u] = v / total));
      }
    }
    current = next;
    width = layer.units;
  }
  return current as Float64Array;
}

describe('predictNetwork', () => {
  for (const head of ['sigmoid', 'softmax', 'linear'] as Activation[]) {
    it(`equals the one-row forward pass bit for bit (${head} head, sparse inputs, rows not a multiple of 4)`, () => {
      const random = seededRandom(4);
      const sizes = [7, 9, 5, head === 'softmax' ? 3 : 1];
      const network: DenseNetwork = {
        inputSize: 7,
        layers: [0, 1, 2].map((i) => ({
          units: sizes[i + 1],
          activation: i === 2 ? head : 'relu',
          kernel: Float32Array.from({ length: sizes[i] * sizes[i + 1] }, () => random() * 2 - 1),
          bias: Float32Array.from({ length: sizes[i + 1] }, () => random() - 0.5),
        })),
      };
      const rows = 23;
      // About a third of the inputs are zero (one-hot columns), so both paths of the 4-row tile run.
      const input = Float32Array.from({ length: rows * 7 }, () => (random() < 0.35 ? 0 : random() * 4 - 2));
      expect(Array.from(predictNetwork(network, input, rows))).toEqual(Array.from(oneRowAtATime(network, input, rows)));
    });
  }
});
