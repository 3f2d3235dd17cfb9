export interface FrequentState {
  capacity: number;
  /** Items and their counts (each an underestimate by at most `error`). */
  items: [string, number][];
  /** Upper bound on how much any count is underestimated; 0 while counts are exact. */
  error: number;
  total: number;
}

/** A count kept in a box, so that counting a known item is one Map lookup and no re-insert. */
interface Counter {
  count: number;
}

/**
 * Frequent items (Misra–Gries, pruned in batches): exact counts while at most `capacity`
 * distinct values have been seen; after that every kept count is low by at most `error`
 * (≤ total / (capacity + 1)), and any value above that share is kept. Mergeable.
 */
export class FrequentItems {
  private counts = new Map<string, Counter>();
  error = 0;
  total = 0;

  constructor(readonly capacity = 1000) {}

  add(item: string, count = 1): void {
    this.total += count;
    const counter = this.counts.get(item);
    if (counter !== undefined) {
      counter.count += count;
      return;
    }
    this.counts.set(item, { count });
    if (this.counts.size > 2 * this.capacity) this.prune();
  }

  private prune(): void {
    if (this.counts.size <= this.capacity) return;
    const sorted = [...this.counts.values()].map((c) => c.count).sort((a, b) => b - a);
    const cut = sorted[this.capacity];
    for (const [item, counter] of this.counts) {
      if (counter.count <= cut) this.counts.delete(item);
      else counter.count -= cut;
    }
    this.error += cut;
  }

  merge(other: FrequentItems | FrequentState): this {
    const state = other instanceof FrequentItems ? other.toJSON() : other;
    for (const [item, count] of state.items) {
      const counter = this.counts.get(item);
      if (counter !== undefined) counter.count += count;
      else this.counts.set(item, { count });
    }
    this.total += state.total;
    this.error += state.error;
    this.prune();
    return this;
  }

  get distinctSeen(): number {
    return this.counts.size;
  }

  /** The most frequent items, largest first (ties by value, for stable output). */
  top(limit: number): [string, number][] {
    return [...this.counts]
      .map(([item, counter]): [string, number] => [item, counter.count])
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, limit);
  }

  /** The state; a smaller `capacity` reduces it Misra–Gries style (a saved profile keeps fewer counters). */
  toJSON(capacity = this.capacity): FrequentState {
    this.prune();
    if (capacity >= this.counts.size)
      return { capacity: this.capacity, items: this.top(this.capacity), error: this.error, total: this.total };
    const sorted = this.top(this.counts.size);
    const cut = sorted[capacity][1];
    const items = sorted.filter(([, count]) => count > cut).map(([item, count]): [string, number] => [item, count - cut]);
    return { capacity, items, error: this.error + cut, total: this.total };
  }

  static from(state: FrequentState): FrequentItems {
    return new FrequentItems(state.capacity).merge(state);
  }
}
