export const id = 342;
export const ids = [342];
export const modules = {

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

/***/ 41119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ startControl),
/* harmony export */   l: () => (/* binding */ controlRequest)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8126);
/* harmony import */ var _load_model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6520);




const BODY_LIMIT = 64 * 1024;
async function readJson(req) {
    let size = 0;
    const chunks = [];
    for await (const chunk of req) {
        size += chunk.length;
        if (size > BODY_LIMIT)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('the control request is too large.');
        chunks.push(chunk);
    }
    const text = Buffer.concat(chunks).toString('utf8') || '{}';
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('the control request is not JSON.');
    }
}
async function startControl(service, socketPath, options = {}) {
    const log = options.log ?? (() => undefined);
    const status = () => ({ model: service.model, secondary: service.secondary, url: service.url, pid: process.pid });
    const load = (body) => {
        if (!body.package)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('give "package": the folder of a verified model package.');
        return (0,_load_model_js__WEBPACK_IMPORTED_MODULE_3__/* .loadModelToServe */ .Q)(body.package, { name: body.name, version: body.version, env: options.env });
    };
    const handle = async (req, res) => {
        const send = (code, body) => {
            res.writeHead(code, { 'content-type': 'application/json' });
            res.end(JSON.stringify(body));
        };
        try {
            if (req.method === 'GET' && req.url === '/status')
                return send(200, status());
            if (req.method === 'POST' && req.url === '/swap') {
                const body = await readJson(req);
                await service.swap(await load(body));
                log(`control: swapped to ${service.model.version}`);
                return send(200, status());
            }
            if (req.method === 'POST' && req.url === '/route') {
                const body = await readJson(req);
                const mode = body.mode ?? 'canary';
                if (mode !== 'canary' && mode !== 'shadow')
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`mode is canary or shadow, not ${JSON.stringify(mode)}.`);
                await service.route(body.package ? await load(body) : undefined, mode, body.weight);
                return send(200, status());
            }
            send(404, { error: `no control route ${req.method} ${req.url}` });
        }
        catch (error) {
            const code = error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs ? 409 : error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo ? 422 : 500;
            send(code, { error: error.message, integrity: error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs });
        }
    };
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(socketPath, { force: true });
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_1__.createServer)((req, res) => void handle(req, res));
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(socketPath, () => resolve());
    });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.chmod)(socketPath, 0o600);
    return {
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
/** A call on a service's control socket, from the deploy step. Errors keep the service's sentence. */
async function controlRequest(socketPath, method, path, body, timeoutMs = 120_000) {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const { status, text } = await new Promise((resolve, reject) => {
        const req = (0,node_http__WEBPACK_IMPORTED_MODULE_1__.request)({ socketPath, method, path, headers: payload ? { 'content-type': 'application/json' } : {}, timeout: timeoutMs }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
        });
        req.on('timeout', () => req.destroy(new Error(`no answer on ${socketPath} within ${timeoutMs} ms`)));
        req.on('error', reject);
        req.end(payload);
    });
    const answer = JSON.parse(text || '{}');
    if (status !== 200) {
        const message = answer.error ?? `control ${path} answered ${status}`;
        throw answer.integrity ? new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IntegrityError */ .cs(message) : new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(message);
    }
    return answer;
}


/***/ }),

/***/ 76342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QQ: () => (/* reexport */ load_model/* loadModelToServe */.Q),
  jK: () => (/* reexport */ packageDigest),
  aH: () => (/* reexport */ parseServeArgs),
  Z: () => (/* reexport */ serveMain),
  iL: () => (/* reexport */ startService)
});

// UNUSED EXPORTS: DEFAULTS, DEFAULT_BATCHING, PROTOCOLS, RequestError, TOKEN_VARIABLE, describeModel, installShutdownHandler, openPredictionLog, routeList

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
;// CONCATENATED MODULE: ./shared/serve/batcher.ts
/**
 * Dynamic batching. Requests that arrive together run as one model call, but the batcher never
 * holds a request back to wait for company:
 * - when no call is running, queued work is dispatched at the end of the current event-loop turn
 *   (so requests read in the same turn share a call, and a lone request waits for nothing);
 * - while calls are running, new requests accumulate and go out together as soon as a call
 *   finishes, or as soon as a full batch (`maxBatchSize` rows) is waiting;
 * - if the oldest waiting request has waited `maxWaitMs` while every call is still busy, and
 *   fewer than `maxConcurrentCalls` are running, another call starts for it.
 * So batching adds at most `maxWaitMs` to a request whenever a call slot is free, and nothing at low load.
 * With batching off, every request is its own model call, dispatched at once.
 */
const DEFAULT_BATCHING = {
    enabled: true,
    maxBatchSize: 64,
    maxWaitMs: 5,
    maxConcurrentCalls: 2,
};
function createBatcher(options, call, observer = {}) {
    const queue = [];
    let queuedRows = 0;
    let running = 0;
    let immediate;
    let timer;
    let idleWaiters = [];
    /** The next call's jobs: the oldest job, then later jobs for the same model while the rows fit. */
    const take = () => {
        const first = queue[0];
        const batch = [first];
        let rows = first.rows;
        const rest = [];
        for (let i = 1; i < queue.length; i++) {
            const job = queue[i];
            if (options.enabled && job.model === first.model && rows + job.rows <= options.maxBatchSize) {
                batch.push(job);
                rows += job.rows;
            }
            else {
                rest.push(job);
            }
        }
        queue.length = 0;
        queue.push(...rest);
        queuedRows -= rows;
        return batch;
    };
    const dispatch = () => {
        if (queue.length === 0)
            return;
        const batch = take();
        const rows = batch.reduce((n, job) => n + job.rows, 0);
        const width = batch[0].input.length / Math.max(batch[0].rows, 1);
        let input = batch[0].input;
        if (batch.length > 1) {
            input = new Float32Array(rows * width);
            let at = 0;
            for (const job of batch) {
                input.set(job.input, at);
                at += job.input.length;
            }
        }
        const started = performance.now();
        for (const job of batch)
            job.onDispatch?.();
        running++;
        const finish = (output, error) => {
            const modelMs = performance.now() - started;
            running--;
            observer.onBatch?.(rows, batch.length, modelMs);
            const perRow = output && rows > 0 ? output.length / rows : 0;
            let offset = 0;
            for (const job of batch) {
                if (output) {
                    job.resolve({
                        output: output.subarray(offset * perRow, (offset + job.rows) * perRow),
                        queueMs: started - job.enqueuedAt,
                        modelMs,
                        batchRows: rows,
                        batchRequests: batch.length,
                    });
                }
                else {
                    job.reject(error);
                }
                offset += job.rows;
                job.onDone?.();
            }
            schedule();
        };
        try {
            const result = call(batch[0].model, input, rows);
            if (result instanceof Float64Array)
                finish(result);
            else
                result.then((output) => finish(output), (error) => finish(undefined, error));
        }
        catch (error) {
            finish(undefined, error);
        }
    };
    const stopTimer = () => {
        if (timer)
            clearTimeout(timer);
        timer = undefined;
    };
    const flush = () => {
        immediate = undefined;
        if (!options.enabled) {
            while (queue.length > 0)
                dispatch();
        }
        else if (running < options.maxConcurrentCalls) {
            dispatch();
        }
        schedule();
    };
    function schedule() {
        if (queue.length === 0) {
            stopTimer();
            if (running === 0 && idleWaiters.length > 0) {
                const waiters = idleWaiters;
                idleWaiters = [];
                for (const resolve of waiters)
                    resolve();
            }
            return;
        }
        if (immediate)
            return;
        const fullBatchWaiting = queuedRows >= options.maxBatchSize && running < options.maxConcurrentCalls;
        if (!options.enabled || running === 0 || fullBatchWaiting) {
            stopTimer();
            immediate = setImmediate(flush);
            return;
        }
        if (timer || running >= options.maxConcurrentCalls)
            return;
        const wait = Math.max(0, queue[0].enqueuedAt + options.maxWaitMs - performance.now());
        timer = setTimeout(() => {
            timer = undefined;
            if (running < options.maxConcurrentCalls && queue.length > 0)
                dispatch();
            schedule();
        }, wait);
    }
    return {
        submit(model, input, rows, hooks = {}) {
            let job;
            const result = new Promise((resolve, reject) => {
                job = { model, input, rows, enqueuedAt: performance.now(), resolve, reject, ...hooks };
            });
            queue.push(job);
            queuedRows += rows;
            schedule();
            return {
                result,
                cancel() {
                    const index = queue.indexOf(job);
                    if (index < 0)
                        return;
                    queue.splice(index, 1);
                    queuedRows -= job.rows;
                    job.onDone?.();
                    schedule();
                },
            };
        },
        get queued() {
            return queue.length;
        },
        get running() {
            return running;
        },
        idle() {
            if (queue.length === 0 && running === 0)
                return Promise.resolve();
            return new Promise((resolve) => idleWaiters.push(resolve));
        },
    };
}

;// CONCATENATED MODULE: ./shared/serve/bearer-token.ts

/**
 * Bearer-token check for the inference routes. Both sides are hashed before comparing, so the
 * comparison takes the same time whatever the token's length or how much of it a guess gets right.
 */
function bearerTokenCheck(token) {
    const expected = (0,external_node_crypto_.createHash)('sha256').update(token).digest();
    return (authorization) => {
        const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
        const given = (0,external_node_crypto_.createHash)('sha256')
            .update(match ? match[1] : '')
            .digest();
        return (0,external_node_crypto_.timingSafeEqual)(given, expected) && match !== null;
    };
}
/** The WWW-Authenticate header of a 401 (RFC 6750): `invalid_token` when a token was given but is wrong. */
function authenticateChallenge(authorization) {
    return authorization ? 'Bearer realm="mlops-serve", error="invalid_token"' : 'Bearer realm="mlops-serve"';
}

// EXTERNAL MODULE: ./shared/model/preprocessing.ts
var preprocessing = __webpack_require__(60222);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
;// CONCATENATED MODULE: ./shared/serve/request-error.ts

/**
 * A request the service refuses. The client can act on it, so it is a UserError; the status
 * code and headers travel with it and the message becomes the `{"error": …}` body, which is the
 * error shape both the Open Inference Protocol and TensorFlow Serving use.
 */
class RequestError extends errors/* UserError */.yo {
    status;
    headers;
    constructor(message, status = 400, headers = {}) {
        super(message);
        this.status = status;
        this.headers = headers;
        this.name = 'RequestError';
    }
}
function isRequestError(error) {
    return error instanceof RequestError;
}

;// CONCATENATED MODULE: ./shared/serve/features.ts



/** Unknown names listed one by one in a message; the rest are counted. */
const MAX_NAMED = 5;
/** The largest magnitude a float32 model input can hold; beyond it the input becomes Infinity. */
const FLOAT32_MAX = 3.4028234663852886e38;
/** Names a request gave for its columns, checked against the model's features: none missing, none extra. */
function checkFeatureNames(model, given) {
    const seen = new Set();
    const unknown = [];
    for (const name of given) {
        if (seen.has(name))
            throw new RequestError(`feature "${clip(name)}" is given twice.`);
        seen.add(name);
        if (!model.featureIndex.has(name))
            unknown.push(name);
    }
    const missing = model.featureNames.filter((name) => !seen.has(name));
    if (unknown.length === 0 && missing.length === 0)
        return;
    const parts = [];
    if (unknown.length > 0) {
        // Suggestions cost an edit distance each: only for a few short names, so a hostile body stays cheap.
        const hints = unknown.slice(0, MAX_NAMED).map((name) => {
            const shown = `"${clip(name)}"`;
            const hint = name.length <= 64 ? (0,suggest/* closest */.k)(name, missing.length > 0 ? missing : model.featureNames) : undefined;
            return hint ? `${shown} (did you mean "${hint}"?)` : shown;
        });
        if (unknown.length > MAX_NAMED)
            hints.push(`and ${unknown.length - MAX_NAMED} more`);
        parts.push(`unknown feature${unknown.length > 1 ? 's' : ''} ${hints.join(', ')}`);
    }
    if (missing.length > 0)
        parts.push(`missing feature${missing.length > 1 ? 's' : ''} ${quoteList(missing)}`);
    throw new RequestError(`${parts.join('; ')}. Model ${model.name} takes: ${model.featureNames.join(', ')}.`);
}
/**
 * Checks every cell, then applies the package's preprocessing. Missing values (null, NaN, "",
 * "NA" …) are imputed as in training; a value the model cannot take is a 400 naming row and feature.
 */
function modelInput(model, columns) {
    if (columns.rows === 0)
        throw new RequestError('the request has no rows to predict.');
    for (const feature of model.features) {
        const cells = columns.values.get(feature.name);
        if (!cells)
            throw new RequestError(`missing feature "${feature.name}".`);
        if (cells.length !== columns.rows) {
            throw new RequestError(`feature "${feature.name}" has ${cells.length} values but the request has ${columns.rows} rows.`);
        }
        for (let row = 0; row < cells.length; row++) {
            const cell = cells[row];
            const type = typeof cell;
            if (cell !== null && cell !== undefined && type !== 'string' && type !== 'number' && type !== 'boolean') {
                throw new RequestError(`row ${row + 1}: feature "${feature.name}" must be a number, a string or null, not ` +
                    `${Array.isArray(cell) ? 'a list' : type === 'object' ? 'an object' : type}.`);
            }
            if (feature.kind !== 'numeric' || (0,preprocessing/* isMissing */.b2)(cell))
                continue;
            if (type === 'boolean') {
                throw new RequestError(`row ${row + 1}: feature "${feature.name}" is numeric; ${cell} is not a number.`);
            }
            const value = type === 'number' ? cell : (0,preprocessing/* parseNumber */.$J)(cell);
            if (Number.isNaN(value)) {
                const text = String(cell).trim();
                const reason = Number.isNaN(Number(text)) ? 'is not a number' : 'is not a finite number';
                throw new RequestError(`row ${row + 1}: feature "${feature.name}" is numeric; "${clip(text)}" ${reason}.`);
            }
            if (!Number.isFinite(value) || Math.abs((value - feature.mean) / feature.std) > FLOAT32_MAX) {
                throw new RequestError(`row ${row + 1}: feature "${feature.name}" = ${value} is not a finite number the model ` + 'can take (its input is float32).');
            }
        }
    }
    try {
        return (0,preprocessing/* applyPreprocessing */.JZ)(model.predictor.preprocessing, columns);
    }
    catch (error) {
        // The checks above should leave nothing for preprocessing to refuse; if it does, it is still the request's fault.
        throw new RequestError(error.message);
    }
}
/** Rows given as objects keyed by feature name: names checked on every row, then gathered into columns. */
function recordsToCheckedColumns(model, records, what = 'record') {
    const names = model.featureNames;
    const values = new Map();
    for (const name of names)
        values.set(name, new Array(records.length));
    for (let row = 0; row < records.length; row++) {
        const record = records[row];
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            throw new RequestError(`${what} ${row + 1} must be an object keyed by feature name, not ${describe(record)}.`);
        }
        const keys = Object.keys(record);
        if (keys.length !== names.length || keys.some((key) => !model.featureIndex.has(key))) {
            try {
                checkFeatureNames(model, keys);
            }
            catch (error) {
                throw new RequestError(`${what} ${row + 1}: ${error.message}`);
            }
        }
        for (const name of names)
            values.get(name)[row] = record[name];
    }
    return { rows: records.length, values };
}
/** Rows given as lists of values in the model's feature order. */
function arraysToCheckedColumns(model, rowsIn, what = 'instance') {
    const names = model.featureNames;
    const values = new Map();
    for (const name of names)
        values.set(name, new Array(rowsIn.length));
    for (let row = 0; row < rowsIn.length; row++) {
        const cells = rowsIn[row];
        if (!Array.isArray(cells))
            throw new RequestError(`${what} ${row + 1} must be a list of ${names.length} values.`);
        if (cells.length !== names.length) {
            throw new RequestError(`${what} ${row + 1} has ${cells.length} values; model ${model.name} takes ${names.length} ` +
                `features, in this order: ${names.join(', ')}.`);
        }
        for (let i = 0; i < names.length; i++)
            values.get(names[i])[row] = cells[i];
    }
    return { rows: rowsIn.length, values };
}
function describe(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return `the string "${clip(value)}"`;
    return `${typeof value} ${String(value)}`;
}
function clip(text, max = 40) {
    return text.length > max ? `${text.slice(0, max)}…` : text;
}
function quoteList(names) {
    return names.map((name) => `"${name}"`).join(', ');
}

;// CONCATENATED MODULE: ./shared/serve/http-io.ts

/** Reading bodies and writing JSON answers on node:http, with the limits the service promises. */
/** Thrown when the client went away before its body arrived: there is nobody left to answer. */
class ClientGone extends Error {
}
/**
 * The body, refused with 413 as soon as it passes `limit` (declared or actual), so an oversized
 * body is never buffered.
 */
function readBody(req, limit) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        let done = false;
        const fail = (error) => {
            if (done)
                return;
            done = true;
            chunks.length = 0;
            reject(error);
        };
        req.on('data', (chunk) => {
            if (done)
                return;
            size += chunk.length;
            if (size > limit)
                fail(tooLarge(limit));
            else
                chunks.push(chunk);
        });
        req.on('end', () => {
            if (done)
                return;
            done = true;
            resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
        });
        // 'close' also follows every normal end; an Error (with its stack) is only built when it matters.
        const gone = () => {
            if (!done)
                fail(new ClientGone());
        };
        req.on('error', gone);
        req.on('close', gone);
    });
}
/** 413 from the Content-Length header alone, before any of the body is read. */
function checkDeclaredLength(req, limit) {
    if (Number(req.headers['content-length']) > limit)
        throw tooLarge(limit);
}
function tooLarge(limit) {
    return new RequestError(`the body is larger than the limit of ${limit} bytes; send fewer rows per request.`, 413, {
        connection: 'close',
    });
}
/**
 * JSON bodies only (with or without a charset), plus Triton's binary extension. A missing
 * Content-Type is accepted because tritonclient sends none; form encodings are refused, which
 * also keeps a web page from posting to a service on localhost.
 */
function checkContentType(req) {
    const header = req.headers['content-type'];
    if (header === undefined || header === '')
        return;
    const type = header.split(';')[0].trim().toLowerCase();
    if (type === 'application/json' || type.endsWith('+json'))
        return;
    if (type === 'application/octet-stream' && req.headers['inference-header-content-length'] !== undefined)
        return;
    throw new RequestError(`Content-Type ${type} is not accepted: send JSON with "Content-Type: application/json"` +
        (type === 'application/x-www-form-urlencoded' ? " (curl -d sets a form type; add -H 'Content-Type: application/json')" : '') +
        '.', 415);
}
function sendJson(res, status, body, headers = {}) {
    if (res.headersSent || res.destroyed)
        return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(text)),
        ...headers,
    });
    res.end(text);
}
function sendText(res, status, text, contentType) {
    if (res.headersSent || res.destroyed)
        return;
    res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
}
/** The path without the query string. */
function pathOf(url) {
    if (!url)
        return '/';
    const query = url.indexOf('?');
    return query < 0 ? url : url.slice(0, query);
}

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
;// CONCATENATED MODULE: ./shared/serve/metrics.ts

const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const SIZE_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 4096];
const PROBABILITY_BUCKETS = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1];
/** Buckets around where a model's predictions fall: probabilities, or the training target's mean ± 3 std. */
function predictionBuckets(model) {
    if (model.task !== 'regression')
        return PROBABILITY_BUCKETS;
    const { mean, std } = model.predictor.preprocessing.target;
    if (mean === undefined || !std || !Number.isFinite(mean) || !Number.isFinite(std)) {
        return [-1000, -100, -10, -1, 0, 1, 10, 100, 1000, 10000];
    }
    const steps = [-3, -2, -1.5, -1, -0.5, -0.25, 0, 0.25, 0.5, 1, 1.5, 2, 3];
    return [...new Set(steps.map((k) => Number((mean + k * std).toPrecision(6))))].sort((a, b) => a - b);
}
function createServiceMetrics(gauges) {
    const registry = new prom_client.Registry();
    const registers = [registry];
    const requests = new prom_client.Counter({
        name: 'mlops_serve_requests_total',
        help: 'HTTP requests by route template and status code.',
        labelNames: ['route', 'code'],
        registers,
    });
    const routedRequests = new prom_client.Counter({
        name: 'mlops_serve_model_requests_total',
        help: 'Inference requests by the version that answered them (primary or canary) or received a copy (shadow).',
        labelNames: ['model', 'version', 'role'],
        registers,
    });
    const stages = new prom_client.Histogram({
        name: 'mlops_serve_stage_seconds',
        help: 'Inference latency by stage: queue wait, preprocessing, model call, and total (request arrival to response).',
        labelNames: ['stage'],
        buckets: LATENCY_BUCKETS,
        registers,
    });
    const batchRows = new prom_client.Histogram({
        name: 'mlops_serve_batch_rows',
        help: 'Rows per model call.',
        buckets: SIZE_BUCKETS,
        registers,
    });
    const batchRequests = new prom_client.Histogram({
        name: 'mlops_serve_batch_requests',
        help: 'Requests merged into one model call.',
        buckets: SIZE_BUCKETS,
        registers,
    });
    new prom_client.Gauge({
        name: 'mlops_serve_queue_depth',
        help: 'Requests waiting for a model call.',
        registers,
        collect() {
            this.set(gauges.queueDepth());
        },
    });
    new prom_client.Gauge({
        name: 'mlops_serve_in_flight_requests',
        help: 'Inference requests accepted and not yet answered.',
        registers,
        collect() {
            this.set(gauges.inFlight());
        },
    });
    const info = new prom_client.Gauge({
        name: 'mlops_serve_model_info',
        help: 'The model being served (value 1), by name, version, framework and task.',
        labelNames: ['model', 'version', 'framework', 'task'],
        registers,
    });
    const labels = new prom_client.Counter({
        name: 'mlops_serve_predicted_labels_total',
        help: 'Predicted class labels of classifiers.',
        labelNames: ['model', 'version', 'label'],
        registers,
    });
    const swaps = new prom_client.Counter({
        name: 'mlops_serve_model_swaps_total',
        help: 'Model swaps by outcome.',
        labelNames: ['outcome'],
        registers,
    });
    let distribution;
    let bucketKey = '';
    const stageChildren = new Map();
    const requestChildren = new Map();
    // Children are looked up by label values on every call otherwise; per-model caches keep it cheap.
    const distributionChildren = new WeakMap();
    const labelChildren = new WeakMap();
    return {
        registry,
        contentType: registry.contentType,
        request(route, code) {
            const key = `${route} ${code}`;
            let child = requestChildren.get(key);
            if (!child)
                requestChildren.set(key, (child = requests.labels(route, String(code))));
            child.inc();
        },
        stage(stage, seconds) {
            let child = stageChildren.get(stage);
            if (!child)
                stageChildren.set(stage, (child = stages.labels(stage)));
            child.observe(seconds);
        },
        batch(rows, count) {
            batchRows.observe(rows);
            batchRequests.observe(count);
        },
        predictions(model, predictions) {
            if (!distribution)
                return;
            let children = distributionChildren.get(model);
            if (!children) {
                const names = model.task === 'multiclass-classification'
                    ? model.classes.map((c) => `p(${c})`)
                    : [model.task === 'regression' ? 'prediction' : 'probability'];
                children = names.map((output) => distribution.labels(model.name, model.version, output));
                distributionChildren.set(model, children);
            }
            const { values, width } = predictions;
            for (let i = 0; i < values.length; i++)
                if (Number.isFinite(values[i]))
                    children[i % width].observe(values[i]);
            if (predictions.labels) {
                let byLabel = labelChildren.get(model);
                if (!byLabel)
                    labelChildren.set(model, (byLabel = new Map()));
                for (const label of predictions.labels) {
                    let child = byLabel.get(label);
                    if (!child)
                        byLabel.set(label, (child = labels.labels(model.name, model.version, label)));
                    child.inc();
                }
            }
        },
        serving(model) {
            info.reset();
            info.labels(model.name, model.version, model.manifest.framework, model.task).set(1);
            const buckets = predictionBuckets(model);
            const key = buckets.join(',');
            if (key === bucketKey)
                return;
            // Buckets are fixed per histogram; a model on another scale gets a fresh one.
            if (distribution)
                registry.removeSingleMetric('mlops_serve_prediction');
            bucketKey = key;
            distribution = new prom_client.Histogram({
                name: 'mlops_serve_prediction',
                help: 'Distribution of predictions: P(positive class), each class probability, or the predicted value.',
                labelNames: ['model', 'version', 'output'],
                buckets,
                registers,
            });
        },
        routed(model, role) {
            routedRequests.labels(model.name, model.version, role).inc();
        },
        swapped(outcome) {
            swaps.labels(outcome).inc();
        },
    };
}

;// CONCATENATED MODULE: ./shared/serve/options.ts


const DEFAULTS = {
    host: '127.0.0.1',
    port: 0,
    queueLimit: 256,
    requestTimeoutMs: 10_000,
    bodyLimitBytes: 1024 * 1024,
};
function integer(name, value, fallback, min) {
    if (value === undefined)
        return fallback;
    if (!Number.isInteger(value) || value < min)
        throw new errors/* InputError */.dz(`${name} must be an integer ≥ ${min}, not ${value}.`, name);
    return value;
}
function resolveOptions(options) {
    const batching = options.batching === false ? { enabled: false } : (options.batching ?? {});
    const port = integer('port', options.port, DEFAULTS.port, 0);
    if (port > 65535)
        throw new errors/* InputError */.dz(`port must be at most 65535, not ${port}.`, 'port');
    if (options.token !== undefined && options.token.trim() === '') {
        throw new errors/* InputError */.dz('token is empty; leave it out to serve without a token, or give the secret.', 'token');
    }
    return {
        host: options.host ?? DEFAULTS.host,
        port,
        batching: {
            enabled: batching.enabled ?? DEFAULT_BATCHING.enabled,
            maxBatchSize: integer('batching.maxBatchSize', batching.maxBatchSize, DEFAULT_BATCHING.maxBatchSize, 1),
            maxWaitMs: integer('batching.maxWaitMs', batching.maxWaitMs, DEFAULT_BATCHING.maxWaitMs, 0),
            maxConcurrentCalls: integer('batching.maxConcurrentCalls', batching.maxConcurrentCalls, DEFAULT_BATCHING.maxConcurrentCalls, 1),
        },
        queueLimit: integer('queueLimit', options.queueLimit, DEFAULTS.queueLimit, 1),
        requestTimeoutMs: integer('requestTimeoutMs', options.requestTimeoutMs, DEFAULTS.requestTimeoutMs, 1),
        bodyLimitBytes: integer('bodyLimitBytes', options.bodyLimitBytes, DEFAULTS.bodyLimitBytes, 1),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./shared/serve/prediction-log.ts



const DEFAULT_LOG_MAX_BYTES = 64 * 1024 * 1024;
async function openPredictionLog(options) {
    const path = options.path;
    const maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
    const maxFiles = Math.max(1, options.maxFiles ?? 5);
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    let handle = await (0,promises_.open)(path, 'a');
    let size = (await handle.stat()).size;
    let queued = [];
    let pending = 0;
    let closed = false;
    let scheduled = false;
    let writing = Promise.resolve();
    // Rotated files already there (from an earlier run), so a rotation renames only what exists.
    let rotated = 0;
    while (rotated < maxFiles && (0,external_node_fs_.existsSync)(`${path}.${rotated + 1}`))
        rotated++;
    const rotate = async () => {
        await handle.close();
        for (let i = Math.min(rotated, maxFiles - 1); i >= 1; i--)
            await (0,promises_.rename)(`${path}.${i}`, `${path}.${i + 1}`);
        await (0,promises_.rename)(path, `${path}.1`);
        rotated = Math.min(rotated + 1, maxFiles);
        handle = await (0,promises_.open)(path, 'a');
        size = 0;
    };
    const writeAll = async (bytes) => {
        let at = 0;
        while (at < bytes.length)
            at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
        size += bytes.length;
    };
    /** Writes whole lines, rotating whenever the next line would take the file past maxBytes. */
    const writeQueued = async () => {
        while (queued.length > 0) {
            const bytes = Buffer.from(queued.join(''), 'utf8');
            queued = [];
            pending = 0;
            let at = 0;
            while (at < bytes.length) {
                const room = maxBytes - size;
                let end = bytes.length;
                if (end - at > room) {
                    const cut = room > 0 ? bytes.lastIndexOf(0x0a, at + room - 1) : -1;
                    if (cut >= at) {
                        end = cut + 1;
                    }
                    else if (size > 0) {
                        await rotate();
                        continue;
                    }
                    else {
                        // A single line longer than maxBytes gets a file of its own rather than being split.
                        end = bytes.indexOf(0x0a, at) + 1 || bytes.length;
                    }
                }
                await writeAll(bytes.subarray(at, end));
                at = end;
            }
        }
    };
    const startWrite = () => {
        scheduled = false;
        writing = writing.then(writeQueued).catch((error) => {
            options.onError?.(error);
        });
        return writing;
    };
    return {
        path,
        write(text) {
            if (closed)
                return;
            queued.push(text);
            pending += text.length;
            if (!scheduled) {
                scheduled = true;
                setImmediate(startWrite);
            }
        },
        flush() {
            return queued.length > 0 ? startWrite() : writing;
        },
        async close() {
            if (closed)
                return writing;
            closed = true;
            await startWrite();
            await writing;
            await handle.sync().catch(() => undefined);
            await handle.close();
        },
        get pending() {
            return pending;
        },
    };
}

;// CONCATENATED MODULE: ./shared/serve/json-body.ts

/**
 * Parses a request body as JSON. Python's json module and TensorFlow Serving's clients write the
 * non-standard tokens NaN, Infinity and -Infinity for floats, so a body that fails strict parsing
 * is retried with those tokens read as null (a missing value) and ±Infinity (refused later for
 * numeric features, with a message naming the row).
 */
function parseJsonBody(bytes) {
    const text = bytes.toString('utf8');
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const tolerant = replaceNonFiniteTokens(text);
        if (tolerant !== text) {
            try {
                return JSON.parse(tolerant);
            }
            catch {
                // Report the original error: it points at the client's text, not at the rewrite.
            }
        }
        throw new RequestError(`the body is not valid JSON: ${error.message}`);
    }
}
/** NaN → null and ±Infinity → ±1e999 (which JSON.parse reads as ±Infinity), outside strings only. */
function replaceNonFiniteTokens(text) {
    let out = '';
    let last = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === 0x5c)
                i++;
            else if (c === 0x22)
                inString = false;
            continue;
        }
        if (c === 0x22) {
            inString = true;
        }
        else if (c === 0x4e && text.startsWith('NaN', i)) {
            out += `${text.slice(last, i)}null`;
            i += 2;
            last = i + 1;
        }
        else if (c === 0x49 && text.startsWith('Infinity', i)) {
            out += `${text.slice(last, i)}1e999`;
            i += 7;
            last = i + 1;
        }
    }
    return last === 0 ? text : out + text.slice(last);
}
/** The body as a JSON object, or a 400 saying what it is instead. */
function parseJsonObject(bytes, what) {
    const value = parseJsonBody(bytes);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new RequestError(`${what} must be a JSON object, not ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./shared/serve/served-model.ts



/** The short, stable identity of a package's contents, used when no version is given. */
function packageDigest(manifest) {
    const files = Object.entries(manifest.files ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(files)).digest('hex').slice(0, 12);
}
function describeModel(model) {
    const { predictor } = model;
    const manifest = predictor.manifest;
    const preprocessing = predictor.preprocessing;
    const task = manifest.task ?? preprocessing.target.task;
    const classes = preprocessing.target.classes ?? manifest.classes;
    if (task !== 'regression' && (!classes || classes.length < 2)) {
        throw new errors/* UserError */.yo(`the package "${manifest.name}" is a ${task} model but its manifest lists no classes.`);
    }
    const width = task === 'multiclass-classification' ? classes.length : 1;
    const outputs = task === 'regression'
        ? [{ name: 'prediction', datatype: 'FP32', width: 1 }]
        : [
            task === 'binary-classification'
                ? { name: 'probability', datatype: 'FP32', width: 1 }
                : { name: 'probabilities', datatype: 'FP32', width },
            { name: 'label', datatype: 'BYTES', width: 1 },
        ];
    const features = preprocessing.features;
    const featureNames = features.map((feature) => feature.name);
    const name = model.name ?? manifest.name;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
        throw new errors/* UserError */.yo(`model name "${name}" cannot appear in a URL path: use letters, digits, '.', '_' and '-'.`);
    }
    return {
        name,
        version: model.version ?? packageDigest(manifest),
        predictor,
        manifest,
        task,
        features,
        featureNames,
        featureIndex: new Map(featureNames.map((feature, i) => [feature, i])),
        classes,
        width,
        outputs,
    };
}
/**
 * Turns the model's raw output into `Predictions`. Binary models may emit P(positive) or both
 * class probabilities (ONNX exports do either); the service always reports P(positive).
 */
function readPredictions(model, raw, rows) {
    const perRow = rows > 0 ? raw.length / rows : model.width;
    let values = raw;
    if (model.task === 'binary-classification' && perRow === 2) {
        values = new Float64Array(rows);
        for (let r = 0; r < rows; r++)
            values[r] = raw[r * 2 + 1];
    }
    else if (perRow !== model.width) {
        throw new errors/* UserError */.yo(`model ${model.name} ${model.version} returned ${perRow} values per row; a ${model.task} model with ` +
            `${model.width} output(s) was expected.`);
    }
    return { rows, width: model.width, values, labels: labelsOf(model, values, rows) };
}
function labelsOf(model, values, rows) {
    const classes = model.classes;
    if (model.task === 'regression' || !classes)
        return undefined;
    const labels = new Array(rows);
    if (model.task === 'binary-classification') {
        for (let r = 0; r < rows; r++)
            labels[r] = values[r] >= 0.5 ? classes[1] : classes[0];
        return labels;
    }
    const width = model.width;
    for (let r = 0; r < rows; r++) {
        let best = 0;
        for (let c = 1; c < width; c++)
            if (values[r * width + c] > values[r * width + best])
                best = c;
        labels[r] = classes[best];
    }
    return labels;
}
/** A row's primary value for JSON: a number (null when not finite) or, for multiclass, the class probabilities. */
function rowValue(predictions, row) {
    const { width, values } = predictions;
    if (width === 1)
        return finiteOrNull(values[row]);
    const out = new Array(width);
    for (let c = 0; c < width; c++)
        out[c] = finiteOrNull(values[row * width + c]);
    return out;
}
/** JSON has no NaN or Infinity; a model that produces them answers null, which clients can detect. */
function finiteOrNull(value) {
    return Number.isFinite(value) ? value : null;
}
/** Each output's data, flattened row-major, as the protocols put it on the wire. */
function outputData(spec, predictions) {
    if (spec.datatype === 'BYTES')
        return predictions.labels ?? [];
    const out = new Array(predictions.values.length);
    for (let i = 0; i < out.length; i++)
        out[i] = finiteOrNull(predictions.values[i]);
    return out;
}
/** A row every model accepts: the training mean of numeric features and the most frequent category. */
function typicalRow(model) {
    const row = {};
    for (const feature of model.features)
        row[feature.name] = feature.kind === 'numeric' ? feature.mean : feature.fill;
    return row;
}
/**
 * Runs the model once on typical rows before it takes traffic, so the first client does not pay
 * for lazy initialisation, and a model that cannot produce finite predictions never goes live.
 */
async function warmUp(model, rows = 8) {
    const row = typicalRow(model);
    const values = new Map();
    for (const name of model.featureNames)
        values.set(name, new Array(rows).fill(row[name]));
    const input = (0,preprocessing/* applyPreprocessing */.JZ)(model.predictor.preprocessing, { rows, values });
    const predictions = readPredictions(model, await model.predictor.predictInput(input, rows), rows);
    const bad = predictions.values.findIndex((value) => !Number.isFinite(value));
    if (bad >= 0) {
        throw new errors/* UserError */.yo(`model ${model.name} ${model.version} predicts ${predictions.values[bad]} for a typical row ` +
            '(training means and most frequent categories); it is not served.');
    }
}

;// CONCATENATED MODULE: ./shared/serve/protocols/open-inference.ts




const INTEGER_RANGES = {
    INT8: [-128, 127],
    INT16: [-32768, 32767],
    INT32: [-2147483648, 2147483647],
    INT64: [-9223372036854775808, 9223372036854775807],
    UINT8: [0, 255],
    UINT16: [0, 65535],
    UINT32: [0, 4294967295],
    UINT64: [0, 18446744073709551615],
};
const DATATYPES = new Set(['BOOL', 'BYTES', 'FP16', 'FP32', 'FP64', ...Object.keys(INTEGER_RANGES)]);
const ELEMENT_BYTES = {
    BOOL: 1,
    INT8: 1,
    UINT8: 1,
    INT16: 2,
    UINT16: 2,
    FP16: 2,
    INT32: 4,
    UINT32: 4,
    FP32: 4,
    INT64: 8,
    UINT64: 8,
    FP64: 8,
};
/** Tensors of more elements than this are refused before anything is allocated for them. */
const MAX_ELEMENTS = 50_000_000;
function readTensor(raw, index, binary) {
    const where = `inputs[${index}]`;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new RequestError(`${where} must be a tensor object {name, shape, datatype, data}, not ${describe(raw)}.`);
    }
    const tensor = raw;
    if (typeof tensor.name !== 'string' || tensor.name === '')
        throw new RequestError(`${where}.name must be a non-empty string.`);
    const label = `input "${tensor.name}"`;
    if (typeof tensor.datatype !== 'string' || !DATATYPES.has(tensor.datatype)) {
        throw new RequestError(`${label}: datatype ${JSON.stringify(tensor.datatype ?? null)} is not one of ` + `${[...DATATYPES].join(', ')}.`);
    }
    const datatype = tensor.datatype;
    const shape = tensor.shape;
    if (!Array.isArray(shape) || shape.length === 0 || !shape.every((d) => Number.isInteger(d) && d >= 0)) {
        throw new RequestError(`${label}: shape must be a non-empty list of non-negative integers, e.g. [2] or [2, 1].`);
    }
    const count = shape.reduce((a, b) => a * b, 1);
    if (count > MAX_ELEMENTS)
        throw new RequestError(`${label}: shape ${JSON.stringify(shape)} is too large.`, 413);
    const parameters = tensor.parameters;
    const binarySize = parameters && typeof parameters === 'object' ? parameters.binary_data_size : undefined;
    let data;
    if (binarySize !== undefined) {
        if (tensor.data !== undefined)
            throw new RequestError(`${label}: give data or binary_data_size, not both.`);
        if (!Number.isInteger(binarySize) || binarySize < 0) {
            throw new RequestError(`${label}: parameters.binary_data_size must be a non-negative integer.`);
        }
        data = binary.read(label, datatype, count, binarySize);
    }
    else {
        if (tensor.data === undefined)
            throw new RequestError(`${label}: data is missing.`);
        data = flatten(label, tensor.data, shape.length);
        checkElements(label, datatype, data);
    }
    if (data.length !== count) {
        throw new RequestError(`${label}: shape ${JSON.stringify(shape)} holds ${count} element${count === 1 ? '' : 's'} ` + `but data has ${data.length}.`);
    }
    return { name: tensor.name, datatype, shape, data };
}
/** Data may be flat or nested as the shape (both are allowed); nesting deeper than the shape is refused. */
function flatten(label, data, depth) {
    if (!Array.isArray(data))
        return [data];
    if (!data.some(Array.isArray))
        return data;
    const out = [];
    const walk = (value, level) => {
        if (!Array.isArray(value)) {
            out.push(value);
            return;
        }
        if (level >= depth)
            throw new RequestError(`${label}: data is nested deeper than its shape.`);
        for (const item of value)
            walk(item, level + 1);
    };
    walk(data, 0);
    return out;
}
function checkElements(label, datatype, data) {
    for (let i = 0; i < data.length; i++) {
        const value = data[i];
        let ok;
        if (datatype === 'BYTES')
            ok = typeof value === 'string';
        else if (datatype === 'BOOL')
            ok = typeof value === 'boolean';
        else if (datatype.startsWith('FP'))
            ok = typeof value === 'number' || value === null;
        else {
            const [low, high] = INTEGER_RANGES[datatype];
            ok = typeof value === 'number' && Number.isInteger(value) && value >= low && value <= high;
        }
        if (!ok) {
            const expected = datatype === 'BYTES'
                ? 'a string'
                : datatype === 'BOOL'
                    ? 'true or false'
                    : datatype.startsWith('FP')
                        ? 'a number'
                        : `an integer in the ${datatype} range`;
            throw new RequestError(`${label}: element ${i} is ${describe(value)}; a ${datatype} tensor holds ${expected}.`);
        }
    }
}
/** Reads the binary section that follows the JSON header (Triton's binary tensor data extension). */
class BinaryCursor {
    bytes;
    offset = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    read(label, datatype, count, size) {
        if (this.offset + size > this.bytes.length) {
            throw new RequestError(`${label}: binary_data_size ${size} runs past the end of the body.`);
        }
        const view = this.bytes.subarray(this.offset, this.offset + size);
        this.offset += size;
        if (datatype === 'BYTES')
            return readBinaryStrings(label, view);
        const width = ELEMENT_BYTES[datatype];
        if (size !== count * width) {
            throw new RequestError(`${label}: binary_data_size is ${size} bytes but ${count} ${datatype} elements take ` + `${count * width}.`);
        }
        const out = new Array(count);
        for (let i = 0; i < count; i++)
            out[i] = readBinaryElement(view, datatype, i * width);
        return out;
    }
    finish() {
        if (this.offset !== this.bytes.length) {
            throw new RequestError(`the body has ${this.bytes.length - this.offset} bytes of binary data that no input claims.`);
        }
    }
}
function readBinaryElement(view, datatype, at) {
    switch (datatype) {
        case 'BOOL':
            return view[at] !== 0;
        case 'INT8':
            return view.readInt8(at);
        case 'UINT8':
            return view[at];
        case 'INT16':
            return view.readInt16LE(at);
        case 'UINT16':
            return view.readUInt16LE(at);
        case 'INT32':
            return view.readInt32LE(at);
        case 'UINT32':
            return view.readUInt32LE(at);
        case 'INT64':
            return Number(view.readBigInt64LE(at));
        case 'UINT64':
            return Number(view.readBigUInt64LE(at));
        case 'FP16':
            return halfToNumber(view.readUInt16LE(at));
        case 'FP32':
            return view.readFloatLE(at);
        default:
            return view.readDoubleLE(at);
    }
}
function halfToNumber(bits) {
    const sign = bits & 0x8000 ? -1 : 1;
    const exponent = (bits >> 10) & 0x1f;
    const fraction = bits & 0x3ff;
    if (exponent === 0)
        return sign * 2 ** -14 * (fraction / 1024);
    if (exponent === 0x1f)
        return fraction ? Number.NaN : sign * Number.POSITIVE_INFINITY;
    return sign * 2 ** (exponent - 15) * (1 + fraction / 1024);
}
/** BYTES elements in binary form: each is a 4-byte little-endian length, then that many bytes. */
function readBinaryStrings(label, view) {
    const out = [];
    let at = 0;
    while (at < view.length) {
        if (at + 4 > view.length)
            throw new RequestError(`${label}: a BYTES element's length prefix is cut off.`);
        const length = view.readUInt32LE(at);
        at += 4;
        if (at + length > view.length)
            throw new RequestError(`${label}: a BYTES element runs past its binary_data_size.`);
        out.push(view.toString('utf8', at, at + length));
        at += length;
    }
    return out;
}
/** The JSON header and the binary section of a body that uses the binary tensor extension. */
function splitBody(body) {
    const header = body.headers['inference-header-content-length'];
    if (header === undefined)
        return { json: body.bytes, binary: new BinaryCursor(Buffer.alloc(0)) };
    const length = Number(header);
    if (!Number.isInteger(length) || length < 0 || length > body.bytes.length) {
        throw new RequestError(`Inference-Header-Content-Length ${JSON.stringify(header)} does not fit a body of ` + `${body.bytes.length} bytes.`);
    }
    return { json: body.bytes.subarray(0, length), binary: new BinaryCursor(body.bytes.subarray(length)) };
}
/** Tensors → feature columns: one tensor per feature, or one numeric [N, features] matrix. */
function tensorsToColumns(model, tensors) {
    const features = model.features;
    const byFeature = tensors.every((tensor) => model.featureIndex.has(tensor.name));
    if (!byFeature && tensors.length === 1 && tensors[0].shape.length === 2 && tensors[0].shape[1] === features.length) {
        const [matrix] = tensors;
        if (matrix.datatype === 'BYTES') {
            throw new RequestError(`input "${matrix.name}": a [N, ${features.length}] tensor must be numeric; send ` +
                'categorical features as one BYTES tensor per feature, named by the feature.');
        }
        const categorical = features.find((feature) => feature.kind === 'categorical');
        if (categorical) {
            throw new RequestError(`input "${matrix.name}": model ${model.name} has the categorical feature ` +
                `"${categorical.name}", which a numeric matrix cannot carry; send one tensor per feature, ` +
                'named by the feature.');
        }
        const rows = matrix.shape[0];
        const width = features.length;
        const values = new Map();
        features.forEach((feature, j) => {
            const cells = new Array(rows);
            for (let r = 0; r < rows; r++)
                cells[r] = asNumberIfBool(matrix.data[r * width + j]);
            values.set(feature.name, cells);
        });
        return { rows, values };
    }
    checkFeatureNames(model, tensors.map((tensor) => tensor.name));
    const rows = tensors[0].shape[0];
    const values = new Map();
    for (const tensor of tensors) {
        const { shape } = tensor;
        if (shape.length > 2 || (shape.length === 2 && shape[1] !== 1)) {
            throw new RequestError(`input "${tensor.name}": shape ${JSON.stringify(shape)} is not one value per row; use [N] or [N, 1].`);
        }
        if (shape[0] !== rows) {
            throw new RequestError(`input "${tensor.name}" has ${shape[0]} row${shape[0] === 1 ? '' : 's'} but input ` + `"${tensors[0].name}" has ${rows}.`);
        }
        const numeric = model.features[model.featureIndex.get(tensor.name)].kind === 'numeric';
        values.set(tensor.name, numeric && tensor.datatype === 'BOOL' ? tensor.data.map(asNumberIfBool) : tensor.data);
    }
    return { rows, values };
}
function asNumberIfBool(cell) {
    return typeof cell === 'boolean' ? (cell ? 1 : 0) : cell;
}
function requestedOutputs(model, raw) {
    if (raw === undefined)
        return model.outputs;
    if (!Array.isArray(raw))
        throw new RequestError('outputs must be a list of {name} objects.');
    return raw.map((item, i) => {
        const name = item?.name;
        if (typeof name !== 'string')
            throw new RequestError(`outputs[${i}].name must be a string.`);
        const spec = model.outputs.find((output) => output.name === name);
        if (!spec) {
            throw new RequestError(`output "${name}" is not an output of model ${model.name} ` +
                `(outputs: ${model.outputs.map((output) => output.name).join(', ')}).`);
        }
        return spec;
    });
}
function parseInfer(body, model) {
    const { json, binary } = splitBody(body);
    const request = parseJsonObject(json, 'an inference request');
    const { id, parameters, inputs } = request;
    if (id !== undefined && typeof id !== 'string')
        throw new RequestError('id must be a string.');
    if (parameters !== undefined && (parameters === null || typeof parameters !== 'object' || Array.isArray(parameters))) {
        throw new RequestError('parameters must be an object.');
    }
    if (!Array.isArray(inputs) || inputs.length === 0) {
        throw new RequestError('inputs must be a non-empty list of tensors {name, shape, datatype, data}.');
    }
    const tensors = inputs.map((input, i) => readTensor(input, i, binary));
    binary.finish();
    const outputs = requestedOutputs(model, request.outputs);
    const columns = tensorsToColumns(model, tensors);
    return {
        columns,
        id,
        respond: (predictions, served) => ({
            model_name: served.name,
            model_version: served.version,
            ...(id !== undefined ? { id } : {}),
            outputs: outputs.map((spec) => ({
                name: spec.name,
                datatype: spec.datatype,
                shape: spec.width === 1 ? [predictions.rows] : [predictions.rows, spec.width],
                data: outputData(spec, predictions),
            })),
        }),
    };
}
function metadata(view) {
    const { model } = view;
    return {
        name: model.name,
        versions: [model.version],
        platform: `mlops-actions-${model.manifest.framework}`,
        inputs: model.features.map((feature) => ({
            name: feature.name,
            datatype: feature.kind === 'numeric' ? 'FP32' : 'BYTES',
            shape: [-1],
        })),
        outputs: model.outputs.map((spec) => ({
            name: spec.name,
            datatype: spec.datatype,
            shape: spec.width === 1 ? [-1] : [-1, spec.width],
        })),
        parameters: { task: model.task, ...(model.classes ? { classes: model.classes } : {}) },
    };
}
const modelReady = (view) => ({
    status: view.ready ? 200 : 503,
    body: { name: view.model.name, ready: view.ready },
});
function info(template, access, respond) {
    return { kind: 'info', method: 'GET', template, access, respond };
}
function infer(template) {
    return { kind: 'infer', method: 'POST', template, access: 'guarded', parse: parseInfer };
}
const openInferenceProtocol = {
    name: 'open-inference-v2',
    routes: [
        info('/v2', 'open', () => ({
            status: 200,
            body: { name: 'mlops-actions', version: '2', extensions: ['binary_tensor_data'] },
        })),
        info('/v2/health/live', 'open', () => ({ status: 200, body: { live: true } })),
        info('/v2/health/ready', 'open', (view) => ({ status: view.ready ? 200 : 503, body: { ready: view.ready } })),
        info('/v2/models/{name}', 'guarded', (view) => ({ status: 200, body: metadata(view) })),
        info('/v2/models/{name}/versions/{version}', 'guarded', (view) => ({ status: 200, body: metadata(view) })),
        info('/v2/models/{name}/ready', 'open', modelReady),
        info('/v2/models/{name}/versions/{version}/ready', 'open', modelReady),
        infer('/v2/models/{name}/infer'),
        infer('/v2/models/{name}/versions/{version}/infer'),
    ],
};

;// CONCATENATED MODULE: ./shared/serve/protocols/records.ts




/**
 * The simplest client: `POST /predict` with one record or a list of records keyed by feature
 * name, answered with `{model, version, predictions}` (plus `labels` for classifiers).
 */
function parseRecords(body, model) {
    const value = parseJsonBody(body.bytes);
    let records;
    if (Array.isArray(value))
        records = value;
    else if (value !== null && typeof value === 'object')
        records = [value];
    else
        throw new RequestError('the body must be a record (a JSON object keyed by feature name) or a list of records.');
    return {
        columns: recordsToCheckedColumns(model, records),
        respond: (predictions, served) => {
            const values = new Array(predictions.rows);
            for (let row = 0; row < predictions.rows; row++)
                values[row] = rowValue(predictions, row);
            return {
                model: served.name,
                version: served.version,
                predictions: values,
                ...(predictions.labels ? { labels: predictions.labels } : {}),
            };
        },
    };
}
const recordsProtocol = {
    name: 'records',
    routes: [{ kind: 'infer', method: 'POST', template: '/predict', access: 'guarded', parse: parseRecords }],
};

;// CONCATENATED MODULE: ./shared/serve/protocols/tf-serving.ts




/**
 * TensorFlow Serving's REST API. The model has one named input per feature, so:
 * - row form: `instances` is a list of objects keyed by feature (a value may be a scalar or a
 *   one-element list, as a [1]-shaped input), or a list of lists in feature order;
 * - columnar form: `inputs` is an object of per-feature lists, or a list of rows.
 * The model has several named outputs for classifiers (probability or probabilities, and label),
 * so, as TF Serving does for multi-output models, row answers are objects per row and columnar
 * answers are an object of lists; a regression model's single output is a plain list.
 */
const SIGNATURES = new Set(['serving_default']);
/** A [1]-shaped value per row arrives as a one-element list; anything longer is not one value. */
function scalar(value, where) {
    if (!Array.isArray(value))
        return value;
    if (value.length === 1 && !Array.isArray(value[0]))
        return value[0];
    throw new RequestError(`${where()}: expected one value, got a list of ${value.length}.`);
}
function unwrapRecords(model, instances) {
    const columns = recordsToCheckedColumns(model, instances, 'instance');
    for (const [name, cells] of columns.values) {
        for (let row = 0; row < cells.length; row++) {
            if (Array.isArray(cells[row]))
                cells[row] = scalar(cells[row], () => `instance ${row + 1}, feature "${name}"`);
        }
    }
    return columns;
}
/** `[[v1 … vF]]` (one instance of shape [1, F]) reads like `[v1 … vF]`. */
function unwrapRow(row, width) {
    return Array.isArray(row) && row.length === 1 && Array.isArray(row[0]) && row[0].length === width ? row[0] : row;
}
function rowsToColumns(model, rows, what) {
    const width = model.featureNames.length;
    if (rows.every((row) => row !== null && typeof row === 'object' && !Array.isArray(row))) {
        return unwrapRecords(model, rows);
    }
    if (rows.every(Array.isArray))
        return arraysToCheckedColumns(model, rows.map((row) => unwrapRow(row, width)), what);
    if (width === 1 && rows.every((row) => row === null || typeof row !== 'object')) {
        return { rows: rows.length, values: new Map([[model.featureNames[0], rows]]) };
    }
    const bad = rows.findIndex((row) => row === null || typeof row !== 'object');
    throw new RequestError(`${what} ${bad + 1} is ${describe(rows[bad])}; each ${what} must be an object keyed by ` +
        `feature or a list of ${width} values in feature order (${model.featureNames.join(', ')}).`);
}
function columnarToColumns(model, inputs) {
    const names = Object.keys(inputs);
    checkFeatureNames(model, names);
    let rows = -1;
    const values = new Map();
    for (const name of names) {
        const raw = inputs[name];
        const list = Array.isArray(raw) ? raw : [raw];
        if (rows >= 0 && list.length !== rows) {
            throw new RequestError(`inputs["${name}"] has ${list.length} value${list.length === 1 ? '' : 's'} but ` + `inputs["${names[0]}"] has ${rows}.`);
        }
        rows = list.length;
        values.set(name, list.map((value, row) => scalar(value, () => `inputs["${name}"][${row}]`)));
    }
    return { rows: Math.max(rows, 0), values };
}
function parsePredict(body, model) {
    const request = parseJsonObject(body.bytes, 'a predict request');
    const signature = request.signature_name;
    if (signature !== undefined && (typeof signature !== 'string' || !SIGNATURES.has(signature))) {
        throw new RequestError(`signature_name ${JSON.stringify(signature)} is not served; use "serving_default" or omit it.`);
    }
    const hasInstances = request.instances !== undefined;
    const hasInputs = request.inputs !== undefined;
    if (hasInstances === hasInputs) {
        throw new RequestError('give either "instances" (row form) or "inputs" (columnar form), exactly one of them.');
    }
    let columns;
    if (hasInstances) {
        if (!Array.isArray(request.instances))
            throw new RequestError('instances must be a list, one item per row.');
        columns = rowsToColumns(model, request.instances, 'instance');
    }
    else if (Array.isArray(request.inputs)) {
        columns = rowsToColumns(model, request.inputs, 'row of inputs');
    }
    else if (request.inputs !== null && typeof request.inputs === 'object') {
        columns = columnarToColumns(model, request.inputs);
    }
    else {
        throw new RequestError('inputs must be an object of per-feature lists, or a list of rows.');
    }
    return {
        columns,
        respond: (predictions, served) => hasInstances ? { predictions: rowAnswers(predictions, served) } : { outputs: columnarAnswers(predictions, served) },
    };
}
function rowAnswers(predictions, model) {
    const data = model.outputs.map((spec) => outputData(spec, predictions));
    const out = new Array(predictions.rows);
    for (let row = 0; row < predictions.rows; row++) {
        const values = model.outputs.map((spec, k) => spec.width === 1 ? data[k][row] : data[k].slice(row * spec.width, (row + 1) * spec.width));
        out[row] = values.length === 1 ? values[0] : Object.fromEntries(model.outputs.map((spec, k) => [spec.name, values[k]]));
    }
    return out;
}
function columnarAnswers(predictions, model) {
    const columns = model.outputs.map((spec) => {
        const data = outputData(spec, predictions);
        if (spec.width === 1)
            return data;
        return Array.from({ length: predictions.rows }, (_, row) => data.slice(row * spec.width, (row + 1) * spec.width));
    });
    return columns.length === 1 ? columns[0] : Object.fromEntries(model.outputs.map((spec, k) => [spec.name, columns[k]]));
}
/** GetModelStatusResponse as TF Serving renders it. */
function tf_serving_status(view) {
    return {
        status: 200,
        body: {
            model_version_status: [
                {
                    version: view.model.version,
                    state: view.ready ? 'AVAILABLE' : 'UNLOADING',
                    status: { error_code: 'OK', error_message: '' },
                },
            ],
        },
    };
}
function tensorInfo(name, dtype, shape) {
    return {
        dtype,
        tensor_shape: { dim: shape.map((size) => ({ size: String(size), name: '' })), unknown_rank: false },
        name,
    };
}
/** GetModelMetadataResponse with the serving_default signature. */
function tf_serving_metadata(view) {
    const { model } = view;
    const inputs = Object.fromEntries(model.features.map((feature) => [feature.name, tensorInfo(feature.name, feature.kind === 'numeric' ? 'DT_FLOAT' : 'DT_STRING', [-1])]));
    const outputs = Object.fromEntries(model.outputs.map((spec) => [
        spec.name,
        tensorInfo(spec.name, spec.datatype === 'BYTES' ? 'DT_STRING' : 'DT_FLOAT', spec.width === 1 ? [-1] : [-1, spec.width]),
    ]));
    return {
        status: 200,
        body: {
            model_spec: { name: model.name, signature_name: '', version: model.version },
            metadata: {
                signature_def: {
                    signature_def: { serving_default: { inputs, outputs, method_name: 'tensorflow/serving/predict' } },
                },
            },
        },
    };
}
function tf_serving_info(template, access, respond) {
    return { kind: 'info', method: 'GET', template, access, respond };
}
function predict(template) {
    return { kind: 'infer', method: 'POST', template, access: 'guarded', parse: parsePredict };
}
const tfServingProtocol = {
    name: 'tensorflow-serving',
    routes: [
        tf_serving_info('/v1/models/{name}', 'open', tf_serving_status),
        tf_serving_info('/v1/models/{name}/versions/{version}', 'open', tf_serving_status),
        tf_serving_info('/v1/models/{name}/metadata', 'guarded', tf_serving_metadata),
        tf_serving_info('/v1/models/{name}/versions/{version}/metadata', 'guarded', tf_serving_metadata),
        predict('/v1/models/{name}:predict'),
        predict('/v1/models/{name}/versions/{version}:predict'),
    ],
};

;// CONCATENATED MODULE: ./shared/serve/protocols/index.ts




/** Every protocol the service speaks; a new one is a file beside these and a line here. */
const PROTOCOLS = [openInferenceProtocol, tfServingProtocol, recordsProtocol];
function compile(protocol, route) {
    const slots = [];
    const source = route.template
        .split(/(\{name\}|\{version\})/)
        .map((part) => {
        if (part === '{name}' || part === '{version}') {
            slots.push(part === '{name}' ? 'name' : 'version');
            return '([^/:]+)';
        }
        return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    })
        .join('');
    return { route, protocol, pattern: new RegExp(`^${source}/?$`), slots };
}
/** Finds the route for a method and path; undefined when no protocol has the path at all. */
function createRouter(protocols = PROTOCOLS) {
    const compiled = protocols.flatMap((protocol) => protocol.routes.map((route) => compile(protocol, route)));
    return (method, path) => {
        let allow;
        for (const entry of compiled) {
            const match = entry.pattern.exec(path);
            if (!match)
                continue;
            if (entry.route.method !== method) {
                (allow ??= []).push(entry.route.method);
                continue;
            }
            const result = { route: entry.route, protocol: entry.protocol };
            entry.slots.forEach((slot, i) => {
                try {
                    result[slot] = decodeURIComponent(match[i + 1]);
                }
                catch {
                    throw new RequestError(`the ${slot} in the path is not valid percent-encoding.`);
                }
            });
            return result;
        }
        return allow ? { allow: [...new Set(allow)] } : undefined;
    };
}
/** Every route, for the 404 message and the README. */
function routeList(protocols = PROTOCOLS) {
    return protocols.flatMap((protocol) => protocol.routes.map((route) => `${route.method} ${route.template}`));
}

;// CONCATENATED MODULE: ./shared/serve/service.ts













const METRICS_ROUTE = 'GET /metrics';
const HEADER_SAFE = /^[\x20-\x7e]{1,200}$/;
async function startService(options) {
    const settings = resolveOptions(options);
    const log = options.log ?? (() => undefined);
    const protocols = options.protocols ?? PROTOCOLS;
    const route = createRouter(protocols);
    const authorized = options.token !== undefined ? bearerTokenCheck(options.token) : undefined;
    const first = describeModel(options.model);
    if (options.warmUp !== false)
        await warmUp(first);
    let current = { model: first, uses: 0, retired: false };
    let secondary;
    const slots = new Set([current]);
    const shadows = new Set();
    let admitted = 0;
    let inFlight = 0;
    let draining = false;
    let drained;
    const metrics = createServiceMetrics({ queueDepth: () => batcher.queued, inFlight: () => inFlight });
    metrics.serving(first);
    const batcher = createBatcher(settings.batching, (slot, input, rows) => slot.model.predictor.predictInput(input, rows), {
        onBatch: (rows, requests) => metrics.batch(rows, requests),
    });
    const predictionLog = options.predictionLog
        ? await openPredictionLog({ onError: (error) => log(`prediction log: ${error.message}`), ...options.predictionLog })
        : undefined;
    const release = (slot) => {
        if (!slot.retired || slot.uses > 0 || !slots.has(slot))
            return;
        slots.delete(slot);
        // The same predictor may be swapped back in; only release what nothing serves any more.
        if ([...slots].some((other) => other.model.predictor === slot.model.predictor))
            return;
        slot.model.predictor.release().catch((error) => log(`releasing ${slot.model.version}: ${error.message}`));
    };
    const finishRequest = () => {
        inFlight--;
        if (draining && inFlight === 0)
            drained?.();
    };
    const writeLog = (model, request, requestId, predictions, role) => {
        if (!predictionLog)
            return;
        const time = new Date().toISOString();
        const { columns } = request;
        const cells = model.featureNames.map((name) => columns.values.get(name));
        const lines = new Array(columns.rows);
        for (let row = 0; row < columns.rows; row++) {
            const features = {};
            model.featureNames.forEach((name, k) => (features[name] = cells[k][row] ?? null));
            const line = {
                time,
                model: model.name,
                version: model.version,
                request_id: requestId,
                features,
                prediction: rowValue(predictions, row),
            };
            if (predictions.labels)
                line.label = predictions.labels[row];
            if (role !== 'primary')
                line.role = role;
            lines[row] = JSON.stringify(line);
        }
        predictionLog.write(`${lines.join('\n')}\n`);
    };
    /** The slot a request goes to: the version its path names, a canary's share, or the current model. */
    const pick = (version) => {
        const second = secondary;
        if (second && version !== undefined && sameVersion(version, second.slot.model.version)) {
            return { slot: second.slot, role: second.mode === 'canary' ? 'canary' : 'primary' };
        }
        if (second?.mode === 'canary' && version === undefined) {
            second.credit += second.weight;
            if (second.credit >= 1) {
                second.credit -= 1;
                return { slot: second.slot, role: 'canary' };
            }
        }
        return { slot: current, role: 'primary' };
    };
    /** A shadow's copy of a request: its answer goes to the log and the metrics, never to the client. */
    const shadowCopy = (request, requestId) => {
        const second = secondary;
        if (second?.mode !== 'shadow' || draining)
            return;
        const { slot } = second;
        let input;
        try {
            input = modelInput(slot.model, request.columns);
        }
        catch (error) {
            log(`shadow ${slot.model.version} cannot take request ${requestId}: ${error.message}`);
            return;
        }
        slot.uses++;
        metrics.routed(slot.model, 'shadow');
        const job = batcher.submit(slot, input, request.columns.rows, {
            onDone: () => {
                slot.uses--;
                release(slot);
            },
        });
        const done = job.result
            .then((result) => {
            const predictions = readPredictions(slot.model, result.output, request.columns.rows);
            writeLog(slot.model, request, requestId, predictions, 'shadow');
            metrics.predictions(slot.model, predictions);
        })
            .catch((error) => log(`shadow ${slot.model.version} failed on request ${requestId}: ${error.message}`))
            .finally(() => shadows.delete(done));
        shadows.add(done);
    };
    const infer = async (req, res, routeOf, started, version) => {
        if (draining) {
            throw new RequestError('the service is shutting down; retry against its replacement.', 503, {
                'retry-after': '1',
                connection: 'close',
            });
        }
        checkContentType(req);
        checkDeclaredLength(req, settings.bodyLimitBytes);
        if (admitted >= settings.queueLimit) {
            throw new RequestError(`the service is at its queue limit (${settings.queueLimit} requests waiting); retry shortly.`, 503, {
                'retry-after': '1',
            });
        }
        admitted++;
        inFlight++;
        let waiting = true;
        const leaveQueue = () => {
            if (waiting)
                admitted--;
            waiting = false;
        };
        let job;
        let timer;
        let bodyArrived = false;
        const deadline = new Promise((_, reject) => {
            timer = setTimeout(() => {
                job?.cancel();
                reject(bodyArrived
                    ? new RequestError(`no prediction within the request timeout of ${settings.requestTimeoutMs} ms.`, 504)
                    : new RequestError(`the body did not arrive within ${settings.requestTimeoutMs} ms.`, 408, {
                        connection: 'close',
                    }));
            }, settings.requestTimeoutMs);
        });
        try {
            const bytes = await Promise.race([readBody(req, settings.bodyLimitBytes), deadline]);
            bodyArrived = true;
            const preprocessingStarted = performance.now();
            const { slot, role } = pick(version);
            const model = slot.model;
            const request = routeOf.parse({ bytes, headers: req.headers }, model);
            const input = modelInput(model, request.columns);
            const preprocessingMs = performance.now() - preprocessingStarted;
            slot.uses++;
            job = batcher.submit(slot, input, request.columns.rows, {
                onDispatch: leaveQueue,
                onDone: () => {
                    slot.uses--;
                    release(slot);
                },
            });
            const result = await Promise.race([job.result, deadline]);
            const predictions = readPredictions(model, result.output, request.columns.rows);
            const header = req.headers['x-request-id'];
            const requestId = request.id ?? (typeof header === 'string' && header.length <= 200 ? header : (0,external_node_crypto_.randomUUID)());
            sendJson(res, 200, request.respond(predictions, model), {
                // A V2 id may hold characters a header cannot; it is still echoed in the body and logged.
                ...(HEADER_SAFE.test(requestId) ? { 'x-request-id': requestId } : {}),
                ...(draining ? { connection: 'close' } : {}),
            });
            writeLog(model, request, requestId, predictions, role);
            metrics.predictions(model, predictions);
            metrics.routed(model, role);
            shadowCopy(request, requestId);
            metrics.stage('queue', result.queueMs / 1000);
            metrics.stage('preprocessing', preprocessingMs / 1000);
            metrics.stage('model', result.modelMs / 1000);
            metrics.stage('total', (performance.now() - started) / 1000);
        }
        finally {
            clearTimeout(timer);
            leaveQueue();
            finishRequest();
        }
    };
    const handle = async (req, res) => {
        const started = performance.now();
        const method = req.method ?? 'GET';
        const path = pathOf(req.url);
        let label = 'unmatched';
        try {
            if (path === '/metrics') {
                label = METRICS_ROUTE;
                if (method !== 'GET')
                    throw new RequestError('use GET /metrics.', 405, { allow: 'GET' });
                sendText(res, 200, await metrics.registry.metrics(), metrics.contentType);
                return;
            }
            const match = route(method, path);
            if (!match) {
                throw new RequestError(`no route for ${method} ${path}. Routes: ${[...routeList(protocols), METRICS_ROUTE].join(', ')}.`, 404);
            }
            if ('allow' in match) {
                throw new RequestError(`${path} takes ${match.allow.join(', ')}, not ${method}.`, 405, {
                    allow: match.allow.join(', '),
                });
            }
            label = `${method} ${match.route.template}`;
            if (match.route.access === 'guarded' && authorized && !authorized(req.headers.authorization)) {
                throw new RequestError('this route needs a bearer token: send "Authorization: Bearer <token>".', 401, {
                    'www-authenticate': authenticateChallenge(req.headers.authorization),
                });
            }
            checkModel(match, current.model, secondary?.slot.model);
            if (match.route.kind === 'info') {
                const answer = match.route.respond({ model: current.model, ready: !draining });
                sendJson(res, answer.status, answer.body, draining ? { connection: 'close' } : {});
                return;
            }
            await infer(req, res, match.route, started, match.version);
        }
        catch (error) {
            if (error instanceof ClientGone)
                return;
            if (isRequestError(error)) {
                sendJson(res, error.status, { error: error.message }, { ...error.headers, ...(draining ? { connection: 'close' } : {}) });
            }
            else {
                log(`internal error on ${method} ${path}: ${error.stack ?? String(error)}`);
                sendJson(res, 500, { error: `internal error: ${error.message}` });
            }
        }
        finally {
            if (res.headersSent)
                metrics.request(label, res.statusCode);
        }
    };
    const server = (0,external_node_http_.createServer)({ requestTimeout: settings.requestTimeoutMs + 1000 }, (req, res) => {
        void handle(req, res);
    });
    server.headersTimeout = Math.min(60_000, server.requestTimeout);
    await new Promise((resolve, reject) => {
        server.once('error', (error) => reject(error.code === 'EADDRINUSE' ? new errors/* UserError */.yo(`cannot listen on ${settings.host}:${settings.port}: the port is in use.`) : error));
        server.listen(settings.port, settings.host, () => resolve());
    });
    const address = server.address();
    const host = address.address.includes(':') ? `[${address.address}]` : address.address;
    const url = `http://${host}:${address.port}`;
    log(`serving ${first.name} ${first.version} at ${url}`);
    let swapping = Promise.resolve();
    let closing;
    return {
        url,
        host: address.address,
        port: address.port,
        get model() {
            return { name: current.model.name, version: current.model.version };
        },
        metrics: metrics.registry,
        swap(next) {
            const attempt = swapping.then(async () => {
                if (draining)
                    throw new errors/* UserError */.yo('the service is shutting down; it does not take a new model.');
                try {
                    const model = describeModel(next);
                    if (options.warmUp !== false)
                        await warmUp(model);
                    const previous = current;
                    current = { model, uses: 0, retired: false };
                    slots.add(current);
                    const second = secondary;
                    secondary = undefined;
                    if (second) {
                        second.slot.retired = true;
                        release(second.slot);
                    }
                    metrics.serving(model);
                    metrics.swapped('success');
                    previous.retired = true;
                    release(previous);
                    log(`now serving ${model.name} ${model.version} (was ${previous.model.version})`);
                }
                catch (error) {
                    metrics.swapped('failure');
                    throw error;
                }
            });
            swapping = attempt.catch(() => undefined);
            return attempt;
        },
        get secondary() {
            const second = secondary;
            if (!second)
                return undefined;
            return { name: second.slot.model.name, version: second.slot.model.version, mode: second.mode, weight: second.weight };
        },
        route(next, mode = 'canary', weight = mode === 'shadow' ? 1 : 0.1) {
            const attempt = swapping.then(async () => {
                if (draining)
                    throw new errors/* UserError */.yo('the service is shutting down; it does not take a new model.');
                if (!(weight >= 0 && weight <= 1))
                    throw new errors/* UserError */.yo(`a ${mode} weight is a share between 0 and 1, not ${weight}.`);
                let slot;
                if (next) {
                    const model = describeModel(next);
                    if (options.warmUp !== false)
                        await warmUp(model);
                    slot = { model, uses: 0, retired: false };
                    slots.add(slot);
                }
                const previous = secondary;
                secondary = slot ? { slot, mode, weight, credit: 0 } : undefined;
                if (previous) {
                    previous.slot.retired = true;
                    release(previous.slot);
                }
                log(slot ? `${mode} ${slot.model.version} beside ${current.model.version} (weight ${weight})` : 'second model taken out');
            });
            swapping = attempt.catch(() => undefined);
            return attempt;
        },
        close() {
            closing ??= (async () => {
                draining = true;
                await swapping;
                const stopped = new Promise((resolve) => server.close(() => resolve()));
                server.closeIdleConnections();
                if (inFlight > 0)
                    await new Promise((resolve) => (drained = resolve));
                await batcher.idle();
                await Promise.all([...shadows]);
                server.closeAllConnections();
                await stopped;
                await predictionLog?.close();
                for (const slot of slots)
                    slot.retired = true;
                for (const slot of [...slots])
                    release(slot);
                log(`stopped serving ${current.model.name} ${current.model.version}`);
            })();
            return closing;
        },
    };
}
function sameVersion(asked, served) {
    return asked === served || asked === `v${served}`;
}
/** `{name}` and `{version}` in the path must name what is served (the current model, or the canary or shadow beside it). */
function checkModel(match, model, second) {
    if (second && match.version !== undefined && match.name === second.name && sameVersion(match.version, second.version))
        return;
    if (match.name !== undefined && match.name !== model.name) {
        throw new RequestError(`model "${match.name}" is not served here; this service serves "${model.name}".`, 404);
    }
    if (match.version !== undefined && match.version !== model.version && match.version !== `v${model.version}`) {
        throw new RequestError(`version "${match.version}" of model "${model.name}" is not served; the served version is ` + `"${model.version}".`, 404);
    }
}

// EXTERNAL MODULE: ./shared/serve/load-model.ts
var load_model = __webpack_require__(6520);
// EXTERNAL MODULE: ./shared/serve/control.ts
var serve_control = __webpack_require__(41119);
;// CONCATENATED MODULE: ./shared/serve/shutdown.ts
/**
 * Makes SIGTERM mean what orchestrators expect: stop accepting, answer every accepted request,
 * flush the prediction log, then exit 0. A second signal while draining exits at once with 1.
 * Returns a function that removes the handlers.
 */
function installShutdownHandler(service, options = {}) {
    const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
    const exit = options.exit ?? ((code) => process.exit(code));
    const log = options.log ?? (() => undefined);
    let stopping = false;
    const onSignal = (signal) => {
        if (stopping) {
            log(`${signal} again while draining: exiting now.`);
            exit(1);
            return;
        }
        stopping = true;
        log(`${signal}: draining (no new requests; answering accepted ones; flushing the prediction log).`);
        const backstop = setTimeout(() => {
            log(`draining took longer than ${options.forceAfterMs ?? 30_000} ms: exiting.`);
            exit(1);
        }, options.forceAfterMs ?? 30_000);
        backstop.unref();
        service.close().then(() => {
            clearTimeout(backstop);
            log('drained; exiting.');
            exit(0);
        }, (error) => {
            clearTimeout(backstop);
            log(`draining failed: ${error.message}`);
            exit(1);
        });
    };
    for (const signal of signals)
        process.on(signal, onSignal);
    return () => {
        for (const signal of signals)
            process.off(signal, onSignal);
    };
}

;// CONCATENATED MODULE: ./shared/serve/main.ts






/** The environment variable the token is read from; a token on the command line would show in `ps`. */
const TOKEN_VARIABLE = 'MLOPS_SERVE_TOKEN';
/**
 * Loads and verifies the package (an integrity failure refuses to start), starts the service,
 * and installs the graceful SIGTERM handler. Resolves once the service is listening.
 */
async function serveMain(options) {
    const log = options.log ?? ((line) => process.stderr.write(`${line}\n`));
    const model = await (0,load_model/* loadModelToServe */.Q)(options.package, {
        name: options.name,
        version: options.version,
        env: options.env,
        cwd: options.cwd,
    });
    let service;
    try {
        service = await startService({
            model,
            host: options.host,
            port: options.port,
            batching: options.batching,
            queueLimit: options.queueLimit,
            requestTimeoutMs: options.requestTimeoutMs,
            bodyLimitBytes: options.bodyLimitBytes,
            token: options.token,
            predictionLog: options.predictionLog,
            log,
        });
    }
    catch (error) {
        await model.predictor.release().catch(() => undefined);
        throw error;
    }
    if (options.control) {
        const control = await (0,serve_control/* startControl */.M)(service, options.control, { env: options.env, log });
        const close = service.close.bind(service);
        // The socket goes away with the service, so a stale one never answers for a stopped process.
        service.close = async () => {
            await control.close();
            await close();
        };
    }
    if (options.handleSignals !== false)
        installShutdownHandler(service, { log, exit: options.exit });
    return service;
}
const USAGE = 'usage: mlops serve <package dir> [--host 127.0.0.1] [--port 8080] [--name NAME] [--version V] ' +
    '[--max-batch-size 64] [--max-wait-ms 5] [--max-concurrent-calls 2] [--no-batching] [--queue-limit 256] ' +
    '[--request-timeout-ms 10000] [--body-limit-bytes 1048576] [--prediction-log PATH] ' +
    `[--prediction-log-max-bytes N] [--prediction-log-files 5] [--token-env ${TOKEN_VARIABLE}] [--control SOCKET]`;
const NUMBER_FLAGS = new Set([
    'port',
    'max-batch-size',
    'max-wait-ms',
    'max-concurrent-calls',
    'queue-limit',
    'request-timeout-ms',
    'body-limit-bytes',
    'prediction-log-max-bytes',
    'prediction-log-files',
]);
const TEXT_FLAGS = new Set(['host', 'name', 'version', 'prediction-log', 'token-env', 'control']);
/**
 * Command-line words → ServeMainOptions: one positional package folder and `--flag value` pairs
 * (or `--flag=value`). The token comes from the environment (MLOPS_SERVE_TOKEN, or the variable
 * `--token-env` names), never from the command line.
 */
function parseServeArgs(argv, env = process.env, cwd = process.cwd()) {
    const positional = [];
    const flags = new Map();
    for (let i = 0; i < argv.length; i++) {
        const word = argv[i];
        if (!word.startsWith('--')) {
            positional.push(word);
            continue;
        }
        const [flag, inline] = word.slice(2).split(/=(.*)/s, 2);
        if (flag === 'no-batching') {
            flags.set(flag, true);
            continue;
        }
        if (!NUMBER_FLAGS.has(flag) && !TEXT_FLAGS.has(flag))
            throw new errors/* InputError */.dz(`unknown flag --${flag}. ${USAGE}`, flag);
        const value = inline ?? argv[++i];
        if (value === undefined)
            throw new errors/* InputError */.dz(`--${flag} needs a value. ${USAGE}`, flag);
        if (NUMBER_FLAGS.has(flag)) {
            const number = Number(value);
            if (!Number.isInteger(number) || number < 0)
                throw new errors/* InputError */.dz(`--${flag} must be a whole number, not "${value}".`, flag);
            flags.set(flag, number);
        }
        else {
            flags.set(flag, value);
        }
    }
    if (positional.length !== 1)
        throw new errors/* InputError */.dz(`give exactly one model package folder. ${USAGE}`, 'package');
    const num = (flag) => flags.get(flag);
    const text = (flag) => flags.get(flag);
    const tokenVariable = text('token-env') ?? TOKEN_VARIABLE;
    const token = env[tokenVariable];
    if (text('token-env') && !token) {
        throw new errors/* InputError */.dz(`--token-env ${tokenVariable}: that environment variable is not set.`, 'token-env');
    }
    const logPath = text('prediction-log');
    return {
        package: positional[0],
        name: text('name'),
        version: text('version'),
        host: text('host'),
        port: num('port'),
        batching: flags.has('no-batching')
            ? false
            : {
                maxBatchSize: num('max-batch-size'),
                maxWaitMs: num('max-wait-ms'),
                maxConcurrentCalls: num('max-concurrent-calls'),
            },
        queueLimit: num('queue-limit'),
        requestTimeoutMs: num('request-timeout-ms'),
        bodyLimitBytes: num('body-limit-bytes'),
        token: token || undefined,
        control: text('control') ? (0,external_node_path_.resolve)(cwd, text('control')) : undefined,
        predictionLog: logPath
            ? {
                path: (0,external_node_path_.resolve)(cwd, logPath),
                maxBytes: num('prediction-log-max-bytes'),
                maxFiles: num('prediction-log-files'),
            }
            : undefined,
        env,
        cwd,
    };
}

;// CONCATENATED MODULE: ./shared/serve/index.ts
/** The inference service: start one, swap its model, stop it gracefully. See README.md beside this file. */












/***/ }),

/***/ 6520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ loadModelToServe)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _model_predictor_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(848);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8126);



/**
 * Loads a model package folder for serving. `loadPackagePredictor` verifies every file's sha256
 * before anything is loaded, so a tampered or half-copied package is refused here, before the
 * service starts or swaps.
 */
async function loadModelToServe(dir, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, dir);
    try {
        const predictor = await (0,_model_predictor_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPackagePredictor */ .N)(full, { env: options.env ?? process.env, cwd });
        return { predictor, name: options.name, version: options.version };
    }
    catch (error) {
        // Keep the class (IntegrityError for a tampered package) so callers can tell why; add what was refused.
        if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo)
            error.message = `refusing to serve ${dir}: ${error.message}`;
        throw error;
    }
}


/***/ })

};
