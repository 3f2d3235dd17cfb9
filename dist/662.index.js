export const id = 662;
export const ids = [662];
export const modules = {

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

/***/ 47630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ extractArchive),
/* harmony export */   US: () => (/* binding */ DEFAULT_PART_SIZE),
/* harmony export */   jG: () => (/* binding */ packDirectory)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var tar_stream__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(56118);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8126);










/**
 * GitHub refuses release assets of 2 GiB or more; parts stay under 2 GB (decimal), which is
 * below both readings of "2 GB".
 */
const DEFAULT_PART_SIZE = 2_000_000_000;
/** Every regular file and folder under `root`, sorted, '/'-separated; a symlink is an error. */
async function listEntries(root, dir = root) {
    const out = [];
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir)).sort();
    for (const name of names) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, name);
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.relative)(root, path).split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).join('/');
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
        if (info.isSymbolicLink()) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`The model package ${root} contains a symbolic link (${rel}); registered versions hold plain files only. Replace the link with the file it points to.`);
        }
        if (info.isDirectory()) {
            out.push({ path, rel, kind: 'directory', mode: 0o755, size: 0 });
            out.push(...(await listEntries(root, path)));
        }
        else if (info.isFile()) {
            out.push({ path, rel, kind: 'file', mode: info.mode & 0o111 ? 0o755 : 0o644, size: info.size });
        }
        else {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`The model package ${root} contains ${rel}, which is neither a file nor a folder; remove it before registering.`);
        }
    }
    return out;
}
/**
 * Packs the package folder as a gzipped tar with fixed times, owners and modes (the same files
 * give the same bytes, so a re-run can recognise its own upload), split into parts of at most
 * `partSize` bytes while it is written. Entries are relative to the package root.
 */
async function packDirectory(dir, outDir, archiveName, partSize = DEFAULT_PART_SIZE) {
    if (!(partSize >= 1))
        throw new Error(`partSize must be positive, got ${partSize}`);
    const entries = await listEntries(dir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(outDir, { recursive: true });
    const whole = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let total = 0;
    const parts = [];
    let current;
    const closeCurrent = async () => {
        if (!current)
            return;
        current.stream.end();
        await (0,node_events__WEBPACK_IMPORTED_MODULE_3__.once)(current.stream, 'finish');
        parts.push({ path: current.path, size: current.size, sha256: current.hash.digest('hex') });
        current = undefined;
    };
    const openNext = () => {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, `${archiveName}.part-${String(parts.length).padStart(3, '0')}`);
        current = { stream: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path), hash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256'), size: 0, path };
        return current;
    };
    const pack = tar_stream__WEBPACK_IMPORTED_MODULE_8__.pack();
    const writing = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(pack, (0,node_zlib__WEBPACK_IMPORTED_MODULE_7__.createGzip)({ level: 6 }), async (source) => {
        for await (const chunk of source) {
            whole.update(chunk);
            total += chunk.length;
            let offset = 0;
            while (offset < chunk.length) {
                const part = current && current.size < partSize ? current : (await closeCurrent(), openNext());
                const piece = chunk.subarray(offset, offset + Math.min(partSize - part.size, chunk.length - offset));
                part.hash.update(piece);
                part.size += piece.length;
                offset += piece.length;
                if (!part.stream.write(piece))
                    await (0,node_events__WEBPACK_IMPORTED_MODULE_3__.once)(part.stream, 'drain');
            }
        }
        await closeCurrent();
    });
    const fixed = { uid: 0, gid: 0, uname: '', gname: '', mtime: new Date(0) };
    try {
        for (const entry of entries) {
            if (entry.kind === 'directory') {
                await new Promise((done, fail) => pack.entry({ ...fixed, name: `${entry.rel}/`, type: 'directory', mode: entry.mode }, (error) => (error ? fail(error) : done())));
            }
            else {
                const sink = pack.entry({ ...fixed, name: entry.rel, type: 'file', mode: entry.mode, size: entry.size });
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(entry.path), sink);
            }
        }
        pack.finalize();
        await writing;
    }
    catch (error) {
        pack.destroy();
        await writing.catch(() => undefined);
        throw error;
    }
    if (parts.length === 0)
        throw new Error('the archive came out empty');
    const named = [];
    if (parts.length === 1) {
        const only = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(outDir, archiveName);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(parts[0].path, only);
        named.push({ ...parts[0], path: only, name: archiveName });
    }
    else {
        for (const part of parts)
            named.push({ ...part, name: node_path__WEBPACK_IMPORTED_MODULE_4__.posix.basename(part.path.split(node_path__WEBPACK_IMPORTED_MODULE_4__.sep).join('/')) });
    }
    return { name: archiveName, sha256: whole.digest('hex'), size: total, parts: named };
}
/** Why an entry name or link would land outside the target folder; undefined when it stays inside. */
function escapeReason(name) {
    if (name.startsWith('/'))
        return 'it is an absolute path';
    if (/^[A-Za-z]:/.test(name))
        return 'it is an absolute Windows path';
    if (name.includes('\\'))
        return 'it contains a backslash';
    if (name.includes('\0'))
        return 'it contains a NUL character';
    if (name.split('/').includes('..'))
        return 'it contains ".."';
    return undefined;
}
function inside(root, path) {
    return path === root || path.startsWith(root.endsWith(node_path__WEBPACK_IMPORTED_MODULE_4__.sep) ? root : `${root}${node_path__WEBPACK_IMPORTED_MODULE_4__.sep}`);
}
async function* concatenate(paths) {
    for (const path of paths) {
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
            yield chunk;
    }
}
/**
 * Unpacks an archive (its parts, in order) into `targetDir`. Any entry that would be written
 * outside it (an absolute path, "..", a link pointing out) or that is not a file, folder or
 * link is refused: nothing from a hostile archive lands outside the folder.
 */
async function extractArchive(parts, targetDir, label = parts[0] ?? 'archive') {
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(targetDir);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(root, { recursive: true });
    const refuse = (entry, why) => new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .IntegrityError */ .cs(`Refusing to unpack ${label}: the entry "${entry}" would be written outside the target folder (${why}). The archive is not one the registry made; it may have been tampered with.`);
    const extract = tar_stream__WEBPACK_IMPORTED_MODULE_8__.extract();
    const feeding = (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.from(concatenate(parts)), (0,node_zlib__WEBPACK_IMPORTED_MODULE_7__.createGunzip)(), extract);
    feeding.catch(() => undefined);
    let files = 0;
    try {
        for await (const entry of extract) {
            const header = entry.header;
            const name = header.name;
            const reason = escapeReason(name);
            if (reason)
                throw refuse(name, reason);
            const clean = name
                .split('/')
                .filter((part) => part !== '' && part !== '.')
                .join('/');
            const dest = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(root, clean);
            if (!inside(root, dest))
                throw refuse(name, 'it resolves outside');
            // A link placed earlier could redirect this entry: the real parent must still be inside.
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(dest);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(parent, { recursive: true });
            if (!inside(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(root), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.realpath)(parent)))
                throw refuse(name, 'a link in its path points outside');
            switch (header.type) {
                case 'directory':
                    if (clean)
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dest, { recursive: true });
                    entry.resume();
                    break;
                case 'file':
                case 'contiguous-file':
                    if (!clean)
                        throw refuse(name, 'it has no file name');
                    await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(entry, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(dest, { mode: (header.mode ?? 0o644) & 0o111 ? 0o755 : 0o644 }));
                    files += 1;
                    break;
                case 'symlink': {
                    const target = header.linkname ?? '';
                    // ".." is fine in a link target as long as it still resolves inside the folder.
                    const linkReason = escapeReason(target.replace(/(^|\/)\.\.(?=\/|$)/g, '$1_'));
                    if (linkReason)
                        throw refuse(name, `it is a link whose target ${linkReason.replace(/^it /, '')}`);
                    if (!inside(root, (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(parent, target)))
                        throw refuse(name, `it is a link to ${target}, outside the folder`);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.symlink)(target, dest);
                    entry.resume();
                    break;
                }
                case 'link': {
                    const target = header.linkname ?? '';
                    const linkReason = escapeReason(target);
                    if (linkReason)
                        throw refuse(name, `it is a hard link whose target ${linkReason.replace(/^it /, '')}`);
                    const source = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(root, target);
                    if (!inside(root, source))
                        throw refuse(name, `it is a hard link to ${target}, outside the folder`);
                    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.copyFile)(source, dest);
                    files += 1;
                    entry.resume();
                    break;
                }
                default:
                    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`Refusing to unpack ${label}: the entry "${name}" is a ${header.type ?? 'unknown'} entry; model packages hold files, folders and links only.`);
            }
        }
        await feeding;
    }
    catch (error) {
        extract.destroy();
        if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo)
            throw error;
        const code = error.code;
        if (code === 'Z_DATA_ERROR' ||
            code === 'Z_BUF_ERROR' ||
            /unexpected end|incorrect header|invalid tar|Unexpected end/i.test(error.message)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_9__/* .UserError */ .yo(`${label} is not a complete gzipped tar archive (${error.message}); the download is damaged or the asset is not a model package.`);
        }
        throw error;
    }
    return { files };
}


/***/ }),

/***/ 23662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(16317);
// EXTERNAL MODULE: ./shared/github/context.ts
var github_context = __webpack_require__(63643);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/github/refs.ts
var refs = __webpack_require__(27356);
// EXTERNAL MODULE: ./shared/github/releases.ts
var github_releases = __webpack_require__(36856);
// EXTERNAL MODULE: ./shared/model/package.ts
var model_package = __webpack_require__(85056);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/registry/aliases.ts
var registry_aliases = __webpack_require__(4660);
// EXTERNAL MODULE: ./shared/registry/archive.ts
var archive = __webpack_require__(47630);
// EXTERNAL MODULE: ./shared/registry/card.ts
var card = __webpack_require__(33144);
;// CONCATENATED MODULE: ./shared/registry/checksums.ts
/** The SHA256SUMS asset, in the format `sha256sum -c` reads: `<hex>  <name>` per line. */
function formatSha256Sums(entries) {
    return entries.map(({ name, sha256 }) => `${sha256}  ${name}\n`).join('');
}
/** Name → sha256 from a SHA256SUMS text (binary-mode `*name` lines too); malformed lines are an error. */
function parseSha256Sums(text) {
    const sums = new Map();
    text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '')
            return;
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
        if (!match)
            throw new Error(`SHA256SUMS line ${index + 1} is not "<sha256>  <name>": ${line.slice(0, 80)}`);
        sums.set(match[2], match[1].toLowerCase());
    });
    return sums;
}

// EXTERNAL MODULE: ./shared/registry/names.ts
var names = __webpack_require__(15484);
// EXTERNAL MODULE: ./shared/github/errors.ts
var github_errors = __webpack_require__(35585);
// EXTERNAL MODULE: ./shared/registry/versions.ts
var versions = __webpack_require__(60039);
;// CONCATENATED MODULE: ./shared/registry/retention.ts






/**
 * Deletes published versions beyond the newest `keep` that no alias points at now: the release
 * (with its assets) and its tag. The newest version always survives (keep ≥ 1), so the next
 * `auto` number never reuses a deleted one. Drafts (a register in progress) are left alone, and
 * alias histories keep their entries.
 */
async function applyRetention(client, options) {
    const { owner, repo, name, keep, io } = options;
    if (!Number.isInteger(keep) || keep < 1)
        throw new Error(`keep must be a positive integer, got ${keep}`);
    const published = (0,versions/* versionReleases */.VK)(await (0,github_releases/* listReleases */.tH)(client, { owner, repo }), name).filter((v) => !v.release.draft);
    const pinned = new Set();
    for (const moves of (await (0,registry_aliases/* listAliases */.PO)(client, { owner, repo, name })).values()) {
        const current = (0,registry_aliases/* currentMove */.P6)(moves);
        if (current)
            pinned.add(current.version);
    }
    const result = { deleted: [], protectedByAlias: [] };
    for (const { version, release } of published.slice(keep)) {
        if (pinned.has(version)) {
            result.protectedByAlias.push(version);
            continue;
        }
        const tag = (0,names/* versionTag */.Vm)(name, version);
        await (0,github_errors/* describedAs */.Ke)({ what: `Deleting the release ${tag} in ${owner}/${repo} (retention)`, permission: 'contents: write' }, async () => {
            try {
                await client.rest.repos.deleteRelease({ owner, repo, release_id: release.id });
            }
            catch (error) {
                if (!(0,github_errors/* hasStatus */.Ro)(error, 404))
                    throw error;
            }
        });
        await (0,refs/* deleteRef */.jq)(client, { owner, repo, ref: `tags/${tag}` });
        result.deleted.push(version);
        io?.info(`Retention: deleted ${tag} (older than the newest ${keep}, no alias points at it).`);
    }
    return result;
}

;// CONCATENATED MODULE: ./shared/registry/register.ts
















function parseVersionInput(text) {
    const value = text.trim();
    if (value === '' || value === 'auto')
        return undefined;
    const match = /^v?([1-9]\d{0,8})$/.exec(value);
    if (!match)
        throw new errors/* InputError */.dz(`input "version" must be "auto" or a positive integer such as 3, got "${text}".`, 'version');
    return Number(match[1]);
}
/**
 * The evaluate report gate. Format (documented in the register README): a JSON object with a
 * top-level boolean `passed`; optionally `baseline.version`, the version it was compared with.
 */
async function readEvaluationGate(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new errors/* InputError */.dz(`input "require-passed": the evaluate report ${path} cannot be read (${error.code ?? error.message}). Give the path evaluate wrote.`, 'require-passed');
    }
    let report;
    try {
        report = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* FileError */.f6(`the evaluate report is not JSON (${error.message}); require-passed needs the JSON report with a "passed" field.`, path);
    }
    const passed = report?.passed;
    if (typeof passed !== 'boolean')
        throw new errors/* FileError */.f6('the evaluate report has no boolean "passed" field at the top level, so it cannot say whether the gates passed.', path);
    const baseline = report.baseline?.version;
    return { passed, baselineVersion: typeof baseline === 'number' && Number.isInteger(baseline) && baseline > 0 ? baseline : undefined };
}
async function readPackage(modelDir) {
    let info;
    try {
        info = await (0,promises_.stat)(modelDir);
    }
    catch {
        throw new errors/* InputError */.dz(`input "model-dir": ${modelDir} does not exist. Give the folder train wrote (default mlops-out/model).`, 'model-dir');
    }
    if (!info.isDirectory())
        throw new errors/* InputError */.dz(`input "model-dir": ${modelDir} is a file, not a model package folder.`, 'model-dir');
    try {
        return await (0,model_package/* readModelPackage */.As)(modelDir);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo && !(error instanceof errors/* FileError */.f6)) {
            throw new errors/* InputError */.dz(`input "model-dir": ${error.message} A model package is a folder with manifest.json, model/, metrics.json (see the train action).`, 'model-dir');
        }
        throw error;
    }
}
/** The commit the version tag points at: the run's, else the default branch head (the CLI outside a workflow). */
async function targetCommit(client, repo, run) {
    if (run.sha)
        return run.sha;
    const { data } = await client.rest.repos.get({ owner: repo.owner, repo: repo.repo });
    const head = await (0,refs/* getRef */.cX)(client, { owner: repo.owner, repo: repo.repo, ref: `heads/${data.default_branch}` });
    if (!head)
        throw new errors/* UserError */.yo(`${repo.owner}/${repo.repo} has no commit on ${data.default_branch} to tag; set GITHUB_SHA to the commit the model was trained from.`);
    return head.sha;
}
async function recorded(name, path) {
    return { name, ...(await (0,github_releases/* sha256File */.Q3)(path)) };
}
/**
 * Registers a model package as the next (or given) version: a GitHub Release tagged
 * `<name>/v<N>` with the archive (split under 2 GB), manifest.json, metrics.json,
 * data-profile.json and SHA256SUMS, published only once every asset is uploaded and verified,
 * with a model card body. Safe under races and re-runs; then moves the alias and applies retention.
 */
async function registerModel(options) {
    const { client, owner, repo, run, io } = options;
    const name = (0,names/* validateModelName */.HW)(options.name);
    const alias = options.alias ? (0,names/* validateAlias */.jX)(options.alias) : undefined;
    const requested = parseVersionInput(options.version);
    const manifest = await readPackage(options.modelDir);
    let gateBaseline;
    if (options.requirePassed) {
        const gate = await readEvaluationGate(options.requirePassed);
        if (!gate.passed) {
            throw new errors/* UserError */.yo(`Not registering ${name}: the evaluate report ${options.requirePassed} says the gates did not pass ("passed": false). Fix the model or the gates, or remove require-passed.`);
        }
        gateBaseline = gate.baselineVersion;
    }
    const scratch = (0,external_node_path_.join)(options.tempDir ?? (0,external_node_os_.tmpdir)(), `mlops-register-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`);
    await (0,promises_.mkdir)(scratch, { recursive: true });
    try {
        const packed = await (0,archive/* packDirectory */.jG)(options.modelDir, (0,external_node_path_.join)(scratch, 'archive'), 'package.tar.gz', options.partSize ?? archive/* DEFAULT_PART_SIZE */.US);
        io?.info(`Packed ${options.modelDir}: ${packed.size} bytes in ${packed.parts.length} part${packed.parts.length === 1 ? '' : 's'}, sha256 ${packed.sha256}.`);
        const releases = (0,versions/* versionReleases */.VK)(await (0,github_releases/* listReleases */.tH)(client, { owner, repo }), name);
        const earlier = (0,versions/* findRunVersion */.rv)(releases, { id: run.runId, attempt: run.runAttempt }, packed.sha256);
        if (earlier && !earlier.release.draft && earlier.record) {
            io?.notice(`This run already registered ${earlier.release.tag_name}; returning it instead of making a second version.`);
            if (earlier.record.archive.sha256 !== packed.sha256)
                io?.warning(`${earlier.release.tag_name} is the package of attempt ${earlier.record.run.attempt ?? '?'} of this run (sha256 ${earlier.record.archive.sha256}); this attempt's package (sha256 ${packed.sha256}) is not registered as another version. To register it, start a new run (push a commit, or run the workflow again) instead of re-running this one.`);
            const result = {
                name,
                version: earlier.version,
                tag: earlier.release.tag_name,
                releaseUrl: earlier.release.html_url,
                releaseId: earlier.release.id,
                sha256: earlier.record.archive.sha256,
                action: 'existing',
                parent: earlier.record.parent,
                record: earlier.record,
            };
            if (alias)
                result.alias = await (0,registry_aliases/* moveAlias */.kb)(client, { owner, repo, name, alias, version: earlier.version, actor: run.actor, io });
            return result;
        }
        const aliases = await (0,registry_aliases/* listAliases */.PO)(client, { owner, repo, name });
        const parentAlias = alias && aliases.has(alias) ? alias : aliases.has('production') ? 'production' : undefined;
        const parent = gateBaseline
            ? { version: gateBaseline }
            : parentAlias
                ? { version: (0,registry_aliases/* currentMove */.P6)(aliases.get(parentAlias)).version, alias: parentAlias }
                : undefined;
        const commit = await targetCommit(client, { owner, repo }, run);
        let version;
        if (earlier) {
            version = earlier.version;
            io?.info(`Resuming ${earlier.release.tag_name}, which an earlier attempt of this run left as a draft.`);
        }
        else {
            version = await (0,versions/* allocateVersion */.k4)(client, { owner, repo, name, sha: commit, requested });
            io?.info(`Claimed ${(0,names/* versionTag */.Vm)(name, version)}.`);
        }
        const tag = (0,names/* versionTag */.Vm)(name, version);
        // Asset names carry the version, so a downloaded file says what it is.
        const archiveName = `${name}-v${version}.tar.gz`;
        const parts = packed.parts.length === 1
            ? [{ ...packed.parts[0], name: archiveName }]
            : packed.parts.map((part, i) => ({ ...part, name: `${archiveName}.part-${String(i).padStart(3, '0')}` }));
        const files = parts.map((part) => ({ name: part.name, path: part.path, contentType: 'application/gzip' }));
        for (const extra of ['manifest.json', 'metrics.json', 'data-profile.json']) {
            const path = (0,external_node_path_.join)(options.modelDir, extra);
            if ((0,external_node_fs_.existsSync)(path))
                files.push({ name: extra, path, contentType: 'application/json' });
        }
        const sumsPath = (0,external_node_path_.join)(scratch, 'SHA256SUMS');
        const listed = [];
        for (const file of files)
            listed.push(await recorded(file.name, file.path));
        const sumsEntries = packed.parts.length > 1 ? [...listed, { name: archiveName, sha256: packed.sha256, size: packed.size }] : listed;
        await (0,promises_.writeFile)(sumsPath, formatSha256Sums(sumsEntries));
        files.push({ name: 'SHA256SUMS', path: sumsPath, contentType: 'text/plain' });
        listed.push(await recorded('SHA256SUMS', sumsPath));
        const record = {
            schema: 1,
            name,
            version,
            archive: {
                name: archiveName,
                sha256: packed.sha256,
                size: packed.size,
                parts: parts.map(({ name: n, sha256, size }) => ({ name: n, sha256, size })),
            },
            assets: listed,
            run: { id: run.runId, attempt: run.runAttempt, url: run.runUrl },
            commit,
            parent,
            task: manifest.task,
            framework: manifest.framework,
            registeredAt: (options.now ?? new Date()).toISOString(),
            registeredBy: run.actor,
        };
        const body = (0,card/* modelCard */.o7)({ manifest, record, notes: options.notes, serverUrl: run.serverUrl, repository: `${owner}/${repo}` });
        const published = await (0,github_releases/* publishRelease */.Dl)(client, {
            owner,
            repo,
            tag,
            name: `${name} v${version}`,
            body,
            assets: files,
            makeLatest: false,
        });
        const result = {
            name,
            version,
            tag,
            releaseUrl: published.url,
            releaseId: published.id,
            sha256: packed.sha256,
            action: earlier ? 'resumed' : 'created',
            parent,
            record: (0,card/* parseRecord */.Hh)(body) ?? record,
        };
        if (alias)
            result.alias = await (0,registry_aliases/* moveAlias */.kb)(client, { owner, repo, name, alias, version, actor: run.actor, io });
        if (options.keepVersions !== undefined)
            result.retention = await applyRetention(client, { owner, repo, name, keep: options.keepVersions, io });
        return result;
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/steps/register.ts






const run = async ({ inputs, io, env, cwd, run: context }) => {
    const token = inputs['github-token'];
    if (!token)
        throw new errors/* InputError */.dz('input "github-token" is empty: register publishes a GitHub Release, so it needs a token with `contents: write` (the default ${{ github.token }} works when the job grants it).', 'github-token');
    const { owner, repo } = (0,github_context/* requireRepository */.C)(context);
    const client = (0,github_client/* createGitHubClient */.LX)({ token, apiUrl: context.apiUrl, env, io });
    const result = await registerModel({
        client,
        owner,
        repo,
        modelDir: (0,external_node_path_.resolve)(cwd, inputs['model-dir']),
        name: inputs.name,
        version: inputs.version,
        alias: inputs.alias,
        notes: inputs.notes,
        requirePassed: inputs['require-passed'] ? (0,external_node_path_.resolve)(cwd, inputs['require-passed']) : undefined,
        keepVersions: inputs['keep-versions'],
        run: context,
        io,
        tempDir: env.RUNNER_TEMP || undefined,
    });
    const verb = { created: 'Registered', resumed: "Registered (resuming this run's draft)", existing: 'Already registered by this run' }[result.action];
    io.info(`${verb} ${result.tag}: ${result.releaseUrl}`);
    const rows = [
        ['Version', `[${result.tag}](${result.releaseUrl})`],
        ['Archive sha256', `\`${result.sha256}\``],
        ['Parent', result.parent ? `v${result.parent.version}${result.parent.alias ? ` (${result.parent.alias})` : ''}` : 'none'],
    ];
    if (result.alias)
        rows.push([
            `Alias ${result.alias.alias}`,
            result.alias.moved ? `${result.alias.from ? `v${result.alias.from} → ` : ''}v${result.alias.to}` : `already at v${result.alias.to}`,
        ]);
    if (result.retention)
        rows.push([
            'Retention',
            result.retention.deleted.length ? `deleted ${result.retention.deleted.map((v) => `v${v}`).join(', ')}` : 'nothing to delete',
        ]);
    await io.appendSummary(`## register: ${verb} ${result.tag}\n\n${(0,markdown/* table */.tp)(['', ''], rows.map(([k, v]) => [`**${k}**`, v]), ['l', 'l'])}\n`);
    return {
        version: result.version,
        tag: result.tag,
        'release-url': result.releaseUrl,
        'release-id': result.releaseId,
        sha256: result.sha256,
    };
};


/***/ })

};
