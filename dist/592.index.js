export const id = 592;
export const ids = [592];
export const modules = {

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

/***/ 35592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AX: () => (/* binding */ resolveModel)
/* harmony export */ });
/* unused harmony exports actionsCache, defaultCacheDir */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36856);
/* harmony import */ var _model_package_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85056);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8126);
/* harmony import */ var _services_actions_cache_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(97247);
/* harmony import */ var _aliases_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4660);
/* harmony import */ var _archive_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(47630);
/* harmony import */ var _card_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(33144);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(15484);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(60039);














/** @actions/cache, when the runner offers the cache service; undefined elsewhere (a laptop). */
async function actionsCache(env = process.env) {
    const { cache } = await (0,_services_actions_cache_js__WEBPACK_IMPORTED_MODULE_12__/* .openActionsCache */ .C)({ env });
    if (!cache)
        return undefined;
    return {
        restore: async (path, key) => (await cache.restoreCache([path], key)) !== undefined,
        save: async (path, key) => {
            await cache.saveCache([path], key);
        },
    };
}
/** Where unpacked versions live: the runner's tool cache (kept between jobs on self-hosted runners), else the user's cache folder. */
function defaultCacheDir(env = process.env) {
    if (env.RUNNER_TOOL_CACHE)
        return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.RUNNER_TOOL_CACHE, 'mlops-models');
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.cache'), 'mlops-actions', 'models');
}
const COMPLETE_MARKER = '.mlops-complete';
async function sha256OfParts(paths) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const path of paths)
        for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path))
            hash.update(chunk);
    return hash.digest('hex');
}
/** The published release of a version, or undefined. */
async function publishedRelease(client, repository, name, version) {
    const release = await (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_5__/* .findReleaseByTag */ .a7)(client, { ...repository, tag: (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .versionTag */ .Vm)(name, version) });
    return release && !release.draft ? release : undefined;
}
async function describeAliases(client, repository, name) {
    const aliases = await (0,_aliases_js__WEBPACK_IMPORTED_MODULE_8__/* .listAliases */ .PO)(client, { ...repository, name });
    const names = [...aliases.entries()].map(([alias, moves]) => `${alias} (v${(0,_aliases_js__WEBPACK_IMPORTED_MODULE_8__/* .currentMove */ .P6)(moves).version})`);
    return names.length > 0 ? `Its aliases: ${names.join(', ')}.` : `${name} has no aliases yet (register moves one with the alias input).`;
}
/**
 * Finds the release a reference means, in at most 3 API calls for the usual cases:
 * `name/vN` one, `name@alias` two, `name@latest` two (three when the newest tag is a version
 * still being uploaded).
 */
async function findRelease(client, repository, ref, input) {
    const where = `${repository.owner}/${repository.repo}`;
    if (ref.kind === 'version') {
        const release = await publishedRelease(client, repository, ref.name, ref.version);
        if (!release) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`input "${input}": ${(0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .formatModelRef */ .Q5)(ref)} is not a published version in ${where}. Run \`mlops registry list ${ref.name}\` to see the versions.`, input);
        }
        return { version: ref.version, release };
    }
    if (ref.kind === 'alias') {
        const current = (0,_aliases_js__WEBPACK_IMPORTED_MODULE_8__/* .currentMove */ .P6)((await (0,_aliases_js__WEBPACK_IMPORTED_MODULE_8__/* .listAliases */ .PO)(client, { ...repository, name: ref.name, alias: ref.alias })).get(ref.alias));
        if (!current) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`input "${input}": the alias ${ref.name}@${ref.alias} does not exist in ${where}. ${await describeAliases(client, repository, ref.name)}`, input);
        }
        const release = await publishedRelease(client, repository, ref.name, current.version);
        if (!release) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`${ref.name}@${ref.alias} points at v${current.version}, which is no longer published in ${where} (deleted?). Move the alias to an existing version.`);
        }
        return { version: current.version, release };
    }
    const tags = await (0,_versions_js__WEBPACK_IMPORTED_MODULE_11__/* .listVersionTags */ .OZ)(client, { ...repository, name: ref.name });
    // The newest tag can be a version whose draft is still uploading: it is skipped, not waited for.
    for (const { version } of tags.slice(0, 2)) {
        const release = await publishedRelease(client, repository, ref.name, version);
        if (release)
            return { version, release };
    }
    if (tags.length > 2) {
        const published = (0,_versions_js__WEBPACK_IMPORTED_MODULE_11__/* .versionReleases */ .VK)(await (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_5__/* .listReleases */ .tH)(client, repository), ref.name).find((v) => !v.release.draft);
        if (published)
            return { version: published.version, release: published.release };
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`input "${input}": ${ref.name} has no published version in ${where} yet; register one first.`, input);
}
/**
 * A complete cached copy, verified against the release's record before it is used: its
 * manifest.json must have the sha256 registered for the version's manifest.json asset, and every
 * file the sha256 that manifest lists. So a copy changed on the runner (the tool cache outlives
 * jobs on a self-hosted runner) fails the step instead of loading; an incomplete one (no
 * completion marker) is simply downloaded again.
 */
async function verifiedPackage(dir, record, tag) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, COMPLETE_MARKER)))
        return undefined;
    const expected = record.assets.find((asset) => asset.name === 'manifest.json')?.sha256;
    if (expected) {
        const actual = await (0,_model_package_js__WEBPACK_IMPORTED_MODULE_6__/* .sha256File */ .Q3)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'manifest.json')).catch(() => 'missing');
        if (actual !== expected) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .IntegrityError */ .cs(`The cached copy of ${tag} at ${dir} has a manifest.json with sha256 ${actual}, but ${expected} was registered for ${tag}: something on this runner changed it. Delete ${dir} and re-run to download and verify ${tag} again.`);
        }
    }
    return (0,_model_package_js__WEBPACK_IMPORTED_MODULE_6__/* .readModelPackage */ .As)(dir);
}
/**
 * Turns `name@alias`, `name/vN`, `name@latest` or a local path into a verified package folder.
 * Registry versions are downloaded once into a cache (the runner's tool cache, shared with
 * @actions/cache when available), every part checked against the sha256 recorded at
 * registration (the release body carries them, so no extra download is needed to learn them),
 * unpacked with entries escaping the folder refused, and the package's own file hashes checked.
 */
async function resolveModel(reference, options = {}) {
    const input = options.input ?? 'model';
    const io = options.io;
    const text = reference.trim();
    if (!text)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`input "${input}" is empty: give name@alias, name/vN, name@latest or a package path.`, input);
    const localPath = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(options.cwd ?? process.cwd(), text);
    const ref = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(localPath) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(localPath).isDirectory() ? undefined : (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .parseModelRef */ .qV)(text, input);
    if (!ref) {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(localPath)) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`input "${input}": ${text} is neither a model reference (name@alias, name/vN, name@latest) nor an existing package folder.`, input);
        }
        return { dir: localPath, manifest: await (0,_model_package_js__WEBPACK_IMPORTED_MODULE_6__/* .readModelPackage */ .As)(localPath), source: 'path' };
    }
    const { client, repository } = options;
    if (!client || !repository) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .InputError */ .dz(`input "${input}": resolving ${text} needs the GitHub API: give github-token and run in a workflow (or set GITHUB_REPOSITORY for the CLI).`, input);
    }
    const { version, release } = await findRelease(client, repository, ref, input);
    const tag = (0,_names_js__WEBPACK_IMPORTED_MODULE_10__/* .versionTag */ .Vm)(ref.name, version);
    const record = (0,_card_js__WEBPACK_IMPORTED_MODULE_13__/* .parseRecord */ .Hh)(release.body);
    if (!record || record.version !== version || record.name !== ref.name) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .IntegrityError */ .cs(`The release ${tag} in ${repository.owner}/${repository.repo} was not made by mlops register (its body has no registry record), so it cannot be verified; refusing to use it.`);
    }
    const sha256 = record.archive.sha256;
    const cacheRoot = options.cacheDir ?? defaultCacheDir(options.env);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheRoot, ref.name, `v${version}-${sha256.slice(0, 16)}`);
    const found = { name: ref.name, version, tag, sha256, releaseUrl: release.html_url, record };
    const cached = await verifiedPackage(dir, record, tag);
    if (cached) {
        io?.info(`Using ${tag} from the cache at ${dir}.`);
        return { dir, manifest: cached, source: 'cache', ...found };
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
    const remote = options.remoteCache === false ? undefined : (options.remoteCache ?? (await actionsCache(options.env).catch(() => undefined)));
    const cacheKey = `mlops-model-${ref.name}-v${version}-${sha256}`;
    if (remote) {
        try {
            if (await remote.restore(dir, cacheKey)) {
                const restored = await verifiedPackage(dir, record, tag);
                if (restored) {
                    io?.info(`Restored ${tag} from the Actions cache.`);
                    return { dir, manifest: restored, source: 'remote-cache', ...found };
                }
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(dir, { recursive: true, force: true });
            }
        }
        catch (error) {
            io?.warning(`The Actions cache could not be read (${error.message}); downloading ${tag} instead.`);
        }
    }
    const scratch = `${dir}.download-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)().slice(0, 8)}`;
    try {
        const assets = release.assets ?? [];
        const partPaths = [];
        for (const part of record.archive.parts) {
            const asset = assets.find((candidate) => candidate.name === part.name);
            if (!asset)
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .IntegrityError */ .cs(`The release ${tag} has no asset ${part.name}, which the registry recorded; the release was changed after registration. Re-register the model.`);
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(scratch, 'parts', part.name);
            const downloaded = await (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_5__/* .downloadReleaseAsset */ .GN)(client, asset, path);
            if (downloaded.sha256 !== part.sha256 || downloaded.size !== part.size) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .IntegrityError */ .cs(`Refusing ${tag}: the asset ${part.name} has sha256 ${downloaded.sha256} (${downloaded.size} bytes), but ${part.sha256} (${part.size} bytes) was recorded when ${tag} was registered. The asset was replaced or corrupted after registration; re-register the model or restore the asset.`);
            }
            partPaths.push(path);
        }
        const whole = await sha256OfParts(partPaths);
        if (whole !== sha256) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .IntegrityError */ .cs(`Refusing ${tag}: the joined archive has sha256 ${whole}, but ${sha256} was recorded at registration. Re-register the model.`);
        }
        const unpacked = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(scratch, 'package');
        await (0,_archive_js__WEBPACK_IMPORTED_MODULE_9__/* .extractArchive */ .Qh)(partPaths, unpacked, `${record.archive.name} of ${tag}`);
        const manifest = await (0,_model_package_js__WEBPACK_IMPORTED_MODULE_6__/* .readModelPackage */ .As)(unpacked);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(unpacked, COMPLETE_MARKER), `${sha256}\n`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(cacheRoot, ref.name), { recursive: true });
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(unpacked, dir);
        }
        catch (error) {
            // Another job on this host finished the same version first; its copy is as good as ours.
            const other = await verifiedPackage(dir, record, tag);
            if (!other)
                throw error;
        }
        io?.info(`Downloaded and verified ${tag} (sha256 ${sha256.slice(0, 12)}…) into ${dir}.`);
        if (remote) {
            try {
                await remote.save(dir, cacheKey);
            }
            catch (error) {
                io?.warning(`The Actions cache could not store ${tag} (${error.message}); later jobs will download it again.`);
            }
        }
        return { dir, manifest, source: 'download', ...found };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(scratch, { recursive: true, force: true });
    }
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
