export const id = 636;
export const ids = [636];
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

/***/ 44636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ deploy_run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: ./shared/data/table.ts
var data_table = __webpack_require__(41671);
// EXTERNAL MODULE: ./shared/metrics/definitions.ts
var definitions = __webpack_require__(50226);
// EXTERNAL MODULE: ./shared/metrics/gates.ts
var metrics_gates = __webpack_require__(61136);
// EXTERNAL MODULE: ./shared/metrics/score.ts
var score = __webpack_require__(51170);
// EXTERNAL MODULE: ./shared/model/preprocessing.ts
var preprocessing = __webpack_require__(60222);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
;// CONCATENATED MODULE: ./shared/deploy/smoke.ts






/** The gates are parsed before anything is deployed, so a typo fails the step with nothing changed. */
function checkSmokeGates(gates, manifest) {
    if (!gates)
        return;
    if (!manifest.task)
        throw new errors/* InputError */.dz('smoke-gates need the model task; the package manifest has none.', 'smoke-gates');
    (0,metrics_gates/* parseGates */.MJ)(gates, (0,definitions/* metricNames */.Zv)(manifest.task));
}
/**
 * Sends the smoke rows through the service's /predict route and checks every answer: a finite
 * prediction of the model's shape for every row, and, when the rows carry the target column,
 * the metrics against the gates. A service that errors or answers with NaN fails.
 */
async function runSmokeTest(url, manifest, spec) {
    const features = manifest.preprocessing?.features.map((feature) => feature.name) ?? manifest.signature.inputs.map((input) => input.name);
    const table = await (0,data_table/* loadTable */.l)(spec.data, { cwd: spec.cwd });
    if (table.rows === 0)
        throw new errors/* InputError */.dz(`smoke-data ${spec.data} has no rows.`, 'smoke-data');
    const missing = features.filter((name) => !table.values.has(name));
    if (missing.length > 0) {
        throw new errors/* InputError */.dz(`smoke-data ${spec.data} lacks the model's feature column(s) ${missing.join(', ')}.`, 'smoke-data');
    }
    const task = manifest.task;
    const width = task === 'multiclass-classification' ? (manifest.classes?.length ?? 0) : 1;
    const outputs = new Float64Array(table.rows * width);
    const step = spec.batchRows ?? 64;
    for (let start = 0; start < table.rows; start += step) {
        const end = Math.min(table.rows, start + step);
        const records = [];
        for (let row = start; row < end; row++) {
            records.push(Object.fromEntries(features.map((name) => [name, table.values.get(name)[row]])));
        }
        let response;
        try {
            response = await fetch(`${url}/predict`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}) },
                body: JSON.stringify(records),
                signal: AbortSignal.timeout(30_000),
            });
        }
        catch (error) {
            return failed(table.rows, `the service did not answer the smoke request for rows ${start + 1}–${end}: ${error.message}`);
        }
        const body = (await response.json().catch(() => ({})));
        if (response.status !== 200 || !Array.isArray(body.predictions)) {
            return failed(table.rows, `the service answered ${response.status} to the smoke rows ${table.locate(start)}…: ${body.error ?? 'no predictions'}`);
        }
        if (body.predictions.length !== end - start) {
            return failed(table.rows, `the service returned ${body.predictions.length} predictions for ${end - start} rows.`);
        }
        for (let k = 0; k < body.predictions.length; k++) {
            const values = predictionValues(body.predictions[k], task);
            if (values.length !== width || !values.every((value) => typeof value === 'number' && Number.isFinite(value))) {
                return failed(table.rows, `the prediction for ${table.locate(start + k)} is ${JSON.stringify(body.predictions[k])}, not ${width} finite number(s).`);
            }
            outputs.set(values, (start + k) * width);
        }
    }
    if (!spec.gates)
        return { passed: true, rows: table.rows, gates: [] };
    if (!task || !manifest.target || !table.values.has(manifest.target)) {
        throw new errors/* InputError */.dz(`smoke-gates need labelled smoke-data: ${spec.data} has no "${manifest.target ?? 'target'}" column.`, 'smoke-gates');
    }
    const metrics = smokeMetrics(manifest, table.values.get(manifest.target), outputs, table.locate);
    const gates = (0,metrics_gates/* evaluateGates */.ud)((0,metrics_gates/* parseGates */.MJ)(spec.gates, (0,definitions/* metricNames */.Zv)(task)), metrics, undefined, 'smoke tests have no baseline');
    const failing = gates.filter((gate) => !gate.passed);
    return {
        passed: failing.length === 0,
        rows: table.rows,
        metrics,
        gates,
        reason: failing.length
            ? `smoke gate(s) failed: ${failing.map((g) => `${g.metric} ${g.condition} (got ${g.actual})`).join('; ')}`
            : undefined,
    };
}
function failed(rows, reason) {
    return { passed: false, rows, reason, gates: [] };
}
/** The numbers of one /predict answer: probability, class probabilities, or the value. */
function predictionValues(prediction, task) {
    if (prediction === null || typeof prediction !== 'object')
        return [prediction];
    const object = prediction;
    if (task === 'multiclass-classification')
        return Array.isArray(object.probabilities) ? object.probabilities : [];
    return [task === 'regression' ? object.prediction : object.probability];
}
function smokeMetrics(manifest, labels, outputs, locate) {
    const task = manifest.task;
    if (task === 'regression') {
        const actual = labels.map((cell, row) => {
            const value = (0,preprocessing/* parseNumber */.$J)(cell);
            if (!Number.isFinite(value))
                throw new errors/* UserError */.yo(`smoke-data ${locate(row)}: the target is not a number.`);
            return value;
        });
        return (0,score/* computeMetrics */.pH)({ task, data: { actual, predicted: outputs } }).metrics;
    }
    const classes = manifest.classes ?? [];
    const index = new Map(classes.map((label, i) => [label, i]));
    const encoded = labels.map((cell, row) => {
        const label = index.get(String(cell));
        if (label === undefined)
            throw new errors/* UserError */.yo(`smoke-data ${locate(row)}: the label ${JSON.stringify(cell)} is not one of the model's classes (${classes.join(', ')}).`);
        return label;
    });
    const probabilities = task === 'binary-classification'
        ? Float64Array.from({ length: outputs.length * 2 }, (_, i) => (i % 2 ? outputs[i >> 1] : 1 - outputs[i >> 1]))
        : outputs;
    return (0,score/* computeMetrics */.pH)({ task, data: { labels: encoded, probabilities, classes: classes.length } }).metrics;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./shared/deploy/service-process.ts








const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Linux keeps a unix socket's path in 108 bytes, NUL included; a longer one fails to listen (EINVAL). */
const SOCKET_PATH_MAX = 107;
/**
 * The control socket's path. It lives in the service's folder; when that folder's path is too
 * long for a socket, it is reached through a short link in a private folder under the temporary
 * directory (re-made on every call, so a cleaned-up /tmp only costs a new link).
 */
function controlSocketPath(dir) {
    const natural = (0,external_node_path_.join)(dir, 'control.sock');
    if (Buffer.byteLength(natural) <= SOCKET_PATH_MAX)
        return natural;
    const links = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `mlops-actions-${process.getuid?.() ?? 'user'}`);
    const link = (0,external_node_path_.join)(links, (0,external_node_crypto_.createHash)('sha256').update(dir).digest('hex').slice(0, 16));
    (0,external_node_fs_.mkdirSync)(links, { recursive: true, mode: 0o700 });
    let current;
    try {
        current = (0,external_node_fs_.readlinkSync)(link);
    }
    catch { }
    if (current !== dir) {
        (0,external_node_fs_.rmSync)(link, { force: true });
        (0,external_node_fs_.symlinkSync)(dir, link);
    }
    return (0,external_node_path_.join)(link, 'control.sock');
}
function serviceFiles(root, name, environment) {
    const id = `${name}-${environment}`.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
    const dir = (0,external_node_path_.join)(root, id);
    return {
        dir,
        pidFile: (0,external_node_path_.join)(dir, 'service.pid'),
        logFile: (0,external_node_path_.join)(dir, 'service.log'),
        controlSocket: controlSocketPath(dir),
        predictionLog: (0,external_node_path_.join)(dir, 'predictions.jsonl'),
        stateFile: (0,external_node_path_.join)(dir, 'state.json'),
    };
}
/** The default root: $MLOPS_STATE_DIR, else ~/.local/state/mlops-actions/services (kept between jobs on a self-hosted runner). */
function defaultStateRoot(env) {
    if (env.MLOPS_STATE_DIR)
        return env.MLOPS_STATE_DIR;
    return (0,external_node_path_.join)(env.XDG_STATE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.local', 'state'), 'mlops-actions', 'services');
}
function runningPid(files) {
    if (!(0,external_node_fs_.existsSync)(files.pidFile))
        return undefined;
    const pid = Number((0,external_node_fs_.readFileSync)(files.pidFile, 'utf8').trim());
    if (!Number.isInteger(pid) || pid <= 0)
        return undefined;
    try {
        process.kill(pid, 0);
        return pid;
    }
    catch {
        return undefined;
    }
}
/**
 * The environment of a service that must outlive the job: a self-hosted runner ends every
 * process that carries the job's RUNNER_TRACKING_ID when the job ends, so it is left out; so are
 * the job's tokens, which a long-lived process has no business holding.
 */
function serviceEnvironment(env, token) {
    const kept = {};
    for (const [key, value] of Object.entries(env)) {
        if (key === 'RUNNER_TRACKING_ID' ||
            key.startsWith('INPUT_') ||
            key.startsWith('ACTIONS_') ||
            key === 'GITHUB_TOKEN' ||
            key === 'GH_TOKEN')
            continue;
        kept[key] = value;
    }
    if (token)
        kept.MLOPS_SERVE_TOKEN = token;
    else
        delete kept.MLOPS_SERVE_TOKEN;
    return kept;
}
/** Whether `systemctl --user` reaches a running user manager (a runner started as a service often has none). */
async function hasSystemdUser(env) {
    if (env.MLOPS_SERVICE_SUPERVISOR === 'detached')
        return false;
    try {
        await run('systemctl', ['--user', 'show-environment'], { timeout: 5000, env });
        return true;
    }
    catch {
        return false;
    }
}
/** A systemd user unit that restarts the service if it crashes; `loginctl enable-linger` keeps it running after logout. */
function systemdUnit(options) {
    const quote = (word) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, '\\$1')}"`);
    const environment = Object.entries(options.env)
        .filter(([key]) => ['PATH', 'HOME', 'MLOPS_SERVE_TOKEN', 'MLOPS_ONNXRUNTIME_NODE', 'LD_LIBRARY_PATH'].includes(key))
        .map(([key, value]) => `Environment=${quote(`${key}=${value}`)}`);
    return [
        '[Unit]',
        `Description=mlops-actions inference service ${options.unitName}`,
        'After=network.target',
        '',
        '[Service]',
        `ExecStart=${options.command.map(quote).join(' ')}`,
        ...environment,
        'Restart=on-failure',
        'RestartSec=2',
        // SIGTERM drains: answer accepted requests, flush the prediction log.
        'KillSignal=SIGTERM',
        'TimeoutStopSec=40',
        `StandardOutput=append:${options.files.logFile}`,
        `StandardError=append:${options.files.logFile}`,
        '',
        '[Install]',
        'WantedBy=default.target',
        '',
    ].join('\n');
}
/**
 * Starts the service so that it survives the end of the job: as a systemd user unit, or as a
 * detached process in its own session, without the job's RUNNER_TRACKING_ID, its output in the
 * service log. Writes the pid file.
 */
async function startServiceProcess(options) {
    const { files } = options;
    await (0,promises_.mkdir)(files.dir, { recursive: true });
    if (options.supervisor === 'systemd') {
        const unitDir = (0,external_node_path_.join)(options.env.XDG_CONFIG_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.config'), 'systemd', 'user');
        await (0,promises_.mkdir)(unitDir, { recursive: true });
        const unit = `${options.unitName}.service`;
        await (0,promises_.writeFile)((0,external_node_path_.join)(unitDir, unit), systemdUnit(options));
        await run('systemctl', ['--user', 'daemon-reload'], { env: options.env });
        await run('systemctl', ['--user', 'restart', unit], { env: options.env });
        const { stdout } = await run('systemctl', ['--user', 'show', '--property', 'MainPID', '--value', unit], { env: options.env });
        const pid = Number(stdout.trim());
        await (0,promises_.writeFile)(files.pidFile, `${pid}\n`);
        return pid;
    }
    const log = (0,external_node_fs_.openSync)(files.logFile, 'a');
    try {
        const [executable, ...args] = options.command;
        const child = (0,external_node_child_process_.spawn)(executable, args, { detached: true, stdio: ['ignore', log, log], env: options.env, cwd: files.dir });
        child.unref();
        if (child.pid === undefined)
            throw new errors/* UserError */.yo(`could not start ${executable}: no process id.`);
        await (0,promises_.writeFile)(files.pidFile, `${child.pid}\n`);
        return child.pid;
    }
    finally {
        (0,external_node_fs_.closeSync)(log);
    }
}
/** Stops a service gracefully (SIGTERM: it drains), then forcefully after `graceMs`. */
async function stopServiceProcess(files, graceMs = 30_000) {
    const pid = runningPid(files);
    if (pid === undefined)
        return;
    process.kill(pid, 'SIGTERM');
    const until = Date.now() + graceMs;
    while (Date.now() < until) {
        try {
            process.kill(pid, 0);
        }
        catch {
            await rm(files.pidFile, { force: true });
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
    process.kill(pid, 'SIGKILL');
    await rm(files.pidFile, { force: true });
}
/** The last lines of the service log, for a failure message. */
async function logTail(files, lines = 15) {
    const text = await (0,promises_.readFile)(files.logFile, 'utf8').catch(() => '');
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/deploy/kubernetes.ts




/** The model folder inside the image, and the app folder that holds the suite's bundle. */
const IMAGE_MODEL_DIR = '/models/model';
const IMAGE_APP_DIR = '/app';
/** Kubernetes object names are DNS-1035 labels: lower case, digits and '-', starting with a letter, at most 63 characters. */
function kubernetesName(name) {
    const label = name
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^[^a-z]+/, '')
        .replace(/-+$/, '')
        .slice(0, 63)
        .replace(/-+$/, '');
    if (!label)
        throw new errors/* InputError */.dz(`the model name "${name}" has no letters to make a Kubernetes name from.`, 'model');
    return label;
}
function labels(release) {
    return {
        'app.kubernetes.io/name': kubernetesName(release.name),
        'app.kubernetes.io/version': `v${release.version}`.replace(/^vv/, 'v'),
        'app.kubernetes.io/component': 'inference',
        'app.kubernetes.io/managed-by': 'mlops-actions',
        'mlops-actions/environment': kubernetesName(release.environment),
    };
}
/** The serving container: the suite's own service, speaking the Open Inference Protocol v2 that KServe routes. */
function servingContainer(release, options, name) {
    const probe = (path, period) => ({ httpGet: { path, port: options.port }, periodSeconds: period, timeoutSeconds: 2 });
    return {
        name,
        image: options.image,
        args: [
            'serve',
            IMAGE_MODEL_DIR,
            '--host',
            '0.0.0.0',
            '--port',
            String(options.port),
            '--name',
            release.name,
            '--version',
            release.version,
        ],
        ports: [{ containerPort: options.port, name: 'http', protocol: 'TCP' }],
        readinessProbe: probe('/v2/health/ready', 5),
        livenessProbe: probe('/v2/health/live', 10),
        resources: { requests: { cpu: '500m', memory: '512Mi' }, limits: { memory: '1Gi' } },
        ...(options.tokenSecret
            ? { env: [{ name: 'MLOPS_SERVE_TOKEN', valueFrom: { secretKeyRef: { name: options.tokenSecret, key: 'token' } } }] }
            : {}),
    };
}
/**
 * A KServe InferenceService whose predictor runs the suite's service (KServe scales it, routes
 * canaries by `canaryTrafficPercent` and keeps the previous revision for the rest), and, for
 * clusters without KServe, a Deployment, a Service and a HorizontalPodAutoscaler.
 */
function renderKubernetes(release, options) {
    if (options.minReplicas < 1 || options.maxReplicas < options.minReplicas) {
        throw new errors/* InputError */.dz(`replicas must satisfy 1 ≤ min ≤ max (got ${options.minReplicas}–${options.maxReplicas}).`, 'replicas');
    }
    const name = kubernetesName(release.name);
    const metadata = { name, namespace: options.namespace, labels: labels(release) };
    const inferenceService = {
        apiVersion: 'serving.kserve.io/v1beta1',
        kind: 'InferenceService',
        metadata,
        spec: {
            predictor: {
                minReplicas: options.minReplicas,
                maxReplicas: options.maxReplicas,
                scaleMetric: 'concurrency',
                scaleTarget: 8,
                ...(options.canaryPercent !== undefined ? { canaryTrafficPercent: Math.round(options.canaryPercent) } : {}),
                containers: [servingContainer(release, options, 'kserve-container')],
            },
        },
    };
    const selector = { 'app.kubernetes.io/name': name, 'mlops-actions/environment': kubernetesName(release.environment) };
    const deployment = {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata,
        spec: {
            replicas: options.minReplicas,
            selector: { matchLabels: selector },
            // Zero-downtime rollouts: a new pod must be ready before an old one goes.
            strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
            template: {
                metadata: { labels: labels(release) },
                spec: {
                    // The service drains on SIGTERM: give in-flight requests time to finish.
                    terminationGracePeriodSeconds: 40,
                    securityContext: { runAsNonRoot: true, runAsUser: 1000 },
                    containers: [servingContainer(release, options, 'serving')],
                },
            },
        },
    };
    const service = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata,
        spec: { selector, ports: [{ name: 'http', port: 80, targetPort: options.port, protocol: 'TCP' }] },
    };
    const autoscaler = {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata,
        spec: {
            scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
            minReplicas: options.minReplicas,
            maxReplicas: options.maxReplicas,
            metrics: [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } }],
        },
    };
    const command = ['node', `${IMAGE_APP_DIR}/bin/mlops.js`, ...inferenceService.spec.predictor.containers[0].args];
    return {
        manifests: { 'inferenceservice.yaml': [inferenceService], 'deployment.yaml': [deployment, service, autoscaler] },
        dockerfile: dockerfile(release, options),
        command,
    };
}
function dockerfile(release, options) {
    const onnx = release.framework === 'onnx';
    return [
        '# The serving image of an mlops-actions model version: the suite bundle, the verified model',
        `# package (${release.name} v${release.version}) and Node 24. Build it from this folder:`,
        `#   docker build -t ${options.image} .`,
        'FROM node:24-bookworm-slim',
        `WORKDIR ${IMAGE_APP_DIR}`,
        `COPY app/ ${IMAGE_APP_DIR}/`,
        ...(onnx
            ? [
                '# onnxruntime-node ships its CPU binding in the npm package; skip its CUDA download.',
                'RUN ONNXRUNTIME_NODE_INSTALL=skip npm install --omit=dev --no-audit --no-fund --no-package-lock onnxruntime-node@1',
            ]
            : []),
        `COPY model/ ${IMAGE_MODEL_DIR}/`,
        'USER node',
        `EXPOSE ${options.port}`,
        // The package is verified again at start: a changed file refuses to serve.
        `ENTRYPOINT ["node", "${IMAGE_APP_DIR}/bin/mlops.js"]`,
        `CMD ["serve", "${IMAGE_MODEL_DIR}", "--host", "0.0.0.0", "--port", "${options.port}", "--name", ${JSON.stringify(release.name)}, "--version", ${JSON.stringify(release.version)}]`,
        '',
    ].join('\n');
}
/**
 * Writes the manifests into `outputDir`, and the image's build context into `outputDir/image`:
 * the Dockerfile, `app/` (the suite's bundle and CLI) and `model/` (the verified package).
 */
async function writeKubernetes(rendered, release, outputDir, bundle) {
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const written = [];
    for (const [file, objects] of Object.entries(rendered.manifests)) {
        await (0,promises_.writeFile)((0,external_node_path_.join)(outputDir, file), objects.map((object) => (0,dist/* stringify */.As)(object, { lineWidth: 0 })).join('---\n'));
        written.push(file);
    }
    const image = (0,external_node_path_.join)(outputDir, 'image');
    await (0,promises_.mkdir)((0,external_node_path_.join)(image, 'app', 'bin'), { recursive: true });
    await (0,promises_.cp)(bundle.distDir, (0,external_node_path_.join)(image, 'app', 'dist'), { recursive: true });
    await (0,promises_.cp)(bundle.cliFile, (0,external_node_path_.join)(image, 'app', 'bin', 'mlops.js'));
    await (0,promises_.writeFile)((0,external_node_path_.join)(image, 'app', 'package.json'), `${JSON.stringify({ name: 'mlops-serving', private: true, type: 'module' }, null, 2)}\n`);
    await (0,promises_.cp)(release.packageDir, (0,external_node_path_.join)(image, 'model'), { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(image, 'Dockerfile'), rendered.dockerfile);
    written.push('image/Dockerfile', 'image/app/', 'image/model/');
    return written;
}

;// CONCATENATED MODULE: ./shared/deploy/targets/kubernetes.ts



const kubernetes_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** The kubectl context to apply with: the one given, else kubectl's current one; undefined when kubectl has none. */
async function kubectlContext(request) {
    if (request.kubernetes.context)
        return request.kubernetes.context;
    try {
        const { stdout } = await kubernetes_run('kubectl', ['config', 'current-context'], { env: request.env, timeout: 10_000 });
        return stdout.trim() || undefined;
    }
    catch {
        return undefined;
    }
}
async function kubectl(request, context, args, timeoutMs = 120_000) {
    const { stdout } = await kubernetes_run('kubectl', ['--context', context, ...args], { env: request.env, timeout: timeoutMs, maxBuffer: 16 << 20 });
    return stdout;
}
/**
 * Renders a KServe InferenceService running the suite's service (and, for clusters without
 * KServe, a Deployment, Service and HorizontalPodAutoscaler) plus the image's Dockerfile and
 * build context. With a kubectl context it applies the InferenceService when the cluster knows
 * KServe's resource (else the plain Deployment) and waits for it to be ready.
 */
const kubernetesTarget = {
    name: 'kubernetes',
    async deploy(request) {
        const { release } = request;
        const rendered = renderKubernetes({
            name: release.name,
            version: release.version,
            framework: release.manifest.framework,
            packageDir: release.dir,
            environment: request.environment,
        }, {
            image: request.kubernetes.image,
            namespace: request.kubernetes.namespace,
            canaryPercent: request.strategy === 'canary' ? request.canaryWeight * 100 : undefined,
            minReplicas: request.kubernetes.minReplicas,
            maxReplicas: request.kubernetes.maxReplicas,
            tokenSecret: request.kubernetes.tokenSecret,
            port: request.port,
        });
        const files = await writeKubernetes(rendered, {
            name: release.name,
            version: release.version,
            framework: release.manifest.framework,
            packageDir: release.dir,
            environment: request.environment,
        }, request.outputDir, request.bundle);
        const details = [
            `Rendered ${files.join(', ')} into ${request.outputDir}.`,
            `Build the image: docker build -t ${request.kubernetes.image} ${request.outputDir}/image`,
        ];
        if (request.strategy === 'shadow')
            details.push('Shadow traffic on Kubernetes needs a mirroring router (e.g. an Istio VirtualService mirror); the manifests route normally.');
        const context = await kubectlContext(request);
        if (!context) {
            details.push('No kubectl context is configured, so nothing was applied: apply the manifests after pushing the image.');
            return { url: '', rolledBack: false, details };
        }
        const name = kubernetesName(release.name);
        const namespace = request.kubernetes.namespace;
        const kserve = await kubectl(request, context, ['api-resources', '--api-group=serving.kserve.io', '-o', 'name'])
            .then((out) => out.includes('inferenceservices'))
            .catch(() => false);
        try {
            if (kserve) {
                await kubectl(request, context, ['apply', '-f', `${request.outputDir}/inferenceservice.yaml`]);
                await kubectl(request, context, ['wait', '--for=condition=Ready', `inferenceservice/${name}`, '-n', namespace, '--timeout=300s'], 320_000);
                const url = (await kubectl(request, context, ['get', `inferenceservice/${name}`, '-n', namespace, '-o', 'jsonpath={.status.url}'])).trim();
                details.push(`Applied the InferenceService ${namespace}/${name} with context ${context}; it is ready.`);
                return { url, rolledBack: false, details };
            }
            await kubectl(request, context, ['apply', '-f', `${request.outputDir}/deployment.yaml`]);
            await kubectl(request, context, ['rollout', 'status', `deployment/${name}`, '-n', namespace, '--timeout=300s'], 320_000);
            details.push(`The cluster has no KServe; applied the Deployment, Service and HPA ${namespace}/${name} with context ${context}.`);
            return { url: `http://${name}.${namespace}.svc.cluster.local`, rolledBack: false, details };
        }
        catch (error) {
            const stderr = error.stderr?.trim();
            let rolledBack = false;
            if (!kserve) {
                // A failed rollout leaves the old ReplicaSet serving; undo points the Deployment back at it.
                rolledBack = await kubectl(request, context, ['rollout', 'undo', `deployment/${name}`, '-n', namespace])
                    .then(() => true)
                    .catch(() => false);
            }
            return {
                url: '',
                rolledBack,
                failure: `kubectl failed on ${namespace}/${name}: ${stderr || error.message}`,
                details,
            };
        }
    },
};

// EXTERNAL MODULE: ./shared/model/onnx.ts
var onnx = __webpack_require__(76769);
// EXTERNAL MODULE: ./shared/model/package.ts
var model_package = __webpack_require__(85056);
// EXTERNAL MODULE: ./shared/serve/control.ts
var control = __webpack_require__(41119);
// EXTERNAL MODULE: ./shared/serve/index.ts + 17 modules
var serve = __webpack_require__(76342);
;// CONCATENATED MODULE: ./shared/deploy/targets/local.ts











const HISTORY = 20;
async function readState(files) {
    if (!(0,external_node_fs_.existsSync)(files.stateFile))
        return undefined;
    return JSON.parse(await (0,promises_.readFile)(files.stateFile, 'utf8'));
}
async function writeState(files, state) {
    await (0,promises_.writeFile)(`${files.stateFile}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
    await (0,promises_.rename)(`${files.stateFile}.tmp`, files.stateFile);
}
/** The package copied under the state folder (the workspace is wiped between jobs) and verified there. */
async function keepPackage(files, release) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(release.manifest.files)).digest('hex').slice(0, 12);
    const dir = (0,external_node_path_.join)(files.dir, 'versions', `v${release.version}-${digest}`);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'manifest.json'))) {
        const scratch = `${dir}.partial`;
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        await (0,promises_.cp)(release.dir, scratch, { recursive: true });
        await (0,promises_.rename)(scratch, dir);
    }
    await (0,model_package/* readModelPackage */.As)(dir);
    return dir;
}
/**
 * The suite's bundle copied beside the service, so the service never depends on the action's
 * checkout (which the runner replaces), with onnxruntime-node when an ONNX package needs it.
 */
async function installRuntime(files, request) {
    const index = await (0,promises_.readFile)((0,external_node_path_.join)(request.bundle.distDir, 'index.js'));
    const digest = (0,external_node_crypto_.createHash)('sha256').update(index).digest('hex').slice(0, 12);
    const runtime = (0,external_node_path_.join)(files.dir, 'runtime', digest);
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(runtime, 'bin', 'mlops.js'))) {
        const scratch = `${runtime}.partial`;
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        await (0,promises_.mkdir)((0,external_node_path_.join)(scratch, 'bin'), { recursive: true });
        await (0,promises_.cp)(request.bundle.distDir, (0,external_node_path_.join)(scratch, 'dist'), { recursive: true });
        await (0,promises_.cp)(request.bundle.cliFile, (0,external_node_path_.join)(scratch, 'bin', 'mlops.js'));
        await (0,promises_.writeFile)((0,external_node_path_.join)(scratch, 'package.json'), '{"name":"mlops-service","private":true,"type":"module"}\n');
        await (0,promises_.rename)(scratch, runtime);
    }
    if (request.release.manifest.framework === 'onnx' && !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(runtime, 'node_modules', 'onnxruntime-node'))) {
        const found = (0,onnx/* onnxRuntimePackageDir */.zX)(request.env, request.cwd);
        if (!found)
            throw new errors/* UserError */.yo('the package is ONNX and onnxruntime-node is not installed on this runner; install it before deploy (see docs/self-hosted-gpu-runners.md).');
        await (0,promises_.mkdir)((0,external_node_path_.join)(runtime, 'node_modules'), { recursive: true });
        await (0,promises_.cp)(found, (0,external_node_path_.join)(runtime, 'node_modules', 'onnxruntime-node'), { recursive: true });
        const common = (0,external_node_path_.join)((0,external_node_path_.dirname)(found), 'onnxruntime-common');
        if ((0,external_node_fs_.existsSync)(common))
            await (0,promises_.cp)(common, (0,external_node_path_.join)(runtime, 'node_modules', 'onnxruntime-common'), { recursive: true });
    }
    // Older runtimes go once nothing points at them; the running service keeps its files open.
    for (const other of await (0,promises_.readdir)((0,external_node_path_.join)(files.dir, 'runtime'))) {
        if (other !== digest && !other.endsWith('.partial'))
            await (0,promises_.rm)((0,external_node_path_.join)(files.dir, 'runtime', other), { recursive: true, force: true }).catch(() => undefined);
    }
    return runtime;
}
async function local_status(files) {
    if (runningPid(files) === undefined || !(0,external_node_fs_.existsSync)(files.controlSocket))
        return undefined;
    return (0,control/* controlRequest */.l)(files.controlSocket, 'GET', '/status', undefined, 5000).catch(() => undefined);
}
async function waitReady(url, files, pid, timeoutMs = 60_000) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
        try {
            process.kill(pid, 0);
        }
        catch {
            throw new errors/* UserError */.yo(`the service exited while starting. Its log ends:\n${await logTail(files)}`);
        }
        const ready = await fetch(`${url}/v2/health/ready`, { signal: AbortSignal.timeout(2000) })
            .then((response) => response.status === 200)
            .catch(() => false);
        if (ready && (0,external_node_fs_.existsSync)(files.controlSocket))
            return;
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new errors/* UserError */.yo(`the service did not become ready within ${timeoutMs / 1000} s. Its log ends:\n${await logTail(files)}`);
}
/**
 * The candidate on its own, before it takes traffic: loaded (verified) into a throwaway service
 * on an ephemeral loopback port, the smoke rows sent through the same HTTP path clients use.
 * A version that fails here never reaches the live service.
 */
async function smokeCandidate(request, dir) {
    const model = await (0,serve/* loadModelToServe */.QQ)(dir, {
        name: request.release.name,
        version: request.release.version,
        env: request.env,
        cwd: request.cwd,
    });
    let service;
    try {
        service = await (0,serve/* startService */.iL)({ model, host: '127.0.0.1', port: 0 });
    }
    catch (error) {
        await model.predictor.release().catch(() => undefined);
        if (error instanceof errors/* UserError */.yo)
            return `the candidate cannot serve: ${error.message}`;
        throw error;
    }
    try {
        if (!request.smoke)
            return undefined;
        const result = await runSmokeTest(service.url, request.release.manifest, { ...request.smoke, token: undefined });
        request.io.info(`smoke test of v${request.release.version}: ${result.rows} rows${result.metrics
            ? `, ${Object.entries(result.metrics)
                .filter(([, v]) => Number.isFinite(v))
                .slice(0, 4)
                .map(([k, v]) => `${k}=${v.toFixed(4)}`)
                .join(' ')}`
            : ''}: ${result.passed ? 'passed' : 'failed'}`);
        return result.passed ? undefined : `the smoke test failed: ${result.reason}`;
    }
    finally {
        await service.close();
    }
}
/**
 * A persistent inference service on this host that outlives the job. The first deployment
 * starts it (a systemd user unit, or a detached process without the job's RUNNER_TRACKING_ID);
 * later ones swap the model in place through its control socket, so no request fails. A
 * candidate that fails its smoke test never takes traffic; one that goes live but is not
 * healthy is swapped back to the previous version.
 */
const localTarget = {
    name: 'local',
    async deploy(request) {
        const { release, io } = request;
        const files = serviceFiles(request.stateRoot, release.name, request.environment);
        await (0,promises_.mkdir)(files.dir, { recursive: true });
        const state = (await readState(files)) ?? {
            name: release.name,
            environment: request.environment,
            url: '',
            history: [],
        };
        const live = await local_status(files);
        const previousVersion = live?.model.version ?? state.current?.version;
        const dir = await keepPackage(files, release);
        const smokeFailure = await smokeCandidate(request, dir);
        if (smokeFailure) {
            return {
                url: live?.url ?? '',
                previousVersion,
                rolledBack: true,
                failure: `v${release.version} was not deployed: ${smokeFailure}${live ? ` v${live.model.version} keeps serving.` : ''}`,
                details: [
                    live
                        ? `v${live.model.version} kept serving at ${live.url}; the candidate never took traffic.`
                        : 'No service was running; none was started.',
                ],
            };
        }
        const deployed = { version: release.version, tag: release.tag, dir, deployedAt: new Date().toISOString() };
        const details = [];
        let url;
        if (live) {
            url = live.url;
            if (request.strategy === 'replace') {
                if (live.model.version === release.version && !live.secondary) {
                    details.push(`v${release.version} was already serving at ${url}; nothing to swap.`);
                }
                else {
                    await (0,control/* controlRequest */.l)(files.controlSocket, 'POST', '/swap', { package: dir, name: release.name, version: release.version });
                    details.push(`Swapped ${url} from v${live.model.version} to v${release.version} with no restart.`);
                }
            }
            else {
                const weight = request.strategy === 'canary' ? request.canaryWeight : 1;
                await (0,control/* controlRequest */.l)(files.controlSocket, 'POST', '/route', {
                    package: dir,
                    name: release.name,
                    version: release.version,
                    mode: request.strategy,
                    weight,
                });
                details.push(request.strategy === 'canary'
                    ? `v${release.version} takes ${Math.round(weight * 100)}% of the traffic at ${url} beside v${live.model.version}.`
                    : `v${release.version} shadows v${live.model.version} at ${url}: it gets a copy of every request; its answers are logged, never returned.`);
            }
        }
        else {
            if (request.strategy !== 'replace') {
                io.warning(`No ${release.name} service runs for ${request.environment} yet, so the ${request.strategy} starts it with v${release.version} alone.`);
            }
            const runtime = await installRuntime(files, request);
            const supervisor = (await hasSystemdUser(request.env)) ? 'systemd' : 'detached';
            const command = [
                process.execPath,
                (0,external_node_path_.join)(runtime, 'bin', 'mlops.js'),
                'serve',
                dir,
                '--host',
                request.host,
                '--port',
                String(request.port),
                '--name',
                release.name,
                '--version',
                release.version,
                '--control',
                files.controlSocket,
                '--prediction-log',
                files.predictionLog,
            ];
            const env = serviceEnvironment(request.env, request.token);
            const pid = await startServiceProcess({
                files,
                command,
                env,
                supervisor,
                unitName: `mlops-${release.name}-${request.environment}`.replace(/[^\w.-]+/g, '-'),
            });
            url = `http://${request.host.includes(':') ? `[${request.host}]` : request.host}:${request.port}`;
            await waitReady(url, files, pid);
            details.push(`Started the ${release.name} service for ${request.environment} at ${url} (${supervisor}, pid ${pid}); state in ${files.dir}.`);
        }
        // The live check: the service answers, and with the version just deployed.
        const after = await local_status(files);
        const healthy = after !== undefined &&
            (request.strategy === 'replace' ? after.model.version === release.version : after.secondary?.version === release.version) &&
            (await fetch(`${url}/v2/health/ready`, { signal: AbortSignal.timeout(5000) })
                .then((r) => r.status === 200)
                .catch(() => false));
        if (!healthy) {
            let rolledBack = false;
            if (live && state.current && request.strategy === 'replace') {
                await (0,control/* controlRequest */.l)(files.controlSocket, 'POST', '/swap', {
                    package: state.current.dir,
                    name: release.name,
                    version: state.current.version,
                });
                rolledBack = true;
            }
            else if (live && request.strategy !== 'replace') {
                await (0,control/* controlRequest */.l)(files.controlSocket, 'POST', '/route', { mode: request.strategy });
                rolledBack = true;
            }
            return {
                url,
                previousVersion,
                rolledBack,
                failure: `v${release.version} went live but the service did not report it healthy.`,
                details,
            };
        }
        if (request.strategy === 'replace') {
            if (state.current && state.current.version !== release.version)
                state.previous = state.current;
            state.current = deployed;
            state.secondary = undefined;
        }
        else {
            state.secondary = { ...deployed, mode: request.strategy, weight: request.strategy === 'canary' ? request.canaryWeight : 1 };
        }
        state.url = url;
        state.history = [deployed, ...state.history].slice(0, HISTORY);
        await writeState(files, state);
        return { url, previousVersion, rolledBack: false, details };
    },
};

;// CONCATENATED MODULE: ./shared/deploy/targets/none.ts
/** Records the deployment only, for teams that ship the model with their own tooling. */
const noneTarget = {
    name: 'none',
    async deploy(request) {
        return {
            url: '',
            rolledBack: false,
            details: [`Recorded ${request.release.name} v${request.release.version} for ${request.environment}; nothing was started.`],
        };
    },
};

;// CONCATENATED MODULE: ./shared/deploy/targets/index.ts



/** Every deploy target by the name the `target` input uses. */
const TARGETS = {
    local: localTarget,
    kubernetes: kubernetesTarget,
    none: noneTarget,
};

// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(16317);
// EXTERNAL MODULE: ./shared/github/errors.ts
var github_errors = __webpack_require__(35585);
;// CONCATENATED MODULE: ./shared/github/deployments.ts


const DEPLOYMENT_PERMISSION = 'deployments: write';
/**
 * Key under which a deployment's payload records the run that made it. A re-run of the same
 * workflow run finds its deployment by `runId` and `key` instead of creating another; the attempt
 * that created it is kept for the record.
 */
const DEPLOYMENT_PAYLOAD_KEY = 'mlops-actions';
function readMarker(payload) {
    let value = payload;
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    const marker = value?.[DEPLOYMENT_PAYLOAD_KEY];
    return marker && typeof marker === 'object' ? marker : undefined;
}
/** The deployment this run already made for this environment, ref and key, if any. */
async function findRunDeployment(client, params) {
    const { owner, repo, ref, environment, marker } = params;
    const query = { owner, repo, ref, environment, per_page: 100, ...(params.task ? { task: params.task } : {}) };
    for await (const page of client.paginate.iterator(client.rest.repos.listDeployments, query)) {
        for (const deployment of page.data) {
            const found = readMarker(deployment.payload);
            if (found && String(found.runId) === marker.runId && found.key === marker.key)
                return { id: deployment.id, url: deployment.url };
        }
    }
    return undefined;
}
/**
 * Creates a GitHub Deployment, once per run and key. GitHub answers 202 instead of creating one
 * when it auto-merged the default branch into the ref; the call is then repeated (bounded), as
 * GitHub's documentation describes. 409 (a merge conflict) becomes a clear error.
 */
async function createDeployment(client, params) {
    const { owner, repo, ref, environment } = params;
    return (0,github_errors/* describedAs */.Ke)({ what: `Creating a deployment of ${ref} to ${environment} in ${owner}/${repo}`, permission: DEPLOYMENT_PERMISSION }, async () => {
        const earlier = await findRunDeployment(client, params);
        if (earlier)
            return { ...earlier, action: 'found' };
        const payload = {
            ...params.payload,
            [DEPLOYMENT_PAYLOAD_KEY]: { runId: params.marker.runId, runAttempt: params.marker.runAttempt, key: params.marker.key },
        };
        const attempts = client.settings.maxRetries + 1;
        for (let attempt = 1; attempt <= attempts; attempt += 1) {
            let response;
            try {
                response = await client.rest.repos.createDeployment({
                    owner,
                    repo,
                    ref,
                    environment,
                    payload,
                    auto_merge: params.autoMerge ?? false,
                    ...(params.description !== undefined ? { description: params.description.slice(0, 140) } : {}),
                    ...(params.task ? { task: params.task } : {}),
                    ...(params.requiredContexts ? { required_contexts: params.requiredContexts } : {}),
                    ...(params.transientEnvironment !== undefined ? { transient_environment: params.transientEnvironment } : {}),
                    ...(params.productionEnvironment !== undefined ? { production_environment: params.productionEnvironment } : {}),
                });
            }
            catch (error) {
                if ((0,github_errors/* hasStatus */.Ro)(error, 409)) {
                    throw new errors/* UserError */.yo(`Creating a deployment of ${ref} to ${environment} in ${owner}/${repo} failed: ${(0,github_errors/* gitHubMessage */.RG)(error)} (409). Resolve the conflict, or deploy without auto-merge.`);
                }
                if ((0,github_errors/* hasStatus */.Ro)(error, 422) && /context/i.test((0,github_errors/* gitHubMessage */.RG)(error))) {
                    throw new errors/* UserError */.yo(`Creating a deployment of ${ref} to ${environment} in ${owner}/${repo} failed: ${(0,github_errors/* gitHubMessage */.RG)(error)}. Required status checks on ${ref} have not passed; wait for them or deploy after they succeed.`);
                }
                throw error;
            }
            if (response.status === 201 && 'id' in response.data)
                return { id: response.data.id, url: response.data.url, action: 'created' };
            client.settings.io?.info(`GitHub answered 202 (${'message' in response.data ? response.data.message : 'accepted'}) for the deployment of ${ref}; asking again.`);
            if (attempt < attempts)
                await new Promise((resolve) => setTimeout(resolve, client.settings.retryBaseMs * attempt));
        }
        throw new errors/* UserError */.yo(`Creating a deployment of ${ref} to ${environment} in ${owner}/${repo} failed: GitHub answered 202 (merge in progress) ${attempts} times; re-run the job.`);
    });
}
async function setDeploymentStatus(client, params) {
    const { owner, repo, deploymentId, state } = params;
    return (0,github_errors/* describedAs */.Ke)({ what: `Setting deployment ${deploymentId} in ${owner}/${repo} to ${state}`, permission: DEPLOYMENT_PERMISSION }, async () => {
        const description = params.description && params.description.length > 140 ? `${params.description.slice(0, 139)}…` : params.description;
        const { data } = await client.rest.repos.createDeploymentStatus({
            owner,
            repo,
            deployment_id: deploymentId,
            state,
            ...(params.environmentUrl ? { environment_url: params.environmentUrl } : {}),
            ...(params.logUrl ? { log_url: params.logUrl } : {}),
            ...(description !== undefined ? { description } : {}),
            ...(params.environment ? { environment: params.environment } : {}),
            ...(params.autoInactive !== undefined ? { auto_inactive: params.autoInactive } : {}),
        });
        return { id: data.id, state: data.state };
    });
}
/**
 * The payload of the newest deployment to `environment` whose latest status is `success`, other
 * than `exclude`: what was live before this one. Reads at most `limit` deployments.
 */
async function lastSuccessfulDeployment(client, params) {
    const { owner, repo, environment } = params;
    return (0,github_errors/* describedAs */.Ke)({ what: `Listing the deployments to ${environment} in ${owner}/${repo}`, permission: DEPLOYMENT_PERMISSION }, async () => {
        const { data } = await client.rest.repos.listDeployments({ owner, repo, environment, per_page: params.limit ?? 10 });
        for (const deployment of data) {
            if (deployment.id === params.exclude)
                continue;
            const statuses = await client.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: deployment.id, per_page: 1 });
            if (statuses.data[0]?.state === 'success') {
                const payload = typeof deployment.payload === 'object' && deployment.payload !== null ? deployment.payload : {};
                return { id: deployment.id, payload };
            }
        }
        return undefined;
    });
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/registry/aliases.ts
var aliases = __webpack_require__(4660);
// EXTERNAL MODULE: ./shared/registry/resolve.ts
var resolve = __webpack_require__(35592);
;// CONCATENATED MODULE: ./shared/steps/deploy.ts












/** The suite's own bundle: the folder of this chunk (dist/) and the CLI beside it, copied to a service or an image. */
function ownBundle(env) {
    const distDir = env.MLOPS_BUNDLE_DIR ?? (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    return { distDir, cliFile: (0,external_node_path_.join)(distDir, '..', 'bin', 'mlops.js') };
}
const deploy_run = async ({ inputs, io, env, cwd, run: context }) => {
    const token = inputs['github-token'];
    const repository = context.owner && context.repo ? { owner: context.owner, repo: context.repo } : undefined;
    let client;
    if (token && repository)
        client = (0,github_client/* createGitHubClient */.LX)({ token, apiUrl: context.apiUrl, env, io });
    if (inputs.token)
        io.setSecret(inputs.token);
    // Everything that can be checked is checked before anything changes: the model, its integrity, the gates.
    const resolved = await (0,resolve/* resolveModel */.AX)(inputs.model, { client, repository, io, env, cwd, input: 'model' });
    const manifest = resolved.manifest;
    if (manifest.framework === 'custom') {
        throw new errors/* InputError */.dz(`${inputs.model} is a custom package, which the suite cannot serve without your code; deploy runs tfjs and onnx packages.`, 'model');
    }
    if (inputs['smoke-gates'] && !inputs['smoke-data'])
        throw new errors/* InputError */.dz('smoke-gates needs smoke-data: labelled rows to score.', 'smoke-gates');
    checkSmokeGates(inputs['smoke-gates'], manifest);
    const name = resolved.name ?? manifest.name;
    const version = resolved.version !== undefined ? String(resolved.version) : (0,serve/* packageDigest */.jK)(manifest);
    const release = { name, version, tag: resolved.tag, dir: resolved.dir, manifest };
    const environment = inputs.environment;
    if (inputs['promote-alias'] && resolved.version === undefined) {
        throw new errors/* InputError */.dz('promote-alias moves a registry alias, so model must be a registered version (name@alias or name/vN), not a folder.', 'promote-alias');
    }
    let deploymentId;
    const logUrl = context.runUrl;
    if (client && repository) {
        const ref = context.sha ?? context.ref;
        if (!ref)
            throw new errors/* InputError */.dz('deploy records a GitHub Deployment of the commit being deployed, and GITHUB_SHA is not set.', 'model');
        const deployment = await createDeployment(client, {
            ...repository,
            ref,
            environment,
            description: `${name} v${version} (${inputs.target}, ${inputs.strategy})`,
            task: 'deploy:model',
            marker: { runId: context.runId ?? 'local', runAttempt: context.runAttempt, key: `${name}/${inputs.strategy}` },
            payload: { model: name, version, tag: resolved.tag, target: inputs.target, strategy: inputs.strategy },
            autoMerge: false,
            requiredContexts: [],
            productionEnvironment: environment === 'production',
        });
        deploymentId = deployment.id;
        await setDeploymentStatus(client, {
            ...repository,
            deploymentId,
            state: 'in_progress',
            logUrl,
            description: `Deploying ${name} v${version}`,
        });
        io.info(`${deployment.action === 'found' ? 'Resuming' : 'Created'} deployment ${deploymentId} of ${name} v${version} to ${environment}.`);
    }
    else {
        io.warning('No github-token or GITHUB_REPOSITORY: the deployment is not recorded on GitHub.');
    }
    const target = TARGETS[inputs.target];
    let outcome;
    try {
        outcome = await target.deploy({
            release,
            environment,
            strategy: inputs.strategy,
            canaryWeight: inputs['canary-weight'],
            host: inputs.host,
            port: inputs.port,
            token: inputs.token,
            smoke: inputs['smoke-data'] ? { data: inputs['smoke-data'], gates: inputs['smoke-gates'], cwd } : undefined,
            outputDir: (0,external_node_path_.resolve)(cwd, inputs['output-dir']),
            stateRoot: inputs['state-dir'] ? (0,external_node_path_.resolve)(cwd, inputs['state-dir']) : defaultStateRoot(env),
            bundle: ownBundle(env),
            kubernetes: {
                image: inputs.image ?? `${name}-serving:v${version}`,
                namespace: inputs.namespace,
                minReplicas: inputs['min-replicas'],
                maxReplicas: inputs['max-replicas'],
                tokenSecret: inputs['token-secret'],
                context: inputs['kube-context'],
            },
            io,
            env,
            cwd,
        });
    }
    catch (error) {
        if (client && repository && deploymentId !== undefined) {
            const reason = error.message.split('\n')[0];
            await setDeploymentStatus(client, { ...repository, deploymentId, state: 'failure', logUrl, description: `Failed: ${reason}` }).catch(() => undefined);
        }
        throw error;
    }
    let previousVersion = outcome.previousVersion;
    if (previousVersion === undefined && client && repository) {
        const previous = await lastSuccessfulDeployment(client, { ...repository, environment, exclude: deploymentId });
        if (previous?.payload.model === name && previous.payload.version !== undefined)
            previousVersion = String(previous.payload.version);
    }
    if (client && repository && deploymentId !== undefined) {
        await setDeploymentStatus(client, {
            ...repository,
            deploymentId,
            state: outcome.failure ? 'failure' : 'success',
            environmentUrl: outcome.url || undefined,
            logUrl,
            description: outcome.failure
                ? `${outcome.rolledBack ? 'Rolled back: ' : 'Failed: '}${outcome.failure}`
                : `${name} v${version} is live${inputs.strategy === 'replace' ? '' : ` (${inputs.strategy})`}`,
        });
    }
    let promoted = '';
    if (!outcome.failure && inputs['promote-alias'] && client && repository && resolved.version !== undefined) {
        const moved = await (0,aliases/* moveAlias */.kb)(client, {
            ...repository,
            name,
            alias: inputs['promote-alias'],
            version: resolved.version,
            actor: context.actor,
            io,
        });
        promoted = moved.moved
            ? `${inputs['promote-alias']}: v${moved.from ?? '–'} → v${moved.to}`
            : `${inputs['promote-alias']} already at v${moved.to}`;
    }
    const rows = [
        ['Model', resolved.releaseUrl ? `[${resolved.tag}](${resolved.releaseUrl})` : `${name} (${version})`],
        [
            'Target',
            `${inputs.target}, ${inputs.strategy}${inputs.strategy === 'canary' ? ` ${Math.round(inputs['canary-weight'] * 100)}%` : ''}`,
        ],
        ['Environment', environment],
        ['URL', outcome.url || '–'],
        ['Previous version', previousVersion ?? '–'],
        ['Result', outcome.failure ? `❌ ${outcome.rolledBack ? 'rolled back: ' : ''}${outcome.failure}` : '✅ live'],
    ];
    if (promoted)
        rows.push(['Alias', promoted]);
    await io.appendSummary(`## deploy: ${name} v${version} to ${environment}\n\n${(0,markdown/* table */.tp)(['', ''], rows.map(([k, v]) => [`**${k}**`, v]), ['l', 'l'])}\n\n${outcome.details.map((line) => `- ${line}`).join('\n')}\n`);
    const outputs = {
        url: outcome.url,
        'deployment-id': deploymentId ?? '',
        version,
        'previous-version': previousVersion ?? '',
        'rolled-back': outcome.rolledBack,
    };
    if (outcome.failure)
        throw new errors/* StepFailedError */.mK(outcome.failure, outputs);
    io.info(`${name} v${version} is live${outcome.url ? ` at ${outcome.url}` : ''}.`);
    return outputs;
};


/***/ })

};
