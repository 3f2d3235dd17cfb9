export const id = 679;
export const ids = [679];
export const modules = {

/***/ 61136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MJ: () => (/* binding */ parseGates),
/* harmony export */   _U: () => (/* binding */ gatesNeedBaseline),
/* harmony export */   ud: () => (/* binding */ evaluateGates)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);
/* harmony import */ var _runtime_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71771);



const INPUT = 'gates';
const OPERATORS = ['>=', '<=', '==', '>', '<'];
const NUMBER = String.raw `[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const CONDITION = new RegExp(String.raw `^\s*(>=|<=|==|>|<)\s*(?:(${NUMBER})|baseline(?:\s*([+*-])\s*(${NUMBER}))?)\s*$`);
/**
 * Parses the `gates` input. `metrics` are the names the task reports; a gate on any other name is
 * an error listing them. An empty or blank input means no gates.
 */
function parseGates(text, metrics, robustness = []) {
    if (text === undefined || text.trim() === '')
        return [];
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { uniqueKeys: true });
    if (document.errors.length > 0) {
        // The yaml package's first message line already says where, e.g. "Map keys must be unique at line 2, column 1:".
        const where = document.errors[0].message.split('\n')[0].replace(/:$/, '');
        const unquoted = /:\s*>/.test(text) ? ' Quote conditions: an unquoted ">" starts a YAML block.' : '';
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gates is not valid YAML: ${where}.${unquoted} Write one "metric: condition" per line, e.g. accuracy: ">= 0.85".`, INPUT);
    }
    const root = document.contents;
    if (root === null)
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gates must be a YAML map of metric to condition, e.g. accuracy: ">= 0.85" on its own line; got ${JSON.stringify(text.trim().slice(0, 60))}.`, INPUT);
    const gates = [];
    for (const item of root.items) {
        let metric = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) ? String(item.key.value) : String(item.key);
        const value = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.value) ? item.value.value : item.value;
        if (metric.startsWith('robustness.'))
            metric = robustnessGateName(metric, metrics, robustness);
        else if (!metrics.includes(metric)) {
            const suggestion = (0,_runtime_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(metric, metrics);
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gate "${metric}": unknown metric${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; this model reports ${metrics.join(', ')}.`, INPUT);
        }
        if (typeof value !== 'string') {
            const shown = value === null || value === undefined ? 'nothing' : JSON.stringify(value instanceof Object ? String(value) : value);
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gate "${metric}": the condition must be a quoted string such as ">= 0.85" or ">= baseline - 0.01", got ${shown}.`, INPUT);
        }
        gates.push(parseCondition(metric, value));
    }
    return gates;
}
const ROBUSTNESS_GATE = /^robustness\.([a-z]+)-([^.]*(?:\.[^.]*)?)\.([A-Za-z0-9_]+)$/;
/**
 * Checks `robustness.<perturbation>-<level>.<metric>` against the perturbation-levels that run
 * (`noise-0.1`, …) and returns it with the level written canonically (`noise-0.10` → `noise-0.1`).
 */
function robustnessGateName(name, metrics, robustness) {
    const match = ROBUSTNESS_GATE.exec(name);
    if (!match)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gate "${name}": a robustness gate is written robustness.<perturbation>-<level>.<metric>, e.g. robustness.noise-0.1.accuracy.`, INPUT);
    const [, perturbation, levelText, metric] = match;
    const level = levelText.trim() === '' ? Number.NaN : Number(levelText);
    if (!Number.isFinite(level))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gate "${name}": the level "${levelText}" of ${perturbation} is not a number; write e.g. ${perturbation}-0.1.`, INPUT);
    const run = `${perturbation}-${String(level)}`;
    if (!robustness.includes(run))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(robustness.length === 0
            ? `gate "${name}": names the robustness perturbation ${run}, but robustness is off; set the robustness input, e.g. \`${perturbation}: [${level}]\`.`
            : `gate "${name}": names the robustness perturbation ${run}, which does not run; the robustness input runs ${robustness.join(', ')}.`, INPUT);
    if (!metrics.includes(metric)) {
        const suggestion = (0,_runtime_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .k)(metric, metrics);
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gate "${name}": unknown metric "${metric}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; this model reports ${metrics.join(', ')}.`, INPUT);
    }
    return `robustness.${run}.${metric}`;
}
function parseCondition(metric, condition) {
    const match = CONDITION.exec(condition);
    if (!match)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gate "${metric}": cannot parse "${condition}": ${explain(condition)}`, INPUT);
    const [, operator, number, op, operand] = match;
    const threshold = number !== undefined
        ? { kind: 'number', value: Number(number) }
        : op !== undefined
            ? { kind: 'baseline', op: op, operand: Number(operand) }
            : { kind: 'baseline' };
    return { metric, condition, operator: operator, threshold };
}
/** The first thing wrong with a condition, for the error message. */
function explain(condition) {
    const text = condition.trim();
    const operator = OPERATORS.find((op) => text.startsWith(op));
    if (!operator || /^[<>=!]{3}|^=[^=]|^!/.test(text))
        return 'expected one of >=, >, <=, <, == followed by a number or an expression on baseline, e.g. ">= 0.85" or "<= baseline * 1.05".';
    const rest = text.slice(operator.length).trim();
    if (rest === '')
        return `expected a number or baseline after ${operator}.`;
    if (/%\s*$/.test(rest))
        return 'percentages are not accepted; write a fraction, e.g. 0.85 for 85%.';
    if (/^baseline\b/.test(rest))
        return 'after baseline expected +, - or * and a number, e.g. "baseline - 0.01" or "baseline * 1.05".';
    return `expected a number or baseline after ${operator}, got "${rest}".`;
}
function gatesNeedBaseline(gates) {
    return gates.filter((gate) => gate.threshold.kind === 'baseline');
}
/**
 * Checks each gate against the candidate's metrics. A gate on the baseline with no baseline
 * metrics is an input error (evaluate cannot decide it); a metric that came out undefined (NaN)
 * fails its gate with a reason rather than passing silently.
 */
function evaluateGates(gates, candidate, baseline, baselineMissingBecause = 'there is no baseline') {
    const needing = gatesNeedBaseline(gates);
    if (needing.length > 0 && !baseline) {
        const names = needing.map((gate) => `"${gate.metric}" (${gate.condition.trim()})`).join(', ');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`gate${needing.length > 1 ? 's' : ''} ${names} compare${needing.length > 1 ? '' : 's'} with the baseline, but ${baselineMissingBecause}. Set the baseline input to a registered version or a model path, or use a fixed threshold.`, INPUT);
    }
    return gates.map((gate) => {
        const actual = candidate[gate.metric];
        const threshold = thresholdOf(gate, baseline);
        const result = { metric: gate.metric, condition: gate.condition.trim(), actual, threshold, passed: false };
        if (!Number.isFinite(actual))
            result.reason = `${gate.metric} could not be computed for the candidate`;
        else if (!Number.isFinite(threshold))
            result.reason = `${gate.metric} could not be computed for the baseline`;
        else
            result.passed = compare(actual, gate.operator, threshold);
        return result;
    });
}
function thresholdOf(gate, baseline) {
    const t = gate.threshold;
    if (t.kind === 'number')
        return t.value;
    const base = baseline[gate.metric];
    if (t.op === '+')
        return base + t.operand;
    if (t.op === '-')
        return base - t.operand;
    if (t.op === '*')
        return base * t.operand;
    return base;
}
/** `==` is exact equality of the two doubles: write `>=`/`<=` pairs for tolerance. */
function compare(actual, operator, threshold) {
    switch (operator) {
        case '>=':
            return actual >= threshold;
        case '>':
            return actual > threshold;
        case '<=':
            return actual <= threshold;
        case '<':
            return actual < threshold;
        case '==':
            return actual === threshold;
    }
}


/***/ }),

/***/ 848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ loadPackagePredictor)
/* harmony export */ });
/* unused harmony export loadPredictor */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);
/* harmony import */ var _network_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2426);
/* harmony import */ var _onnx_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76769);
/* harmony import */ var _package_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85056);
/* harmony import */ var _preprocessing_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60222);
/* harmony import */ var _tfjs_format_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(44359);







/** Verifies the package's checksums, then loads its preprocessing and network. */
async function loadPredictor(dir, verified) {
    const manifest = verified ?? (await (0,_package_js__WEBPACK_IMPORTED_MODULE_4__/* .readModelPackage */ .As)(dir));
    if (manifest.framework !== 'tfjs') {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir} holds a ${manifest.framework} model; loadPredictor runs tfjs packages (loadPackagePredictor also runs onnx ones).`);
    }
    if (!manifest.preprocessing)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir}/manifest.json has no preprocessing section, so raw rows cannot be turned into model input.`);
    const preprocessing = manifest.preprocessing;
    const network = await (0,_tfjs_format_js__WEBPACK_IMPORTED_MODULE_6__/* .readTfjsModel */ .P)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'model'));
    if (network.inputSize !== preprocessing.inputSize) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir}: the model takes ${network.inputSize} inputs but the manifest's preprocessing produces ${preprocessing.inputSize}.`);
    }
    const predict = (columns) => (0,_network_js__WEBPACK_IMPORTED_MODULE_2__/* .predictNetwork */ .k)(network, (0,_preprocessing_js__WEBPACK_IMPORTED_MODULE_5__/* .applyPreprocessing */ .JZ)(preprocessing, columns), columns.rows);
    return {
        manifest,
        network,
        predict,
        predictRecords: (records) => predict((0,_preprocessing_js__WEBPACK_IMPORTED_MODULE_5__/* .recordsToColumns */ .d7)(records, preprocessing.features.map((f) => f.name))),
        outputsPerRow: network.layers[network.layers.length - 1].units,
    };
}
/** Verifies the package's checksums once, then loads it with the runtime its `framework` needs. */
async function loadPackagePredictor(dir, options = {}) {
    const manifest = await (0,_package_js__WEBPACK_IMPORTED_MODULE_4__/* .readModelPackage */ .As)(dir);
    if (manifest.framework === 'tfjs') {
        const predictor = await loadPredictor(dir, manifest);
        const preprocessing = manifest.preprocessing;
        return {
            manifest,
            preprocessing,
            predict: async (columns) => predictor.predict(columns),
            predictInput: async (input, rows) => (0,_network_js__WEBPACK_IMPORTED_MODULE_2__/* .predictNetwork */ .k)(predictor.network, input, rows),
            network: predictor.network,
            release: async () => undefined,
        };
    }
    if (manifest.framework === 'onnx') {
        if (!manifest.preprocessing) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir}/manifest.json has no preprocessing section, so raw rows cannot be turned into model input. The training command must write mlops.json with "preprocessing" (see examples/churn-pytorch/train.py).`);
        }
        const preprocessing = manifest.preprocessing;
        const model = await (0,_onnx_js__WEBPACK_IMPORTED_MODULE_3__/* .loadOnnxModel */ .$m)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(dir, 'model', 'model.onnx'), preprocessing.inputSize, (0,_onnx_js__WEBPACK_IMPORTED_MODULE_3__/* .loadOnnxRuntime */ .aD)(options.env, options.cwd));
        return {
            manifest,
            preprocessing,
            predict: (columns) => model.run((0,_preprocessing_js__WEBPACK_IMPORTED_MODULE_5__/* .applyPreprocessing */ .JZ)(preprocessing, columns), columns.rows),
            predictInput: (input, rows) => model.run(input, rows),
            release: () => model.release(),
        };
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${dir} holds a ${manifest.framework} model, which the suite cannot run without your code; evaluate and deploy run tfjs and onnx packages.`);
}


/***/ }),

/***/ 58679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jsonReportPath: () => (/* binding */ jsonReportPath),
  run: () => (/* binding */ run),
  shapCsvPath: () => (/* binding */ shapCsvPath)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(16317);
// EXTERNAL MODULE: ./shared/github/comments.ts
var comments = __webpack_require__(51076);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./shared/github/errors.ts
var errors = __webpack_require__(35585);
// EXTERNAL MODULE: ./shared/registry/resolve.ts
var resolve = __webpack_require__(35592);
// EXTERNAL MODULE: ./shared/registry/versions.ts
var versions = __webpack_require__(60039);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var runtime_errors = __webpack_require__(8126);
;// CONCATENATED MODULE: ./shared/evaluate/baseline.ts






const INPUT = 'baseline';
/**
 * What the `baseline` input means for a candidate named `modelName`: `none` → no baseline; an
 * existing folder → that package; a bare alias (`production`, `staging`, `latest`) → that alias
 * of the candidate's own name; a bare `vN` → that version; `name@alias`, `name/vN` as written.
 */
function baselineReference(input, modelName, cwd) {
    const text = (input ?? 'production').trim();
    if (text === '' || text === 'none')
        return undefined;
    const local = (0,external_node_path_.resolve)(cwd, text);
    if ((0,external_node_fs_.existsSync)(local) && (0,external_node_fs_.statSync)(local).isDirectory())
        return text;
    if (/^v\d+$/.test(text))
        return `${modelName}/${text}`;
    if (!text.includes('@') && !text.includes('/') && !text.startsWith('.'))
        return `${modelName}@${text}`;
    return text;
}
/**
 * Resolves the baseline. One that does not exist yet (no such alias, no version, no token or
 * GitHub unreachable) is not fatal here: the outcome carries the reason, and the caller warns
 * and compares against nothing unless the gates need a baseline. A baseline that exists but
 * fails its integrity check (checksums, escaping archive entries) fails the step: someone
 * changed a registered model. Errors that are not the user's (bugs) still propagate.
 */
async function resolveBaseline(input, modelName, options) {
    const ref = baselineReference(input, modelName, options.cwd);
    if (ref === undefined)
        return { ref: 'none' };
    try {
        return { resolved: await (0,resolve/* resolveModel */.AX)(ref, { ...options, input: INPUT }), ref };
    }
    catch (error) {
        const described = (0,errors/* toUserError */.dZ)(error, { what: `Resolving the baseline ${ref}` });
        if (!(0,runtime_errors/* isUserError */.iU)(described) || described instanceof runtime_errors/* IntegrityError */.cs)
            throw described;
        const reason = described.message.replace(/^input "baseline": /, '');
        return { ref, reason, firstVersion: await hasNoVersions(ref, modelName, options) };
    }
}
/** True when the reference names the candidate's own model and the registry holds no version of it. */
async function hasNoVersions(ref, modelName, options) {
    if (!options.client || !options.repository || !ref.startsWith(`${modelName}@`))
        return false;
    try {
        return (await (0,versions/* listVersionTags */.OZ)(options.client, { ...options.repository, name: modelName })).length === 0;
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./shared/stats/random.ts
var stats_random = __webpack_require__(73251);
// EXTERNAL MODULE: ./shared/metrics/definitions.ts
var definitions = __webpack_require__(50226);
// EXTERNAL MODULE: ./shared/metrics/regression.ts
var regression = __webpack_require__(27351);
// EXTERNAL MODULE: ./shared/metrics/score.ts
var score = __webpack_require__(51170);
;// CONCATENATED MODULE: ./shared/metrics/bootstrap.ts









const DEFAULT_BOOTSTRAP_SEED = 20240611;
/** The bootstrap's own stream, apart from every other use of the same seed. */
const BOOTSTRAP_STREAM = 0x626f6f74;
/**
 * Scores resamples [from, to). Resample r depends only on (seed, r), so any split of the range
 * across threads gives the same draws as one pass.
 */
function bootstrapDraws(candidate, baseline, seed, from, to) {
    const names = (0,definitions/* metricNames */.Zv)(candidate.kind === 'regression' ? 'regression' : 'binary-classification');
    const count = to - from;
    const candidateDraws = names.map(() => new Float64Array(count));
    const baselineDraws = baseline ? names.map(() => new Float64Array(count)) : undefined;
    const counts = new Uint8Array(candidate.rows);
    for (let r = from; r < to; r++) {
        drawMultinomialCounts(counts, (0,stats_random/* deriveSeed */.B7)(seed, BOOTSTRAP_STREAM, r));
        const [c, b] = candidate.kind === 'regression' && baseline?.kind === 'regression'
            ? (0,regression/* scoreRegressionPair */.mO)(candidate, baseline, counts)
            : [(0,score/* scoreMetrics */.uf)(candidate, counts), baseline ? (0,score/* scoreMetrics */.uf)(baseline, counts) : undefined];
        for (let m = 0; m < names.length; m++) {
            candidateDraws[m][r - from] = c[names[m]];
            if (b)
                baselineDraws[m][r - from] = b[names[m]];
        }
    }
    return { names, candidate: candidateDraws, baseline: baselineDraws };
}
/**
 * Point estimates, and with `resamples > 0` percentile intervals, for the candidate, the baseline
 * and their difference. Without a baseline, only the candidate's own intervals. In this thread;
 * see `pairedBootstrapOnWorkers` for the same result from several threads.
 */
function bootstrap_pairedBootstrap(candidate, baseline, options) {
    const settings = checkOptions(candidate, baseline, options);
    return summarize(candidate, baseline, settings, bootstrapDraws(candidate, baseline, settings.seed, 0, settings.resamples));
}
/** Below this many row-resamples, starting threads and copying the rows to them costs more than it saves. */
const PARALLEL_MIN_WORK = 20_000_000;
/**
 * `pairedBootstrap` with the resamples split across worker threads. Each worker gets a copy of
 * both prepared models and a range of resample indices; the draws, and so the result, are
 * identical to the single-threaded ones.
 */
async function pairedBootstrapOnWorkers(candidate, baseline, options, workers = {}) {
    const settings = checkOptions(candidate, baseline, options);
    const threads = Math.max(1, Math.min(workers.threads ?? Math.min((0,external_node_os_.availableParallelism)(), 8), settings.resamples));
    if (!workers.workerFile || threads < 2 || candidate.rows * settings.resamples < (workers.minWork ?? PARALLEL_MIN_WORK))
        return bootstrap_pairedBootstrap(candidate, baseline, options);
    const bounds = Array.from({ length: threads + 1 }, (_, t) => Math.round((t * settings.resamples) / threads));
    const started = [];
    let parts;
    try {
        parts = await Promise.all(bounds.slice(0, -1).map((from, t) => new Promise((resolve, reject) => {
            const worker = new external_node_worker_threads_.Worker(workers.workerFile);
            started.push(worker);
            const request = { candidate, baseline, seed: settings.seed, from, to: bounds[t + 1] };
            worker.once('message', (draws) => 'error' in draws ? reject(new Error(`bootstrap worker failed: ${draws.error}`)) : resolve(draws));
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`bootstrap worker exited with code ${code} before answering`)));
            worker.postMessage(request);
        })));
    }
    finally {
        // On success they are done; on a failure the others are stopped rather than left running.
        await Promise.all(started.map((worker) => worker.terminate()));
    }
    const joined = {
        names: parts[0].names,
        candidate: parts[0].names.map((_, m) => concat(parts.map((part) => part.candidate[m]))),
        baseline: baseline ? parts[0].names.map((_, m) => concat(parts.map((part) => part.baseline[m]))) : undefined,
    };
    return summarize(candidate, baseline, settings, joined);
}
function concat(arrays) {
    const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
    let at = 0;
    for (const a of arrays) {
        out.set(a, at);
        at += a.length;
    }
    return out;
}
/** The worker script next to the running bundle (dist/bootstrap-worker.js), or MLOPS_BOOTSTRAP_WORKER. */
function bootstrapWorkerFile(env = process.env) {
    let here;
    try {
        here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    }
    catch {
        here = process.cwd();
    }
    return [env.MLOPS_BOOTSTRAP_WORKER, external_node_path_default().join(here, 'bootstrap-worker.js')].find((file) => Boolean(file) && (0,external_node_fs_.existsSync)(file));
}
function checkOptions(candidate, baseline, options) {
    const seed = options.seed ?? DEFAULT_BOOTSTRAP_SEED;
    const confidence = options.confidence ?? 0.95;
    const resamples = options.resamples;
    if (!Number.isInteger(resamples) || resamples < 0)
        throw new Error(`bootstrap resamples must be a non-negative integer, got ${resamples}`);
    if (!(confidence > 0 && confidence < 1))
        throw new Error(`bootstrap confidence must be between 0 and 1, got ${confidence}`);
    if (baseline)
        (0,score/* assertSameRows */.gB)(candidate, baseline);
    return { seed, confidence, resamples };
}
function summarize(candidate, baseline, settings, draws) {
    const { seed, confidence, resamples } = settings;
    const candidatePoint = (0,score/* scoreMetrics */.uf)(candidate);
    const baselinePoint = baseline ? (0,score/* scoreMetrics */.uf)(baseline) : undefined;
    const tail = ((1 - confidence) / 2) * 100;
    const metrics = draws.names.map((metric, m) => {
        const direction = (0,definitions/* directionOf */.FR)(metric);
        const comparison = {
            metric,
            direction,
            candidate: candidatePoint[metric],
            candidateInterval: null,
            undefinedResamples: 0,
        };
        if (resamples === 0) {
            if (baselinePoint)
                Object.assign(comparison, {
                    baseline: baselinePoint[metric],
                    delta: candidatePoint[metric] - baselinePoint[metric],
                    baselineInterval: null,
                    deltaInterval: null,
                    verdict: null,
                });
            return comparison;
        }
        const candidateDraws = draws.candidate[m];
        const baselineDraws = draws.baseline?.[m];
        const defined = [];
        for (let r = 0; r < resamples; r++)
            if (Number.isFinite(candidateDraws[r]) && (!baselineDraws || Number.isFinite(baselineDraws[r])))
                defined.push(r);
        comparison.undefinedResamples = resamples - defined.length;
        comparison.candidateInterval = percentileInterval(Float64Array.from(defined, (r) => candidateDraws[r]), tail);
        if (baselinePoint && baselineDraws) {
            comparison.baseline = baselinePoint[metric];
            comparison.delta = candidatePoint[metric] - baselinePoint[metric];
            comparison.baselineInterval = percentileInterval(Float64Array.from(defined, (r) => baselineDraws[r]), tail);
            comparison.deltaInterval = percentileInterval(Float64Array.from(defined, (r) => candidateDraws[r] - baselineDraws[r]), tail);
            comparison.verdict = comparison.deltaInterval ? verdictOf(comparison.deltaInterval, direction) : null;
        }
        return comparison;
    });
    return { method: 'paired multinomial bootstrap', resamples, seed, confidence, metrics };
}
function verdictOf(deltaInterval, direction) {
    const sign = direction === 'higher' ? 1 : -1;
    if (deltaInterval.low > 0)
        return sign > 0 ? 'better' : 'worse';
    if (deltaInterval.high < 0)
        return sign > 0 ? 'worse' : 'better';
    return 'within noise';
}
function percentileInterval(values, tailPercent) {
    if (values.length === 0)
        return null;
    values.sort();
    return { low: sortedPercentile(values, tailPercent), high: sortedPercentile(values, 100 - tailPercent) };
}
/** numpy.percentile's default ("linear") interpolation on ascending values. */
function sortedPercentile(sorted, percent) {
    const position = ((sorted.length - 1) * percent) / 100;
    const below = Math.floor(position);
    const above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
}
const TWO_32 = 4294967296;
/**
 * Fills `counts` with how often each of its n rows is drawn in n uniform draws with replacement.
 * The generator is mulberry32, the one shared/train/random.ts provides, inlined here because
 * this loop runs n times per resample and the closure call doubled its cost. Row indices come
 * from 32-bit outputs by Lemire's multiply-and-reject, which is exactly uniform; above 2^21 rows
 * the 32×n-bit product no longer fits a double's 53 bits, so two outputs make a 53-bit uniform
 * instead (bias below n / 2^53).
 */
function drawMultinomialCounts(counts, seed) {
    const rows = counts.length;
    counts.fill(0);
    // The generator state stays a local (a closure would keep it in a heap context: 4× slower).
    let state = seed | 0;
    let t = 0;
    if (rows <= 1 << 21) {
        const threshold = (TWO_32 - rows) % rows;
        for (let drawn = 0; drawn < rows;) {
            state = (state + 0x6d2b79f5) | 0;
            t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            const product = ((t ^ (t >>> 14)) >>> 0) * rows;
            const row = Math.floor(product / TWO_32);
            if (product - row * TWO_32 < threshold)
                continue;
            counts[row]++;
            drawn++;
        }
    }
    else {
        for (let drawn = 0; drawn < rows; drawn++) {
            state = (state + 0x6d2b79f5) | 0;
            t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            const high = ((t ^ (t >>> 14)) >>> 0) >>> 11;
            state = (state + 0x6d2b79f5) | 0;
            t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            const uniform = (high * TWO_32 + ((t ^ (t >>> 14)) >>> 0)) / 9007199254740992;
            counts[Math.floor(uniform * rows)]++;
        }
    }
}

// EXTERNAL MODULE: ./shared/metrics/gates.ts
var metrics_gates = __webpack_require__(61136);
// EXTERNAL MODULE: ./shared/metrics/classification.ts
var classification = __webpack_require__(18814);
;// CONCATENATED MODULE: ./shared/metrics/importance.ts




/**
 * Permutation importance, as sklearn's `permutation_importance`: how much a metric degrades
 * when one feature's values are shuffled across rows, breaking its link to the target. A
 * categorical feature is one-hot encoded into several model-input columns; they form one group
 * and move together (the same row permutation for all of them), so every permuted row is still
 * a valid one-hot row.
 *
 * Importance = improvement sign × (score on the data − score with the feature permuted), so it is
 * positive when shuffling hurts, for higher-is-better and lower-is-better metrics alike (sklearn
 * gets the same sign by negating error metrics in its scorers). Mean and population std (ddof=0)
 * over `repeats`, as sklearn reports them.
 */
/** A fixed first part, so the seed is mixed before group and repeat are (see bootstrap.ts). */
const IMPORTANCE_STREAM = 0x696d7070;
async function permutationImportance(options) {
    const { features, rows, width, groups, predict, score, metric } = options;
    const repeats = options.repeats ?? 5;
    const seed = options.seed ?? 0;
    if (features.length !== rows * width)
        throw new Error(`feature matrix has ${features.length} values for ${rows} rows × ${width} columns`);
    for (const group of groups)
        for (const column of group.columns)
            if (!(column >= 0 && column < width))
                throw new Error(`feature ${group.name} refers to input column ${column}; the input has ${width}`);
    const permutation = options.permutation ?? ((group, repeat) => (0,stats_random/* shuffledIndices */.FF)(rows, (0,stats_random/* deriveSeed */.B7)(seed, IMPORTANCE_STREAM, group, repeat)));
    const sign = (0,definitions/* improvementSign */.gS)(metric);
    const baseline = score(await predict(features, rows));
    const working = features.slice();
    const result = [];
    for (let g = 0; g < groups.length; g++) {
        const columns = groups[g].columns;
        const importances = [];
        for (let r = 0; r < repeats; r++) {
            const source = permutation(g, r);
            for (let i = 0; i < rows; i++) {
                const from = source[i] * width;
                const to = i * width;
                for (const c of columns)
                    working[to + c] = features[from + c];
            }
            importances.push(sign * (baseline - score(await predict(working, rows))));
        }
        for (let i = 0; i < rows; i++)
            for (const c of columns)
                working[i * width + c] = features[i * width + c];
        const mean = importances.reduce((a, b) => a + b, 0) / repeats;
        const std = Math.sqrt(importances.reduce((a, b) => a + (b - mean) ** 2, 0) / repeats);
        result.push({ name: groups[g].name, mean, std, repeats: importances });
    }
    return { metric, baseline, repeats, features: result };
}
/**
 * The scoring function for `permutationImportance`: model output → one metric. Binary models may
 * output one column (P(class 1)) or two.
 */
function predictionScorer(task, targets, metric, classes = task === 'regression' ? 0 : 2) {
    const ranking = metric === 'roc_auc' || metric === 'pr_auc';
    return (predictions) => {
        if (task === 'regression')
            return (0,score/* scoreMetrics */.uf)((0,score/* prepareMetrics */.V2)({ task, data: { actual: targets, predicted: predictions } }))[metric];
        const probabilities = task === 'binary-classification' && predictions.length === targets.length ? (0,classification/* fromPositiveProbabilities */.JW)(predictions) : predictions;
        const prepared = (0,score/* prepareMetrics */.V2)({ task, data: { labels: targets, probabilities, classes } }, { rankings: ranking });
        return (0,score/* scoreMetrics */.uf)(prepared)[metric];
    };
}
/** One group per feature of the package's preprocessing: numeric → its column, categorical → its one-hot columns. */
function featureGroups(inputNames, featureNames) {
    return featureNames.map((name) => ({
        name,
        columns: inputNames.flatMap((input, column) => (input === name || input.startsWith(`${name}=`) ? [column] : [])),
    }));
}

// EXTERNAL MODULE: ./shared/metrics/ranking.ts
var metrics_ranking = __webpack_require__(21090);
// EXTERNAL MODULE: ./shared/metrics/weights.ts
var metrics_weights = __webpack_require__(18849);
;// CONCATENATED MODULE: ./shared/metrics/slices.ts




const MISSING_SLICE = '(missing)';
/** Resamples of each slice's bootstrap, at most: slices of one column together cost as much as the main bootstrap per resample. */
const MAX_SLICE_RESAMPLES = 1000;
/** The prepared rows `rows` (ascending row indices) as a prepared set of their own. */
function subsetPrepared(prepared, rows) {
    const k = rows.length;
    const pick = (source) => {
        const out = new source.constructor(k);
        for (let i = 0; i < k; i++)
            out[i] = source[rows[i]];
        return out;
    };
    if (prepared.kind === 'regression') {
        const subset = {
            kind: 'regression',
            rows: k,
            error: pick(prepared.error),
            inverseScale: pick(prepared.inverseScale),
            // Centred on the whole set's mean: the weighted sums of squares are shift-invariant.
            centredTarget: pick(prepared.centredTarget),
        };
        return subset;
    }
    const newIndex = new Int32Array(prepared.rows).fill(-1);
    for (let i = 0; i < k; i++)
        newIndex[rows[i]] = i;
    const subset = {
        kind: 'classification',
        rows: k,
        classes: prepared.classes,
        labels: pick(prepared.labels),
        predicted: pick(prepared.predicted),
        cellBin: pick(prepared.cellBin),
        rowLoss: pick(prepared.rowLoss),
        confidence: pick(prepared.confidence),
        bin: pick(prepared.bin),
        rankings: prepared.rankings.map((ranking) => (0,metrics_ranking/* subsetRanking */.xD)(ranking, newIndex, k)),
    };
    return subset;
}
function groupColumn(column, rows, maxSlices) {
    if (column.values.length !== rows)
        throw new Error(`slice column ${column.name} has ${column.values.length} values for ${rows} rows`);
    const groups = new Map();
    for (let i = 0; i < column.values.length; i++) {
        const raw = column.values[i];
        const value = raw === null || raw === undefined || raw === '' ? MISSING_SLICE : String(raw);
        let members = groups.get(value);
        if (!members)
            groups.set(value, (members = []));
        members.push(i);
    }
    const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const omitted = ordered.slice(maxSlices);
    return {
        column: column.name,
        kept: ordered.slice(0, maxSlices),
        omittedSlices: omitted.length,
        omittedRows: omitted.reduce((sum, [, members]) => sum + members.length, 0),
    };
}
function sliceResult(value, rows, candidate, baseline) {
    const weights = (0,metrics_weights/* indicatorWeights */.v)(candidate.rows, rows);
    const result = { value, rows: rows.length, candidate: (0,score/* scoreMetrics */.uf)(candidate, weights) };
    if (baseline)
        result.baseline = (0,score/* scoreMetrics */.uf)(baseline, weights);
    return result;
}
function changesOf(bootstrap, metrics) {
    const by = new Map(bootstrap.metrics.map((m) => [m.metric, m]));
    return Object.fromEntries(metrics.map((name) => {
        const m = by.get(name);
        const change = {
            candidate: m.candidate,
            baseline: m.baseline,
            delta: m.delta,
            interval: m.deltaInterval ?? null,
            verdict: m.verdict ?? null,
            undefinedResamples: m.undefinedResamples,
        };
        return [name, change];
    }));
}
function columnResult(grouped, slices, intervals) {
    const out = {
        column: grouped.column,
        slices,
        omittedSlices: grouped.omittedSlices,
        omittedRows: grouped.omittedRows,
    };
    if (intervals && slices.some((s) => s.changes))
        out.intervals = {
            metrics: [...intervals.metrics],
            resamples: intervals.resamples,
            seed: intervals.seed,
            confidence: intervals.confidence ?? 0.95,
        };
    return out;
}
/** Per-slice metrics in this thread; with a baseline and `intervals`, each slice's paired bootstrap too. */
function sliceMetrics(columns, candidate, baseline, options = {}) {
    const { intervals } = options;
    return columns.map((column) => {
        const grouped = groupColumn(column, candidate.rows, options.maxSlices ?? 20);
        const slices = grouped.kept.map(([value, rows]) => {
            const result = sliceResult(value, rows, candidate, baseline);
            if (baseline && intervals) {
                const bootstrap = pairedBootstrap(subsetPrepared(candidate, rows), subsetPrepared(baseline, rows), intervals);
                result.changes = changesOf(bootstrap, intervals.metrics);
            }
            return result;
        });
        return columnResult(grouped, slices, intervals);
    });
}
/** `sliceMetrics` with each slice's bootstrap split across worker threads when it is large enough to gain from it. */
async function sliceMetricsOnWorkers(columns, candidate, baseline, options = {}, workers = {}) {
    const { intervals } = options;
    const out = [];
    for (const column of columns) {
        const grouped = groupColumn(column, candidate.rows, options.maxSlices ?? 20);
        const slices = [];
        for (const [value, rows] of grouped.kept) {
            const result = sliceResult(value, rows, candidate, baseline);
            if (baseline && intervals) {
                const bootstrap = await pairedBootstrapOnWorkers(subsetPrepared(candidate, rows), subsetPrepared(baseline, rows), intervals, workers);
                result.changes = changesOf(bootstrap, intervals.metrics);
            }
            slices.push(result);
        }
        out.push(columnResult(grouped, slices, intervals));
    }
    return out;
}

// EXTERNAL MODULE: ./shared/model/predictor.ts
var predictor = __webpack_require__(848);
// EXTERNAL MODULE: ./shared/model/preprocessing.ts
var preprocessing = __webpack_require__(60222);
// EXTERNAL MODULE: ./shared/data/table.ts
var data_table = __webpack_require__(41671);
;// CONCATENATED MODULE: ./shared/metrics/shap.ts

/** A fixed first part, so the seed is mixed before anything else (see bootstrap.ts). */
const SHAP_STREAM = 0x73686170;
function checkShapes(data, width) {
    if (data.input.length !== data.rows * width)
        throw new Error(`SHAP input has ${data.input.length} values for ${data.rows} × ${width}`);
    if (data.background.length !== data.backgroundRows * width)
        throw new Error(`SHAP background has ${data.background.length} values for ${data.backgroundRows} × ${width}`);
    if (data.backgroundRows < 1)
        throw new Error('SHAP needs at least one background row');
    for (const group of data.groups)
        for (const column of group.columns)
            if (!(column >= 0 && column < width))
                throw new Error(`feature ${group.name} refers to input column ${column}; the input has ${width}`);
}
/**
 * The closed form for a model linear in its input in the explained space: g(x) = w·x + bias.
 * Exact, with no model call.
 */
function linearShap(data, model) {
    const width = model.weights.length;
    checkShapes(data, width);
    const { input, rows, background, backgroundRows, groups } = data;
    const mean = new Float64Array(width);
    for (let b = 0; b < backgroundRows; b++)
        for (let c = 0; c < width; c++)
            mean[c] += background[b * width + c];
    for (let c = 0; c < width; c++)
        mean[c] /= backgroundRows;
    let expected = model.bias;
    for (let c = 0; c < width; c++)
        expected += model.weights[c] * mean[c];
    const M = groups.length;
    const values = new Float64Array(rows * M);
    const predictions = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
        let g = model.bias;
        for (let c = 0; c < width; c++)
            g += model.weights[c] * input[r * width + c];
        predictions[r] = g;
        for (let j = 0; j < M; j++) {
            let phi = 0;
            for (const c of groups[j].columns)
                phi += model.weights[c] * (input[r * width + c] - mean[c]);
            values[r * M + j] = phi;
        }
    }
    return {
        method: 'linear',
        features: groups.map((g) => g.name),
        values,
        expected: new Float64Array(rows).fill(expected),
        predictions,
        coalitions: 0,
        exact: true,
        modelCalls: 0,
        modelRows: 0,
    };
}
/** The Shapley kernel weight of a coalition of size s among M players (1 ≤ s ≤ M − 1). */
function shapleyKernelWeight(M, s) {
    return (M - 1) / (binomial(M, s) * s * (M - s));
}
function binomial(n, k) {
    let out = 1;
    for (let i = 1; i <= k; i++)
        out = (out * (n - k + i)) / i;
    return out;
}
/** Coalitions (as member lists) and their regression weights. */
function shapCoalitions(M, maxCoalitions = 2048, seed = 0) {
    const total = M <= 30 ? 2 ** M - 2 : Number.POSITIVE_INFINITY;
    if (total <= maxCoalitions) {
        const members = [];
        const weights = [];
        for (let mask = 1; mask <= total; mask++) {
            const set = [];
            for (let j = 0; j < M; j++)
                if (mask & (1 << j))
                    set.push(j);
            members.push(set);
            weights.push(shapleyKernelWeight(M, set.length));
        }
        return { members, weights, exact: true };
    }
    // Sizes drawn in proportion to the kernel's total weight per size, (M − 1) / (s (M − s)); each
    // subset with its complement (paired sampling); repeats merged with their counts as weights.
    const sizeWeights = Array.from({ length: M - 1 }, (_, i) => 1 / ((i + 1) * (M - i - 1)));
    const totalWeight = sizeWeights.reduce((a, b) => a + b, 0);
    const random = (0,stats_random/* seededRandom */.Is)((0,stats_random/* deriveSeed */.B7)(seed, SHAP_STREAM, M));
    const counts = new Map();
    const add = (set) => {
        const key = set.join(',');
        const seen = counts.get(key);
        if (seen)
            seen.count++;
        else
            counts.set(key, { set, count: 1 });
    };
    for (let n = 0; n < Math.floor(maxCoalitions / 2); n++) {
        let u = random() * totalWeight;
        let size = 1;
        while (size < M - 1 && u > sizeWeights[size - 1]) {
            u -= sizeWeights[size - 1];
            size++;
        }
        const order = Array.from({ length: M }, (_, i) => i);
        for (let i = 0; i < size; i++) {
            const k = i + Math.floor(random() * (M - i));
            [order[i], order[k]] = [order[k], order[i]];
        }
        const inside = order.slice(0, size).sort((a, b) => a - b);
        const outside = order.slice(size).sort((a, b) => a - b);
        add(inside);
        add(outside);
    }
    const entries = [...counts.values()];
    return { members: entries.map((e) => e.set), weights: entries.map((e) => e.count), exact: false };
}
/**
 * P = (X'ᵀWX')⁻¹X'ᵀW for the constrained fit, X'[s][j] = z[s][j] − z[s][M−1] (j < M − 1): then
 * φ_{<M−1} = P y' with y'[s] = v(S_s) − v(∅) − z[s][M−1]·(v(all) − v(∅)).
 */
function projection(M, members, weights) {
    const S = members.length;
    const K = M - 1;
    const X = new Float64Array(S * K);
    for (let s = 0; s < S; s++) {
        const z = new Float64Array(M);
        for (const j of members[s])
            z[j] = 1;
        for (let j = 0; j < K; j++)
            X[s * K + j] = z[j] - z[M - 1];
    }
    const A = new Float64Array(K * K);
    for (let s = 0; s < S; s++)
        for (let i = 0; i < K; i++) {
            const xi = X[s * K + i] * weights[s];
            if (xi === 0)
                continue;
            for (let j = 0; j < K; j++)
                A[i * K + j] += xi * X[s * K + j];
        }
    // Solve A P = XᵀW column by column: Gauss–Jordan with partial pivoting on [A | XᵀW].
    const cols = K + S;
    const aug = new Float64Array(K * cols);
    for (let i = 0; i < K; i++) {
        for (let j = 0; j < K; j++)
            aug[i * cols + j] = A[i * K + j];
        for (let s = 0; s < S; s++)
            aug[i * cols + K + s] = X[s * K + i] * weights[s];
    }
    for (let p = 0; p < K; p++) {
        let best = p;
        for (let i = p + 1; i < K; i++)
            if (Math.abs(aug[i * cols + p]) > Math.abs(aug[best * cols + p]))
                best = i;
        if (Math.abs(aug[best * cols + p]) < 1e-12)
            throw new Error('Kernel SHAP: the sampled coalitions do not determine every feature; raise the coalition budget');
        if (best !== p)
            for (let j = 0; j < cols; j++)
                [aug[p * cols + j], aug[best * cols + j]] = [aug[best * cols + j], aug[p * cols + j]];
        const pivot = aug[p * cols + p];
        for (let j = 0; j < cols; j++)
            aug[p * cols + j] /= pivot;
        for (let i = 0; i < K; i++) {
            if (i === p)
                continue;
            const f = aug[i * cols + p];
            if (f === 0)
                continue;
            for (let j = 0; j < cols; j++)
                aug[i * cols + j] -= f * aug[p * cols + j];
        }
    }
    const P = new Float64Array(K * S);
    for (let i = 0; i < K; i++)
        for (let s = 0; s < S; s++)
            P[i * S + s] = aug[i * cols + K + s];
    return P;
}
/** Kernel SHAP over the groups, batched through `model.predict`. */
async function kernelShap(data, model, options = {}) {
    const { width } = model;
    checkShapes(data, width);
    const { input, rows, background, backgroundRows: B, groups } = data;
    const M = groups.length;
    const features = groups.map((g) => g.name);
    const targetOf = (r) => (data.targets ? data.targets[r] : 0);
    let modelCalls = 0;
    let modelRows = 0;
    const call = async (batch, n) => {
        modelCalls++;
        modelRows += n;
        return model.predict(batch, n);
    };
    // g(x) for every row, and g(b) for every background row (once; the explained class picks g).
    const rowOutputs = await call(input, rows);
    const backgroundOutputs = await call(background, B);
    const expectedByTarget = new Map();
    const expectedOf = (target) => {
        let e = expectedByTarget.get(target);
        if (e === undefined) {
            const g = model.explained(backgroundOutputs, B, target);
            e = g.reduce((a, b) => a + b, 0) / B;
            expectedByTarget.set(target, e);
        }
        return e;
    };
    const predictions = new Float64Array(rows);
    const expected = new Float64Array(rows);
    const per = model.outputsPerRow;
    for (let r = 0; r < rows; r++) {
        const out = Array.prototype.slice.call(rowOutputs, r * per, (r + 1) * per);
        predictions[r] = model.explained(out, 1, targetOf(r))[0];
        expected[r] = expectedOf(targetOf(r));
    }
    const values = new Float64Array(rows * M);
    if (M === 0)
        return { method: 'kernel', features, values, expected, predictions, coalitions: 0, exact: true, modelCalls, modelRows };
    if (M === 1) {
        for (let r = 0; r < rows; r++)
            values[r] = predictions[r] - expected[r];
        return { method: 'kernel', features, values, expected, predictions, coalitions: 0, exact: true, modelCalls, modelRows };
    }
    const { members, weights, exact } = shapCoalitions(M, options.maxCoalitions ?? 2048, options.seed ?? 0);
    const S = members.length;
    const P = projection(M, members, weights);
    const fromRow = members.map((set) => set.flatMap((j) => groups[j].columns));
    const inLast = members.map((set) => set.includes(M - 1));
    const perRow = S * B;
    const rowsPerCall = Math.max(1, Math.floor((options.batchRows ?? 262_144) / perRow));
    const K = M - 1;
    const v = new Float64Array(S);
    for (let start = 0; start < rows; start += rowsPerCall) {
        const count = Math.min(rowsPerCall, rows - start);
        const batch = new Float32Array(count * perRow * width);
        for (let k = 0; k < count; k++) {
            const x = (start + k) * width;
            for (let s = 0; s < S; s++) {
                const block = (k * perRow + s * B) * width;
                batch.set(background, block);
                const columns = fromRow[s];
                for (let b = 0; b < B; b++) {
                    const at = block + b * width;
                    for (const c of columns)
                        batch[at + c] = input[x + c];
                }
            }
        }
        const outputs = await call(batch, count * perRow);
        for (let k = 0; k < count; k++) {
            const r = start + k;
            const g = model.explained(outputs.subarray
                ? outputs.subarray(k * perRow * per, (k + 1) * perRow * per)
                : Array.prototype.slice.call(outputs, k * perRow * per, (k + 1) * perRow * per), perRow, targetOf(r));
            for (let s = 0; s < S; s++) {
                let sum = 0;
                for (let b = 0; b < B; b++)
                    sum += g[s * B + b];
                v[s] = sum / B;
            }
            const base = expected[r];
            const delta = predictions[r] - base;
            let total = 0;
            for (let j = 0; j < K; j++) {
                let phi = 0;
                for (let s = 0; s < S; s++)
                    phi += P[j * S + s] * (v[s] - base - (inLast[s] ? delta : 0));
                values[r * M + j] = phi;
                total += phi;
            }
            values[r * M + K] = delta - total;
        }
    }
    return { method: 'kernel', features, values, expected, predictions, coalitions: S, exact, modelCalls, modelRows };
}
/** Mean |φ| per feature over the rows: the global importance. */
function meanAbsolute(result) {
    const M = result.features.length;
    const rows = result.values.length / Math.max(M, 1);
    const out = new Array(M).fill(0);
    for (let r = 0; r < rows; r++)
        for (let j = 0; j < M; j++)
            out[j] += Math.abs(result.values[r * M + j]);
    return out.map((sum) => (rows > 0 ? sum / rows : Number.NaN));
}
const SAMPLE_STREAM = 0x65787031;
/** A seeded sample of `count` of `n` rows, in row order (all rows when there are not more): the rows explained, the background. */
function sampleRows(n, count, seed, stream) {
    if (count >= n)
        return Int32Array.from({ length: n }, (_, i) => i);
    return (0,stats_random/* shuffledIndices */.FF)(n, (0,stats_random/* deriveSeed */.B7)(seed, SAMPLE_STREAM, stream))
        .slice(0, count)
        .sort();
}
const P_MIN = 1e-15;
const logit = (p) => {
    const q = Math.min(Math.max(p, P_MIN), 1 - P_MIN);
    return Math.log(q / (1 - q));
};
/**
 * What is explained, by task, always in the model's link space so that a logistic model's
 * closed form and Kernel SHAP agree, and so candidate and baseline attributions share a unit:
 * binary → log-odds of the positive class; multiclass → log-probability of the row's explained
 * class; regression → the prediction in target units.
 */
function explainedOutput(task, outputsPerRow) {
    if (task === 'regression')
        return { unit: 'prediction', explained: (outputs, rows) => Float64Array.from({ length: rows }, (_, i) => outputs[i]) };
    if (task === 'binary-classification') {
        return {
            unit: 'log-odds',
            explained: (outputs, rows) => outputsPerRow === 1
                ? Float64Array.from({ length: rows }, (_, i) => logit(outputs[i]))
                : Float64Array.from({ length: rows }, (_, i) => logit(outputs[i * 2 + 1])),
        };
    }
    return {
        unit: 'log-probability',
        explained: (outputs, rows, target) => Float64Array.from({ length: rows }, (_, i) => Math.log(Math.max(outputs[i * outputsPerRow + target], P_MIN))),
    };
}

// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
;// CONCATENATED MODULE: ./shared/evaluate/explain.ts




const OTHER_FEATURES = '(other features)';
const explain_INPUT = 'explain';
/** Parses `explain` against the candidate's raw features; an unknown feature is an error naming the known ones. */
function parseExplain(text, features) {
    const value = (text ?? '').trim();
    if (value === '' || /^(false|no|off)$/i.test(value))
        return false;
    if (/^(true|yes|on|all)$/i.test(value))
        return {};
    const names = value
        .split(/[,\n]/)
        .map((name) => name.trim())
        .filter(Boolean);
    for (const name of names) {
        if (!features.includes(name)) {
            const suggestion = (0,suggest/* closest */.k)(name, features) ?? features.find((f) => f.startsWith(name) || name.startsWith(f));
            throw new runtime_errors/* InputError */.dz(`input "explain": the model has no feature "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; its features are ${features.join(', ')}. Give \`true\` to explain all of them.`, explain_INPUT);
        }
    }
    return { features: [...new Set(names)] };
}
function playerGroups(predictor, wanted) {
    const spec = predictor.preprocessing;
    const columnsOf = (name) => spec.inputNames.flatMap((input, column) => (input === name || input.startsWith(`${name}=`) ? [column] : []));
    const own = spec.features.map((f) => f.name);
    if (!wanted)
        return own.map((name) => ({ name, columns: columnsOf(name) }));
    const groups = wanted.map((name) => ({ name, columns: own.includes(name) ? columnsOf(name) : [] }));
    const rest = own.filter((name) => !wanted.includes(name)).flatMap(columnsOf);
    if (rest.length > 0)
        groups.push({ name: OTHER_FEATURES, columns: rest });
    return groups;
}
function argmax(outputs, row, per) {
    let best = 0;
    for (let k = 1; k < per; k++)
        if (outputs[row * per + k] > outputs[row * per + best])
            best = k;
    return best;
}
/** Whether the package is one dense layer, linear in its input in the explained space. */
function linearWeights(predictor, task) {
    const layers = predictor.network?.layers;
    if (layers?.length !== 1 || layers[0].units !== 1)
        return undefined;
    const activation = layers[0].activation;
    if ((task === 'binary-classification' && activation === 'sigmoid') || (task === 'regression' && activation === 'linear'))
        return { weights: layers[0].kernel, bias: layers[0].bias[0] };
    return undefined;
}
async function explainModel(options, model, rows, background) {
    const { predictor, outputs } = model;
    const spec = predictor.preprocessing;
    const groups = playerGroups(predictor, options.request.features);
    const input = (0,preprocessing/* applyPreprocessing */.JZ)(spec, options.table, { rows, locate: options.table.locate });
    const back = (0,preprocessing/* applyPreprocessing */.JZ)(spec, options.table, { rows: background, locate: options.table.locate });
    const data = { input, rows: rows.length, background: back, backgroundRows: background.length, groups };
    const linear = linearWeights(predictor, options.task);
    if (linear)
        return linearShap(data, linear);
    const per = outputs.length / options.table.rows;
    const targets = options.task === 'multiclass-classification' ? Array.from(rows, (r) => argmax(outputs, r, per)) : undefined;
    return kernelShap({ ...data, targets }, {
        width: spec.inputSize,
        outputsPerRow: per,
        predict: (batch, n) => predictor.predictInput(batch, n),
        explained: explainedOutput(options.task, per).explained,
    }, { seed: options.seed, maxCoalitions: options.maxCoalitions });
}
function summary(result) {
    const mean = meanAbsolute(result);
    const importance = result.features
        .map((feature, j) => ({ feature, meanAbs: mean[j] }))
        .sort((a, b) => b.meanAbs - a.meanAbs || (a.feature < b.feature ? -1 : 1));
    return {
        method: result.method,
        exact: result.exact,
        coalitions: result.coalitions,
        modelCalls: result.modelCalls,
        modelRows: result.modelRows,
        expected: result.expected.reduce((a, b) => a + b, 0) / Math.max(result.expected.length, 1),
        importance,
    };
}
function csvCell(text) {
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
/** The candidate's SHAP values as CSV: one line per explained row (its `file:line`), one column per feature, then E[g] and g(x). */
function shapCsv(result, rows, locate) {
    const M = result.features.length;
    const lines = [['row', ...result.features, 'expected', 'prediction'].map(csvCell).join(',')];
    for (let r = 0; r < rows.length; r++) {
        const values = Array.from(result.values.subarray(r * M, (r + 1) * M), (v) => String(v));
        lines.push([csvCell(locate(rows[r])), ...values, String(result.expected[r]), String(result.predictions[r])].join(','));
    }
    return `${lines.join('\n')}\n`;
}
/** SHAP of the candidate (and the baseline, on the same rows and background), its most confident errors, and the CSV. */
async function explainEvaluation(options) {
    const seed = options.seed ?? 0;
    const n = options.table.rows;
    const rows = sampleRows(n, options.rows, seed, 1);
    const background = sampleRows(n, options.background, seed, 2);
    const candidate = await explainModel(options, options.candidate, rows, background);
    const baseline = options.baseline ? await explainModel(options, options.baseline, rows, background) : undefined;
    const locate = options.table.locate ?? ((row) => `data row ${row + 1}`);
    const { truth, task } = options;
    const unit = truth.task === 'binary-classification'
        ? `log-odds of ${options.target} = ${truth.classes[1]}`
        : task === 'multiclass-classification'
            ? 'log-probability of the predicted class'
            : 'prediction';
    // The most confident errors among the explained rows.
    const outputs = options.candidate.outputs;
    const per = outputs.length / n;
    const scoredRows = [];
    for (let i = 0; i < rows.length; i++) {
        const r = rows[i];
        if (truth.task === 'regression') {
            const error = Math.abs(outputs[r] - truth.actual[r]);
            scoredRows.push({ index: i, confidence: error, actual: String(truth.actual[r]), predicted: String(outputs[r]) });
            continue;
        }
        let predictedClass;
        let confidence;
        if (per === 1) {
            predictedClass = outputs[r] > 0.5 ? 1 : 0;
            confidence = predictedClass === 1 ? outputs[r] : 1 - outputs[r];
        }
        else {
            predictedClass = argmax(outputs, r, per);
            confidence = outputs[r * per + predictedClass];
        }
        if (predictedClass !== truth.labels[r])
            scoredRows.push({ index: i, confidence, actual: truth.classes[truth.labels[r]], predicted: truth.classes[predictedClass] });
    }
    scoredRows.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
    const M = candidate.features.length;
    const errors = scoredRows.slice(0, 5).map((e) => {
        const r = rows[e.index];
        const contributions = candidate.features
            .map((feature, j) => ({
            feature,
            value: feature === OTHER_FEATURES ? '' : String(options.table.values.get(feature)?.[r] ?? ''),
            shap: candidate.values[e.index * M + j],
        }))
            .sort((a, b) => Math.abs(b.shap) - Math.abs(a.shap))
            .slice(0, 5);
        return {
            row: locate(r),
            actual: e.actual,
            predicted: e.predicted,
            confidence: e.confidence,
            prediction: candidate.predictions[e.index],
            expected: candidate.expected[e.index],
            contributions,
        };
    });
    return {
        explanations: {
            unit,
            rows: rows.length,
            background: background.length,
            seed,
            features: candidate.features,
            candidate: summary(candidate),
            baseline: baseline ? summary(baseline) : undefined,
            errors,
        },
        csv: shapCsv(candidate, rows, locate),
    };
}

// EXTERNAL MODULE: ./shared/drift/adversarial.ts
var drift_adversarial = __webpack_require__(60908);
;// CONCATENATED MODULE: ./shared/evaluate/leakage.ts



/**
 * Can the evaluation be trusted? Two cheap checks of the evaluation rows against the training
 * rows (the `training-data` input):
 *
 * - adversarial validation (shared/drift/adversarial.ts): boosted trees trained to tell training
 *   rows from evaluation rows over the model's raw features, cross-validated ROC AUC; near 0.5
 *   the evaluation data looks like the training data, above LEAKAGE_AUC_WARNING it does not;
 * - overlap: evaluation rows whose features and target equal a training row's, by row key.
 */
const LEAKAGE_AUC_WARNING = 0.7;
/** Rows sampled from each side for adversarial validation (seeded). */
const ADVERSARIAL_ROWS = 5000;
const OVERLAP_EXAMPLES = 5;
function key(table, columns, row) {
    let out = '';
    for (const { name, numeric } of columns) {
        const cell = table.values.get(name)[row];
        let text;
        if (cell === null || (0,preprocessing/* isMissing */.b2)(cell))
            text = '\u0001';
        else if (numeric) {
            const value = (0,preprocessing/* parseNumber */.$J)(cell);
            text = Number.isNaN(value) ? cell.trim() : String(value);
        }
        else
            text = cell.trim();
        out += `${text}\u0000`;
    }
    return out;
}
function sample(table, columns, limit, seed) {
    const order = (0,stats_random/* shuffledIndices */.FF)(table.rows, seed);
    const take = Math.min(limit, table.rows);
    const rows = [];
    for (let k = 0; k < take; k++) {
        const row = order[k];
        rows.push(columns.map(({ name, kind }) => {
            const cell = table.values.get(name)[row];
            if (cell === null || (0,preprocessing/* isMissing */.b2)(cell))
                return null;
            if (kind === 'numeric') {
                const value = (0,preprocessing/* parseNumber */.$J)(cell);
                return Number.isNaN(value) ? null : value;
            }
            return String(cell).trim();
        }));
    }
    return { columns: columns.map((c) => c.name), rows, seen: table.rows };
}
function checkLeakage(options) {
    const { training, evaluation } = options;
    const seed = options.seed ?? 0;
    const shared = options.features.filter((f) => training.values.has(f.name) && evaluation.values.has(f.name));
    const adversarialColumns = shared.map((f) => ({ name: f.name, kind: f.kind }));
    const keyed = [
        ...shared.map((f) => ({ name: f.name, numeric: f.kind === 'numeric' })),
        ...(training.values.has(options.target) && evaluation.values.has(options.target) ? [{ name: options.target, numeric: false }] : []),
    ];
    let adversarial;
    try {
        const limit = options.maxRows ?? ADVERSARIAL_ROWS;
        const result = (0,drift_adversarial/* adversarialValidation */.m)(sample(training, adversarialColumns, limit, seed + 11), sample(evaluation, adversarialColumns, limit, seed + 12), adversarialColumns, { threshold: LEAKAGE_AUC_WARNING, seed: seed + 13 });
        adversarial = {
            auc: result.auc,
            aucStd: result.aucStd,
            method: result.method,
            rows: { training: result.rows.reference, evaluation: result.rows.current },
            columns: result.columns.slice(0, 10),
            warning: result.auc > LEAKAGE_AUC_WARNING,
            threshold: LEAKAGE_AUC_WARNING,
        };
    }
    catch (error) {
        adversarial = { skipped: error.message };
    }
    const seen = new Map();
    for (let row = 0; row < training.rows; row++) {
        const k = key(training, keyed, row);
        if (!seen.has(k))
            seen.set(k, row);
    }
    let overlapping = 0;
    const examples = [];
    for (let row = 0; row < evaluation.rows; row++) {
        const match = seen.get(key(evaluation, keyed, row));
        if (match === undefined)
            continue;
        overlapping++;
        if (examples.length < OVERLAP_EXAMPLES)
            examples.push({ evaluation: evaluation.locate(row), training: training.locate(match) });
    }
    return {
        training: { path: training.path, files: training.files, rows: training.rows },
        columns: keyed.map((c) => c.name),
        adversarial,
        overlap: { rows: overlapping, share: evaluation.rows > 0 ? overlapping / evaluation.rows : 0, examples },
    };
}

// EXTERNAL MODULE: ./shared/data/profile.ts + 2 modules
var profile = __webpack_require__(98128);
// EXTERNAL MODULE: ./shared/drift/compare.ts + 2 modules
var compare = __webpack_require__(78414);
;// CONCATENATED MODULE: ./shared/evaluate/representativeness.ts




/** undefined when the package has no data-profile.json (a command-mode package whose data could not be profiled). */
async function checkRepresentativeness(packageDir, evaluationData, features, cwd) {
    let training;
    try {
        training = JSON.parse(await (0,promises_.readFile)((0,external_node_path_.join)(packageDir, 'data-profile.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
    const evaluation = await (0,profile/* profileData */.AG)(evaluationData, { cwd });
    const present = new Set(training.columns.map((column) => column.name));
    const include = features.filter((name) => present.has(name));
    if (include.length === 0)
        return undefined;
    const drift = (0,compare/* compareProfiles */.GB)(training, evaluation, { include });
    return {
        drifted: drift.driftedColumns.length > 0,
        driftShare: drift.driftShare,
        compared: drift.comparedColumns,
        columns: drift.columns
            .filter((column) => column.drifted)
            .map((column) => ({ column: column.column, method: column.method, effect: column.effect.value, effectName: column.effect.measure })),
        trainingRows: training.table.rows,
    };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/evaluate/score.ts
function rowPlace(table, row) {
    return table.locate ? table.locate(row) : `data row ${row + 1}`;
}




function modelTask(manifest, dir) {
    const spec = manifest.preprocessing;
    const task = manifest.task ?? spec?.target.task;
    const target = manifest.target ?? spec?.target.name;
    const classes = manifest.classes ?? spec?.target.classes;
    if (!task)
        throw new runtime_errors/* UserError */.yo(`${dir}/manifest.json says nothing about the task (no "task" and no preprocessing.target.task), so it cannot be evaluated.`);
    if (!target)
        throw new runtime_errors/* UserError */.yo(`${dir}/manifest.json names no target column ("target"), so the labels cannot be found in the data.`);
    if (task !== 'regression' && !(classes && classes.length >= 2))
        throw new runtime_errors/* UserError */.yo(`${dir}/manifest.json lists no classes for a ${task} model ("classes"), so labels cannot be matched to outputs.`);
    return { task, target, classes: task === 'regression' ? undefined : classes };
}
function where(table) {
    return table.files.length === 1
        ? table.files[0]
        : `${table.files.length} files (${table.files.slice(0, 3).join(', ')}${table.files.length > 3 ? ', …' : ''})`;
}
/**
 * The data must hold every raw column the package's preprocessing reads, and the target.
 * All missing ones are named at once, with the file and what to do.
 */
function checkColumns(table, preprocessing, target, whose) {
    const have = new Set(table.columns);
    const missingFeatures = preprocessing.features.map((f) => f.name).filter((name) => !have.has(name));
    if (missingFeatures.length > 0) {
        const list = missingFeatures.map((name) => `"${name}"`).join(', ');
        throw new runtime_errors/* UserError */.yo(`${where(table)} is missing the feature column${missingFeatures.length > 1 ? 's' : ''} ${list}, which ${whose} takes as input (the data has: ${table.columns.join(', ')}). Evaluate on data with the same columns the model was trained on.`);
    }
    if (!have.has(target)) {
        throw new runtime_errors/* UserError */.yo(`${where(table)} has no column "${target}", the target ${whose} was trained to predict; evaluate needs labelled data (the data has: ${table.columns.join(', ')}).`);
    }
}
/** Class index per row. Every label the model does not know is named, with its count and first row, before anything is scored. */
function encodeLabels(table, target, classes) {
    const cells = table.values.get(target);
    const index = new Map(classes.map((label, i) => [label, i]));
    const labels = new Int32Array(table.rows);
    const unknown = new Map();
    let missing = 0;
    let firstMissing = -1;
    for (let row = 0; row < table.rows; row++) {
        const raw = cells[row];
        if (raw === null) {
            missing++;
            if (firstMissing < 0)
                firstMissing = row;
            continue;
        }
        const label = raw.trim();
        const value = index.get(label);
        if (value === undefined) {
            const seen = unknown.get(label);
            if (seen)
                seen.count++;
            else
                unknown.set(label, { count: 1, firstRow: row });
        }
        else
            labels[row] = value;
    }
    if (unknown.size > 0) {
        const listed = [...unknown]
            .slice(0, 10)
            .map(([label, { count, firstRow }]) => `"${label}" (${count} row${count > 1 ? 's' : ''}, first at ${rowPlace(table, firstRow)})`);
        throw new runtime_errors/* UserError */.yo(`${where(table)}: the target column "${target}" has label${unknown.size > 1 ? 's' : ''} ${listed.join(', ')}${unknown.size > 10 ? ` and ${unknown.size - 10} more` : ''} that the model was not trained on (its classes: ${classes.join(', ')}). Fix the labels or retrain with them.`);
    }
    if (missing > 0)
        throw new runtime_errors/* UserError */.yo(`${where(table)}: the target column "${target}" is empty in ${missing} row${missing > 1 ? 's' : ''} (first at ${rowPlace(table, firstMissing)}); evaluate needs a label on every row. Drop unlabelled rows first.`);
    return labels;
}
/** Regression targets as numbers; a cell that is not a number is an error naming the row. */
function numericTargets(table, target) {
    const cells = table.values.get(target);
    const out = new Float64Array(table.rows);
    for (let row = 0; row < table.rows; row++) {
        const value = cells[row] === null ? Number.NaN : (0,preprocessing/* parseNumber */.$J)(cells[row]);
        if (Number.isNaN(value)) {
            throw new runtime_errors/* UserError */.yo(`${rowPlace(table, row)}: the target "${target}" is ${cells[row] === null ? 'empty' : `"${cells[row]}", not a number`}; a regression model is evaluated on numeric targets.`);
        }
        out[row] = value;
    }
    return out;
}
function readTruth(table, model) {
    if (model.task === 'regression')
        return { task: 'regression', actual: numericTargets(table, model.target) };
    return { task: model.task, labels: encodeLabels(table, model.target, model.classes), classes: [...model.classes] };
}
/** Model outputs shaped as the metrics want them: two probability columns for a one-output binary model. */
function taskData(truth, outputs, who) {
    if (truth.task === 'regression') {
        if (outputs.length !== truth.actual.length)
            throw new runtime_errors/* UserError */.yo(`${who} returned ${outputs.length} values for ${truth.actual.length} rows; a regression model has one output per row.`);
        return { task: 'regression', data: { actual: truth.actual, predicted: outputs } };
    }
    const rows = truth.labels.length;
    const classes = truth.classes.length;
    let probabilities = outputs;
    if (truth.task === 'binary-classification' && outputs.length === rows)
        probabilities = (0,classification/* fromPositiveProbabilities */.JW)(outputs);
    else if (outputs.length !== rows * classes) {
        throw new runtime_errors/* UserError */.yo(`${who} returned ${rows > 0 ? outputs.length / rows : outputs.length} outputs per row for ${classes} classes; it must output one probability per class (or P(${truth.classes[1]}) for a binary model).`);
    }
    return { task: truth.task, data: { labels: truth.labels, probabilities, classes } };
}
/** Runs a package on the table with its own preprocessing and scores it against the truth. */
async function scoreModel(predictor, columns, truth, who) {
    const outputs = await predictor.predict(columns);
    const data = taskData(truth, outputs, who);
    let prepared;
    try {
        prepared = (0,score/* prepareMetrics */.V2)(data);
    }
    catch (error) {
        if (error instanceof runtime_errors/* UserError */.yo)
            throw new runtime_errors/* UserError */.yo(`${who}: ${error.message}`);
        throw error;
    }
    return { outputs, data, prepared, report: (0,score/* computeMetrics */.pH)(data, prepared) };
}

;// CONCATENATED MODULE: ./shared/evaluate/robustness.ts







const PERTURBATIONS = ['noise', 'missing', 'swap'];
const DEFAULT_ROBUSTNESS = { noise: [0.05, 0.1, 0.2] };
/** Resamples of the robustness intervals, at most (each perturbation-level is a bootstrap per model). */
const ROBUSTNESS_RESAMPLES = 200;
const robustness_INPUT = 'robustness';
/** The canonical name of a perturbation at a level: `noise-0.1`. */
function perturbationName(kind, level) {
    return `${kind}-${String(level)}`;
}
/** Every perturbation-level the request runs, in input order. */
function perturbationNames(request) {
    if (!request)
        return [];
    return PERTURBATIONS.flatMap((kind) => (request[kind] ?? []).map((level) => perturbationName(kind, level)));
}
/**
 * Parses the `robustness` input: YAML or JSON mapping a perturbation to its levels
 * (`noise: [0.05, 0.1]`, `missing: 0.1`), `true` for the defaults, empty or `false` for off.
 */
function parseRobustness(text) {
    const value = (text ?? '').trim();
    if (value === '' || /^(false|no|off)$/i.test(value))
        return false;
    if (/^(true|yes|on)$/i.test(value))
        return structuredClone(DEFAULT_ROBUSTNESS);
    let parsed;
    try {
        parsed = (0,dist/* parse */.qg)(value);
    }
    catch (error) {
        throw new runtime_errors/* InputError */.dz(`input "robustness" is not valid YAML or JSON (${error.message.split('\n')[0]}). Write e.g. \`noise: [0.05, 0.1, 0.2]\` on one line and \`missing: [0.1]\` on the next, or \`true\` for the defaults.`, robustness_INPUT);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new runtime_errors/* InputError */.dz(`input "robustness" must map a perturbation (${PERTURBATIONS.join(', ')}) to its levels, e.g. \`noise: [0.05, 0.1, 0.2]\`, or be \`true\` or \`false\`; got ${JSON.stringify(value.slice(0, 60))}.`, robustness_INPUT);
    const request = {};
    for (const [key, raw] of Object.entries(parsed)) {
        if (!PERTURBATIONS.includes(key))
            throw new runtime_errors/* InputError */.dz(`input "robustness": unknown perturbation "${key}"; the perturbations are ${PERTURBATIONS.join(', ')}.`, robustness_INPUT);
        const kind = key;
        const list = Array.isArray(raw) ? raw : [raw];
        if (list.length === 0)
            throw new runtime_errors/* InputError */.dz(`input "robustness": ${kind} has no levels; give at least one, e.g. [0.1].`, robustness_INPUT);
        const levels = [];
        for (const item of list) {
            const level = typeof item === 'number' ? item : typeof item === 'string' && item.trim() !== '' ? Number(item) : Number.NaN;
            if (!Number.isFinite(level))
                throw new runtime_errors/* InputError */.dz(`input "robustness": the ${kind} level ${JSON.stringify(item)} is not a number; levels are numbers such as 0.1.`, robustness_INPUT);
            if (kind === 'noise' ? !(level > 0) : !(level > 0 && level <= 1))
                throw new runtime_errors/* InputError */.dz(`input "robustness": the ${kind} level ${level} is out of range; ${kind === 'noise' ? 'noise is a positive multiple of each column’s standard deviation' : `${kind} is a share of cells, above 0 and at most 1`}.`, robustness_INPUT);
            if (!levels.includes(level))
                levels.push(level);
        }
        request[kind] = levels;
    }
    return Object.keys(request).length > 0 ? request : false;
}
/** The feature columns to perturb: every raw feature either model reads, with the kind its preprocessing gives it. */
function perturbedFeatures(...specs) {
    const seen = new Map();
    for (const spec of specs)
        for (const f of spec.features)
            if (!seen.has(f.name))
                seen.set(f.name, f.kind);
    return [...seen].map(([name, kind]) => ({ name, kind }));
}
const STREAM = { noise: 1, missing: 2, swap: 3 };
/** round(share × n) distinct indices of 0..n−1 (a partial Fisher–Yates), in random order. */
function chooseRows(n, share, random) {
    const k = Math.min(n, Math.round(share * n));
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++)
        order[i] = i;
    for (let i = 0; i < k; i++) {
        const j = i + Math.floor(random() * (n - i));
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    return order.subarray(0, k);
}
/**
 * The table with one perturbation applied to its feature columns; every other column is shared,
 * not copied. Deterministic for (seed, kind, level).
 */
function perturbColumns(table, features, kind, level, seed) {
    const values = new Map(table.values);
    const n = table.rows;
    let cells = 0;
    const touched = [];
    features.forEach(({ name, kind: featureKind }, index) => {
        const source = table.values.get(name);
        if (!source)
            return;
        const random = (0,stats_random/* seededRandom */.Is)((0,stats_random/* deriveSeed */.B7)(seed, STREAM[kind], Math.round(level * 1e9), index));
        if (kind === 'noise') {
            if (featureKind !== 'numeric')
                return;
            const numbers = new Float64Array(n);
            let count = 0;
            let mean = 0;
            let m2 = 0;
            for (let i = 0; i < n; i++) {
                const v = (0,preprocessing/* isMissing */.b2)(source[i]) ? Number.NaN : (0,preprocessing/* parseNumber */.$J)(source[i]);
                numbers[i] = v;
                if (Number.isNaN(v))
                    continue;
                count++;
                const d = v - mean;
                mean += d / count;
                m2 += d * (v - mean);
            }
            const scale = level * (count > 0 ? Math.sqrt(m2 / count) : 0);
            const out = new Array(n);
            for (let i = 0; i < n; i += 2) {
                // Box–Muller: two standard normals per two uniforms.
                const u = 1 - random();
                const r = Math.sqrt(-2 * Math.log(u)) * scale;
                const theta = 2 * Math.PI * random();
                for (const [row, z] of [
                    [i, r * Math.cos(theta)],
                    [i + 1, r * Math.sin(theta)],
                ]) {
                    if (row >= n)
                        break;
                    if (Number.isNaN(numbers[row]))
                        out[row] = source[row];
                    else {
                        out[row] = numbers[row] + z;
                        if (z !== 0)
                            cells++;
                    }
                }
            }
            values.set(name, out);
            touched.push(name);
        }
        else if (kind === 'missing') {
            const out = source.slice();
            for (const row of chooseRows(n, level, random)) {
                if (!(0,preprocessing/* isMissing */.b2)(out[row]))
                    cells++;
                out[row] = null;
            }
            values.set(name, out);
            touched.push(name);
        }
        else {
            if (featureKind !== 'categorical')
                return;
            const vocabulary = [];
            const seen = new Set();
            for (let i = 0; i < n; i++) {
                if ((0,preprocessing/* isMissing */.b2)(source[i]))
                    continue;
                const text = String(source[i]).trim();
                if (!seen.has(text)) {
                    seen.add(text);
                    vocabulary.push(text);
                }
            }
            vocabulary.sort();
            if (vocabulary.length < 2)
                return;
            const position = new Map(vocabulary.map((v, i) => [v, i]));
            const out = source.slice();
            for (const row of chooseRows(n, level, random)) {
                if ((0,preprocessing/* isMissing */.b2)(out[row]))
                    continue;
                const at = position.get(String(out[row]).trim());
                // Uniform over the other values: draw among V − 1 and skip the current one.
                let pick = Math.floor(random() * (vocabulary.length - 1));
                if (pick >= at)
                    pick++;
                out[row] = vocabulary[pick];
                cells++;
            }
            values.set(name, out);
            touched.push(name);
        }
    });
    return { columns: { rows: n, values }, effect: { cells, columns: touched } };
}
function side(comparison, metrics) {
    const by = new Map(comparison.map((m) => [m.metric, m]));
    return {
        metrics: Object.fromEntries(metrics.map((m) => [m, by.get(m).candidate])),
        all: Object.fromEntries(comparison.map((m) => [m.metric, m.candidate])),
        change: Object.fromEntries(metrics.map((m) => {
            const c = by.get(m);
            return [m, { value: c.delta, interval: c.deltaInterval ?? null }];
        })),
    };
}
/**
 * Both models on every perturbation-level. The interval of a change is a paired bootstrap of
 * (perturbed − clean) over the same resampled rows, with at most ROBUSTNESS_RESAMPLES resamples.
 */
async function evaluateRobustness(options) {
    const seed = options.seed ?? 0;
    const metrics = [...(0,definitions/* metricRoles */.OH)(options.task).slices];
    const resamples = Math.min(options.resamples, ROBUSTNESS_RESAMPLES);
    const features = perturbedFeatures(options.candidate.predictor.preprocessing, ...(options.baseline ? [options.baseline.predictor.preprocessing] : []));
    const results = [];
    const bootstrap = (perturbed, clean) => pairedBootstrapOnWorkers(perturbed, clean, { resamples, seed }, { workerFile: options.workerFile });
    let cleanCandidate;
    let cleanBaseline;
    for (const kind of PERTURBATIONS) {
        for (const level of options.request[kind] ?? []) {
            const { columns, effect } = perturbColumns(options.table, features, kind, level, seed);
            const scored = await scoreModel(options.candidate.predictor, columns, options.truth, `the candidate model (${kind} ${level})`);
            const c = await bootstrap(scored.prepared, options.candidate.prepared);
            cleanCandidate ??= Object.fromEntries(metrics.map((m) => [m, c.metrics.find((x) => x.metric === m).baseline]));
            const result = {
                name: perturbationName(kind, level),
                perturbation: kind,
                level,
                cells: effect.cells,
                columns: effect.columns,
                candidate: side(c.metrics, metrics),
            };
            if (options.baseline) {
                const base = await scoreModel(options.baseline.predictor, columns, options.truth, `the baseline model (${kind} ${level})`);
                const b = await bootstrap(base.prepared, options.baseline.prepared);
                cleanBaseline ??= Object.fromEntries(metrics.map((m) => [m, b.metrics.find((x) => x.metric === m).baseline]));
                result.baseline = side(b.metrics, metrics);
            }
            results.push(result);
        }
    }
    return {
        metrics,
        clean: { candidate: cleanCandidate ?? {}, baseline: cleanBaseline },
        resamples,
        seed,
        results,
    };
}
/**
 * Robustness metrics flattened for gates: `robustness.noise-0.1.accuracy`, for every metric
 * the task reports (gates may name any of them, not only the headline ones).
 */
function robustnessGateMetrics(report, who) {
    const out = {};
    for (const r of report?.results ?? []) {
        const s = who === 'candidate' ? r.candidate : r.baseline;
        if (!s)
            continue;
        for (const [metric, value] of Object.entries(s.all))
            out[`robustness.${r.name}.${metric}`] = value;
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/evaluate/report.ts
/**
 * The evaluation report: written as JSON next to the markdown (register's `require-passed`
 * reads its top-level `passed` and `baseline.version`), and the only input of the renderer, so
 * the comment, the summary and the file always say the same thing.
 */
const EVALUATION_SCHEMA_VERSION = 1;
function modelInfo(manifest) {
    return {
        name: manifest.name,
        framework: manifest.framework,
        createdAt: manifest.createdAt,
        commit: manifest.git?.sha,
        runUrl: manifest.run?.url,
        trainingData: manifest.data ? { fingerprint: manifest.data.fingerprint, rows: manifest.data.rows } : undefined,
        durationSeconds: manifest.durationSeconds,
        gpuSeconds: manifest.gpuSeconds,
        cost: manifest.cost,
        device: manifest.device,
    };
}
/** Point estimates by name, from the comparison list. */
function pointMetrics(comparison, side) {
    return Object.fromEntries(comparison.map((m) => [m.metric, side === 'candidate' ? m.candidate : m.baseline]));
}
/** Keeps only the numeric series of a history.json; anything else is ignored rather than drawn wrong. */
function cleanHistory(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const out = {};
    for (const [key, series] of Object.entries(value)) {
        if (Array.isArray(series) && series.length > 0 && series.every((v) => typeof v === 'number' || v === null))
            out[key] = series.map((v) => (v === null ? Number.NaN : v));
    }
    return Object.keys(out).length > 0 ? out : undefined;
}
/** JSON with NaN/Infinity written as null (JSON has no such numbers), stable key order as built. */
function reportJson(report) {
    return `${JSON.stringify(report, (_, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`;
}

;// CONCATENATED MODULE: ./shared/evaluate/evaluate.ts


















async function readHistory(dir) {
    const path = (0,external_node_path_.join)(dir, 'history.json');
    if (!(0,external_node_fs_.existsSync)(path))
        return undefined;
    try {
        return cleanHistory(JSON.parse(await (0,promises_.readFile)(path, 'utf8')));
    }
    catch {
        return undefined;
    }
}
/** Why a resolved baseline cannot be compared on this data, or undefined when it can. */
function baselineMismatch(candidate, baseline, table, truth, dir) {
    const theirs = modelTask(baseline.manifest, dir);
    if (theirs.task !== truth.task)
        return `the baseline is a ${theirs.task} model and the candidate a ${truth.task} one.`;
    if (truth.task !== 'regression' && theirs.classes.join('\u0000') !== truth.classes.join('\u0000')) {
        return `the baseline's classes (${theirs.classes.join(', ')}) differ from the candidate's (${truth.classes.join(', ')}).`;
    }
    if (theirs.target !== (candidate.manifest.target ?? candidate.preprocessing.target.name))
        return `the baseline predicts "${theirs.target}", the candidate "${candidate.manifest.target}".`;
    try {
        checkColumns(table, baseline.preprocessing, theirs.target, 'the baseline');
    }
    catch (error) {
        if (error instanceof runtime_errors/* UserError */.yo)
            return error.message;
        throw error;
    }
    return undefined;
}
/**
 * Everything evaluate computes, before anything is written anywhere: both models scored on the
 * same rows, the paired bootstrap, gates, slices, importances and the curves. Every bad input
 * is an error here, so nothing downstream (files, summary, comment) is ever half-written.
 */
async function evaluateModel(options) {
    return (await evaluateModelWithFiles(options)).report;
}
async function evaluateModelWithFiles(options) {
    const { io } = options;
    const candidate = await (0,predictor/* loadPackagePredictor */.N)(options.modelDir, { env: options.env, cwd: options.cwd });
    const opened = [candidate];
    try {
        const model = modelTask(candidate.manifest, options.modelDir);
        const robustnessRequest = parseRobustness(options.robustness);
        let gates = (0,metrics_gates/* parseGates */.MJ)(options.gates, (0,definitions/* metricNames */.Zv)(model.task), perturbationNames(robustnessRequest));
        const explainRequest = parseExplain(options.explain, candidate.preprocessing.features.map((f) => f.name));
        const outcome = await options.resolveBaseline(candidate.manifest.name);
        let reason = 'reason' in outcome ? outcome.reason : undefined;
        const table = await (0,data_table/* loadTable */.l)(options.data, { cwd: options.cwd });
        if (table.rows === 0)
            throw new runtime_errors/* UserError */.yo(`${options.data}: the data has no rows to evaluate.`);
        checkColumns(table, candidate.preprocessing, model.target, 'the model');
        for (const column of options.slices ?? []) {
            if (!table.values.has(column))
                throw new runtime_errors/* InputError */.dz(`input "slices": the data has no column "${column}" (columns: ${table.columns.join(', ')}).`, 'slices');
        }
        const truth = readTruth(table, model);
        let baseline;
        if (outcome.resolved) {
            try {
                baseline = await (0,predictor/* loadPackagePredictor */.N)(outcome.resolved.dir, { env: options.env, cwd: options.cwd });
                opened.push(baseline);
                reason = baselineMismatch(candidate, baseline, table, truth, outcome.resolved.dir);
                if (reason)
                    baseline = undefined;
            }
            catch (error) {
                if (!(error instanceof runtime_errors/* UserError */.yo) || error instanceof runtime_errors/* IntegrityError */.cs)
                    throw error;
                reason = `${outcome.ref} could not be loaded: ${error.message}`;
            }
        }
        if (!baseline && reason) {
            const needing = (0,metrics_gates/* gatesNeedBaseline */._U)(gates);
            if (needing.length > 0 && 'firstVersion' in outcome && outcome.firstVersion) {
                // Nothing is registered under this name yet: the first version has nothing to beat, so
                // the gates that compare with a baseline do not apply (the fixed ones still do).
                gates = gates.filter((gate) => !needing.includes(gate));
                io?.warning(`${candidate.manifest.name} has no registered version yet, so this is its first: the gate${needing.length > 1 ? 's' : ''} ${needing.map((g) => `"${g.metric}: ${g.condition.trim()}"`).join(', ')} compare${needing.length > 1 ? '' : 's'} with ${outcome.ref} and ${needing.length > 1 ? 'are' : 'is'} skipped.`);
            }
            else if (needing.length > 0) {
                throw new runtime_errors/* InputError */.dz(`input "baseline": ${outcome.ref} cannot be used as the baseline (${reason.replace(/\.$/, '')}), and the gate${needing.length > 1 ? 's' : ''} ${needing.map((g) => `"${g.metric}: ${g.condition.trim()}"`).join(', ')} compare${needing.length > 1 ? '' : 's'} with it. Fix the baseline (register a version and move the alias, or give a package path), or use fixed thresholds.`, 'baseline');
            }
            io?.warning(`No baseline: ${reason} Comparing against nothing.`);
        }
        const scored = await scoreModel(candidate, table, truth, 'the candidate model');
        let base;
        if (baseline)
            base = await scoreModel(baseline, table, truth, `the baseline model (${outcome.ref})`);
        const bootstrap = await pairedBootstrapOnWorkers(scored.prepared, base?.prepared, { resamples: options.resamples, seed: options.seed }, { workerFile: options.workerFile ?? bootstrapWorkerFile(options.env) });
        const metrics = pointMetrics(bootstrap.metrics, 'candidate');
        const baselineMetrics = base ? pointMetrics(bootstrap.metrics, 'baseline') : null;
        let robustness;
        if (robustnessRequest) {
            robustness = await evaluateRobustness({
                request: robustnessRequest,
                table,
                truth,
                task: model.task,
                candidate: { predictor: candidate, prepared: scored.prepared },
                baseline: base ? { predictor: baseline, prepared: base.prepared } : undefined,
                resamples: options.resamples,
                seed: options.seed,
                workerFile: options.workerFile ?? bootstrapWorkerFile(options.env),
            });
        }
        let leakage;
        let representativeness;
        if (!options.trainingData) {
            representativeness = await checkRepresentativeness(options.modelDir, options.data, candidate.preprocessing.features.map((f) => f.name), options.cwd);
            if (representativeness?.drifted)
                io?.warning(`The evaluation data drifts from the training data's profile on ${representativeness.columns.length} of ${representativeness.compared} features (${representativeness.columns.map((c) => c.column).join(', ')}); the metrics may not describe the data the model learned from.`);
        }
        if (options.trainingData) {
            const training = await (0,data_table/* loadTable */.l)(options.trainingData, { cwd: options.cwd });
            const features = candidate.preprocessing.features;
            if (!features.some((f) => training.values.has(f.name)))
                throw new runtime_errors/* InputError */.dz(`input "training-data": ${options.trainingData} has none of the model's features (${features.map((f) => f.name).join(', ')}); give the data the model was trained on.`, 'training-data');
            leakage = checkLeakage({
                training: { ...training, path: options.trainingData },
                evaluation: table,
                features,
                target: model.target,
                seed: options.seed,
            });
            if ('auc' in leakage.adversarial && leakage.adversarial.warning)
                io?.warning(`Adversarial validation: a classifier tells the training rows from the evaluation rows with ROC AUC ${leakage.adversarial.auc.toFixed(3)} (above ${leakage.adversarial.threshold}); the evaluation data does not look like the training data.`);
            if (leakage.overlap.rows > 0)
                io?.warning(`${leakage.overlap.rows} evaluation row(s) also appear in the training data (first: ${leakage.overlap.examples[0].evaluation} = ${leakage.overlap.examples[0].training}); the metrics overstate how the model does on new rows.`);
        }
        const gateResults = (0,metrics_gates/* evaluateGates */.ud)(gates, { ...metrics, ...robustnessGateMetrics(robustness, 'candidate') }, baselineMetrics ? { ...baselineMetrics, ...robustnessGateMetrics(robustness, 'baseline') } : undefined, reason ? `the baseline could not be used: ${reason}` : 'the baseline input is none');
        const slices = options.slices && options.slices.length > 0
            ? await sliceMetricsOnWorkers(options.slices.map((name) => ({ name, values: table.values.get(name) })), scored.prepared, base?.prepared, {
                intervals: {
                    metrics: (0,definitions/* metricRoles */.OH)(model.task).slices,
                    resamples: Math.min(bootstrap.resamples, MAX_SLICE_RESAMPLES),
                    seed: bootstrap.seed,
                    confidence: bootstrap.confidence,
                },
            }, { workerFile: options.workerFile ?? bootstrapWorkerFile(options.env) })
            : undefined;
        let importance;
        if (options.importance) {
            const spec = candidate.preprocessing;
            const features = (0,preprocessing/* applyPreprocessing */.JZ)(spec, table, { locate: table.locate });
            const metric = (0,definitions/* metricRoles */.OH)(model.task).importance;
            const targets = truth.task === 'regression' ? truth.actual : truth.labels;
            importance = await permutationImportance({
                features,
                rows: table.rows,
                width: spec.inputSize,
                groups: featureGroups(spec.inputNames, spec.features.map((f) => f.name)),
                predict: (input, rows) => candidate.predictInput(input, rows),
                score: predictionScorer(model.task, targets, metric, truth.task === 'regression' ? 0 : truth.classes.length),
                metric,
                seed: options.seed,
            });
        }
        let explanations;
        let shapCsv;
        if (explainRequest) {
            const explained = await explainEvaluation({
                request: explainRequest,
                table,
                truth,
                task: model.task,
                target: model.target,
                candidate: { predictor: candidate, outputs: scored.outputs },
                baseline: base ? { predictor: baseline, outputs: base.outputs } : undefined,
                rows: options.explainRows ?? 500,
                background: options.explainBackground ?? 100,
                seed: options.seed,
            });
            explanations = explained.explanations;
            shapCsv = explained.csv;
        }
        const baselineInfo = { ref: outcome.ref, resolved: Boolean(base) };
        if (outcome.resolved) {
            Object.assign(baselineInfo, { version: outcome.resolved.version, tag: outcome.resolved.tag, url: outcome.resolved.releaseUrl });
            if (base)
                baselineInfo.model = modelInfo(baseline.manifest);
        }
        if (reason)
            baselineInfo.reason = reason;
        if (!base && 'firstVersion' in outcome && outcome.firstVersion)
            baselineInfo.firstVersion = true;
        const report = {
            schemaVersion: EVALUATION_SCHEMA_VERSION,
            passed: gateResults.every((g) => g.passed),
            task: model.task,
            classes: truth.task === 'regression' ? undefined : truth.classes,
            data: { path: options.data, files: table.files, rows: table.rows, fingerprint: table.fingerprint },
            model: modelInfo(candidate.manifest),
            baseline: baselineInfo,
            metrics,
            baselineMetrics,
            deltas: baselineMetrics ? Object.fromEntries(bootstrap.metrics.map((m) => [m.metric, m.delta])) : null,
            comparison: bootstrap.metrics,
            bootstrap: { method: bootstrap.method, resamples: bootstrap.resamples, seed: bootstrap.seed, confidence: bootstrap.confidence },
            gates: gateResults,
            confusionMatrix: scored.report.confusionMatrix
                ? { candidate: scored.report.confusionMatrix, baseline: base?.report.confusionMatrix }
                : undefined,
            perClass: scored.report.perClass,
            slices,
            importance,
            explanations,
            robustness,
            leakage,
            representativeness,
            history: {
                candidate: await readHistory(options.modelDir),
                baseline: outcome.resolved ? await readHistory(outcome.resolved.dir) : undefined,
            },
            run: options.run,
        };
        return { report, shapCsv };
    }
    finally {
        await Promise.all(opened.map((p) => p.release()));
    }
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/report/mermaid.ts
var mermaid = __webpack_require__(16530);
;// CONCATENATED MODULE: ./shared/evaluate/render.ts




/**
 * The evaluation as markdown: the same sections for the pull-request comment and the job
 * summary, cut to each one's limit by `renderReport` (details first, never mid-block).
 */
/** Text from data or manifests (labels, slice values, names) made inert: no HTML, no emphasis, no links. */
function inert(text) {
    return text.replace(/[&<>*_`[\]~#!\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}
const COLOUR_NAME = {
    blue: 'blue',
    lightblue: 'light blue',
    orange: 'orange',
    lightorange: 'light orange',
    green: 'green',
    purple: 'purple',
    grey: 'grey',
    lightgrey: 'light grey',
};
const VERDICT = { better: '🟢 better', worse: '🔴 worse', 'within noise': '⚪ within noise' };
function label(metric) {
    const definition = (0,definitions/* findMetric */.GF)(metric);
    return `${definition?.label ?? metric} ${definition?.direction === 'lower' ? '↓' : '↑'}`;
}
/** A signed number with a real minus sign, so +/− line up and read as changes. */
function signed(value, digits = 3) {
    if (value === null || value === undefined || Number.isNaN(value))
        return '–';
    if (value === 0)
        return '0';
    const text = (0,markdown/* formatNumber */.ZV)(Math.abs(value), digits);
    return `${value > 0 ? '+' : '−'}${text}`;
}
function interval(low, high, withSign) {
    if (low === undefined || high === undefined)
        return '–';
    const f = withSign ? (v) => signed(v) : (v) => (0,markdown/* formatNumber */.ZV)(v);
    return `[${f(low)}, ${f(high)}]`;
}
function value(v) {
    return (0,markdown/* formatNumber */.ZV)(v);
}
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
function heading(report) {
    const name = inert(report.model.name);
    const failed = report.gates.filter((g) => !g.passed).length;
    if (report.gates.length === 0)
        return `## 📊 Model evaluation: ${name}`;
    if (failed === 0)
        return `## ✅ Model evaluation: ${name}: ${report.gates.length === 1 ? 'the gate passed' : `all ${report.gates.length} gates passed`}`;
    return `## ❌ Model evaluation: ${name}: ${failed} of ${plural(report.gates.length, 'gate')} failed`;
}
function baselineName(report) {
    const b = report.baseline;
    const shown = b.tag ? `\`${b.tag}\`` : `\`${b.ref}\``;
    const link = b.url ? `[${shown}](${b.url})` : shown;
    return b.tag && b.ref !== b.tag ? `${link} (${inert(b.ref)})` : link;
}
function intro(report) {
    const files = report.data.files.length === 1 ? `\`${report.data.files[0]}\`` : `${report.data.files.length} files matching \`${report.data.path}\``;
    const on = `on **${plural(report.data.rows, 'row')}** of ${files}`;
    if (report.baseline.resolved)
        return `Candidate \`${report.model.name}\` (${report.model.framework}) against the baseline ${baselineName(report)} ${on}, both models scored on the same rows with their own preprocessing.`;
    const lines = [`Candidate \`${report.model.name}\` (${report.model.framework}) ${on}.`];
    if (report.baseline.firstVersion)
        lines.push('', '> [!NOTE]', `> The first version of \`${report.model.name}\`: nothing is registered yet to compare with (\`${report.baseline.ref}\`), so the table shows the candidate alone and gates that compare with a baseline are skipped.`);
    else if (report.baseline.reason)
        lines.push('', '> [!WARNING]', `> No baseline to compare with: ${inert(report.baseline.reason)} The table shows the candidate alone.`);
    else
        lines.push('', `No baseline (\`baseline: ${report.baseline.ref}\`): the table shows the candidate alone.`);
    return lines.join('\n');
}
function metricTable(report) {
    const resamples = report.bootstrap.resamples;
    const confidence = Math.round(report.bootstrap.confidence * 100);
    const rows = report.comparison;
    if (!report.baseline.resolved) {
        const body = (0,markdown/* table */.tp)(['Metric', 'Candidate', `${confidence}% interval`], rows.map((m) => [label(m.metric), value(m.candidate), interval(m.candidateInterval?.low, m.candidateInterval?.high, false)]), ['l', 'r', 'r']);
        return `${body}\n\n<sub>↑ higher is better, ↓ lower is better. ${resamples > 0 ? `Intervals: bootstrap percentile, ${plural(resamples, 'resample')}.` : 'Intervals off (bootstrap: 0).'}${undefinedNote(report)}</sub>`;
    }
    const verdict = (m) => (m.verdict ? VERDICT[m.verdict] : resamples === 0 ? 'not tested' : '–');
    const body = (0,markdown/* table */.tp)(['Metric', 'Baseline', 'Candidate', 'Δ', `${confidence}% interval of Δ`, 'Verdict'], rows.map((m) => [
        label(m.metric),
        value(m.baseline),
        value(m.candidate),
        signed(m.delta),
        interval(m.deltaInterval?.low, m.deltaInterval?.high, true),
        verdict(m),
    ]), ['l', 'r', 'r', 'r', 'r', 'l']);
    const counts = { better: 0, worse: 0, 'within noise': 0 };
    for (const m of rows)
        if (m.verdict)
            counts[m.verdict]++;
    const summary = resamples > 0 ? `**${counts.better}** better, **${counts.worse}** worse, **${counts['within noise']}** within noise.` : '';
    const legend = resamples > 0
        ? `Δ = candidate − baseline; ↑ higher is better, ↓ lower is better. Interval: paired bootstrap over the same resampled rows (${plural(resamples, 'resample')}, seed ${report.bootstrap.seed}); **within noise** means the interval contains 0.`
        : 'Δ = candidate − baseline; ↑ higher is better, ↓ lower is better. No intervals (bootstrap: 0), so no verdicts.';
    return `${summary ? `${summary}\n\n` : ''}${body}\n\n<sub>${legend}${undefinedNote(report)}</sub>`;
}
/** Resamples left out of an interval because the metric was undefined there (e.g. one class drawn): said, not hidden. */
function undefinedNote(report) {
    const affected = report.comparison.filter((m) => m.undefinedResamples > 0);
    if (affected.length === 0)
        return '';
    const list = affected.map((m) => `${(0,definitions/* findMetric */.GF)(m.metric)?.label ?? m.metric} ${m.undefinedResamples}`).join(', ');
    return ` Resamples where a metric was undefined (e.g. only one class drawn) are left out of its interval: ${list} of ${report.bootstrap.resamples.toLocaleString('en-US')}.`;
}
function gatesSection(report) {
    if (report.gates.length === 0)
        return '';
    const rows = report.gates.map((g) => [
        `\`${g.metric}\``,
        `\`${g.condition}\``,
        value(g.threshold),
        value(g.actual),
        g.passed ? '✅ pass' : `❌ fail${g.reason ? `: ${g.reason}` : ''}`,
    ]);
    return `### Gates\n\n${(0,markdown/* table */.tp)(['Metric', 'Condition', 'Threshold', 'Candidate', 'Result'], rows, ['l', 'l', 'r', 'r', 'l'])}`;
}
function deltaChart(report) {
    if (!report.baseline.resolved)
        return '';
    const wanted = (0,definitions/* metricRoles */.OH)(report.task).chart;
    const usable = report.comparison.filter((m) => wanted.includes(m.metric) &&
        m.delta !== undefined &&
        Number.isFinite(m.delta) &&
        m.baseline !== undefined &&
        Number.isFinite(m.baseline) &&
        m.baseline !== 0);
    if (usable.length === 0)
        return '';
    const percent = (m, v) => (((0,definitions/* improvementSign */.gS)(m.metric) * v) / Math.abs(m.baseline)) * 100;
    const change = usable.map((m) => percent(m, m.delta));
    // How wide the noise is: the larger half of the delta interval, in the same percent unit.
    const noise = usable.map((m) => m.deltaInterval
        ? Math.max(Math.abs(percent(m, m.deltaInterval.high - m.delta)), Math.abs(percent(m, m.delta - m.deltaInterval.low)))
        : 0);
    const kind = (m) => (m.verdict === 'better' ? 'better' : m.verdict === 'worse' ? 'worse' : 'noise');
    // xychart bars grow from the axis minimum, not from 0, so a signed bar would mislead. Bars are
    // sizes, drawn over each other in series order: the noise band (light grey) first, then each
    // change in its verdict's colour: grey within the noise, blue a real gain, orange a real loss.
    // A zero bar still shows as a sliver a few pixels long, hidden under the others where it can be.
    const only = (which) => usable.map((m, i) => (kind(m) === which ? Math.abs(change[i]) : 0));
    const withNoise = usable.some((m) => m.deltaInterval);
    const chart = (0,mermaid/* xyChart */.Gp)({
        title: 'Change against the baseline, percent of its value',
        horizontal: true,
        xLabels: usable.map((m) => (0,definitions/* findMetric */.GF)(m.metric)?.label ?? m.metric),
        yTitle: 'percent',
        colours: ['lightgrey', 'grey', 'orange', 'blue'],
        series: [
            { kind: 'bar', values: noise },
            { kind: 'bar', values: only('noise') },
            { kind: 'bar', values: only('worse') },
            { kind: 'bar', values: only('better') },
        ],
    });
    if (!chart)
        return '';
    const legend = withNoise
        ? "blue: better · orange: worse · grey: within noise (the interval of Δ contains 0), whatever its size · light grey band: how far the noise reaches (the wider half of the 95% interval of Δ). Bars are the size of the change relative to the baseline's value (for log loss, ECE, RMSE… lower is better)."
        : "grey: no intervals (bootstrap: 0), so no verdicts. Bars are the size of the change relative to the baseline's value.";
    return `### Metric changes\n\n${chart}\n\n<sub>${legend}</sub>`;
}
/** Curves sharing a base name (`loss`, `val_loss`) go in one chart. */
function curveGroups(history) {
    const groups = new Map();
    for (const key of Object.keys(history)) {
        const base = key.replace(/^val_/, '');
        groups.set(base, [...(groups.get(base) ?? []), key]);
    }
    return [...groups];
}
/** At most `max` evenly spread epochs, always the first and the last. */
function sampledEpochs(count, max = 40) {
    if (count <= max)
        return Array.from({ length: count }, (_, i) => i);
    return [...new Set(Array.from({ length: max }, (_, i) => Math.round((i * (count - 1)) / (max - 1))))];
}
/** The curves drawn: the candidate's history and, when it has one, the baseline's, on one epoch axis. */
function curveData(report) {
    const candidate = report.history?.candidate;
    if (!candidate)
        return undefined;
    const baseline = report.baseline.resolved ? report.history?.baseline : undefined;
    const length = (h) => Math.max(...Object.values(h).map((v) => v.length));
    const candidateEpochs = length(candidate);
    const baselineEpochs = baseline ? length(baseline) : 0;
    const epochs = Math.max(candidateEpochs, baselineEpochs);
    return { candidate, baseline, candidateEpochs, baselineEpochs, epochs, picked: sampledEpochs(epochs) };
}
/** A shorter run (early stopping) held at its last value to the end of the shared axis: xychart needs a value per epoch. */
function held(series, picked) {
    return picked.map((e) => series[Math.min(e, series.length - 1)]);
}
/**
 * One chart per group of curves (`loss` with `val_loss`, `auc` with `val_auc`), as `dvc plots
 * diff` overlays revisions: with a baseline history, its curves on the same chart in orange
 * beside the candidate's in blue, validation darker than training.
 */
function curvesSection(report) {
    const data = curveData(report);
    if (!data)
        return '';
    const { candidate, baseline, candidateEpochs, baselineEpochs, epochs, picked } = data;
    const baselineGroups = new Map(baseline ? curveGroups(baseline) : []);
    const charts = [];
    for (const [base, keys] of curveGroups(candidate).slice(0, 4)) {
        const own = keys.filter((k) => candidate[k].length === candidateEpochs);
        const theirs = (baselineGroups.get(base) ?? []).filter((k) => baseline[k].length === baselineEpochs);
        if (!baseline || theirs.length === 0) {
            const chart = (0,mermaid/* xyChart */.Gp)({
                title: base,
                xTitle: 'epoch',
                xLabels: picked.map((e) => String(e + 1)),
                yTitle: base,
                series: own.map((k) => ({ kind: 'line', values: held(candidate[k], picked) })),
            });
            if (chart)
                charts.push(`${chart}\n\n<sub>${own
                    .slice(0, mermaid/* SERIES_COLOURS */.S$.length)
                    .map((k, i) => `${mermaid/* SERIES_COLOURS */.S$[i]}: ${inert(k)}`)
                    .join(' · ')}${baseline ? ' (the baseline has no such curve)' : ''}</sub>`);
            continue;
        }
        // Validation curves in the full colour, training curves in its light shade.
        const shade = (k, who) => who === 'candidate' ? (k.startsWith('val_') ? 'blue' : 'lightblue') : k.startsWith('val_') ? 'orange' : 'lightorange';
        const lines = [
            ...own.slice(0, 2).map((k) => ({ key: k, who: 'candidate', values: held(candidate[k], picked) })),
            ...theirs.slice(0, 2).map((k) => ({ key: k, who: 'baseline', values: held(baseline[k], picked) })),
        ].filter((l) => l.values.every(Number.isFinite));
        const chart = (0,mermaid/* xyChart */.Gp)({
            title: `${base}: candidate and baseline`,
            xTitle: 'epoch',
            xLabels: picked.map((e) => String(e + 1)),
            yTitle: base,
            colours: lines.map((l) => shade(l.key, l.who)),
            series: lines.map((l) => ({ kind: 'line', values: l.values })),
        });
        if (chart)
            charts.push(`${chart}\n\n<sub>${lines.map((l) => `${COLOUR_NAME[shade(l.key, l.who)]}: ${l.who} ${inert(l.key)}`).join(' · ')}</sub>`);
    }
    if (charts.length === 0)
        return '';
    const notes = [];
    if (baseline && candidateEpochs !== baselineEpochs) {
        const [shorter, count] = candidateEpochs < baselineEpochs ? ['candidate', candidateEpochs] : ['baseline', baselineEpochs];
        notes.push(`The ${shorter} trained ${plural(count, 'epoch')}, the ${shorter === 'candidate' ? 'baseline' : 'candidate'} ${plural(epochs, 'epoch')}: the ${shorter}'s lines are held flat after its last epoch.`);
    }
    if (picked.length < epochs)
        notes.push(`${picked.length} of ${epochs} epochs drawn.`);
    return `### Training curves\n\n${charts.join('\n\n')}${notes.length ? `\n\n<sub>${notes.join(' ')}</sub>` : ''}`;
}
/** Every curve's values per epoch, candidate and baseline, collapsed. */
function curvesTableSection(report) {
    const data = curveData(report);
    if (!data)
        return '';
    const { candidate, baseline, epochs, picked } = data;
    const columns = [
        ...Object.keys(candidate).map((k) => ({ name: baseline ? `candidate ${inert(k)}` : inert(k), series: candidate[k] })),
        ...Object.keys(baseline ?? {}).map((k) => ({ name: `baseline ${inert(k)}`, series: baseline[k] })),
    ];
    const rows = picked.map((e) => [e + 1, ...columns.map((c) => (e < c.series.length ? (0,markdown/* formatNumber */.ZV)(c.series[e]) : '–'))]);
    const note = picked.length < epochs ? `\n\n<sub>${picked.length} of ${epochs} epochs shown.</sub>` : '';
    return (0,markdown/* details */.zH)(`Training curves as a table (${plural(epochs, 'epoch')})`, `${(0,markdown/* table */.tp)(['Epoch', ...columns.map((c) => c.name)], rows, ['r', ...columns.map(() => 'r')])}${note}`);
}
function confusionSection(report) {
    const matrix = report.confusionMatrix;
    const classes = report.classes;
    if (!matrix || !classes)
        return '';
    const one = (rows) => (0,markdown/* table */.tp)(['actual ＼ predicted', ...classes.map(inert)], rows.map((row, i) => [`**${inert(classes[i])}**`, ...row.map((n) => n)]), ['l', ...classes.map(() => 'r')]);
    let body = `Candidate:\n\n${one(matrix.candidate)}`;
    if (matrix.baseline)
        body += `\n\nBaseline:\n\n${one(matrix.baseline)}`;
    if (report.perClass) {
        body += `\n\nPer class (candidate):\n\n${(0,markdown/* table */.tp)(['Class', 'Precision', 'Recall', 'F1', 'Support'], report.perClass.map((s, i) => [inert(classes[i]), value(s.precision), value(s.recall), value(s.f1), s.support]), ['l', 'r', 'r', 'r', 'r'])}`;
    }
    return (0,markdown/* details */.zH)('Confusion matrix', body);
}
function omittedNote(column) {
    return column.omittedSlices > 0
        ? `\n\n<sub>${plural(column.omittedSlices, 'smaller slice')} (${plural(column.omittedRows, 'row')}) not shown.</sub>`
        : '';
}
/** One row per slice and headline metric, as the main table: baseline, candidate, Δ, its interval, the verdict. */
function sliceIntervalTable(column, metrics, confidence, resamples) {
    const rows = column.slices.flatMap((s) => metrics.map((m, i) => {
        const c = s.changes?.[m];
        return [
            i === 0 ? inert(s.value) : '',
            i === 0 ? s.rows : '',
            label(m),
            value(c?.baseline ?? s.baseline?.[m]),
            value(c?.candidate ?? s.candidate[m]),
            signed(c?.delta),
            interval(c?.interval?.low, c?.interval?.high, true),
            c?.verdict ? VERDICT[c.verdict] : resamples === 0 ? 'not tested' : '–',
        ];
    }));
    return (0,markdown/* table */.tp)(['Value', 'Rows', 'Metric', 'Baseline', 'Candidate', 'Δ', `${confidence}% interval of Δ`, 'Verdict'], rows, [
        'l',
        'r',
        'l',
        'r',
        'r',
        'r',
        'r',
        'l',
    ]);
}
function slicesSection(report) {
    if (!report.slices || report.slices.length === 0)
        return '';
    const metrics = (0,definitions/* metricRoles */.OH)(report.task).slices;
    const withBaseline = report.baseline.resolved;
    const counts = { better: 0, worse: 0, 'within noise': 0 };
    let drawn;
    const parts = report.slices.map((column) => {
        if (withBaseline && column.intervals) {
            drawn ??= column.intervals;
            for (const s of column.slices)
                for (const m of column.intervals.metrics) {
                    const verdict = s.changes?.[m]?.verdict;
                    if (verdict)
                        counts[verdict]++;
                }
            const confidence = Math.round(column.intervals.confidence * 100);
            return `**${inert(column.column)}**\n\n${sliceIntervalTable(column, column.intervals.metrics, confidence, column.intervals.resamples)}${omittedNote(column)}`;
        }
        const header = [
            'Value',
            'Rows',
            ...metrics.flatMap((m) => (withBaseline ? [`${(0,definitions/* findMetric */.GF)(m)?.label ?? m}`, 'Δ'] : [(0,definitions/* findMetric */.GF)(m)?.label ?? m])),
        ];
        const rows = column.slices.map((s) => [
            inert(s.value),
            s.rows,
            ...metrics.flatMap((m) => withBaseline ? [value(s.candidate[m]), signed(s.baseline ? s.candidate[m] - s.baseline[m] : undefined)] : [value(s.candidate[m])]),
        ]);
        return `**${inert(column.column)}**\n\n${(0,markdown/* table */.tp)(header, rows, ['l', ...header.slice(1).map(() => 'r')])}${omittedNote(column)}`;
    });
    const names = report.slices.map((s) => s.column).join(', ');
    if (drawn) {
        const tested = counts.better + counts.worse + counts['within noise'];
        const summary = drawn.resamples > 0 && tested > 0 ? `: ${counts.worse} worse, ${counts.better} better, ${counts['within noise']} within noise` : '';
        const legend = drawn.resamples > 0
            ? `Δ = candidate − baseline on the slice's rows. Interval: paired bootstrap resampling the slice's rows alone (${plural(drawn.resamples, 'resample')}, seed ${drawn.seed}); **within noise** means the interval contains 0, so a slice that looks worse may not be. Small slices have wide intervals.`
            : "Δ = candidate − baseline on the slice's rows. No intervals (bootstrap: 0), so no verdicts; small slices are noisy.";
        return (0,markdown/* details */.zH)(`Slices: ${names}${summary}`, `${parts.join('\n\n')}\n\n<sub>${legend}</sub>`);
    }
    return (0,markdown/* details */.zH)(`Slices: ${names}`, `${parts.join('\n\n')}\n\n<sub>Candidate values${withBaseline ? "; Δ = candidate − baseline on the slice's rows" : ''}. Small slices are noisy.</sub>`);
}
function importanceSection(report) {
    const importance = report.importance;
    if (!importance)
        return '';
    const ordered = [...importance.features].sort((a, b) => b.mean - a.mean || (a.name < b.name ? -1 : 1));
    const rows = ordered.map((f) => [inert(f.name), signed(f.mean, 3), (0,markdown/* formatNumber */.ZV)(f.std, 2)]);
    return (0,markdown/* details */.zH)(`Permutation importance (${importance.metric})`, `${(0,markdown/* table */.tp)(['Feature', `Drop in ${importance.metric} when shuffled`, 'Std'], rows, ['l', 'r', 'r'])}\n\n<sub>${plural(importance.repeats, 'shuffle')} per feature on the evaluation rows; positive = the model relies on it. Candidate ${importance.metric}: ${(0,markdown/* formatNumber */.ZV)(importance.baseline)}.</sub>`);
}
/** A name from data or manifests as inline code: code spans render literally, so only a backtick needs replacing. */
function code(text) {
    return `\`${text.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\``;
}
function ratioText(ratio) {
    if (ratio >= 0.9 && ratio <= 1.1)
        return 'about as much';
    if (ratio >= 1.95 && ratio < 2.05)
        return 'twice as much';
    if (ratio >= 1)
        return `${(0,markdown/* formatNumber */.ZV)(ratio, 2)}× as much`;
    if (ratio > 0.48 && ratio <= 0.52)
        return 'half as much';
    return `${(0,markdown/* formatNumber */.ZV)(ratio, 2)}× as much`;
}
/** Global SHAP importance as a chart and a table, what changed against the baseline. */
function explanationSection(report) {
    const e = report.explanations;
    if (!e)
        return '';
    const top = e.candidate.importance.slice(0, 12);
    const baseline = e.baseline ? new Map(e.baseline.importance.map((f, i) => [f.feature, { ...f, rank: i + 1 }])) : undefined;
    const chart = (0,mermaid/* xyChart */.Gp)({
        title: `Mean absolute SHAP value, ${e.unit}`,
        horizontal: true,
        xLabels: top.map((f) => f.feature),
        yTitle: e.unit,
        colours: baseline ? ['blue', 'orange'] : ['blue'],
        series: baseline
            ? [
                { kind: 'bar', values: top.map((f) => f.meanAbs) },
                { kind: 'bar', values: top.map((f) => baseline.get(f.feature)?.meanAbs ?? 0) },
            ]
            : [{ kind: 'bar', values: top.map((f) => f.meanAbs) }],
    });
    const header = baseline
        ? ['Feature', 'Candidate mean |SHAP|', 'Rank', 'Baseline mean |SHAP|', 'Rank', 'Candidate ÷ baseline']
        : ['Feature', 'Mean |SHAP|', 'Rank'];
    const rows = e.candidate.importance.map((f, i) => {
        const b = baseline?.get(f.feature);
        return baseline
            ? [
                code(f.feature),
                (0,markdown/* formatNumber */.ZV)(f.meanAbs, 3),
                i + 1,
                (0,markdown/* formatNumber */.ZV)(b?.meanAbs, 3),
                b ? b.rank : '–',
                b && b.meanAbs > 0 ? `${(0,markdown/* formatNumber */.ZV)(f.meanAbs / b.meanAbs, 2)}×` : '–',
            ]
            : [code(f.feature), (0,markdown/* formatNumber */.ZV)(f.meanAbs, 3), i + 1];
    });
    const changes = [];
    if (baseline) {
        e.candidate.importance.forEach((f, i) => {
            const b = baseline.get(f.feature);
            if (!b || f.feature === OTHER_FEATURES)
                return;
            const ratio = b.meanAbs > 0 ? f.meanAbs / b.meanAbs : Number.POSITIVE_INFINITY;
            const moved = b.rank - (i + 1);
            if (Math.abs(moved) >= 2 || ratio >= 1.5 || ratio <= 1 / 1.5) {
                const rank = moved === 0 ? `rank ${i + 1} in both` : `rank ${b.rank} → ${i + 1}`;
                changes.push(Number.isFinite(ratio)
                    ? `- the candidate relies on ${code(f.feature)} ${ratioText(ratio)} as the baseline (${rank})`
                    : `- the candidate relies on ${code(f.feature)}, which the baseline does not use (${rank})`);
            }
        });
    }
    const method = (m) => m.method === 'linear'
        ? 'closed form (linear in the explained output)'
        : `Kernel SHAP, ${m.exact ? `all ${m.coalitions.toLocaleString('en-US')} coalitions (exact Shapley values)` : `${m.coalitions.toLocaleString('en-US')} sampled coalitions`}, ${plural(m.modelRows, 'model row')} in ${plural(m.modelCalls, 'call')}`;
    const how = `SHAP values of the raw features (one-hot parts summed back to their column), in ${e.unit}, on ${plural(e.rows, 'row')} against a background of ${plural(e.background, 'row')} of the evaluation data (seed ${e.seed}); each row's values sum to its output minus the expected output (${(0,markdown/* formatNumber */.ZV)(e.candidate.expected, 3)}). Candidate: ${method(e.candidate)}.${e.baseline ? ` Baseline: ${method(e.baseline)}.` : ''} The values per row: the \`.shap.csv\` next to the JSON report.`;
    const legend = baseline ? '<sub>blue: candidate · orange: baseline.</sub>\n\n' : '';
    const changed = changes.length > 0
        ? `**What changed against the baseline:**\n\n${changes.slice(0, 8).join('\n')}\n\n`
        : baseline
            ? 'No feature moved by two ranks or more, or changed its weight by half or more, against the baseline.\n\n'
            : '';
    return `### Why the model decides: feature attributions\n\n${chart ?? ''}\n\n${legend}${(0,markdown/* table */.tp)(header, rows, header.map((_, i) => (i === 0 ? 'l' : 'r')))}\n\n${changed}<sub>${how}</sub>`;
}
function errorsSection(report) {
    const e = report.explanations;
    if (!e || e.errors.length === 0)
        return '';
    const classification = report.task !== 'regression';
    const parts = e.errors.map((err) => {
        const head = classification
            ? `**${inert(err.row)}**: actual ${inert(err.actual)}, predicted ${inert(err.predicted)} with probability ${(0,markdown/* formatNumber */.ZV)(err.confidence, 3)}`
            : `**${inert(err.row)}**: actual ${inert(err.actual)}, predicted ${(0,markdown/* formatNumber */.ZV)(Number(err.predicted), 4)} (error ${(0,markdown/* formatNumber */.ZV)(err.confidence, 3)})`;
        const rows = err.contributions.map((c) => [code(c.feature), inert(c.value), signed(c.shap, 3)]);
        return `${head}; output ${(0,markdown/* formatNumber */.ZV)(err.prediction, 3)} against the expected ${(0,markdown/* formatNumber */.ZV)(err.expected, 3)}.\n\n${(0,markdown/* table */.tp)(['Feature', 'Value', 'SHAP'], rows, ['l', 'l', 'r'])}`;
    });
    return (0,markdown/* details */.zH)(`Most confident errors, explained (${e.errors.length})`, `${parts.join('\n\n')}\n\n<sub>The largest attributions of each row, in ${e.unit}; positive pushes the output up.</sub>`);
}
function changeCell(level, change) {
    if (level === undefined || !change)
        return '–';
    const range = change.interval ? ` [${signed(change.interval.low)}, ${signed(change.interval.high)}]` : '';
    return `${value(level)} (${signed(change.value)}${range})`;
}
const PERTURBATION_LABEL = {
    noise: 'Gaussian noise, σ ×',
    missing: 'missing cells, share',
    swap: 'swapped categories, share',
};
/** Headline metrics under each perturbation-level, candidate and baseline side by side, with the change from the clean data. */
function robustnessSection(report) {
    const r = report.robustness;
    if (!r || r.results.length === 0)
        return '';
    const withBaseline = r.results.some((x) => x.baseline);
    const header = [
        'Perturbation',
        'Cells changed',
        ...r.metrics.flatMap((m) => {
            const name = (0,definitions/* findMetric */.GF)(m)?.label ?? m;
            return withBaseline ? [`${name}: candidate`, `${name}: baseline`] : [name];
        }),
    ];
    const clean = [
        'clean',
        '0',
        ...r.metrics.flatMap((m) => withBaseline ? [value(r.clean.candidate[m]), value(r.clean.baseline?.[m])] : [value(r.clean.candidate[m])]),
    ];
    const rows = r.results.map((x) => [
        `\`${x.name}\` (${PERTURBATION_LABEL[x.perturbation]} ${x.level})`,
        x.cells.toLocaleString('en-US'),
        ...r.metrics.flatMap((m) => {
            const c = changeCell(x.candidate.metrics[m], x.candidate.change[m]);
            return withBaseline ? [c, changeCell(x.baseline?.metrics[m], x.baseline?.change[m])] : [c];
        }),
    ]);
    // The largest drop of the candidate, in the direction that is worse.
    const drops = r.results.flatMap((x) => r.metrics.map((m) => ({ name: x.name, metric: m, worse: -(0,definitions/* improvementSign */.gS)(m) * x.candidate.change[m].value })));
    const worst = drops.sort((a, b) => b.worse - a.worse)[0];
    const lead = worst && worst.worse > 0
        ? `The largest loss of the candidate: ${(0,definitions/* findMetric */.GF)(worst.metric)?.label ?? worst.metric} under \`${worst.name}\` (${signed(-(0,definitions/* improvementSign */.gS)(worst.metric) * worst.worse)}).\n\n`
        : 'No perturbation made the candidate worse on these metrics.\n\n';
    const legend = `Each cell: the metric on the perturbed data (its change from the clean data, ${r.resamples > 0 ? `with a ${Math.round(report.bootstrap.confidence * 100)}% paired-bootstrap interval over the same rows, ${plural(r.resamples, 'resample')}` : 'no intervals'}). Noise: Gaussian, σ = level × each numeric feature's standard deviation; missing: that share of each feature's cells emptied and imputed by each model's preprocessing; swap: that share of each categorical feature's cells set to another value of the column. Seed ${r.seed}; both models see the same perturbed rows. Gates: \`robustness.<perturbation>.<metric>\`.`;
    return `### Robustness under perturbation\n\n${lead}${(0,markdown/* table */.tp)(header, rows.length ? [clean, ...rows] : [clean], [
        'l',
        ...header.slice(1).map(() => 'r'),
    ])}\n\n<sub>${legend}</sub>`;
}
/** The leakage verdict: adversarial validation and overlap against the training data. */
function leakageSection(report) {
    const l = report.leakage;
    if (!l)
        return representativenessSection(report);
    const lines = [];
    const a = l.adversarial;
    if ('skipped' in a)
        lines.push(`- Adversarial validation skipped: ${inert(a.skipped)}.`);
    else {
        const separating = a.columns
            .slice(0, 5)
            .map((c) => `${code(c.column)} (${(0,markdown/* formatNumber */.ZV)(c.importance * 100, 2)}%)`)
            .join(', ');
        if (a.warning)
            lines.push('> [!WARNING]', `> The evaluation data does not look like the training data: a classifier tells them apart with ROC AUC **${(0,markdown/* formatNumber */.ZV)(a.auc, 3)}** (above ${a.threshold}). Columns that separate them: ${separating || '–'}.`, '');
        else
            lines.push(`- Adversarial validation: ROC AUC **${(0,markdown/* formatNumber */.ZV)(a.auc, 3)}** ± ${(0,markdown/* formatNumber */.ZV)(a.aucStd, 2)} (0.5 = indistinguishable; warning above ${a.threshold}): the evaluation rows look like the training rows.${separating ? ` Most separating: ${separating}.` : ''}`);
    }
    const o = l.overlap;
    if (o.rows > 0) {
        const examples = o.examples.map((e) => `${inert(e.evaluation)} = ${inert(e.training)}`).join(', ');
        lines.push('> [!WARNING]', `> **${plural(o.rows, 'evaluation row')}** (${(0,markdown/* formatNumber */.ZV)(o.share * 100, 3)}%) also appear in the training data, so the metrics overstate how the model does on new rows: ${examples}${o.rows > o.examples.length ? ', …' : ''}.`);
    }
    else
        lines.push('- Overlap: no evaluation row repeats a training row.');
    const how = `Against ${plural(l.training.rows, 'training row')} of \`${inert(l.training.path)}\`, on ${l.columns.map(code).join(', ')}. ${'method' in a ? `Adversarial validation: ${a.method}, on ${a.rows.training.toLocaleString('en-US')} training and ${a.rows.evaluation.toLocaleString('en-US')} evaluation rows (seeded samples).` : ''} Overlap: rows equal on these columns.`;
    // A blockquote alert right after a list item would be read as part of the item: keep a blank line between them.
    const body = lines.map((line, i) => i > 0 && line.startsWith('>') !== lines[i - 1].startsWith('>') && lines[i - 1] !== '' && line !== '' ? `\n${line}` : line);
    return `### Can the evaluation be trusted?\n\n${body.join('\n')}\n\n<sub>${how}</sub>`;
}
/** Without training rows: how far the evaluation data is from the training data's profile. */
function representativenessSection(report) {
    const r = report.representativeness;
    if (!r)
        return '';
    const drifted = r.columns
        .slice(0, 5)
        .map((c) => `${code(c.column)} (${c.method}, effect ${(0,markdown/* formatNumber */.ZV)(c.effect, 3)})`)
        .join(', ');
    const verdict = r.drifted
        ? `> [!WARNING]\n> The evaluation data drifts from the training data on **${r.columns.length} of ${r.compared}** features: ${drifted}. The metrics may not describe the data the model learned from.`
        : `- Representativeness: ${r.columns.length} of ${r.compared} features drift from the training data's profile${drifted ? ` (${drifted})` : ''}; the evaluation data looks like the training data.`;
    return `### Can the evaluation be trusted?\n\n${verdict}\n\n<sub>Against the profile of ${(0,markdown/* formatNumber */.ZV)(r.trainingRows)} training rows in the package (data-profile.json), with monitor's drift tests and effect-size rule. Row overlap and adversarial validation need the training rows: give \`training-data\`.</sub>`;
}
function definitionsSection(report) {
    const rows = (0,definitions/* metricDefinitions */.Pb)(report.task).map((m) => [`\`${m.name}\``, m.description]);
    return (0,markdown/* details */.zH)('How each metric is computed', (0,markdown/* table */.tp)(['Metric', 'Definition'], rows, ['l', 'l']));
}
function duration(seconds) {
    if (seconds === undefined || !Number.isFinite(seconds))
        return '–';
    if (seconds < 60)
        return `${(0,markdown/* formatNumber */.ZV)(seconds, 3)} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
    return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
function money(cost) {
    return cost ? `$${cost.amount.toFixed(cost.amount < 1 ? 4 : 2)}` : '–';
}
function relative(candidate, baseline) {
    if (candidate === undefined || baseline === undefined || !Number.isFinite(candidate) || !Number.isFinite(baseline) || baseline === 0)
        return '';
    const change = ((candidate - baseline) / baseline) * 100;
    return ` (${signed(change, 2)}%)`;
}
function footer(report) {
    const c = report.model;
    const b = report.baseline.resolved ? report.baseline.model : undefined;
    const header = b ? ['Training', 'Candidate', 'Baseline'] : ['Training', 'Candidate'];
    const row = (name, cv, bv, change = '') => (b ? [name, `${cv}${change}`, bv] : [name, cv]);
    const rows = [
        row('Wall time', duration(c.durationSeconds), duration(b?.durationSeconds), relative(c.durationSeconds, b?.durationSeconds)),
        row('GPU-seconds', (0,markdown/* formatNumber */.ZV)(c.gpuSeconds, 3), (0,markdown/* formatNumber */.ZV)(b?.gpuSeconds, 3), relative(c.gpuSeconds, b?.gpuSeconds)),
        row('Cost', money(c.cost), money(b?.cost), relative(c.cost?.amount, b?.cost?.amount)),
    ];
    const parts = [];
    if (report.run.commit)
        parts.push(`commit \`${report.run.commit.slice(0, 7)}\``);
    if (report.run.url)
        parts.push(`[workflow run](${report.run.url})`);
    if (report.data.fingerprint)
        parts.push(`eval data sha256 \`${report.data.fingerprint.slice(0, 12)}\``);
    if (c.trainingData?.fingerprint)
        parts.push(`training data sha256 \`${c.trainingData.fingerprint.slice(0, 12)}\``);
    parts.push(`comment key \`${inert(report.run.commentKey)}\``);
    return `${(0,markdown/* table */.tp)(header, rows, header.map((_, i) => (i === 0 ? 'l' : 'r')))}\n\n<sub>${parts.join(' · ')} · mlops-actions evaluate</sub>`;
}
function evaluationSections(report) {
    return [
        { markdown: `${heading(report)}\n\n${intro(report)}`, essential: true },
        { markdown: metricTable(report), essential: true },
        { markdown: gatesSection(report), essential: true },
        { markdown: leakageSection(report), essential: true },
        { markdown: deltaChart(report) },
        { markdown: robustnessSection(report) },
        { markdown: curvesSection(report) },
        { markdown: curvesTableSection(report), detail: true },
        { markdown: confusionSection(report), detail: true },
        { markdown: slicesSection(report), detail: true },
        { markdown: explanationSection(report) },
        { markdown: importanceSection(report), detail: true },
        { markdown: errorsSection(report), detail: true },
        { markdown: definitionsSection(report), detail: true },
        { markdown: footer(report), essential: true },
    ].filter((section) => section.markdown.trim() !== '');
}
function renderEvaluation(report, limit) {
    return (0,markdown/* renderReport */.B1)(evaluationSections(report), limit);
}

;// CONCATENATED MODULE: ./shared/steps/evaluate.ts










/** The JSON report sits next to the markdown one: `mlops-out/evaluation.md` → `mlops-out/evaluation.json`. */
function jsonReportPath(markdownPath) {
    const ext = (0,external_node_path_.extname)(markdownPath);
    return `${ext ? markdownPath.slice(0, -ext.length) : markdownPath}.json`;
}
/** The SHAP values sit next to the JSON report: `mlops-out/evaluation.json` → `mlops-out/evaluation.shap.csv`. */
function shapCsvPath(jsonPath) {
    return `${jsonPath.replace(/\.json$/, '')}.shap.csv`;
}
const run = async ({ inputs, io, env, cwd, run: context }) => {
    const token = inputs['github-token'];
    const commentMode = inputs.comment;
    const commentKey = inputs['comment-key'];
    const markdownPath = (0,external_node_path_.resolve)(cwd, inputs['report-output']);
    const jsonPath = jsonReportPath(markdownPath);
    const repository = context.owner && context.repo ? { owner: context.owner, repo: context.repo } : undefined;
    let client;
    const github = () => (client ??= (0,github_client/* createGitHubClient */.LX)({ token: token, apiUrl: context.apiUrl, env, io }));
    const pullRequest = context.pullRequestNumber;
    const wantsComment = commentMode === 'always' || (commentMode === 'auto' && pullRequest !== undefined);
    // Everything is computed and checked first: a bad input fails here, before any GitHub write.
    const { report, shapCsv } = await evaluateModelWithFiles({
        modelDir: (0,external_node_path_.resolve)(cwd, inputs['model-dir']),
        data: inputs.data,
        cwd,
        env,
        gates: inputs.gates,
        resamples: inputs.bootstrap,
        slices: inputs.slices,
        importance: inputs.importance,
        explain: inputs.explain,
        explainRows: inputs['explain-rows'],
        explainBackground: inputs['explain-background'],
        robustness: inputs.robustness,
        trainingData: inputs['training-data'],
        resolveBaseline: (name) => resolveBaseline(inputs.baseline, name, { cwd, io, env, client: token && repository ? github() : undefined, repository }),
        run: { commit: context.sha, url: context.runUrl, pullRequest, commentKey },
        io,
    });
    const relativeJson = (0,external_node_path_.relative)(cwd, jsonPath) || jsonPath;
    const summary = renderEvaluation(report, (0,markdown/* summaryLimit */.mf)(`\`${relativeJson}\``));
    const comment = renderEvaluation(report, (0,markdown/* commentLimit */.j9)(context.runUrl ? `the job summary of [this run](${context.runUrl})` : 'the job summary of this run'));
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(markdownPath), { recursive: true });
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(jsonPath), { recursive: true });
    await (0,promises_.writeFile)(jsonPath, reportJson(report));
    if (shapCsv !== undefined)
        await (0,promises_.writeFile)(shapCsvPath(jsonPath), shapCsv);
    await (0,promises_.writeFile)(markdownPath, summary.markdown);
    await io.appendSummary(summary.markdown);
    if (comment.truncated)
        io.info(`The comment was shortened to fit GitHub's limit (${comment.omitted} section(s) left out); the job summary and ${relativeJson} have everything.`);
    let commentUrl;
    if (wantsComment) {
        if (pullRequest === undefined)
            io.warning(`comment is "always" but this ${context.eventName ?? 'run'} event is not about a pull request, so there is nothing to comment on.`);
        else if (!token)
            io.warning('No github-token: the pull-request comment is skipped (give `github-token` with `pull-requests: write`).');
        else if (!repository)
            io.warning('GITHUB_REPOSITORY is not set: the pull-request comment is skipped.');
        else {
            const posted = await (0,comments/* upsertStickyComment */.qD)(github(), {
                ...repository,
                issueNumber: pullRequest,
                key: commentKey,
                body: comment.markdown,
            });
            commentUrl = posted.url;
            io.info(`${posted.action === 'created' ? 'Posted' : posted.action === 'updated' ? 'Updated' : 'Kept (unchanged)'} the evaluation comment: ${posted.url}${posted.removedDuplicates ? ` (removed ${posted.removedDuplicates} duplicate(s))` : ''}`);
        }
    }
    const outputs = {
        metrics: report.metrics,
        'baseline-metrics': report.baselineMetrics ?? '',
        passed: report.passed,
        report: (0,external_node_path_.relative)(cwd, markdownPath) || markdownPath,
        'report-json': relativeJson,
        'comment-url': commentUrl ?? '',
    };
    const failed = report.gates.filter((g) => !g.passed);
    if (failed.length > 0) {
        const list = failed
            .map((g) => `${g.metric} ${g.condition} (candidate ${g.actual}${g.reason ? `: ${g.reason}` : `, threshold ${g.threshold}`})`)
            .join('; ');
        // Outputs are still set (passed=false, the report paths), for steps that run `if: always()`.
        throw new runtime_errors/* StepFailedError */.mK(`${failed.length} of ${report.gates.length} gate${report.gates.length > 1 ? 's' : ''} failed: ${list}. The report is in ${outputs.report}${commentUrl ? ` and ${commentUrl}` : ''}.`, outputs);
    }
    io.info(`Evaluation: ${report.gates.length ? `all ${report.gates.length} gate(s) passed` : 'no gates'}; report at ${outputs.report}.`);
    return outputs;
};


/***/ })

};
