export const id = 362;
export const ids = [362];
export const modules = {

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
/* harmony export */   aD: () => (/* binding */ loadOnnxRuntime),
/* harmony export */   zX: () => (/* binding */ onnxRuntimePackageDir)
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
/** The folder of the onnxruntime-node installation the suite would load, for copying it beside a long-lived service. */
function onnxRuntimePackageDir(env = process.env, cwd = process.cwd()) {
    for (const base of onnxRuntimeSearchPaths(env, cwd)) {
        const direct = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'package.json')) && base.endsWith(PACKAGE) ? base : undefined;
        try {
            const manifest = (0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, 'noop.js')).resolve(`${direct ?? PACKAGE}/package.json`);
            return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(manifest);
        }
        catch { }
    }
    return undefined;
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


/***/ })

};
