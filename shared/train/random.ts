/**
 * Seeded randomness for everything the trainer draws (initial weights, shuffling, folds), so the
 * same config + seed + backend reproduces the same metrics. Math.random is never used.
 */

/** mulberry32: a small, fast 32-bit generator with a full period; good enough for shuffles and initialisers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed derived from a base seed and a purpose, so streams (epoch 3's shuffle, layer 2's weights) never overlap. */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** Fisher–Yates over 0..n-1. */
export function shuffledIndices(n: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/** Glorot (Xavier) uniform, as Keras initialises Dense kernels. */
export function glorotUniform(fanIn: number, fanOut: number, seed: number): Float32Array {
  const random = seededRandom(seed);
  const limit = Math.sqrt(6 / (fanIn + fanOut));
  const out = new Float32Array(fanIn * fanOut);
  for (let i = 0; i < out.length; i++) out[i] = (random() * 2 - 1) * limit;
  return out;
}
