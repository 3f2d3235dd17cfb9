/**
 * Count, mean, variance, min and max in one pass: Welford's update over values shifted by the
 * first value (so data far from zero, like 1e6 ± 1e-3, keeps its precision), and Chan et al.'s
 * merge. Matches numpy/pandas' two-pass results to ~1e-13 relative. `std` is the sample standard
 * deviation (ddof = 1), as pandas' `describe()` reports.
 */
export interface MomentsState {
  count: number;
  /** Values are accumulated as x − shift. */
  shift: number;
  /** Mean of x − shift. */
  mean: number;
  /** Sum of squared deviations from the mean. */
  m2: number;
  min: number;
  max: number;
}

export class Moments {
  count = 0;
  private shift = 0;
  private shiftedMean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;

  add(x: number): void {
    if (this.count === 0) this.shift = x;
    const n = ++this.count;
    const y = x - this.shift;
    const delta = y - this.shiftedMean;
    this.shiftedMean += delta / n;
    this.m2 += delta * (y - this.shiftedMean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** `add` on each of `xs[0..count)`, in order (the same arithmetic, so the same result). */
  addMany(xs: Float64Array, count: number): void {
    if (count === 0) return;
    if (this.count === 0) this.shift = xs[0];
    const shift = this.shift;
    let n = this.count;
    let mean = this.shiftedMean;
    let m2 = this.m2;
    let min = this.min;
    let max = this.max;
    for (let i = 0; i < count; i++) {
      const x = xs[i];
      const y = x - shift;
      const delta = y - mean;
      mean += delta / ++n;
      m2 += delta * (y - mean);
      if (x < min) min = x;
      if (x > max) max = x;
    }
    this.count = n;
    this.shiftedMean = mean;
    this.m2 = m2;
    this.min = min;
    this.max = max;
  }

  merge(other: MomentsState): this {
    if (other.count === 0) return this;
    if (this.count === 0) {
      this.count = other.count;
      this.shift = other.shift;
      this.shiftedMean = other.mean;
      this.m2 = other.m2;
      this.min = other.min;
      this.max = other.max;
      return this;
    }
    const n = this.count + other.count;
    // The other's mean in this shift: the shifts' difference is exact when they are close.
    const delta = other.shift - this.shift + other.mean - this.shiftedMean;
    this.shiftedMean += (delta * other.count) / n;
    this.m2 += other.m2 + (delta * delta * this.count * other.count) / n;
    this.count = n;
    this.min = Math.min(this.min, other.min);
    this.max = Math.max(this.max, other.max);
    return this;
  }

  get mean(): number | null {
    return this.count > 0 ? this.shift + this.shiftedMean : null;
  }

  /** Sample standard deviation (ddof = 1); null below two values. */
  get std(): number | null {
    return this.count > 1 ? Math.sqrt(Math.max(0, this.m2) / (this.count - 1)) : null;
  }

  toJSON(): MomentsState {
    return { count: this.count, shift: this.shift, mean: this.shiftedMean, m2: this.m2, min: this.min, max: this.max };
  }

  static from(state: MomentsState): Moments {
    return new Moments().merge(state);
  }
}
