export const id = 584;
export const ids = [584];
export const modules = {

/***/ 88783:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WO: () => (/* binding */ NULL_MARKERS),
/* harmony export */   YR: () => (/* binding */ hashNumber),
/* harmony export */   ej: () => (/* binding */ combineHash),
/* harmony export */   ke: () => (/* binding */ parseNumberText),
/* harmony export */   oX: () => (/* binding */ parseNumberBytes),
/* harmony export */   qj: () => (/* binding */ hashText),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/** pandas' default `na_values`: cells read as missing. */
const NULL_MARKERS = new Set([
    '',
    '#N/A',
    '#N/A N/A',
    '#NA',
    '-1.#IND',
    '-1.#QNAN',
    '-NaN',
    '-nan',
    '1.#IND',
    '1.#QNAN',
    '<NA>',
    'N/A',
    'NA',
    'NULL',
    'NaN',
    'None',
    'n/a',
    'nan',
    'null',
]);
const POW10 = Array.from({ length: 23 }, (_, i) => 10 ** i);
const DECIMAL = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
/** Parses a decimal number from bytes without making a string on the common path. */
function parseNumberBytes(buf, start, end, out) {
    let i = start;
    let negative = false;
    const first = buf[i];
    if (first === 45 /* - */) {
        negative = true;
        i++;
    }
    else if (first === 43 /* + */)
        i++;
    let mantissa = 0;
    let digits = 0;
    let fraction = 0;
    let dot = false;
    // Integer digits, then (after a point) fraction digits: two tight loops. A 16th digit stops either.
    for (; i < end; i++) {
        const c = buf[i];
        if (c < 48 || c > 57 || digits === 15)
            break;
        mantissa = mantissa * 10 + (c - 48);
        digits++;
    }
    if (i < end && buf[i] === 46 /* . */) {
        dot = true;
        for (i++; i < end; i++) {
            const c = buf[i];
            if (c < 48 || c > 57 || digits === 15)
                break;
            mantissa = mantissa * 10 + (c - 48);
            digits++;
            fraction++;
        }
    }
    if (i < end) {
        // Only an exponent, surrounding spaces or a long mantissa need the exact slow path.
        const c = buf[i];
        if (!(c >= 48 && c <= 57) && c !== 101 && c !== 69 && c !== 32 && c !== 9)
            return NaN;
        // An exponent needs a digit before it (text such as "enterprise" is not a number).
        if ((c === 101 || c === 69) && digits === 0)
            return NaN;
    }
    if (i === end && digits > 0) {
        out.integer = !dot;
        // Both operands are exact doubles (mantissa < 2^53, 10^fraction ≤ 10^22), so one division rounds correctly.
        const value = fraction ? mantissa / POW10[fraction] : mantissa;
        return negative ? -value : value;
    }
    return parseNumberText(Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1'), out);
}
function parseNumberText(text, out) {
    if (!DECIMAL.test(text))
        return NaN;
    out.integer = !/[.eE]/.test(text);
    return Number(text);
}
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/** Two 32-bit lanes mixed into one 53-bit hash. */
function combineHash(h1, h2) {
    const a = fmix32(h1);
    const b = fmix32(h2 ^ a);
    return (a & 0x1fffff) * 0x100000000 + b;
}
/** 53-bit hash of a double's bits (−0 and 0 agree). */
function hashNumber(value) {
    f64[0] = value === 0 ? 0 : value;
    const lo = u32[0];
    const hi = u32[1];
    const a = fmix32(Math.imul(lo ^ 0x9e3779b9, 0xcc9e2d51) ^ hi);
    const b = fmix32(Math.imul(hi ^ 0x7f4a7c15, 0x1b873593) + lo);
    return (a & 0x1fffff) * 0x100000000 + b;
}
/** 53-bit hash of a byte range: two MurmurHash3-style 32-bit lanes over 4-byte blocks, then mixed. */
function hashBytes(buf, start, end, seed = 0) {
    let h1 = 0x811c9dc5 ^ seed;
    let h2 = 0x5bd1e995 ^ seed;
    let i = start;
    for (const stop = end - 3; i < stop; i += 4) {
        let k = buf[i] | (buf[i + 1] << 8) | (buf[i + 2] << 16) | (buf[i + 3] << 24);
        k = Math.imul(k, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        k = Math.imul(k, 0x1b873593);
        h1 ^= k;
        h1 = (h1 << 13) | (h1 >>> 19);
        h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
        h2 = Math.imul(h2 ^ k, 0x01000193) ^ (h2 >>> 15);
    }
    let tail = 0;
    for (let shift = 0; i < end; i++, shift += 8)
        tail |= buf[i] << shift;
    h1 ^= Math.imul(tail, 0xcc9e2d51);
    h2 = Math.imul(h2 ^ tail, 0x5bd1e995);
    const a = fmix32(h1 ^ (end - start));
    const b = fmix32(h2 ^ a);
    return (a & 0x1fffff) * 0x100000000 + b;
}
const encoder = new TextEncoder();
/** 53-bit hash of a string's UTF-8 bytes, equal to `hashBytes` over the same bytes. */
function hashText(text, seed = 0) {
    const bytes = encoder.encode(text);
    return hashBytes(bytes, 0, bytes.length, seed);
}


/***/ }),

/***/ 17986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SERVE_HELP: () => (/* binding */ SERVE_HELP),
/* harmony export */   runServeCli: () => (/* binding */ runServeCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16317);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63643);
/* harmony import */ var _registry_resolve_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(35592);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8126);
/* harmony import */ var _runtime_io_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1461);
/* harmony import */ var _serve_index_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(76342);








const SERVE_HELP = `Usage: mlops serve <package folder | name@alias | name/vN> [flags]

Serves a model package over HTTP: the Open Inference Protocol v2 (/v2/...), TensorFlow Serving
REST (/v1/models/...:predict) and /predict, with dynamic batching and /metrics. The package is
verified (sha256 of every file) before it loads. A registry reference is downloaded and verified
first (needs GITHUB_TOKEN and GITHUB_REPOSITORY). Binds 127.0.0.1 unless --host says otherwise;
a bearer token is read from MLOPS_SERVE_TOKEN. SIGTERM drains and exits.

Flags: --host --port --name --version --max-batch-size --max-wait-ms --max-concurrent-calls
--no-batching --queue-limit --request-timeout-ms --body-limit-bytes --prediction-log PATH
--prediction-log-max-bytes --prediction-log-files --token-env NAME --control SOCKET
`;
/** `mlops serve …`: resolves a registry reference to a verified folder, then runs the service until a signal stops it. */
async function runServeCli(argv, env) {
    if (argv.includes('--help') || argv.includes('-h')) {
        process.stdout.write(SERVE_HELP);
        return 0;
    }
    const io = (0,_runtime_io_js__WEBPACK_IMPORTED_MODULE_6__/* .createCliIO */ .xe)();
    try {
        const options = (0,_serve_index_js__WEBPACK_IMPORTED_MODULE_7__/* .parseServeArgs */ .aH)(argv, env);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(options.package))) {
            const token = env.GITHUB_TOKEN || env.GH_TOKEN;
            const context = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_3__/* .readRunContext */ .$)(env);
            if (!token || !context.owner || !context.repo) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`${options.package} is not a folder; to serve a registered version set GITHUB_TOKEN and GITHUB_REPOSITORY=owner/name.`, 'package');
            }
            io.setSecret(token);
            const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_2__/* .createGitHubClient */ .LX)({ token, apiUrl: context.apiUrl, env, io });
            const resolved = await (0,_registry_resolve_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveModel */ .AX)(options.package, {
                client,
                repository: { owner: context.owner, repo: context.repo },
                io,
                env,
                input: 'package',
            });
            options.package = resolved.dir;
            options.name ??= resolved.name;
            options.version ??= resolved.version !== undefined ? String(resolved.version) : undefined;
        }
        const service = await (0,_serve_index_js__WEBPACK_IMPORTED_MODULE_7__/* .serveMain */ .Z)(options);
        io.info(`mlops serve: ${service.model.name} ${service.model.version} at ${service.url}`);
        return 0;
    }
    catch (error) {
        if (!(0,_runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isUserError */ .iU)(error))
            throw error;
        process.stderr.write(`mlops serve: ${error.message}\n`);
        return error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz ? 2 : 1;
    }
}


/***/ })

};
