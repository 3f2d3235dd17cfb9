export const id = 380;
export const ids = [380];
export const modules = {

/***/ 41671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ loadTable)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90849);


/**
 * Loads a training- or evaluation-sized dataset (path or glob) into memory with the same reader
 * as validate-data, keeping each row's file and line so a bad cell is reported as
 * `data/train.csv:17`. `columns` keeps only those columns (each must exist).
 */
async function loadTable(pattern, options = {}) {
    let keep = [];
    const lines = [];
    const fileOfRow = [];
    const fileIndex = new Map();
    const summary = await (0,_reader_js__WEBPACK_IMPORTED_MODULE_1__/* .readDataset */ .JP)(pattern, {
        cwd: options.cwd,
        onColumns: (columns, file) => {
            const wanted = options.columns ?? columns;
            keep = wanted.map((name) => {
                const index = columns.indexOf(name);
                if (index < 0)
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6(`has no column "${name}" (columns: ${columns.join(', ')})`, file, 1);
                return { name, index, values: [] };
            });
        },
        onRow: (row, file) => {
            for (const column of keep)
                column.values.push(row.isNull(column.index) ? null : row.text(column.index));
            lines.push(row.line);
            let index = fileIndex.get(file);
            if (index === undefined)
                fileIndex.set(file, (index = fileIndex.size));
            fileOfRow.push(index);
        },
    });
    const files = [...fileIndex.keys()];
    return {
        columns: keep.map((c) => c.name),
        rows: summary.rows,
        files: summary.files,
        values: new Map(keep.map((c) => [c.name, c.values])),
        fingerprint: summary.fingerprint,
        locate: (row) => (row >= 0 && row < lines.length ? `${files[fileOfRow[row]]}:${lines[row]}` : `row ${row + 1}`),
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
  hc: () => (/* binding */ scoreClassification)
});

// UNUSED EXPORTS: averagePrecision, checkClassificationData, confusionStats, rocAuc

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
    return scoreRanking(prepareRanking(labels.length, scores, (i) => labels[i] === 1), unitWeights(labels.length)).rocAuc;
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

/***/ 50226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ trainingMetricDirection),
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   GF: () => (/* binding */ findMetric),
/* harmony export */   OH: () => (/* binding */ metricRoles),
/* harmony export */   Pb: () => (/* binding */ metricDefinitions),
/* harmony export */   Zv: () => (/* binding */ metricNames),
/* harmony export */   gS: () => (/* binding */ improvementSign)
/* harmony export */ });
/* unused harmony export findReportedMetric */
const CLASSIFICATION = [
    {
        name: 'accuracy',
        label: 'Accuracy',
        direction: 'higher',
        description: 'Share of rows whose most probable class is the true class (ties go to the first class, as numpy.argmax).',
    },
    {
        name: 'precision',
        label: 'Precision',
        direction: 'higher',
        description: 'Binary: precision of the positive class (classes[1]). Multiclass: macro average, same as precision_macro.',
    },
    {
        name: 'recall',
        label: 'Recall',
        direction: 'higher',
        description: 'Binary: recall of the positive class. Multiclass: macro average, same as recall_macro.',
    },
    {
        name: 'f1',
        label: 'F1',
        direction: 'higher',
        description: 'Binary: F1 of the positive class. Multiclass: macro average, same as f1_macro.',
    },
    {
        name: 'precision_macro',
        label: 'Precision (macro)',
        direction: 'higher',
        description: 'Unweighted mean over the classes present in the labels or the predictions (sklearn average="macro").',
    },
    {
        name: 'recall_macro',
        label: 'Recall (macro)',
        direction: 'higher',
        description: 'Unweighted mean over the classes present in the labels or the predictions.',
    },
    {
        name: 'f1_macro',
        label: 'F1 (macro)',
        direction: 'higher',
        description: 'Unweighted mean over the classes present in the labels or the predictions.',
    },
    {
        name: 'precision_weighted',
        label: 'Precision (weighted)',
        direction: 'higher',
        description: 'Mean over classes weighted by their number of true rows (sklearn average="weighted").',
    },
    {
        name: 'recall_weighted',
        label: 'Recall (weighted)',
        direction: 'higher',
        description: 'Mean over classes weighted by their number of true rows.',
    },
    {
        name: 'f1_weighted',
        label: 'F1 (weighted)',
        direction: 'higher',
        description: 'Mean over classes weighted by their number of true rows.',
    },
    {
        name: 'roc_auc',
        label: 'ROC AUC',
        direction: 'higher',
        description: 'Binary: area under the ROC curve, tied scores counted as half (sklearn roc_auc_score). Multiclass: one-vs-rest, unweighted mean over classes.',
    },
    {
        name: 'pr_auc',
        label: 'PR AUC',
        direction: 'higher',
        description: 'Average precision (sklearn average_precision_score): the step-wise sum of precision × recall increase over distinct thresholds, not the trapezoidal area. Multiclass: one-vs-rest macro mean.',
    },
    {
        name: 'log_loss',
        label: 'Log loss',
        direction: 'lower',
        description: 'Mean negative log-likelihood of the true class; probabilities clipped to [eps, 1 − eps] with eps the float64 machine epsilon, then each row renormalised (sklearn 1.2 log_loss on float64 input).',
    },
    {
        name: 'ece',
        label: 'Calibration error (ECE)',
        direction: 'lower',
        description: 'Expected calibration error: 10 equal-width bins of the top-class probability p (bin = min(floor(10·p), 9)), Σ over bins of (rows in bin / rows) · |accuracy − mean p|.',
    },
];
const REGRESSION = [
    { name: 'rmse', label: 'RMSE', direction: 'lower', description: 'Root mean squared error.' },
    { name: 'mae', label: 'MAE', direction: 'lower', description: 'Mean absolute error.' },
    {
        name: 'r2',
        label: 'R²',
        direction: 'higher',
        description: 'Coefficient of determination (sklearn r2_score: 1 when targets are constant and predicted exactly, 0 when constant and not).',
    },
    {
        name: 'mape',
        label: 'MAPE',
        direction: 'lower',
        description: 'Mean of |error| / max(|target|, eps), eps the float64 machine epsilon (sklearn mean_absolute_percentage_error): a fraction, not a percentage, and huge when targets are zero.',
    },
];
function metricDefinitions(task) {
    return task === 'regression' ? REGRESSION : CLASSIFICATION;
}
const ROLES = {
    'binary-classification': {
        chart: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'pr_auc', 'log_loss', 'ece'],
        slices: ['accuracy', 'f1', 'roc_auc'],
        importance: 'roc_auc',
    },
    'multiclass-classification': {
        chart: ['accuracy', 'f1_macro', 'f1_weighted', 'roc_auc', 'pr_auc', 'log_loss', 'ece'],
        slices: ['accuracy', 'f1_macro'],
        importance: 'log_loss',
    },
    regression: { chart: ['rmse', 'mae', 'r2', 'mape'], slices: ['rmse', 'mae'], importance: 'rmse' },
};
function metricRoles(task) {
    return ROLES[task];
}
function metricNames(task) {
    return metricDefinitions(task).map((metric) => metric.name);
}
const BY_NAME = new Map([...CLASSIFICATION, ...REGRESSION].map((metric) => [metric.name, metric]));
function findMetric(name) {
    return BY_NAME.get(name);
}
/** Direction of a known metric; throws for a name not in the table, because guessing a direction would invert a verdict. */
function directionOf(name) {
    const metric = BY_NAME.get(name);
    if (!metric)
        throw new Error(`no direction is known for metric "${name}"`);
    return metric.direction;
}
/** +1 when a larger value is better, −1 when a smaller one is: multiply a delta by it to get "improvement". */
function improvementSign(name) {
    return directionOf(name) === 'higher' ? 1 : -1;
}
/**
 * Names the trainer reports per epoch and in metrics.json (`loss`, `auc`, `val_loss`,
 * `cv_val_auc_mean`…) mapped to the metric they measure, so their direction comes from the
 * table above rather than from a guess at the name.
 */
const TRAINING_ALIASES = {
    loss: {
        name: 'loss',
        label: 'Loss',
        direction: 'lower',
        description: 'The training loss: log loss, or the mean squared error for regression.',
    },
    auc: BY_NAME.get('roc_auc'),
};
/** The metric a reported name measures, with `val_`/`cv_` prefixes and `_mean` suffixes removed; undefined when unknown. */
function findReportedMetric(name) {
    let base = name;
    if (base.startsWith('cv_'))
        base = base.slice(3).replace(/_mean$/, '');
    if (base.startsWith('val_'))
        base = base.slice(4);
    return TRAINING_ALIASES[base] ?? BY_NAME.get(base);
}
/** Direction of a reported metric such as `val_loss` (lower) or `val_auc` (higher); throws for a name it cannot place. */
function trainingMetricDirection(name) {
    const metric = findReportedMetric(name);
    if (!metric) {
        throw new Error(`no direction is known for the reported metric "${name}"`);
    }
    return metric.direction;
}


/***/ }),

/***/ 27351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m2: () => (/* binding */ scoreRegression),
/* harmony export */   mO: () => (/* binding */ scoreRegressionPair),
/* harmony export */   z7: () => (/* binding */ prepareRegression)
/* harmony export */ });
/* unused harmony export checkRegressionData */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _weights_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18849);


/** sklearn's mean_absolute_percentage_error divides by max(|y|, eps), eps = np.finfo(float64).eps. */
const EPS = 2.220446049250313e-16;
function checkRegressionData(data) {
    if (data.actual.length === 0)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('there are no rows to evaluate.');
    if (data.actual.length !== data.predicted.length)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`got ${data.predicted.length} predictions for ${data.actual.length} rows.`);
    for (let i = 0; i < data.actual.length; i++) {
        if (!Number.isFinite(data.actual[i]))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`row ${i + 1}: the target ${data.actual[i]} is not a finite number.`);
        if (!Number.isFinite(data.predicted[i]))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`row ${i + 1}: the model predicted ${data.predicted[i]}, not a finite number.`);
    }
}
function prepareRegression(data) {
    checkRegressionData(data);
    const rows = data.actual.length;
    const error = new Float64Array(rows);
    const inverseScale = new Float64Array(rows);
    const centredTarget = new Float64Array(rows);
    let mean = 0;
    for (let i = 0; i < rows; i++)
        mean += data.actual[i];
    mean /= rows;
    for (let i = 0; i < rows; i++) {
        const y = data.actual[i];
        error[i] = data.predicted[i] - y;
        inverseScale[i] = 1 / Math.max(Math.abs(y), EPS);
        centredTarget[i] = y - mean;
    }
    return { kind: 'regression', rows, error, inverseScale, centredTarget };
}
function scoreRegression(prepared, weights = (0,_weights_js__WEBPACK_IMPORTED_MODULE_1__/* .unitWeights */ .U)(prepared.rows)) {
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
function scoreRegressionPair(candidate, baseline, weights) {
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
function regressionFromSums(total, squared, absolute, percentage, target, targetSquared) {
    if (total === 0)
        return { rmse: Number.NaN, mae: Number.NaN, r2: Number.NaN, mape: Number.NaN };
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
function r2FromSums(residualSquares, totalSquares) {
    if (totalSquares === 0)
        return residualSquares === 0 ? 1 : 0;
    return 1 - residualSquares / totalSquares;
}


/***/ }),

/***/ 51170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V2: () => (/* binding */ prepareMetrics),
/* harmony export */   gB: () => (/* binding */ assertSameRows),
/* harmony export */   pH: () => (/* binding */ computeMetrics),
/* harmony export */   uf: () => (/* binding */ scoreMetrics)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _classification_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31010);
/* harmony import */ var _regression_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(27351);



function prepareMetrics(input, options = {}) {
    if (input.task === 'regression')
        return (0,_regression_js__WEBPACK_IMPORTED_MODULE_2__/* .prepareRegression */ .z7)(input.data);
    if (input.task === 'binary-classification' && input.data.classes !== 2)
        throw new Error(`binary-classification data must have 2 classes, got ${input.data.classes}`);
    return (0,_classification_js__WEBPACK_IMPORTED_MODULE_1__/* .prepareClassification */ .Go)(input.data, options);
}
/** The scalar metrics (names as in definitions.ts) of the rows weighted by `weights` (default: all once). */
function scoreMetrics(prepared, weights) {
    return prepared.kind === 'regression' ? (0,_regression_js__WEBPACK_IMPORTED_MODULE_2__/* .scoreRegression */ .m2)(prepared, weights) : (0,_classification_js__WEBPACK_IMPORTED_MODULE_1__/* .scoreClassification */ .hc)(prepared, weights).metrics;
}
/** Everything evaluate shows for one model on one data set, computed once. */
function computeMetrics(input, prepared = prepareMetrics(input)) {
    if (prepared.kind === 'regression')
        return { task: input.task, rows: prepared.rows, metrics: (0,_regression_js__WEBPACK_IMPORTED_MODULE_2__/* .scoreRegression */ .m2)(prepared) };
    const { metrics, confusion, perClass } = (0,_classification_js__WEBPACK_IMPORTED_MODULE_1__/* .scoreClassification */ .hc)(prepared);
    return { task: input.task, rows: prepared.rows, metrics, confusionMatrix: (0,_classification_js__WEBPACK_IMPORTED_MODULE_1__/* .confusionRows */ .k0)(confusion, prepared.classes), perClass };
}
/** Two prepared models can be compared row by row only when they scored the same labelled rows. */
function assertSameRows(candidate, baseline) {
    if (candidate.kind !== baseline.kind || candidate.rows !== baseline.rows) {
        throw new Error(`the baseline was scored on ${baseline.rows} ${baseline.kind} rows and the candidate on ${candidate.rows} ${candidate.kind} rows; a paired comparison needs the same rows`);
    }
    if (candidate.kind === 'classification' && baseline.kind === 'classification') {
        if (candidate.classes !== baseline.classes)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`the baseline has ${baseline.classes} classes and the candidate ${candidate.classes}`);
        for (let i = 0; i < candidate.rows; i++)
            if (candidate.labels[i] !== baseline.labels[i])
                throw new Error(`row ${i + 1} has label ${candidate.labels[i]} for the candidate but ${baseline.labels[i]} for the baseline; a paired comparison needs the same rows`);
    }
    if (candidate.kind === 'regression' && baseline.kind === 'regression') {
        for (let i = 0; i < candidate.rows; i++)
            if (candidate.centredTarget[i] !== baseline.centredTarget[i] || candidate.inverseScale[i] !== baseline.inverseScale[i])
                throw new Error(`row ${i + 1} has a different target for the candidate and the baseline; a paired comparison needs the same rows`);
    }
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

/***/ 2426:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ predictNetwork)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);

/**
 * Forward pass in plain JavaScript (float64 accumulation), so evaluation and serving need no
 * TensorFlow.js backend. Returns `rows × outputUnits`, row-major.
 */
function predictNetwork(network, input, rows) {
    let current = input;
    let width = network.inputSize;
    if (input.length !== rows * width)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`model input has ${input.length / Math.max(rows, 1)} columns per row; the model expects ${width}.`);
    for (const layer of network.layers) {
        const units = layer.units;
        const kernel = Float64Array.from(layer.kernel);
        const next = new Float64Array(rows * units);
        let r = 0;
        // Four rows at a time share each kernel row (about 2× faster). Each output still sums its
        // terms in input order, and a zero input still adds nothing, so results are bit-identical
        // to the one-row loop below.
        for (; r + 4 <= rows; r += 4) {
            const o0 = r * units;
            const [o1, o2, o3] = [o0 + units, o0 + 2 * units, o0 + 3 * units];
            for (let u = 0; u < units; u++)
                next[o0 + u] = next[o1 + u] = next[o2 + u] = next[o3 + u] = layer.bias[u];
            const base = r * width;
            for (let i = 0; i < width; i++) {
                const [x0, x1, x2, x3] = [
                    current[base + i],
                    current[base + width + i],
                    current[base + 2 * width + i],
                    current[base + 3 * width + i],
                ];
                const w = i * units;
                if (x0 !== 0 && x1 !== 0 && x2 !== 0 && x3 !== 0) {
                    for (let u = 0; u < units; u++) {
                        const k = kernel[w + u];
                        next[o0 + u] += x0 * k;
                        next[o1 + u] += x1 * k;
                        next[o2 + u] += x2 * k;
                        next[o3 + u] += x3 * k;
                    }
                }
                else {
                    accumulate(next, o0, x0, kernel, w, units);
                    accumulate(next, o1, x1, kernel, w, units);
                    accumulate(next, o2, x2, kernel, w, units);
                    accumulate(next, o3, x3, kernel, w, units);
                }
            }
            for (let k = 0; k < 4; k++)
                activate(next, o0 + k * units, units, layer.activation);
        }
        for (; r < rows; r++) {
            const out = r * units;
            for (let u = 0; u < units; u++)
                next[out + u] = layer.bias[u];
            for (let i = 0; i < width; i++)
                accumulate(next, out, current[r * width + i], kernel, i * units, units);
            activate(next, out, units, layer.activation);
        }
        current = next;
        width = units;
    }
    return current;
}
/** out[offset + u] += x · kernel[w + u]; a zero input adds nothing (inputs are often one-hot or ReLU zeros). */
function accumulate(out, offset, x, kernel, w, units) {
    if (x === 0)
        return;
    for (let u = 0; u < units; u++)
        out[offset + u] += x * kernel[w + u];
}
function activate(values, offset, units, activation) {
    switch (activation) {
        case 'linear':
            return;
        case 'relu':
            for (let u = 0; u < units; u++)
                if (values[offset + u] < 0)
                    values[offset + u] = 0;
            return;
        case 'sigmoid':
            for (let u = 0; u < units; u++)
                values[offset + u] = 1 / (1 + Math.exp(-values[offset + u]));
            return;
        case 'softmax': {
            let max = -Infinity;
            for (let u = 0; u < units; u++)
                max = Math.max(max, values[offset + u]);
            let sum = 0;
            for (let u = 0; u < units; u++) {
                values[offset + u] = Math.exp(values[offset + u] - max);
                sum += values[offset + u];
            }
            for (let u = 0; u < units; u++)
                values[offset + u] /= sum;
            return;
        }
    }
}


/***/ }),

/***/ 76769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $m: () => (/* binding */ loadOnnxModel),
/* harmony export */   Mq: () => (/* binding */ OnnxRuntimeMissing),
/* harmony export */   RL: () => (/* binding */ findOnnxRuntime),
/* harmony export */   aD: () => (/* binding */ loadOnnxRuntime)
/* harmony export */ });
/* unused harmony export onnxRuntimeSearchPaths */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8126);





const PACKAGE = 'onnxruntime-node';
/** Rows per session.run: bounds the input and output tensors, not the work. */
const BATCH_ROWS = 65_536;
/**
 * Where onnxruntime-node is looked for, in order: MLOPS_ONNXRUNTIME_NODE (a folder that holds
 * node_modules/onnxruntime-node, or the package folder itself), the workspace, then the
 * installation this code runs from (the repository's node_modules for the CLI and tests).
 */
function onnxRuntimeSearchPaths(env, cwd) {
    let here;
    try {
        here = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url));
    }
    catch {
        here = undefined;
    }
    const paths = [env.MLOPS_ONNXRUNTIME_NODE, cwd, here, here && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, '..'), here && (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(here, '..', '..')];
    return [...new Set(paths.filter((path) => Boolean(path)))];
}
let loaded;
/** onnxruntime-node is not installed where the suite looks; `searched` lists the folders. */
class OnnxRuntimeMissing extends Error {
    searched;
    constructor(searched) {
        super(`${PACKAGE} is not installed (looked in ${searched.join(', ')})`);
        this.searched = searched;
    }
}
/**
 * onnxruntime-node, resolved at run time so the bundler leaves the native binding alone.
 * Throws OnnxRuntimeMissing when it is not installed, and a UserError when it is but cannot load.
 */
function findOnnxRuntime(env = process.env, cwd = process.cwd()) {
    if (loaded)
        return loaded;
    const searched = onnxRuntimeSearchPaths(env, cwd);
    for (const base of searched) {
        const direct = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'package.json')) && base.endsWith(PACKAGE) ? base : undefined;
        let entry;
        try {
            // A require built from a runtime path: ncc does not follow it, so nothing native is copied into dist/.
            entry = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'noop.js')).resolve(direct ?? PACKAGE);
        }
        catch {
            continue;
        }
        try {
            loaded = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'noop.js'))(entry);
            return loaded;
        }
        catch (error) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${PACKAGE} was found at ${entry} but could not be loaded: ${error.message}. Reinstall it for this platform (${process.platform}-${process.arch}).`);
        }
    }
    throw new OnnxRuntimeMissing(searched);
}
/** onnxruntime-node for an ONNX model package; missing, it is a UserError that says how to install it. */
function loadOnnxRuntime(env = process.env, cwd = process.cwd()) {
    try {
        return findOnnxRuntime(env, cwd);
    }
    catch (error) {
        if (!(error instanceof OnnxRuntimeMissing))
            throw error;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`This model package is ONNX, which runs with ${PACKAGE} (a native module, not bundled with the action). Install it before this step, e.g. \`npm install --no-save ${PACKAGE}@1\` in the workspace, or set MLOPS_ONNXRUNTIME_NODE to the folder that holds node_modules/${PACKAGE}. Looked in: ${error.searched.join(', ')}.`);
    }
}
/** Opens `model.onnx` and checks that it takes `inputSize` features per row. */
async function loadOnnxModel(file, inputSize, runtime = loadOnnxRuntime()) {
    let session;
    try {
        session = await runtime.InferenceSession.create(file, { executionProviders: ['cpu'], graphOptimizationLevel: 'all' });
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file} could not be opened as an ONNX model: ${error.message}`);
    }
    if (session.inputNames.length !== 1) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file} has ${session.inputNames.length} inputs (${session.inputNames.join(', ')}); the suite feeds one float32 tensor [rows, ${inputSize}] built by the package's preprocessing.`);
    }
    const [inputName] = session.inputNames;
    const [outputName] = session.outputNames;
    const inputMeta = session.inputMetadata?.[0];
    if (inputMeta?.isTensor) {
        const width = inputMeta.shape[inputMeta.shape.length - 1];
        if (inputMeta.type !== 'float32')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: input "${inputName}" is ${inputMeta.type}; the suite feeds float32.`);
        if (typeof width === 'number' && width !== inputSize) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: the model takes ${width} inputs per row but the manifest's preprocessing produces ${inputSize}.`);
        }
    }
    const outputMeta = session.outputMetadata?.[0];
    const declaredWidth = outputMeta?.isTensor && outputMeta.shape.length === 2 ? outputMeta.shape[1] : undefined;
    return {
        inputName,
        outputName,
        outputsPerRow: typeof declaredWidth === 'number' ? declaredWidth : undefined,
        async run(input, rows) {
            if (input.length !== rows * inputSize)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`model input has ${input.length / Math.max(rows, 1)} columns per row; the model expects ${inputSize}.`);
            const parts = [];
            for (let start = 0; start < rows || (rows === 0 && start === 0); start += BATCH_ROWS) {
                const count = Math.min(BATCH_ROWS, rows - start);
                const feed = new runtime.Tensor('float32', input.subarray(start * inputSize, (start + count) * inputSize), [count, inputSize]);
                const result = await session.run({ [inputName]: feed });
                const output = result[outputName];
                const data = output.data;
                if (typeof data[0] !== 'number' && count > 0)
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .yo(`${file}: output "${outputName}" is ${output.type}, not a number tensor.`);
                parts.push(Float64Array.from(data));
                if (rows === 0)
                    break;
            }
            const out = new Float64Array(parts.reduce((n, part) => n + part.length, 0));
            let at = 0;
            for (const part of parts) {
                out.set(part, at);
                at += part.length;
            }
            return out;
        },
        release: () => session.release(),
    };
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

/***/ 60222:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ parseNumber),
/* harmony export */   Ao: () => (/* binding */ encodeTarget),
/* harmony export */   JZ: () => (/* binding */ applyPreprocessing),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   d7: () => (/* binding */ recordsToColumns),
/* harmony export */   gc: () => (/* binding */ fitPreprocessing)
/* harmony export */ });
/* unused harmony export sortLabels */
/* harmony import */ var _data_row_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88783);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);


function isMissing(cell) {
    if (cell === null || cell === undefined)
        return true;
    if (typeof cell === 'number')
        return Number.isNaN(cell);
    if (typeof cell === 'boolean')
        return false;
    return _data_row_js__WEBPACK_IMPORTED_MODULE_0__/* .NULL_MARKERS */ .WO.has(cell.trim());
}
/** The number in a cell, or NaN when it is not one (missing cells must be checked first). */
function parseNumber(cell) {
    if (typeof cell === 'number')
        return cell;
    if (typeof cell === 'boolean' || cell === null || cell === undefined)
        return Number.NaN;
    const text = cell.trim();
    if (text === '')
        return Number.NaN;
    const value = Number(text);
    return Number.isFinite(value) ? value : Number.NaN;
}
function cellText(cell) {
    return typeof cell === 'string' ? cell.trim() : String(cell);
}
/** Share of parseable cells above which a column is numeric, and anything else in it is a data error. */
const NUMERIC_SHARE = 0.9;
function rowsOf(columns, rows) {
    if (rows)
        return rows;
    const all = new Int32Array(columns.rows);
    for (let i = 0; i < all.length; i++)
        all[i] = i;
    return all;
}
function column(columns, name) {
    const values = columns.values.get(name);
    if (!values)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`column "${name}" is not in the data (columns: ${[...columns.values.keys()].join(', ')}).`);
    return values;
}
/** Sorts labels as sklearn's LabelEncoder would: numerically when they are all numbers. */
function sortLabels(labels) {
    const list = [...labels];
    if (list.every((label) => Number.isFinite(parseNumber(label))))
        return list.sort((a, b) => parseNumber(a) - parseNumber(b));
    return list.sort();
}
/**
 * Decides a column's kind: numeric when (almost) every present cell is a number. A column that is
 * mostly numbers with a few words in it is an error in the data, reported with the first offender.
 */
function fitFeature(name, cells, rows, options) {
    let present = 0;
    let numeric = 0;
    let firstBad = -1;
    let sum = 0;
    for (let k = 0; k < rows.length; k++) {
        const cell = cells[rows[k]];
        if (isMissing(cell))
            continue;
        present++;
        const value = parseNumber(cell);
        if (Number.isNaN(value)) {
            if (firstBad < 0)
                firstBad = rows[k];
        }
        else {
            numeric++;
            sum += value;
        }
    }
    if (present === 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`feature "${name}" is empty in every training row: drop it (features.exclude) or fix the data.`);
    }
    const forcedCategorical = options.categorical?.includes(name) ?? false;
    if (!forcedCategorical && numeric === present) {
        const mean = sum / numeric;
        let squares = 0;
        for (let k = 0; k < rows.length; k++) {
            const cell = cells[rows[k]];
            if (isMissing(cell))
                continue;
            const d = parseNumber(cell) - mean;
            squares += d * d;
        }
        const std = Math.sqrt(squares / numeric);
        return { name, kind: 'numeric', mean, std: std > 0 ? std : 1 };
    }
    if (!forcedCategorical && numeric / present >= NUMERIC_SHARE) {
        const where = options.locate ? `${options.locate(firstBad)}: ` : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}non-numeric value "${cellText(cells[firstBad])}" in numeric column "${name}" (${present - numeric} of ${present} values are not numbers). Fix the data, or list the column under categorical: in the config.`);
    }
    const counts = new Map();
    for (let k = 0; k < rows.length; k++) {
        const cell = cells[rows[k]];
        if (isMissing(cell))
            continue;
        const text = cellText(cell);
        counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    // Most frequent first, ties by name, so the vocabulary does not depend on row order.
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept = ranked.slice(0, options.maxCategories ?? 50).map(([value]) => value);
    return { name, kind: 'categorical', categories: sortLabels(kept), fill: ranked[0][0] };
}
function fitTarget(cells, rows, options) {
    const { target: name, task } = options;
    if (task === 'regression') {
        let sum = 0;
        let n = 0;
        for (let k = 0; k < rows.length; k++) {
            const value = parseNumber(cells[rows[k]]);
            if (Number.isNaN(value)) {
                const where = options.locate ? `${options.locate(rows[k])}: ` : '';
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}target "${name}" has the non-numeric value "${cellText(cells[rows[k]])}", but the task is regression.`);
            }
            sum += value;
            n++;
        }
        const mean = sum / n;
        let squares = 0;
        for (let k = 0; k < rows.length; k++)
            squares += (parseNumber(cells[rows[k]]) - mean) ** 2;
        const std = Math.sqrt(squares / n);
        if (!(std > 0))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`target "${name}" is constant (${mean}) in the training rows: there is nothing to learn.`);
        return { name, task, mean, std };
    }
    const labels = new Set();
    for (let k = 0; k < rows.length; k++)
        labels.add(cellText(cells[rows[k]]));
    let classes = sortLabels(labels);
    if (classes.length < 2)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`target "${name}" is constant ("${classes[0]}") in the training rows: there is nothing to learn.`);
    if (task === 'binary-classification') {
        if (classes.length > 2) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`target "${name}" has ${classes.length} classes (${classes.slice(0, 5).join(', ')}…) but task is binary-classification; use multiclass-classification.`);
        }
        if (options.positiveClass !== undefined) {
            const positive = options.positiveClass;
            if (!classes.includes(positive))
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`positive_class "${positive}" is not a value of target "${name}" (values: ${classes.join(', ')}).`);
            classes = [classes.find((c) => c !== positive), positive];
        }
    }
    return { name, task, classes };
}
/** Learns the preprocessing from the training rows. Rows whose target is missing must already be dropped. */
function fitPreprocessing(columns, options) {
    const rows = rowsOf(columns, options.rows);
    const features = options.features.map((name) => fitFeature(name, column(columns, name), rows, options));
    const target = fitTarget(column(columns, options.target), rows, options);
    const inputNames = [];
    for (const feature of features) {
        if (feature.kind === 'numeric')
            inputNames.push(feature.name);
        else
            inputNames.push(...feature.categories.map((c) => `${feature.name}=${c}`), `${feature.name}=<unknown>`);
    }
    return { features, inputSize: inputNames.length, inputNames, target };
}
/**
 * Raw rows to model input: a row-major Float32Array of `rows × spec.inputSize`. Unknown
 * categories go to the unknown bucket; missing cells are imputed as fitted; a cell that should be
 * a number and is not is an error naming the row.
 */
function applyPreprocessing(spec, columns, options = {}) {
    const rows = rowsOf(columns, options.rows);
    const width = spec.inputSize;
    const out = new Float32Array(rows.length * width);
    let offset = 0;
    for (const feature of spec.features) {
        const cells = columns.values.get(feature.name);
        if (!cells)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`the data has no column "${feature.name}", which the model needs as input (columns: ${[...columns.values.keys()].join(', ')}).`);
        if (feature.kind === 'numeric') {
            for (let k = 0; k < rows.length; k++) {
                const cell = cells[rows[k]];
                let value = feature.mean;
                if (!isMissing(cell)) {
                    value = parseNumber(cell);
                    if (Number.isNaN(value)) {
                        const where = options.locate ? `${options.locate(rows[k])}: ` : `row ${rows[k] + 1}: `;
                        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}non-numeric value "${cellText(cell)}" in numeric column "${feature.name}".`);
                    }
                }
                out[k * width + offset] = (value - feature.mean) / feature.std;
            }
            offset++;
        }
        else {
            const index = new Map(feature.categories.map((c, i) => [c, i]));
            const unknown = feature.categories.length;
            for (let k = 0; k < rows.length; k++) {
                const cell = cells[rows[k]];
                const text = isMissing(cell) ? feature.fill : cellText(cell);
                out[k * width + offset + (index.get(text) ?? unknown)] = 1;
            }
            offset += unknown + 1;
        }
    }
    return out;
}
/** Rows given as objects (JSON requests, JSON Lines) in the column shape applyPreprocessing takes. */
function recordsToColumns(records, names) {
    const values = new Map();
    for (const name of names)
        values.set(name, records.map((record) => record[name]));
    return { rows: records.length, values };
}
/**
 * The training target as numbers: class index for classification, standardized value for
 * regression. A label the encoding does not know is an error naming the row.
 */
function encodeTarget(target, columns, options = {}) {
    const rows = rowsOf(columns, options.rows);
    const cells = column(columns, target.name);
    const out = new Float32Array(rows.length);
    if (target.task === 'regression') {
        for (let k = 0; k < rows.length; k++)
            out[k] = (parseNumber(cells[rows[k]]) - target.mean) / target.std;
        return out;
    }
    const index = new Map(target.classes.map((c, i) => [c, i]));
    for (let k = 0; k < rows.length; k++) {
        const label = cellText(cells[rows[k]]);
        const value = index.get(label);
        if (value === undefined) {
            const where = options.locate ? `${options.locate(rows[k])}: ` : `row ${rows[k] + 1}: `;
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${where}target "${target.name}" has the label "${label}", which the model was not trained on (classes: ${target.classes.join(', ')}).`);
        }
        out[k] = value;
    }
    return out;
}


/***/ }),

/***/ 44359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ readTfjsModel),
/* harmony export */   u: () => (/* binding */ writeTfjsModel)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8126);



/**
 * Dense networks in the TF.js Layers format (model.json + weights.bin), so a package also loads
 * with `tf.loadLayersModel` in any TF.js program, while the suite reads it back without TF.js.
 */
const WEIGHTS_FILE = 'weights.bin';
async function writeTfjsModel(dir, network) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
    const layers = [];
    const weights = [];
    const buffers = [];
    let inputs = network.inputSize;
    network.layers.forEach((layer, i) => {
        const name = `dense_${i + 1}`;
        layers.push({
            class_name: 'Dense',
            config: {
                name,
                trainable: true,
                dtype: 'float32',
                units: layer.units,
                activation: layer.activation,
                use_bias: true,
                kernel_initializer: { class_name: 'GlorotUniform', config: { seed: null } },
                bias_initializer: { class_name: 'Zeros', config: {} },
                kernel_regularizer: null,
                bias_regularizer: null,
                activity_regularizer: null,
                kernel_constraint: null,
                bias_constraint: null,
                ...(i === 0 ? { batch_input_shape: [null, network.inputSize] } : {}),
            },
        });
        weights.push({ name: `${name}/kernel`, shape: [inputs, layer.units], dtype: 'float32' }, { name: `${name}/bias`, shape: [layer.units], dtype: 'float32' });
        buffers.push(layer.kernel, layer.bias);
        inputs = layer.units;
    });
    const modelJson = {
        format: 'layers-model',
        generatedBy: 'mlops-actions',
        convertedBy: null,
        modelTopology: {
            class_name: 'Sequential',
            config: { name: 'sequential', layers },
            keras_version: 'tfjs-layers 4.22.0',
            backend: 'tensor_flow.js',
        },
        weightsManifest: [{ paths: [WEIGHTS_FILE], weights }],
    };
    const total = buffers.reduce((n, b) => n + b.length, 0);
    const all = new Float32Array(total);
    let offset = 0;
    for (const buffer of buffers) {
        all.set(buffer, offset);
        offset += buffer.length;
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'model.json'), `${JSON.stringify(modelJson, null, 1)}\n`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, WEIGHTS_FILE), new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    return ['model.json', WEIGHTS_FILE];
}
/** Reads a model.json written by writeTfjsModel (or any Sequential of Dense layers with float32 weights). */
async function readTfjsModel(dir) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'model.json');
    let model;
    try {
        model = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(`cannot read the TF.js model: ${error.message}`, path);
    }
    const layerConfigs = model?.modelTopology?.config?.layers ?? model?.modelTopology?.model_config?.config?.layers ?? [];
    const dense = layerConfigs.filter((layer) => layer.class_name === 'Dense');
    if (dense.length === 0 || layerConfigs.some((layer) => !['Dense', 'Dropout', 'InputLayer'].includes(layer.class_name))) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6('only Sequential models of Dense (and Dropout) layers can be served without TF.js; this model has other layers.', path);
    }
    const manifest = model.weightsManifest?.[0];
    if (!manifest || model.weightsManifest.length !== 1)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6('expected one weights group in weightsManifest.', path);
    const chunks = await Promise.all(manifest.paths.map((p) => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, p))));
    const bytes = Buffer.concat(chunks);
    const data = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const byName = new Map();
    let offset = 0;
    for (const weight of manifest.weights) {
        if (weight.dtype !== 'float32')
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(`weight ${weight.name} is ${weight.dtype}; only float32 is supported.`, path);
        const size = weight.shape.reduce((a, b) => a * b, 1);
        byName.set(weight.name, data.subarray(offset, offset + size));
        offset += size;
    }
    if (offset !== data.length)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(`weights.bin holds ${data.length} floats but model.json describes ${offset}.`, path);
    const first = dense[0].config;
    const inputSize = first.batch_input_shape?.[1] ?? first.batchInputShape?.[1];
    let inputs = inputSize;
    const layers = dense.map((layer) => {
        const name = layer.config.name;
        const kernel = byName.get(`${name}/kernel`);
        const bias = byName.get(`${name}/bias`);
        if (!kernel || !bias || kernel.length !== inputs * layer.config.units)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .FileError */ .f6(`weights of layer ${name} are missing or have the wrong shape.`, path);
        inputs = layer.config.units;
        return { units: layer.config.units, activation: (layer.config.activation ?? 'linear'), kernel, bias };
    });
    return { inputSize, layers };
}


/***/ }),

/***/ 97247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openActionsCache)
/* harmony export */ });
/**
 * The Actions cache, when the runner offers it: the one way the suite reaches @actions/cache
 * (model downloads in registry/resolve.ts, training checkpoints in train/checkpoint.ts). Best
 * effort, as actions/cache is: when it is missing, `unavailable` says why and callers go on
 * without it.
 */
async function openActionsCache(options = {}) {
    const env = options.env ?? process.env;
    if (!options.client && (!env.ACTIONS_RUNTIME_TOKEN || !(env.ACTIONS_RESULTS_URL || env.ACTIONS_CACHE_URL))) {
        return { unavailable: 'the Actions cache service is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)' };
    }
    let cache;
    try {
        cache = options.client ?? (await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091)));
    }
    catch (error) {
        return { unavailable: `@actions/cache could not load: ${error.message}` };
    }
    if (!cache.isFeatureAvailable()) {
        return { unavailable: 'the Actions cache service is not available here (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)' };
    }
    return { cache };
}


/***/ })

};
