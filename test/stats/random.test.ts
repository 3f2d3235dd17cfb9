import { describe, expect, it } from 'vitest';
import { deriveSeed, fillDropoutMask, seededRandom, shuffledIndices } from '../../shared/stats/random.js';

describe('seeded randomness', () => {
  it('repeats for a seed and differs across seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    expect(seededRandom(8)()).not.toBe(seededRandom(7)());
  });

  it('derives streams that depend on the order of the parts and on the base seed', () => {
    expect(deriveSeed(1, 0)).not.toBe(deriveSeed(0, 1));
    // Streams r = 0..R-1 of two small base seeds must not be the same set (a plain XOR makes them so).
    const streams = (seed: number) => new Set(Array.from({ length: 64 }, (_, r) => deriveSeed(seed, r)));
    const first = streams(3);
    expect([...streams(5)].filter((s) => first.has(s))).toEqual([]);
  });

  it('shuffles every index exactly once', () => {
    const order = shuffledIndices(1000, 42);
    expect([...order].sort((x, y) => x - y)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect([...order.slice(0, 10)]).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('dropout masks: the mulberry32 stream two units a draw, the rate kept, a seed repeats', () => {
    const mask = new Float32Array(200_001);
    fillDropoutMask(mask, 9, 0.3, 1 / 0.7);
    // The first draw of seededRandom(9) decides units 0 and 1 by its low and high 16 bits.
    const bits = Math.round(seededRandom(9)() * 4294967296);
    const threshold = Math.round(0.3 * 65536);
    expect(mask[0]).toBe((bits & 0xffff) >= threshold ? Math.fround(1 / 0.7) : 0);
    expect(mask[1]).toBe(bits >>> 16 >= threshold ? Math.fround(1 / 0.7) : 0);
    const dropped = mask.filter((v) => v === 0).length / mask.length;
    expect(Math.abs(dropped - 0.3)).toBeLessThan(0.005);
    expect(new Set(mask)).toEqual(new Set([0, Math.fround(1 / 0.7)]));
    const again = new Float32Array(200_001);
    fillDropoutMask(again, 9, 0.3, 1 / 0.7);
    expect(again).toEqual(mask);
    fillDropoutMask(again, 10, 0.3, 1 / 0.7);
    expect(again).not.toEqual(mask);
  });
});
