export interface HashSampleState {
  capacity: number;
  /** Hashes below this are kept; 2^53 keeps every hash (exact). */
  threshold: number;
  /** [hash, count] pairs. */
  entries: [number, number][];
}

/** The same state in typed arrays: cheap to pass between threads. */
export interface PackedHashSample {
  capacity: number;
  threshold: number;
  hashes: Float64Array;
  counts: Float64Array;
}

import { HashCounts } from './hash-table.js';

const ALL = 2 ** 53;

/**
 * Counts of repeated values by hash, in bounded memory: exact while at most `capacity`
 * distinct hashes are seen; beyond that only hashes below a threshold are kept (the threshold
 * halves each time the sample fills). Every copy of a value has the same hash, so a kept value
 * keeps all its copies: the duplicate share of the sample is an unbiased estimate of the
 * whole's, from at least capacity/2 distinct values. Mergeable (take the lower threshold).
 */
export class HashSample {
  private counts: HashCounts;
  threshold = ALL;

  constructor(readonly capacity = 1 << 17) {
    this.counts = new HashCounts(capacity + 1);
  }

  /** Adds a hash; returns how often it was seen before (0 for a first sighting or an unsampled hash). */
  add(hash: number, count = 1): number {
    if (hash >= this.threshold) return 0;
    const before = this.counts.add(hash, count);
    if (before === 0 && this.counts.size > this.capacity) this.shrink(this.capacity);
    return before;
  }

  private shrink(capacity: number): void {
    while (this.counts.size > capacity) {
      this.threshold /= 2;
      const threshold = this.threshold;
      this.counts.filter((hash) => hash < threshold);
    }
  }

  /** Drops the sample and lets its memory be reused (after its state has been taken). */
  release(): void {
    this.counts.release();
    this.threshold = ALL;
  }

  get isExact(): boolean {
    return this.threshold === ALL;
  }

  /** Share of the items sampled: 1 when exact. */
  get rate(): number {
    return this.threshold / ALL;
  }

  /** Items (rows) in the sample and distinct values among them. */
  counted(): { items: number; distinct: number } {
    let items = 0;
    this.counts.forEach((_, count) => (items += count));
    return { items, distinct: this.counts.size };
  }

  /** Share of items that repeat an earlier one: (items − distinct) / items. */
  duplicateShare(): number {
    const { items, distinct } = this.counted();
    return items === 0 ? 0 : (items - distinct) / items;
  }

  pack(): PackedHashSample {
    const hashes = new Float64Array(this.counts.size);
    const counts = new Float64Array(this.counts.size);
    let i = 0;
    this.counts.forEach((hash, count) => {
      hashes[i] = hash;
      counts[i++] = count;
    });
    return { capacity: this.capacity, threshold: this.threshold, hashes, counts };
  }

  mergePacked(state: PackedHashSample): this {
    if (state.threshold < this.threshold) {
      const threshold = (this.threshold = state.threshold);
      this.counts.filter((hash) => hash < threshold);
    }
    for (let i = 0; i < state.hashes.length; i++) {
      const hash = state.hashes[i];
      if (hash >= this.threshold) continue;
      this.counts.add(hash, state.counts[i]);
      if (this.counts.size > this.capacity) this.shrink(this.capacity);
    }
    return this;
  }

  merge(other: HashSample | HashSampleState): this {
    const state = other instanceof HashSample ? other.toJSON() : other;
    if (state.threshold < this.threshold) {
      const threshold = (this.threshold = state.threshold);
      this.counts.filter((hash) => hash < threshold);
    }
    for (const [hash, count] of state.entries) {
      if (hash >= this.threshold) continue;
      this.counts.add(hash, count);
      if (this.counts.size > this.capacity) this.shrink(this.capacity);
    }
    return this;
  }

  /** The state, optionally down-sampled to `capacity` entries to keep a saved profile small. */
  toJSON(capacity = this.capacity): HashSampleState {
    let threshold = this.threshold;
    let entries = this.counts.entries();
    while (entries.length > capacity) {
      threshold /= 2;
      entries = entries.filter(([hash]) => hash < threshold);
    }
    return { capacity: this.capacity, threshold, entries };
  }

  static from(state: HashSampleState): HashSample {
    return new HashSample(state.capacity).merge(state);
  }
}
