export const id = 30;
export const ids = [30];
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

/***/ 74653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jsonReportPath: () => (/* binding */ jsonReportPath),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/github/client.ts
var github_client = __webpack_require__(16317);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/github/errors.ts
var github_errors = __webpack_require__(35585);
// EXTERNAL MODULE: ./shared/github/markers.ts
var markers = __webpack_require__(96919);
;// CONCATENATED MODULE: ./shared/github/comments.ts



const COMMENT_PERMISSION = 'pull-requests: write';
/** Throws before GitHub would: a clear sentence instead of a 422 from the API. */
function assertBodyFits(body, what) {
    const length = (0,markers/* bodyLength */.ZA)(body);
    if (length > markers/* GITHUB_BODY_LIMIT */.nY) {
        throw new errors/* UserError */.yo(`${what} is ${length.toLocaleString('en-US')} characters, over GitHub's limit of ${markers/* GITHUB_BODY_LIMIT */.nY.toLocaleString('en-US')}; shorten it (the report renderers truncate to fit when given the limit).`);
    }
}
/** Every comment on an issue or pull request that carries the marker, oldest first. */
async function findMarkedComments(client, params) {
    const { owner, repo, issueNumber, marker } = params;
    const found = [];
    for await (const page of client.paginate.iterator(client.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    })) {
        for (const comment of page.data)
            if ((0,markers/* hasMarker */.xY)(comment.body, marker))
                found.push(comment);
    }
    return found.sort(byAge);
}
function byAge(a, b) {
    return a.created_at === b.created_at ? a.id - b.id : a.created_at < b.created_at ? -1 : 1;
}
async function deleteComments(client, owner, repo, comments) {
    let deleted = 0;
    for (const comment of comments) {
        try {
            await client.rest.issues.deleteComment({ owner, repo, comment_id: comment.id });
            deleted += 1;
        }
        catch (error) {
            // A racing run may have removed it already.
            if (!(0,github_errors/* hasStatus */.Ro)(error, 404))
                throw error;
        }
    }
    return deleted;
}
/** The marker a sticky comment with this key carries: `<!-- mlops-actions:comment:<key> -->`. */
function stickyCommentMarker(key) {
    return (0,markers/* hiddenMarker */.z0)('comment', key);
}
/**
 * One comment per key on a pull request, edited in place on every run. If racing runs left
 * several marked comments, the oldest is kept and the rest deleted, so the thread converges to
 * one whichever run finishes last.
 */
async function upsertStickyComment(client, params) {
    const { owner, repo, issueNumber, key } = params;
    const marker = stickyCommentMarker(key);
    const body = (0,markers/* withMarker */.Pe)(marker, params.body);
    assertBodyFits(body, `The comment for key "${key}"`);
    const where = `${owner}/${repo}#${issueNumber}`;
    return (0,github_errors/* describedAs */.Ke)({ what: `Writing the sticky comment "${key}" on ${where}`, permission: COMMENT_PERMISSION }, async () => {
        const existing = await findMarkedComments(client, { owner, repo, issueNumber, marker });
        if (existing.length === 0) {
            const { data: created } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
            // Another run may have created its own in the same moment: keep the oldest, drop ours.
            const after = await findMarkedComments(client, { owner, repo, issueNumber, marker });
            const [keeper, ...others] = after;
            const removed = await deleteComments(client, owner, repo, others);
            if (keeper && keeper.id !== created.id) {
                if (!(0,markers/* sameBody */.NZ)(keeper.body, body))
                    await client.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body });
                return { id: keeper.id, url: keeper.html_url, action: 'updated', removedDuplicates: removed };
            }
            return { id: created.id, url: created.html_url, action: 'created', removedDuplicates: removed };
        }
        const [keeper, ...duplicates] = existing;
        const removed = await deleteComments(client, owner, repo, duplicates);
        if ((0,markers/* sameBody */.NZ)(keeper.body, body))
            return { id: keeper.id, url: keeper.html_url, action: 'unchanged', removedDuplicates: removed };
        const { data: updated } = await client.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body });
        return { id: updated.id, url: updated.html_url, action: 'updated', removedDuplicates: removed };
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./shared/github/releases.ts
var releases = __webpack_require__(36856);
// EXTERNAL MODULE: ./shared/model/package.ts
var model_package = __webpack_require__(85056);
// EXTERNAL MODULE: ./shared/services/actions-cache.ts
var actions_cache = __webpack_require__(97247);
// EXTERNAL MODULE: ./shared/registry/aliases.ts
var registry_aliases = __webpack_require__(4660);
// EXTERNAL MODULE: ./shared/registry/archive.ts
var archive = __webpack_require__(47630);
// EXTERNAL MODULE: ./shared/registry/card.ts
var card = __webpack_require__(33144);
// EXTERNAL MODULE: ./shared/registry/names.ts
var names = __webpack_require__(15484);
// EXTERNAL MODULE: ./shared/registry/versions.ts
var versions = __webpack_require__(60039);
;// CONCATENATED MODULE: ./shared/registry/resolve.ts














/** @actions/cache, when the runner offers the cache service; undefined elsewhere (a laptop). */
async function actionsCache(env = process.env) {
    const { cache } = await (0,actions_cache/* openActionsCache */.C)({ env });
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
        return (0,external_node_path_.join)(env.RUNNER_TOOL_CACHE, 'mlops-models');
    return (0,external_node_path_.join)(env.XDG_CACHE_HOME || (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.cache'), 'mlops-actions', 'models');
}
const COMPLETE_MARKER = '.mlops-complete';
async function sha256OfParts(paths) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const path of paths)
        for await (const chunk of (0,external_node_fs_.createReadStream)(path))
            hash.update(chunk);
    return hash.digest('hex');
}
/** The published release of a version, or undefined. */
async function publishedRelease(client, repository, name, version) {
    const release = await (0,releases/* findReleaseByTag */.a7)(client, { ...repository, tag: (0,names/* versionTag */.Vm)(name, version) });
    return release && !release.draft ? release : undefined;
}
async function describeAliases(client, repository, name) {
    const aliases = await (0,registry_aliases/* listAliases */.PO)(client, { ...repository, name });
    const names = [...aliases.entries()].map(([alias, moves]) => `${alias} (v${(0,registry_aliases/* currentMove */.P6)(moves).version})`);
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
            throw new errors/* InputError */.dz(`input "${input}": ${(0,names/* formatModelRef */.Q5)(ref)} is not a published version in ${where}. Run \`mlops registry list ${ref.name}\` to see the versions.`, input);
        }
        return { version: ref.version, release };
    }
    if (ref.kind === 'alias') {
        const current = (0,registry_aliases/* currentMove */.P6)((await (0,registry_aliases/* listAliases */.PO)(client, { ...repository, name: ref.name, alias: ref.alias })).get(ref.alias));
        if (!current) {
            throw new errors/* InputError */.dz(`input "${input}": the alias ${ref.name}@${ref.alias} does not exist in ${where}. ${await describeAliases(client, repository, ref.name)}`, input);
        }
        const release = await publishedRelease(client, repository, ref.name, current.version);
        if (!release) {
            throw new errors/* UserError */.yo(`${ref.name}@${ref.alias} points at v${current.version}, which is no longer published in ${where} (deleted?). Move the alias to an existing version.`);
        }
        return { version: current.version, release };
    }
    const tags = await (0,versions/* listVersionTags */.OZ)(client, { ...repository, name: ref.name });
    // The newest tag can be a version whose draft is still uploading: it is skipped, not waited for.
    for (const { version } of tags.slice(0, 2)) {
        const release = await publishedRelease(client, repository, ref.name, version);
        if (release)
            return { version, release };
    }
    if (tags.length > 2) {
        const published = (0,versions/* versionReleases */.VK)(await (0,releases/* listReleases */.tH)(client, repository), ref.name).find((v) => !v.release.draft);
        if (published)
            return { version: published.version, release: published.release };
    }
    throw new errors/* InputError */.dz(`input "${input}": ${ref.name} has no published version in ${where} yet; register one first.`, input);
}
/**
 * A complete cached copy, verified against the release's record before it is used: its
 * manifest.json must have the sha256 registered for the version's manifest.json asset, and every
 * file the sha256 that manifest lists. So a copy changed on the runner (the tool cache outlives
 * jobs on a self-hosted runner) fails the step instead of loading; an incomplete one (no
 * completion marker) is simply downloaded again.
 */
async function verifiedPackage(dir, record, tag) {
    if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, COMPLETE_MARKER)))
        return undefined;
    const expected = record.assets.find((asset) => asset.name === 'manifest.json')?.sha256;
    if (expected) {
        const actual = await (0,model_package/* sha256File */.Q3)((0,external_node_path_.join)(dir, 'manifest.json')).catch(() => 'missing');
        if (actual !== expected) {
            throw new errors/* IntegrityError */.cs(`The cached copy of ${tag} at ${dir} has a manifest.json with sha256 ${actual}, but ${expected} was registered for ${tag}: something on this runner changed it. Delete ${dir} and re-run to download and verify ${tag} again.`);
        }
    }
    return (0,model_package/* readModelPackage */.As)(dir);
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
        throw new errors/* InputError */.dz(`input "${input}" is empty: give name@alias, name/vN, name@latest or a package path.`, input);
    const localPath = (0,external_node_path_.resolve)(options.cwd ?? process.cwd(), text);
    const ref = (0,external_node_fs_.existsSync)(localPath) && (0,external_node_fs_.statSync)(localPath).isDirectory() ? undefined : (0,names/* parseModelRef */.qV)(text, input);
    if (!ref) {
        if (!(0,external_node_fs_.existsSync)(localPath)) {
            throw new errors/* InputError */.dz(`input "${input}": ${text} is neither a model reference (name@alias, name/vN, name@latest) nor an existing package folder.`, input);
        }
        return { dir: localPath, manifest: await (0,model_package/* readModelPackage */.As)(localPath), source: 'path' };
    }
    const { client, repository } = options;
    if (!client || !repository) {
        throw new errors/* InputError */.dz(`input "${input}": resolving ${text} needs the GitHub API: give github-token and run in a workflow (or set GITHUB_REPOSITORY for the CLI).`, input);
    }
    const { version, release } = await findRelease(client, repository, ref, input);
    const tag = (0,names/* versionTag */.Vm)(ref.name, version);
    const record = (0,card/* parseRecord */.Hh)(release.body);
    if (!record || record.version !== version || record.name !== ref.name) {
        throw new errors/* IntegrityError */.cs(`The release ${tag} in ${repository.owner}/${repository.repo} was not made by mlops register (its body has no registry record), so it cannot be verified; refusing to use it.`);
    }
    const sha256 = record.archive.sha256;
    const cacheRoot = options.cacheDir ?? defaultCacheDir(options.env);
    const dir = (0,external_node_path_.join)(cacheRoot, ref.name, `v${version}-${sha256.slice(0, 16)}`);
    const found = { name: ref.name, version, tag, sha256, releaseUrl: release.html_url, record };
    const cached = await verifiedPackage(dir, record, tag);
    if (cached) {
        io?.info(`Using ${tag} from the cache at ${dir}.`);
        return { dir, manifest: cached, source: 'cache', ...found };
    }
    await (0,promises_.rm)(dir, { recursive: true, force: true });
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
                await (0,promises_.rm)(dir, { recursive: true, force: true });
            }
        }
        catch (error) {
            io?.warning(`The Actions cache could not be read (${error.message}); downloading ${tag} instead.`);
        }
    }
    const scratch = `${dir}.download-${(0,external_node_crypto_.randomUUID)().slice(0, 8)}`;
    try {
        const assets = release.assets ?? [];
        const partPaths = [];
        for (const part of record.archive.parts) {
            const asset = assets.find((candidate) => candidate.name === part.name);
            if (!asset)
                throw new errors/* IntegrityError */.cs(`The release ${tag} has no asset ${part.name}, which the registry recorded; the release was changed after registration. Re-register the model.`);
            const path = (0,external_node_path_.join)(scratch, 'parts', part.name);
            const downloaded = await (0,releases/* downloadReleaseAsset */.GN)(client, asset, path);
            if (downloaded.sha256 !== part.sha256 || downloaded.size !== part.size) {
                throw new errors/* IntegrityError */.cs(`Refusing ${tag}: the asset ${part.name} has sha256 ${downloaded.sha256} (${downloaded.size} bytes), but ${part.sha256} (${part.size} bytes) was recorded when ${tag} was registered. The asset was replaced or corrupted after registration; re-register the model or restore the asset.`);
            }
            partPaths.push(path);
        }
        const whole = await sha256OfParts(partPaths);
        if (whole !== sha256) {
            throw new errors/* IntegrityError */.cs(`Refusing ${tag}: the joined archive has sha256 ${whole}, but ${sha256} was recorded at registration. Re-register the model.`);
        }
        const unpacked = (0,external_node_path_.join)(scratch, 'package');
        await (0,archive/* extractArchive */.Qh)(partPaths, unpacked, `${record.archive.name} of ${tag}`);
        const manifest = await (0,model_package/* readModelPackage */.As)(unpacked);
        await (0,promises_.writeFile)((0,external_node_path_.join)(unpacked, COMPLETE_MARKER), `${sha256}\n`);
        await (0,promises_.mkdir)((0,external_node_path_.join)(cacheRoot, ref.name), { recursive: true });
        try {
            await (0,promises_.rename)(unpacked, dir);
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
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

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
        return { resolved: await resolveModel(ref, { ...options, input: INPUT }), ref };
    }
    catch (error) {
        const described = (0,github_errors/* toUserError */.dZ)(error, { what: `Resolving the baseline ${ref}` });
        if (!(0,errors/* isUserError */.iU)(described) || described instanceof errors/* IntegrityError */.cs)
            throw described;
        return { ref, reason: described.message.replace(/^input "baseline": /, '') };
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./shared/stats/random.ts
var random = __webpack_require__(73251);
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
        drawMultinomialCounts(counts, (0,random/* deriveSeed */.B7)(seed, BOOTSTRAP_STREAM, r));
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
function pairedBootstrap(candidate, baseline, options) {
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
        return pairedBootstrap(candidate, baseline, options);
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

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./shared/runtime/suggest.ts
var suggest = __webpack_require__(71771);
;// CONCATENATED MODULE: ./shared/metrics/gates.ts



const gates_INPUT = 'gates';
const OPERATORS = ['>=', '<=', '==', '>', '<'];
const NUMBER = String.raw `[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const CONDITION = new RegExp(String.raw `^\s*(>=|<=|==|>|<)\s*(?:(${NUMBER})|baseline(?:\s*([+*-])\s*(${NUMBER}))?)\s*$`);
/**
 * Parses the `gates` input. `metrics` are the names the task reports; a gate on any other name is
 * an error listing them. An empty or blank input means no gates.
 */
function parseGates(text, metrics) {
    if (text === undefined || text.trim() === '')
        return [];
    const document = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true });
    if (document.errors.length > 0) {
        // The yaml package's first message line already says where, e.g. "Map keys must be unique at line 2, column 1:".
        const where = document.errors[0].message.split('\n')[0].replace(/:$/, '');
        const unquoted = /:\s*>/.test(text) ? ' Quote conditions: an unquoted ">" starts a YAML block.' : '';
        throw new errors/* InputError */.dz(`gates is not valid YAML: ${where}.${unquoted} Write one "metric: condition" per line, e.g. accuracy: ">= 0.85".`, gates_INPUT);
    }
    const root = document.contents;
    if (root === null)
        return [];
    if (!(0,dist/* isMap */.jh)(root))
        throw new errors/* InputError */.dz(`gates must be a YAML map of metric to condition, e.g. accuracy: ">= 0.85" on its own line; got ${JSON.stringify(text.trim().slice(0, 60))}.`, gates_INPUT);
    const gates = [];
    for (const item of root.items) {
        const metric = (0,dist/* isScalar */.jn)(item.key) ? String(item.key.value) : String(item.key);
        const value = (0,dist/* isScalar */.jn)(item.value) ? item.value.value : item.value;
        if (!metrics.includes(metric)) {
            const suggestion = (0,suggest/* closest */.k)(metric, metrics);
            throw new errors/* InputError */.dz(`gate "${metric}": unknown metric${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; this model reports ${metrics.join(', ')}.`, gates_INPUT);
        }
        if (typeof value !== 'string') {
            const shown = value === null || value === undefined ? 'nothing' : JSON.stringify(value instanceof Object ? String(value) : value);
            throw new errors/* InputError */.dz(`gate "${metric}": the condition must be a quoted string such as ">= 0.85" or ">= baseline - 0.01", got ${shown}.`, gates_INPUT);
        }
        gates.push(parseCondition(metric, value));
    }
    return gates;
}
function parseCondition(metric, condition) {
    const match = CONDITION.exec(condition);
    if (!match)
        throw new errors/* InputError */.dz(`gate "${metric}": cannot parse "${condition}": ${explain(condition)}`, gates_INPUT);
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
        throw new errors/* InputError */.dz(`gate${needing.length > 1 ? 's' : ''} ${names} compare${needing.length > 1 ? '' : 's'} with the baseline, but ${baselineMissingBecause}. Set the baseline input to a registered version or a model path, or use a fixed threshold.`, gates_INPUT);
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

// EXTERNAL MODULE: ./shared/metrics/classification.ts + 1 modules
var classification = __webpack_require__(31010);
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
    const permutation = options.permutation ?? ((group, repeat) => (0,random/* shuffledIndices */.FF)(rows, (0,random/* deriveSeed */.B7)(seed, IMPORTANCE_STREAM, group, repeat)));
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

// EXTERNAL MODULE: ./shared/metrics/weights.ts
var metrics_weights = __webpack_require__(18849);
;// CONCATENATED MODULE: ./shared/metrics/slices.ts


const MISSING_SLICE = '(missing)';
function sliceMetrics(columns, candidate, baseline, options = {}) {
    const maxSlices = options.maxSlices ?? 20;
    return columns.map((column) => {
        if (column.values.length !== candidate.rows)
            throw new Error(`slice column ${column.name} has ${column.values.length} values for ${candidate.rows} rows`);
        const groups = new Map();
        for (let i = 0; i < column.values.length; i++) {
            const raw = column.values[i];
            const value = raw === null || raw === undefined || raw === '' ? MISSING_SLICE : String(raw);
            let rows = groups.get(value);
            if (!rows)
                groups.set(value, (rows = []));
            rows.push(i);
        }
        const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
        const kept = ordered.slice(0, maxSlices);
        const slices = kept.map(([value, rows]) => {
            const weights = (0,metrics_weights/* indicatorWeights */.v)(candidate.rows, rows);
            const result = { value, rows: rows.length, candidate: (0,score/* scoreMetrics */.uf)(candidate, weights) };
            if (baseline)
                result.baseline = (0,score/* scoreMetrics */.uf)(baseline, weights);
            return result;
        });
        const omitted = ordered.slice(maxSlices);
        return {
            column: column.name,
            slices,
            omittedSlices: omitted.length,
            omittedRows: omitted.reduce((sum, [, rows]) => sum + rows.length, 0),
        };
    });
}

// EXTERNAL MODULE: ./shared/model/network.ts
var model_network = __webpack_require__(2426);
// EXTERNAL MODULE: ./shared/model/onnx.ts
var onnx = __webpack_require__(76769);
// EXTERNAL MODULE: ./shared/model/preprocessing.ts
var model_preprocessing = __webpack_require__(60222);
// EXTERNAL MODULE: ./shared/model/tfjs-format.ts
var tfjs_format = __webpack_require__(44359);
;// CONCATENATED MODULE: ./shared/model/predictor.ts







/** Verifies the package's checksums, then loads its preprocessing and network. */
async function loadPredictor(dir, verified) {
    const manifest = verified ?? (await (0,model_package/* readModelPackage */.As)(dir));
    if (manifest.framework !== 'tfjs') {
        throw new errors/* UserError */.yo(`${dir} holds a ${manifest.framework} model; loadPredictor runs tfjs packages (loadPackagePredictor also runs onnx ones).`);
    }
    if (!manifest.preprocessing)
        throw new errors/* UserError */.yo(`${dir}/manifest.json has no preprocessing section, so raw rows cannot be turned into model input.`);
    const preprocessing = manifest.preprocessing;
    const network = await (0,tfjs_format/* readTfjsModel */.P)((0,external_node_path_.join)(dir, 'model'));
    if (network.inputSize !== preprocessing.inputSize) {
        throw new errors/* UserError */.yo(`${dir}: the model takes ${network.inputSize} inputs but the manifest's preprocessing produces ${preprocessing.inputSize}.`);
    }
    const predict = (columns) => (0,model_network/* predictNetwork */.k)(network, (0,model_preprocessing/* applyPreprocessing */.JZ)(preprocessing, columns), columns.rows);
    return {
        manifest,
        network,
        predict,
        predictRecords: (records) => predict((0,model_preprocessing/* recordsToColumns */.d7)(records, preprocessing.features.map((f) => f.name))),
        outputsPerRow: network.layers[network.layers.length - 1].units,
    };
}
/** Verifies the package's checksums once, then loads it with the runtime its `framework` needs. */
async function loadPackagePredictor(dir, options = {}) {
    const manifest = await (0,model_package/* readModelPackage */.As)(dir);
    if (manifest.framework === 'tfjs') {
        const predictor = await loadPredictor(dir, manifest);
        const preprocessing = manifest.preprocessing;
        return {
            manifest,
            preprocessing,
            predict: async (columns) => predictor.predict(columns),
            predictInput: async (input, rows) => (0,model_network/* predictNetwork */.k)(predictor.network, input, rows),
            release: async () => undefined,
        };
    }
    if (manifest.framework === 'onnx') {
        if (!manifest.preprocessing) {
            throw new errors/* UserError */.yo(`${dir}/manifest.json has no preprocessing section, so raw rows cannot be turned into model input. The training command must write mlops.json with "preprocessing" (see examples/churn-pytorch/train.py).`);
        }
        const preprocessing = manifest.preprocessing;
        const model = await (0,onnx/* loadOnnxModel */.$m)((0,external_node_path_.join)(dir, 'model', 'model.onnx'), preprocessing.inputSize, (0,onnx/* loadOnnxRuntime */.aD)(options.env, options.cwd));
        return {
            manifest,
            preprocessing,
            predict: (columns) => model.run((0,model_preprocessing/* applyPreprocessing */.JZ)(preprocessing, columns), columns.rows),
            predictInput: (input, rows) => model.run(input, rows),
            release: () => model.release(),
        };
    }
    throw new errors/* UserError */.yo(`${dir} holds a ${manifest.framework} model, which the suite cannot run without your code; evaluate and deploy run tfjs and onnx packages.`);
}

// EXTERNAL MODULE: ./shared/data/table.ts
var data_table = __webpack_require__(41671);
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
        throw new errors/* UserError */.yo(`${dir}/manifest.json says nothing about the task (no "task" and no preprocessing.target.task), so it cannot be evaluated.`);
    if (!target)
        throw new errors/* UserError */.yo(`${dir}/manifest.json names no target column ("target"), so the labels cannot be found in the data.`);
    if (task !== 'regression' && !(classes && classes.length >= 2))
        throw new errors/* UserError */.yo(`${dir}/manifest.json lists no classes for a ${task} model ("classes"), so labels cannot be matched to outputs.`);
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
        throw new errors/* UserError */.yo(`${where(table)} is missing the feature column${missingFeatures.length > 1 ? 's' : ''} ${list}, which ${whose} takes as input (the data has: ${table.columns.join(', ')}). Evaluate on data with the same columns the model was trained on.`);
    }
    if (!have.has(target)) {
        throw new errors/* UserError */.yo(`${where(table)} has no column "${target}", the target ${whose} was trained to predict; evaluate needs labelled data (the data has: ${table.columns.join(', ')}).`);
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
        throw new errors/* UserError */.yo(`${where(table)}: the target column "${target}" has label${unknown.size > 1 ? 's' : ''} ${listed.join(', ')}${unknown.size > 10 ? ` and ${unknown.size - 10} more` : ''} that the model was not trained on (its classes: ${classes.join(', ')}). Fix the labels or retrain with them.`);
    }
    if (missing > 0)
        throw new errors/* UserError */.yo(`${where(table)}: the target column "${target}" is empty in ${missing} row${missing > 1 ? 's' : ''} (first at ${rowPlace(table, firstMissing)}); evaluate needs a label on every row. Drop unlabelled rows first.`);
    return labels;
}
/** Regression targets as numbers; a cell that is not a number is an error naming the row. */
function numericTargets(table, target) {
    const cells = table.values.get(target);
    const out = new Float64Array(table.rows);
    for (let row = 0; row < table.rows; row++) {
        const value = cells[row] === null ? Number.NaN : (0,model_preprocessing/* parseNumber */.$J)(cells[row]);
        if (Number.isNaN(value)) {
            throw new errors/* UserError */.yo(`${rowPlace(table, row)}: the target "${target}" is ${cells[row] === null ? 'empty' : `"${cells[row]}", not a number`}; a regression model is evaluated on numeric targets.`);
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
            throw new errors/* UserError */.yo(`${who} returned ${outputs.length} values for ${truth.actual.length} rows; a regression model has one output per row.`);
        return { task: 'regression', data: { actual: truth.actual, predicted: outputs } };
    }
    const rows = truth.labels.length;
    const classes = truth.classes.length;
    let probabilities = outputs;
    if (truth.task === 'binary-classification' && outputs.length === rows)
        probabilities = (0,classification/* fromPositiveProbabilities */.JW)(outputs);
    else if (outputs.length !== rows * classes) {
        throw new errors/* UserError */.yo(`${who} returned ${rows > 0 ? outputs.length / rows : outputs.length} outputs per row for ${classes} classes; it must output one probability per class (or P(${truth.classes[1]}) for a binary model).`);
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
        if (error instanceof errors/* UserError */.yo)
            throw new errors/* UserError */.yo(`${who}: ${error.message}`);
        throw error;
    }
    return { outputs, data, prepared, report: (0,score/* computeMetrics */.pH)(data, prepared) };
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
        if (error instanceof errors/* UserError */.yo)
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
    const { io } = options;
    const candidate = await loadPackagePredictor(options.modelDir, { env: options.env, cwd: options.cwd });
    const opened = [candidate];
    try {
        const model = modelTask(candidate.manifest, options.modelDir);
        const gates = parseGates(options.gates, (0,definitions/* metricNames */.Zv)(model.task));
        const outcome = await options.resolveBaseline(candidate.manifest.name);
        let reason = 'reason' in outcome ? outcome.reason : undefined;
        const table = await (0,data_table/* loadTable */.l)(options.data, { cwd: options.cwd });
        if (table.rows === 0)
            throw new errors/* UserError */.yo(`${options.data}: the data has no rows to evaluate.`);
        checkColumns(table, candidate.preprocessing, model.target, 'the model');
        for (const column of options.slices ?? []) {
            if (!table.values.has(column))
                throw new errors/* InputError */.dz(`input "slices": the data has no column "${column}" (columns: ${table.columns.join(', ')}).`, 'slices');
        }
        const truth = readTruth(table, model);
        let baseline;
        if (outcome.resolved) {
            try {
                baseline = await loadPackagePredictor(outcome.resolved.dir, { env: options.env, cwd: options.cwd });
                opened.push(baseline);
                reason = baselineMismatch(candidate, baseline, table, truth, outcome.resolved.dir);
                if (reason)
                    baseline = undefined;
            }
            catch (error) {
                if (!(error instanceof errors/* UserError */.yo) || error instanceof errors/* IntegrityError */.cs)
                    throw error;
                reason = `${outcome.ref} could not be loaded: ${error.message}`;
            }
        }
        if (!baseline && reason) {
            const needing = gatesNeedBaseline(gates);
            if (needing.length > 0) {
                throw new errors/* InputError */.dz(`input "baseline": ${outcome.ref} cannot be used as the baseline (${reason.replace(/\.$/, '')}), and the gate${needing.length > 1 ? 's' : ''} ${needing.map((g) => `"${g.metric}: ${g.condition.trim()}"`).join(', ')} compare${needing.length > 1 ? '' : 's'} with it. Fix the baseline (register a version and move the alias, or give a package path), or use fixed thresholds.`, 'baseline');
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
        const gateResults = evaluateGates(gates, metrics, baselineMetrics ?? undefined, reason ? `the baseline could not be used: ${reason}` : 'the baseline input is none');
        const slices = options.slices && options.slices.length > 0
            ? sliceMetrics(options.slices.map((name) => ({ name, values: table.values.get(name) })), scored.prepared, base?.prepared)
            : undefined;
        let importance;
        if (options.importance) {
            const spec = candidate.preprocessing;
            const features = (0,model_preprocessing/* applyPreprocessing */.JZ)(spec, table, { locate: table.locate });
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
        const baselineInfo = { ref: outcome.ref, resolved: Boolean(base) };
        if (outcome.resolved) {
            Object.assign(baselineInfo, { version: outcome.resolved.version, tag: outcome.resolved.tag, url: outcome.resolved.releaseUrl });
            if (base)
                baselineInfo.model = modelInfo(baseline.manifest);
        }
        if (reason)
            baselineInfo.reason = reason;
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
            history: {
                candidate: await readHistory(options.modelDir),
                baseline: outcome.resolved ? await readHistory(outcome.resolved.dir) : undefined,
            },
            run: options.run,
        };
        return report;
    }
    finally {
        await Promise.all(opened.map((p) => p.release()));
    }
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/report/mermaid.ts

/**
 * Series colours, in order, fixed so the text can name them (xychart has no legend): the default
 * theme draws a first line in a pale lavender that is hard to see on white.
 */
const COLOURS = { blue: '#0969da', orange: '#bc4c00', green: '#1a7f37', purple: '#8250df' };
const SERIES_COLOURS = ['blue', 'orange', 'green', 'purple'];
/** The init directive that fixes the series colours, in series order. */
function paletteDirective(colours = SERIES_COLOURS) {
    return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours.map((c) => COLOURS[c]).join(', ')}"}}}}%%`;
}
const PALETTE_DIRECTIVE = paletteDirective();
/** Text safe inside a quoted xychart string: no quotes, brackets, semicolons, `#`, `%%` or newlines. */
function chartText(text, max = 60) {
    const cleaned = text
        .replace(/[^A-Za-z0-9 _.,:()/+\-=<>²]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return (cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned) || '-';
}
/** A finite number in plain decimal notation (mermaid's number token has no exponent). */
function chartNumber(value) {
    if (!Number.isFinite(value))
        throw new Error(`a chart value must be finite, got ${value}`);
    if (value === 0)
        return '0';
    const rounded = Number(value.toPrecision(6));
    const text = rounded.toString();
    if (!/e/i.test(text))
        return text;
    // Below 1e-6 or above 1e21 JavaScript switches to exponents, which mermaid does not read.
    if (Math.abs(rounded) < 1)
        return rounded.toFixed(Math.min(100, 5 - Math.floor(Math.log10(Math.abs(rounded))))).replace(/0+$/, '');
    return BigInt(Math.round(rounded)).toString();
}
/** The y range: the printed values' range padded by 5% and rounded outward, never empty; bars start from 0. */
function yRange(series) {
    const values = series.flatMap((s) => s.values.map((v) => Number(chartNumber(v))));
    if (series.some((s) => s.kind === 'bar'))
        values.push(0);
    let low = Math.min(...values);
    let high = Math.max(...values);
    if (low === high) {
        const pad = Math.abs(low) * 0.1 || 1;
        low -= pad;
        high += pad;
    }
    const pad = (high - low) * 0.05;
    low = low >= 0 && low - pad < 0 ? 0 : low - pad;
    high = high <= 0 && high + pad > 0 ? 0 : high + pad;
    const step = 10 ** (Math.floor(Math.log10(high - low)) - 2);
    return [Number((Math.floor(low / step) * step).toPrecision(12)), Number((Math.ceil(high / step) * step).toPrecision(12))];
}
/** The chart as a fenced `mermaid` block, or undefined when there is nothing finite to draw. */
function xyChart(chart) {
    const series = chart.series
        .filter((s) => s.values.length === chart.xLabels.length && s.values.length > 0 && s.values.every(Number.isFinite))
        .slice(0, (chart.colours ?? SERIES_COLOURS).length);
    if (series.length === 0)
        return undefined;
    const [low, high] = yRange(series);
    const labels = chart.xLabels.map((label) => `"${chartText(label, 24)}"`).join(', ');
    const lines = [
        paletteDirective(chart.colours),
        chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
        `    title "${chartText(chart.title)}"`,
        `    x-axis ${chart.xTitle ? `"${chartText(chart.xTitle)}" ` : ''}[${labels}]`,
        `    y-axis "${chartText(chart.yTitle)}" ${chartNumber(low)} --> ${chartNumber(high)}`,
        ...series.map((s) => `    ${s.kind} [${s.values.map(chartNumber).join(', ')}]`),
    ];
    return (0,markdown/* codeBlock */.DV)(lines.join('\n'), 'mermaid');
}
const STRING = String.raw `"[A-Za-z0-9 _.,:()/+\-=<>²…]+"`;
const mermaid_NUMBER = String.raw `-?\d+(?:\.\d+)?`;
const GRAMMAR = {
    palette: /^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "#[0-9a-f]{6}(?:, #[0-9a-f]{6})*"\}\}\}\}%%$/,
    title: new RegExp(`^    title ${STRING}$`),
    xAxis: new RegExp(`^    x-axis (?:${STRING} )?\\[(${STRING}(?:, ${STRING})*)\\]$`),
    yAxis: new RegExp(`^    y-axis ${STRING} (${mermaid_NUMBER}) --> (${mermaid_NUMBER})$`),
    series: new RegExp(`^    (?:line|bar) \\[(${mermaid_NUMBER}(?:, ${mermaid_NUMBER})*)\\]$`),
};
/**
 * Checks one mermaid block's body against the grammar above: header, title, x-axis, y-axis,
 * then at least one series with one number per x label, all inside the y range. Returns the
 * problems (empty when valid).
 */
function xyChartProblems(body) {
    const all = body.replace(/\n$/, '').split('\n');
    const problems = [];
    if (!GRAMMAR.palette.test(all[0] ?? ''))
        problems.push(`first line is "${all[0]}", not the palette directive`);
    const lines = all.slice(1);
    if (lines[0] !== 'xychart-beta' && lines[0] !== 'xychart-beta horizontal')
        problems.push(`second line is "${lines[0]}", not "xychart-beta" (or "xychart-beta horizontal")`);
    if (!GRAMMAR.title.test(lines[1] ?? ''))
        problems.push(`bad title line: ${lines[1]}`);
    const x = GRAMMAR.xAxis.exec(lines[2] ?? '');
    if (!x)
        problems.push(`bad x-axis line: ${lines[2]}`);
    const y = GRAMMAR.yAxis.exec(lines[3] ?? '');
    if (!y)
        problems.push(`bad y-axis line: ${lines[3]}`);
    const count = x ? x[1].split('", "').length : 0;
    const [low, high] = y ? [Number(y[1]), Number(y[2])] : [Number.NaN, Number.NaN];
    if (y && !(low < high))
        problems.push(`empty y range ${low} --> ${high}`);
    const seriesLines = lines.slice(4);
    if (seriesLines.length === 0)
        problems.push('no series');
    for (const line of seriesLines) {
        const match = GRAMMAR.series.exec(line);
        if (!match) {
            problems.push(`bad series line: ${line}`);
            continue;
        }
        const values = match[1].split(', ').map(Number);
        if (values.length !== count)
            problems.push(`series has ${values.length} values for ${count} x labels`);
        if (values.some((v) => v < low - 1e-9 || v > high + 1e-9))
            problems.push(`series values outside the y range ${low} --> ${high}`);
    }
    return problems;
}
/** Bodies of every ```mermaid block in a markdown document. */
function mermaidBlocks(markdown) {
    return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]);
}

;// CONCATENATED MODULE: ./shared/evaluate/render.ts



/**
 * The evaluation as markdown: the same sections for the pull-request comment and the job
 * summary, cut to each one's limit by `renderReport` (details first, never mid-block).
 */
/** Text from data or manifests (labels, slice values, names) made inert: no HTML, no emphasis, no links. */
function inert(text) {
    return text.replace(/[&<>*_`[\]~#!\\]/g, (c) => `&#${c.charCodeAt(0)};`);
}
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
    if (report.baseline.reason)
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
    const change = usable.map((m) => (((0,definitions/* improvementSign */.gS)(m.metric) * m.delta) / Math.abs(m.baseline)) * 100);
    // xychart bars grow from the axis minimum, not from 0, so a signed bar would mislead. Bars
    // are sizes instead: every change in orange, then the gains drawn over it in blue, so a gain
    // is a blue bar and a loss an orange one (a zero bar still shows as a sliver a few pixels long,
    // hidden under the other series wherever it can be).
    const chart = xyChart({
        title: 'Change against the baseline, percent of its value',
        horizontal: true,
        xLabels: usable.map((m) => (0,definitions/* findMetric */.GF)(m.metric)?.label ?? m.metric),
        yTitle: 'percent',
        colours: ['orange', 'blue'],
        series: [
            { kind: 'bar', values: change.map((c) => Math.abs(c)) },
            { kind: 'bar', values: change.map((c) => Math.max(c, 0)) },
        ],
    });
    if (!chart)
        return '';
    return `### Metric changes\n\n${chart}\n\n<sub>blue: better · orange: worse, by how much relative to the baseline's value (for log loss, ECE, RMSE… lower is better). Whether a change is more than noise: the Verdict column above.</sub>`;
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
function curvesSection(report) {
    const history = report.history?.candidate;
    if (!history)
        return '';
    const epochs = Math.max(...Object.values(history).map((s) => s.length));
    const picked = sampledEpochs(epochs);
    const charts = [];
    for (const [base, keys] of curveGroups(history).slice(0, 4)) {
        const series = keys.filter((k) => history[k].length === epochs);
        const chart = xyChart({
            title: base,
            xTitle: 'epoch',
            xLabels: picked.map((e) => String(e + 1)),
            yTitle: base,
            series: series.map((k) => ({ kind: 'line', values: picked.map((e) => history[k][e]) })),
        });
        if (chart)
            charts.push(`${chart}\n\n<sub>${series
                .slice(0, SERIES_COLOURS.length)
                .map((k, i) => `${SERIES_COLOURS[i]}: ${inert(k)}`)
                .join(' · ')}</sub>`);
    }
    const keys = Object.keys(history);
    const rows = picked.map((e) => [e + 1, ...keys.map((k) => (0,markdown/* formatNumber */.ZV)(history[k][e]))]);
    const note = picked.length < epochs ? `\n\n<sub>${picked.length} of ${epochs} epochs shown.</sub>` : '';
    const tableBlock = (0,markdown/* details */.zH)(`Training curves as a table (${plural(epochs, 'epoch')})`, `${(0,markdown/* table */.tp)(['Epoch', ...keys.map(inert)], rows, ['r', ...keys.map(() => 'r')])}${note}`);
    return `### Training curves\n\n${charts.join('\n\n')}\n\n${tableBlock}`;
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
function slicesSection(report) {
    if (!report.slices || report.slices.length === 0)
        return '';
    const metrics = (0,definitions/* metricRoles */.OH)(report.task).slices;
    const withBaseline = report.baseline.resolved;
    const parts = report.slices.map((column) => {
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
        const omitted = column.omittedSlices > 0
            ? `\n\n<sub>${plural(column.omittedSlices, 'smaller slice')} (${plural(column.omittedRows, 'row')}) not shown.</sub>`
            : '';
        return `**${inert(column.column)}**\n\n${(0,markdown/* table */.tp)(header, rows, ['l', ...header.slice(1).map(() => 'r')])}${omitted}`;
    });
    return (0,markdown/* details */.zH)(`Slices: ${report.slices.map((s) => s.column).join(', ')}`, `${parts.join('\n\n')}\n\n<sub>Candidate values; Δ = candidate − baseline on the slice's rows. Small slices are noisy.</sub>`);
}
function importanceSection(report) {
    const importance = report.importance;
    if (!importance)
        return '';
    const ordered = [...importance.features].sort((a, b) => b.mean - a.mean || (a.name < b.name ? -1 : 1));
    const rows = ordered.map((f) => [inert(f.name), signed(f.mean, 3), (0,markdown/* formatNumber */.ZV)(f.std, 2)]);
    return (0,markdown/* details */.zH)(`Permutation importance (${importance.metric})`, `${(0,markdown/* table */.tp)(['Feature', `Drop in ${importance.metric} when shuffled`, 'Std'], rows, ['l', 'r', 'r'])}\n\n<sub>${plural(importance.repeats, 'shuffle')} per feature on the evaluation rows; positive = the model relies on it. Candidate ${importance.metric}: ${(0,markdown/* formatNumber */.ZV)(importance.baseline)}.</sub>`);
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
        { markdown: deltaChart(report) },
        { markdown: curvesSection(report) },
        { markdown: confusionSection(report) },
        { markdown: slicesSection(report) },
        { markdown: importanceSection(report) },
        { markdown: definitionsSection(report) },
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
    const report = await evaluateModel({
        modelDir: (0,external_node_path_.resolve)(cwd, inputs['model-dir']),
        data: inputs.data,
        cwd,
        env,
        gates: inputs.gates,
        resamples: inputs.bootstrap,
        slices: inputs.slices,
        importance: inputs.importance,
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
            const posted = await upsertStickyComment(github(), {
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
        throw new errors/* StepFailedError */.mK(`${failed.length} of ${report.gates.length} gate${report.gates.length > 1 ? 's' : ''} failed: ${list}. The report is in ${outputs.report}${commentUrl ? ` and ${commentUrl}` : ''}.`, outputs);
    }
    io.info(`Evaluation: ${report.gates.length ? `all ${report.gates.length} gate(s) passed` : 'no gates'}; report at ${outputs.report}.`);
    return outputs;
};


/***/ }),

/***/ 86856:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ throttling)
/* harmony export */ });
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
// pkg/dist-src/index.js


// pkg/dist-src/version.js
var VERSION = "0.0.0-development";

// pkg/dist-src/wrap-request.js
var noop = () => Promise.resolve();
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}

// pkg/dist-src/generated/triggers-notification-paths.js
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];

// pkg/dist-src/route-matcher.js
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}

// pkg/dist-src/index.js
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;



/***/ }),

/***/ 11303:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  E: () => (/* binding */ Octokit)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(14730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-request-log/dist-src/index.js + 1 modules
var plugin_request_log_dist_src = __webpack_require__(55077);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var dist_bundle = __webpack_require__(93779);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(49210);
;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/version.js
const VERSION = "22.0.1";


;// CONCATENATED MODULE: ./node_modules/@octokit/rest/dist-src/index.js





const Octokit = dist_src/* Octokit */.E.plugin(plugin_request_log_dist_src/* requestLog */.M, plugin_rest_endpoint_methods_dist_src/* legacyRestEndpointMethods */.T, dist_bundle/* paginateRest */.ud).defaults(
  {
    userAgent: `octokit-rest.js/${VERSION}`
  }
);



/***/ })

};
