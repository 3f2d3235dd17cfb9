/**
 * The standard normal pieces the Parzen estimator needs, accurate to about 1e-15 relative in
 * the tails it reaches (|z| up to a few hundred): the TPE compares log densities of kernels far
 * from a candidate, where 1 − Φ computed naively would round to 0 and the ratio to ±∞.
 */

const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const SQRT1_2 = Math.SQRT1_2;
const TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);

export function logNormalPdf(z: number): number {
  return -0.5 * z * z - LOG_SQRT_2PI;
}

/** erf by its series with terms of one sign (no cancellation); used for |z| ≤ 3/√2 only. */
function erfSeries(z: number): number {
  if (z < 0) return -erfSeries(-z);
  const z2 = 2 * z * z;
  let term = z;
  let sum = z;
  for (let n = 0; n < 200; n++) {
    term *= z2 / (2 * n + 3);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return TWO_OVER_SQRT_PI * Math.exp(-z * z) * sum;
}

/** Mills ratio (1 − Φ(t)) / φ(t) for t ≥ 3, by Laplace's continued fraction (modified Lentz). */
function millsRatio(t: number): number {
  let f = t;
  let c = t;
  let d = 0;
  for (let j = 1; j < 500; j++) {
    d = t + j * d;
    c = t + j / c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return 1 / f;
}

/** Φ(z), the standard normal CDF. */
export function normalCdf(z: number): number {
  if (z === -Infinity) return 0;
  if (z === Infinity) return 1;
  if (z < -3) return Math.exp(logNormalPdf(z)) * millsRatio(-z);
  if (z > 3) return 1 - Math.exp(logNormalPdf(z)) * millsRatio(z);
  return 0.5 + 0.5 * erfSeries(z * SQRT1_2);
}

/** log Φ(z), finite far into the left tail. */
export function logNormalCdf(z: number): number {
  if (z === -Infinity) return -Infinity;
  if (z < -3) return logNormalPdf(z) + Math.log(millsRatio(-z));
  if (z > 3) return Math.log1p(-Math.exp(logNormalPdf(z)) * millsRatio(z));
  return Math.log(normalCdf(z));
}

/** log(Φ(b) − Φ(a)) for a ≤ b, computed on the side of 0 where it does not cancel. */
export function logGaussMass(a: number, b: number): number {
  if (!(a < b)) return -Infinity;
  if (b <= 0) {
    const logB = logNormalCdf(b);
    return logB + Math.log1p(-Math.exp(logNormalCdf(a) - logB));
  }
  if (a > 0) return logGaussMass(-b, -a);
  return Math.log1p(-normalCdf(a) - normalCdf(-b));
}

/** Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation, then one Halley step on the exact Φ. */
export function normalQuantile(p: number): number {
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p > 0.5) return -normalQuantile(1 - p);
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x =
      (((((-7.784894002430293e-3 * q - 3.223964580411365e-1) * q - 2.400758277161838) * q - 2.549732539343734) * q + 4.374664141464968) *
        q +
        2.938163982698783) /
      ((((7.784695709041462e-3 * q + 3.224671290700398e-1) * q + 2.445134137142996) * q + 3.754408661907416) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x =
      ((((((-3.969683028665376e1 * r + 2.209460984245205e2) * r - 2.759285104469687e2) * r + 1.38357751867269e2) * r -
        3.066479806614716e1) *
        r +
        2.506628277459239) *
        q) /
      (((((-5.447609879822406e1 * r + 1.615858368580409e2) * r - 1.556989798598866e2) * r + 6.680131188771972e1) * r -
        1.328068155288572e1) *
        r +
        1);
  }
  // Halley's step in log space keeps the relative error down where p underflows Φ's linear scale.
  const logP = Math.log(p);
  for (let i = 0; i < 2; i++) {
    const logCdf = logNormalCdf(x);
    const ratio = Math.exp(logNormalPdf(x) - logCdf);
    const error = logCdf - logP;
    // d/dx log Φ = φ/Φ; second-order correction from d²/dx² log Φ = −(φ/Φ)(x + φ/Φ).
    const first = ratio;
    const second = -ratio * (x + ratio);
    x -= (error / first) * (1 / (1 - (error * second) / (2 * first * first)));
  }
  return x;
}

/**
 * A draw from the standard normal truncated to [a, b] by inversion of the uniform `u`: one
 * uniform a draw keeps the seeded streams simple. Inverts on the side with the smaller tail mass.
 */
export function truncatedNormalSample(u: number, a: number, b: number): number {
  if (a >= 0) return -truncatedNormalSample(1 - u, -b, -a);
  const pa = normalCdf(a);
  const pb = normalCdf(b);
  const p = pa + u * (pb - pa);
  const x = p < 0.5 ? normalQuantile(p) : -normalQuantile(normalCdf(-b) + (1 - u) * (pb - pa));
  return Math.min(b, Math.max(a, x));
}
