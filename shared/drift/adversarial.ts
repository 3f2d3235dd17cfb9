/**
 * Multivariate drift by adversarial validation: a classifier is trained to tell reference rows
 * from current rows; if it cannot (cross-validated ROC AUC near 0.5) the two samples look alike
 * in every combination of columns it can express, and if it can, the columns it splits on most
 * are the ones that give the current data away. This sees what column-by-column tests miss, such
 * as a changed relation between two columns whose own distributions did not move.
 *
 * The classifier is small and written here: gradient-boosted trees of depth 2 (so pairs of
 * columns can interact) on at most 32 quantile bins per numeric column and the 30 most frequent
 * values per categorical one (missing values have a bin of their own), logistic loss, Newton leaf
 * values with L2 regularisation, as XGBoost and LightGBM grow their histogram trees.
 * Deterministic for a seed.
 */
import { rocAuc } from '../metrics/classification.js';
import { shuffledIndices } from '../stats/random.js';
import type { Cell, RowSample } from './scan.js';

export interface AdversarialColumn {
  name: string;
  kind: 'numeric' | 'categorical';
}

export interface AdversarialOptions {
  /** Cross-validated ROC AUC at or above which the samples count as drifted (default 0.55). */
  threshold?: number;
  folds?: number;
  rounds?: number;
  learningRate?: number;
  seed?: number;
  /** Fewer rows than this on either side: the check is skipped (default 50). */
  minRows?: number;
}

export interface AdversarialResult {
  method: string;
  /** Mean ROC AUC over the held-out folds. */
  auc: number;
  /** Standard deviation of the fold AUCs. */
  aucStd: number;
  foldAucs: number[];
  threshold: number;
  drifted: boolean;
  rows: { reference: number; current: number };
  /** Share of the total split gain per column, largest first (columns the trees never used are left out). */
  columns: { column: string; importance: number }[];
}

export const DEFAULT_ADVERSARIAL_THRESHOLD = 0.55;
const MAX_BINS = 32;
const TOP_CATEGORIES = 30;
const LAMBDA = 1;
/** A child needs at least this hessian mass (about 4 rows at p = 0.5). */
const MIN_CHILD_HESSIAN = 1;

interface EncodedColumn {
  name: string;
  bins: Uint8Array;
  count: number;
  ordered: boolean;
}

function numericValue(cell: Cell): number {
  if (typeof cell === 'number') return cell;
  return Number.NaN;
}

/** Quantile bins over both samples; bin 0 holds missing and non-numeric values. */
function encodeNumeric(name: string, cells: Cell[]): EncodedColumn {
  const values = cells.map(numericValue).filter((v) => Number.isFinite(v));
  const sorted = Float64Array.from(values).sort();
  const distinct: number[] = [];
  for (const v of sorted) if (distinct.length === 0 || distinct[distinct.length - 1] !== v) distinct.push(v);
  // Upper edges of bins 1..k: every distinct value when there are few, else quantiles.
  let uppers: number[];
  if (distinct.length <= MAX_BINS - 1) uppers = distinct;
  else {
    const set = new Set<number>();
    for (let b = 1; b < MAX_BINS - 1; b++) set.add(sorted[Math.min(sorted.length - 1, Math.floor((b * sorted.length) / (MAX_BINS - 1)))]);
    set.add(sorted[sorted.length - 1]);
    uppers = [...set].sort((a, b) => a - b);
  }
  const bins = new Uint8Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = numericValue(cells[i]);
    if (!Number.isFinite(v)) continue;
    let lo = 0;
    let hi = uppers.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (uppers[mid] >= v) hi = mid;
      else lo = mid + 1;
    }
    bins[i] = lo + 1;
  }
  return { name, bins, count: uppers.length + 1, ordered: true };
}

/** The most frequent values get a bin each, the rest share one; bin 0 holds missing values. */
function encodeCategorical(name: string, cells: Cell[]): EncodedColumn {
  const counts = new Map<string, number>();
  for (const cell of cells) if (cell !== null) counts.set(String(cell), (counts.get(String(cell)) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_CATEGORIES);
  const index = new Map(top.map(([value], i) => [value, i + 1]));
  const rest = top.length + 1;
  const bins = new Uint8Array(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell !== null) bins[i] = index.get(String(cell)) ?? rest;
  }
  return { name, bins, count: rest + 1, ordered: false };
}

interface Split {
  feature: number;
  /** 1 for bins that go left. */
  left: Uint8Array;
  gain: number;
}

interface Node {
  split: Split | null;
  /** Leaf value when there is no split. */
  value: number;
  children: [Node, Node] | null;
}

const score = (g: number, h: number) => (g * g) / (h + LAMBDA);

/** The best split of `rows` over every column, from gradient and hessian histograms. */
function bestSplit(columns: EncodedColumn[], rows: Int32Array, g: Float64Array, h: Float64Array): Split | null {
  let best: Split | null = null;
  let gTotal = 0;
  let hTotal = 0;
  for (let k = 0; k < rows.length; k++) {
    gTotal += g[rows[k]];
    hTotal += h[rows[k]];
  }
  const parent = score(gTotal, hTotal);
  for (let f = 0; f < columns.length; f++) {
    const { bins, count, ordered } = columns[f];
    const gHist = new Float64Array(count);
    const hHist = new Float64Array(count);
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k];
      gHist[bins[i]] += g[i];
      hHist[bins[i]] += h[i];
    }
    const order = Array.from({ length: count }, (_, b) => b).filter((b) => hHist[b] > 0);
    // Categories are sorted by their leaf value, which makes the best prefix the best partition (Fisher 1958).
    if (!ordered) order.sort((a, b) => gHist[a] / (hHist[a] + LAMBDA) - gHist[b] / (hHist[b] + LAMBDA));
    let gLeft = 0;
    let hLeft = 0;
    for (let at = 0; at < order.length - 1; at++) {
      gLeft += gHist[order[at]];
      hLeft += hHist[order[at]];
      const hRight = hTotal - hLeft;
      if (hLeft < MIN_CHILD_HESSIAN || hRight < MIN_CHILD_HESSIAN) continue;
      const gain = score(gLeft, hLeft) + score(gTotal - gLeft, hRight) - parent;
      if (gain > 1e-9 && (!best || gain > best.gain)) {
        const left = new Uint8Array(count);
        for (let b = 0; b <= at; b++) left[order[b]] = 1;
        best = { feature: f, left, gain };
      }
    }
  }
  return best;
}

function leafValue(rows: Int32Array, g: Float64Array, h: Float64Array, rate: number): number {
  let gs = 0;
  let hs = 0;
  for (let k = 0; k < rows.length; k++) {
    gs += g[rows[k]];
    hs += h[rows[k]];
  }
  return (-gs / (hs + LAMBDA)) * rate;
}

function partition(rows: Int32Array, split: Split, columns: EncodedColumn[]): [Int32Array, Int32Array] {
  const bins = columns[split.feature].bins;
  const left: number[] = [];
  const right: number[] = [];
  for (let k = 0; k < rows.length; k++) (split.left[bins[rows[k]]] ? left : right).push(rows[k]);
  return [Int32Array.from(left), Int32Array.from(right)];
}

function grow(
  columns: EncodedColumn[],
  rows: Int32Array,
  g: Float64Array,
  h: Float64Array,
  depth: number,
  rate: number,
  gains: Float64Array,
): Node {
  const split = depth > 0 ? bestSplit(columns, rows, g, h) : null;
  if (!split) return { split: null, value: leafValue(rows, g, h, rate), children: null };
  gains[split.feature] += split.gain;
  const [left, right] = partition(rows, split, columns);
  return {
    split,
    value: 0,
    children: [grow(columns, left, g, h, depth - 1, rate, gains), grow(columns, right, g, h, depth - 1, rate, gains)],
  };
}

function predict(node: Node, columns: EncodedColumn[], row: number): number {
  let at = node;
  while (at.split && at.children) at = at.children[at.split.left[columns[at.split.feature].bins[row]] ? 0 : 1];
  return at.value;
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/**
 * Cross-validated adversarial validation of two raw samples over the given columns. Throws when
 * either sample has fewer than `minRows` rows (the caller reports the check as skipped).
 */
export function adversarialValidation(
  reference: RowSample,
  current: RowSample,
  columns: readonly AdversarialColumn[],
  options: AdversarialOptions = {},
): AdversarialResult {
  const threshold = options.threshold ?? DEFAULT_ADVERSARIAL_THRESHOLD;
  const folds = options.folds ?? 5;
  const rounds = options.rounds ?? 40;
  const rate = options.learningRate ?? 0.3;
  const seed = options.seed ?? 1;
  const minRows = options.minRows ?? 50;
  const nRef = reference.rows.length;
  const nCur = current.rows.length;
  if (nRef < minRows || nCur < minRows) {
    throw new Error(`it needs at least ${minRows} rows on each side (reference ${nRef}, current ${nCur})`);
  }
  if (columns.length === 0) throw new Error('no column is shared by the two samples');
  const n = nRef + nCur;
  const refIndex = new Map(reference.columns.map((name, i) => [name, i]));
  const curIndex = new Map(current.columns.map((name, i) => [name, i]));
  const encoded = columns.map(({ name, kind }) => {
    const r = refIndex.get(name);
    const c = curIndex.get(name);
    if (r === undefined || c === undefined) throw new Error(`column "${name}" is not in both samples`);
    const cells: Cell[] = [...reference.rows.map((row) => row[r]), ...current.rows.map((row) => row[c])];
    return kind === 'numeric' ? encodeNumeric(name, cells) : encodeCategorical(name, cells);
  });
  const labels = new Float64Array(n);
  labels.fill(1, nRef);

  // Stratified folds: each side shuffled on its own and dealt round-robin.
  const fold = new Int32Array(n);
  const refOrder = shuffledIndices(nRef, seed);
  const curOrder = shuffledIndices(nCur, seed + 1);
  refOrder.forEach((row, k) => (fold[row] = k % folds));
  curOrder.forEach((row, k) => (fold[nRef + row] = k % folds));

  const gains = new Float64Array(encoded.length);
  const foldAucs: number[] = [];
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let f = 0; f < folds; f++) {
    const trainRows: number[] = [];
    const testRows: number[] = [];
    for (let i = 0; i < n; i++) (fold[i] === f ? testRows : trainRows).push(i);
    const train = Int32Array.from(trainRows);
    let positives = 0;
    for (const i of train) positives += labels[i];
    const base = Math.log(Math.max(positives, 0.5) / Math.max(train.length - positives, 0.5));
    const raw = new Float64Array(n).fill(base);
    for (let round = 0; round < rounds; round++) {
      for (const i of train) {
        const p = sigmoid(raw[i]);
        g[i] = p - labels[i];
        h[i] = Math.max(p * (1 - p), 1e-12);
      }
      const tree = grow(encoded, train, g, h, 2, rate, gains);
      if (!tree.split) break;
      for (let i = 0; i < n; i++) raw[i] += predict(tree, encoded, i);
    }
    foldAucs.push(
      rocAuc(
        testRows.map((i) => labels[i]),
        testRows.map((i) => raw[i]),
      ),
    );
  }
  const auc = foldAucs.reduce((a, b) => a + b, 0) / folds;
  const aucStd = Math.sqrt(foldAucs.reduce((a, b) => a + (b - auc) ** 2, 0) / folds);
  const totalGain = gains.reduce((a, b) => a + b, 0);
  const importance = encoded
    .map((column, i) => ({ column: column.name, importance: totalGain > 0 ? gains[i] / totalGain : 0 }))
    .filter((c) => c.importance > 0)
    .sort((a, b) => b.importance - a.importance || (a.column < b.column ? -1 : 1));
  return {
    method: `gradient-boosted trees (depth 2, ${rounds} rounds, learning rate ${rate}), ${folds}-fold cross-validated ROC AUC`,
    auc,
    aucStd,
    foldAucs,
    threshold,
    drifted: auc >= threshold,
    rows: { reference: nRef, current: nCur },
    columns: importance,
  };
}
