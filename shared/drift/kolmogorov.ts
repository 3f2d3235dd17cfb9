/**
 * The Kolmogorov–Smirnov distributions behind scipy.stats.ks_2samp (scipy 1.10), ported so our
 * p-values agree with scipy's to 1e-9 (test/drift/fixtures: every branch below is on the grid):
 *
 * - the exact two-sample p-value (Hodges' lattice-path counts; Viehmann's recursion for 1 − p),
 *   used when both samples have at most 10,000 values;
 * - otherwise scipy's "asymptotic" p-value, which is the exact ONE-sample distribution kstwo.sf
 *   at n = round(n1·n2 / (n1 + n2)), computed as Simard & L'Ecuyer (2011) choose: Ruben–Gambino
 *   closed forms, the Durbin matrix (Marsaglia–Tsang–Wang), Pomeranz's recursion, the Pelz–Good
 *   series, or twice the one-sided Smirnov tail.
 */
import { roundHalfEven } from './special.js';

const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const LOG_TWO_PI = Math.log(2 * Math.PI);
const SQRT_TWO_PI = Math.sqrt(2 * Math.PI);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const MIN_LOG = -708;
/** cephes' MINLOG: log of the smallest subnormal. */
const CEPHES_MIN_LOG = -7.451332191019412076235e2;
const EPSILON = 2 ** -52;
/** scipy's ks_2samp tries the exact distribution up to this many values per sample. */
export const KS_EXACT_MAX_N = 10_000;
/** cephes computes the one-sided tail exactly up to this n, and by an approximation beyond. */
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;

/** Stirling terms B2j / (2j (2j − 1)) for j = 8 … 1, highest power first (scipy's _STIRLING_COEFFS). */
const STIRLING_COEFFS = [
  -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
  7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];

function clip01(p: number): number {
  return p < 0 ? 0 : p > 1 ? 1 : p;
}

function select(cdfProbability: number, sfProbability: number, cdf: boolean): number {
  return clip01(cdf ? cdfProbability : sfProbability);
}

/** x·2^e without overflowing 2^e on the way. */
function scaleByPowerOfTwo(x: number, e: number): number {
  let value = x;
  let exponent = e;
  while (exponent > 1000) {
    value *= 2 ** 1000;
    exponent -= 1000;
  }
  while (exponent < -1000) {
    value *= 2 ** -1000;
    exponent += 1000;
  }
  return value * 2 ** exponent;
}

/** log(n! / n^n) by Stirling, with n·log(n) taken out first so nothing cancels. */
function logFactorialOverPower(n: number): number {
  const rn = 1 / n;
  const t = rn / n;
  let poly = 0;
  for (const c of STIRLING_COEFFS) poly = poly * t + c;
  return Math.log(n) / 2 - n + LOG_TWO_PI / 2 + rn * poly;
}

function multiply(a: Float64Array, b: Float64Array, m: number): Float64Array {
  const out = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    for (let k = 0; k < m; k++) {
      const aik = a[i * m + k];
      if (aik === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j] += aik * b[k * m + j];
    }
  }
  return out;
}

/** P(D_n ≤ d) by the Durbin matrix, as Marsaglia, Tsang & Wang compute it (best for small n·d). */
function durbinCdf(n: number, d: number): number {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const v = new Float64Array(m);
  const w = new Float64Array(m);
  let factorial = 1;
  for (let j = 1; j <= m; j++) {
    v[j - 1] = 1 - h ** j;
    w[j - 1] = factorial;
    factorial /= j;
    v[j - 1] *= factorial;
  }
  const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
  v[m - 1] = (1 + tt) * factorial;
  let matrix: Float64Array = new Float64Array(m * m);
  for (let i = 1; i < m; i++) for (let r = i - 1; r < m; r++) matrix[r * m + i] = w[r - (i - 1)];
  for (let r = 0; r < m; r++) matrix[r * m] = v[r];
  for (let c = 0; c < m; c++) matrix[(m - 1) * m + c] = v[m - 1 - c];

  let power: Float64Array = new Float64Array(m * m);
  for (let i = 0; i < m; i++) power[i * m + i] = 1;
  let remaining = n;
  let exponent = 0;
  let matrixExponent = 0;
  while (remaining > 0) {
    if (remaining % 2 === 1) {
      power = multiply(power, matrix, m);
      exponent += matrixExponent;
    }
    matrix = multiply(matrix, matrix, m);
    matrixExponent *= 2;
    if (Math.abs(matrix[(k - 1) * m + (k - 1)]) > EP128) {
      for (let i = 0; i < matrix.length; i++) matrix[i] /= EP128;
      matrixExponent += 128;
    }
    remaining = Math.floor(remaining / 2);
  }
  let p = power[(k - 1) * m + (k - 1)];
  for (let i = 1; i <= n; i++) {
    p = (i * p) / n;
    if (Math.abs(p) < EM128) {
      p *= EP128;
      exponent -= 128;
    }
  }
  return exponent !== 0 ? scaleByPowerOfTwo(p, exponent) : p;
}

/** Endpoints of row i's non-zero window in Pomeranz's recursion. */
function pomeranzWindow(i: number, n: number, ll: number, ceilf: number, roundf: number): [number, number] {
  let j1: number;
  let j2: number;
  if (i === 0) {
    j1 = -ll - ceilf - 1;
    j2 = ll + ceilf - 1;
  } else {
    const half = Math.floor((i + 1) / 2);
    if ((i + 1) % 2 === 0) {
      if (half === n + 1) {
        j1 = n - ll - ceilf - 1;
        j2 = n + ll + ceilf - 1;
      } else {
        j1 = half - 1 - ll - roundf - 1;
        j2 = half + ll - 1 + ceilf - 1;
      }
    } else {
      j1 = half - 1 - ll - 1;
      j2 = half + ll + roundf - 1;
    }
  }
  return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}

/** Python's a[start:end] for a non-negative start (clamped to the array). */
function slice(a: Float64Array, start: number, end: number): Float64Array {
  return a.subarray(Math.min(start, a.length), Math.max(Math.min(end, a.length), Math.min(start, a.length)));
}

/** numpy.convolve(a, b) in 'full' mode. */
function convolve(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(a.length + b.length - 1);
  for (let i = 0; i < a.length; i++) {
    const ai = a[i];
    for (let j = 0; j < b.length; j++) out[i + j] += ai * b[j];
  }
  return out;
}

/** P(D_n ≤ x) by Pomeranz's recursion (moderate n·x²). */
function pomeranzCdf(n: number, x: number): number {
  const t = n * x;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const ceilf = f > 0 ? 1 : 0;
  const roundf = f > 0.5 ? 1 : 0;
  const powers = 2 * (ll + 1);
  const gPower = new Float64Array(powers);
  const twoGPower = new Float64Array(powers);
  const oneMinusTwoGPower = new Float64Array(powers);
  gPower[0] = twoGPower[0] = oneMinusTwoGPower[0] = 1;
  const gOverN = g / n;
  const twoGOverN = (2 * g) / n;
  const oneMinusTwoGOverN = (1 - 2 * g) / n;
  for (let m = 1; m < powers; m++) {
    gPower[m] = (gPower[m - 1] * gOverN) / m;
    twoGPower[m] = (twoGPower[m - 1] * twoGOverN) / m;
    oneMinusTwoGPower[m] = (oneMinusTwoGPower[m - 1] * oneMinusTwoGOverN) / m;
  }
  let v0 = new Float64Array(powers);
  let v1 = new Float64Array(powers);
  v1[0] = 1;
  let v0Start = 0;
  let v1Start = 0;
  let exponent = 0;
  let [j1, j2] = pomeranzWindow(0, n, ll, ceilf, roundf);
  for (let i = 1; i < 2 * n + 2; i++) {
    const k1 = j1;
    [v0, v1] = [v1, v0];
    [v0Start, v1Start] = [v1Start, v0Start];
    v1.fill(0);
    [j1, j2] = pomeranzWindow(i, n, ll, ceilf, roundf);
    const weights = i === 1 || i === 2 * n + 1 ? gPower : i % 2 === 1 ? twoGPower : oneMinusTwoGPower;
    const length = j2 - k1 + 1;
    if (length > 0) {
      const conv = convolve(slice(v0, k1 - v0Start, k1 - v0Start + length), slice(weights, 0, length));
      const convStart = j1 - k1;
      const convLength = j2 - j1 + 1;
      for (let c = 0; c < convLength && c < v1.length; c++) v1[c] = conv[convStart + c] ?? 0;
      let max = -Infinity;
      for (const value of v1) if (value > max) max = value;
      if (max > 0 && max < EM128) {
        for (let c = 0; c < v1.length; c++) v1[c] *= EP128;
        exponent -= 128;
      }
      v1Start = v0Start + j1 - k1;
    }
  }
  let answer = v1[n - v1Start];
  for (let m = 1; m <= n; m++) {
    if (Math.abs(answer) > EP128) {
      answer *= EM128;
      exponent += 128;
    }
    answer *= m;
  }
  return exponent !== 0 ? scaleByPowerOfTwo(answer, exponent) : answer;
}

/** The Pelz–Good asymptotic series for P(D_n ≤ x) (or its complement), for large n. */
function pelzGood(n: number, x: number, cdf: boolean): number {
  if (x <= 0) return select(0, 1, cdf);
  if (x >= 1) return select(1, 0, cdf);
  const z = Math.sqrt(n) * x;
  const z2 = z ** 2;
  const z3 = z ** 3;
  const z4 = z ** 4;
  const z6 = z ** 6;
  const qlog = -PI_SQUARED / 8 / z2;
  if (qlog < MIN_LOG) return select(0, 1, cdf);
  let q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = PI_SQUARED / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = ((2 * z4 - 5 * z2) * PI_SQUARED) / 4;
  const k2c = (PI_FOUR * (1 - 2 * z2)) / 16;
  const k3d = (PI_SIX * (5 - 30 * z2)) / 64;
  const k3c = (PI_FOUR * (-60 * z2 + 212 * z4)) / 16;
  const k3b = (PI_SQUARED * (135 * z4 - 96 * z6)) / 4;
  const k3a = -30 * z6 - 90 * z ** 8;
  const terms = [0, 0, 0, 0];
  const maxk = Math.ceil((16 * z) / Math.PI);
  for (let k = maxk; k > 0; k--) {
    const m = 2 * k - 1;
    const m2 = m ** 2;
    const m4 = m ** 4;
    const m6 = m ** 6;
    const qpower = q ** (8 * k);
    const coefficients = [1, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6];
    for (let i = 0; i < 4; i++) terms[i] = terms[i] * qpower + coefficients[i];
  }
  const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
  for (let i = 0; i < 4; i++) terms[i] = (terms[i] * q * SQRT_TWO_PI) / divisors[i];
  q = Math.exp(-PI_SQUARED / 2 / z2);
  const sqrt3z = Math.sqrt(3) * z;
  let k2extra = 0;
  let k3extra = 0;
  for (let k = maxk; k > 0; k--) {
    const k2 = k ** 2;
    const qpower = q ** k2;
    const kpi = Math.PI * k;
    k2extra += k2 * qpower;
    k3extra += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * qpower;
  }
  terms[2] += k2extra * ((PI_SQUARED * SQRT_TWO_PI) / (-36 * z3));
  terms[3] += k3extra * ((PI_SQUARED * SQRT_TWO_PI) / (216 * z6));
  for (let i = 0; i < 4; i++) terms[i] /= (n * 1) ** (i / 2);
  if (!cdf) {
    for (let i = 0; i < 4; i++) terms[i] *= -1;
    terms[0] += 1;
  }
  return terms[0] + terms[1] + terms[2] + terms[3];
}

/** floor(n·x) and the fractional part of n·x, exactly (Dekker's product: n·x = hi + lo). */
function exactProduct(n: number, x: number): { hi: number; lo: number; floor: number; fraction: number } {
  const hi = n * x;
  const [nh, nl] = split(n);
  const [xh, xl] = split(x);
  const lo = nh * xh - hi + nh * xl + nl * xh + nl * xl;
  let floor = Math.floor(hi);
  let fraction = hi - floor + lo;
  if (fraction < 0) {
    floor -= 1;
    fraction += 1;
  } else if (fraction >= 1) {
    floor += 1;
    fraction -= 1;
  }
  return { hi, lo, floor, fraction };
}

/** Neumaier's compensated sum, with exact products (Dekker) for terms a·b. */
class CompensatedSum {
  constructor(
    public sum = 0,
    public compensation = 0,
  ) {}

  add(value: number): void {
    const t = this.sum + value;
    this.compensation += Math.abs(this.sum) >= Math.abs(value) ? this.sum - t + value : value - t + this.sum;
    this.sum = t;
  }

  addProduct(a: number, b: number): void {
    const product = a * b;
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    this.add(product);
    this.compensation += ah * bh - product + ah * bl + al * bh + al * bl;
  }

  value(): number {
    return this.sum + this.compensation;
  }
}

/** Veltkamp's split of a double into two halves whose products are exact. */
function split(v: number): [number, number] {
  const c = 134217729 * v;
  const big = c - (c - v);
  return [big, v - big];
}

/**
 * P(D+_n ≥ x), the one-sided Smirnov tail (scipy.special.smirnov), by the Birnbaum–Tingey sum
 * over v = 0 … ⌊n(1 − x)⌋ of C(n,v) (1 − x − v/n)^(n−v) (x + v/n)^(v−1), times x. Cephes sums
 * it in double-double; here each term is taken in logarithms (compensated sums of exact
 * products) from an exactly split x + v/n, which keeps it within ~1e-12 relative for n up to
 * 10^6 (measured against scipy). Only the lower sum is written: this module calls it where
 * n·x² > 0.25, where cephes uses the lower sum too.
 */
export function smirnovSurvival(n: number, x: number): number {
  if (!(n > 0 && x >= 0 && x <= 1)) return Number.NaN;
  if (n === 1) return 1 - x;
  if (x === 0) return 1;
  if (x === 1) return 0;
  const { hi: nxHi, lo: nxLo, floor: nxFloor, fraction: alpha } = exactProduct(n, x);
  if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
    const cdf = x * (1 + x) ** (n - 1);
    return clip01(1 - cdf);
  }
  if (-2 * n * x * x < CEPHES_MIN_LOG) return 0;
  if (nxFloor >= n - 1) return clip01((1 - x) ** n);
  if (n > SMIRNOV_MAX_COMPUTE_N) return clip01(Math.exp(-((6 * n * x + 1) ** 2) / 18 / n));

  let lastV = n - nxFloor - (alpha === 0 ? 0 : 1);
  if (alpha === 0) lastV -= 1;
  const terms = lastV + 1;
  const middle = Math.floor(n / 2);
  // Σ A_v = exp(scale) · sum, rescaled whenever a term would overflow the running sum.
  let scale = n * Math.log1p(-x) - Math.log(x);
  let sum = 1;
  // log C(n, v), kept as a compensated sum: its magnitude reaches ~0.7n, where one rounding per
  // step would add up to ~1e-9 relative by v ~ 10^5.
  const logBinomial = new CompensatedSum(Math.log(n));
  for (let v = 1; v < terms; v++) {
    // 1 − x − v/n = (n − v − n·x) / n and x + v/n = (v + n·x) / n, with n·x = nxHi + nxLo exactly.
    const below = (n - v - nxHi - nxLo) / n;
    const above = (v + nxHi + nxLo) / n;
    // The three logarithms are each ~n in size and cancel: add them with their rounding errors.
    const logTerm = new CompensatedSum(logBinomial.sum, logBinomial.compensation);
    logTerm.addProduct(n - v, Math.log(below));
    logTerm.addProduct(v - 1, Math.log(above));
    logTerm.add(-scale);
    const rescaled = logTerm.value();
    if (rescaled > 600) {
      sum = sum * Math.exp(-rescaled) + 1;
      scale += rescaled;
    } else {
      const term = Math.exp(rescaled);
      sum += term;
      if (term !== 0 && 4 * (terms - v) * term < EPSILON * sum && v !== terms - 1) break;
      if (term === 0 && v > middle) break;
    }
    logBinomial.add(Math.log((n - v) / (v + 1)));
  }
  return clip01(Math.exp(scale + Math.log(sum) + Math.log(x)));
}

/**
 * P(D_n > x) (cdf: false) or P(D_n ≤ x) for the two-sided one-sample statistic with n values:
 * scipy.stats.kstwo, by scipy's `_kolmogn`.
 */
export function kolmogorovDistribution(n: number, x: number, cdf: boolean): number {
  if (!Number.isInteger(n) || n <= 0) return Number.NaN;
  if (x >= 1) return select(1, 0, cdf);
  if (x <= 0) return select(0, 1, cdf);
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return select(0, 1, cdf);
    let probability: number;
    if (n <= 140) {
      probability = 1;
      for (let i = 1; i <= n; i++) probability *= i * (1 / n) * (2 * t - 1);
    } else probability = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
    return select(probability, 1 - probability, cdf);
  }
  if (t >= n - 1) {
    const probability = 2 * (1 - x) ** n;
    return select(1 - probability, probability, cdf);
  }
  if (x >= 0.5) {
    const probability = 2 * smirnovSurvival(n, x);
    return select(1 - probability, probability, cdf);
  }
  const nxSquared = t * x;
  if (n <= 140) {
    if (nxSquared <= 0.754693) {
      const probability = durbinCdf(n, x);
      return select(probability, 1 - probability, cdf);
    }
    if (nxSquared <= 4) {
      const probability = pomeranzCdf(n, x);
      return select(probability, 1 - probability, cdf);
    }
    const probability = 2 * smirnovSurvival(n, x);
    return select(1 - probability, probability, cdf);
  }
  if (!cdf) {
    if (nxSquared >= 370) return 0;
    if (nxSquared >= 2.2) return clip01(2 * smirnovSurvival(n, x));
  }
  let cdfProbability: number;
  if (nxSquared >= 18) cdfProbability = 1;
  else if (n <= 100_000 && n * x ** 1.5 <= 1.4) cdfProbability = durbinCdf(n, x);
  else cdfProbability = pelzGood(n, x, true);
  return select(cdfProbability, 1 - cdfProbability, cdf);
}

/** Share of lattice paths leaving the band |x − y| < h on the n × n square (scipy's _compute_prob_outside_square). */
function outsideSquare(n: number, h: number): number {
  let p = 0;
  let k = Math.floor(n / h);
  while (k >= 0) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
    p = p1 * (1 - p);
    k -= 1;
  }
  return 2 * p;
}

/** Share of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm (Viehmann's recursion). */
function outsideBand(mIn: number, nIn: number, g: number, h: number): number {
  const m = Math.max(mIn, nIn);
  const n = Math.min(mIn, nIn);
  const mg = m / g;
  const ng = n / g;
  let minj = 0;
  let maxj = Math.min(Math.ceil(h / mg), n + 1);
  let currentLength = maxj - minj;
  const lengthA = Math.min(2 * maxj + 2, n + 1);
  const a = new Float64Array(lengthA).fill(1);
  for (let j = minj; j < maxj; j++) a[j] = 0;
  for (let i = 1; i <= m; i++) {
    const lastMinj = minj;
    const lastLength = currentLength;
    minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
    maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    let value = minj === 0 ? 0 : 1;
    for (let jj = 0; jj < maxj - minj; jj++) {
      const j = jj + minj;
      value = (a[jj + minj - lastMinj] * i + value * j) / (i + j);
      a[jj] = value;
    }
    currentLength = maxj - minj;
    if (lastLength > currentLength) {
      for (let c = maxj - minj; c < maxj - minj + (lastLength - currentLength) && c < a.length; c++) a[c] = 1;
    }
  }
  return a[maxj - minj - 1];
}

function greatestCommonDivisor(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) [x, y] = [y, x % y];
  return x;
}

export interface KsPValue {
  /** The statistic as scipy reports it (the exact method rounds it to the lattice h / lcm(n1, n2)). */
  statistic: number;
  pValue: number;
  method: 'exact' | 'asymptotic';
}

/**
 * The two-sided p-value of the two-sample KS statistic d for samples of n1 and n2 values, as
 * scipy.stats.ks_2samp(method='auto') computes it: exact when max(n1, n2) ≤ 10,000 (falling back
 * to the asymptotic distribution if the exact computation leaves [0, 1]), else kstwo.sf(d, round(en)).
 */
export function ksTwoSamplePValue(d: number, n1: number, n2: number): KsPValue {
  if (max(n1, n2) <= KS_EXACT_MAX_N) {
    const g = greatestCommonDivisor(n1, n2);
    const lcm = (n1 / g) * n2;
    const h = roundHalfEven(d * lcm);
    const lattice = h / lcm;
    if (h === 0) return { statistic: lattice, pValue: 1, method: 'exact' };
    const p = n1 === n2 ? outsideSquare(n1, h) : outsideBand(n1, n2, g, h);
    if (p >= 0 && p <= 1) return { statistic: lattice, pValue: p, method: 'exact' };
    d = lattice;
  }
  const m = max(n1, n2);
  const n = Math.min(n1, n2);
  const en = (m * n) / (m + n);
  return { statistic: d, pValue: clip01(kolmogorovDistribution(roundHalfEven(en), d, false)), method: 'asymptotic' };
}

function max(a: number, b: number): number {
  return a > b ? a : b;
}
