export const id = 38;
export const ids = [38];
export const modules = {

/***/ 60908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ adversarialValidation)
/* harmony export */ });
/* unused harmony export DEFAULT_ADVERSARIAL_THRESHOLD */
/* harmony import */ var _metrics_classification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31010);
/* harmony import */ var _stats_random_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73251);
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


const DEFAULT_ADVERSARIAL_THRESHOLD = 0.55;
const MAX_BINS = 32;
const TOP_CATEGORIES = 30;
const LAMBDA = 1;
/** A child needs at least this hessian mass (about 4 rows at p = 0.5). */
const MIN_CHILD_HESSIAN = 1;
function numericValue(cell) {
    if (typeof cell === 'number')
        return cell;
    return Number.NaN;
}
/** Quantile bins over both samples; bin 0 holds missing and non-numeric values. */
function encodeNumeric(name, cells) {
    const values = cells.map(numericValue).filter((v) => Number.isFinite(v));
    const sorted = Float64Array.from(values).sort();
    const distinct = [];
    for (const v of sorted)
        if (distinct.length === 0 || distinct[distinct.length - 1] !== v)
            distinct.push(v);
    // Upper edges of bins 1..k: every distinct value when there are few, else quantiles.
    let uppers;
    if (distinct.length <= MAX_BINS - 1)
        uppers = distinct;
    else {
        const set = new Set();
        for (let b = 1; b < MAX_BINS - 1; b++)
            set.add(sorted[Math.min(sorted.length - 1, Math.floor((b * sorted.length) / (MAX_BINS - 1)))]);
        set.add(sorted[sorted.length - 1]);
        uppers = [...set].sort((a, b) => a - b);
    }
    const bins = new Uint8Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
        const v = numericValue(cells[i]);
        if (!Number.isFinite(v))
            continue;
        let lo = 0;
        let hi = uppers.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (uppers[mid] >= v)
                hi = mid;
            else
                lo = mid + 1;
        }
        bins[i] = lo + 1;
    }
    return { name, bins, count: uppers.length + 1, ordered: true };
}
/** The most frequent values get a bin each, the rest share one; bin 0 holds missing values. */
function encodeCategorical(name, cells) {
    const counts = new Map();
    for (const cell of cells)
        if (cell !== null)
            counts.set(String(cell), (counts.get(String(cell)) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_CATEGORIES);
    const index = new Map(top.map(([value], i) => [value, i + 1]));
    const rest = top.length + 1;
    const bins = new Uint8Array(cells.length);
    for (let i = 0; i < cells.length; i++) {
        const cell = cells[i];
        if (cell !== null)
            bins[i] = index.get(String(cell)) ?? rest;
    }
    return { name, bins, count: rest + 1, ordered: false };
}
const score = (g, h) => (g * g) / (h + LAMBDA);
/** The best split of `rows` over every column, from gradient and hessian histograms. */
function bestSplit(columns, rows, g, h) {
    let best = null;
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
        if (!ordered)
            order.sort((a, b) => gHist[a] / (hHist[a] + LAMBDA) - gHist[b] / (hHist[b] + LAMBDA));
        let gLeft = 0;
        let hLeft = 0;
        for (let at = 0; at < order.length - 1; at++) {
            gLeft += gHist[order[at]];
            hLeft += hHist[order[at]];
            const hRight = hTotal - hLeft;
            if (hLeft < MIN_CHILD_HESSIAN || hRight < MIN_CHILD_HESSIAN)
                continue;
            const gain = score(gLeft, hLeft) + score(gTotal - gLeft, hRight) - parent;
            if (gain > 1e-9 && (!best || gain > best.gain)) {
                const left = new Uint8Array(count);
                for (let b = 0; b <= at; b++)
                    left[order[b]] = 1;
                best = { feature: f, left, gain };
            }
        }
    }
    return best;
}
function leafValue(rows, g, h, rate) {
    let gs = 0;
    let hs = 0;
    for (let k = 0; k < rows.length; k++) {
        gs += g[rows[k]];
        hs += h[rows[k]];
    }
    return (-gs / (hs + LAMBDA)) * rate;
}
function partition(rows, split, columns) {
    const bins = columns[split.feature].bins;
    const left = [];
    const right = [];
    for (let k = 0; k < rows.length; k++)
        (split.left[bins[rows[k]]] ? left : right).push(rows[k]);
    return [Int32Array.from(left), Int32Array.from(right)];
}
function grow(columns, rows, g, h, depth, rate, gains) {
    const split = depth > 0 ? bestSplit(columns, rows, g, h) : null;
    if (!split)
        return { split: null, value: leafValue(rows, g, h, rate), children: null };
    gains[split.feature] += split.gain;
    const [left, right] = partition(rows, split, columns);
    return {
        split,
        value: 0,
        children: [grow(columns, left, g, h, depth - 1, rate, gains), grow(columns, right, g, h, depth - 1, rate, gains)],
    };
}
function predict(node, columns, row) {
    let at = node;
    while (at.split && at.children)
        at = at.children[at.split.left[columns[at.split.feature].bins[row]] ? 0 : 1];
    return at.value;
}
const sigmoid = (x) => 1 / (1 + Math.exp(-x));
/**
 * Cross-validated adversarial validation of two raw samples over the given columns. Throws when
 * either sample has fewer than `minRows` rows (the caller reports the check as skipped).
 */
function adversarialValidation(reference, current, columns, options = {}) {
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
    if (columns.length === 0)
        throw new Error('no column is shared by the two samples');
    const n = nRef + nCur;
    const refIndex = new Map(reference.columns.map((name, i) => [name, i]));
    const curIndex = new Map(current.columns.map((name, i) => [name, i]));
    const encoded = columns.map(({ name, kind }) => {
        const r = refIndex.get(name);
        const c = curIndex.get(name);
        if (r === undefined || c === undefined)
            throw new Error(`column "${name}" is not in both samples`);
        const cells = [...reference.rows.map((row) => row[r]), ...current.rows.map((row) => row[c])];
        return kind === 'numeric' ? encodeNumeric(name, cells) : encodeCategorical(name, cells);
    });
    const labels = new Float64Array(n);
    labels.fill(1, nRef);
    // Stratified folds: each side shuffled on its own and dealt round-robin.
    const fold = new Int32Array(n);
    const refOrder = (0,_stats_random_js__WEBPACK_IMPORTED_MODULE_1__/* .shuffledIndices */ .FF)(nRef, seed);
    const curOrder = (0,_stats_random_js__WEBPACK_IMPORTED_MODULE_1__/* .shuffledIndices */ .FF)(nCur, seed + 1);
    refOrder.forEach((row, k) => (fold[row] = k % folds));
    curOrder.forEach((row, k) => (fold[nRef + row] = k % folds));
    const gains = new Float64Array(encoded.length);
    const foldAucs = [];
    const g = new Float64Array(n);
    const h = new Float64Array(n);
    for (let f = 0; f < folds; f++) {
        const trainRows = [];
        const testRows = [];
        for (let i = 0; i < n; i++)
            (fold[i] === f ? testRows : trainRows).push(i);
        const train = Int32Array.from(trainRows);
        let positives = 0;
        for (const i of train)
            positives += labels[i];
        const base = Math.log(Math.max(positives, 0.5) / Math.max(train.length - positives, 0.5));
        const raw = new Float64Array(n).fill(base);
        for (let round = 0; round < rounds; round++) {
            for (const i of train) {
                const p = sigmoid(raw[i]);
                g[i] = p - labels[i];
                h[i] = Math.max(p * (1 - p), 1e-12);
            }
            const tree = grow(encoded, train, g, h, 2, rate, gains);
            if (!tree.split)
                break;
            for (let i = 0; i < n; i++)
                raw[i] += predict(tree, encoded, i);
        }
        foldAucs.push((0,_metrics_classification_js__WEBPACK_IMPORTED_MODULE_0__/* .rocAuc */ .om)(testRows.map((i) => labels[i]), testRows.map((i) => raw[i])));
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


/***/ }),

/***/ 31010:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k0: () => (/* binding */ confusionRows),
  JW: () => (/* binding */ fromPositiveProbabilities),
  Go: () => (/* binding */ prepareClassification),
  om: () => (/* binding */ rocAuc),
  hc: () => (/* binding */ scoreClassification)
});

// UNUSED EXPORTS: averagePrecision, checkClassificationData, confusionStats

// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
;// CONCATENATED MODULE: ./shared/metrics/ranking.ts
/**
 * `scores[offset + i * stride]` is row i's score; `isPositive(i)` its label. Sorting uses the
 * native Float64Array sort on the distinct values, then a counting sort of rows by value rank,
 * which is several times faster than sorting an index array with a comparator.
 */
function ranking_prepareRanking(rows, scores, isPositive, stride = 1, offset = 0) {
    const values = new Float64Array(rows);
    // `+ 0` turns -0 into 0: numpy treats them as one tie group, the typed-array sort would not.
    for (let i = 0; i < rows; i++)
        values[i] = scores[offset + i * stride] + 0;
    const sorted = values.slice().sort();
    let distinct = 0;
    for (let i = 0; i < rows; i++)
        if (i === 0 || sorted[i] !== sorted[distinct - 1])
            sorted[distinct++] = sorted[i];
    const unique = sorted.subarray(0, distinct);
    // Rank 0 is the highest score.
    const rank = new Int32Array(rows);
    const groupSize = new Int32Array(distinct + 1);
    for (let i = 0; i < rows; i++) {
        const r = distinct - 1 - lowerBound(unique, values[i]);
        rank[i] = r;
        groupSize[r + 1]++;
    }
    for (let g = 0; g < distinct; g++)
        groupSize[g + 1] += groupSize[g];
    const start = groupSize; // now the first position of each group
    const order = new Int32Array(rows);
    const positive = new Uint8Array(rows);
    const groupEnd = new Uint8Array(rows);
    const next = start.slice(0, distinct);
    for (let i = 0; i < rows; i++) {
        const at = next[rank[i]]++;
        order[at] = i;
        positive[at] = isPositive(i) ? 1 : 0;
    }
    for (let g = 0; g < distinct; g++)
        groupEnd[start[g + 1] - 1] = 1;
    return { order, positive, groupEnd };
}
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * One pass in descending score order. For each tie group with positive weight P_g and negative
 * weight N_g, reached after TP positives and FP negatives above it:
 *   ROC AUC pairs   += N_g · (TP + P_g / 2)
 *   AP              += P_g · (TP + P_g) / (TP + P_g + FP + N_g)      (Δrecall · precision, × total P)
 * which is sklearn's trapezoidal ROC area and its step-wise average precision exactly.
 */
function ranking_scoreRanking(ranking, weights) {
    const { order, positive, groupEnd } = ranking;
    const rows = order.length;
    let tp = 0;
    let fp = 0;
    let groupPositive = 0;
    let groupNegative = 0;
    let pairs = 0;
    let precisionSum = 0;
    for (let k = 0; k < rows; k++) {
        const w = weights[order[k]];
        const p = w * positive[k];
        groupPositive += p;
        groupNegative += w - p;
        if (groupEnd[k] === 1) {
            pairs += groupNegative * (tp + 0.5 * groupPositive);
            tp += groupPositive;
            fp += groupNegative;
            if (groupPositive > 0)
                precisionSum += (groupPositive * tp) / (tp + fp);
            groupPositive = 0;
            groupNegative = 0;
        }
    }
    return {
        rocAuc: tp > 0 && fp > 0 ? pairs / (tp * fp) : Number.NaN,
        averagePrecision: tp > 0 ? precisionSum / tp : 0,
    };
}

// EXTERNAL MODULE: ./shared/metrics/weights.ts
var metrics_weights = __webpack_require__(18849);
;// CONCATENATED MODULE: ./shared/metrics/classification.ts



/** sklearn's log_loss clips to [eps, 1 − eps] with eps = np.finfo(float64).eps. */
const EPS = 2.220446049250313e-16;
const CALIBRATION_BINS = 10;
/** Two-column probabilities from P(class 1), the shape a sigmoid output has. */
function fromPositiveProbabilities(positive) {
    const out = new Float64Array(positive.length * 2);
    for (let i = 0; i < positive.length; i++) {
        out[2 * i] = 1 - positive[i];
        out[2 * i + 1] = positive[i];
    }
    return out;
}
/** Refuses data the metrics would silently turn into NaN or nonsense. Row numbers are 1-based. */
function checkClassificationData(data) {
    const { labels, probabilities, classes } = data;
    if (!Number.isInteger(classes) || classes < 2)
        throw new errors/* UserError */.yo(`a classifier needs at least 2 classes; got ${classes}.`);
    if (labels.length === 0)
        throw new errors/* UserError */.yo('there are no rows to evaluate.');
    if (probabilities.length !== labels.length * classes) {
        throw new errors/* UserError */.yo(`got ${probabilities.length} probabilities for ${labels.length} rows × ${classes} classes; the model output does not have one probability per class.`);
    }
    for (let i = 0; i < labels.length; i++) {
        const label = labels[i];
        if (!Number.isInteger(label) || label < 0 || label >= classes)
            throw new errors/* UserError */.yo(`row ${i + 1}: label index ${label} is not one of the model's ${classes} classes.`);
    }
    for (let i = 0; i < probabilities.length; i++) {
        const p = probabilities[i];
        if (!Number.isFinite(p) || p < 0)
            throw new errors/* UserError */.yo(`row ${Math.floor(i / classes) + 1}: the model returned ${p} as a probability of class ${i % classes}; probabilities must be finite and ≥ 0.`);
    }
}
/** `rankings: false` skips the sorts when ROC AUC and PR AUC are not needed (they then come out NaN). */
function prepareClassification(data, options = {}) {
    checkClassificationData(data);
    const { probabilities, classes } = data;
    const rows = data.labels.length;
    const labels = Int32Array.from(data.labels);
    const predicted = new Int32Array(rows);
    const cellBin = new Int32Array(rows);
    const rowLoss = new Float64Array(rows);
    const confidence = new Float64Array(rows);
    const bin = new Uint8Array(rows);
    for (let i = 0; i < rows; i++) {
        const base = i * classes;
        let best = 0;
        let clippedSum = 0;
        for (let c = 0; c < classes; c++) {
            const p = probabilities[base + c];
            if (p > probabilities[base + best])
                best = c;
            clippedSum += clip(p);
        }
        predicted[i] = best;
        rowLoss[i] = -Math.log(clip(probabilities[base + labels[i]]) / clippedSum);
        const top = probabilities[base + best];
        confidence[i] = top;
        bin[i] = Math.min(Math.floor(top * CALIBRATION_BINS), CALIBRATION_BINS - 1);
        cellBin[i] = (labels[i] * classes + best) * CALIBRATION_BINS + bin[i];
    }
    const rankings = options.rankings === false
        ? []
        : classes === 2
            ? [ranking_prepareRanking(rows, probabilities, (i) => labels[i] === 1, 2, 1)]
            : Array.from({ length: classes }, (_, c) => ranking_prepareRanking(rows, probabilities, (i) => labels[i] === c, classes, c));
    return { kind: 'classification', rows, classes, labels, predicted, cellBin, rowLoss, confidence, bin, rankings };
}
function clip(p) {
    return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}
/** All classification metrics of the rows weighted by `weights` (default: every row once). */
function scoreClassification(prepared, weights = (0,metrics_weights/* unitWeights */.U)(prepared.rows)) {
    const { rows, classes, cellBin, rowLoss, confidence, bin } = prepared;
    // Integer counts per (confusion cell, calibration bin): one scattered integer add per row,
    // about twice as fast as separate float accumulators for the matrix and the bins.
    const counts = new Int32Array(classes * classes * CALIBRATION_BINS);
    const binConfidence = new Float64Array(CALIBRATION_BINS);
    let loss = 0;
    for (let i = 0; i < rows; i++) {
        const w = weights[i];
        counts[cellBin[i]] += w;
        loss += w * rowLoss[i];
        binConfidence[bin[i]] += w * confidence[i];
    }
    const confusion = new Float64Array(classes * classes);
    const binCorrect = new Float64Array(CALIBRATION_BINS);
    let total = 0;
    for (let c = 0; c < classes * classes; c++) {
        const diagonal = c % (classes + 1) === 0;
        for (let b = 0; b < CALIBRATION_BINS; b++) {
            const count = counts[c * CALIBRATION_BINS + b];
            confusion[c] += count;
            total += count;
            if (diagonal)
                binCorrect[b] += count;
        }
    }
    let gap = 0;
    for (let b = 0; b < CALIBRATION_BINS; b++)
        gap += Math.abs(binCorrect[b] - binConfidence[b]);
    const { perClass, accuracy, macro, weighted } = confusionStats(confusion, classes);
    const ranked = prepared.rankings.map((ranking) => ranking_scoreRanking(ranking, weights));
    const rocAuc = mean(ranked.map((r) => r.rocAuc));
    const prAuc = mean(ranked.map((r) => r.averagePrecision));
    const binary = classes === 2 ? perClass[1] : undefined;
    const metrics = {
        accuracy,
        precision: binary ? binary.precision : macro.precision,
        recall: binary ? binary.recall : macro.recall,
        f1: binary ? binary.f1 : macro.f1,
        precision_macro: macro.precision,
        recall_macro: macro.recall,
        f1_macro: macro.f1,
        precision_weighted: weighted.precision,
        recall_weighted: weighted.recall,
        f1_weighted: weighted.f1,
        roc_auc: rocAuc,
        pr_auc: prAuc,
        log_loss: total > 0 ? loss / total : Number.NaN,
        ece: total > 0 ? gap / total : Number.NaN,
    };
    return { metrics, confusion, perClass };
}
/**
 * Precision, recall and F1 from a (weighted) confusion matrix, with sklearn's conventions:
 * a 0/0 precision, recall or F1 is 0 (zero_division="warn"); macro averages run over the classes
 * present in the labels or the predictions (sklearn's default `labels`); weighted averages weight
 * by true rows.
 */
function confusionStats(confusion, classes) {
    const perClass = [];
    let total = 0;
    let correct = 0;
    const macro = { precision: 0, recall: 0, f1: 0 };
    const weighted = { precision: 0, recall: 0, f1: 0 };
    let present = 0;
    for (let c = 0; c < classes; c++) {
        let truth = 0;
        let predicted = 0;
        for (let k = 0; k < classes; k++) {
            truth += confusion[c * classes + k];
            predicted += confusion[k * classes + c];
        }
        const hits = confusion[c * classes + c];
        total += truth;
        correct += hits;
        const precision = predicted > 0 ? hits / predicted : 0;
        const recall = truth > 0 ? hits / truth : 0;
        const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
        perClass.push({ precision, recall, f1, support: truth });
        if (truth > 0 || predicted > 0) {
            present++;
            macro.precision += precision;
            macro.recall += recall;
            macro.f1 += f1;
        }
        weighted.precision += truth * precision;
        weighted.recall += truth * recall;
        weighted.f1 += truth * f1;
    }
    for (const key of ['precision', 'recall', 'f1']) {
        macro[key] = present > 0 ? macro[key] / present : Number.NaN;
        weighted[key] = total > 0 ? weighted[key] / total : 0;
    }
    return { perClass, accuracy: total > 0 ? correct / total : Number.NaN, macro, weighted };
}
function mean(values) {
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
/** ROC AUC of binary labels (1 = positive) and scores, ties as in sklearn's roc_auc_score. */
function rocAuc(labels, scores) {
    return ranking_scoreRanking(ranking_prepareRanking(labels.length, scores, (i) => labels[i] === 1), (0,metrics_weights/* unitWeights */.U)(labels.length)).rocAuc;
}
/** sklearn's average_precision_score (step-wise, not trapezoidal) of binary labels and scores. */
function averagePrecision(labels, scores) {
    return scoreRanking(prepareRanking(labels.length, scores, (i) => labels[i] === 1), unitWeights(labels.length)).averagePrecision;
}
/** The confusion matrix as nested arrays (rows = true class, columns = predicted), for reports. */
function confusionRows(confusion, classes) {
    return Array.from({ length: classes }, (_, r) => Array.from(confusion.subarray(r * classes, (r + 1) * classes)));
}


/***/ }),

/***/ 18849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ unitWeights),
/* harmony export */   v: () => (/* binding */ indicatorWeights)
/* harmony export */ });
function unitWeights(rows) {
    return new Uint8Array(rows).fill(1);
}
/** Weights selecting only `rows` (each once), for per-slice metrics without copying. */
function indicatorWeights(total, rows) {
    const weights = new Uint8Array(total);
    for (let i = 0; i < rows.length; i++)
        weights[rows[i]] = 1;
    return weights;
}


/***/ }),

/***/ 85056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ readModelPackage),
/* harmony export */   FX: () => (/* binding */ writeModelPackage),
/* harmony export */   Q3: () => (/* binding */ sha256File)
/* harmony export */ });
/* unused harmony export MANIFEST_SCHEMA_VERSION */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8126);





/** The manifest every later step reads (docs/model-package.md). */
const MANIFEST_SCHEMA_VERSION = 1;
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
async function listFiles(root, dir = root) {
    const out = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir, { withFileTypes: true })) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await listFiles(root, path)));
        else if (entry.isFile())
            out.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_3__.sep).join('/'));
    }
    return out.sort();
}
async function writeJson(path, value) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)(path, `${JSON.stringify(value, null, 2)}\n`);
}
/**
 * Writes metrics.json, history.json and data-profile.json beside the model/ folder already in
 * `dir`, then manifest.json with the sha256 of every file, so later steps can verify a package
 * before loading it.
 */
async function writeModelPackage(dir, manifest, contents) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'model'), { recursive: true });
    await writeJson((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'metrics.json'), contents.metrics);
    if (contents.history)
        await writeJson((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'history.json'), contents.history);
    if (contents.profile !== undefined)
        await writeJson((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'data-profile.json'), contents.profile);
    const files = {};
    for (const file of await listFiles(dir)) {
        if (file === 'manifest.json')
            continue;
        files[file] = await sha256File((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, file));
    }
    const full = { schemaVersion: MANIFEST_SCHEMA_VERSION, ...manifest, metrics: contents.metrics, files };
    await writeJson((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'manifest.json'), full);
    return full;
}
/**
 * Reads and checks a package: the manifest parses, and every file it lists exists with the
 * recorded sha256. A tampered or half-copied package is an error naming the file.
 */
async function readModelPackage(dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'manifest.json');
    let manifest;
    try {
        manifest = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(path, 'utf8'));
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${dir} is not a model package: it has no manifest.json (train writes one).`);
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FileError */ .f6(`manifest.json is not valid JSON: ${error.message}`, path);
    }
    if (typeof manifest.schemaVersion !== 'number' || manifest.schemaVersion > MANIFEST_SCHEMA_VERSION) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .FileError */ .f6(`manifest schemaVersion ${manifest.schemaVersion} is not supported by this version of mlops-actions (supports ≤ ${MANIFEST_SCHEMA_VERSION}).`, path);
    }
    for (const [file, expected] of Object.entries(manifest.files ?? {})) {
        const full = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, ...file.split('/'));
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(full);
        }
        catch {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IntegrityError */ .cs(`${path}: the package lists ${file} but it is missing: the package is incomplete or was modified.`);
        }
        const actual = await sha256File(full);
        if (actual !== expected) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .IntegrityError */ .cs(`${path}: checksum mismatch for ${file}: expected sha256 ${expected}, found ${actual}. The package was modified or corrupted after it was built; rebuild or re-download it.`);
        }
    }
    return manifest;
}


/***/ }),

/***/ 98259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
;// CONCATENATED MODULE: ./shared/alerts/http.ts
/**
 * The one HTTP path to Pushgateway and Alertmanager: every attempt has its own deadline, and
 * network errors, timeouts, 5xx and 429 answers are retried a bounded number of times with a
 * growing wait (a `retry-after` in seconds is honoured up to the cap). Other 4xx answers are the
 * caller's mistake and are not retried. Credentials in the URL never reach a message.
 */

/** The URL as it may be printed: no user or password. */
function printableUrl(url) {
    try {
        const parsed = new URL(String(url));
        parsed.username = '';
        parsed.password = '';
        return parsed.toString();
    }
    catch {
        return String(url).replace(/\/\/[^/@]*@/, '//');
    }
}
/** A base URL from an input: http(s) only, trailing slashes removed, with a clear error naming the input. */
function parseServiceUrl(text, input) {
    let url;
    try {
        url = new URL(text.trim());
    }
    catch {
        throw new errors/* InputError */.dz(`input "${input}": "${printableUrl(text)}" is not a URL; give one like http://pushgateway.example:9091.`, input);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* InputError */.dz(`input "${input}": ${url.protocol} is not supported; give an http:// or https:// URL.`, input);
    }
    url.pathname = url.pathname.replace(/\/+$/, '');
    return url;
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Basic auth from the URL's user and password, since fetch refuses URLs that carry them. */
function withoutCredentials(url) {
    if (!url.username && !url.password)
        return { url: url.toString() };
    const clean = new URL(url.toString());
    clean.username = '';
    clean.password = '';
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    return { url: clean.toString(), authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}
/**
 * Sends one request with bounded retries. Resolves with the final answer when it is 2xx; throws a
 * UserError naming `what` and the URL (without credentials) otherwise.
 */
async function sendWithRetry(what, url, init, options = {}) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const retries = options.retries ?? 3;
    const base = options.retryBaseMs ?? 500;
    const doFetch = options.fetch ?? globalThis.fetch;
    const { url: target, authorization } = withoutCredentials(url);
    const headers = { ...init.headers, ...(authorization ? { authorization } : {}) };
    const shown = `${init.method} ${printableUrl(url)}`;
    let last = '';
    for (let attempt = 1; attempt <= retries + 1; attempt++) {
        let retryAfterMs;
        try {
            const response = await doFetch(target, { method: init.method, body: init.body, headers, signal: AbortSignal.timeout(timeoutMs) });
            const body = await response.text();
            if (response.ok)
                return { status: response.status, body, attempts: attempt };
            last = `${response.status} ${body.trim().slice(0, 300)}`;
            if (response.status < 500 && response.status !== 429) {
                throw new errors/* UserError */.yo(`${what} failed: ${shown} answered ${last}.`);
            }
            const header = Number(response.headers.get('retry-after'));
            if (Number.isFinite(header) && header > 0)
                retryAfterMs = header * 1000;
        }
        catch (error) {
            if (error instanceof errors/* UserError */.yo)
                throw error;
            const err = error;
            last =
                err.name === 'TimeoutError' || err.name === 'AbortError'
                    ? `no answer within ${timeoutMs / 1000} s`
                    : (err.cause?.message ?? err.message);
        }
        if (attempt <= retries) {
            const wait = Math.min(retryAfterMs ?? base * 2 ** (attempt - 1), 10_000);
            options.onRetry?.(`${what}: ${shown} failed (${last}); retrying in ${Math.round(wait)} ms (retry ${attempt} of ${retries}).`);
            await sleep(wait);
        }
    }
    throw new errors/* UserError */.yo(`${what} failed after ${retries + 1} attempts: ${shown}: ${last}.`);
}

;// CONCATENATED MODULE: ./shared/alerts/alertmanager.ts
/**
 * Alertmanager's v2 API (https://github.com/prometheus/alertmanager/blob/main/api/v2/openapi.yaml):
 * alerts are posted as a list; an alert is identified by its labels, so posting the same labels
 * again refreshes it, and posting it with `endsAt` in the past (or now) resolves it.
 */

function apiUrl(baseUrl, path) {
    const url = new URL(baseUrl.toString());
    url.pathname = `${url.pathname.replace(/\/+$/, '')}/api/v2${path}`;
    return url;
}
async function postAlerts(baseUrl, alerts, options = {}) {
    if (alerts.length === 0)
        return { attempts: 0 };
    const result = await sendWithRetry('Sending alerts to Alertmanager', apiUrl(baseUrl, '/alerts'), { method: 'POST', body: JSON.stringify(alerts), headers: { 'content-type': 'application/json' } }, options);
    return { attempts: result.attempts };
}
/** Alerts Alertmanager holds now (resolved ones are not listed), matching `filter` (`label="value"` matchers). */
async function listAlerts(baseUrl, filter, options = {}) {
    const url = apiUrl(baseUrl, '/alerts');
    for (const [label, value] of Object.entries(filter))
        url.searchParams.append('filter', `${label}=${JSON.stringify(value)}`);
    const result = await sendWithRetry('Reading the alerts from Alertmanager', url, { method: 'GET', headers: { accept: 'application/json' } }, options);
    try {
        return JSON.parse(result.body);
    }
    catch {
        throw new Error(`Alertmanager answered GET ${url.pathname} with something other than JSON`);
    }
}

;// CONCATENATED MODULE: ./shared/alerts/drift-alerts.ts

const DATASET_ALERT = 'MLOpsDataDrift';
const COLUMN_ALERT = 'MLOpsColumnDrift';
function formatValue(value) {
    if (value === null || !Number.isFinite(value))
        return String(value);
    return Number(value.toPrecision(3)).toString();
}
/** The alerts this report fires (none when it is clean). */
function firingAlerts(report, options) {
    // A run without dataset drift fires nothing, so a clean run resolves every alert it sent.
    if (!report.driftDetected)
        return [];
    const now = options.now ?? new Date();
    const endsAt = new Date(now.getTime() + options.holdHours * 3_600_000).toISOString();
    const base = { model: report.model, environment: report.environment, severity: options.severity };
    const common = {
        startsAt: now.toISOString(),
        endsAt,
        ...(options.generatorURL ? { generatorURL: options.generatorURL } : {}),
    };
    const links = options.link ? { link: options.link } : {};
    const alerts = [
        {
            labels: { alertname: DATASET_ALERT, ...base },
            annotations: {
                summary: `Data drift: ${report.summary}`,
                description: `Reference ${report.reference.tag ?? report.reference.input}, current ${report.current.input} (${report.current.rows} rows).`,
                ...links,
            },
            ...common,
        },
    ];
    for (const column of report.drift.columns.filter((c) => c.drifted)) {
        const score = column.pValue !== null
            ? `p ${formatValue(column.pValue)} < ${column.threshold}`
            : `${formatValue(column.distance)} ≥ ${column.threshold}`;
        alerts.push({
            labels: { alertname: COLUMN_ALERT, ...base, column: column.column },
            annotations: {
                summary: `${column.role === 'prediction' ? 'Prediction' : 'Column'} ${column.column} drifted in ${report.model} (${report.environment}): ${column.method} ${score}, effect ${column.effect.measure} ${formatValue(column.effect.value)}`,
                ...links,
            },
            ...common,
        });
    }
    return alerts;
}
const identity = (labels) => JSON.stringify(Object.entries(labels)
    .filter(([key]) => key !== 'severity')
    .sort(([a], [b]) => (a < b ? -1 : 1)));
/**
 * Sends this run's firing alerts and resolves the ones of the same model and environment that
 * Alertmanager holds but this run does not fire. A clean run always resolves the dataset alert,
 * even when the list cannot be read.
 */
async function syncDriftAlerts(baseUrl, report, options) {
    const now = options.now ?? new Date();
    const firing = firingAlerts(report, { ...options, now });
    const firingIds = new Set(firing.map((a) => identity(a.labels)));
    let held = [];
    let listError;
    try {
        held = await listAlerts(baseUrl, { model: report.model, environment: report.environment }, options);
    }
    catch (error) {
        listError = error.message;
    }
    const ours = held.filter((a) => a.labels.alertname === DATASET_ALERT || a.labels.alertname === COLUMN_ALERT);
    const resolved = ours
        .filter((a) => !firingIds.has(identity(a.labels)))
        .map((a) => ({
        labels: a.labels,
        annotations: { ...a.annotations, summary: `Resolved: ${report.summary}`, ...(options.link ? { link: options.link } : {}) },
        startsAt: a.startsAt,
        endsAt: now.toISOString(),
        ...(options.generatorURL ? { generatorURL: options.generatorURL } : {}),
    }));
    if (!report.driftDetected && !resolved.some((a) => a.labels.alertname === DATASET_ALERT)) {
        resolved.push({
            labels: { alertname: DATASET_ALERT, model: report.model, environment: report.environment, severity: options.severity },
            annotations: { summary: `Resolved: ${report.summary}`, ...(options.link ? { link: options.link } : {}) },
            startsAt: now.toISOString(),
            endsAt: now.toISOString(),
            ...(options.generatorURL ? { generatorURL: options.generatorURL } : {}),
        });
    }
    await postAlerts(baseUrl, [...firing, ...resolved], options);
    return { firing: firing.length, resolved: resolved.length, ...(listError ? { listError } : {}) };
}

;// CONCATENATED MODULE: ./shared/alerts/pushgateway.ts
/**
 * Pushing metrics to a Prometheus Pushgateway. A PUT replaces every metric of its group, so
 * grouping by model and environment makes each run replace the previous one instead of adding
 * to it (https://github.com/prometheus/pushgateway#put-method).
 */

/**
 * The group's path: `/metrics/job/<job>/<label>/<value>…`. A value that is empty or not plain
 * (a slash, spaces, anything URL-unsafe) is written in the Pushgateway's base64url form,
 * `<label>@base64/<value>`.
 */
function groupingPath(job, grouping) {
    const segment = (label, value) => {
        if (/^[A-Za-z0-9._~-]+$/.test(value))
            return `${label}/${value}`;
        return `${label}@base64/${Buffer.from(value, 'utf8').toString('base64url') || '='}`;
    };
    return ['/metrics', segment('job', job), ...Object.entries(grouping).map(([label, value]) => segment(label, value))].join('/');
}
/** PUT the metrics to their group: the group's earlier metrics are replaced. */
async function pushMetrics(baseUrl, options) {
    const url = new URL(baseUrl.toString());
    url.pathname = `${url.pathname.replace(/\/+$/, '')}${groupingPath(options.job, options.grouping)}`;
    const result = await sendWithRetry('Pushing the drift metrics to the Pushgateway', url, { method: 'PUT', body: options.body, headers: { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' } }, options);
    return { url: url.toString(), attempts: result.attempts };
}

;// CONCATENATED MODULE: ./shared/alerts/deliver.ts


/** The Pushgateway job; the group is `model` and `environment`, so each run replaces the last. */
const PUSHGATEWAY_JOB = 'mlops_drift';
/** Pushes `prometheus` and syncs the alerts of `report`; returns what failed, one sentence each. */
async function deliverDriftReport(report, prometheus, options) {
    const { io } = options;
    const { model, environment } = report;
    const failures = [];
    const onRetry = (message) => io.warning(message);
    if (options.pushgateway) {
        try {
            await pushMetrics(options.pushgateway, {
                job: PUSHGATEWAY_JOB,
                grouping: { model, environment },
                body: prometheus,
                onRetry,
            });
            io.info(`Pushed the drift metrics to the Pushgateway group job=${PUSHGATEWAY_JOB}, model=${model}, environment=${environment}.`);
        }
        catch (error) {
            failures.push(error.message);
        }
    }
    if (options.alertmanager) {
        let link = options.runUrl;
        if (options.issueUrl) {
            try {
                link = (await options.issueUrl()) ?? link;
            }
            catch (error) {
                io.debug(`Looking for the drift issue to link from the alerts failed: ${error.message}`);
            }
        }
        try {
            const sync = await syncDriftAlerts(options.alertmanager, report, {
                severity: options.severity,
                holdHours: options.holdHours,
                link,
                generatorURL: options.runUrl,
                onRetry,
            });
            if (sync.listError)
                io.warning(`Alertmanager's alert list could not be read (${sync.listError}); only the dataset alert was resolved.`);
            io.info(`Alertmanager: ${sync.firing} alert(s) firing, ${sync.resolved} resolved.`);
        }
        catch (error) {
            failures.push(error.message);
        }
    }
    return failures;
}

// EXTERNAL MODULE: ./shared/alerts/drift-issue.ts + 3 modules
var drift_issue = __webpack_require__(32364);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
;// CONCATENATED MODULE: ./shared/drift/special.ts
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
function logGamma(x) {
    if (!(x > 0))
        return Number.NaN;
    if (x === 1 || x === 2)
        return 0;
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
    for (let k = STIRLING.length - 1; k >= 0; k--)
        series = series * inverseSquared + STIRLING[k];
    return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + series * inverse - (shift > 0 ? Math.log(product) : 0);
}
/** x^a e^−x / Γ(a), in logs so large a and x do not overflow. */
function gammaFactor(a, x) {
    const log = a * Math.log(x) - x - logGamma(a);
    return log < -MAX_LOG ? 0 : Math.exp(log);
}
/** Lower regularized incomplete gamma P(a, x) by its power series (DLMF 8.11.4), for x < a + 1. */
function lowerGammaSeries(a, x) {
    const factor = gammaFactor(a, x);
    if (factor === 0)
        return 0;
    let r = a;
    let term = 1;
    let sum = 1;
    for (let i = 0; i < 2000; i++) {
        r += 1;
        term *= x / r;
        sum += term;
        if (term <= MACHINE_EPSILON * sum)
            break;
    }
    return (sum * factor) / a;
}
/** Upper regularized incomplete gamma Q(a, x) by cephes' continued fraction, for x ≥ a, x ≥ 1. */
function upperGammaFraction(a, x) {
    const factor = gammaFactor(a, x);
    if (factor === 0)
        return 0;
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
        if (change <= MACHINE_EPSILON)
            break;
    }
    return answer * factor;
}
/** Upper regularized incomplete gamma function Q(a, x) = Γ(a, x) / Γ(a) (scipy.special.gammaincc). */
function upperIncompleteGamma(a, x) {
    if (!(a > 0) || !(x >= 0))
        return Number.NaN;
    if (x === Infinity)
        return 0;
    if (x < 1 || x < a)
        return 1 - lowerGammaSeries(a, x);
    return upperGammaFraction(a, x);
}
/** P(χ²_dof > x): the chi-square survival function (scipy.stats.chi2.sf). */
function chiSquareSurvival(x, dof) {
    if (x <= 0)
        return 1;
    return upperIncompleteGamma(dof / 2, x / 2);
}
/** erfc(x) = Q(1/2, x²) for x ≥ 0, which keeps full relative precision far into the tail. */
function complementaryError(x) {
    if (x < 0)
        return 2 - complementaryError(-x);
    return upperIncompleteGamma(0.5, x * x);
}
/** P(Z > z) for a standard normal Z (scipy.stats.norm.sf). */
function normalSurvival(z) {
    // Q(1/2, z²/2) directly: going through z/√2 would round once more.
    if (z < 0)
        return 1 - normalSurvival(-z);
    return 0.5 * upperIncompleteGamma(0.5, (z * z) / 2);
}
/** numpy's round(): halves go to the even neighbour. */
function roundHalfEven(x) {
    const floor = Math.floor(x);
    const fraction = x - floor;
    if (fraction > 0.5)
        return floor + 1;
    if (fraction < 0.5)
        return floor;
    return floor % 2 === 0 ? floor : floor + 1;
}

// EXTERNAL MODULE: ./shared/stats/hll.ts
var hll = __webpack_require__(97654);
// EXTERNAL MODULE: ./shared/stats/moments.ts
var stats_moments = __webpack_require__(23419);
;// CONCATENATED MODULE: ./shared/drift/distribution.ts


/**
 * Whether KS and Wasserstein read a distribution as steps: the data itself, or a sketch whose
 * items mostly stand for one value each (it has compacted little). Otherwise its CDF is
 * interpolated (measured closer to the raw statistics: bench/monitor/profile-error.ts).
 */
function readAsSteps(d) {
    return d.exact || d.values.length * 2 >= d.count;
}
/** Raw numeric data keeps exact value counts up to this many distinct values. */
const LEVELS_LIMIT = 1000;
/** The label of the bucket holding values a sketch no longer names. */
const OTHER_LABEL = '(other)';
/** A numeric distribution from raw values; NaN and ±Infinity are treated as missing (as Evidently drops them). */
function distribution_numericFromValues(input) {
    let finite = 0;
    for (let i = 0; i < input.length; i++)
        if (Number.isFinite(input[i]))
            finite++;
    const values = new Float64Array(finite);
    for (let i = 0, j = 0; i < input.length; i++)
        if (Number.isFinite(input[i]))
            values[j++] = input[i];
    values.sort();
    let sum = 0;
    for (const v of values)
        sum += v;
    const mean = finite > 0 ? sum / finite : Number.NaN;
    let squares = 0;
    for (const v of values)
        squares += (v - mean) * (v - mean);
    let levels = new Map();
    let distinct = 0;
    for (let i = 0; i < finite; i++) {
        if (i === 0 || values[i] !== values[i - 1])
            distinct++;
        if (levels) {
            levels.set(values[i], (levels.get(values[i]) ?? 0) + 1);
            if (levels.size > LEVELS_LIMIT)
                levels = null;
        }
    }
    return {
        kind: 'numeric',
        count: finite,
        values,
        weights: null,
        totalWeight: finite,
        levels,
        mean,
        std: finite > 1 ? Math.sqrt(squares / (finite - 1)) : 0,
        min: finite > 0 ? values[0] : Number.NaN,
        max: finite > 0 ? values[finite - 1] : Number.NaN,
        distinct,
        distinctSketch: null,
        exact: true,
    };
}
/** A categorical distribution from raw values; null, undefined and NaN are missing. */
function distribution_categoricalFromValues(input) {
    const counts = new Map();
    let count = 0;
    for (const value of input) {
        if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)))
            continue;
        const key = String(value);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        count++;
    }
    return { kind: 'categorical', count, counts, other: 0, exact: true, distinct: counts.size, distinctSketch: null };
}
/** The KLL sketch's items with their weights, sorted by value (levels above 0 are kept sorted: merge them). */
function sketchPoints(state) {
    let runs = state.levels.map((items, h) => {
        const values = Float64Array.from(items);
        if (h === 0)
            values.sort();
        return { values, weights: new Float64Array(values.length).fill(2 ** h) };
    });
    runs = runs.filter((run) => run.values.length > 0);
    while (runs.length > 1) {
        const next = [];
        for (let r = 0; r < runs.length; r += 2)
            next.push(r + 1 < runs.length ? mergeRuns(runs[r], runs[r + 1]) : runs[r]);
        runs = next;
    }
    const merged = runs[0] ?? { values: new Float64Array(0), weights: new Float64Array(0) };
    let total = 0;
    for (const w of merged.weights)
        total += w;
    return { ...merged, total };
}
function mergeRuns(a, b) {
    const values = new Float64Array(a.values.length + b.values.length);
    const weights = new Float64Array(values.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < values.length; k++) {
        const fromA = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]);
        values[k] = fromA ? a.values[i] : b.values[j];
        weights[k] = fromA ? a.weights[i++] : b.weights[j++];
    }
    return { values, weights };
}
/** A profile column's numbers as a numeric distribution (see the module comment). */
function numericFromProfile(column) {
    const moments = stats_moments/* Moments */.W.from(column.sketch.moments);
    const count = moments.count;
    const base = {
        kind: 'numeric',
        count,
        mean: moments.mean ?? Number.NaN,
        std: moments.std ?? 0,
        min: count > 0 ? moments.min : Number.NaN,
        max: count > 0 ? moments.max : Number.NaN,
        distinct: column.distinct,
        distinctSketch: column.sketch.distinct,
    };
    const levels = column.sketch.numericLevels;
    if (levels) {
        const sorted = [...levels].sort((a, b) => a[0] - b[0]);
        return {
            ...base,
            values: Float64Array.from(sorted, ([v]) => v),
            weights: Float64Array.from(sorted, ([, c]) => c),
            totalWeight: sorted.reduce((sum, [, c]) => sum + c, 0),
            levels: new Map(sorted),
            exact: true,
        };
    }
    const state = column.sketch.quantiles;
    const points = sketchPoints(state);
    const exact = state.levels.length === 1;
    return {
        ...base,
        values: points.values,
        weights: exact ? null : points.weights,
        totalWeight: points.total,
        levels: null,
        exact,
    };
}
/** A profile column's values as categories: the saved counters, and numbers by their exact levels. */
function categoricalFromProfile(column) {
    const counts = new Map();
    for (const [value, c] of column.sketch.text.items)
        counts.set(value, c);
    const levels = column.sketch.numericLevels;
    for (const [value, c] of levels ?? [])
        counts.set(String(value), (counts.get(String(value)) ?? 0) + c);
    let named = 0;
    for (const c of counts.values())
        named += c;
    const numbers = column.sketch.moments.count;
    const exact = column.sketch.text.error === 0 && (numbers === 0 || levels !== null);
    return {
        kind: 'categorical',
        count: column.count,
        counts,
        other: Math.max(0, column.count - named),
        exact,
        distinct: column.distinct,
        distinctSketch: column.sketch.distinct,
    };
}
/** Distinct values in the union of two samples (Evidently counts them over reference and current together). */
function unionDistinct(a, b) {
    if (a.distinctSketch && b.distinctSketch) {
        return hll/* DistinctCounter */.$.from(a.distinctSketch).merge(b.distinctSketch).estimate();
    }
    if (a.kind === 'categorical' && b.kind === 'categorical') {
        const keys = new Set(a.counts.keys());
        for (const key of b.counts.keys())
            keys.add(key);
        return keys.size + (a.other > 0 || b.other > 0 ? 1 : 0);
    }
    if (a.kind === 'numeric' && b.kind === 'numeric') {
        let distinct = 0;
        let i = 0;
        let j = 0;
        let last = Number.NaN;
        while (i < a.values.length || j < b.values.length) {
            const x = j >= b.values.length || (i < a.values.length && a.values[i] <= b.values[j]) ? a.values[i++] : b.values[j++];
            if (x !== last)
                distinct++;
            last = x;
        }
        return distinct;
    }
    return Math.max(a.distinct, b.distinct);
}
/** Counts per value, for tests that see a column as categories (a numeric column with few values too). */
function valueCounts(d) {
    if (d.kind === 'categorical')
        return { counts: d.counts, other: d.other, total: d.count, exact: d.exact };
    const counts = new Map();
    if (d.levels) {
        for (const [value, c] of d.levels)
            counts.set(String(value), c);
        return { counts, other: 0, total: d.count, exact: d.exact };
    }
    // A sketch: each item stands for `weight` values; scale the weights to the true count.
    const scale = d.totalWeight > 0 ? d.count / d.totalWeight : 0;
    for (let i = 0; i < d.values.length; i++) {
        const key = String(d.values[i]);
        counts.set(key, (counts.get(key) ?? 0) + (d.weights ? d.weights[i] : 1) * scale);
    }
    return { counts, other: 0, total: d.count, exact: d.exact };
}
/** Every category of either side, `OTHER_LABEL` last when a side has unnamed values, with each side's counts. */
function alignedCounts(a, b) {
    const labels = [...new Set([...a.counts.keys(), ...b.counts.keys()])].sort();
    const reference = labels.map((label) => a.counts.get(label) ?? 0);
    const current = labels.map((label) => b.counts.get(label) ?? 0);
    if (a.other > 0 || b.other > 0) {
        labels.push(OTHER_LABEL);
        reference.push(a.other);
        current.push(b.other);
    }
    return { labels, reference, current };
}
/** The weight of point `index` (1 for raw data). */
function weightAt(d, index) {
    return d.weights ? d.weights[index] : 1;
}
/**
 * Walks the merged support of two numeric distributions in ascending order, calling `visit`
 * once per distinct value with both empirical CDFs just after it (ties included, as
 * numpy.searchsorted(side='right') counts them).
 */
function walkCdfs(a, b, visit) {
    let i = 0;
    let j = 0;
    let weightA = 0;
    let weightB = 0;
    const na = a.values.length;
    const nb = b.values.length;
    while (i < na || j < nb) {
        const x = j >= nb || (i < na && a.values[i] <= b.values[j]) ? a.values[i] : b.values[j];
        while (i < na && a.values[i] === x)
            weightA += weightAt(a, i++);
        while (j < nb && b.values[j] === x)
            weightB += weightAt(b, j++);
        visit(x, weightA / a.totalWeight, weightB / b.totalWeight);
    }
}
/**
 * Equal-width bin edges over both samples' range, with the bin count numpy's
 * histogram_bin_edges(bins='sturges') picks for the two samples concatenated
 * (width = range / (log2(n) + 1), bins = ceil(range / width)), and numpy.linspace's edges.
 */
function sturgesEdges(a, b) {
    let first = Math.min(a.min, b.min);
    let last = Math.max(a.max, b.max);
    const range = last - first;
    const n = a.count + b.count;
    let bins = 1;
    if (first === last) {
        first -= 0.5;
        last += 0.5;
    }
    else {
        const width = range / (Math.log2(n) + 1);
        bins = Math.ceil((last - first) / width);
    }
    return linspace(first, last, bins + 1);
}
/** numpy.linspace(start, stop, count): i·step + start, and exactly `stop` last. */
function linspace(start, stop, count) {
    const step = (stop - start) / (count - 1);
    const edges = Array.from({ length: count }, (_, i) => i * step + start);
    edges[count - 1] = stop;
    return edges;
}
/**
 * The share of a distribution's weight in each bin, as numpy.histogram counts: bin i holds
 * edges[i] ≤ x < edges[i+1], the last bin includes its right edge, values outside are dropped.
 * Shares are of the whole (numpy's counts divided by the sample's length, as Evidently does).
 */
function binShares(d, edges) {
    const bins = edges.length - 1;
    // Bins always read a sketch interpolated: its tails hold few items, and a step there puts a
    // whole item's weight in one sparse bin, which PSI's logarithm magnifies.
    if (!d.exact) {
        const cursor = new CdfCursor(interpolatedCdf(d));
        const below = edges.map((edge) => cursor.moveTo(edge).at());
        return Array.from({ length: bins }, (_, i) => Math.max(0, below[i + 1] - below[i]));
    }
    const weights = new Array(bins).fill(0);
    let bin = 0;
    const last = edges[bins];
    for (let i = 0; i < d.values.length; i++) {
        const x = d.values[i];
        if (x < edges[0] || x > last)
            continue;
        while (bin < bins - 1 && x >= edges[bin + 1])
            bin++;
        weights[bin] += weightAt(d, i);
    }
    return weights.map((w) => w / d.totalWeight);
}
/**
 * A sketch's CDF, linear between knots: (min, 0), each distinct item value at the weight below
 * it plus half its own, (max, 1). A step CDF would put a whole item's weight (up to 2^h values)
 * on one side of a bin edge, and leave the tails, where items are sparse, empty.
 */
function interpolatedCdf(d) {
    const known = interpolatedCdfs.get(d);
    if (known)
        return known;
    const xs = new Float64Array(d.values.length + 2);
    const ys = new Float64Array(d.values.length + 2);
    xs[0] = d.min;
    let size = 1;
    let below = 0;
    for (let i = 0; i < d.values.length;) {
        const x = d.values[i];
        let weight = 0;
        while (i < d.values.length && d.values[i] === x)
            weight += weightAt(d, i++);
        const y = (below + weight / 2) / d.totalWeight;
        if (x > xs[size - 1]) {
            xs[size] = x;
            ys[size++] = y;
        }
        else
            ys[size - 1] = Math.max(ys[size - 1], y);
        below += weight;
    }
    if (d.max > xs[size - 1]) {
        xs[size] = d.max;
        ys[size++] = 1;
    }
    else
        ys[size - 1] = 1;
    const cdf = { xs: xs.subarray(0, size), ys: ys.subarray(0, size), linear: true };
    interpolatedCdfs.set(d, cdf);
    return cdf;
}
/** A column's CDFs are read by several statistics (test, PSI, effect, chart): build each once. */
const interpolatedCdfs = new WeakMap();
const stepCdfs = new WeakMap();
/** The step CDF of data: the share of weight at or below each distinct value. */
function stepCdf(d) {
    const known = stepCdfs.get(d);
    if (known)
        return known;
    const xs = new Float64Array(d.values.length);
    const ys = new Float64Array(d.values.length);
    let size = 0;
    let total = 0;
    for (let i = 0; i < d.values.length;) {
        const x = d.values[i];
        while (i < d.values.length && d.values[i] === x)
            total += weightAt(d, i++);
        xs[size] = x;
        ys[size++] = total / d.totalWeight;
    }
    const cdf = { xs: xs.subarray(0, size), ys: ys.subarray(0, size), linear: false };
    stepCdfs.set(d, cdf);
    return cdf;
}
/** How KS and Wasserstein read a distribution (see `readAsSteps`). */
function cdfOf(d) {
    return readAsSteps(d) ? stepCdf(d) : interpolatedCdf(d);
}
/** A CDF read at ascending points in one pass: `moveTo(x)`, then `at()` (jump at x included) or `before()`. */
class CdfCursor {
    cdf;
    index = -1;
    x = Number.NEGATIVE_INFINITY;
    constructor(cdf) {
        this.cdf = cdf;
    }
    moveTo(x) {
        const { xs } = this.cdf;
        while (this.index + 1 < xs.length && xs[this.index + 1] <= x)
            this.index++;
        this.x = x;
        return this;
    }
    at() {
        const { xs, ys, linear } = this.cdf;
        const i = this.index;
        if (i < 0)
            return 0;
        if (!linear || i === xs.length - 1)
            return ys[i];
        return ys[i] + ((ys[i + 1] - ys[i]) * (this.x - xs[i])) / (xs[i + 1] - xs[i]);
    }
    /** The limit from the left: below a step's jump when x is a knot. */
    before() {
        const { xs, ys, linear } = this.cdf;
        const i = this.index;
        if (linear || i < 0 || xs[i] !== this.x)
            return this.at();
        return i > 0 ? ys[i - 1] : 0;
    }
}
/** Every knot of both CDFs, ascending, without repeats (a merge of two sorted lists). */
function mergedKnots(a, b) {
    const out = new Float64Array(a.xs.length + b.xs.length);
    let i = 0;
    let j = 0;
    let size = 0;
    while (i < a.xs.length || j < b.xs.length) {
        const x = j >= b.xs.length || (i < a.xs.length && a.xs[i] <= b.xs[j]) ? a.xs[i] : b.xs[j];
        if (i < a.xs.length && a.xs[i] === x)
            i++;
        if (j < b.xs.length && b.xs[j] === x)
            j++;
        if (size === 0 || out[size - 1] !== x)
            out[size++] = x;
    }
    return out.subarray(0, size);
}

;// CONCATENATED MODULE: ./shared/drift/tests/chisquare.ts


/**
 * scipy.stats.chi2_contingency on the 2 × k table [reference; current]: expected counts from the
 * margins, Yates' correction when there is one degree of freedom (each cell moved toward its
 * expected count by 0.5 at most), χ² survival at k − 1 degrees of freedom. Categories empty on
 * both sides are dropped (scipy would refuse their zero expected counts).
 */
function chiSquareContingency(referenceCounts, currentCounts) {
    const reference = [];
    const current = [];
    referenceCounts.forEach((r, i) => {
        if (r + currentCounts[i] > 0) {
            reference.push(r);
            current.push(currentCounts[i]);
        }
    });
    const k = reference.length;
    const dof = Math.max(0, k - 1);
    if (dof === 0)
        return { statistic: 0, pValue: 1, dof: 0, uncorrected: 0, corrected: false };
    const referenceTotal = reference.reduce((a, b) => a + b, 0);
    const currentTotal = current.reduce((a, b) => a + b, 0);
    const total = referenceTotal + currentTotal;
    let statistic = 0;
    let uncorrected = 0;
    const corrected = dof === 1;
    for (const [row, rowTotal] of [
        [reference, referenceTotal],
        [current, currentTotal],
    ]) {
        for (let j = 0; j < k; j++) {
            const expected = (rowTotal * (reference[j] + current[j])) / total;
            let observed = row[j];
            uncorrected += (observed - expected) ** 2 / expected;
            if (corrected) {
                const difference = expected - observed;
                observed += Math.min(0.5, Math.abs(difference)) * Math.sign(difference);
            }
            statistic += (observed - expected) ** 2 / expected;
        }
    }
    return { statistic, pValue: chiSquareSurvival(statistic, dof), dof, uncorrected, corrected };
}
const chiSquareTest = {
    name: 'chisquare',
    displayName: 'chi-square p-value',
    appliesTo: ['categorical', 'numeric'],
    thresholdKind: 'p_value',
    defaultThreshold: 0.05,
    compute(reference, current) {
        const table = alignedCounts(valueCounts(reference), valueCounts(current));
        const result = chiSquareContingency(table.reference, table.current);
        const freedom = `${result.dof} degree${result.dof === 1 ? '' : 's'} of freedom`;
        const detail = `${freedom}${result.corrected ? ", Yates' correction" : ''}`;
        return { statistic: result.statistic, pValue: result.pValue, distance: null, detail, byValue: true };
    },
};

;// CONCATENATED MODULE: ./shared/drift/binning.ts
/**
 * Evidently's get_binned_data, which Jensen–Shannon and PSI share: a numeric column with more
 * than 20 distinct reference values is cut into equal-width bins over both samples (numpy's
 * Sturges rule on the two concatenated); anything else is compared per value. Shares are of each
 * sample's non-missing count. PSI then fills empty bins (`fillEmptyShares`); Jensen–Shannon does not.
 */

/** Numeric columns with more distinct reference values than this are binned, not compared per value. */
const BY_VALUE_MAX_DISTINCT = 20;
/** Whether Evidently's binning compares this pair per value rather than in bins. */
function comparesByValue(reference, current) {
    return reference.kind !== 'numeric' || current.kind !== 'numeric' || reference.distinct <= BY_VALUE_MAX_DISTINCT;
}
function evidentlyShares(reference, current) {
    if (!comparesByValue(reference, current) && reference.kind === 'numeric' && current.kind === 'numeric') {
        const edges = sturgesEdges(reference, current);
        const labels = edges.slice(0, -1).map((edge, i) => `${edge}..${edges[i + 1]}`);
        return { labels, reference: binShares(reference, edges), current: binShares(current, edges), edges };
    }
    const ref = valueCounts(reference);
    const cur = valueCounts(current);
    const aligned = alignedCounts(ref, cur);
    return {
        labels: aligned.labels,
        reference: aligned.reference.map((c) => c / ref.total),
        current: aligned.current.map((c) => c / cur.total),
        edges: null,
    };
}
/**
 * Evidently's `feel_zeroes`: empty shares become a millionth of the smallest non-empty share when
 * that is at most 0.0001, else 0.0001 (each sample on its own), so PSI's logarithm stays finite.
 */
function fillEmptyShares(shares) {
    let smallest = Infinity;
    for (const s of shares)
        if (s !== 0 && s < smallest)
            smallest = s;
    const fill = smallest <= 0.0001 ? smallest / 10 ** 6 : 0.0001;
    return shares.map((s) => (s === 0 ? fill : s));
}

;// CONCATENATED MODULE: ./shared/drift/tests/jensenshannon.ts

/**
 * scipy.spatial.distance.jensenshannon(p, q) with the natural logarithm (the base Evidently
 * uses): both vectors normalised to sum 1, then √((KL(p‖m) + KL(q‖m)) / 2) with m = (p + q) / 2.
 * Ranges from 0 to √ln 2 ≈ 0.833.
 */
function jensenShannonDistance(pIn, qIn) {
    const pSum = pIn.reduce((a, b) => a + b, 0);
    const qSum = qIn.reduce((a, b) => a + b, 0);
    let left = 0;
    let right = 0;
    for (let i = 0; i < pIn.length; i++) {
        const p = pIn[i] / pSum;
        const q = qIn[i] / qSum;
        const m = (p + q) / 2;
        if (p > 0)
            left += p * Math.log(p / m);
        if (q > 0)
            right += q * Math.log(q / m);
    }
    return Math.sqrt((left + right) / 2);
}
const jensenShannonTest = {
    name: 'jensenshannon',
    displayName: 'Jensen–Shannon distance',
    appliesTo: ['categorical', 'numeric'],
    thresholdKind: 'distance',
    defaultThreshold: 0.1,
    compute(reference, current) {
        const shares = evidentlyShares(reference, current);
        const value = jensenShannonDistance(shares.reference, shares.current);
        const detail = shares.edges ? `${shares.labels.length} Sturges bins` : `${shares.labels.length} values`;
        return { statistic: value, pValue: null, distance: value, detail, byValue: shares.edges === null };
    },
};

;// CONCATENATED MODULE: ./shared/drift/kolmogorov.ts
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
const KS_EXACT_MAX_N = 10_000;
/** cephes computes the one-sided tail exactly up to this n, and by an approximation beyond. */
const SMIRNOV_MAX_COMPUTE_N = 1_000_000;
/** Stirling terms B2j / (2j (2j − 1)) for j = 8 … 1, highest power first (scipy's _STIRLING_COEFFS). */
const STIRLING_COEFFS = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
    7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
function clip01(p) {
    return p < 0 ? 0 : p > 1 ? 1 : p;
}
function kolmogorov_select(cdfProbability, sfProbability, cdf) {
    return clip01(cdf ? cdfProbability : sfProbability);
}
/** x·2^e without overflowing 2^e on the way. */
function scaleByPowerOfTwo(x, e) {
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
function logFactorialOverPower(n) {
    const rn = 1 / n;
    const t = rn / n;
    let poly = 0;
    for (const c of STIRLING_COEFFS)
        poly = poly * t + c;
    return Math.log(n) / 2 - n + LOG_TWO_PI / 2 + rn * poly;
}
function multiply(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    }
    return out;
}
/** P(D_n ≤ d) by the Durbin matrix, as Marsaglia, Tsang & Wang compute it (best for small n·d). */
function durbinCdf(n, d) {
    if (d >= 1)
        return 1;
    const nd = n * d;
    if (nd <= 0.5)
        return 0;
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
    let matrix = new Float64Array(m * m);
    for (let i = 1; i < m; i++)
        for (let r = i - 1; r < m; r++)
            matrix[r * m + i] = w[r - (i - 1)];
    for (let r = 0; r < m; r++)
        matrix[r * m] = v[r];
    for (let c = 0; c < m; c++)
        matrix[(m - 1) * m + c] = v[m - 1 - c];
    let power = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        power[i * m + i] = 1;
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
            for (let i = 0; i < matrix.length; i++)
                matrix[i] /= EP128;
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
function pomeranzWindow(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const half = Math.floor((i + 1) / 2);
        if ((i + 1) % 2 === 0) {
            if (half === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = half - 1 - ll - roundf - 1;
                j2 = half + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = half - 1 - ll - 1;
            j2 = half + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Python's a[start:end] for a non-negative start (clamped to the array). */
function slice(a, start, end) {
    return a.subarray(Math.min(start, a.length), Math.max(Math.min(end, a.length), Math.min(start, a.length)));
}
/** numpy.convolve(a, b) in 'full' mode. */
function convolve(a, b) {
    const out = new Float64Array(a.length + b.length - 1);
    for (let i = 0; i < a.length; i++) {
        const ai = a[i];
        for (let j = 0; j < b.length; j++)
            out[i + j] += ai * b[j];
    }
    return out;
}
/** P(D_n ≤ x) by Pomeranz's recursion (moderate n·x²). */
function pomeranzCdf(n, x) {
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
            for (let c = 0; c < convLength && c < v1.length; c++)
                v1[c] = conv[convStart + c] ?? 0;
            let max = -Infinity;
            for (const value of v1)
                if (value > max)
                    max = value;
            if (max > 0 && max < EM128) {
                for (let c = 0; c < v1.length; c++)
                    v1[c] *= EP128;
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
function pelzGood(n, x, cdf) {
    if (x <= 0)
        return kolmogorov_select(0, 1, cdf);
    if (x >= 1)
        return kolmogorov_select(1, 0, cdf);
    const z = Math.sqrt(n) * x;
    const z2 = z ** 2;
    const z3 = z ** 3;
    const z4 = z ** 4;
    const z6 = z ** 6;
    const qlog = -PI_SQUARED / 8 / z2;
    if (qlog < MIN_LOG)
        return kolmogorov_select(0, 1, cdf);
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
        for (let i = 0; i < 4; i++)
            terms[i] = terms[i] * qpower + coefficients[i];
    }
    const divisors = [z, 6 * z4, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        terms[i] = (terms[i] * q * SQRT_TWO_PI) / divisors[i];
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
    for (let i = 0; i < 4; i++)
        terms[i] /= (n * 1) ** (i / 2);
    if (!cdf) {
        for (let i = 0; i < 4; i++)
            terms[i] *= -1;
        terms[0] += 1;
    }
    return terms[0] + terms[1] + terms[2] + terms[3];
}
/** floor(n·x) and the fractional part of n·x, exactly (Dekker's product: n·x = hi + lo). */
function exactProduct(n, x) {
    const hi = n * x;
    const [nh, nl] = split(n);
    const [xh, xl] = split(x);
    const lo = nh * xh - hi + nh * xl + nl * xh + nl * xl;
    let floor = Math.floor(hi);
    let fraction = hi - floor + lo;
    if (fraction < 0) {
        floor -= 1;
        fraction += 1;
    }
    else if (fraction >= 1) {
        floor += 1;
        fraction -= 1;
    }
    return { hi, lo, floor, fraction };
}
/** Neumaier's compensated sum, with exact products (Dekker) for terms a·b. */
class CompensatedSum {
    sum;
    compensation;
    constructor(sum = 0, compensation = 0) {
        this.sum = sum;
        this.compensation = compensation;
    }
    add(value) {
        const t = this.sum + value;
        this.compensation += Math.abs(this.sum) >= Math.abs(value) ? this.sum - t + value : value - t + this.sum;
        this.sum = t;
    }
    addProduct(a, b) {
        const product = a * b;
        const [ah, al] = split(a);
        const [bh, bl] = split(b);
        this.add(product);
        this.compensation += ah * bh - product + ah * bl + al * bh + al * bl;
    }
    value() {
        return this.sum + this.compensation;
    }
}
/** Veltkamp's split of a double into two halves whose products are exact. */
function split(v) {
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
function smirnovSurvival(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return Number.NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    const { hi: nxHi, lo: nxLo, floor: nxFloor, fraction: alpha } = exactProduct(n, x);
    if (nxFloor === 0 || (nxFloor === 1 && alpha === 0)) {
        const cdf = x * (1 + x) ** (n - 1);
        return clip01(1 - cdf);
    }
    if (-2 * n * x * x < CEPHES_MIN_LOG)
        return 0;
    if (nxFloor >= n - 1)
        return clip01((1 - x) ** n);
    if (n > SMIRNOV_MAX_COMPUTE_N)
        return clip01(Math.exp(-((6 * n * x + 1) ** 2) / 18 / n));
    let lastV = n - nxFloor - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        lastV -= 1;
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
        }
        else {
            const term = Math.exp(rescaled);
            sum += term;
            if (term !== 0 && 4 * (terms - v) * term < EPSILON * sum && v !== terms - 1)
                break;
            if (term === 0 && v > middle)
                break;
        }
        logBinomial.add(Math.log((n - v) / (v + 1)));
    }
    return clip01(Math.exp(scale + Math.log(sum) + Math.log(x)));
}
/**
 * P(D_n > x) (cdf: false) or P(D_n ≤ x) for the two-sided one-sample statistic with n values:
 * scipy.stats.kstwo, by scipy's `_kolmogn`.
 */
function kolmogorovDistribution(n, x, cdf) {
    if (!Number.isInteger(n) || n <= 0)
        return Number.NaN;
    if (x >= 1)
        return kolmogorov_select(1, 0, cdf);
    if (x <= 0)
        return kolmogorov_select(0, 1, cdf);
    const t = n * x;
    if (t <= 1) {
        if (t <= 0.5)
            return kolmogorov_select(0, 1, cdf);
        let probability;
        if (n <= 140) {
            probability = 1;
            for (let i = 1; i <= n; i++)
                probability *= i * (1 / n) * (2 * t - 1);
        }
        else
            probability = Math.exp(logFactorialOverPower(n) + n * Math.log(2 * t - 1));
        return kolmogorov_select(probability, 1 - probability, cdf);
    }
    if (t >= n - 1) {
        const probability = 2 * (1 - x) ** n;
        return kolmogorov_select(1 - probability, probability, cdf);
    }
    if (x >= 0.5) {
        const probability = 2 * smirnovSurvival(n, x);
        return kolmogorov_select(1 - probability, probability, cdf);
    }
    const nxSquared = t * x;
    if (n <= 140) {
        if (nxSquared <= 0.754693) {
            const probability = durbinCdf(n, x);
            return kolmogorov_select(probability, 1 - probability, cdf);
        }
        if (nxSquared <= 4) {
            const probability = pomeranzCdf(n, x);
            return kolmogorov_select(probability, 1 - probability, cdf);
        }
        const probability = 2 * smirnovSurvival(n, x);
        return kolmogorov_select(1 - probability, probability, cdf);
    }
    if (!cdf) {
        if (nxSquared >= 370)
            return 0;
        if (nxSquared >= 2.2)
            return clip01(2 * smirnovSurvival(n, x));
    }
    let cdfProbability;
    if (nxSquared >= 18)
        cdfProbability = 1;
    else if (n <= 100_000 && n * x ** 1.5 <= 1.4)
        cdfProbability = durbinCdf(n, x);
    else
        cdfProbability = pelzGood(n, x, true);
    return kolmogorov_select(cdfProbability, 1 - cdfProbability, cdf);
}
/** Share of lattice paths leaving the band |x − y| < h on the n × n square (scipy's _compute_prob_outside_square). */
function outsideSquare(n, h) {
    let p = 0;
    let k = Math.floor(n / h);
    while (k >= 0) {
        let p1 = 1;
        for (let j = 0; j < h; j++)
            p1 = ((n - k * h - j) * p1) / (n + k * h + j + 1);
        p = p1 * (1 - p);
        k -= 1;
    }
    return 2 * p;
}
/** Share of lattice paths from (0,0) to (m,n) that leave the band |x/m − y/n| < h/lcm (Viehmann's recursion). */
function outsideBand(mIn, nIn, g, h) {
    const m = Math.max(mIn, nIn);
    const n = Math.min(mIn, nIn);
    const mg = m / g;
    const ng = n / g;
    let minj = 0;
    let maxj = Math.min(Math.ceil(h / mg), n + 1);
    let currentLength = maxj - minj;
    const lengthA = Math.min(2 * maxj + 2, n + 1);
    const a = new Float64Array(lengthA).fill(1);
    for (let j = minj; j < maxj; j++)
        a[j] = 0;
    for (let i = 1; i <= m; i++) {
        const lastMinj = minj;
        const lastLength = currentLength;
        minj = Math.min(Math.max(Math.floor((ng * i - h) / mg) + 1, 0), n);
        maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
        if (maxj <= minj)
            return 1;
        let value = minj === 0 ? 0 : 1;
        for (let jj = 0; jj < maxj - minj; jj++) {
            const j = jj + minj;
            value = (a[jj + minj - lastMinj] * i + value * j) / (i + j);
            a[jj] = value;
        }
        currentLength = maxj - minj;
        if (lastLength > currentLength) {
            for (let c = maxj - minj; c < maxj - minj + (lastLength - currentLength) && c < a.length; c++)
                a[c] = 1;
        }
    }
    return a[maxj - minj - 1];
}
function greatestCommonDivisor(a, b) {
    let x = a;
    let y = b;
    while (y !== 0)
        [x, y] = [y, x % y];
    return x;
}
/**
 * The two-sided p-value of the two-sample KS statistic d for samples of n1 and n2 values, as
 * scipy.stats.ks_2samp(method='auto') computes it: exact when max(n1, n2) ≤ 10,000 (falling back
 * to the asymptotic distribution if the exact computation leaves [0, 1]), else kstwo.sf(d, round(en)).
 */
function kolmogorov_ksTwoSamplePValue(d, n1, n2) {
    if (max(n1, n2) <= KS_EXACT_MAX_N) {
        const g = greatestCommonDivisor(n1, n2);
        const lcm = (n1 / g) * n2;
        const h = roundHalfEven(d * lcm);
        const lattice = h / lcm;
        if (h === 0)
            return { statistic: lattice, pValue: 1, method: 'exact' };
        const p = n1 === n2 ? outsideSquare(n1, h) : outsideBand(n1, n2, g, h);
        if (p >= 0 && p <= 1)
            return { statistic: lattice, pValue: p, method: 'exact' };
        d = lattice;
    }
    const m = max(n1, n2);
    const n = Math.min(n1, n2);
    const en = (m * n) / (m + n);
    return { statistic: d, pValue: clip01(kolmogorovDistribution(roundHalfEven(en), d, false)), method: 'asymptotic' };
}
function max(a, b) {
    return a > b ? a : b;
}

;// CONCATENATED MODULE: ./shared/drift/tests/ks.ts



/**
 * The largest gap between the two empirical CDFs (ties counted as numpy.searchsorted(side='right')
 * does). A sketch's side uses its interpolated CDF; the gap is then largest at a knot of either
 * side, on one side of a step.
 */
function ksStatistic(reference, current) {
    let largest = 0;
    if (readAsSteps(reference) && readAsSteps(current)) {
        walkCdfs(reference, current, (_, a, b) => {
            const gap = Math.abs(a - b);
            if (gap > largest)
                largest = gap;
        });
        return largest;
    }
    const a = cdfOf(reference);
    const b = cdfOf(current);
    const ca = new CdfCursor(a);
    const cb = new CdfCursor(b);
    for (const x of mergedKnots(a, b)) {
        ca.moveTo(x);
        cb.moveTo(x);
        largest = Math.max(largest, Math.abs(ca.at() - cb.at()), Math.abs(ca.before() - cb.before()));
    }
    return largest;
}
/** scipy.stats.ks_2samp(a, b) (two-sided, method 'auto') on raw values. */
function ksTwoSample(a, b) {
    const reference = numericFromValues(a);
    const current = numericFromValues(b);
    return ksTwoSamplePValue(ksStatistic(reference, current), reference.count, current.count);
}
function requireNumeric(test, d) {
    if (d.kind !== 'numeric')
        throw new errors/* UserError */.yo(`The ${test} test compares numeric columns only; this column is categorical.`);
    return d;
}
const ksTest = {
    name: 'ks',
    displayName: 'Kolmogorov–Smirnov p-value',
    appliesTo: ['numeric'],
    thresholdKind: 'p_value',
    defaultThreshold: 0.05,
    compute(referenceIn, currentIn) {
        const reference = requireNumeric('ks', referenceIn);
        const current = requireNumeric('ks', currentIn);
        // From a sketch the CDFs are within its rank error; the p-value still uses the true counts.
        const result = kolmogorov_ksTwoSamplePValue(ksStatistic(reference, current), reference.count, current.count);
        return {
            statistic: result.statistic,
            pValue: result.pValue,
            distance: null,
            detail: result.method,
            byValue: false,
        };
    },
};

;// CONCATENATED MODULE: ./shared/drift/tests/psi.ts

/** Population stability index: Σ (r − c)·ln(r / c) over bins, empty bins filled as Evidently fills them. */
function populationStabilityIndex(referenceShares, currentShares) {
    const reference = fillEmptyShares(referenceShares);
    const current = fillEmptyShares(currentShares);
    let psi = 0;
    for (let i = 0; i < reference.length; i++)
        psi += (reference[i] - current[i]) * Math.log(reference[i] / current[i]);
    return psi;
}
const psiTest = {
    name: 'psi',
    displayName: 'PSI',
    appliesTo: ['categorical', 'numeric'],
    thresholdKind: 'distance',
    defaultThreshold: 0.1,
    compute(reference, current) {
        const shares = evidentlyShares(reference, current);
        const value = populationStabilityIndex(shares.reference, shares.current);
        const detail = shares.edges ? `${shares.labels.length} Sturges bins` : `${shares.labels.length} values`;
        return { statistic: value, pValue: null, distance: value, detail, byValue: shares.edges === null };
    },
};

;// CONCATENATED MODULE: ./shared/drift/tests/wasserstein.ts


/** Evidently divides by max(np.std(reference), 0.001), so a constant reference does not divide by zero. */
const SMALLEST_NORM = 0.001;
/**
 * scipy.stats.wasserstein_distance: the area between the two empirical CDFs. A sketch's side uses
 * its interpolated CDF, so an outlier item standing for 2^h values spreads over the gap before it
 * instead of sitting at the far end with all its weight.
 */
function wassersteinDistance(reference, current) {
    let area = 0;
    if (readAsSteps(reference) && readAsSteps(current)) {
        let previous = Number.NaN;
        let gap = 0;
        walkCdfs(reference, current, (x, a, b) => {
            if (previous === previous)
                area += gap * (x - previous);
            gap = Math.abs(a - b);
            previous = x;
        });
        return area;
    }
    const a = cdfOf(reference);
    const b = cdfOf(current);
    const ca = new CdfCursor(a);
    const cb = new CdfCursor(b);
    const knots = mergedKnots(a, b);
    // Between two knots both CDFs are linear (or flat), so their difference is linear: integrate |d| exactly.
    for (let i = 0; i + 1 < knots.length; i++) {
        const width = knots[i + 1] - knots[i];
        const start = ca.moveTo(knots[i]).at() - cb.moveTo(knots[i]).at();
        const end = ca.moveTo(knots[i + 1]).before() - cb.moveTo(knots[i + 1]).before();
        if (start * end >= 0)
            area += ((Math.abs(start) + Math.abs(end)) / 2) * width;
        else
            area += ((start * start + end * end) / (2 * (Math.abs(start) + Math.abs(end)))) * width;
    }
    return area;
}
/** numpy's std (ddof = 0) of a distribution whose `std` is the sample one (ddof = 1). */
function populationStd(d) {
    return d.count > 1 ? d.std * Math.sqrt((d.count - 1) / d.count) : 0;
}
/** Wasserstein distance in units of the reference's standard deviation, as Evidently's `wasserstein`. */
function normedWasserstein(reference, current) {
    return wassersteinDistance(reference, current) / Math.max(populationStd(reference), SMALLEST_NORM);
}
/** scipy.stats.wasserstein_distance(a, b) on raw values. */
function wassersteinOfValues(a, b) {
    return wassersteinDistance(numericFromValues(a), numericFromValues(b));
}
const wassersteinTest = {
    name: 'wasserstein',
    displayName: 'Wasserstein distance (normed)',
    appliesTo: ['numeric'],
    thresholdKind: 'distance',
    defaultThreshold: 0.1,
    compute(referenceIn, currentIn) {
        const reference = requireNumeric('wasserstein', referenceIn);
        const current = requireNumeric('wasserstein', currentIn);
        const value = normedWasserstein(reference, current);
        return { statistic: value, pValue: null, distance: value, detail: 'divided by the reference std', byValue: false };
    },
};

;// CONCATENATED MODULE: ./shared/drift/tests/z.ts


/**
 * Evidently's two-proportion z-test: the share of one category in each sample, pooled variance,
 * two-sided p-value 2·P(Z > |z|). (Evidently writes 2·(1 − Φ(|z|)), the same number until it
 * rounds to 0 near |z| ≈ 8.3; the survival function keeps the tail.)
 */
function twoProportionZ(referenceHits, referenceTotal, currentHits, currentTotal) {
    const p1 = referenceHits / referenceTotal;
    const p2 = currentHits / currentTotal;
    const pooled = (p1 * referenceTotal + p2 * currentTotal) / (referenceTotal + currentTotal);
    const statistic = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1 / referenceTotal + 1 / currentTotal));
    return { statistic, pValue: 2 * normalSurvival(Math.abs(statistic)) };
}
const zTest = {
    name: 'z',
    displayName: 'Z-test p-value',
    appliesTo: ['categorical', 'numeric'],
    thresholdKind: 'p_value',
    defaultThreshold: 0.05,
    compute(reference, current) {
        const table = alignedCounts(valueCounts(reference), valueCounts(current));
        const present = table.labels.filter((_, i) => table.reference[i] + table.current[i] > 0);
        const referenceTotal = table.reference.reduce((a, b) => a + b, 0);
        const currentTotal = table.current.reduce((a, b) => a + b, 0);
        // One and the same value on both sides: nothing moved (Evidently returns p = 1 here).
        if (present.length <= 1)
            return { statistic: 0, pValue: 1, distance: null, detail: 'one value on both sides', byValue: true };
        // As Evidently: the first value in sorted order against the rest (with more than two values, one against all).
        const first = table.labels.indexOf(present[0]);
        const result = twoProportionZ(referenceTotal - table.reference[first], referenceTotal, currentTotal - table.current[first], currentTotal);
        const detail = present.length === 2 ? `share of "${present[1]}"` : `"${present[0]}" against the other ${present.length - 1} values`;
        return { statistic: result.statistic, pValue: result.pValue, distance: null, detail, byValue: true };
    },
};

;// CONCATENATED MODULE: ./shared/drift/registry.ts
/**
 * The drift tests as one family, found by name. Members follow Evidently's registry: each knows
 * the column kinds it applies to, its default threshold, and whether that threshold is a p-value
 * (drift below it) or a distance (drift at or above it).
 */








const STAT_TESTS = new Map([ksTest, chiSquareTest, zTest, wassersteinTest, jensenShannonTest, psiTest].map((test) => [test.name, test]));
function statTestNames() {
    return [...STAT_TESTS.keys()];
}
function isStatTestName(name) {
    return STAT_TESTS.has(name);
}
/** The test called `name`, or a UserError naming the known tests (and the likely one, for a typo). */
function getStatTest(name) {
    const test = STAT_TESTS.get(name);
    if (test)
        return test;
    const names = statTestNames();
    const guess = (0,suggest/* closest */.k)(name, names);
    throw new errors/* UserError */.yo(`Unknown drift test "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}. ` + `Known tests: ${names.join(', ')}, or "auto".`);
}

;// CONCATENATED MODULE: ./shared/drift/method.ts



const OPTION_KEYS = ['method', 'threshold', 'min-effect', 'min_effect', 'kind', 'skip'];
/**
 * monitor's `method` text as drift options: `auto`, one test for every column, or a YAML map of
 * column → test name, `skip`, or `{method, threshold, min-effect, kind, skip}`. `chi2` is read as
 * `chisquare`. Errors are `InputError`s naming `input`.
 */
function parseDriftMethod(text, input = 'method') {
    const name = (value, where) => {
        const normalized = value.trim().toLowerCase() === 'chi2' ? 'chisquare' : value.trim().toLowerCase();
        if (normalized === 'auto' || isStatTestName(normalized))
            return normalized;
        throw new errors/* InputError */.dz(`input "${input}": ${where}"${value}" is not a drift test; use auto, ks, chisquare, z, wasserstein, jensenshannon or psi.`, input);
    };
    const trimmed = text.trim();
    if (/^[\w-]+$/.test(trimmed))
        return { method: name(trimmed, '') };
    let parsed;
    try {
        parsed = (0,dist/* parse */.qg)(trimmed);
    }
    catch (error) {
        throw new errors/* InputError */.dz(`input "${input}" is not valid YAML (${error.message.split('\n')[0]}).`, input);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new errors/* InputError */.dz(`input "${input}" must be \`auto\`, a test name, or a YAML map of column to test (e.g. \`age: ks\`).`, input);
    }
    const columns = {};
    for (const [column, value] of Object.entries(parsed)) {
        if (typeof value === 'string') {
            columns[column] = value.trim() === 'skip' ? { skip: true } : { method: name(value, `column "${column}": `) };
            continue;
        }
        if (!value || typeof value !== 'object' || Array.isArray(value)) {
            throw new errors/* InputError */.dz(`input "${input}": column "${column}" needs a test name or {method, threshold, min-effect, kind, skip}.`, input);
        }
        const options = value;
        const unknown = Object.keys(options).filter((key) => !OPTION_KEYS.includes(key));
        if (unknown.length > 0) {
            throw new errors/* InputError */.dz(`input "${input}": column "${column}" has unknown option(s) ${unknown.join(', ')}; use method, threshold, min-effect, kind, skip.`, input);
        }
        const override = {};
        if (options.method !== undefined)
            override.method = name(String(options.method), `column "${column}": `);
        for (const [key, field] of [
            ['threshold', 'threshold'],
            ['min-effect', 'minEffect'],
            ['min_effect', 'minEffect'],
        ]) {
            if (options[key] === undefined)
                continue;
            const number = Number(options[key]);
            if (!Number.isFinite(number) || number < 0)
                throw new errors/* InputError */.dz(`input "${input}": column "${column}": ${key} must be a number of 0 or more.`, input);
            override[field] = number;
        }
        if (options.kind !== undefined) {
            if (options.kind !== 'numeric' && options.kind !== 'categorical') {
                throw new errors/* InputError */.dz(`input "${input}": column "${column}": kind must be numeric or categorical.`, input);
            }
            override.kind = options.kind;
        }
        if (options.skip !== undefined)
            override.skip = options.skip === true;
        columns[column] = override;
    }
    return { method: 'auto', columns };
}

// EXTERNAL MODULE: ./shared/drift/adversarial.ts
var adversarial = __webpack_require__(60908);
;// CONCATENATED MODULE: ./shared/drift/effect.ts
/**
 * Effect sizes: how far a column moved, in units that do not grow with the sample. A test's
 * p-value shrinks as rows grow, so at a million rows every trivial shift is "significant"; the
 * effect size is what the drift verdict also requires (see compare.ts).
 */



/** Half the L1 distance between the two shares: the share of the mass that moved (0 … 1). */
function totalVariation(reference, current) {
    const table = alignedCounts(reference, current);
    const referenceTotal = table.reference.reduce((a, b) => a + b, 0);
    const currentTotal = table.current.reduce((a, b) => a + b, 0);
    let distance = 0;
    for (let i = 0; i < table.labels.length; i++) {
        distance += Math.abs(table.reference[i] / referenceTotal - table.current[i] / currentTotal);
    }
    return distance / 2;
}
/** Wasserstein distance over the reference's (population) std: a mean shift of 0.5 std gives 0.5. */
function wassersteinEffect(reference, current) {
    return normedWasserstein(reference, current);
}
/** (current mean − reference mean) / pooled std (ddof = 1); null when either side has fewer than two values. */
function cohensD(reference, current) {
    const n1 = reference.count;
    const n2 = current.count;
    if (n1 < 2 || n2 < 2)
        return null;
    const pooled = Math.sqrt(((n1 - 1) * reference.std ** 2 + (n2 - 1) * current.std ** 2) / (n1 + n2 - 2));
    if (pooled === 0)
        return current.mean === reference.mean ? 0 : null;
    return (current.mean - reference.mean) / pooled;
}
/** Cramér's V of the 2 × k table [reference; current] (uncorrected χ²): √(χ² / N) for k ≥ 2. */
function cramersV(reference, current) {
    const table = alignedCounts(reference, current);
    const { uncorrected, dof } = chiSquareContingency(table.reference, table.current);
    const total = [...table.reference, ...table.current].reduce((a, b) => a + b, 0);
    if (dof === 0 || total === 0)
        return null;
    return Math.sqrt(uncorrected / total);
}

;// CONCATENATED MODULE: ./shared/drift/stat-test.ts
/** Whether a test's score crosses its threshold. */
function crosses(kind, score, threshold) {
    return kind === 'p_value' ? score < threshold : score >= threshold;
}

;// CONCATENATED MODULE: ./shared/drift/compare.ts







/** Dataset drift when at least this share of the compared columns drifted (Evidently's default). */
const DEFAULT_DRIFT_SHARE = 0.5;
/** The smallest effect that counts as drift, per way of comparing (see the module comment). */
const DEFAULT_MIN_EFFECT = { numeric: 0.1, categorical: 0.1 };
/** Evidently's boundary between a small reference (p-value tests) and a large one (distances). */
const SMALL_REFERENCE_ROWS = 1000;
/** Numeric columns with at most this many distinct values are tested as categories (Evidently). */
const FEW_VALUES = 5;
/** At most this many values: a two-proportion z-test. */
const BINARY_VALUES = 2;
/** Bars per chart: numeric bins, or the top categories (the rest in one bar). */
const CHART_BARS = 10;
/**
 * Evidently's default test: by the reference's size (non-missing values) and the number of
 * distinct values in reference and current together.
 */
function autoStatTest(kind, referenceCount, distinctValues) {
    if (referenceCount <= SMALL_REFERENCE_ROWS) {
        if (kind === 'numeric' && distinctValues > FEW_VALUES)
            return 'ks';
        return distinctValues > BINARY_VALUES ? 'chisquare' : 'z';
    }
    if (kind === 'numeric' && distinctValues > FEW_VALUES)
        return 'wasserstein';
    return 'jensenshannon';
}
function resolveOptions(options, columnNames) {
    const method = options.method ?? 'auto';
    const methods = { numeric: options.numericMethod ?? method, categorical: options.categoricalMethod ?? method };
    for (const name of [method, ...Object.values(methods)])
        if (name !== 'auto')
            getStatTest(name);
    const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
    if (!(driftShare > 0 && driftShare <= 1))
        throw new errors/* UserError */.yo(`drift-share must be in (0, 1]; got ${driftShare}.`);
    const minEffect = { ...DEFAULT_MIN_EFFECT, ...options.minEffect };
    for (const [kind, value] of Object.entries(minEffect)) {
        if (!(value >= 0))
            throw new errors/* UserError */.yo(`The minimum ${kind} effect size must be 0 or more; got ${value}.`);
    }
    const columns = options.columns ?? {};
    const named = [
        ...Object.keys(columns).map((name) => ['column options', name]),
        ...(options.include ?? []).map((name) => ['include', name]),
        ...(options.exclude ?? []).map((name) => ['exclude', name]),
        ...(options.predictionColumn ? [['prediction column', options.predictionColumn]] : []),
    ];
    for (const [where, name] of named) {
        if (columnNames.includes(name))
            continue;
        const guess = (0,suggest/* closest */.k)(name, columnNames);
        throw new errors/* UserError */.yo(`The ${where} name "${name}", which is not a column of the reference data` +
            `${guess ? ` (did you mean "${guess}"?)` : ''}. Columns: ${columnNames.slice(0, 30).join(', ')}` +
            `${columnNames.length > 30 ? ', …' : ''}.`);
    }
    for (const [name, override] of Object.entries(columns)) {
        if (override.method && override.method !== 'auto')
            getStatTest(override.method);
        if (override.minEffect !== undefined && !(override.minEffect >= 0)) {
            throw new errors/* UserError */.yo(`The minimum effect size for column "${name}" must be 0 or more; got ${override.minEffect}.`);
        }
    }
    return {
        method,
        methods,
        threshold: options.threshold ?? null,
        driftShare,
        minEffect,
        columns,
        predictionColumn: options.predictionColumn ?? null,
    };
}
function checkThreshold(kind, threshold, column) {
    const valid = kind === 'p_value' ? threshold > 0 && threshold < 1 : threshold >= 0 && Number.isFinite(threshold);
    if (!valid) {
        const range = kind === 'p_value' ? 'a p-value between 0 and 1' : 'a distance of 0 or more';
        throw new errors/* UserError */.yo(`The threshold ${threshold} for column "${column}" must be ${range}.`);
    }
}
/** Bars for a chart: ten equal-width bins for continuous values, else the top categories and the rest. */
function chartDistribution(reference, current, byValue) {
    if (!byValue && reference.kind === 'numeric' && current.kind === 'numeric') {
        const low = Math.min(reference.min, current.min);
        const high = Math.max(reference.max, current.max);
        const edges = high > low ? linspace(low, high, CHART_BARS + 1) : [low - 0.5, high + 0.5];
        const label = (x) => String(Number(x.toPrecision(3)));
        return {
            labels: edges.slice(0, -1).map((edge, i) => `${label(edge)}..${label(edges[i + 1])}`),
            reference: binShares(reference, edges),
            current: binShares(current, edges),
        };
    }
    const ref = valueCounts(reference);
    const cur = valueCounts(current);
    const table = alignedCounts(ref, cur);
    const rows = table.labels.map((label, i) => ({
        label,
        reference: table.reference[i] / ref.total,
        current: table.current[i] / cur.total,
    }));
    rows.sort((a, b) => Math.max(b.reference, b.current) - Math.max(a.reference, a.current) || (a.label < b.label ? -1 : 1));
    const shown = rows.filter((row) => row.label !== OTHER_LABEL).slice(0, CHART_BARS);
    const rest = rows.filter((row) => !shown.includes(row));
    if (rest.length > 0) {
        shown.push({
            label: OTHER_LABEL,
            reference: rest.reduce((sum, row) => sum + row.reference, 0),
            current: rest.reduce((sum, row) => sum + row.current, 0),
        });
    }
    return {
        labels: shown.map((r) => r.label),
        reference: shown.map((r) => r.reference),
        current: shown.map((r) => r.current),
    };
}
function compareColumn(input, options) {
    const override = options.columns[input.name] ?? {};
    const { reference, current, kind } = input;
    const requested = override.method ?? options.methods[kind];
    // The union has at least as many values as either side; past FEW_VALUES its exact size changes nothing.
    const most = Math.max(reference.distinct, current.distinct);
    const distinct = () => (most > FEW_VALUES ? most : unionDistinct(reference, current));
    const method = requested === 'auto' ? autoStatTest(kind, reference.count, distinct()) : requested;
    const test = getStatTest(method);
    if (!test.appliesTo.includes(kind)) {
        const fitting = statTestNames().filter((name) => getStatTest(name).appliesTo.includes(kind));
        throw new errors/* UserError */.yo(`The ${method} test does not apply to the ${kind} column "${input.name}"; use one of: ${fitting.join(', ')}.`);
    }
    const threshold = override.threshold ?? options.threshold ?? test.defaultThreshold;
    checkThreshold(test.thresholdKind, threshold, input.name);
    const outcome = test.compute(reference, current);
    const score = (test.thresholdKind === 'p_value' ? outcome.pValue : outcome.distance) ?? Number.NaN;
    const testDetected = crosses(test.thresholdKind, score, threshold);
    // Values compared as categories move by total variation; continuous ones by Wasserstein / std.
    const byValue = kind === 'categorical' || outcome.byValue;
    const effectKind = byValue ? 'categorical' : 'numeric';
    const minimum = override.minEffect ?? options.minEffect[effectKind];
    const value = !byValue && reference.kind === 'numeric' && current.kind === 'numeric'
        ? wassersteinEffect(reference, current)
        : totalVariation(valueCounts(reference), valueCounts(current));
    const reached = value >= minimum;
    const psi = method === 'psi' ? outcome.statistic : psiTest.compute(reference, current).statistic;
    const numeric = reference.kind === 'numeric' && current.kind === 'numeric';
    return {
        column: input.name,
        role: input.name === options.predictionColumn ? 'prediction' : 'feature',
        kind,
        method,
        methodChosenBy: requested === 'auto' ? 'auto' : 'option',
        thresholdKind: test.thresholdKind,
        statistic: outcome.statistic,
        pValue: outcome.pValue,
        distance: outcome.distance,
        threshold,
        detail: outcome.detail,
        testDetected,
        effect: { measure: byValue ? 'total_variation' : 'wasserstein_std', value, minimum, reached },
        cohensD: numeric ? cohensD(reference, current) : null,
        cramersV: byValue ? cramersV(valueCounts(reference), valueCounts(current)) : null,
        psi,
        drifted: testDetected && reached,
        severity: minimum > 0 ? value / minimum : value,
        exact: reference.exact && current.exact,
        reference: input.summaries[0],
        current: input.summaries[1],
        distribution: chartDistribution(reference, current, byValue),
    };
}
function bySeverity(a, b) {
    return (Number(b.drifted) - Number(a.drifted) ||
        Number(b.testDetected) - Number(a.testDetected) ||
        b.severity - a.severity ||
        (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
}
function report(inputs, options, tables) {
    const columns = [];
    const skipped = [];
    for (const input of inputs) {
        if ('skip' in input)
            skipped.push({ column: input.name, reason: input.skip });
        else
            columns.push(compareColumn(input, options));
    }
    columns.sort(bySeverity);
    const drifted = columns.filter((c) => c.drifted).map((c) => c.column);
    const driftShare = columns.length > 0 ? drifted.length / columns.length : 0;
    const prediction = columns.find((c) => c.role === 'prediction');
    return {
        schemaVersion: 1,
        datasetDrift: columns.length > 0 && driftShare >= options.driftShare,
        driftShare,
        driftedColumns: drifted,
        comparedColumns: columns.length,
        columns,
        skipped,
        predictionDrift: prediction ? { column: prediction.column, drifted: prediction.drifted, method: prediction.method } : null,
        reference: tables.reference,
        current: tables.current,
        approximate: columns.some((c) => !c.exact),
        options: {
            method: options.method,
            methods: options.methods,
            threshold: options.threshold,
            driftShare: options.driftShare,
            minEffect: options.minEffect,
            smallReferenceRows: SMALL_REFERENCE_ROWS,
            columns: options.columns,
            predictionColumn: options.predictionColumn,
        },
    };
}
/** The columns to compare, in the reference's order, after include/exclude and per-column skips. */
function selectedNames(names, options) {
    const include = options.include ? new Set(options.include) : null;
    const exclude = new Set(options.exclude ?? []);
    return names.filter((name) => {
        if (name === options.predictionColumn)
            return true;
        return (include === null || include.has(name)) && !exclude.has(name) && !options.columns?.[name]?.skip;
    });
}
function profileSummary(column) {
    return {
        count: column.count,
        nulls: column.nulls,
        nullShare: column.nullShare,
        mean: column.mean,
        std: column.std,
        distinct: column.distinct,
    };
}
/** How a profile's column type is compared, or why it is not. */
function profileKind(column) {
    switch (column.type) {
        case 'integer':
        case 'number':
            return 'numeric';
        case 'category':
        case 'boolean':
            return 'categorical';
        case 'string':
            // Text with more values than the profile's counters hold would be compared through "other".
            return column.sketch.text.error === 0
                ? 'categorical'
                : {
                    skip: `text with about ${column.distinct.toLocaleString('en-US')} distinct values ` + '(set kind: categorical to compare it)',
                };
        case 'datetime':
            return { skip: 'datetime columns are not compared' };
        case 'empty':
            return { skip: 'no values in the reference data' };
    }
}
function profileInput(name, reference, current, override) {
    if (!current)
        return { name, skip: 'missing from the current data' };
    const inferred = profileKind(reference);
    const kind = override?.kind ?? inferred;
    if (typeof kind !== 'string')
        return { name, skip: kind.skip };
    if (reference.count === 0)
        return { name, skip: 'no values in the reference data' };
    if (current.count === 0)
        return { name, skip: 'no values in the current data (every cell is missing)' };
    if (kind === 'numeric') {
        if (reference.sketch.moments.count === 0)
            return { name, skip: `no numeric values in the reference data (read as ${reference.type})` };
        if (current.sketch.moments.count === 0)
            return {
                name,
                skip: `no numeric values in the current data (read as ${current.type}, reference ${reference.type})`,
            };
        return {
            name,
            kind,
            reference: numericFromProfile(reference),
            current: numericFromProfile(current),
            summaries: [profileSummary(reference), profileSummary(current)],
        };
    }
    return {
        name,
        kind,
        reference: categoricalFromProfile(reference),
        current: categoricalFromProfile(current),
        summaries: [profileSummary(reference), profileSummary(current)],
    };
}
/**
 * Drift of `current` against `reference`, from their profiles alone (sketches: see the README
 * for how far the statistics can be from the raw data's). Throws a UserError for an unknown
 * test, a test that does not fit a column, a bad threshold, or an option naming no column.
 */
function compareProfiles(reference, current, options = {}) {
    const names = reference.columns.map((c) => c.name);
    const resolved = resolveOptions(options, names);
    const currentByName = new Map(current.columns.map((c) => [c.name, c]));
    const referenceByName = new Map(reference.columns.map((c) => [c.name, c]));
    const inputs = selectedNames(names, options).map((name) => profileInput(name, referenceByName.get(name), currentByName.get(name), resolved.columns[name]));
    for (const c of current.columns)
        if (!referenceByName.has(c.name))
            inputs.push({ name: c.name, skip: 'not in the reference data' });
    return report(inputs, resolved, {
        reference: { rows: reference.table.rows, fingerprint: reference.table.fingerprint || null },
        current: { rows: current.table.rows, fingerprint: current.table.fingerprint || null },
    });
}
function isNumericColumn(values) {
    if (ArrayBuffer.isView(values))
        return true;
    const array = values;
    let numbers = 0;
    for (const value of array) {
        if (value === null || value === undefined)
            continue;
        if (typeof value !== 'number')
            return false;
        numbers++;
    }
    return numbers > 0;
}
function sampleInput(name, reference, current, override) {
    if (!current)
        return { name, skip: 'missing from the current data' };
    const kind = override?.kind ?? (isNumericColumn(reference) ? 'numeric' : 'categorical');
    const toNumbers = (values) => Float64Array.from(Array.from(values, (v) => (typeof v === 'number' ? v : v === null || v === undefined ? NaN : Number(v))));
    const toValues = (values) => Array.from(values);
    const ref = kind === 'numeric' ? numericFromValues(toNumbers(reference)) : categoricalFromValues(toValues(reference));
    const cur = kind === 'numeric' ? numericFromValues(toNumbers(current)) : categoricalFromValues(toValues(current));
    if (ref.count === 0)
        return { name, skip: 'no values in the reference data' };
    if (cur.count === 0)
        return { name, skip: 'no values in the current data (every cell is missing)' };
    const summary = (d, length) => ({
        count: d.count,
        nulls: length - d.count,
        nullShare: length > 0 ? (length - d.count) / length : 0,
        mean: d.kind === 'numeric' ? d.mean : null,
        std: d.kind === 'numeric' ? d.std : null,
        distinct: d.distinct,
    });
    return {
        name,
        kind,
        reference: ref,
        current: cur,
        summaries: [summary(ref, reference.length), summary(cur, current.length)],
    };
}
/**
 * The same comparison from raw columns (exact statistics): numbers (arrays or typed arrays) are
 * numeric, anything else categorical, unless a column's `kind` says otherwise.
 */
function compareSamples(reference, current, options = {}) {
    const names = Object.keys(reference);
    const resolved = resolveOptions(options, names);
    const inputs = selectedNames(names, options).map((name) => sampleInput(name, reference[name], current[name], resolved.columns[name]));
    for (const name of Object.keys(current))
        if (!(name in reference))
            inputs.push({ name, skip: 'not in the reference data' });
    const rows = (table) => Math.max(0, ...Object.values(table).map((column) => column.length));
    return report(inputs, resolved, {
        reference: { rows: rows(reference), fingerprint: null },
        current: { rows: rows(current), fingerprint: null },
    });
}

// EXTERNAL MODULE: ./shared/drift/monitor-report.ts + 2 modules
var monitor_report = __webpack_require__(86574);
// EXTERNAL MODULE: ./shared/metrics/classification.ts + 1 modules
var classification = __webpack_require__(31010);
;// CONCATENATED MODULE: ./shared/drift/cbpe.ts
/**
 * Confidence-based performance estimation (NannyML's CBPE) for a binary classifier, when the
 * current data has no labels yet: if the predicted probabilities are calibrated, a row predicted
 * with probability p is right with probability max(p, 1 − p) (at the 0.5 threshold), so the
 * expected accuracy is their mean.
 *
 * The assumption carries the estimate: an over-confident model's estimate is too high by about
 * its calibration error. Pass the reliability table evaluate measures (observed accuracy per
 * confidence bin, the bins of its ECE) and each row counts with its bin's observed accuracy
 * instead of its stated confidence; that corrects miscalibration measured on labelled data, but
 * not a change in it (concept drift), which no label-free estimate can see.
 */
/** evaluate's ECE bins: 10 equal-width bins of the confidence, bin = min(floor(10 c), 9). */
const CONFIDENCE_BINS = 10;
function binOf(confidence) {
    return Math.min(Math.floor(confidence * CONFIDENCE_BINS), CONFIDENCE_BINS - 1);
}
/** The probability that each prediction is right, by its confidence in the class it predicts. */
function confidence(p, threshold) {
    return p >= threshold ? p : 1 - p;
}
/** Expected accuracy of a binary classifier from its positive-class probabilities alone. */
function estimateAccuracy(probabilities, options = {}) {
    const threshold = options.threshold ?? 0.5;
    const reliability = options.reliability;
    if (reliability && reliability.length !== CONFIDENCE_BINS) {
        throw new Error(`a reliability table has ${CONFIDENCE_BINS} bins, not ${reliability.length}`);
    }
    let sum = 0;
    let variance = 0;
    let rows = 0;
    let skipped = 0;
    for (let i = 0; i < probabilities.length; i++) {
        const p = probabilities[i];
        if (!(p >= 0 && p <= 1)) {
            skipped++;
            continue;
        }
        const stated = confidence(p, threshold);
        const observed = reliability?.[binOf(stated)];
        const c = observed === null || observed === undefined ? stated : observed;
        sum += c;
        variance += c * (1 - c);
        rows++;
    }
    return {
        accuracy: rows > 0 ? sum / rows : Number.NaN,
        standardError: rows > 0 ? Math.sqrt(variance) / rows : Number.NaN,
        rows,
        skipped,
        threshold,
        calibration: reliability ? 'reliability' : 'assumed',
    };
}
/** The reliability table of labelled data (labels 0/1): observed accuracy per confidence bin. */
function reliabilityTable(probabilities, labels, threshold = 0.5) {
    const right = new Array(CONFIDENCE_BINS).fill(0);
    const total = new Array(CONFIDENCE_BINS).fill(0);
    for (let i = 0; i < probabilities.length; i++) {
        const p = probabilities[i];
        if (!(p >= 0 && p <= 1))
            continue;
        const bin = binOf(confidence(p, threshold));
        total[bin]++;
        if ((p >= threshold ? 1 : 0) === labels[i])
            right[bin]++;
    }
    return total.map((t, b) => (t > 0 ? right[b] / t : null));
}

;// CONCATENATED MODULE: ./shared/drift/performance.ts
/**
 * How well the model does on the current data. With true labels: its accuracy (and ROC AUC for
 * binary probabilities) or RMSE and MAE, beside the numbers the reference package recorded in
 * metrics.json. Without labels, for a binary classifier that outputs probabilities: the expected
 * accuracy by confidence-based estimation (CBPE, cbpe.ts), valid only if the model is calibrated.
 */


/** The held-out number when the package has one (`val_accuracy`), else the training one. */
function referenceMetric(metrics, names) {
    if (!metrics)
        return null;
    for (const name of names.flatMap((n) => [`val_${n}`, n, `cv_val_${n}_mean`])) {
        const value = metrics[name];
        if (typeof value === 'number' && Number.isFinite(value))
            return { value, key: name };
    }
    return null;
}
function performance_text(cell) {
    return typeof cell === 'number' ? String(cell) : String(cell ?? '').trim();
}
function isProbability(cell) {
    return typeof cell === 'number' && cell >= 0 && cell <= 1;
}
function inferTask(input, predictions) {
    if (input.task === 'binary-classification' || input.task === 'multiclass-classification' || input.task === 'regression')
        return input.task;
    const values = input.labels ?? predictions;
    const numbers = values.filter((v) => typeof v === 'number');
    const distinct = new Set(values.filter((v) => v !== null).map(performance_text));
    if (numbers.length === values.filter((v) => v !== null).length && distinct.size > 20)
        return 'regression';
    if (numbers.some((v) => !Number.isInteger(v)) && !numbers.every((v) => v >= 0 && v <= 1))
        return 'regression';
    return distinct.size <= 2 ? 'binary-classification' : 'multiclass-classification';
}
function comparison(metric, current, direction, reference, significant = null) {
    return {
        metric,
        current,
        reference: reference?.value ?? null,
        referenceKey: reference?.key ?? null,
        delta: reference ? current - reference.value : null,
        direction,
        significant: reference ? significant : null,
    };
}
/** Performance on the current data, or null when there is nothing to measure it from. */
function measurePerformance(input) {
    const { predictions, labels } = input;
    const notes = [];
    const task = inferTask(input, predictions);
    const ref = input.referenceMetrics;
    const base = { task, predictionColumn: input.predictionColumn, labelColumn: input.labelColumn, notes };
    if (labels) {
        const pairs = [];
        for (let i = 0; i < predictions.length; i++)
            if (predictions[i] !== null && labels[i] !== null)
                pairs.push([predictions[i], labels[i]]);
        if (pairs.length === 0) {
            notes.push(`No row has both a prediction (${input.predictionColumn}) and a label (${input.labelColumn}).`);
            return { ...base, rows: 0, metrics: [], estimate: null };
        }
        if (task === 'regression') {
            let squared = 0;
            let absolute = 0;
            let used = 0;
            for (const [p, y] of pairs) {
                if (typeof p !== 'number' || typeof y !== 'number')
                    continue;
                squared += (p - y) ** 2;
                absolute += Math.abs(p - y);
                used++;
            }
            if (used < pairs.length)
                notes.push(`${pairs.length - used} row(s) with a non-numeric prediction or label were left out.`);
            const rmse = Math.sqrt(squared / used);
            return {
                ...base,
                rows: used,
                metrics: [
                    comparison('rmse', rmse, 'lower', referenceMetric(ref, ['rmse'])),
                    comparison('mae', absolute / used, 'lower', referenceMetric(ref, ['mae'])),
                ],
                estimate: null,
            };
        }
        // Classification: probabilities are turned into classes at 0.5 (binary), else compared as labels.
        const classes = input.classes && input.classes.length >= 2 ? input.classes.map(String) : null;
        const labelValues = [...new Set(pairs.map(([, y]) => performance_text(y)))].sort();
        const positive = classes ? classes[classes.length - 1] : labelValues[labelValues.length - 1];
        const negative = classes ? classes[0] : labelValues[0];
        const probabilities = task === 'binary-classification' && pairs.every(([p]) => isProbability(p)) && pairs.some(([p]) => !Number.isInteger(p));
        let correct = 0;
        for (const [p, y] of pairs) {
            const predicted = probabilities ? (p >= 0.5 ? positive : negative) : performance_text(p);
            if (predicted === performance_text(y))
                correct++;
        }
        const accuracy = correct / pairs.length;
        const refAccuracy = referenceMetric(ref, ['accuracy']);
        const se = Math.sqrt((accuracy * (1 - accuracy)) / pairs.length);
        const metrics = [comparison('accuracy', accuracy, 'higher', refAccuracy, refAccuracy ? accuracy < refAccuracy.value - 2 * se : null)];
        if (probabilities) {
            const y = pairs.map(([, label]) => (performance_text(label) === positive ? 1 : 0));
            if (y.some((v) => v === 1) && y.some((v) => v === 0)) {
                metrics.push(comparison('roc_auc', (0,classification/* rocAuc */.om)(y, pairs.map(([p]) => p)), 'higher', referenceMetric(ref, ['auc', 'roc_auc'])));
            }
            else
                notes.push('ROC AUC needs both classes among the labels.');
        }
        return { ...base, rows: pairs.length, metrics, estimate: null };
    }
    const present = predictions.filter((p) => p !== null);
    if (task !== 'binary-classification' || present.length === 0 || !present.every(isProbability)) {
        notes.push(task === 'binary-classification'
            ? 'No labels, and the predictions are not probabilities: nothing to estimate accuracy from.'
            : `No labels: the expected accuracy can be estimated only for a binary classifier's probabilities (this is ${task}).`);
        return { ...base, rows: present.length, metrics: [], estimate: null };
    }
    const estimate = estimateAccuracy(Float64Array.from(present));
    const refAccuracy = referenceMetric(ref, ['accuracy']);
    const ece = referenceMetric(ref, ['ece']);
    return {
        ...base,
        rows: estimate.rows,
        metrics: [],
        estimate: {
            ...estimate,
            reference: refAccuracy?.value ?? null,
            referenceKey: refAccuracy?.key ?? null,
            referenceEce: ece?.value ?? null,
            note: "Estimated without labels (confidence-based, as NannyML's CBPE): a row predicted with probability p counts as right with probability max(p, 1 − p). " +
                'This holds only if the model is calibrated; an over-confident model reads too high by about its calibration error (ECE), and a change in how inputs relate to labels (concept drift) is invisible here.',
        },
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./shared/data/files.ts
var data_files = __webpack_require__(27124);
// EXTERNAL MODULE: ./shared/data/profile.ts + 2 modules
var data_profile = __webpack_require__(98128);
// EXTERNAL MODULE: ./shared/registry/names.ts
var names = __webpack_require__(15484);
// EXTERNAL MODULE: ./shared/data/errors.ts
var data_errors = __webpack_require__(95636);
// EXTERNAL MODULE: ./shared/data/row.ts
var row = __webpack_require__(88783);
;// CONCATENATED MODULE: ./shared/drift/prediction-log.ts
/**
 * The inference service's prediction log (shared/serve/README.md, "Prediction log") read as a
 * table: one row per line, the `features` object's keys as columns (raw values as the client
 * sent them), then `prediction` (a scalar: P(positive class) or the regressed value) and `label`
 * (a classifier's predicted class). Multiclass probability lists are left out; their `label` is
 * the prediction to compare.
 */


/** The columns a log line adds after its features. */
const PREDICTION_LOG_COLUMNS = { prediction: 'prediction', label: 'label' };
/** Whether a parsed JSON value has the shape of a prediction log line. */
function isPredictionLogLine(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return false;
    const record = value;
    const features = record.features;
    return features !== null && typeof features === 'object' && !Array.isArray(features) && 'prediction' in record;
}
/** Rows of a prediction log, pushed chunk by chunk like the CSV and JSON Lines readers. */
class PredictionLogReader {
    options;
    pending = '';
    nextLine = 1;
    values = [];
    featureNames;
    featureIndex = new Map();
    withPrediction = false;
    withLabel = false;
    decoder = new TextDecoder('utf-8', { fatal: true });
    numberOut = { integer: false };
    /** Rows per `model@version` seen in the log. */
    models = new Map();
    line = 0;
    constructor(options) {
        this.options = options;
    }
    get fieldCount() {
        return this.values.length;
    }
    get lastWasInteger() {
        return this.numberOut.integer;
    }
    push(chunk) {
        let text;
        try {
            text = this.decoder.decode(chunk, { stream: true });
        }
        catch {
            throw new data_errors/* DataFileError */.t('encoding', 'the prediction log is not valid UTF-8', this.options.file, this.nextLine);
        }
        this.pending += text;
        let from = 0;
        for (let nl = this.pending.indexOf('\n', from); nl >= 0; nl = this.pending.indexOf('\n', from)) {
            this.handle(this.pending.slice(from, nl));
            from = nl + 1;
        }
        this.pending = this.pending.slice(from);
    }
    finish() {
        if (this.pending)
            this.handle(this.pending);
        this.pending = '';
        if (!this.featureNames)
            throw new data_errors/* DataFileError */.t('empty', 'the prediction log has no lines', this.options.file, 1);
    }
    columnsOf(line, lineNumber) {
        const names = Object.keys(line.features);
        for (const extra of Object.values(PREDICTION_LOG_COLUMNS)) {
            if (names.includes(extra)) {
                throw new data_errors/* DataFileError */.t('header_mismatch', `a feature is called "${extra}", which the log's own "${extra}" field would hide; rename the feature`, this.options.file, lineNumber);
            }
        }
        this.withPrediction = !Array.isArray(line.prediction);
        this.withLabel = 'label' in line;
        return [...names, ...(this.withPrediction ? ['prediction'] : []), ...(this.withLabel ? ['label'] : [])];
    }
    handle(lineText) {
        const lineNumber = this.nextLine++;
        const text = lineText.endsWith('\r') ? lineText.slice(0, -1) : lineText;
        if (text.trim() === '')
            return;
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (error) {
            throw new data_errors/* DataFileError */.t('invalid_json', `not valid JSON (${error.message})`, this.options.file, lineNumber);
        }
        if (!isPredictionLogLine(parsed)) {
            throw new data_errors/* DataFileError */.t('invalid_json', 'not a prediction log line: expected an object with a "features" object and a "prediction" (the format in shared/serve/README.md)', this.options.file, lineNumber);
        }
        if (!this.featureNames) {
            const columns = this.columnsOf(parsed, lineNumber);
            if (this.options.columns && columns.join('\u0000') !== this.options.columns.join('\u0000')) {
                throw new data_errors/* DataFileError */.t('header_mismatch', `the logged columns (${columns.join(', ')}) differ from the first file's (${this.options.columns.join(', ')}); read one model's log at a time`, this.options.file, lineNumber);
            }
            this.featureNames = Object.keys(parsed.features);
            this.featureNames.forEach((name, i) => this.featureIndex.set(name, i));
            this.options.onHeader(columns);
        }
        const width = this.featureNames.length + Number(this.withPrediction) + Number(this.withLabel);
        const values = new Array(width).fill(null);
        for (const [key, value] of Object.entries(parsed.features)) {
            const at = this.featureIndex.get(key);
            if (at === undefined) {
                throw new data_errors/* DataFileError */.t('header_mismatch', `feature "${key}" is not among the first line's features (${this.featureNames.join(', ')}); read one model's log at a time`, this.options.file, lineNumber);
            }
            values[at] = cell(value);
        }
        let next = this.featureNames.length;
        if (this.withPrediction)
            values[next++] = Array.isArray(parsed.prediction) ? null : cell(parsed.prediction);
        if (this.withLabel)
            values[next] = cell(parsed.label);
        const model = `${typeof parsed.model === 'string' ? parsed.model : '?'}@${parsed.version === undefined ? '?' : String(parsed.version)}`;
        this.models.set(model, (this.models.get(model) ?? 0) + 1);
        this.values = values;
        this.line = lineNumber;
        this.options.onRow(this);
    }
    isNull(index) {
        const value = this.values[index];
        return value === null || (typeof value === 'string' && row/* NULL_MARKERS */.WO.has(value));
    }
    number(index) {
        const value = this.values[index];
        if (typeof value === 'number') {
            this.numberOut.integer = Number.isInteger(value);
            return value;
        }
        return value === null ? Number.NaN : (0,row/* parseNumberText */.ke)(value, this.numberOut);
    }
    text(index) {
        const value = this.values[index];
        return value === null ? '' : String(value);
    }
    hash(index) {
        const value = this.number(index);
        return Number.isNaN(value) ? (0,row/* hashText */.qj)(this.text(index)) : (0,row/* hashNumber */.YR)(value);
    }
    textHash(index) {
        return (0,row/* hashText */.qj)(this.text(index));
    }
}
function cell(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/data/reader.ts + 1 modules
var data_reader = __webpack_require__(90849);
// EXTERNAL MODULE: ./shared/stats/random.ts
var stats_random = __webpack_require__(73251);
;// CONCATENATED MODULE: ./shared/drift/scan.ts
/**
 * One streaming pass over current (or raw reference) data for monitor: the data profile, and on
 * the way a uniform sample of whole rows (for the multivariate check) and the cells of a few
 * named columns (the label and the prediction, for performance). Memory: the profile's sketches,
 * the sample (`sampleRows` rows), and one value per row for each kept column.
 */










/** Carries an error from `onColumns` through the reader, which turns anything but a FileError into "cannot be read". */
class ColumnsRejected extends errors/* FileError */.f6 {
    reason;
    constructor(reason) {
        super('columns rejected', '');
        this.reason = reason;
    }
}
function cellOf(row, index) {
    const value = row.number(index);
    if (value === value)
        return value;
    return row.isNull(index) ? null : row.text(index);
}
/** Profiles one or more patterns (each a path or glob) as one table, in one pass. */
async function scanData(patterns, options) {
    try {
        return await scan(patterns, options);
    }
    catch (error) {
        throw error instanceof ColumnsRejected ? error.reason : error;
    }
}
async function scan(patterns, options) {
    const { cwd } = options;
    const capacity = Math.max(0, options.sampleRows ?? 0);
    const random = (0,stats_random/* seededRandom */.Is)(options.seed ?? 1);
    let builder;
    let columns;
    let keepIndex = [];
    const kept = new Map();
    const sampled = [];
    let seen = 0;
    const onColumns = (names, file) => {
        if (columns) {
            if (names.join('\u0000') !== columns.join('\u0000')) {
                throw new data_errors/* DataFileError */.t('header_mismatch', `the columns (${names.join(', ')}) differ from the first file's (${columns.join(', ')}); every file of the current data needs the same columns`, file, 1);
            }
            return;
        }
        columns = names;
        try {
            options.onColumns?.(names);
        }
        catch (error) {
            throw new ColumnsRejected(error);
        }
        builder = new data_profile/* ProfileBuilder */.bZ(names);
        keepIndex = (options.keep ?? []).filter((name) => names.includes(name)).map((name) => [name, names.indexOf(name)]);
        for (const [name] of keepIndex)
            kept.set(name, []);
    };
    const onRow = (row) => {
        builder.add(row);
        for (const [name, index] of keepIndex)
            kept.get(name).push(cellOf(row, index));
        if (capacity > 0) {
            seen++;
            const slot = seen <= capacity ? seen - 1 : Math.floor(random() * seen);
            if (slot < capacity) {
                const values = new Array(columns.length);
                for (let i = 0; i < values.length; i++)
                    values[i] = cellOf(row, i);
                sampled[slot] = values;
            }
        }
    };
    const files = [];
    const fingerprints = [];
    let bytes = 0;
    let models = null;
    for (const pattern of patterns) {
        if (options.format === 'data') {
            const summary = await (0,data_reader/* readDataset */.JP)(pattern, { cwd, onColumns, onRow: (row) => onRow(row) });
            files.push(...summary.files);
            fingerprints.push(summary.fingerprint);
            bytes += summary.bytes;
            continue;
        }
        models ??= new Map();
        for (const file of await (0,data_files/* expandDataPattern */.t)(pattern, cwd)) {
            const absolute = external_node_path_default().resolve(cwd, file);
            const hash = (0,external_node_crypto_.createHash)('sha256');
            const reader = new PredictionLogReader({
                file,
                columns,
                onHeader: (names) => onColumns(names, file),
                onRow,
            });
            try {
                hash.update(`${(await (0,promises_.stat)(absolute)).size}\n`);
                bytes += await (0,data_reader/* readFileChunks */.Ng)(absolute, (chunk) => {
                    hash.update(chunk);
                    reader.push(chunk);
                });
            }
            catch (error) {
                if (error instanceof errors/* FileError */.f6)
                    throw error;
                throw new data_errors/* DataFileError */.t('unreadable', `cannot be read (${error.message})`, file);
            }
            reader.finish();
            for (const [model, rows] of reader.models)
                models.set(model, (models.get(model) ?? 0) + rows);
            files.push(file);
            fingerprints.push(hash.digest('hex'));
        }
    }
    const fingerprint = fingerprints.length === 1 ? fingerprints[0] : (0,external_node_crypto_.createHash)('sha256').update(fingerprints.join('\n')).digest('hex');
    const edges = options.reference ? (0,data_profile/* histogramEdgesOf */.Ip)(options.reference) : undefined;
    const profile = builder.finish({ fingerprint, files, bytes }, { histogramEdges: edges });
    return {
        profile,
        columns: columns ?? [],
        sample: capacity > 0 ? { columns: columns ?? [], rows: sampled, seen } : null,
        kept,
        models: models
            ? [...models].map(([key, rows]) => {
                const at = key.lastIndexOf('@');
                return { model: key.slice(0, at), version: key.slice(at + 1), rows };
            })
            : null,
    };
}

;// CONCATENATED MODULE: ./shared/drift/sources.ts









/**
 * monitor's two sides, read from what a user gives: the reference (a data profile, raw data, a
 * package folder or a registry reference) and the current data (rows, a prediction log, or
 * profile shards). Errors are `InputError`s naming monitor's inputs (`reference`,
 * `reference-data`, `current`, `label-column`, `prediction-column`).
 */
const GLOB = /[*?[{]/;
function looksLikeProfile(value) {
    const p = value;
    return !!p && typeof p === 'object' && p.schemaVersion === 1 && Array.isArray(p.columns) && typeof p.table === 'object' && !!p.table;
}
/** A data profile JSON (what validate-data and train write); `shown` is the name used in messages. */
async function readProfile(file, input, shown = file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.dz(`input "${input}": ${shown} is not a readable JSON data profile (${error.message}).`, input);
    }
    if (!looksLikeProfile(parsed)) {
        throw new errors/* InputError */.dz(`input "${input}": ${shown} is JSON but not a data profile (no schemaVersion 1, table and columns); give the data-profile.json that validate-data or train writes.`, input);
    }
    return parsed;
}
async function readMetrics(dir) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(dir, 'metrics.json'), 'utf8'));
        return Object.fromEntries(Object.entries(parsed).filter((e) => typeof e[1] === 'number'));
    }
    catch {
        return null;
    }
}
/** The first non-empty line of a file (at most 1 MiB is read). */
async function firstLine(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const buffer = Buffer.alloc(1 << 20);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return (buffer
            .subarray(0, bytesRead)
            .toString('utf8')
            .split('\n')
            .find((line) => line.trim() !== '') ?? '');
    }
    finally {
        await handle.close();
    }
}
/** The format of the current data, from the first file of the first pattern: `.json` is a profile, a JSON Lines file whose first line is a prediction-log line is a log. */
async function detectFormat(patterns, cwd) {
    const [first] = await (0,data_files/* expandDataPattern */.t)(patterns[0], cwd);
    const file = (0,external_node_path_.resolve)(cwd, first);
    if ((0,external_node_path_.extname)(file).toLowerCase() === '.json')
        return 'profile';
    if (/\.(jsonl|ndjson)(\.\d+)?$/i.test(file)) {
        try {
            if (isPredictionLogLine(JSON.parse(await firstLine(file))))
                return 'prediction-log';
        }
        catch {
            // Not JSON on the first line: the data reader reports it with its line number.
        }
    }
    return 'data';
}
/** Raw reference rows: the profile and, when `sampleRows` > 0, a uniform sample of rows. */
async function scanReferenceData(pattern, options) {
    try {
        return await scanData([pattern], { cwd: options.cwd, format: 'data', sampleRows: options.sampleRows });
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && !(error instanceof errors/* InputError */.dz))
            throw new errors/* InputError */.dz(`input "${options.input}": ${error.message}`, options.input);
        throw error;
    }
}
async function packageReference(dir, shown, kind, manifest) {
    const file = (0,external_node_path_.join)(dir, 'data-profile.json');
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors/* InputError */.dz(`input "reference": ${shown} has no data-profile.json (train writes one when its data is CSV or JSON Lines); give a data profile or a data file as reference instead.`, 'reference');
    }
    return {
        profile: await readProfile(file, 'reference', `${shown}'s data-profile.json`),
        kind,
        sample: null,
        name: manifest.name,
        task: manifest.task,
        classes: manifest.classes,
        target: manifest.target,
        metrics: await readMetrics(dir),
    };
}
/**
 * The reference, by what `text` names: a package folder (its data-profile.json and metrics.json),
 * a data profile JSON, a data file or glob (scanned, with a sample of rows), or a model
 * reference resolved through the registry.
 */
async function loadReference(text, options) {
    const { cwd } = options;
    const path = (0,external_node_path_.resolve)(cwd, text);
    if ((0,external_node_fs_.existsSync)(path) && (0,external_node_fs_.statSync)(path).isDirectory()) {
        const resolved = await options.resolveReference(path, 'path');
        return packageReference(resolved.dir, text, 'package', resolved.manifest);
    }
    if ((0,external_node_fs_.existsSync)(path) && (0,external_node_path_.extname)(path).toLowerCase() === '.json') {
        return { profile: await readProfile(path, 'reference', text), kind: 'profile', sample: null };
    }
    if ((0,external_node_fs_.existsSync)(path) || GLOB.test(text)) {
        const scanned = await scanReferenceData(text, { cwd, sampleRows: options.sampleRows, input: 'reference' });
        return { profile: scanned.profile, kind: 'data', sample: scanned.sample };
    }
    if ((0,names/* parseModelRef */.qV)(text, 'reference')) {
        const resolved = await options.resolveReference(text, 'registry');
        return {
            ...(await packageReference(resolved.dir, resolved.tag ?? text, 'registry', resolved.manifest)),
            name: resolved.name,
            tag: resolved.tag,
            version: resolved.version,
            releaseUrl: resolved.releaseUrl,
        };
    }
    throw new errors/* InputError */.dz(`input "reference": ${text} is neither an existing file (a data profile JSON, a CSV or JSON Lines file), a package folder, nor a model reference (name@alias, name/vN).`, 'reference');
}
/** Profile shards of one dataset, merged. */
async function readCurrentProfiles(patterns, options) {
    const { cwd } = options;
    const files = [];
    for (const pattern of patterns) {
        files.push(...(await (0,data_files/* expandDataPattern */.t)(pattern, cwd).catch((error) => {
            throw new errors/* InputError */.dz(`input "current": ${error.message}`, 'current');
        })));
    }
    const profiles = [];
    for (const file of files)
        profiles.push(await readProfile((0,external_node_path_.resolve)(cwd, file), 'current', file));
    let profile = profiles[0];
    for (const [i, next] of profiles.slice(1).entries()) {
        try {
            profile = (0,data_profile/* mergeProfiles */.Ns)(profile, next);
        }
        catch {
            throw new errors/* InputError */.dz(`input "current": the profile ${files[i + 1]} has other columns than ${files[0]}; shards of one dataset must have the same columns in the same order.`, 'current');
        }
    }
    if (files.length > 1)
        options.io?.info(`Merged ${files.length} profile shards (${profile.table.rows.toLocaleString('en-US')} rows).`);
    for (const [input, name] of [
        ['label-column', options.labelColumn],
        ['prediction-column', options.predictionColumn],
    ]) {
        if (name && !profile.columns.some((c) => c.name === name)) {
            throw new errors/* InputError */.dz(`input "${input}": the current profiles have no column "${name}".`, input);
        }
    }
    return { format: 'profile', profile, scanned: null, files };
}
/** The current data: profile shards merged, or one streaming pass over rows or a prediction log. */
async function loadCurrent(patterns, options) {
    const { cwd, labelColumn } = options;
    let format;
    try {
        format = options.format === 'auto' ? await detectFormat(patterns, cwd) : options.format;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && !(error instanceof errors/* InputError */.dz))
            throw new errors/* InputError */.dz(`input "current": ${error.message}`, 'current');
        throw error;
    }
    if (format === 'profile')
        return readCurrentProfiles(patterns, options);
    const predictionColumn = options.predictionColumn ?? (format === 'prediction-log' ? 'prediction' : undefined);
    let scanned;
    try {
        scanned = await scanData(patterns, {
            cwd,
            format,
            reference: options.reference,
            sampleRows: options.sampleRows,
            keep: [predictionColumn, labelColumn].filter((name) => !!name),
            onColumns: (columns) => {
                for (const [input, name] of [
                    ['label-column', labelColumn],
                    ['prediction-column', options.predictionColumn],
                ]) {
                    if (name && !columns.includes(name)) {
                        throw new errors/* InputError */.dz(`input "${input}": the current data has no column "${name}" (columns: ${columns.slice(0, 30).join(', ')}${columns.length > 30 ? ', …' : ''}).`, input);
                    }
                }
            },
        });
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && !(error instanceof errors/* InputError */.dz))
            throw new errors/* InputError */.dz(`input "current": ${error.message}`, 'current');
        throw error;
    }
    return { format, profile: scanned.profile, scanned, files: [...scanned.profile.table.files] };
}

;// CONCATENATED MODULE: ./shared/drift/monitor.ts






/** Rows kept from each side for the multivariate check (a uniform sample of the whole data). */
const MONITOR_SAMPLE_ROWS = 5000;
/** A user error from the drift comparison, named after the input it comes from. */
function asInputError(error, thresholdGiven) {
    if (!(error instanceof errors/* UserError */.yo) || error instanceof errors/* InputError */.dz)
        return error;
    const message = error.message;
    const input = /^The threshold/.test(message) && thresholdGiven ? 'threshold' : /drift-share/.test(message) ? 'drift-share' : 'method';
    return new errors/* InputError */.dz(message.startsWith('input "') ? message : `input "${input}": ${message}`, input);
}
/**
 * monitor's whole computation, before anything is written: the reference and current data read,
 * every column compared, prediction drift, performance (labelled, or estimated from
 * probabilities), the multivariate check, and the report with its markdown and Prometheus text.
 */
async function monitorData(options) {
    const { cwd, io, labelColumn } = options;
    const sampleRows = options.multivariate ? MONITOR_SAMPLE_ROWS : 0;
    const reference = await loadReference(options.reference, { cwd, sampleRows, resolveReference: options.resolveReference });
    if (options.referenceData) {
        if (reference.kind === 'data')
            io?.info('reference-data is ignored: the reference is raw data already.');
        else if (options.multivariate)
            reference.sample = (await scanReferenceData(options.referenceData, { cwd, sampleRows, input: 'reference-data' })).sample;
    }
    const model = (options.model ?? reference.name ?? '').trim() || 'model';
    if (/[\r\n]/.test(model))
        throw new errors/* InputError */.dz('input "model" must be one line of text.', 'model');
    const referenceColumns = new Set(reference.profile.columns.map((c) => c.name));
    const loaded = await loadCurrent(options.current, {
        cwd,
        format: options.currentFormat,
        reference: reference.profile,
        sampleRows: options.multivariate && reference.sample !== null ? MONITOR_SAMPLE_ROWS : 0,
        labelColumn,
        predictionColumn: options.predictionColumn,
        io,
    });
    const { format, scanned, files } = loaded;
    let current = loaded.profile;
    let predictionColumn = options.predictionColumn ?? (format === 'prediction-log' ? 'prediction' : undefined);
    if (scanned && predictionColumn && !scanned.columns.includes(predictionColumn))
        predictionColumn = undefined;
    // Prediction drift needs the prediction on both sides; a prediction log against training data
    // compares the predicted class with the training labels instead.
    let prediction = null;
    if (predictionColumn && referenceColumns.has(predictionColumn))
        prediction = { column: predictionColumn, comparedWith: 'reference predictions' };
    else if (format === 'prediction-log' &&
        !options.predictionColumn &&
        reference.target &&
        referenceColumns.has(reference.target) &&
        current.columns.some((c) => c.name === 'label') &&
        !current.columns.some((c) => c.name === reference.target)) {
        current = { ...current, columns: current.columns.map((c) => (c.name === 'label' ? { ...c, name: reference.target } : c)) };
        prediction = { column: reference.target, comparedWith: 'reference target' };
        io?.info(`The log's predicted classes (label) are compared with the training labels (${reference.target}): prediction drift against the reference's target.`);
    }
    else if (predictionColumn && options.predictionColumn) {
        io?.warning(`prediction-column "${predictionColumn}" is not a column of the reference, so prediction drift cannot be compared (the reference needs the model's predictions too); it is used for performance only.`);
    }
    const driftOptions = {
        ...options.method,
        threshold: options.threshold,
        driftShare: options.driftShare,
        minEffect: { numeric: options.minEffect, categorical: options.minEffect },
        predictionColumn: prediction?.column,
    };
    for (const column of Object.keys(options.method.columns ?? {})) {
        if (!referenceColumns.has(column)) {
            throw new errors/* InputError */.dz(`input "method" names the column "${column}", which the reference does not have (columns: ${[...referenceColumns].slice(0, 30).join(', ')}).`, 'method');
        }
    }
    let drift;
    try {
        drift = compareProfiles(reference.profile, current, driftOptions);
    }
    catch (error) {
        throw asInputError(error, options.threshold !== undefined);
    }
    // Performance: labelled, or estimated from probabilities.
    let performance = null;
    const predictions = options.predictionColumn || format === 'prediction-log' ? scanned?.kept.get(options.predictionColumn ?? 'prediction') : undefined;
    if (scanned && predictions) {
        performance = measurePerformance({
            predictions,
            labels: labelColumn ? (scanned.kept.get(labelColumn) ?? null) : null,
            predictionColumn: options.predictionColumn ?? 'prediction',
            labelColumn: labelColumn ?? null,
            task: reference.task,
            classes: reference.classes,
            referenceMetrics: reference.metrics,
        });
    }
    else if (labelColumn) {
        io?.warning(format === 'profile'
            ? 'label-column is ignored: performance needs the rows, and the current data are profiles.'
            : "label-column needs prediction-column (the model's predictions in the current data) to measure performance.");
    }
    // The multivariate check.
    let multivariate = null;
    if (options.multivariate) {
        const sample = scanned?.sample ?? null;
        if (!reference.sample)
            multivariate = { skipped: 'no raw reference rows (give reference-data, or a data file as reference)' };
        else if (!sample)
            multivariate = { skipped: 'the current data are profiles, not rows' };
        else {
            const exclude = new Set([prediction?.column, predictionColumn, labelColumn, 'prediction', 'label'].filter(Boolean));
            const columns = drift.columns
                .filter((c) => !exclude.has(c.column) && reference.sample.columns.includes(c.column) && sample.columns.includes(c.column))
                .map((c) => ({ name: c.column, kind: c.kind }));
            try {
                multivariate = (0,adversarial/* adversarialValidation */.m)(reference.sample, sample, columns, { threshold: options.multivariateThreshold });
            }
            catch (error) {
                multivariate = { skipped: error.message };
            }
        }
    }
    const { environment } = options;
    const driftDetected = drift.datasetDrift || (multivariate !== null && multivariate.skipped === undefined && multivariate.drifted);
    const report = {
        schemaVersion: 1,
        kind: monitor_report/* MONITOR_REPORT_KIND */.hB,
        model,
        environment,
        driftDetected,
        summary: (0,monitor_report/* summarizeDrift */.T5)({ model, environment, drift, multivariate }),
        createdAt: (options.now ?? new Date()).toISOString(),
        run: options.run,
        reference: {
            input: options.reference,
            kind: reference.kind,
            rows: reference.profile.table.rows,
            tag: reference.tag ?? null,
            version: reference.version ?? null,
            releaseUrl: reference.releaseUrl ?? null,
        },
        current: { input: options.current.join('\n'), kind: format, rows: current.table.rows, files, models: scanned?.models ?? null },
        prediction,
        drift,
        performance,
        multivariate,
    };
    return {
        report,
        markdown: (0,monitor_report/* renderMonitorMarkdown */.QP)(report, options.markdownLimit).markdown,
        prometheus: (0,monitor_report/* renderMonitorPrometheus */.bv)(report, options.now),
    };
}

// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(16317);
// EXTERNAL MODULE: ./shared/registry/resolve.ts
var resolve = __webpack_require__(35592);
// EXTERNAL MODULE: ./shared/report/markdown.ts
var report_markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/steps/monitor.ts











function splitPatterns(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean);
}
const run = async ({ inputs, io, env, cwd, run: context }) => {
    const token = inputs['github-token'];
    const repository = context.owner && context.repo ? { owner: context.owner, repo: context.repo } : undefined;
    let client;
    const github = () => (client ??= (0,github_client/* createGitHubClient */.LX)({ token: token, apiUrl: context.apiUrl, env, io }));
    const current = splitPatterns(inputs.current);
    if (current.length === 0)
        throw new errors/* InputError */.dz('input "current" is empty: give a path or glob of the current data.', 'current');
    const environment = inputs.environment.trim();
    if (!environment || /[\r\n]/.test(environment))
        throw new errors/* InputError */.dz('input "environment" must be one line of text, such as production.', 'environment');
    const method = parseDriftMethod(inputs.method, 'method');
    // URLs are checked before any work, so a typo fails in a second rather than after the data.
    const pushgateway = inputs['pushgateway-url'] ? parseServiceUrl(inputs['pushgateway-url'], 'pushgateway-url') : undefined;
    const alertmanager = inputs['alertmanager-url'] ? parseServiceUrl(inputs['alertmanager-url'], 'alertmanager-url') : undefined;
    const reference = inputs.reference.trim();
    if (!reference)
        throw new errors/* InputError */.dz('input "reference" is empty.', 'reference');
    const jsonPath = (0,external_node_path_.resolve)(cwd, inputs['report-output']);
    const markdownPath = `${(0,external_node_path_.extname)(jsonPath) ? jsonPath.slice(0, -(0,external_node_path_.extname)(jsonPath).length) : jsonPath}.md`;
    const shown = (path) => (0,external_node_path_.relative)(cwd, path) || path;
    // Everything is computed first: a bad input fails here, before any file or delivery.
    const { report, markdown, prometheus } = await monitorData({
        reference,
        referenceData: inputs['reference-data'],
        resolveReference: (ref, where) => (0,resolve/* resolveModel */.AX)(ref, {
            cwd,
            io,
            env,
            input: 'reference',
            ...(where === 'registry' ? { client: token && repository ? github() : undefined, repository } : {}),
        }),
        current,
        currentFormat: inputs['current-format'],
        model: inputs.model,
        environment,
        method,
        threshold: inputs.threshold,
        driftShare: inputs['drift-share'],
        minEffect: inputs['min-effect'],
        predictionColumn: inputs['prediction-column'],
        labelColumn: inputs['label-column'],
        multivariate: inputs.multivariate,
        multivariateThreshold: inputs['multivariate-threshold'],
        run: {
            repository: context.repository ?? null,
            id: context.runId ?? null,
            attempt: context.runAttempt ?? null,
            url: context.runUrl ?? null,
        },
        cwd,
        markdownLimit: (0,report_markdown/* summaryLimit */.mf)(`\`${shown(jsonPath)}\``),
        io,
    });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(jsonPath), { recursive: true });
    await (0,promises_.writeFile)(jsonPath, `${JSON.stringify(report, null, 1)}\n`);
    await (0,promises_.writeFile)(markdownPath, markdown);
    await io.appendSummary(markdown);
    if (inputs['metrics-file']) {
        const file = (0,external_node_path_.resolve)(cwd, inputs['metrics-file']);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(file), { recursive: true });
        await (0,promises_.writeFile)(file, prometheus);
        io.info(`Wrote the drift metrics to ${shown(file)}.`);
    }
    const outputs = {
        'drift-detected': report.driftDetected,
        'drift-share': report.drift.driftShare,
        'drifted-features': report.drift.driftedColumns,
        report: shown(jsonPath),
        'report-markdown': shown(markdownPath),
    };
    // Delivery: each is tried even when another failed; a failure fails the step after outputs are set.
    const failures = await deliverDriftReport(report, prometheus, {
        pushgateway,
        alertmanager,
        severity: inputs['alert-severity'],
        holdHours: inputs['alert-hold-hours'],
        runUrl: context.runUrl,
        issueUrl: token && repository ? () => (0,drift_issue/* findDriftIssueUrl */.l6)(github(), repository, report.model, report.environment) : undefined,
        io,
    });
    io.info(`${report.driftDetected ? 'Drift detected' : 'No dataset drift'}: ${report.summary}. Report: ${outputs.report}.`);
    if (failures.length > 0)
        throw new errors/* StepFailedError */.mK(`the report was written, but ${failures.join(' ')}`, outputs);
    return outputs;
};


/***/ })

};
