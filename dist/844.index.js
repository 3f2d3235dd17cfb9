export const id = 844;
export const ids = [844];
export const modules = {

/***/ 79539:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

var _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache;
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ loadBackend)
/* harmony export */ });
/* unused harmony exports BACKEND_LADDER, BackendUnavailable, WEBGPU_MIN_WORK_PER_STEP, WEBGPU_MIN_WORK_PER_STEP_PER_CORE_VS_ONNXRUNTIME, webgpuMinimumWork, wasmDirectory, trainThreads */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(53484);
/* harmony import */ var _tensorflow_tfjs_core_dist_register_all_gradients_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(85597);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8126);
/* harmony import */ var _model_onnx_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76769);
/* harmony import */ var _inputs_definitions_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(60148);






// tfjs-core alone ships no gradients; the trainer needs them for every backend it loads itself.




/**
 * `auto` tries these in order (docs/training-config.md), with onnxruntime (native CPU kernels,
 * when the runner has onnxruntime-node) ahead of wasm. WebGPU is skipped for work too small to
 * beat the CPU engine that would run instead (see webgpuMinimumWork).
 */
const BACKEND_LADDER = _inputs_definitions_js__WEBPACK_IMPORTED_MODULE_8__/* .BACKENDS */ .A7;
/** A rung that cannot load on this machine, and why in words a user can act on. */
class BackendUnavailable extends Error {
}
/**
 * Below this many parameter×samples per step, WebGPU is slower than wasm: each step costs about
 * 60–70 ms of dispatch on WebGPU (measured: 3,545 samples/s at 6k parameters × 256,
 * 69k samples/s at 279k × 4096 on an H100), while wasm-SIMD moves about 3.3e8 parameter×samples/s.
 */
const WEBGPU_MIN_WORK_PER_STEP = 2e7;
/**
 * Against onnxruntime the bar is higher: its GEMMs move about 2e10 parameter×samples/s per
 * core (bench/train: 61k samples/s of a 279k-parameter MLP on one core, forward and backward),
 * so a ~65 ms WebGPU step only pays off above about 1.3e9 parameter×samples per core.
 */
const WEBGPU_MIN_WORK_PER_STEP_PER_CORE_VS_ONNXRUNTIME = 1.3e9;
/** The per-step work below which `auto` skips WebGPU, given which CPU engine would run instead. */
function webgpuMinimumWork(onnxruntimeAvailable, cores) {
    return onnxruntimeAvailable
        ? Math.max(WEBGPU_MIN_WORK_PER_STEP, WEBGPU_MIN_WORK_PER_STEP_PER_CORE_VS_ONNXRUNTIME * cores)
        : WEBGPU_MIN_WORK_PER_STEP;
}
/** Folders a runner-installed package may live in: the workspace, the bundle's folder, NODE_PATH, the global prefix. */
function searchPaths(options) {
    const paths = [options.cwd, here()];
    for (const entry of (options.env.NODE_PATH ?? '').split(node_path__WEBPACK_IMPORTED_MODULE_3__.delimiter))
        if (entry)
            paths.push(entry);
    const prefix = options.env.npm_config_prefix ?? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(process.execPath));
    paths.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(prefix, 'lib', 'node_modules'));
    return paths;
}
function here() {
    try {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    }
    catch {
        return process.cwd();
    }
}
/**
 * Imports a package that is not bundled (native or platform-specific) from where a runner
 * installed it. The specifier is computed so the bundler leaves it alone.
 */
async function importInstalled(name, options) {
    const require = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.cwd, 'noop.js'));
    let resolved;
    try {
        resolved = require.resolve(name, { paths: searchPaths(options) });
    }
    catch {
        throw new BackendUnavailable(`${name} is not installed (looked in ${searchPaths(options).join(', ')})`);
    }
    try {
        // require(), not import(): ncc turns an import() of a computed path into a require of the
        // file: URL inside the bundle, which fails. These packages are CommonJS; an ES-only one
        // goes through an import() that the bundler cannot see.
        return (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(resolved)(resolved);
    }
    catch (error) {
        if (error.code === 'ERR_REQUIRE_ESM') {
            try {
                return await new Function('url', 'return import(url)')((0,node_url__WEBPACK_IMPORTED_MODULE_4__.pathToFileURL)(resolved).href);
            }
            catch (inner) {
                throw new BackendUnavailable(`${name} is installed at ${resolved} but failed to load: ${inner.message.split('\n')[0]}`);
            }
        }
        throw new BackendUnavailable(`${name} is installed at ${resolved} but failed to load: ${error.message.split('\n')[0]}`);
    }
}
async function loadTensorflow(name, options) {
    const pkg = name === 'tensorflow-gpu' ? '@tensorflow/tfjs-node-gpu' : '@tensorflow/tfjs-node';
    const module = await importInstalled(pkg, options);
    const tf = (module.default ?? module);
    await tf.ready();
    if (tf.getBackend() !== 'tensorflow')
        throw new BackendUnavailable(`${pkg} loaded but its backend is "${tf.getBackend()}"`);
    return {
        kind: 'tfjs',
        tf,
        backend: name,
        device: name === 'tensorflow-gpu' ? 'cuda (libtensorflow)' : 'cpu (libtensorflow)',
        gpu: name === 'tensorflow-gpu',
    };
}
/** Dawn for Node (docs/self-hosted-gpu-runners.md): navigator.gpu must exist before the TF.js WebGPU backend is imported. */
async function loadWebgpu(options) {
    const dawn = await importInstalled('webgpu', options);
    const create = dawn.create ?? dawn.default?.create;
    const globals = dawn.globals ?? dawn.default?.globals;
    if (typeof create !== 'function')
        throw new BackendUnavailable('the webgpu package has no create() export (need webgpu ≥ 0.2)');
    let gpu;
    // MLOPS_WEBGPU_DAWN_FLAGS: Dawn's own flags, comma-separated (e.g. `backend=vulkan`,
    // `adapter=NVIDIA`). MLOPS_WEBGPU_FEATURE_LEVEL=compatibility admits adapters that only offer
    // WebGPU's compatibility level, such as Dawn's OpenGL ES backend on Mesa's software rasteriser,
    // which is how the tests run this rung on a machine without a GPU.
    const flags = (options.env.MLOPS_WEBGPU_DAWN_FLAGS ?? '').split(',').filter(Boolean);
    const featureLevel = options.env.MLOPS_WEBGPU_FEATURE_LEVEL;
    try {
        gpu = create(flags);
    }
    catch (error) {
        throw new BackendUnavailable(`Dawn could not start with flags [${flags.join(', ')}]: ${error.message}`);
    }
    const adapterOptions = { powerPreference: 'high-performance', ...(featureLevel ? { featureLevel } : {}) };
    const adapter = await gpu.requestAdapter(adapterOptions).catch(() => null);
    if (adapter && featureLevel) {
        // TF.js requests its own adapter with only a power preference; give it the same options.
        const real = gpu;
        gpu = {
            requestAdapter: (requested = {}) => real.requestAdapter({ ...requested, ...adapterOptions }),
            getPreferredCanvasFormat: () => real.getPreferredCanvasFormat?.() ?? 'rgba8unorm',
            wgslLanguageFeatures: real.wgslLanguageFeatures,
        };
    }
    if (!adapter) {
        throw new BackendUnavailable('Dawn found no GPU adapter: install the Vulkan loader (libvulkan1, libglvnd) and a GPU driver with a Vulkan ICD, and set VK_DRIVER_FILES (see docs)');
    }
    const info = adapter.info ?? (await adapter.requestAdapterInfo?.()) ?? {};
    Object.defineProperty(globalThis, 'navigator', { value: { gpu }, configurable: true, writable: true });
    Object.assign(globalThis, globals ?? {});
    await __webpack_require__.e(/* import() */ 676).then(__webpack_require__.t.bind(__webpack_require__, 6676, 19));
    const ok = await _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.setBackend('webgpu');
    if (!ok)
        throw new BackendUnavailable('the TF.js WebGPU backend failed to initialise on the adapter');
    const device = [info.vendor, info.device || info.architecture || info.description].filter(Boolean).join(' ') || 'unknown GPU';
    // Software adapters (Mesa llvmpipe or lavapipe, SwiftShader) compute on the CPU.
    const software = Boolean(adapter.isFallbackAdapter || info.isFallbackAdapter) ||
        /llvmpipe|lavapipe|swiftshader/i.test(`${device} ${info.description ?? ''}`);
    return { kind: 'tfjs', tf: /*#__PURE__*/ (_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache || (_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache = __webpack_require__.t(_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__, 2))), backend: 'webgpu', device: `webgpu (${device}${software ? ', software' : ''})`, gpu: !software };
}
/** Where the wasm binaries are: next to the bundle in dist/, or in node_modules when running from source. */
function wasmDirectory(env = process.env) {
    const candidates = [env.MLOPS_TFJS_WASM_DIR, here()];
    try {
        candidates.push((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm')));
    }
    catch {
        // Not resolvable inside the bundle; the bundle's own folder is the candidate there.
    }
    return candidates.find((dir) => dir && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir, 'tfjs-backend-wasm-simd.wasm')));
}
async function loadWasm(options) {
    const dir = wasmDirectory(options.env);
    if (!dir)
        throw new BackendUnavailable('the tfjs wasm binaries (tfjs-backend-wasm-simd.wasm) are not next to the bundle');
    // The backend's Emscripten glue reads __dirname when it runs under Node; an ES module (our
    // bundle on the runner) has none, and initialisation then fails. setWasmPaths decides where the
    // binaries are read from, so any folder will do.
    const globals = globalThis;
    globals.__dirname ??= dir;
    const wasm = await __webpack_require__.e(/* import() */ 744).then(__webpack_require__.t.bind(__webpack_require__, 16744, 19));
    // A path prefix, not a URL: under Node the wasm loader reads the file from disk.
    wasm.setWasmPaths(`${dir}/`);
    const ok = await _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.setBackend('wasm');
    if (!ok)
        throw new BackendUnavailable(`the wasm backend failed to initialise from ${dir}`);
    const simd = await _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.env().getAsync('WASM_HAS_SIMD_SUPPORT');
    return { kind: 'tfjs', tf: /*#__PURE__*/ (_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache || (_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache = __webpack_require__.t(_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__, 2))), backend: 'wasm', device: simd ? 'cpu (wasm, SIMD)' : 'cpu (wasm)', gpu: false };
}
/** Threads for onnxruntime: MLOPS_TRAIN_THREADS, else every core the process may use. */
function trainThreads(env) {
    const requested = Number(env.MLOPS_TRAIN_THREADS);
    return Number.isInteger(requested) && requested > 0 ? requested : (0,node_os__WEBPACK_IMPORTED_MODULE_2__.availableParallelism)();
}
function findOnnxRuntimeForTraining(options) {
    try {
        return (0,_model_onnx_js__WEBPACK_IMPORTED_MODULE_7__/* .findOnnxRuntime */ .RL)(options.env, options.cwd);
    }
    catch (error) {
        if (error instanceof _model_onnx_js__WEBPACK_IMPORTED_MODULE_7__/* .OnnxRuntimeMissing */ .Mq)
            throw new BackendUnavailable(error.message);
        if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo)
            throw new BackendUnavailable(error.message);
        throw error;
    }
}
async function loadOnnxruntime(options) {
    const ort = findOnnxRuntimeForTraining(options);
    const threads = trainThreads(options.env);
    const version = ort.env?.versions?.common;
    return {
        kind: 'onnxruntime',
        ort,
        backend: 'onnxruntime',
        device: `cpu (onnxruntime${version ? ` ${version}` : ''}, ${threads} thread${threads === 1 ? '' : 's'})`,
        threads,
        gpu: false,
    };
}
async function loadCpu() {
    await __webpack_require__.e(/* import() */ 48).then(__webpack_require__.t.bind(__webpack_require__, 68048, 19));
    if (!(await _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.setBackend('cpu')))
        throw new BackendUnavailable('the JavaScript cpu backend failed to initialise');
    // The cpu backend prints advice to install tfjs-node on its first tensor in Node; the ladder
    // already tried tfjs-node and the log says why it was skipped, so the banner is noise.
    _tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__.backend().firstUse = false;
    return { kind: 'tfjs', tf: /*#__PURE__*/ (_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache || (_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9___namespace_cache = __webpack_require__.t(_tensorflow_tfjs_core__WEBPACK_IMPORTED_MODULE_9__, 2))), backend: 'cpu', device: 'cpu (JavaScript)', gpu: false };
}
async function loadOne(name, options) {
    switch (name) {
        case 'tensorflow-gpu':
        case 'tensorflow':
            return loadTensorflow(name, options);
        case 'webgpu':
            return loadWebgpu(options);
        case 'onnxruntime':
            return loadOnnxruntime(options);
        case 'wasm':
            return loadWasm(options);
        case 'cpu':
            return loadCpu();
    }
}
const HOW_TO_INSTALL = {
    'tensorflow-gpu': 'install it on the runner with `npm install @tensorflow/tfjs-node-gpu` in the workspace (needs CUDA 11.2 + cuDNN 8.1), or globally with NODE_PATH pointing at it',
    tensorflow: 'install it on the runner with `npm install @tensorflow/tfjs-node` in the workspace',
    webgpu: 'install the `webgpu` npm package in the workspace and make a Vulkan driver visible (docs/self-hosted-gpu-runners.md in the mlops-actions repository says how)',
    onnxruntime: 'install it on the runner with `ONNXRUNTIME_NODE_INSTALL=skip npm install --no-save onnxruntime-node@1` in the workspace, or set MLOPS_ONNXRUNTIME_NODE to the folder that holds node_modules/onnxruntime-node',
    wasm: 'the wasm files ship with the action; this is a packaging bug',
    cpu: 'this is a bug',
};
/**
 * Loads the requested backend. An explicit request that cannot load fails with the reason and
 * never falls back; `auto` walks the ladder and says why it skipped each rung.
 */
async function loadBackend(request, options) {
    if (request !== 'auto') {
        try {
            return await loadOne(request, options);
        }
        catch (error) {
            if (!(error instanceof BackendUnavailable))
                throw error;
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`backend "${request}" was requested but cannot load: ${error.message}. To use it, ${HOW_TO_INSTALL[request]}; or set backend: auto.`);
        }
    }
    for (const name of BACKEND_LADDER) {
        if (name === 'webgpu' && options.workload) {
            const work = options.workload.parameters * options.workload.batchSize;
            let nativeCpu = false;
            try {
                findOnnxRuntimeForTraining(options);
                nativeCpu = true;
            }
            catch {
                // onnxruntime's own rung says why it is missing.
            }
            const minimum = webgpuMinimumWork(nativeCpu, trainThreads(options.env));
            if (work < minimum) {
                options.log?.(`backend auto: skipping webgpu: ${options.workload.parameters} parameters × batch ${options.workload.batchSize} is too small to beat ${nativeCpu ? 'onnxruntime on the CPU' : 'wasm'} (WebGPU is dispatch-bound below ${minimum.toExponential(1)} per step)`);
                continue;
            }
        }
        try {
            return await loadOne(name, options);
        }
        catch (error) {
            if (!(error instanceof BackendUnavailable))
                throw error;
            options.log?.(`backend auto: skipping ${name}: ${error.message}`);
        }
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo('no training backend could load, not even the JavaScript cpu backend; this is a bug.');
}


/***/ }),

/***/ 76289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ paramsObject),
/* harmony export */   J4: () => (/* binding */ applyParams),
/* harmony export */   Z9: () => (/* binding */ loadConfig)
/* harmony export */ });
/* unused harmony exports normalizeConfig, parseConfig */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(38815);
/* harmony import */ var _runtime_suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71771);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8126);





const TOP_KEYS = ['name', 'data', 'target', 'task', 'features', 'positive_class', 'max_categories', 'model', 'training'];
const FEATURE_KEYS = ['include', 'exclude', 'categorical'];
const MODEL_KEYS = ['type', 'hidden', 'dropout'];
const TRAINING_KEYS = [
    'epochs',
    'batch_size',
    'learning_rate',
    'optimizer',
    'validation_split',
    'early_stopping',
    'class_weight',
    'cv_folds',
];
const EARLY_STOPPING_KEYS = ['patience', 'min_delta', 'monitor', 'restore_best_weights'];
const TASKS = ['binary-classification', 'multiclass-classification', 'regression'];
function fail(source, path, message) {
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(message, source.file, source.lineOf(path));
}
function checkKeys(source, path, value, allowed) {
    const where = path.length ? path.join('.') : 'the config';
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        fail(source, path, `${where} must be a mapping of keys to values.`);
    for (const key of Object.keys(value)) {
        if (!allowed.includes(key)) {
            const hint = (0,_runtime_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(key, allowed);
            fail(source, [...path, key], `unknown key "${[...path, key].join('.')}"${hint ? ` (did you mean "${hint}"?)` : ''}. Known keys here: ${allowed.join(', ')}.`);
        }
    }
    return value;
}
function num(source, path, value, check) {
    const name = path.join('.');
    if (typeof value !== 'number' || !Number.isFinite(value))
        fail(source, path, `${name} must be a number (got ${JSON.stringify(value)}).`);
    if (check.integer && !Number.isInteger(value))
        fail(source, path, `${name} must be a whole number (got ${value}).`);
    if (check.min !== undefined && (check.exclusiveMin ? value <= check.min : value < check.min))
        fail(source, path, `${name} must be ${check.exclusiveMin ? '>' : '≥'} ${check.min} (got ${value}).`);
    if (check.max !== undefined && value > check.max)
        fail(source, path, `${name} must be ≤ ${check.max} (got ${value}).`);
    return value;
}
function str(source, path, value) {
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    if (typeof value !== 'string' || value === '')
        fail(source, path, `${path.join('.')} must be a non-empty string.`);
    return value;
}
function strList(source, path, value) {
    if (typeof value === 'string')
        return [value];
    if (!Array.isArray(value))
        fail(source, path, `${path.join('.')} must be a list of column names.`);
    return value.map((item, i) => str(source, [...path, i], item));
}
function oneOf(source, path, value, options) {
    if (typeof value !== 'string' || !options.includes(value)) {
        const hint = typeof value === 'string' ? (0,_runtime_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(value, options) : undefined;
        fail(source, path, `${path.join('.')} must be one of ${options.join(', ')} (got ${JSON.stringify(value)})${hint ? `; did you mean "${hint}"?` : '.'}`);
    }
    return value;
}
/** Applies `params` (tune's overrides) to the raw config: `learning_rate`, `training.learning_rate` or `model.hidden`. */
function applyParams(raw, params) {
    for (const [key, value] of Object.entries(params)) {
        let path;
        if (key.includes('.'))
            path = key.split('.');
        else if (TRAINING_KEYS.includes(key))
            path = ['training', key];
        else if (MODEL_KEYS.includes(key))
            path = ['model', key];
        else if (TOP_KEYS.includes(key))
            path = [key];
        else {
            const all = [...TRAINING_KEYS, ...MODEL_KEYS, ...TOP_KEYS];
            const hint = (0,_runtime_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(key, all);
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`params has the unknown parameter "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}. Parameters: ${all.join(', ')} (or dotted, e.g. training.learning_rate).`, 'params');
        }
        let node = raw;
        for (const part of path.slice(0, -1)) {
            if (part === 'model' && typeof node.model === 'string')
                node.model = { type: node.model };
            if (node[part] === undefined || node[part] === null)
                node[part] = {};
            if (typeof node[part] !== 'object')
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`params "${key}": ${part} in the config is not a mapping.`, 'params');
            node = node[part];
        }
        node[path[path.length - 1]] = value;
    }
}
/** Validates a parsed config (after params) and fills defaults. */
function normalizeConfig(raw, source) {
    const top = checkKeys(source, [], raw ?? {}, TOP_KEYS);
    const features = top.features === undefined ? {} : checkKeys(source, ['features'], top.features, FEATURE_KEYS);
    const modelRaw = typeof top.model === 'string'
        ? { type: top.model }
        : top.model === undefined
            ? {}
            : checkKeys(source, ['model'], top.model, MODEL_KEYS);
    const modelType = modelRaw.type === undefined ? 'mlp' : oneOf(source, ['model', 'type'], modelRaw.type, ['linear', 'logistic', 'mlp']);
    let hidden = [];
    if (modelType === 'mlp') {
        const value = modelRaw.hidden ?? [64, 32];
        const list = Array.isArray(value) ? value : [value];
        hidden = list.map((units, i) => num(source, ['model', 'hidden', i], units, { min: 1, max: 65536, integer: true }));
        if (hidden.length === 0)
            fail(source, ['model', 'hidden'], 'model.hidden must list at least one layer size for an mlp (use model: linear or logistic for none).');
    }
    else if (modelRaw.hidden !== undefined) {
        fail(source, ['model', 'hidden'], `model.hidden applies to mlp only; a ${modelType} model has no hidden layers.`);
    }
    const dropout = modelRaw.dropout === undefined ? 0 : num(source, ['model', 'dropout'], modelRaw.dropout, { min: 0, max: 0.95 });
    const training = top.training === undefined ? {} : checkKeys(source, ['training'], top.training, TRAINING_KEYS);
    let earlyStopping;
    const es = training.early_stopping;
    if (es === true)
        earlyStopping = { patience: 5, minDelta: 0, monitor: 'val_loss', restoreBestWeights: true };
    else if (typeof es === 'number')
        earlyStopping = {
            patience: num(source, ['training', 'early_stopping'], es, { min: 1, integer: true }),
            minDelta: 0,
            monitor: 'val_loss',
            restoreBestWeights: true,
        };
    else if (es !== undefined && es !== false && es !== null) {
        const map = checkKeys(source, ['training', 'early_stopping'], es, EARLY_STOPPING_KEYS);
        earlyStopping = {
            patience: map.patience === undefined ? 5 : num(source, ['training', 'early_stopping', 'patience'], map.patience, { min: 1, integer: true }),
            minDelta: map.min_delta === undefined ? 0 : num(source, ['training', 'early_stopping', 'min_delta'], map.min_delta, { min: 0 }),
            monitor: map.monitor === undefined ? 'val_loss' : str(source, ['training', 'early_stopping', 'monitor'], map.monitor),
            restoreBestWeights: map.restore_best_weights === undefined ? true : Boolean(map.restore_best_weights),
        };
    }
    let classWeight;
    const cw = training.class_weight;
    if (cw === 'balanced')
        classWeight = 'balanced';
    else if (cw && typeof cw === 'object' && !Array.isArray(cw)) {
        classWeight = Object.fromEntries(Object.entries(cw).map(([label, w]) => [label, num(source, ['training', 'class_weight', label], w, { min: 0, exclusiveMin: true })]));
    }
    else if (cw !== undefined && cw !== null && cw !== 'none')
        fail(source, ['training', 'class_weight'], 'training.class_weight must be "balanced", "none", or a map of class label to weight.');
    return {
        name: top.name === undefined ? 'model' : str(source, ['name'], top.name),
        data: top.data === undefined ? undefined : str(source, ['data'], top.data),
        target: top.target === undefined ? undefined : str(source, ['target'], top.target),
        task: top.task === undefined ? undefined : oneOf(source, ['task'], top.task, TASKS),
        features: {
            include: features.include === undefined ? undefined : strList(source, ['features', 'include'], features.include),
            exclude: features.exclude === undefined ? [] : strList(source, ['features', 'exclude'], features.exclude),
            categorical: features.categorical === undefined ? [] : strList(source, ['features', 'categorical'], features.categorical),
        },
        positiveClass: top.positive_class === undefined ? undefined : str(source, ['positive_class'], top.positive_class),
        maxCategories: top.max_categories === undefined ? 50 : num(source, ['max_categories'], top.max_categories, { min: 1, integer: true }),
        model: { type: modelType, hidden, dropout },
        training: {
            epochs: training.epochs === undefined ? 20 : num(source, ['training', 'epochs'], training.epochs, { min: 1, max: 100000, integer: true }),
            batchSize: training.batch_size === undefined ? 32 : num(source, ['training', 'batch_size'], training.batch_size, { min: 1, integer: true }),
            learningRate: training.learning_rate === undefined
                ? 0.001
                : num(source, ['training', 'learning_rate'], training.learning_rate, { min: 0, exclusiveMin: true }),
            optimizer: training.optimizer === undefined ? 'adam' : oneOf(source, ['training', 'optimizer'], training.optimizer, ['adam', 'sgd']),
            validationSplit: training.validation_split === undefined
                ? 0.2
                : num(source, ['training', 'validation_split'], training.validation_split, { min: 0, max: 0.9 }),
            earlyStopping,
            classWeight,
            cvFolds: training.cv_folds === undefined ? 0 : num(source, ['training', 'cv_folds'], training.cv_folds, { min: 0, max: 100, integer: true }),
        },
    };
}
function sourceOf(file, doc, counter) {
    return {
        file,
        lineOf(path) {
            if (!doc || !counter)
                return undefined;
            let node = doc.contents;
            let line;
            for (const part of path) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isMap */ .jh)(node))
                    break;
                const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(part));
                if (!pair)
                    break;
                const range = pair.key.range;
                if (range)
                    line = counter.linePos(range[0]).line;
                node = pair.value;
            }
            return line;
        },
    };
}
/** Parses YAML text; a syntax error is a FileError with the line, unknown keys get a "did you mean". */
function parseConfig(text, file, params = {}) {
    const counter = new yaml__WEBPACK_IMPORTED_MODULE_2__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_2__/* .parseDocument */ .Tp)(text, { lineCounter: counter, prettyErrors: true });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const line = error.linePos?.[0]?.line;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6(`the config is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, file, line, error.linePos?.[0]?.col);
    }
    const raw = (doc.toJS() ?? {});
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6('the config must be a YAML mapping (name:, data:, target:, model:, training:).', file, 1);
    applyParams(raw, params);
    return normalizeConfig(raw, sourceOf(file, doc, counter));
}
async function loadConfig(path, cwd, params = {}) {
    const full = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? path : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, path);
    const shown = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(path) ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(cwd, path) || path : path;
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(full, 'utf8');
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`config file ${shown} cannot be read: ${error.code === 'ENOENT' ? 'it does not exist' : error.message}.`, 'config');
    }
    return parseConfig(text, shown, params);
}
/** `params` as given by the input (already JSON-parsed by the input parser) must be an object. */
function paramsObject(value) {
    if (value === undefined || value === null || value === '')
        return {};
    if (typeof value === 'string') {
        try {
            value = JSON.parse(value);
        }
        catch (error) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`params is not valid JSON: ${error.message}. Give an object, e.g. {"learning_rate": 0.01}.`, 'params');
        }
    }
    if (typeof value !== 'object' || Array.isArray(value) || value === null) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`params must be a JSON object such as {"learning_rate": 0.01} (got ${JSON.stringify(value)}).`, 'params');
    }
    return value;
}


/***/ }),

/***/ 78262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   be: () => (/* binding */ commandManifest),
/* harmony export */   lM: () => (/* binding */ builtInManifest)
/* harmony export */ });
/* unused harmony export runCost */
function runCost(durationSeconds, perHour) {
    if (perHour === undefined)
        return undefined;
    return { perHour, amount: Math.round((durationSeconds / 3600) * perHour * 1e6) / 1e6 };
}
function gitAndRun(run) {
    return {
        git: { repository: run.repository, sha: run.sha, ref: run.ref },
        run: { id: run.runId, attempt: run.runAttempt, url: run.runUrl },
    };
}
function recorded(facts) {
    return {
        ...gitAndRun(facts.run),
        seed: facts.seed,
        durationSeconds: facts.durationSeconds,
        cost: runCost(facts.durationSeconds, facts.perHour),
        createdAt: new Date().toISOString(),
    };
}
/** The manifest of a package a training command made: what it wrote in mlops.json, and what the suite measured. */
function commandManifest(result, facts) {
    const extra = result.extra;
    const gpu = result.gpu;
    return {
        name: typeof extra.name === 'string' ? extra.name : 'model',
        task: extra.task,
        framework: result.framework,
        signature: extra.signature ?? { inputs: [], outputs: [] },
        preprocessing: extra.preprocessing,
        target: extra.target ?? facts.target,
        classes: extra.classes,
        params: facts.params,
        data: facts.data
            ? {
                path: facts.data.path,
                files: facts.data.profile.table.files,
                fingerprint: facts.data.profile.table.fingerprint,
                rows: facts.data.profile.table.rows,
            }
            : undefined,
        backend: 'command',
        device: gpu ? `${gpu.count}× ${gpu.name}` : 'cpu',
        gpu,
        command: facts.command,
        gpuSeconds: gpu ? result.durationSeconds * gpu.count : 0,
        ...recorded(facts),
    };
}
function signatureOf(outcome) {
    const task = outcome.plan.task;
    const classes = outcome.preprocessing.target.classes?.length ?? 1;
    return {
        inputs: outcome.preprocessing.features.map((f) => f.kind === 'numeric' ? { name: f.name, type: 'number' } : { name: f.name, type: 'category', values: f.categories }),
        outputs: task === 'regression'
            ? [{ name: outcome.plan.target, type: 'number' }]
            : [{ name: 'probabilities', type: `float32[${task === 'binary-classification' ? 1 : classes}]` }],
    };
}
/** The manifest of a package the built-in trainer made. */
function builtInManifest(outcome, config, facts) {
    return {
        name: config.name,
        task: outcome.plan.task,
        framework: 'tfjs',
        signature: signatureOf(outcome),
        preprocessing: outcome.preprocessing,
        target: outcome.plan.target,
        classes: outcome.preprocessing.target.classes,
        params: {
            ...config.model,
            ...config.training,
            seed: facts.seed,
            features: outcome.plan.features,
            epochsRun: outcome.epochs,
            bestEpoch: outcome.bestEpoch,
            stoppedEarly: outcome.stoppedEarly,
            overrides: facts.params,
        },
        data: { path: facts.dataPattern, files: facts.table.files, fingerprint: facts.table.fingerprint, rows: facts.table.rows },
        backend: facts.engine.backend,
        device: facts.engine.device,
        gpuSeconds: facts.engine.gpu ? facts.trainingSeconds : 0,
        ...recorded(facts),
    };
}


/***/ }),

/***/ 18645:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bA: () => (/* binding */ estimateParameters),
  kD: () => (/* binding */ planTraining),
  Ds: () => (/* binding */ trainFromConfig)
});

// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
// EXTERNAL MODULE: ./shared/model/network.ts
var model_network = __webpack_require__(2426);
// EXTERNAL MODULE: ./shared/model/preprocessing.ts
var preprocessing = __webpack_require__(60222);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/metrics/definitions.ts
var definitions = __webpack_require__(50226);
// EXTERNAL MODULE: ./shared/stats/random.ts
var stats_random = __webpack_require__(73251);
;// CONCATENATED MODULE: ./shared/train/kernel.ts
function layout(shape) {
    const slots = [];
    let inputs = shape.inputSize;
    let offset = 0;
    for (const units of [...shape.hidden, shape.outputs]) {
        slots.push({ inputs, units, kernel: offset, bias: offset + inputs * units });
        offset += inputs * units + units;
        inputs = units;
    }
    return { slots, size: offset };
}
function parameterCount(shape) {
    let inputs = shape.inputSize;
    let count = 0;
    for (const units of [...shape.hidden, shape.outputs]) {
        count += inputs * units + units;
        inputs = units;
    }
    return count;
}
/** Class indices as one-hot rows. */
function oneHot(y, rows, classes) {
    const out = new Float32Array(rows * classes);
    for (let i = 0; i < rows; i++)
        out[i * classes + y[i]] = 1;
    return out;
}
/** Per-layer weights (kernel, bias, kernel, …) as one flat vector. */
function flatten(weights, size) {
    const flat = new Float32Array(size);
    let offset = 0;
    for (const w of weights) {
        flat.set(w, offset);
        offset += w.length;
    }
    return flat;
}

// EXTERNAL MODULE: ./shared/metrics/classification.ts
var classification = __webpack_require__(18814);
// EXTERNAL MODULE: ./shared/metrics/score.ts
var score = __webpack_require__(51170);
;// CONCATENATED MODULE: ./shared/train/metrics.ts


/**
 * The metrics train reports for one split, computed by shared/metrics (the same code evaluate
 * uses). `outputs` is the network output (P(positive) for binary, rows × classes probabilities
 * for multiclass, the prediction in target units for regression); `labels` are class indices
 * or target values. `loss` is log loss, or the mean squared error for regression.
 */
function taskMetrics(task, labels, outputs, classes = 2) {
    if (task === 'regression') {
        const scores = (0,score/* scoreMetrics */.uf)((0,score/* prepareMetrics */.V2)({ task, data: { actual: labels, predicted: outputs } }));
        return { loss: scores.rmse ** 2, rmse: scores.rmse, mae: scores.mae, r2: scores.r2 };
    }
    const probabilities = task === 'binary-classification' ? (0,classification/* fromPositiveProbabilities */.JW)(outputs) : outputs;
    const scores = (0,score/* scoreMetrics */.uf)((0,score/* prepareMetrics */.V2)({ task, data: { labels, probabilities, classes: task === 'binary-classification' ? 2 : classes } }));
    return { loss: scores.log_loss, accuracy: scores.accuracy, auc: scores.roc_auc };
}
/** Mean and population std (numpy's default, ddof=0) of each metric across cross-validation folds. */
function summarizeFolds(folds, prefix = 'cv_') {
    const out = {};
    for (const name of Object.keys(folds[0] ?? {})) {
        const values = folds.map((fold) => fold[name]);
        const mean = values.reduce((a, b) => a + b, 0) / values.length;
        const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
        out[`${prefix}${name}_mean`] = mean;
        out[`${prefix}${name}_std`] = std;
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/model/onnx-graph.ts
/**
 * A small ONNX graph builder that writes the ModelProto wire format directly. The trainer builds
 * its training step (forward, loss, backward and optimizer update) as one ONNX graph, so
 * onnxruntime's native kernels run it; built-in packages can also be exported as model.onnx for
 * serving elsewhere. Only the protobuf fields these graphs use are written; field numbers are
 * those of onnx/onnx.proto (IR version 8, opset 17).
 */
const ONNX_IR_VERSION = 8;
const ONNX_OPSET = 17;
/** TensorProto.DataType values used here. */
const ElementType = { float: 1, int64: 7, bool: 9 };
class Writer {
    chunks = [];
    scratch = new DataView(new ArrayBuffer(8));
    length = 0;
    push(bytes) {
        this.chunks.push(bytes);
        this.length += bytes.length;
    }
    varint(value) {
        let v = BigInt.asUintN(64, BigInt(value));
        const bytes = [];
        do {
            let byte = Number(v & 0x7fn);
            v >>= 7n;
            if (v !== 0n)
                byte |= 0x80;
            bytes.push(byte);
        } while (v !== 0n);
        this.push(Uint8Array.from(bytes));
    }
    tag(field, wire) {
        this.varint((field << 3) | wire);
    }
    int(field, value) {
        this.tag(field, 0);
        this.varint(value);
    }
    float(field, value) {
        this.tag(field, 5);
        this.scratch.setFloat32(0, value, true);
        this.push(new Uint8Array(this.scratch.buffer.slice(0, 4)));
    }
    bytes(field, value) {
        this.tag(field, 2);
        this.varint(value.length);
        this.push(value);
    }
    string(field, value) {
        this.bytes(field, new TextEncoder().encode(value));
    }
    message(field, build) {
        const inner = new Writer();
        build(inner);
        this.bytes(field, inner.finish());
    }
    packedInts(field, values) {
        const inner = new Writer();
        for (const value of values)
            inner.varint(value);
        this.bytes(field, inner.finish());
    }
    finish() {
        const out = new Uint8Array(this.length);
        let offset = 0;
        for (const chunk of this.chunks) {
            out.set(chunk, offset);
            offset += chunk.length;
        }
        return out;
    }
}
function writeTensor(writer, tensor) {
    for (const dim of tensor.dims)
        writer.int(1, dim);
    writer.int(2, ElementType[tensor.type]);
    writer.string(8, tensor.name);
    const values = tensor.values;
    // raw_data is little-endian, which typed arrays are on every platform Node runs on.
    writer.bytes(9, new Uint8Array(values.buffer, values.byteOffset, values.byteLength).slice());
}
function writeAttribute(writer, name, value) {
    writer.string(1, name);
    if (typeof value === 'number') {
        writer.int(3, value);
        writer.int(20, 2);
    }
    else if (typeof value === 'string') {
        writer.bytes(4, new TextEncoder().encode(value));
        writer.int(20, 3);
    }
    else if (Array.isArray(value) || 'ints' in value) {
        writer.packedInts(8, Array.isArray(value) ? value : value.ints);
        writer.int(20, 7);
    }
    else {
        writer.float(2, value.float);
        writer.int(20, 1);
    }
}
function writeValueInfo(writer, value) {
    writer.string(1, value.name);
    writer.message(2, (type) => type.message(1, (tensor) => {
        tensor.int(1, ElementType[value.type]);
        tensor.message(2, (shape) => {
            for (const dim of value.shape)
                shape.message(1, (d) => (typeof dim === 'number' ? d.int(1, dim) : d.string(2, dim)));
        });
    }));
}
/** Collects nodes and names fresh intermediate values, then encodes the model. */
class GraphBuilder {
    name;
    nodes = [];
    inputs = [];
    outputs = [];
    initializers = [];
    counter = 0;
    constructor(name) {
        this.name = name;
    }
    input(name, type, shape) {
        this.inputs.push({ name, type, shape });
        return name;
    }
    output(name, type, shape) {
        this.outputs.push({ name, type, shape });
    }
    /** A constant float tensor (a scalar when `dims` is empty). */
    constant(values, dims = []) {
        const name = `const_${this.counter++}`;
        this.initializers.push({ name, type: 'float', dims, values: Float32Array.from(values) });
        return name;
    }
    /** A constant int64 vector, for axes and shapes. */
    ints(values) {
        const name = `ints_${this.counter++}`;
        this.initializers.push({ name, type: 'int64', dims: [values.length], values: BigInt64Array.from(values.map(BigInt)) });
        return name;
    }
    /** Adds a node and returns its first output; `output` names it (needed for graph outputs). */
    node(op, inputs, attributes, output) {
        const name = output ?? `${op.toLowerCase()}_${this.counter++}`;
        this.nodes.push({ op, inputs, outputs: [name], attributes });
        return name;
    }
    encode(producer = 'mlops-actions') {
        const model = new Writer();
        model.int(1, ONNX_IR_VERSION);
        model.string(2, producer);
        model.message(7, (graph) => {
            this.nodes.forEach((node, index) => graph.message(1, (n) => {
                for (const input of node.inputs)
                    n.string(1, input);
                for (const output of node.outputs)
                    n.string(2, output);
                n.string(3, `${node.op}_${index}`);
                n.string(4, node.op);
                for (const [key, value] of Object.entries(node.attributes ?? {}))
                    n.message(5, (a) => writeAttribute(a, key, value));
            }));
            graph.string(2, this.name);
            for (const initializer of this.initializers)
                graph.message(5, (t) => writeTensor(t, initializer));
            for (const input of this.inputs)
                graph.message(11, (v) => writeValueInfo(v, input));
            for (const output of this.outputs)
                graph.message(12, (v) => writeValueInfo(v, output));
        });
        model.message(8, (opset) => {
            opset.string(1, '');
            opset.int(2, ONNX_OPSET);
        });
        return model.finish();
    }
}

;// CONCATENATED MODULE: ./shared/train/onnx-step.ts

/** Adam's constants, as TF.js uses them (epsilon is TF.js's float32 backend epsilon). */
const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 };
/**
 * One training step of a dense ReLU network as an ONNX graph: forward pass, summed loss,
 * gradients written out by hand, and the optimizer update, so a step is a single
 * `session.run` on onnxruntime's native kernels.
 *
 * Inputs: `x` [rows, in], `labels` [rows, out] (one-hot for multiclass), `inv_rows` (1/rows),
 * optionally `weights` [rows, 1] and `mask<i>` per hidden layer; per parameter p: `p`, and for
 * Adam `p_m`, `p_v`; `lr`, and for Adam `bias1` = 1 − β1ᵗ and `bias2` = 1 − β2ᵗ.
 * Outputs: `loss_sum` (sum over rows of the weighted per-row loss), then per parameter
 * `p_next` (and `p_m_next`, `p_v_next`).
 *
 * The arithmetic follows the TF.js kernel (tfjs-kernel.ts): d(loss)/d(logits) is p − y for
 * sigmoid and softmax cross-entropy and 2(z − y) for squared error; Adam is TF.js's formula,
 * p − lr·(m/bias1)/(√(v/bias2) + ε).
 */
function buildStepGraph(shape, options) {
    const g = new GraphBuilder('mlops-train-step');
    const sizes = [shape.inputSize, ...shape.hidden, shape.outputs];
    const layers = sizes.length - 1;
    const x = g.input('x', 'float', ['rows', shape.inputSize]);
    const labels = g.input('labels', 'float', ['rows', shape.outputs]);
    const invRows = g.input('inv_rows', 'float', []);
    const weights = options.weighted ? g.input('weights', 'float', ['rows', 1]) : undefined;
    const masks = options.dropout ? shape.hidden.map((units, i) => g.input(`mask${i}`, 'float', ['rows', units])) : [];
    const parameters = [];
    const kernels = [];
    const biases = [];
    for (let i = 0; i < layers; i++) {
        kernels.push(g.input(`w${i}`, 'float', [sizes[i], sizes[i + 1]]));
        biases.push(g.input(`b${i}`, 'float', [sizes[i + 1]]));
        parameters.push(`w${i}`, `b${i}`);
    }
    // Forward: each layer's input is kept for the backward pass; a hidden layer's output also
    // gives its ReLU derivative, Sign(h), which is 1 where the unit fired and the mask kept it.
    const layerInputs = [];
    let h = x;
    for (let i = 0; i < layers; i++) {
        layerInputs.push(h);
        const z = g.node('Gemm', [h, kernels[i], biases[i]]);
        if (i === layers - 1) {
            h = z;
        }
        else {
            h = g.node('Relu', [z]);
            if (options.dropout)
                h = g.node('Mul', [h, masks[i]]);
        }
    }
    const logits = h;
    let perRow;
    let dLogits;
    if (options.task === 'binary-classification') {
        // Stable sigmoid cross-entropy: max(z, 0) − z·y + log(1 + e^−|z|).
        perRow = g.node('Add', [
            g.node('Sub', [g.node('Relu', [logits]), g.node('Mul', [logits, labels])]),
            g.node('Softplus', [g.node('Neg', [g.node('Abs', [logits])])]),
        ]);
        dLogits = g.node('Sub', [g.node('Sigmoid', [logits]), labels]);
    }
    else if (options.task === 'multiclass-classification') {
        const logProbabilities = g.node('LogSoftmax', [logits], { axis: 1 });
        perRow = g.node('Neg', [g.node('ReduceSum', [g.node('Mul', [labels, logProbabilities]), g.ints([1])], { keepdims: 1 })]);
        dLogits = g.node('Sub', [g.node('Exp', [logProbabilities]), labels]);
    }
    else {
        const difference = g.node('Sub', [logits, labels]);
        perRow = g.node('Mul', [difference, difference]);
        dLogits = g.node('Mul', [difference, g.constant([2])]);
    }
    if (weights) {
        perRow = g.node('Mul', [perRow, weights]);
        dLogits = g.node('Mul', [dLogits, weights]);
    }
    g.node('ReduceSum', [perRow], { keepdims: 0 }, 'loss_sum');
    g.output('loss_sum', 'float', []);
    // Backward: plain products with Gemm's transpose flags (native kernels handle them at full speed).
    const gradients = new Array(2 * layers);
    let delta = g.node('Mul', [dLogits, invRows]);
    const axis0 = g.ints([0]);
    for (let i = layers - 1; i >= 0; i--) {
        gradients[2 * i] = g.node('Gemm', [layerInputs[i], delta], { transA: 1 });
        gradients[2 * i + 1] = g.node('ReduceSum', [delta, axis0], { keepdims: 0 });
        if (i === 0)
            break;
        let dh = g.node('Gemm', [delta, kernels[i]], { transB: 1 });
        if (options.dropout)
            dh = g.node('Mul', [dh, masks[i - 1]]);
        delta = g.node('Mul', [dh, g.node('Sign', [layerInputs[i]])]);
    }
    const lr = g.input('lr', 'float', []);
    if (options.optimizer === 'adam') {
        const bias1 = g.input('bias1', 'float', []);
        const bias2 = g.input('bias2', 'float', []);
        const beta1 = g.constant([ADAM.beta1]);
        const oneMinusBeta1 = g.constant([1 - ADAM.beta1]);
        const beta2 = g.constant([ADAM.beta2]);
        const oneMinusBeta2 = g.constant([1 - ADAM.beta2]);
        const epsilon = g.constant([ADAM.epsilon]);
        parameters.forEach((name, k) => {
            const dims = shapeOf(name, sizes);
            const [p, m, v] = [name, g.input(`${name}_m`, 'float', dims), g.input(`${name}_v`, 'float', dims)];
            const grad = gradients[k];
            const mNext = g.node('Add', [g.node('Mul', [m, beta1]), g.node('Mul', [grad, oneMinusBeta1])], undefined, `${name}_m_next`);
            const vNext = g.node('Add', [g.node('Mul', [v, beta2]), g.node('Mul', [g.node('Mul', [grad, grad]), oneMinusBeta2])], undefined, `${name}_v_next`);
            const step = g.node('Div', [
                g.node('Div', [mNext, bias1]),
                g.node('Add', [g.node('Sqrt', [g.node('Div', [vNext, bias2])]), epsilon]),
            ]);
            g.node('Sub', [p, g.node('Mul', [step, lr])], undefined, `${name}_next`);
            g.output(`${name}_next`, 'float', dims);
            g.output(`${name}_m_next`, 'float', dims);
            g.output(`${name}_v_next`, 'float', dims);
        });
    }
    else {
        parameters.forEach((name, k) => {
            g.node('Sub', [name, g.node('Mul', [gradients[k], lr])], undefined, `${name}_next`);
            g.output(`${name}_next`, 'float', shapeOf(name, sizes));
        });
    }
    return { bytes: g.encode(), parameters };
}
function shapeOf(parameter, sizes) {
    const layer = Number(parameter.slice(1));
    return parameter.startsWith('w') ? [sizes[layer], sizes[layer + 1]] : [sizes[layer + 1]];
}
/** Inference: logits → probabilities (or the standardized target) for a whole batch. */
function buildPredictGraph(shape, task) {
    const g = new GraphBuilder('mlops-predict');
    const sizes = [shape.inputSize, ...shape.hidden, shape.outputs];
    let h = g.input('x', 'float', ['rows', shape.inputSize]);
    for (let i = 0; i < sizes.length - 1; i++) {
        const kernel = g.input(`w${i}`, 'float', [sizes[i], sizes[i + 1]]);
        const bias = g.input(`b${i}`, 'float', [sizes[i + 1]]);
        h = g.node('Gemm', [h, kernel, bias]);
        if (i < sizes.length - 2)
            h = g.node('Relu', [h]);
    }
    const head = task === 'binary-classification' ? 'Sigmoid' : task === 'multiclass-classification' ? 'Softmax' : 'Identity';
    g.node(head, [h], head === 'Softmax' ? { axis: 1 } : undefined, 'outputs');
    g.output('outputs', 'float', ['rows', shape.outputs]);
    return g.encode();
}

;// CONCATENATED MODULE: ./shared/train/onnx-kernel.ts



/** Rows per inference run: bounds the tensors, not the work. */
const PREDICT_ROWS = 65_536;
/**
 * The onnxruntime kernel: each training step is one `session.run` of the graph from
 * buildStepGraph, on onnxruntime's native CPU kernels (MLAS GEMMs with AVX2/AVX-512). The
 * parameters and Adam's moments live in JavaScript between steps and go in and out of the
 * graph as plain tensors, so a checkpoint is just those arrays.
 *
 * Dropout masks are drawn in JavaScript from the seeded stream, so they are the same on every
 * machine. onnxruntime's own Dropout seeds once per session, which would make a resumed run
 * differ from an uninterrupted one.
 */
async function onnxKernel(engine, shape, settings, initial) {
    const ort = engine.ort;
    const { slots } = layout(shape);
    const adam = settings.optimizer === 'adam';
    const graph = buildStepGraph(shape, {
        task: settings.task,
        optimizer: settings.optimizer,
        weighted: Boolean(settings.classWeights),
        dropout: shape.dropout > 0,
    });
    const sessionOptions = {
        executionProviders: ['cpu'],
        intraOpNumThreads: engine.threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
    };
    const stepSession = await ort.InferenceSession.create(graph.bytes, sessionOptions);
    const predictSession = await ort.InferenceSession.create(buildPredictGraph(shape, settings.task), sessionOptions);
    const dims = {};
    const values = {};
    slots.forEach((slot, i) => {
        dims[`w${i}`] = [slot.inputs, slot.units];
        dims[`b${i}`] = [slot.units];
        values[`w${i}`] = initial.slice(slot.kernel, slot.bias);
        values[`b${i}`] = initial.slice(slot.bias, slot.bias + slot.units);
    });
    const moments = adam ? graph.parameters.flatMap((p) => [`${p}_m`, `${p}_v`]) : [];
    for (const name of moments)
        values[name] = new Float32Array(values[name.slice(0, -2)].length);
    const state = [...graph.parameters, ...moments];
    const shapeOf = (name) => dims[name.replace(/_(m|v)$/, '')];
    // Running β1ᵗ and β2ᵗ as float32 products, as TF.js keeps them.
    let powers = [Math.fround(ADAM.beta1), Math.fround(ADAM.beta2)];
    let lossSum = 0;
    const scalar = (value) => new ort.Tensor('float32', Float32Array.of(value), []);
    const classes = shape.outputs;
    const dropoutScale = 1 / (1 - shape.dropout);
    const masks = shape.hidden.map((units) => (shape.dropout > 0 ? new Float32Array(settings.batchSize * units) : undefined));
    return {
        async step(batch, stepSeed) {
            const rows = batch.rows;
            const y = batch.y.subarray(0, rows);
            const feeds = {
                x: new ort.Tensor('float32', batch.x.subarray(0, rows * shape.inputSize), [rows, shape.inputSize]),
                labels: new ort.Tensor('float32', settings.task === 'multiclass-classification' ? oneHot(y, rows, classes) : y, [rows, classes]),
                inv_rows: scalar(1 / rows),
                lr: scalar(settings.learningRate),
            };
            if (batch.weights)
                feeds.weights = new ort.Tensor('float32', batch.weights.subarray(0, rows), [rows, 1]);
            shape.hidden.forEach((units, i) => {
                const mask = masks[i];
                if (!mask)
                    return;
                // Inverted dropout: keep with probability 1 − rate, scaled by 1/(1 − rate).
                const live = mask.subarray(0, rows * units);
                (0,stats_random/* fillDropoutMask */.df)(live, (0,stats_random/* deriveSeed */.B7)(stepSeed, i), shape.dropout, dropoutScale);
                feeds[`mask${i}`] = new ort.Tensor('float32', live, [rows, units]);
            });
            if (adam) {
                feeds.bias1 = scalar(1 - powers[0]);
                feeds.bias2 = scalar(1 - powers[1]);
            }
            for (const name of state)
                feeds[name] = new ort.Tensor('float32', values[name], shapeOf(name));
            const out = await stepSession.run(feeds);
            lossSum += out.loss_sum.data[0];
            for (const name of state)
                values[name] = out[`${name}_next`].data;
            if (adam)
                powers = [Math.fround(powers[0] * ADAM.beta1), Math.fround(powers[1] * ADAM.beta2)];
        },
        async takeLossSum() {
            const sum = lossSum;
            lossSum = 0;
            return sum;
        },
        async predict(split) {
            const out = new Float32Array(split.rows * classes);
            const weights = {};
            for (const name of graph.parameters)
                weights[name] = new ort.Tensor('float32', values[name], dims[name]);
            for (let start = 0; start < split.rows; start += PREDICT_ROWS) {
                const rows = Math.min(PREDICT_ROWS, split.rows - start);
                const x = new ort.Tensor('float32', split.x.subarray(start * shape.inputSize, (start + rows) * shape.inputSize), [
                    rows,
                    shape.inputSize,
                ]);
                const result = await predictSession.run({ x, ...weights });
                out.set(result.outputs.data, start * classes);
            }
            return out;
        },
        readWeights() {
            return graph.parameters.map((name) => Array.from(values[name]));
        },
        async saveOptimizer() {
            if (!adam)
                return { optimizer: [], adamPowers: undefined };
            return { optimizer: moments.map((name) => ({ name, shape: shapeOf(name), data: Array.from(values[name]) })), adamPowers: powers };
        },
        async restore(resume) {
            graph.parameters.forEach((name, k) => (values[name] = Float32Array.from(resume.weights[k])));
            for (const saved of resume.optimizer)
                if (saved.name in values)
                    values[saved.name] = Float32Array.from(saved.data);
            if (resume.adamPowers)
                powers = resume.adamPowers;
        },
        async dispose() {
            await stepSession.release();
            await predictSession.release();
        },
    };
}

;// CONCATENATED MODULE: ./shared/train/random.ts

/** Glorot (Xavier) uniform, as Keras initialises Dense kernels, from the suite's seeded generator. */
function glorotUniform(fanIn, fanOut, seed) {
    const random = (0,stats_random/* seededRandom */.Is)(seed);
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    const out = new Float32Array(fanIn * fanOut);
    for (let i = 0; i < out.length; i++)
        out[i] = (random() * 2 - 1) * limit;
    return out;
}

;// CONCATENATED MODULE: ./shared/train/tfjs-kernel.ts


/**
 * Adam's setWeights() recomputes beta^t with pow(), which differs in the last float32 bits from
 * the running product it keeps while training; a resumed run would drift from an uninterrupted
 * one. Saving and restoring the running products (private fields of tfjs-core's AdamOptimizer)
 * keeps a resumed run bit-identical.
 */
async function adamPowers(optimizer) {
    const adam = optimizer;
    if (!adam.accBeta1 || !adam.accBeta2)
        return undefined;
    return [(await adam.accBeta1.data())[0], (await adam.accBeta2.data())[0]];
}
function restoreAdamPowers(tf, optimizer, powers) {
    const adam = optimizer;
    if (!powers || !adam.accBeta1 || !adam.accBeta2)
        return;
    adam.accBeta1.assign(tf.scalar(powers[0]));
    adam.accBeta2.assign(tf.scalar(powers[1]));
}
/** Each layer's kernel and bias as views (slices) of the flat parameter vector. */
function layerPieces(tf, slots, flat) {
    return slots.map((slot) => ({
        kernel: tf.reshape(tf.slice(flat, slot.kernel, slot.inputs * slot.units), [slot.inputs, slot.units]),
        bias: tf.slice(flat, slot.bias, slot.units),
    }));
}
/**
 * One step's mean loss as a function of the flat parameters, with its gradient written out:
 * d(loss)/d(logits) is (p − y) for sigmoid and softmax cross-entropy and 2(z − y) for squared
 * error. `weights` (rows × 1) are class weights; `labels` are one-hot for multiclass.
 */
function stepLoss(tf, shape, task, params, x, labels, weights, stepSeed) {
    const { slots } = layout(shape);
    const rows = x.shape[0];
    const pieces = (flat) => layerPieces(tf, slots, flat);
    return tf.customGrad(((flat, save) => {
        const layers = pieces(flat);
        const inputs = [];
        const masks = [];
        let h = x;
        layers.forEach((layer, i) => {
            const last = i === layers.length - 1;
            inputs.push(h);
            // TF.js fuses only a linear activation while a gradient is being recorded; relu is its own op.
            const preActivation = tf.fused.matMul({ a: h, b: layer.kernel, bias: layer.bias });
            const z = last ? preActivation : tf.relu(preActivation);
            let mask;
            if (!last && shape.dropout > 0) {
                // Inverted dropout with a seeded mask: keep with probability 1 − rate, scale by 1/(1 − rate).
                const keep = tf.step(tf.sub(tf.randomUniform(z.shape, 0, 1, 'float32', (0,stats_random/* deriveSeed */.B7)(stepSeed, i)), shape.dropout));
                mask = tf.mul(keep, 1 / (1 - shape.dropout));
            }
            masks.push(mask);
            h = mask ? tf.mul(z, mask) : z;
        });
        const logits = h;
        let perSample;
        let dLogits;
        if (task === 'binary-classification') {
            // Stable sigmoid cross-entropy: max(z, 0) − z·y + log(1 + e^−|z|).
            perSample = tf.add(tf.sub(tf.relu(logits), tf.mul(logits, labels)), tf.log1p(tf.exp(tf.neg(tf.abs(logits)))));
            dLogits = tf.sub(tf.sigmoid(logits), labels);
        }
        else if (task === 'multiclass-classification') {
            const logProbabilities = tf.logSoftmax(logits);
            perSample = tf.neg(tf.sum(tf.mul(labels, logProbabilities), 1, true));
            dLogits = tf.sub(tf.exp(logProbabilities), labels);
        }
        else {
            const difference = tf.sub(logits, labels);
            perSample = tf.square(difference);
            dLogits = tf.mul(difference, 2);
        }
        if (weights) {
            perSample = tf.mul(perSample, weights);
            dLogits = tf.mul(dLogits, weights);
        }
        const loss = tf.div(tf.sum(perSample), rows);
        // save() clones each tensor (one Identity kernel apiece), so only what the backward pass
        // reads: each layer's input also gives the previous layer's ReLU derivative (step(z·mask) is
        // step(z) wherever the mask keeps a unit, and the mask zeroes the rest anyway).
        const n = layers.length;
        save([
            dLogits,
            ...inputs,
            ...layers.slice(1).map((layer) => layer.kernel),
            ...masks.filter((m) => m !== undefined),
        ]);
        return {
            value: loss,
            gradFunc: (dy, saved) => {
                const savedInputs = saved.slice(1, 1 + n);
                const savedKernels = [undefined, ...saved.slice(1 + n, 2 * n)];
                const savedMasks = saved.slice(2 * n);
                let g = tf.mul(saved[0], tf.div(dy, rows));
                const grads = new Array(2 * n);
                for (let i = n - 1; i >= 0; i--) {
                    grads[2 * i] = tf.reshape(tf.matMul(tf.transpose(savedInputs[i]), g), [-1]);
                    grads[2 * i + 1] = tf.sum(g, 0);
                    if (i === 0)
                        break;
                    let dh = tf.matMul(g, tf.transpose(savedKernels[i]));
                    // Masks exist for every hidden layer or for none (dropout is one rate for all).
                    if (savedMasks.length)
                        dh = tf.mul(dh, savedMasks[i - 1]);
                    g = tf.mul(dh, tf.step(savedInputs[i]));
                }
                return [tf.concat(grads)];
            },
        };
    }))(params);
}
/**
 * The TF.js kernel. Small models are dispatch-bound, so one step is one custom-gradient op over
 * a single flat parameter vector (see stepLoss): a fused matMul+bias+relu forward, plain matMuls
 * with explicit transposes backward (the wasm backend runs transposeA/transposeB products on a
 * slow generic path: 1 GFLOP/s against 11.7 for 4096×512·512×512), and Adam updating one
 * variable instead of one per weight. About 45 ops a step instead of about 110.
 */
function tfjsKernel(tf, shape, settings, initial) {
    const { slots, size } = layout(shape);
    const params = tf.variable(tf.tensor1d(initial));
    const optimizer = settings.optimizer === 'adam' ? tf.train.adam(settings.learningRate) : tf.train.sgd(settings.learningRate);
    const classes = shape.outputs;
    let total = tf.scalar(0);
    const labelsTensor = (y, rows) => {
        if (settings.task !== 'multiclass-classification')
            return tf.tensor2d(y, [rows, 1]);
        return tf.tensor2d(oneHot(y, rows, classes), [rows, classes]);
    };
    /** Logits for inference (no dropout). */
    const logitsOf = (x) => {
        const layers = layerPieces(tf, slots, params);
        let h = x;
        layers.forEach((layer, i) => {
            h = tf.fused.matMul({
                a: h,
                b: layer.kernel,
                bias: layer.bias,
                activation: i === layers.length - 1 ? 'linear' : 'relu',
            });
        });
        return h;
    };
    return {
        step(batch, stepSeed) {
            const rows = batch.rows;
            const next = tf.tidy(() => {
                const x = tf.tensor2d(batch.x.subarray(0, rows * shape.inputSize), [rows, shape.inputSize]);
                const labels = labelsTensor(batch.y.subarray(0, rows), rows);
                const weights = batch.weights ? tf.tensor2d(batch.weights.subarray(0, rows), [rows, 1]) : undefined;
                const cost = optimizer.minimize(() => stepLoss(tf, shape, settings.task, params, x, labels, weights, stepSeed), true, [params]);
                return tf.add(total, tf.mul(cost, rows));
            });
            total.dispose();
            total = next;
        },
        async takeLossSum() {
            const sum = (await total.data())[0];
            total.dispose();
            total = tf.scalar(0);
            return sum;
        },
        // Reads go through data(), never dataSync(): on WebGPU a synchronous read needs an
        // OffscreenCanvas, which Node does not have.
        async predict(split) {
            const out = new Float32Array(split.rows * classes);
            const chunk = 8192;
            for (let start = 0; start < split.rows; start += chunk) {
                const rows = Math.min(chunk, split.rows - start);
                const values = tf.tidy(() => {
                    const logits = logitsOf(tf.tensor2d(split.x.subarray(start * shape.inputSize, (start + rows) * shape.inputSize), [rows, shape.inputSize]));
                    if (settings.task === 'binary-classification')
                        return tf.sigmoid(logits);
                    if (settings.task === 'multiclass-classification')
                        return tf.softmax(logits);
                    return logits;
                });
                out.set((await values.data()), start * classes);
                values.dispose();
            }
            return out;
        },
        async readWeights() {
            const flat = (await params.data());
            return slots.flatMap((slot) => [
                Array.from(flat.subarray(slot.kernel, slot.bias)),
                Array.from(flat.subarray(slot.bias, slot.bias + slot.units)),
            ]);
        },
        async saveOptimizer() {
            const weights = await optimizer.getWeights();
            return {
                optimizer: await Promise.all(weights.map(async (w) => ({ name: w.name, shape: w.tensor.shape, data: Array.from((await w.tensor.data())) }))),
                adamPowers: await adamPowers(optimizer),
            };
        },
        async restore(state) {
            params.assign(tf.tensor1d(flatten(state.weights, size)));
            if (state.optimizer.length > 0)
                await optimizer.setWeights(state.optimizer.map((w) => ({ name: w.name, tensor: tf.tensor(w.data, w.shape) })));
            restoreAdamPowers(tf, optimizer, state.adamPowers);
        },
        dispose() {
            total.dispose();
            params.dispose();
            optimizer.dispose();
        },
    };
}

;// CONCATENATED MODULE: ./shared/train/fit.ts








/**
 * Trains a dense network with a hand-written loop: seeded initialisers, a seeded shuffle per
 * epoch and seeded dropout, so a re-run with the same seed and backend gives the same weights.
 * The engine supplies the kernel: TF.js (one custom-gradient op per step, see tfjs-kernel.ts) or
 * onnxruntime (the whole step as one native ONNX graph, see onnx-kernel.ts).
 */
async function fitNetwork(engine, shape, settings, train, validation, hooks = {}) {
    const { slots, size } = layout(shape);
    const initial = new Float32Array(size);
    slots.forEach((slot, layer) => initial.set(glorotUniform(slot.inputs, slot.units, (0,stats_random/* deriveSeed */.B7)(settings.seed, 1, layer)), slot.kernel));
    const kernel = engine.kind === 'onnxruntime' ? await onnxKernel(engine, shape, settings, initial) : tfjsKernel(engine.tf, shape, settings, initial);
    try {
        return await trainingLoop(kernel, shape, settings, train, validation, hooks);
    }
    finally {
        await kernel.dispose();
    }
}
/** The direction of the early-stopping metric; a name the trainer cannot place is the user's to fix. */
function monitorDirection(monitor) {
    try {
        return (0,definitions/* trainingMetricDirection */.Ci)(monitor);
    }
    catch {
        throw new errors/* UserError */.yo(`training.early_stopping.monitor is "${monitor}", which is not a metric the trainer reports (loss, accuracy, auc, rmse, mae or r2, with val_ for the validation split).`);
    }
}
async function trainingLoop(kernel, shape, settings, train, validation, hooks) {
    const { slots } = layout(shape);
    const scale = settings.targetScale?.std ?? 1;
    const monitorDefault = validation ? 'val_loss' : 'loss';
    const monitor = settings.earlyStopping
        ? validation || !settings.earlyStopping.monitor.startsWith('val_')
            ? settings.earlyStopping.monitor
            : 'loss'
        : monitorDefault;
    const higherIsBetter = monitorDirection(monitor) === 'higher';
    const better = (a, b) => higherIsBetter ? a > b + (settings.earlyStopping?.minDelta ?? 0) : a < b - (settings.earlyStopping?.minDelta ?? 0);
    const classes = shape.outputs;
    let state = { epoch: 0, weights: [], optimizer: [], history: {}, best: null, wait: 0, stopped: false };
    if (hooks.resume) {
        state = hooks.resume;
        await kernel.restore(state);
    }
    const evaluate = async (split) => {
        const outputs = await kernel.predict(split);
        if (settings.task === 'regression') {
            const mean = settings.targetScale?.mean ?? 0;
            return taskMetrics('regression', Array.from(split.y, (y) => y * scale + mean), Array.from(outputs, (p) => p * scale + mean));
        }
        return taskMetrics(settings.task, split.y, outputs, classes);
    };
    const batch = {
        x: new Float32Array(settings.batchSize * shape.inputSize),
        y: new Float32Array(settings.batchSize),
        weights: settings.classWeights ? new Float32Array(settings.batchSize) : undefined,
        rows: 0,
    };
    for (let epoch = state.epoch; epoch < settings.epochs && !state.stopped; epoch++) {
        const order = (0,stats_random/* shuffledIndices */.FF)(train.rows, (0,stats_random/* deriveSeed */.B7)(settings.seed, 2, epoch));
        for (let start = 0, step = 0; start < train.rows; start += settings.batchSize, step++) {
            const rows = Math.min(settings.batchSize, train.rows - start);
            for (let k = 0; k < rows; k++) {
                const row = order[start + k];
                batch.x.set(train.x.subarray(row * shape.inputSize, (row + 1) * shape.inputSize), k * shape.inputSize);
                batch.y[k] = train.y[row];
                if (batch.weights)
                    batch.weights[k] = settings.classWeights[train.y[row]];
            }
            batch.rows = rows;
            await kernel.step(batch, (0,stats_random/* deriveSeed */.B7)(settings.seed, 3, epoch, step));
        }
        hooks.onEpochSteps?.(epoch + 1);
        const logs = { loss: ((await kernel.takeLossSum()) / train.rows) * scale * scale };
        if (validation)
            for (const [name, value] of Object.entries(await evaluate(validation)))
                logs[`val_${name}`] = value;
        for (const [name, value] of Object.entries(logs))
            (state.history[name] ??= []).push(value);
        state.epoch = epoch + 1;
        const current = logs[monitor];
        if (current === undefined) {
            throw new errors/* UserError */.yo(`training.early_stopping.monitor is "${monitor}", which this run does not report; use one of ${Object.keys(logs).join(', ')}.`);
        }
        if (state.best === null || better(current, state.best.value)) {
            state.best = {
                value: current,
                epoch: epoch + 1,
                weights: settings.earlyStopping?.restoreBestWeights ? await kernel.readWeights() : [],
            };
            state.wait = 0;
        }
        else if (settings.earlyStopping && ++state.wait >= settings.earlyStopping.patience) {
            state.stopped = true;
        }
        if (hooks.onEpoch) {
            state.weights = await kernel.readWeights();
            Object.assign(state, await kernel.saveOptimizer());
            await hooks.onEpoch(state, logs);
        }
    }
    const finalWeights = settings.earlyStopping?.restoreBestWeights && state.best?.weights.length ? state.best.weights : await kernel.readWeights();
    const layers = slots.map((slot, layer) => ({
        units: slot.units,
        activation: (layer === slots.length - 1 ? shape.outputActivation : 'relu'),
        kernel: Float32Array.from(finalWeights[2 * layer]),
        bias: Float32Array.from(finalWeights[2 * layer + 1]),
    }));
    return {
        network: { inputSize: shape.inputSize, layers },
        history: state.history,
        epochs: state.epoch,
        bestEpoch: state.best?.epoch ?? state.epoch,
        stoppedEarly: state.stopped,
    };
}

;// CONCATENATED MODULE: ./shared/train/task.ts

/** Up to this many distinct whole-number values, a numeric target is read as class labels. */
const MAX_INTEGER_CLASSES = 10;
/**
 * The task a target implies when the config does not say: two values is binary; text, or a few
 * whole numbers, is multiclass; anything else numeric is regression. Returns the reason too, for the log.
 */
function detectTask(cells) {
    const distinct = new Set();
    let numeric = true;
    let integers = true;
    for (const cell of cells) {
        if ((0,preprocessing/* isMissing */.b2)(cell))
            continue;
        const text = String(cell).trim();
        distinct.add(text);
        const value = (0,preprocessing/* parseNumber */.$J)(cell);
        if (Number.isNaN(value))
            numeric = false;
        else if (!Number.isInteger(value))
            integers = false;
    }
    if (distinct.size === 2)
        return { task: 'binary-classification', reason: `the target has two values (${[...distinct].join(', ')})` };
    if (!numeric)
        return { task: 'multiclass-classification', reason: `the target is text with ${distinct.size} values` };
    if (integers && distinct.size <= MAX_INTEGER_CLASSES)
        return { task: 'multiclass-classification', reason: `the target has ${distinct.size} whole-number values` };
    return { task: 'regression', reason: `the target is numeric with ${distinct.size} distinct values` };
}

;// CONCATENATED MODULE: ./shared/train/trainer.ts









function requireColumn(table, name, role) {
    if (table.values.has(name))
        return;
    const hint = (0,suggest/* closest */.k)(name, table.columns);
    throw new errors/* UserError */.yo(`${role} column "${name}" is not in the data${hint ? ` (did you mean "${hint}"?)` : ''}. Columns: ${table.columns.join(', ')}.`);
}
/** Picks target, features and task from the config and the data, with clear errors for what does not fit. */
function planTraining(config, table) {
    const target = config.target;
    if (!target)
        throw new errors/* UserError */.yo('no target column: set `target:` in the config or the `target` input.');
    requireColumn(table, target, 'target');
    for (const name of [...(config.features.include ?? []), ...config.features.exclude, ...config.features.categorical])
        requireColumn(table, name, 'feature');
    const features = (config.features.include ?? table.columns).filter((name) => name !== target && !config.features.exclude.includes(name));
    if (features.length === 0)
        throw new errors/* UserError */.yo('no feature columns are left after features.include/exclude and the target.');
    const cells = table.values.get(target);
    const kept = [];
    for (let i = 0; i < table.rows; i++)
        if (cells[i] !== null)
            kept.push(i);
    if (kept.length === 0)
        throw new errors/* UserError */.yo(`target column "${target}" is empty in every row.`);
    const distinct = new Set(kept.map((i) => cells[i].trim()));
    if (distinct.size < 2)
        throw new errors/* UserError */.yo(`target column "${target}" is constant (every row is "${[...distinct][0]}"): there is nothing to learn.`);
    const detected = detectTask(kept.map((i) => cells[i]));
    const task = config.task ?? detected.task;
    if (config.model.type === 'linear' && task !== 'regression')
        throw new errors/* UserError */.yo(`model linear is for regression, but the task is ${task}; use model: logistic (or mlp).`);
    if (config.model.type === 'logistic' && task === 'regression')
        throw new errors/* UserError */.yo('model logistic is for classification, but the task is regression; use model: linear (or mlp).');
    return {
        target,
        features,
        task,
        taskReason: config.task ? 'set in the config' : detected.reason,
        rows: Int32Array.from(kept),
        droppedRows: table.rows - kept.length,
    };
}
/** Trainable parameters of the configured network on this data, for the backend choice (before training). */
function estimateParameters(config, table, plan) {
    const spec = (0,preprocessing/* fitPreprocessing */.gc)(table, {
        features: plan.features,
        target: plan.target,
        task: plan.task,
        categorical: config.features.categorical,
        maxCategories: config.maxCategories,
        positiveClass: config.positiveClass,
        rows: plan.rows,
        locate: table.locate,
    });
    return parameterCount(networkShape(config, spec));
}
function networkShape(config, spec) {
    const task = spec.target.task;
    const outputs = task === 'multiclass-classification' ? spec.target.classes.length : 1;
    return {
        inputSize: spec.inputSize,
        hidden: config.model.type === 'mlp' ? config.model.hidden : [],
        outputs,
        outputActivation: task === 'binary-classification' ? 'sigmoid' : task === 'multiclass-classification' ? 'softmax' : 'linear',
        dropout: config.model.type === 'mlp' ? config.model.dropout : 0,
    };
}
function classWeights(config, spec, y) {
    const setting = config.training.classWeight;
    const classes = spec.target.classes;
    if (!setting || !classes)
        return undefined;
    const weights = new Float32Array(classes.length);
    if (setting === 'balanced') {
        // sklearn's compute_class_weight('balanced'): n_samples / (n_classes * count(class)).
        const counts = new Float64Array(classes.length);
        for (const label of y)
            counts[label]++;
        for (let c = 0; c < classes.length; c++)
            weights[c] = counts[c] > 0 ? y.length / (classes.length * counts[c]) : 0;
        return weights;
    }
    for (let c = 0; c < classes.length; c++)
        weights[c] = setting[classes[c]] ?? 1;
    for (const label of Object.keys(setting)) {
        if (!classes.includes(label))
            throw new errors/* UserError */.yo(`training.class_weight names the class "${label}", which the target does not have (classes: ${classes.join(', ')}).`);
    }
    return weights;
}
function fitSettings(config, spec, seed, weights) {
    return {
        task: spec.target.task,
        epochs: config.training.epochs,
        batchSize: config.training.batchSize,
        learningRate: config.training.learningRate,
        optimizer: config.training.optimizer,
        earlyStopping: config.training.earlyStopping,
        classWeights: weights,
        targetScale: spec.target.task === 'regression' ? { mean: spec.target.mean, std: spec.target.std } : undefined,
        seed,
    };
}
/**
 * Regression trains on the standardized target; folding the inverse transform into the last
 * layer makes the packaged network predict in the target's units, so serving needs nothing else.
 */
function unstandardizeOutput(network, mean, std) {
    const last = network.layers[network.layers.length - 1];
    for (let i = 0; i < last.kernel.length; i++)
        last.kernel[i] *= std;
    for (let i = 0; i < last.bias.length; i++)
        last.bias[i] = last.bias[i] * std + mean;
}
/** Final metrics from the packaged network run in plain JS, exactly as evaluate and serving will run it. */
function finalMetrics(spec, network, table, rows) {
    const x = (0,preprocessing/* applyPreprocessing */.JZ)(spec, table, { rows, locate: table.locate });
    const outputs = (0,model_network/* predictNetwork */.k)(network, x, rows.length);
    const y = (0,preprocessing/* encodeTarget */.Ao)(spec.target, table, { rows, locate: table.locate });
    if (spec.target.task === 'regression') {
        const { mean, std } = spec.target;
        return taskMetrics('regression', Array.from(y, (v) => v * std + mean), outputs);
    }
    return taskMetrics(spec.target.task, y, outputs, network.layers[network.layers.length - 1].units);
}
async function trainOnRows(engine, config, plan, table, split, seed, hooks) {
    if (split.train.length === 0)
        throw new errors/* UserError */.yo('no training rows are left after the validation split; use more data or a smaller validation_split.');
    const spec = (0,preprocessing/* fitPreprocessing */.gc)(table, {
        features: plan.features,
        target: plan.target,
        task: plan.task,
        categorical: config.features.categorical,
        maxCategories: config.maxCategories,
        positiveClass: config.positiveClass,
        rows: split.train,
        locate: table.locate,
    });
    const toSplit = (rows) => ({
        x: (0,preprocessing/* applyPreprocessing */.JZ)(spec, table, { rows, locate: table.locate }),
        y: (0,preprocessing/* encodeTarget */.Ao)(spec.target, table, { rows, locate: table.locate }),
        rows: rows.length,
    });
    const train = toSplit(split.train);
    const validation = split.validation.length > 0 ? toSplit(split.validation) : undefined;
    const shape = networkShape(config, spec);
    const result = await fitNetwork(engine, shape, fitSettings(config, spec, seed, classWeights(config, spec, train.y)), train, validation, hooks);
    if (spec.target.task === 'regression')
        unstandardizeOutput(result.network, spec.target.mean, spec.target.std);
    return { spec, shape, result };
}
/**
 * The built-in trainer: optional k-fold cross-validation (mean and std of each validation
 * metric), then the model itself on a seeded train/validation split.
 */
async function trainFromConfig(engine, config, table, options) {
    const plan = planTraining(config, table);
    const log = options.log ?? (() => { });
    log(`task: ${plan.task} (${plan.taskReason}); target: ${plan.target}; ${plan.features.length} features; ${plan.rows.length} rows${plan.droppedRows ? ` (${plan.droppedRows} rows without a target dropped)` : ''}`);
    const order = (0,stats_random/* shuffledIndices */.FF)(plan.rows.length, (0,stats_random/* deriveSeed */.B7)(options.seed, 10));
    const shuffled = Int32Array.from(order, (i) => plan.rows[i]);
    const metrics = {};
    const folds = config.training.cvFolds;
    if (folds >= 2) {
        if (folds > shuffled.length)
            throw new errors/* UserError */.yo(`training.cv_folds is ${folds} but there are only ${shuffled.length} rows.`);
        const foldMetrics = [];
        for (let fold = 0; fold < folds; fold++) {
            const start = Math.floor((fold * shuffled.length) / folds);
            const end = Math.floor(((fold + 1) * shuffled.length) / folds);
            const validation = shuffled.slice(start, end);
            const train = Int32Array.from([...shuffled.slice(0, start), ...shuffled.slice(end)]);
            const { spec, result } = await trainOnRows(engine, config, plan, table, { train, validation }, (0,stats_random/* deriveSeed */.B7)(options.seed, 20, fold), {});
            const scores = finalMetrics(spec, result.network, table, validation);
            foldMetrics.push(Object.fromEntries(Object.entries(scores).map(([name, value]) => [`val_${name}`, value])));
            log(`cv fold ${fold + 1}/${folds}: ${Object.entries(scores)
                .map(([name, value]) => `val_${name}=${value.toFixed(4)}`)
                .join(' ')}`);
        }
        Object.assign(metrics, summarizeFolds(foldMetrics));
    }
    const validationRows = Math.floor(shuffled.length * config.training.validationSplit);
    const split = {
        train: shuffled.slice(0, shuffled.length - validationRows),
        validation: shuffled.slice(shuffled.length - validationRows),
    };
    const { spec, shape, result } = await trainOnRows(engine, config, plan, table, split, options.seed, options.hooks ?? {});
    Object.assign(metrics, finalMetrics(spec, result.network, table, split.train));
    if (split.validation.length > 0) {
        for (const [name, value] of Object.entries(finalMetrics(spec, result.network, table, split.validation)))
            metrics[`val_${name}`] = value;
    }
    return {
        plan,
        preprocessing: spec,
        network: result.network,
        metrics,
        history: result.history,
        epochs: result.epochs,
        bestEpoch: result.bestEpoch,
        stoppedEarly: result.stoppedEarly,
        parameters: parameterCount(shape),
        trainRows: split.train.length,
        validationRows: split.validation.length,
    };
}


/***/ })

};
