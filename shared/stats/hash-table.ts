const EMPTY = -1;
/** Tables at least this long (64k slots, 1 MB) are worth keeping for reuse. */
const SPARE_MIN_LENGTH = 1 << 17;
/**
 * Dead tables, one per length, for the next table of that length. A worker profiles part after
 * part, each growing its row-hash table to megabytes: without reuse, every part leaves ~16 MB of
 * typed arrays for the garbage collector, which lets them pile up outside the JS heap.
 */
const spareTables = new Map<number, Float64Array>();

function spareOrNew(length: number): Float64Array {
  const spare = spareTables.get(length);
  if (spare) {
    spareTables.delete(length);
    return spare.fill(EMPTY);
  }
  return new Float64Array(length).fill(EMPTY);
}

function keepSpare(table: Float64Array): void {
  if (table.length >= SPARE_MIN_LENGTH && !spareTables.has(table.length)) spareTables.set(table.length, table);
}

/**
 * Counts per 53-bit hash in an open-addressing table of one typed array: no boxed numbers, no
 * per-entry objects, 16 bytes per slot, a slot's hash and count side by side (one cache line
 * per probe in a table too big for the cache). The table doubles as it fills (load factor
 * ≤ 1/2), up to room for `capacity` entries. Hashes are already well mixed, so their low bits
 * index it.
 */
export class HashCounts {
  /** Slot s: its hash at 2s, its count at 2s + 1. */
  private slots: Float64Array;
  private mask: number;
  size = 0;

  constructor(readonly capacity: number) {
    const slots = Math.min(1024, 2 ** Math.ceil(Math.log2(Math.max(8, capacity * 2))));
    this.slots = HashCounts.emptySlots(slots);
    this.mask = slots - 1;
  }

  /** A table of empty slots (an empty slot's count is never read). */
  private static emptySlots(slots: number): Float64Array {
    return spareOrNew(slots * 2);
  }

  /** Empties the table and hands its memory on to the next table (for a sample whose state has been taken). */
  release(): void {
    keepSpare(this.slots);
    this.slots = HashCounts.emptySlots(8);
    this.mask = 7;
    this.size = 0;
  }

  /** Re-inserts the entries, in slot order, into a table twice the size. */
  private grow(): void {
    const old = this.slots;
    const slots = old.length;
    this.slots = HashCounts.emptySlots(slots);
    this.mask = slots - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += 2) if (old[i] !== EMPTY) this.insert(old[i], old[i + 1]);
    keepSpare(old);
  }

  /** Adds `count` to the hash's count and returns the count it had before (0 when new). */
  add(hash: number, count = 1): number {
    const table = this.slots;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const at = slot << 1;
      const key = table[at];
      if (key === hash) {
        const before = table[at + 1];
        table[at + 1] = before + count;
        return before;
      }
      if (key === EMPTY) {
        table[at] = hash;
        table[at + 1] = count;
        if (++this.size * 4 > table.length) this.grow();
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** `add` for a hash known to be absent, with no growth check (rebuilding). */
  private insert(hash: number, count: number): void {
    const table = this.slots;
    const mask = this.mask;
    let slot = hash & mask;
    while (table[slot << 1] !== EMPTY) slot = (slot + 1) & mask;
    table[slot << 1] = hash;
    table[(slot << 1) + 1] = count;
    this.size++;
  }

  forEach(fn: (hash: number, count: number) => void): void {
    const table = this.slots;
    for (let i = 0; i < table.length; i += 2) if (table[i] !== EMPTY) fn(table[i], table[i + 1]);
  }

  /** Keeps only the hashes `keep` accepts, re-inserted in slot order into the same table (no new one: it can be megabytes). */
  filter(keep: (hash: number) => boolean): void {
    const table = this.slots;
    const kept = new Float64Array(this.size * 2);
    let count = 0;
    for (let i = 0; i < table.length; i += 2) {
      const hash = table[i];
      if (hash !== EMPTY && keep(hash)) {
        kept[count++] = hash;
        kept[count++] = table[i + 1];
      }
    }
    table.fill(EMPTY);
    this.size = 0;
    for (let i = 0; i < count; i += 2) this.insert(kept[i], kept[i + 1]);
  }

  /** Sum of the counts. */
  total(): number {
    const table = this.slots;
    let sum = 0;
    for (let i = 0; i < table.length; i += 2) if (table[i] !== EMPTY) sum += table[i + 1];
    return sum;
  }

  entries(): [number, number][] {
    const out: [number, number][] = [];
    this.forEach((hash, count) => out.push([hash, count]));
    return out;
  }
}
