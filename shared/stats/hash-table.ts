const EMPTY = -1;

/**
 * Counts per 53-bit hash in an open-addressing table of typed arrays: no boxed numbers, no
 * per-entry objects, 16 bytes per slot. The table doubles as it fills (load factor ≤ 1/2), up
 * to room for `capacity` entries. Hashes are already well mixed, so their low bits index it.
 */
export class HashCounts {
  private keys: Float64Array;
  private counts: Float64Array;
  private mask: number;
  size = 0;

  constructor(readonly capacity: number) {
    const slots = Math.min(1024, 2 ** Math.ceil(Math.log2(Math.max(8, capacity * 2))));
    this.keys = new Float64Array(slots).fill(EMPTY);
    this.counts = new Float64Array(slots);
    this.mask = slots - 1;
  }

  private grow(): void {
    const keys = this.keys;
    const counts = this.counts;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.counts = new Float64Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    this.size = 0;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== EMPTY) this.add(keys[slot], counts[slot]);
  }

  /** Adds `count` to the hash's count and returns the count it had before (0 when new). */
  add(hash: number, count = 1): number {
    const keys = this.keys;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const key = keys[slot];
      if (key === hash) {
        const before = this.counts[slot];
        this.counts[slot] = before + count;
        return before;
      }
      if (key === EMPTY) {
        keys[slot] = hash;
        this.counts[slot] = count;
        if (++this.size * 2 > keys.length) this.grow();
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  forEach(fn: (hash: number, count: number) => void): void {
    const keys = this.keys;
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== EMPTY) fn(keys[slot], this.counts[slot]);
  }

  /** Keeps only the hashes `keep` accepts. */
  filter(keep: (hash: number) => boolean): void {
    const entries: [number, number][] = [];
    this.forEach((hash, count) => {
      if (keep(hash)) entries.push([hash, count]);
    });
    this.keys.fill(EMPTY);
    this.counts.fill(0);
    this.size = 0;
    for (const [hash, count] of entries) this.add(hash, count);
  }

  entries(): [number, number][] {
    const out: [number, number][] = [];
    this.forEach((hash, count) => out.push([hash, count]));
    return out;
  }
}
