/**
 * The few special functions the drift tests need, accurate to ~1e-13 relative so p-values agree
 * with scipy's to 1e-9 (checked against scipy.stats.chi2.sf and norm.sf on committed fixtures).
 * Cephes' classic series and continued fraction (the same ones scipy.special wraps), written
 * with logarithms where a product would overflow.
 */

const MACHINE_EPSILON = 2 ** -52;
/** exp() of anything below this is 0 in doubles. */
const MAX_LOG = 709.782712893384;
const HALF_LOG_TWO_PI = 0.91893853320467274178;

/** Bernoulli-number terms B2k / (2k (2k − 1)) of Stirling's series, k = 1 … 7. */
const STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156];

/**
 * log Γ(x) for x > 0: Stirling's series from x ≥ 15 (its first omitted term is below 1e-17
 * there), and the recurrence Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) below.
 */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === 1 || x === 2) return 0;
  let shift = 0;
  let product = 1;
  while (x + shift < 15) {
    product *= x + shift;
    shift++;
  }
  const z = x + shift;
  const inverse = 1 / z;
  const inverseSquared = inverse * inverse;
  let series = 0;
  for (let k = STIRLING.length - 1; k >= 0; k--) series = series * inverseSquared + STIRLING[k];
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series * inverse - (shift > 0 ? Math.log(product) : 0);
}

/** x^a e^−x / Γ(a), in logs so large a and x do not overflow. */
function gammaFactor(a: number, x: number): number {
  const log = a * Math.log(x) - x - logGamma(a);
  return log < -MAX_LOG ? 0 : Math.exp(log);
}

/** Lower regularized incomplete gamma P(a, x) by its power series (DLMF 8.11.4), for x < a + 1. */
function lowerGammaSeries(a: number, x: number): number {
  const factor = gammaFactor(a, x);
  if (factor === 0) return 0;
  let r = a;
  let term = 1;
  let sum = 1;
  for (let i = 0; i < 2000; i++) {
    r += 1;
    term *= x / r;
    sum += term;
    if (term <= MACHINE_EPSILON * sum) break;
  }
  return (sum * factor) / a;
}

/** Upper regularized incomplete gamma Q(a, x) by cephes' continued fraction, for x ≥ a, x ≥ 1. */
function upperGammaFraction(a: number, x: number): number {
  const factor = gammaFactor(a, x);
  if (factor === 0) return 0;
  const big = 4.503599627370496e15;
  const bigInverse = 2.22044604925031308085e-16;
  let y = 1 - a;
  let z = x + y + 1;
  let c = 0;
  let pkm2 = 1;
  let qkm2 = x;
  let pkm1 = x + 1;
  let qkm1 = z * x;
  let answer = pkm1 / qkm1;
  for (let i = 0; i < 2000; i++) {
    c += 1;
    y += 1;
    z += 2;
    const yc = y * c;
    const pk = pkm1 * z - pkm2 * yc;
    const qk = qkm1 * z - qkm2 * yc;
    let change = 1;
    if (qk !== 0) {
      const r = pk / qk;
      change = Math.abs((answer - r) / r);
      answer = r;
    }
    pkm2 = pkm1;
    pkm1 = pk;
    qkm2 = qkm1;
    qkm1 = qk;
    if (Math.abs(pk) > big) {
      pkm2 *= bigInverse;
      pkm1 *= bigInverse;
      qkm2 *= bigInverse;
      qkm1 *= bigInverse;
    }
    if (change <= MACHINE_EPSILON) break;
  }
  return answer * factor;
}

/** Upper regularized incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) (scipy.special.gammaincc). */
export function upperIncompleteGamma(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return Number.NaN;
  if (x === Infinity) return 0;
  if (x < 1 || x < a) return 1 - lowerGammaSeries(a, x);
  return upperGammaFraction(a, x);
}

/** P(χ²_dof > x): the chi-square survival function (scipy.stats.chi2.sf). */
export function chiSquareSurvival(x: number, dof: number): number {
  if (x <= 0) return 1;
  return upperIncompleteGamma(dof / 2, x / 2);
}

/** erfc(x) = Q(1/2, x²) for x ≥ 0, which keeps full relative precision far into the tail. */
export function complementaryError(x: number): number {
  if (x < 0) return 2 - complementaryError(-x);
  return upperIncompleteGamma(0.5, x * x);
}

/** P(Z > z) for a standard normal Z (scipy.stats.norm.sf). */
export function normalSurvival(z: number): number {
  // Q(1/2, z²/2) directly: going through z/√2 would round once more.
  if (z < 0) return 1 - normalSurvival(-z);
  return 0.5 * upperIncompleteGamma(0.5, (z * z) / 2);
}

/** numpy's round(): halves go to the even neighbour. */
export function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}
