export const id = 265;
export const ids = [265];
export const modules = {

/***/ 60908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ adversarialValidation)
/* harmony export */ });
/* unused harmony export DEFAULT_ADVERSARIAL_THRESHOLD */
/* harmony import */ var _metrics_classification_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18814);
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

/***/ 45665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ fillEmptyShares),
/* harmony export */   sm: () => (/* binding */ sharesDistance)
/* harmony export */ });
/* unused harmony exports BY_VALUE_MAX_DISTINCT, comparesByValue, evidentlyShares */
/* harmony import */ var _distribution_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35690);
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
        const edges = (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .sturgesEdges */ .EX)(reference, current);
        const labels = edges.slice(0, -1).map((edge, i) => `${edge}..${edges[i + 1]}`);
        return { labels, reference: (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .binShares */ .o8)(reference, edges), current: (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .binShares */ .o8)(current, edges), edges };
    }
    const ref = (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .valueCounts */ .al)(reference);
    const cur = (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .valueCounts */ .al)(current);
    const aligned = (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .alignedCounts */ .lt)(ref, cur);
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
/**
 * The `compute` of a distance between the two sides' shares (Jensen–Shannon, PSI): Evidently's
 * binning, the distance, and where the shares came from.
 */
function sharesDistance(distance) {
    return (reference, current) => {
        const shares = evidentlyShares(reference, current);
        const value = distance(shares.reference, shares.current);
        const detail = shares.edges ? `${shares.labels.length} Sturges bins` : `${shares.labels.length} values`;
        return { statistic: value, pValue: null, distance: value, detail, byValue: shares.edges === null };
    };
}


/***/ }),

/***/ 78414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GB: () => (/* binding */ compareProfiles)
});

// UNUSED EXPORTS: DEFAULT_DRIFT_SHARE, DEFAULT_MIN_EFFECT, SMALL_REFERENCE_ROWS, autoStatTest, compareSamples

// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
// EXTERNAL MODULE: ./shared/drift/distribution.ts
var distribution = __webpack_require__(35690);
// EXTERNAL MODULE: ./shared/drift/tests/chisquare.ts
var chisquare = __webpack_require__(96417);
// EXTERNAL MODULE: ./shared/drift/tests/wasserstein.ts
var wasserstein = __webpack_require__(1070);
;// CONCATENATED MODULE: ./shared/drift/effect.ts
/**
 * Effect sizes: how far a column moved, in units that do not grow with the sample. A test's
 * p-value shrinks as rows grow, so at a million rows every trivial shift is "significant"; the
 * effect size is what the drift verdict also requires (see compare.ts).
 */



/** Half the L1 distance between the two shares: the share of the mass that moved (0 … 1). */
function totalVariation(reference, current) {
    const table = (0,distribution/* alignedCounts */.lt)(reference, current);
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
    return (0,wasserstein/* normedWasserstein */.y8)(reference, current);
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
    const table = (0,distribution/* alignedCounts */.lt)(reference, current);
    const { uncorrected, dof } = (0,chisquare/* chiSquareContingency */.v)(table.reference, table.current);
    const total = [...table.reference, ...table.current].reduce((a, b) => a + b, 0);
    if (dof === 0 || total === 0)
        return null;
    return Math.sqrt(uncorrected / total);
}

// EXTERNAL MODULE: ./shared/drift/registry.ts + 2 modules
var registry = __webpack_require__(80381);
;// CONCATENATED MODULE: ./shared/drift/stat-test.ts
/** Whether a test's score crosses its threshold. */
function crosses(kind, score, threshold) {
    return kind === 'p_value' ? score < threshold : score >= threshold;
}

// EXTERNAL MODULE: ./shared/drift/tests/psi.ts
var tests_psi = __webpack_require__(21888);
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
            (0,registry/* getStatTest */.rr)(name);
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
            (0,registry/* getStatTest */.rr)(override.method);
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
        const edges = high > low ? (0,distribution/* linspace */.mT)(low, high, CHART_BARS + 1) : [low - 0.5, high + 0.5];
        const label = (x) => String(Number(x.toPrecision(3)));
        return {
            labels: edges.slice(0, -1).map((edge, i) => `${label(edge)}..${label(edges[i + 1])}`),
            reference: (0,distribution/* binShares */.o8)(reference, edges),
            current: (0,distribution/* binShares */.o8)(current, edges),
        };
    }
    const ref = (0,distribution/* valueCounts */.al)(reference);
    const cur = (0,distribution/* valueCounts */.al)(current);
    const table = (0,distribution/* alignedCounts */.lt)(ref, cur);
    const rows = table.labels.map((label, i) => ({
        label,
        reference: table.reference[i] / ref.total,
        current: table.current[i] / cur.total,
    }));
    rows.sort((a, b) => Math.max(b.reference, b.current) - Math.max(a.reference, a.current) || (a.label < b.label ? -1 : 1));
    const shown = rows.filter((row) => row.label !== distribution/* OTHER_LABEL */.Mz).slice(0, CHART_BARS);
    const rest = rows.filter((row) => !shown.includes(row));
    if (rest.length > 0) {
        shown.push({
            label: distribution/* OTHER_LABEL */.Mz,
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
    const distinct = () => (most > FEW_VALUES ? most : (0,distribution/* unionDistinct */.aY)(reference, current));
    const method = requested === 'auto' ? autoStatTest(kind, reference.count, distinct()) : requested;
    const test = (0,registry/* getStatTest */.rr)(method);
    if (!test.appliesTo.includes(kind)) {
        const fitting = (0,registry/* statTestNames */.X7)().filter((name) => (0,registry/* getStatTest */.rr)(name).appliesTo.includes(kind));
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
        : totalVariation((0,distribution/* valueCounts */.al)(reference), (0,distribution/* valueCounts */.al)(current));
    const reached = value >= minimum;
    const psi = method === 'psi' ? outcome.statistic : tests_psi/* psiTest */.x.compute(reference, current).statistic;
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
        cramersV: byValue ? cramersV((0,distribution/* valueCounts */.al)(reference), (0,distribution/* valueCounts */.al)(current)) : null,
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
            reference: (0,distribution/* numericFromProfile */.F0)(reference),
            current: (0,distribution/* numericFromProfile */.F0)(current),
            summaries: [profileSummary(reference), profileSummary(current)],
        };
    }
    return {
        name,
        kind,
        reference: (0,distribution/* categoricalFromProfile */.IX)(reference),
        current: (0,distribution/* categoricalFromProfile */.IX)(current),
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


/***/ }),

/***/ 35690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CT: () => (/* binding */ CdfCursor),
/* harmony export */   EX: () => (/* binding */ sturgesEdges),
/* harmony export */   F0: () => (/* binding */ numericFromProfile),
/* harmony export */   IX: () => (/* binding */ categoricalFromProfile),
/* harmony export */   Mz: () => (/* binding */ OTHER_LABEL),
/* harmony export */   Pn: () => (/* binding */ cdfOf),
/* harmony export */   aY: () => (/* binding */ unionDistinct),
/* harmony export */   al: () => (/* binding */ valueCounts),
/* harmony export */   iK: () => (/* binding */ walkCdfs),
/* harmony export */   lt: () => (/* binding */ alignedCounts),
/* harmony export */   mS: () => (/* binding */ readAsSteps),
/* harmony export */   mT: () => (/* binding */ linspace),
/* harmony export */   o8: () => (/* binding */ binShares),
/* harmony export */   uY: () => (/* binding */ mergedKnots)
/* harmony export */ });
/* unused harmony exports numericFromValues, categoricalFromValues, interpolatedCdf, stepCdf */
/* harmony import */ var _stats_hll_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97654);
/* harmony import */ var _stats_moments_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23419);


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
function numericFromValues(input) {
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
function categoricalFromValues(input) {
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
    const moments = _stats_moments_js__WEBPACK_IMPORTED_MODULE_1__/* .Moments */ .W.from(column.sketch.moments);
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
        return _stats_hll_js__WEBPACK_IMPORTED_MODULE_0__/* .DistinctCounter */ .$.from(a.distinctSketch).merge(b.distinctSketch).estimate();
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


/***/ }),

/***/ 80381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rr: () => (/* binding */ getStatTest),
  E3: () => (/* binding */ isStatTestName),
  X7: () => (/* binding */ statTestNames)
});

// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
// EXTERNAL MODULE: ./shared/drift/tests/chisquare.ts
var chisquare = __webpack_require__(96417);
// EXTERNAL MODULE: ./shared/drift/binning.ts
var binning = __webpack_require__(45665);
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
    compute: (0,binning/* sharesDistance */.sm)(jensenShannonDistance),
};

// EXTERNAL MODULE: ./shared/drift/tests/ks.ts + 1 modules
var ks = __webpack_require__(91854);
// EXTERNAL MODULE: ./shared/drift/tests/psi.ts
var psi = __webpack_require__(21888);
// EXTERNAL MODULE: ./shared/drift/tests/wasserstein.ts
var wasserstein = __webpack_require__(1070);
// EXTERNAL MODULE: ./shared/drift/special.ts
var special = __webpack_require__(84313);
// EXTERNAL MODULE: ./shared/drift/distribution.ts
var distribution = __webpack_require__(35690);
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
    return { statistic, pValue: 2 * (0,special/* normalSurvival */.IL)(Math.abs(statistic)) };
}
const zTest = {
    name: 'z',
    displayName: 'Z-test p-value',
    appliesTo: ['categorical', 'numeric'],
    thresholdKind: 'p_value',
    defaultThreshold: 0.05,
    compute(reference, current) {
        const table = (0,distribution/* alignedCounts */.lt)((0,distribution/* valueCounts */.al)(reference), (0,distribution/* valueCounts */.al)(current));
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








const STAT_TESTS = new Map([ks/* ksTest */.Jp, chisquare/* chiSquareTest */.W, zTest, wasserstein/* wassersteinTest */.Vg, jensenShannonTest, psi/* psiTest */.x].map((test) => [test.name, test]));
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


/***/ }),

/***/ 84313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ normalSurvival),
/* harmony export */   YN: () => (/* binding */ chiSquareSurvival),
/* harmony export */   af: () => (/* binding */ roundHalfEven)
/* harmony export */ });
/* unused harmony exports logGamma, upperIncompleteGamma, complementaryError */
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


/***/ }),

/***/ 96417:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ chiSquareTest),
/* harmony export */   v: () => (/* binding */ chiSquareContingency)
/* harmony export */ });
/* harmony import */ var _special_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84313);
/* harmony import */ var _distribution_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35690);


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
    return { statistic, pValue: (0,_special_js__WEBPACK_IMPORTED_MODULE_1__/* .chiSquareSurvival */ .YN)(statistic, dof), dof, uncorrected, corrected };
}
const chiSquareTest = {
    name: 'chisquare',
    displayName: 'chi-square p-value',
    appliesTo: ['categorical', 'numeric'],
    thresholdKind: 'p_value',
    defaultThreshold: 0.05,
    compute(reference, current) {
        const table = (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .alignedCounts */ .lt)((0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .valueCounts */ .al)(reference), (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .valueCounts */ .al)(current));
        const result = chiSquareContingency(table.reference, table.current);
        const freedom = `${result.dof} degree${result.dof === 1 ? '' : 's'} of freedom`;
        const detail = `${freedom}${result.corrected ? ", Yates' correction" : ''}`;
        return { statistic: result.statistic, pValue: result.pValue, distance: null, detail, byValue: true };
    },
};


/***/ }),

/***/ 91854:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Jp: () => (/* binding */ ksTest),
  zk: () => (/* binding */ requireNumeric)
});

// UNUSED EXPORTS: ksStatistic, ksTwoSample

// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/drift/distribution.ts
var distribution = __webpack_require__(35690);
// EXTERNAL MODULE: ./shared/drift/special.ts
var special = __webpack_require__(84313);
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
        const h = (0,special/* roundHalfEven */.af)(d * lcm);
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
    return { statistic: d, pValue: clip01(kolmogorovDistribution((0,special/* roundHalfEven */.af)(en), d, false)), method: 'asymptotic' };
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
    if ((0,distribution/* readAsSteps */.mS)(reference) && (0,distribution/* readAsSteps */.mS)(current)) {
        (0,distribution/* walkCdfs */.iK)(reference, current, (_, a, b) => {
            const gap = Math.abs(a - b);
            if (gap > largest)
                largest = gap;
        });
        return largest;
    }
    const a = (0,distribution/* cdfOf */.Pn)(reference);
    const b = (0,distribution/* cdfOf */.Pn)(current);
    const ca = new distribution/* CdfCursor */.CT(a);
    const cb = new distribution/* CdfCursor */.CT(b);
    for (const x of (0,distribution/* mergedKnots */.uY)(a, b)) {
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


/***/ }),

/***/ 21888:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ psiTest)
/* harmony export */ });
/* unused harmony export populationStabilityIndex */
/* harmony import */ var _binning_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(45665);

/** Population stability index: Σ (r − c)·ln(r / c) over bins, empty bins filled as Evidently fills them. */
function populationStabilityIndex(referenceShares, currentShares) {
    const reference = (0,_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .fillEmptyShares */ .VK)(referenceShares);
    const current = (0,_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .fillEmptyShares */ .VK)(currentShares);
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
    compute: (0,_binning_js__WEBPACK_IMPORTED_MODULE_0__/* .sharesDistance */ .sm)(populationStabilityIndex),
};


/***/ }),

/***/ 1070:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vg: () => (/* binding */ wassersteinTest),
/* harmony export */   y8: () => (/* binding */ normedWasserstein)
/* harmony export */ });
/* unused harmony exports wassersteinDistance, populationStd, wassersteinOfValues */
/* harmony import */ var _distribution_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35690);
/* harmony import */ var _ks_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91854);


/** Evidently divides by max(np.std(reference), 0.001), so a constant reference does not divide by zero. */
const SMALLEST_NORM = 0.001;
/**
 * scipy.stats.wasserstein_distance: the area between the two empirical CDFs. A sketch's side uses
 * its interpolated CDF, so an outlier item standing for 2^h values spreads over the gap before it
 * instead of sitting at the far end with all its weight.
 */
function wassersteinDistance(reference, current) {
    let area = 0;
    if ((0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .readAsSteps */ .mS)(reference) && (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .readAsSteps */ .mS)(current)) {
        let previous = Number.NaN;
        let gap = 0;
        (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .walkCdfs */ .iK)(reference, current, (x, a, b) => {
            if (previous === previous)
                area += gap * (x - previous);
            gap = Math.abs(a - b);
            previous = x;
        });
        return area;
    }
    const a = (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .cdfOf */ .Pn)(reference);
    const b = (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .cdfOf */ .Pn)(current);
    const ca = new _distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .CdfCursor */ .CT(a);
    const cb = new _distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .CdfCursor */ .CT(b);
    const knots = (0,_distribution_js__WEBPACK_IMPORTED_MODULE_0__/* .mergedKnots */ .uY)(a, b);
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
        const reference = (0,_ks_js__WEBPACK_IMPORTED_MODULE_1__/* .requireNumeric */ .zk)('wasserstein', referenceIn);
        const current = (0,_ks_js__WEBPACK_IMPORTED_MODULE_1__/* .requireNumeric */ .zk)('wasserstein', currentIn);
        const value = normedWasserstein(reference, current);
        return { statistic: value, pValue: null, distance: value, detail: 'divided by the reference std', byValue: false };
    },
};


/***/ }),

/***/ 51076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ assertBodyFits),
/* harmony export */   eC: () => (/* binding */ findMarkedComments),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export stickyCommentMarker */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35585);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96919);



const COMMENT_PERMISSION = 'pull-requests: write';
/** Throws before GitHub would: a clear sentence instead of a 422 from the API. */
function assertBodyFits(body, what) {
    const length = (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .bodyLength */ .ZA)(body);
    if (length > _markers_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_BODY_LIMIT */ .nY) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is ${length.toLocaleString('en-US')} characters, over GitHub's limit of ${_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_BODY_LIMIT */ .nY.toLocaleString('en-US')}; shorten it (the report renderers truncate to fit when given the limit).`);
    }
}
/** Every comment on an issue or pull request that carries the marker, oldest first. */
async function findMarkedComments(client, params) {
    const { owner, repo, issueNumber, marker } = params;
    const found = [];
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    })) {
        for (const comment of page.data)
            if ((0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(comment.body, marker))
                found.push(comment);
    }
    return found.sort(byAge);
}
function byAge(a, b) {
    return a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1;
}
async function deleteComments(client, owner, repo, comments) {
    let deleted = 0;
    for (const comment of comments) {
        try {
            await client.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
            deleted += 1;
        }
        catch (error) {
            // A racing run may have removed it already.
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 404))
                throw error;
        }
    }
    return deleted;
}
/** The marker a sticky comment with this key carries: `<!-- mlops-actions:comment:<key> -->`. */
function stickyCommentMarker(key) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .hiddenMarker */ .z0)('comment', key);
}
/**
 * One comment per key on a pull request, edited in place on every run. If racing runs left
 * several marked comments, the oldest is kept and the rest deleted, so the thread converges to
 * one whichever run finishes last.
 */
async function upsertStickyComment(client, params) {
    const { owner, repo, issueNumber, key } = params;
    const marker = stickyCommentMarker(key);
    const body = (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarker */ .Pe)(marker, params.body);
    assertBodyFits(body, `The comment for key "${key}"`);
    const where = `${owner}/${repo}#${issueNumber}`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describedAs */ .Ke)({ what: `Writing the sticky comment "${key}" on ${where}`, permission: COMMENT_PERMISSION }, async () => {
        const existing = await findMarkedComments(client, { owner, repo, issueNumber, marker });
        if (existing.length === 0) {
            const { data: created } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
            // Another run may have created its own in the same moment: keep the oldest, drop ours.
            const after = await findMarkedComments(client, { owner, repo, issueNumber, marker });
            const [keeper, ...others] = after;
            const removed = await deleteComments(client, owner, repo, others);
            if (keeper && keeper.id !== created.id) {
                if (!(0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBody */ .NZ)(keeper.body, body))
                    await client.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body });
                return { id: keeper.id, url: keeper.html_url, action: 'updated', removedDuplicates: removed };
            }
            return { id: created.id, url: created.html_url, action: 'created', removedDuplicates: removed };
        }
        const [keeper, ...duplicates] = existing;
        const removed = await deleteComments(client, owner, repo, duplicates);
        if ((0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBody */ .NZ)(keeper.body, body))
            return { id: keeper.id, url: keeper.html_url, action: 'unchanged', removedDuplicates: removed };
        const { data: updated } = await client.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body });
        return { id: updated.id, url: updated.html_url, action: 'updated', removedDuplicates: removed };
    });
}


/***/ }),

/***/ 16530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ xyChart),
/* harmony export */   S$: () => (/* binding */ SERIES_COLOURS)
/* harmony export */ });
/* unused harmony exports COLOURS, paletteDirective, PALETTE_DIRECTIVE, chartText, chartNumber, xyChartProblems, mermaidBlocks */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90216);

/**
 * Series colours, in order, fixed so the text can name them (xychart has no legend): the default
 * theme draws a first line in a pale lavender that is hard to see on white.
 */
const COLOURS = {
    blue: '#0969da',
    lightblue: '#54aeff',
    orange: '#bc4c00',
    lightorange: '#fb8f44',
    green: '#1a7f37',
    purple: '#8250df',
    grey: '#8c959f',
    lightgrey: '#d0d7de',
};
const SERIES_COLOURS = ['blue', 'orange', 'green', 'purple'];
/** The init directive that fixes the series colours, in series order. */
function paletteDirective(colours = SERIES_COLOURS) {
    return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours.map((c) => COLOURS[c]).join(', ')}"}}}}%%`;
}
const PALETTE_DIRECTIVE = paletteDirective();
/** Text safe inside a quoted xychart string: no quotes, brackets, semicolons, `#`, `%%` or newlines. */
function chartText(text, max = 60) {
    const cleaned = text
        .replace(/[^A-Za-z0-9 _.,:()/+\-=<>²]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return (cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned) || '-';
}
/** A finite number in plain decimal notation (mermaid's number token has no exponent). */
function chartNumber(value) {
    if (!Number.isFinite(value))
        throw new Error(`a chart value must be finite, got ${value}`);
    if (value === 0)
        return '0';
    const rounded = Number(value.toPrecision(6));
    const text = rounded.toString();
    if (!/e/i.test(text))
        return text;
    // Below 1e-6 or above 1e21 JavaScript switches to exponents, which mermaid does not read.
    if (Math.abs(rounded) < 1)
        return rounded.toFixed(Math.min(100, 5 - Math.floor(Math.log10(Math.abs(rounded))))).replace(/0+$/, '');
    return BigInt(Math.round(rounded)).toString();
}
/** The y range: the printed values' range padded by 5% and rounded outward, never empty; bars start from 0. */
function yRange(series) {
    const values = series.flatMap((s) => s.values.map((v) => Number(chartNumber(v))));
    if (series.some((s) => s.kind === 'bar'))
        values.push(0);
    let low = Math.min(...values);
    let high = Math.max(...values);
    if (low === high) {
        const pad = Math.abs(low) * 0.1 || 1;
        low -= pad;
        high += pad;
    }
    const pad = (high - low) * 0.05;
    low = low >= 0 && low - pad < 0 ? 0 : low - pad;
    high = high <= 0 && high + pad > 0 ? 0 : high + pad;
    const step = 10 ** (Math.floor(Math.log10(high - low)) - 2);
    return [Number((Math.floor(low / step) * step).toPrecision(12)), Number((Math.ceil(high / step) * step).toPrecision(12))];
}
/** The chart as a fenced `mermaid` block, or undefined when there is nothing finite to draw. */
function xyChart(chart) {
    const series = chart.series
        .filter((s) => s.values.length === chart.xLabels.length && s.values.length > 0 && s.values.every(Number.isFinite))
        .slice(0, (chart.colours ?? SERIES_COLOURS).length);
    if (series.length === 0)
        return undefined;
    const [low, high] = yRange(series);
    const labels = chart.xLabels.map((label) => `"${chartText(label, 24)}"`).join(', ');
    const lines = [
        paletteDirective(chart.colours),
        chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
        `    title "${chartText(chart.title)}"`,
        `    x-axis ${chart.xTitle ? `"${chartText(chart.xTitle)}" ` : ''}[${labels}]`,
        `    y-axis "${chartText(chart.yTitle)}" ${chartNumber(low)} --> ${chartNumber(high)}`,
        ...series.map((s) => `    ${s.kind} [${s.values.map(chartNumber).join(', ')}]`),
    ];
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(lines.join('\n'), 'mermaid');
}
const STRING = String.raw `"[A-Za-z0-9 _.,:()/+\-=<>²…]+"`;
const NUMBER = String.raw `-?\d+(?:\.\d+)?`;
const GRAMMAR = {
    palette: /^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "#[0-9a-f]{6}(?:, #[0-9a-f]{6})*"\}\}\}\}%%$/,
    title: new RegExp(`^    title ${STRING}$`),
    xAxis: new RegExp(`^    x-axis (?:${STRING} )?\\[(${STRING}(?:, ${STRING})*)\\]$`),
    yAxis: new RegExp(`^    y-axis ${STRING} (${NUMBER}) --> (${NUMBER})$`),
    series: new RegExp(`^    (?:line|bar) \\[(${NUMBER}(?:, ${NUMBER})*)\\]$`),
};
/**
 * Checks one mermaid block's body against the grammar above: header, title, x-axis, y-axis,
 * then at least one series with one number per x label, all inside the y range. Returns the
 * problems (empty when valid).
 */
function xyChartProblems(body) {
    const all = body.replace(/\n$/, '').split('\n');
    const problems = [];
    if (!GRAMMAR.palette.test(all[0] ?? ''))
        problems.push(`first line is "${all[0]}", not the palette directive`);
    const lines = all.slice(1);
    if (lines[0] !== 'xychart-beta' && lines[0] !== 'xychart-beta horizontal')
        problems.push(`second line is "${lines[0]}", not "xychart-beta" (or "xychart-beta horizontal")`);
    if (!GRAMMAR.title.test(lines[1] ?? ''))
        problems.push(`bad title line: ${lines[1]}`);
    const x = GRAMMAR.xAxis.exec(lines[2] ?? '');
    if (!x)
        problems.push(`bad x-axis line: ${lines[2]}`);
    const y = GRAMMAR.yAxis.exec(lines[3] ?? '');
    if (!y)
        problems.push(`bad y-axis line: ${lines[3]}`);
    const count = x ? x[1].split('", "').length : 0;
    const [low, high] = y ? [Number(y[1]), Number(y[2])] : [Number.NaN, Number.NaN];
    if (y && !(low < high))
        problems.push(`empty y range ${low} --> ${high}`);
    const seriesLines = lines.slice(4);
    if (seriesLines.length === 0)
        problems.push('no series');
    for (const line of seriesLines) {
        const match = GRAMMAR.series.exec(line);
        if (!match) {
            problems.push(`bad series line: ${line}`);
            continue;
        }
        const values = match[1].split(', ').map(Number);
        if (values.length !== count)
            problems.push(`series has ${values.length} values for ${count} x labels`);
        if (values.some((v) => v < low - 1e-9 || v > high + 1e-9))
            problems.push(`series values outside the y range ${low} --> ${high}`);
    }
    return problems;
}
/** Bodies of every ```mermaid block in a markdown document. */
function mermaidBlocks(markdown) {
    return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]);
}


/***/ })

};
