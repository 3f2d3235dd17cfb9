import { seededRandom } from '../stats/random.js';

/** Glorot (Xavier) uniform, as Keras initialises Dense kernels, from the suite's seeded generator. */
export function glorotUniform(fanIn: number, fanOut: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const out = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < out.length; i++) out[i] = (random() * 2 - 1) * limit;
  return out;
}
