import { UserError } from '../runtime/errors.js';
import { unitWeights, type RowWeights } from './weights.js';

/** Regression metrics as sklearn 1.2 defines them; checked on the fixtures in test/fixtures/metrics. */
export interface RegressionData {
  actual: ArrayLike<number>;
  predicted: ArrayLike<number>;
}

/** sklearn's mean_absolute_percentage_error divides by max(|y|, eps), eps = np.finfo(float64).eps. */
const EPS = 2.220446049250313e-16;

export function checkRegressionData(data: RegressionData): void {
  if (data.actual.length === 0) throw new UserError('there are no rows to evaluate.');
  if (data.actual.length !== data.predicted.length)
    throw new UserError(`got ${data.predicted.length} predictions for ${data.actual.length} rows.`);
  for (let i = 0; i < data.actual.length; i++) {
    if (!Number.isFinite(data.actual[i])) throw new UserError(`row ${i + 1}: the target ${data.actual[i]} is not a finite number.`);
    if (!Number.isFinite(data.predicted[i]))
      throw new UserError(`row ${i + 1}: the model predicted ${data.predicted[i]}, not a finite number.`);
  }
}

/**
 * Per-row terms computed once; any weighting of the rows is then one pass. Only the error is
 * per model: the target terms are shared, so a paired bootstrap scores both models in one pass
 * (`scoreRegressionPair`), which reads half the memory of two passes.
 */
export interface PreparedRegression {
  kind: 'regression';
  rows: number;
  /** predicted − actual. */
  error: Float64Array;
  /** 1 / max(|actual|, eps): MAPE's divisor as a multiplier (differs from dividing by ≤ 1 ulp). */
  inverseScale: Float64Array;
  /**
   * Targets minus their overall mean. A weighted sample's total sum of squares is
   * Σw·y'² − (Σw·y')² / Σw, and centring first keeps that subtraction from cancelling.
   */
  centredTarget: Float64Array;
}

export function prepareRegression(data: RegressionData): PreparedRegression {
  checkRegressionData(data);
  const rows = data.actual.length;
  const error = new Float64Array(rows);
  const inverseScale = new Float64Array(rows);
  const centredTarget = new Float64Array(rows);
  let mean = 0;
  for (let i = 0; i < rows; i++) mean += data.actual[i];
  mean /= rows;
  for (let i = 0; i < rows; i++) {
    const y = data.actual[i];
    error[i] = data.predicted[i] - y;
    inverseScale[i] = 1 / Math.max(Math.abs(y), EPS);
    centredTarget[i] = y - mean;
  }
  return { kind: 'regression', rows, error, inverseScale, centredTarget };
}

export function scoreRegression(prepared: PreparedRegression, weights: RowWeights = unitWeights(prepared.rows)): Record<string, number> {
  const { rows, error, inverseScale, centredTarget } = prepared;
  let total = 0;
  let squared = 0;
  let absolute = 0;
  let percentage = 0;
  let target = 0;
  let targetSquared = 0;
  for (let i = 0; i < rows; i++) {
    const w = weights[i];
    const t = centredTarget[i];
    const e = error[i];
    const a = w * Math.abs(e);
    total += w;
    squared += w * e * e;
    absolute += a;
    percentage += a * inverseScale[i];
    target += w * t;
    targetSquared += w * t * t;
  }
  return regressionFromSums(total, squared, absolute, percentage, target, targetSquared);
}

/** Both models of a paired comparison (same rows, same targets) in one pass. */
export function scoreRegressionPair(
  candidate: PreparedRegression,
  baseline: PreparedRegression,
  weights: RowWeights,
): [Record<string, number>, Record<string, number>] {
  const { rows, inverseScale, centredTarget } = candidate;
  const errorA = candidate.error;
  const errorB = baseline.error;
  let total = 0;
  let target = 0;
  let targetSquared = 0;
  let squaredA = 0;
  let absoluteA = 0;
  let percentageA = 0;
  let squaredB = 0;
  let absoluteB = 0;
  let percentageB = 0;
  for (let i = 0; i < rows; i++) {
    const w = weights[i];
    const t = centredTarget[i];
    const scale = inverseScale[i];
    const ea = errorA[i];
    const eb = errorB[i];
    const aa = w * Math.abs(ea);
    const ab = w * Math.abs(eb);
    total += w;
    target += w * t;
    targetSquared += w * t * t;
    squaredA += w * ea * ea;
    absoluteA += aa;
    percentageA += aa * scale;
    squaredB += w * eb * eb;
    absoluteB += ab;
    percentageB += ab * scale;
  }
  return [
    regressionFromSums(total, squaredA, absoluteA, percentageA, target, targetSquared),
    regressionFromSums(total, squaredB, absoluteB, percentageB, target, targetSquared),
  ];
}

function regressionFromSums(
  total: number,
  squared: number,
  absolute: number,
  percentage: number,
  target: number,
  targetSquared: number,
): Record<string, number> {
  if (total === 0) return { rmse: Number.NaN, mae: Number.NaN, r2: Number.NaN, mape: Number.NaN };
  // A (numerically) constant weighted sample: the subtraction leaves only rounding, which would
  // turn sklearn's "constant target" rule into a huge negative R².
  const spread = targetSquared - (target * target) / total;
  const totalSquares = spread <= 1e-13 * targetSquared ? 0 : spread;
  return {
    rmse: Math.sqrt(squared / total),
    mae: absolute / total,
    r2: r2FromSums(squared, totalSquares),
    mape: percentage / total,
  };
}

/** sklearn's r2_score with force_finite=True: constant targets give 1 if predicted exactly, else 0. */
function r2FromSums(residualSquares: number, totalSquares: number): number {
  if (totalSquares === 0) return residualSquares === 0 ? 1 : 0;
  return 1 - residualSquares / totalSquares;
}
