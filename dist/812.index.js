export const id = 812;
export const ids = [812];
export const modules = {

/***/ 18814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Go: () => (/* binding */ prepareClassification),
/* harmony export */   JW: () => (/* binding */ fromPositiveProbabilities),
/* harmony export */   hc: () => (/* binding */ scoreClassification),
/* harmony export */   k0: () => (/* binding */ confusionRows),
/* harmony export */   om: () => (/* binding */ rocAuc)
/* harmony export */ });
/* unused harmony exports checkClassificationData, confusionStats, averagePrecision */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _ranking_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21090);
/* harmony import */ var _weights_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18849);



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
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`a classifier needs at least 2 classes; got ${classes}.`);
    if (labels.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('there are no rows to evaluate.');
    if (probabilities.length !== labels.length * classes) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`got ${probabilities.length} probabilities for ${labels.length} rows × ${classes} classes; the model output does not have one probability per class.`);
    }
    for (let i = 0; i < labels.length; i++) {
        const label = labels[i];
        if (!Number.isInteger(label) || label < 0 || label >= classes)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`row ${i + 1}: label index ${label} is not one of the model's ${classes} classes.`);
    }
    for (let i = 0; i < probabilities.length; i++) {
        const p = probabilities[i];
        if (!Number.isFinite(p) || p < 0)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`row ${Math.floor(i / classes) + 1}: the model returned ${p} as a probability of class ${i % classes}; probabilities must be finite and ≥ 0.`);
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
            ? [(0,_ranking_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRanking */ .O7)(rows, probabilities, (i) => labels[i] === 1, 2, 1)]
            : Array.from({ length: classes }, (_, c) => (0,_ranking_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRanking */ .O7)(rows, probabilities, (i) => labels[i] === c, classes, c));
    return { kind: 'classification', rows, classes, labels, predicted, cellBin, rowLoss, confidence, bin, rankings };
}
function clip(p) {
    return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}
/** All classification metrics of the rows weighted by `weights` (default: every row once). */
function scoreClassification(prepared, weights = (0,_weights_js__WEBPACK_IMPORTED_MODULE_2__/* .unitWeights */ .U)(prepared.rows)) {
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
    const ranked = prepared.rankings.map((ranking) => (0,_ranking_js__WEBPACK_IMPORTED_MODULE_1__/* .scoreRanking */ .Dz)(ranking, weights));
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
    return (0,_ranking_js__WEBPACK_IMPORTED_MODULE_1__/* .scoreRanking */ .Dz)((0,_ranking_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareRanking */ .O7)(labels.length, scores, (i) => labels[i] === 1), (0,_weights_js__WEBPACK_IMPORTED_MODULE_2__/* .unitWeights */ .U)(labels.length)).rocAuc;
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

/***/ 21090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ scoreRanking),
/* harmony export */   O7: () => (/* binding */ prepareRanking),
/* harmony export */   xD: () => (/* binding */ subsetRanking)
/* harmony export */ });
/**
 * `scores[offset + i * stride]` is row i's score; `isPositive(i)` its label. Sorting uses the
 * native Float64Array sort on the distinct values, then a counting sort of rows by value rank,
 * which is several times faster than sorting an index array with a comparator.
 */
function prepareRanking(rows, scores, isPositive, stride = 1, offset = 0) {
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
function scoreRanking(ranking, weights) {
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
/**
 * The ranking of a subset of the rows: `newIndex[i]` is row i's index in the subset, or −1 when
 * it is left out. Equal to `prepareRanking` on the subset's scores (ties keep row order, and the
 * last kept row of each tie group ends it), without sorting again.
 */
function subsetRanking(ranking, newIndex, rows) {
    const order = new Int32Array(rows);
    const positive = new Uint8Array(rows);
    const groupEnd = new Uint8Array(rows);
    let at = 0;
    let openGroup = false;
    for (let p = 0; p < ranking.order.length; p++) {
        const index = newIndex[ranking.order[p]];
        if (index >= 0) {
            order[at] = index;
            positive[at] = ranking.positive[p];
            at++;
            openGroup = true;
        }
        if (ranking.groupEnd[p] && openGroup) {
            groupEnd[at - 1] = 1;
            openGroup = false;
        }
    }
    return { order, positive, groupEnd };
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

/***/ 46301:
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
// EXTERNAL MODULE: ./shared/drift/registry.ts + 2 modules
var registry = __webpack_require__(80381);
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
        if (normalized === 'auto' || (0,registry/* isStatTestName */.E3)(normalized))
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
// EXTERNAL MODULE: ./shared/drift/compare.ts + 2 modules
var compare = __webpack_require__(78414);
// EXTERNAL MODULE: ./shared/drift/monitor-report.ts + 2 modules
var monitor_report = __webpack_require__(86574);
// EXTERNAL MODULE: ./shared/metrics/classification.ts
var classification = __webpack_require__(18814);
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
// EXTERNAL MODULE: ./shared/data/jsonl.ts
var jsonl = __webpack_require__(87385);
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
class PredictionLogReader extends jsonl/* JsonLineRows */.Y7 {
    options;
    featureNames;
    featureIndex = new Map();
    withPrediction = false;
    withLabel = false;
    /** Rows per `model@version` seen in the log. */
    models = new Map();
    constructor(options) {
        super(options.file, 'the prediction log');
        this.options = options;
    }
    end() {
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
    take(parsed, lineNumber) {
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
            values[at] = (0,jsonl/* jsonCell */.LK)(value);
        }
        let next = this.featureNames.length;
        if (this.withPrediction)
            values[next++] = Array.isArray(parsed.prediction) ? null : (0,jsonl/* jsonCell */.LK)(parsed.prediction);
        if (this.withLabel)
            values[next] = (0,jsonl/* jsonCell */.LK)(parsed.label);
        const model = `${typeof parsed.model === 'string' ? parsed.model : '?'}@${parsed.version === undefined ? '?' : String(parsed.version)}`;
        this.models.set(model, (this.models.get(model) ?? 0) + 1);
        this.values = values;
        this.line = lineNumber;
        this.options.onRow(this);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./shared/data/reader.ts
var data_reader = __webpack_require__(4412);
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
        drift = (0,compare/* compareProfiles */.GB)(reference.profile, current, driftOptions);
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
