export const id = 797;
export const ids = [797];
export const modules = {

/***/ 41671:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ loadTable)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _reader_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4412);


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

/***/ 50226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ci: () => (/* binding */ trainingMetricDirection),
/* harmony export */   FR: () => (/* binding */ directionOf),
/* harmony export */   GF: () => (/* binding */ findMetric),
/* harmony export */   H9: () => (/* binding */ findReportedMetric),
/* harmony export */   OH: () => (/* binding */ metricRoles),
/* harmony export */   Pb: () => (/* binding */ metricDefinitions),
/* harmony export */   Zv: () => (/* binding */ metricNames),
/* harmony export */   gS: () => (/* binding */ improvementSign)
/* harmony export */ });
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
/* harmony import */ var _classification_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18814);
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


/***/ })

};
