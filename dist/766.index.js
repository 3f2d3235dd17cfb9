export const id = 766;
export const ids = [766];
export const modules = {

/***/ 7766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveTrialWorker: () => (/* binding */ serveTrialWorker)
/* harmony export */ });
/* harmony import */ var _trial_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90603);
// A tune worker process: runs the trials its parent sends, one at a time, on the built-in
// trainer (trial.ts), and asks the parent after each epoch whether to go on (the pruner lives
// there, with the whole study). Started by trial-pool.ts through the bundle's serveTrialWorker.

async function serveTrialWorker() {
    const send = process.send?.bind(process);
    if (!send)
        throw new Error('a tune worker must be started with an IPC channel (by the tune step)');
    const post = (message) => send(message);
    let answer;
    process.on('message', (message) => {
        if (message.type === 'decision') {
            const resolve = answer;
            answer = undefined;
            resolve?.(message.decision);
            return;
        }
        const { id, request } = message;
        (0,_trial_js__WEBPACK_IMPORTED_MODULE_0__/* .trainConfigTrial */ .n5)(request, {
            onEpoch: (epoch, logs) => new Promise((resolve) => {
                answer = resolve;
                post({ type: 'epoch', id, epoch, logs });
            }),
            log: (text) => post({ type: 'log', id, message: text }),
        }).then((outcome) => post({ type: 'done', id, outcome }), (error) => {
            if (error instanceof _trial_js__WEBPACK_IMPORTED_MODULE_0__/* .TrialStopped */ .EF)
                post({ type: 'stopped', id, epoch: error.epoch });
            else
                post({ type: 'failed', id, message: error instanceof Error ? error.message || error.name : String(error) });
        });
    });
    // The step ended (or died): nothing is left to do here.
    process.on('disconnect', () => process.exit(0));
}


/***/ }),

/***/ 90603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EF: () => (/* binding */ TrialStopped),
/* harmony export */   fS: () => (/* binding */ configDataPattern),
/* harmony export */   n5: () => (/* binding */ trainConfigTrial)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _data_profile_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98128);
/* harmony import */ var _data_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41671);
/* harmony import */ var _model_package_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(85056);
/* harmony import */ var _model_tfjs_format_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44359);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8126);
/* harmony import */ var _backend_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(79539);
/* harmony import */ var _config_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(76289);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(78262);
/* harmony import */ var _trainer_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(18645);











/** Thrown out of trainConfigTrial when onEpoch answered `stop`; no package is written. */
class TrialStopped extends Error {
    epoch;
    constructor(epoch) {
        super(`stopped after epoch ${epoch}`);
        this.epoch = epoch;
        this.name = 'TrialStopped';
    }
}
// A worker process runs many trials on the same data: read and profile it once.
const tables = new Map();
const profiles = new Map();
function once(cache, key, make) {
    let value = cache.get(key);
    if (!value) {
        value = make();
        cache.set(key, value);
        value.catch(() => cache.delete(key));
    }
    return value;
}
/** The data a config trains on: the `data` override, else the config's `data` relative to the config file. */
function configDataPattern(configPath, cwd, configData, data) {
    if (data)
        return data;
    if (configData)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, configPath)), configData));
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('no training data: set `data:` in the config or the `data` input.', 'data');
}
async function trainConfigTrial(request, hooks = {}) {
    const started = performance.now();
    const { cwd } = request;
    const log = hooks.log ?? (() => { });
    const config = await (0,_config_js__WEBPACK_IMPORTED_MODULE_8__/* .loadConfig */ .Z9)(request.config, cwd, request.params);
    const dataPattern = configDataPattern(request.config, cwd, config.data, request.data);
    const table = await once(tables, `${cwd}\n${dataPattern}`, () => (0,_data_table_js__WEBPACK_IMPORTED_MODULE_3__/* .loadTable */ .l)(dataPattern, { cwd }));
    const plan = (0,_trainer_js__WEBPACK_IMPORTED_MODULE_9__/* .planTraining */ .kD)(config, table);
    const engine = await (0,_backend_js__WEBPACK_IMPORTED_MODULE_7__/* .loadBackend */ .DI)(request.backend, {
        cwd,
        env: request.env,
        workload: { parameters: (0,_trainer_js__WEBPACK_IMPORTED_MODULE_9__/* .estimateParameters */ .bA)(config, table, plan), batchSize: config.training.batchSize },
        log,
    });
    const trainingStarted = performance.now();
    const outcome = await (0,_trainer_js__WEBPACK_IMPORTED_MODULE_9__/* .trainFromConfig */ .Ds)(engine, config, table, {
        seed: request.seed,
        log,
        hooks: {
            onEpoch: hooks.onEpoch
                ? async (state, logs) => {
                    if ((await hooks.onEpoch(state.epoch, logs)) === 'stop')
                        throw new TrialStopped(state.epoch);
                }
                : undefined,
        },
    });
    const trainingSeconds = (performance.now() - trainingStarted) / 1000;
    const profile = await once(profiles, `${cwd}\n${dataPattern}`, () => (0,_data_profile_js__WEBPACK_IMPORTED_MODULE_2__/* .profileData */ .AG)(dataPattern, { cwd }));
    const dir = request.packageDir;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    await (0,_model_tfjs_format_js__WEBPACK_IMPORTED_MODULE_5__/* .writeTfjsModel */ .u)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir, 'model'), outcome.network);
    const durationSeconds = (performance.now() - started) / 1000;
    const facts = {
        run: { ...request.run, event: {} },
        seed: request.seed,
        params: request.params,
        durationSeconds,
        engine,
        table,
        dataPattern,
        trainingSeconds,
    };
    await (0,_model_package_js__WEBPACK_IMPORTED_MODULE_4__/* .writeModelPackage */ .FX)(dir, (0,_manifest_js__WEBPACK_IMPORTED_MODULE_10__/* .builtInManifest */ .lM)(outcome, config, facts), {
        metrics: outcome.metrics,
        history: outcome.history,
        profile,
    });
    return { metrics: outcome.metrics, backend: engine.backend, device: engine.device, epochs: outcome.epochs, durationSeconds };
}


/***/ })

};
