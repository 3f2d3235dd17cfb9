/**
 * Every metric here is computed as a weighted sum over rows, where a row's weight is how many
 * times it appears in the sample: all ones for the plain metric, the multinomial counts of a
 * bootstrap resample otherwise. One implementation then serves both, and the bootstrap never
 * copies rows. Counts fit a byte: a count of 256 in one resample of n rows has probability
 * below n / 256!, i.e. never.
 */
export type RowWeights = Uint8Array;

export function unitWeights(rows: number): RowWeights {
  return new Uint8Array(rows).fill(1);
}

/** Weights selecting only `rows` (each once), for per-slice metrics without copying. */
export function indicatorWeights(total: number, rows: ArrayLike<number>): RowWeights {
  const weights = new Uint8Array(total);
  for (let i = 0; i < rows.length; i++) weights[rows[i]] = 1;
  return weights;
}
