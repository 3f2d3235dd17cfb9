export interface DistinctState {
  /** Exact hashes while few (≤ EXACT_LIMIT), then null. */
  exact: number[] | null;
  /** HyperLogLog registers, base64, once past the exact limit. */
  registers: string | null;
}

import { HashCounts } from './hash-table.js';

const P = 12;
const M = 1 << P;
const EXACT_LIMIT = 1024;
const ALPHA = 0.7213 / (1 + 1.079 / M);

/**
 * Distinct values: exact up to 1,024 distinct hashes, then HyperLogLog with 4,096 registers
 * (standard error 1.04/√4096 ≈ 1.6%). Takes 53-bit hashes (see data/row.ts). Mergeable.
 */
export class DistinctCounter {
  private exact: HashCounts | null = new HashCounts(EXACT_LIMIT + 1);
  private registers: Uint8Array | null = null;

  add(hash: number): void {
    if (this.exact) {
      this.exact.add(hash);
      if (this.exact.size > EXACT_LIMIT) this.toSketch();
      return;
    }
    this.addToRegisters(hash);
  }

  /** `add` on each of `hashes[0..count)`, in order. */
  addMany(hashes: Float64Array, count: number): void {
    let i = 0;
    for (const exact = this.exact; exact && i < count; i++) {
      exact.add(hashes[i]);
      if (exact.size > EXACT_LIMIT) {
        this.toSketch();
        i++;
        break;
      }
    }
    for (; i < count; i++) this.addToRegisters(hashes[i]);
  }

  private addToRegisters(hash: number): void {
    // The low 12 bits pick the register; the other 41 bits (21 high, 20 low) give the rank.
    const low = hash >>> 0;
    const high = (hash / 4294967296) >>> 0;
    const index = low & (M - 1);
    const rank = high !== 0 ? Math.clz32(high) - 10 : 10 + Math.clz32(low >>> P);
    const registers = this.registers!;
    if (rank > registers[index]) registers[index] = rank;
  }

  private toSketch(): void {
    this.registers = new Uint8Array(M);
    const hashes = this.exact!;
    this.exact = null;
    hashes.forEach((h) => this.addToRegisters(h));
  }

  merge(other: DistinctCounter | DistinctState): this {
    const state = other instanceof DistinctCounter ? other.toJSON() : other;
    if (state.exact) {
      for (const h of state.exact) this.add(h);
      return this;
    }
    if (this.exact) this.toSketch();
    const theirs = Buffer.from(state.registers!, 'base64');
    const mine = this.registers!;
    for (let i = 0; i < M; i++) if (theirs[i] > mine[i]) mine[i] = theirs[i];
    return this;
  }

  /** Whether `estimate()` is an exact count. */
  get isExact(): boolean {
    return this.exact !== null;
  }

  estimate(): number {
    if (this.exact) return this.exact.size;
    const registers = this.registers!;
    let sum = 0;
    let zeros = 0;
    for (let i = 0; i < M; i++) {
      sum += 2 ** -registers[i];
      if (registers[i] === 0) zeros++;
    }
    const raw = (ALPHA * M * M) / sum;
    return Math.round(raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw);
  }

  toJSON(): DistinctState {
    return this.exact
      ? { exact: this.exact.entries().map(([h]) => h), registers: null }
      : { exact: null, registers: Buffer.from(this.registers!).toString('base64') };
  }

  static from(state: DistinctState): DistinctCounter {
    return new DistinctCounter().merge(state);
  }
}
