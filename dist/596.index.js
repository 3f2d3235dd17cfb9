export const id = 596;
export const ids = [596];
export const modules = {

/***/ 27356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _3: () => (/* binding */ createRef),
/* harmony export */   _O: () => (/* binding */ listMatchingRefs),
/* harmony export */   cX: () => (/* binding */ getRef),
/* harmony export */   jq: () => (/* binding */ deleteRef)
/* harmony export */ });
/* unused harmony exports fullRef, shortRef, updateRef */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35585);

const REFS_PERMISSION = 'contents: write';
/** `refs/tags/x` for the create call, `tags/x` for the others (the REST paths differ). */
function fullRef(ref) {
    return ref.startsWith('refs/') ? ref : `refs/${ref}`;
}
function shortRef(ref) {
    return ref.replace(/^refs\//, '');
}
function toGitRef(data) {
    return { ref: data.ref, sha: data.object.sha, type: data.object.type };
}
/** The ref, or undefined when it does not exist. */
async function getRef(client, params) {
    const { owner, repo } = params;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describedAs */ .Ke)({ what: `Reading ${fullRef(params.ref)} in ${owner}/${repo}` }, async () => {
        try {
            const { data } = await client.rest.git.getRef({ owner, repo, ref: shortRef(params.ref) });
            return toGitRef(data);
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 404))
                return undefined;
            throw error;
        }
    });
}
/** Every ref whose name starts with the prefix (`tags/model@production/`), paginated. */
async function listMatchingRefs(client, params) {
    const { owner, repo } = params;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describedAs */ .Ke)({ what: `Listing ${fullRef(params.prefix)}* in ${owner}/${repo}` }, async () => {
        const refs = [];
        for await (const page of client.paginate.iterator(client.rest.git.listMatchingRefs, {
            owner,
            repo,
            ref: shortRef(params.prefix),
            per_page: 100,
        })) {
            for (const data of page.data)
                refs.push(toGitRef(data));
        }
        return refs;
    });
}
/**
 * Creates a ref. GitHub answers 422 "Reference already exists" when another run got there first;
 * that is `{ created: false }` (with the existing ref), which makes tag creation usable as a lock:
 * of two runs racing for `model/v4`, exactly one gets `created: true`.
 */
async function createRef(client, params) {
    const { owner, repo, sha } = params;
    const ref = fullRef(params.ref);
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describedAs */ .Ke)({ what: `Creating ${ref} in ${owner}/${repo}`, permission: REFS_PERMISSION }, async () => {
        try {
            const { data } = await client.rest.git.createRef({ owner, repo, ref, sha });
            return { created: true, ref: toGitRef(data) };
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 422) && /already exists/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubMessage */ .RG)(error))) {
                return { created: false, existing: await getRef(client, { owner, repo, ref }) };
            }
            throw error;
        }
    });
}
/**
 * Points the ref at `sha` in one call (an alias move is atomic: readers see the old or the new
 * target, never neither). `force` allows a move that is not a fast-forward, which tags need.
 */
async function updateRef(client, params) {
    const { owner, repo, sha } = params;
    return describedAs({ what: `Moving ${fullRef(params.ref)} in ${owner}/${repo} to ${sha.slice(0, 12)}`, permission: REFS_PERMISSION }, async () => {
        const { data } = await client.rest.git.updateRef({ owner, repo, ref: shortRef(params.ref), sha, force: params.force ?? false });
        return toGitRef(data);
    });
}
/** Deletes the ref; `{ deleted: false }` when it was already gone. */
async function deleteRef(client, params) {
    const { owner, repo } = params;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describedAs */ .Ke)({ what: `Deleting ${fullRef(params.ref)} in ${owner}/${repo}`, permission: REFS_PERMISSION }, async () => {
        try {
            await client.rest.git.deleteRef({ owner, repo, ref: shortRef(params.ref) });
            return { deleted: true };
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 404) || ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .hasStatus */ .Ro)(error, 422) && /does not exist/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .gitHubMessage */ .RG)(error))))
                return { deleted: false };
            throw error;
        }
    });
}


/***/ }),

/***/ 36856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dl: () => (/* binding */ publishRelease),
/* harmony export */   GN: () => (/* binding */ downloadReleaseAsset),
/* harmony export */   Q3: () => (/* binding */ sha256File),
/* harmony export */   a7: () => (/* binding */ findReleaseByTag),
/* harmony export */   tH: () => (/* binding */ listReleases)
/* harmony export */ });
/* unused harmony exports listReleaseAssets, uploadEndpoint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8126);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(16317);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(35585);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(96919);










const RELEASE_PERMISSION = 'contents: write';
/** GitHub refuses release notes longer than this. */
const RELEASE_BODY_LIMIT = 125_000;
const ASSET_NAME = /^[A-Za-z0-9_+-][A-Za-z0-9._+-]*$/;
async function sha256File(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        size += chunk.length;
    }
    return { sha256: hash.digest('hex'), size };
}
async function describeLocalFiles(assets) {
    const seen = new Set();
    const files = [];
    for (const asset of assets) {
        if (!ASSET_NAME.test(asset.name) || asset.name.endsWith('.')) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Release asset name "${asset.name}" has characters GitHub would rename; use letters, digits, ".", "_", "-" and "+" only (not starting or ending with ".").`);
        }
        if (seen.has(asset.name))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Release asset name "${asset.name}" is given twice; each asset needs its own name.`);
        seen.add(asset.name);
        try {
            const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(asset.path);
            if (!info.isFile())
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Release asset ${asset.path} is not a file.`);
        }
        catch (error) {
            if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo)
                throw error;
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Release asset ${asset.path} cannot be read: ${error.message}`);
        }
        files.push({ ...asset, ...(await sha256File(asset.path)) });
    }
    return files;
}
/** Every release of the repository, drafts included (for a token with push access), newest first. */
async function listReleases(client, params) {
    const { owner, repo } = params;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .describedAs */ .Ke)({ what: `Listing the releases of ${owner}/${repo}` }, async () => {
        const releases = [];
        for await (const page of client.paginate.iterator(client.rest.repos.listReleases, { owner, repo, per_page: 100 }))
            releases.push(...page.data);
        return releases;
    });
}
async function releasesForTag(client, owner, repo, tag) {
    const found = [];
    for await (const page of client.paginate.iterator(client.rest.repos.listReleases, { owner, repo, per_page: 100 })) {
        for (const release of page.data)
            if (release.tag_name === tag)
                found.push(release);
    }
    return found.sort((a, b) => a.id - b.id);
}
/**
 * The release for a tag: the published one if there is one, else the oldest draft. Drafts are
 * found through the release list, because `GET /releases/tags/{tag}` does not return them.
 */
async function findReleaseByTag(client, params) {
    const { owner, repo, tag } = params;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .describedAs */ .Ke)({ what: `Looking up the release ${tag} in ${owner}/${repo}` }, async () => {
        if (!params.includeDrafts) {
            try {
                const { data } = await client.rest.repos.getReleaseByTag({ owner, repo, tag });
                return data;
            }
            catch (error) {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .hasStatus */ .Ro)(error, 404))
                    return undefined;
                throw error;
            }
        }
        const releases = await releasesForTag(client, owner, repo, tag);
        return releases.find((release) => !release.draft) ?? releases[0];
    });
}
async function listReleaseAssets(client, params) {
    const { owner, repo, releaseId } = params;
    const assets = [];
    for await (const page of client.paginate.iterator(client.rest.repos.listReleaseAssets, {
        owner,
        repo,
        release_id: releaseId,
        per_page: 100,
    }))
        assets.push(...page.data);
    return assets;
}
/** Time for one transfer: the request timeout plus the size at a slow 512 KiB/s. */
function transferTimeoutMs(client, size) {
    if (!(client.settings.requestTimeoutMs > 0))
        return 0;
    return client.settings.requestTimeoutMs + Math.ceil((size / (512 * 1024)) * 1000);
}
function digestHex(asset) {
    const match = /^sha256:([0-9a-f]{64})$/i.exec(asset.digest ?? '');
    return match ? match[1].toLowerCase() : undefined;
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
async function streamAsset(client, asset, sink) {
    const response = await client.request({
        method: 'GET',
        url: asset.url,
        headers: { accept: 'application/octet-stream' },
        request: {
            parseSuccessResponseBody: false,
            fetch: (0,_client_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchWithTimeout */ .u9)(transferTimeoutMs(client, asset.size), { bufferBody: false, baseFetch: client.settings.fetch }),
        },
    });
    const body = response.data;
    if (!body)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`GitHub sent no content for the release asset ${asset.url}.`);
    await sink(node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.fromWeb(body));
}
async function hashRemoteAsset(client, asset) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let size = 0;
    await streamAsset(client, asset, async (body) => {
        for await (const chunk of body) {
            hash.update(chunk);
            size += chunk.length;
        }
    });
    return { sha256: hash.digest('hex'), size };
}
/** The asset's sha256 as GitHub reports it, or by downloading it when the server has no `digest`. */
async function remoteSha256(client, asset) {
    return digestHex(asset) ?? (await hashRemoteAsset(client, asset)).sha256;
}
/**
 * Streams a release asset to `destPath`, hashing it on the way; the file appears under its name
 * only once complete and matching the size (and GitHub's digest, when given). Bounded retries.
 */
async function downloadReleaseAsset(client, asset, destPath, options = {}) {
    const attempts = client.settings.maxRetries + 1;
    const partial = `${destPath}.partial`;
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(destPath), { recursive: true });
    let lastProblem = '';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
        const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        let size = 0;
        try {
            await streamAsset(client, asset, (body) => (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)(body, new node_stream__WEBPACK_IMPORTED_MODULE_4__.Transform({
                transform(chunk, _encoding, done) {
                    hash.update(chunk);
                    size += chunk.length;
                    done(null, chunk);
                },
            }), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(partial)));
        }
        catch (error) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(partial, { force: true });
            const described = (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .toUserError */ .dZ)(error, { what: `Downloading the release asset ${asset.name}` });
            // Answers from GitHub (5xx included) were already retried by the client; what is left to
            // retry here is a body stream that broke or stalled after the answer began.
            if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo || (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isGitHubRequestError */ .Bd)(error))
                throw described;
            lastProblem = described.message;
            if (attempt < attempts)
                await sleep(client.settings.retryBaseMs * attempt * attempt);
            continue;
        }
        const sha256 = hash.digest('hex');
        const expected = options.expectedSha256?.toLowerCase() ?? digestHex(asset);
        if (size === asset.size && (!expected || expected === sha256)) {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(partial, destPath);
            return { path: destPath, size, sha256 };
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(partial, { force: true });
        lastProblem = `the download was ${size} bytes with sha256 ${sha256}, but GitHub lists ${asset.size} bytes${expected ? ` and sha256 ${expected}` : ''}`;
        if (attempt < attempts)
            await sleep(client.settings.retryBaseMs * attempt * attempt);
    }
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Downloading the release asset ${asset.name} failed ${attempts} times: ${lastProblem}. Re-run the job; if it persists, the asset on the release is damaged.`);
}
/** The upload address from a release's `upload_url` (an RFC 6570 template ending in `{?name,label}`). */
function uploadEndpoint(uploadUrl, name) {
    const base = uploadUrl.replace(/\{[^}]*\}$/, '');
    return `${base}${base.includes('?') ? '&' : '?'}name=${encodeURIComponent(name)}`;
}
async function verifyAsset(client, asset, file) {
    if (asset.state !== 'uploaded')
        return `its state is "${asset.state}", not "uploaded"`;
    if (asset.size !== file.size)
        return `it is ${asset.size} bytes on GitHub but ${file.size} bytes on disk`;
    const sha256 = await remoteSha256(client, asset);
    if (sha256 !== file.sha256)
        return `its sha256 on GitHub is ${sha256}, but ${file.sha256} on disk`;
    return undefined;
}
async function deleteAsset(client, owner, repo, assetId) {
    try {
        await client.rest.repos.deleteReleaseAsset({ owner, repo, asset_id: assetId });
    }
    catch (error) {
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .hasStatus */ .Ro)(error, 404))
            throw error;
    }
}
/** One upload of one file, streamed from disk with its Content-Length; every attempt opens the file afresh. */
async function uploadOnce(client, release, file) {
    const streamingFetch = (0,_client_js__WEBPACK_IMPORTED_MODULE_7__/* .fetchWithTimeout */ .u9)(transferTimeoutMs(client, file.size), { baseFetch: client.settings.fetch });
    const { data } = await client.request({
        method: 'POST',
        url: uploadEndpoint(release.upload_url, file.name),
        headers: { 'content-type': file.contentType ?? 'application/octet-stream', 'content-length': String(file.size) },
        request: {
            // A failed upload can leave a broken asset under the name, so a blind retry would hit
            // "already_exists": uploadAsset cleans up and retries instead.
            retries: 0,
            fetch: ((input, init) => streamingFetch(input, {
                ...init,
                body: node_stream__WEBPACK_IMPORTED_MODULE_4__.Readable.toWeb((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file.path)),
                duplex: 'half',
            })),
        },
    });
    return data;
}
async function uploadAsset(client, owner, repo, release, file, attempts) {
    const problems = [];
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
        let asset;
        try {
            asset = await uploadOnce(client, release, file);
        }
        catch (error) {
            const described = (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .toUserError */ .dZ)(error, {
                what: `Uploading ${file.name} to the draft release ${release.tag_name}`,
                permission: RELEASE_PERMISSION,
            });
            const retriable = !(0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isGitHubRequestError */ .Bd)(error) ||
                !error.response ||
                error.status >= 500 ||
                (error.status === 422 && /already_exists/i.test((0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .gitHubMessage */ .RG)(error)));
            if (!retriable)
                throw described;
            problems.push((0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .isGitHubRequestError */ .Bd)(error) && error.response ? `GitHub answered ${error.status}` : described.message);
        }
        if (asset) {
            const problem = await verifyAsset(client, asset, file);
            if (!problem)
                return asset;
            problems.push(`the uploaded copy failed verification: ${problem}`);
        }
        // Whatever GitHub kept under this name (a partial or unverified upload) goes before the next try.
        for (const leftover of await listReleaseAssets(client, { owner, repo, releaseId: release.id })) {
            if (leftover.name === file.name)
                await deleteAsset(client, owner, repo, leftover.id);
        }
        client.settings.io?.warning(`Upload of ${file.name} to ${release.tag_name} failed (${problems.at(-1)}); ${attempt < attempts ? `retrying (attempt ${attempt + 1} of ${attempts})` : 'giving up'}.`);
        if (attempt < attempts)
            await sleep(client.settings.retryBaseMs * attempt * attempt);
    }
    const summary = problems.every((problem) => problem === problems[0]) ? `${problems[0]} ${attempts} times` : problems.join('; ');
    throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`Uploading ${file.name} to the release ${release.tag_name} in ${owner}/${repo} failed: ${summary} for POST ${new URL(uploadEndpoint(release.upload_url, file.name)).pathname}; re-run the job. The release stays a draft, so nobody sees a half version, and a re-run resumes it.`);
}
function publishedAssets(assets, files) {
    return files.map((file) => {
        const asset = assets.find((candidate) => candidate.name === file.name);
        return {
            id: asset.id,
            name: asset.name,
            size: asset.size,
            sha256: file.sha256,
            url: asset.url,
            downloadUrl: asset.browser_download_url,
        };
    });
}
/**
 * Publishes a release so that nobody ever sees it half done: a draft first (or the draft an
 * earlier failed attempt left, found through the release list), every asset streamed from disk
 * and verified by size and sha256 (GitHub's `digest`, or a download when the server lacks it),
 * failures deleted and re-uploaded within bounded attempts, and only then `draft: false`.
 * A re-run after success finds the published release, checks its assets match, and returns it:
 * never a second release for the tag.
 */
async function publishRelease(client, params) {
    const { owner, repo, tag } = params;
    if ((0,_markers_js__WEBPACK_IMPORTED_MODULE_9__/* .bodyLength */ .ZA)(params.body) > RELEASE_BODY_LIMIT) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`The release notes for ${tag} are ${(0,_markers_js__WEBPACK_IMPORTED_MODULE_9__/* .bodyLength */ .ZA)(params.body).toLocaleString('en-US')} characters, over GitHub's limit of ${RELEASE_BODY_LIMIT.toLocaleString('en-US')}; shorten them.`);
    }
    const files = await describeLocalFiles(params.assets);
    const attempts = params.uploadAttempts ?? client.settings.maxRetries + 1;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_8__/* .describedAs */ .Ke)({ what: `Publishing the release ${tag} in ${owner}/${repo}`, permission: RELEASE_PERMISSION }, async () => {
        const existing = await releasesForTag(client, owner, repo, tag);
        const published = existing.find((release) => !release.draft);
        if (published) {
            const assets = await listReleaseAssets(client, { owner, repo, releaseId: published.id });
            const mismatches = [];
            for (const file of files) {
                const asset = assets.find((candidate) => candidate.name === file.name);
                const problem = asset ? await verifyAsset(client, asset, file) : 'it is missing';
                if (problem)
                    mismatches.push(`${file.name}: ${problem}`);
            }
            if (mismatches.length > 0) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo(`The release ${tag} in ${owner}/${repo} is already published with different assets (${mismatches.join('; ')}). Published versions are immutable: publish a new version instead.`);
            }
            return { id: published.id, url: published.html_url, tag, action: 'unchanged', assets: publishedAssets(assets, files), uploaded: [] };
        }
        const [reusable, ...extraDrafts] = existing;
        for (const draft of extraDrafts)
            await client.rest.repos.deleteRelease({ owner, repo, release_id: draft.id });
        let release;
        if (reusable) {
            const { data } = await client.rest.repos.updateRelease({
                owner,
                repo,
                release_id: reusable.id,
                name: params.name,
                body: params.body,
                prerelease: params.prerelease ?? false,
                ...(params.targetCommitish ? { target_commitish: params.targetCommitish } : {}),
            });
            release = data;
        }
        else {
            const { data } = await client.rest.repos.createRelease({
                owner,
                repo,
                tag_name: tag,
                name: params.name,
                body: params.body,
                draft: true,
                prerelease: params.prerelease ?? false,
                ...(params.targetCommitish ? { target_commitish: params.targetCommitish } : {}),
            });
            release = data;
        }
        const uploaded = [];
        const present = await listReleaseAssets(client, { owner, repo, releaseId: release.id });
        const wanted = new Set(files.map((file) => file.name));
        for (const stray of present.filter((asset) => !wanted.has(asset.name)))
            await deleteAsset(client, owner, repo, stray.id);
        for (const file of files) {
            const earlier = present.find((asset) => asset.name === file.name);
            if (earlier) {
                if (!(await verifyAsset(client, earlier, file)))
                    continue;
                await deleteAsset(client, owner, repo, earlier.id);
            }
            await uploadAsset(client, owner, repo, release, file, attempts);
            uploaded.push(file.name);
        }
        const final = await listReleaseAssets(client, { owner, repo, releaseId: release.id });
        const { data: done } = await client.rest.repos.updateRelease({
            owner,
            repo,
            release_id: release.id,
            draft: false,
            ...(params.makeLatest === undefined ? {} : { make_latest: params.makeLatest ? 'true' : 'false' }),
        });
        return {
            id: done.id,
            url: done.html_url,
            tag,
            action: reusable ? 'resumed' : 'created',
            assets: publishedAssets(final, files),
            uploaded,
        };
    });
}


/***/ }),

/***/ 4660:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ aliasHistory),
/* harmony export */   P6: () => (/* binding */ currentMove),
/* harmony export */   PO: () => (/* binding */ listAliases),
/* harmony export */   kb: () => (/* binding */ moveAlias),
/* harmony export */   lR: () => (/* binding */ rollbackAlias)
/* harmony export */ });
/* unused harmony exports aliasPrefix, actorWord, aliasEntryRef, parseAliasRef */
/* harmony import */ var _github_refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27356);
/* harmony import */ var _github_releases_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36856);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8126);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15484);




const ENTRY = /^(\d{6,})\.v([1-9]\d*)\.(\d{8}T\d{6}Z)\.([A-Za-z0-9-]+)$/;
function aliasPrefix(name, alias) {
    return alias === undefined ? `tags/${name}@` : `tags/${name}@${alias}/`;
}
function stampOf(date) {
    return date
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z')
        .replace(/[-:]/g, '');
}
function isoOf(stamp) {
    return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
}
/** A GitHub login as a ref-safe word (`github-actions[bot]` → `github-actions-bot`). */
function actorWord(actor) {
    const word = (actor ?? '').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
    return word || 'unknown';
}
function aliasEntryRef(name, alias, seq, version, movedAt, actor) {
    return `refs/tags/${name}@${alias}/${String(seq).padStart(6, '0')}.v${version}.${stampOf(movedAt)}.${actorWord(actor)}`;
}
/** The move an alias tag records, or undefined for a tag that is not an alias entry of this model. */
function parseAliasRef(name, ref) {
    const short = ref.ref.replace(/^refs\/tags\//, '');
    const prefix = `${name}@`;
    if (!short.startsWith(prefix))
        return undefined;
    const slash = short.indexOf('/', prefix.length);
    if (slash < 0)
        return undefined;
    const alias = short.slice(prefix.length, slash);
    const match = ENTRY.exec(short.slice(slash + 1));
    if (!match)
        return undefined;
    return {
        alias,
        seq: Number(match[1]),
        version: Number(match[2]),
        movedAt: isoOf(match[3]),
        movedBy: match[4],
        ref: ref.ref,
        sha: ref.sha,
    };
}
/** Oldest first; equal sequence numbers (a race) ordered by ref name, so the last entry is the target everyone agrees on. */
function byLogOrder(a, b) {
    return a.seq - b.seq || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
}
/** Every alias of the model with its moves, oldest first. One API call (more only past 100 entries). */
async function listAliases(client, target) {
    const refs = await (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .listMatchingRefs */ ._O)(client, { owner: target.owner, repo: target.repo, prefix: aliasPrefix(target.name, target.alias) });
    const aliases = new Map();
    for (const ref of refs) {
        const move = parseAliasRef(target.name, ref);
        if (!move || (target.alias !== undefined && move.alias !== target.alias))
            continue;
        aliases.set(move.alias, [...(aliases.get(move.alias) ?? []), move]);
    }
    for (const moves of aliases.values())
        moves.sort(byLogOrder);
    return aliases;
}
/** Where the alias points now: the last entry of its log. */
function currentMove(moves) {
    return moves && moves.length > 0 ? moves[moves.length - 1] : undefined;
}
/** The moves with the version each came from, for history views. */
function aliasHistory(moves) {
    return moves.map((move, index) => ({ ...move, from: index > 0 ? moves[index - 1].version : undefined }));
}
/**
 * Points the alias at a published version with one atomic ref creation, appending to its
 * history. Moving it to the version it already has is a no-op, so re-runs add no entries.
 */
async function moveAlias(client, options) {
    const { owner, repo, name, version } = options;
    const alias = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .validateAlias */ .jX)(options.alias);
    const moves = (await listAliases(client, { owner, repo, name, alias })).get(alias) ?? [];
    const current = currentMove(moves);
    if (current?.version === version)
        return { alias, from: current.version, to: version, moved: false, ref: current.ref };
    const tag = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .versionTag */ .Vm)(name, version);
    const release = await (0,_github_releases_js__WEBPACK_IMPORTED_MODULE_1__/* .findReleaseByTag */ .a7)(client, { owner, repo, tag });
    const tagRef = await (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .getRef */ .cX)(client, { owner, repo, ref: `tags/${tag}` });
    if (!release || release.draft || !tagRef) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Cannot point ${name}@${alias} at v${version}: ${tag} is not a published version in ${owner}/${repo}. Run \`mlops registry list ${name}\` to see the versions.`);
    }
    const seq = (current?.seq ?? 0) + 1;
    const ref = aliasEntryRef(name, alias, seq, version, options.now ?? new Date(), options.actor);
    const result = await (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .createRef */ ._3)(client, { owner, repo, ref, sha: tagRef.sha });
    if (result.created) {
        const after = currentMove((await listAliases(client, { owner, repo, name, alias })).get(alias));
        if (after && after.ref !== ref) {
            options.io?.warning(`${name}@${alias} was moved by another run at the same moment; it now points at v${after.version} (${after.movedBy}). Move it again if v${version} should win.`);
        }
    }
    return { alias, from: current?.version, to: version, moved: true, ref };
}
/**
 * Moves the alias back to the version it pointed at before its current one (a rollback is just
 * another move, so it is recorded in the history like any other).
 */
async function rollbackAlias(client, options) {
    const moves = (await listAliases(client, { owner: options.owner, repo: options.repo, name: options.name, alias: options.alias })).get(options.alias) ?? [];
    const current = currentMove(moves);
    const previous = [...moves].reverse().find((move) => move.version !== current?.version);
    if (!current || !previous) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${options.name}@${options.alias} has no earlier version to roll back to${current ? ` (it has only ever pointed at v${current.version})` : ' (the alias does not exist)'}.`);
    }
    return moveAlias(client, { ...options, version: previous.version });
}


/***/ }),

/***/ 33144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hh: () => (/* binding */ parseRecord),
/* harmony export */   o7: () => (/* binding */ modelCard)
/* harmony export */ });
/* unused harmony exports RELEASE_BODY_LIMIT, recordBlock */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90216);

/** GitHub refuses a release body longer than this many characters. */
const RELEASE_BODY_LIMIT = 125_000;
const BLOCK_START = '<!-- mlops-registry';
const BLOCK_END = '-->';
/** The record as an HTML comment (invisible on GitHub); `<`/`>` are escaped so no value can close it. */
function recordBlock(record) {
    const json = JSON.stringify(record).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    return `${BLOCK_START}\n${json}\n${BLOCK_END}`;
}
/** The record in a release body, or undefined when the body has none (not a registry release). */
function parseRecord(body) {
    if (!body)
        return undefined;
    const start = body.lastIndexOf(`${BLOCK_START}\n`);
    if (start < 0)
        return undefined;
    const end = body.indexOf(`\n${BLOCK_END}`, start);
    if (end < 0)
        return undefined;
    try {
        const record = JSON.parse(body.slice(start + BLOCK_START.length + 1, end).replace(/\r$/, ''));
        if (record?.schema !== 1 || typeof record.version !== 'number' || !record.archive?.sha256)
            return undefined;
        return record;
    }
    catch {
        return undefined;
    }
}
function humanSize(bytes) {
    if (bytes < 1024)
        return `${bytes} B`;
    const units = ['KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes / 1024;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    return `${value.toFixed(1)} ${units[unit]}`;
}
function link(text, url) {
    return url ? `[${text}](${url})` : text;
}
/**
 * The release body: a model card a person reads (task, metrics, params, data lineage, parent,
 * commit, run, backend, device, files) followed by the machine-readable record. Detail sections
 * are dropped before the record when the body would pass GitHub's limit.
 */
function modelCard({ manifest, record, notes, serverUrl, repository }) {
    const commitUrl = repository && record.commit ? `${serverUrl}/${repository}/commit/${record.commit}` : undefined;
    const parent = record.parent
        ? `v${record.parent.version}${record.parent.alias ? ` (${record.parent.alias} at registration)` : ''}`
        : 'none';
    const overview = [
        ['Task', manifest.task ?? 'unknown'],
        ['Framework', manifest.framework],
        ['Target', manifest.target ?? '–'],
        ...(manifest.classes?.length ? [['Classes', manifest.classes.join(', ')]] : []),
        ['Parent version', parent],
        ['Commit', record.commit ? link(`\`${record.commit.slice(0, 12)}\``, commitUrl) : 'unknown'],
        [
            'Run',
            record.run.id ? link(`${record.run.id}${record.run.attempt ? ` (attempt ${record.run.attempt})` : ''}`, record.run.url) : 'local',
        ],
        ['Backend', manifest.backend || 'unknown'],
        ['Device', manifest.device || 'unknown'],
        [
            'Training time',
            `${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(manifest.durationSeconds)} s${manifest.gpuSeconds ? `, ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(manifest.gpuSeconds)} GPU-s` : ''}${manifest.cost ? `, cost ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(manifest.cost.amount)}` : ''}`,
        ],
        ['Trained at', manifest.createdAt ?? '–'],
        ['Registered at', record.registeredAt],
    ];
    const sections = [
        { markdown: `## ${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeInline */ .VV)(record.name)} v${record.version}`, essential: true },
        {
            markdown: (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', ''], overview.map(([k, v]) => [`**${k}**`, v]), ['l', 'l']),
            essential: true,
        },
    ];
    if (notes?.trim())
        sections.push({ markdown: `### Notes\n\n${notes.trim()}`, essential: true });
    const metrics = Object.entries(manifest.metrics ?? {});
    sections.push({
        markdown: `### Metrics\n\n${metrics.length
            ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['metric', 'value'], metrics.map(([name, value]) => [name, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(value, 6)]), ['l', 'r'])
            : '_No metrics were recorded._'}`,
        essential: true,
    });
    const data = manifest.data;
    sections.push({
        markdown: `### Data lineage\n\n${data
            ? (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['', ''], [
                ['**Path**', `\`${data.path}\``],
                ['**Rows**', (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(data.rows)],
                ['**Fingerprint (sha256)**', `\`${data.fingerprint}\``],
                ['**Files**', (data.files ?? []).map((f) => `\`${f}\``).join(', ') || '–'],
            ], ['l', 'l'])
            : '_The package does not record its training data._'}`,
    });
    const params = Object.entries(manifest.params ?? {});
    if (params.length)
        sections.push({
            markdown: `### Parameters\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['parameter', 'value'], params.map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]), ['l', 'l'])}`,
        });
    sections.push({
        markdown: `### Files\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .table */ .tp)(['asset', 'size', 'sha256'], record.assets.map((a) => [a.name, humanSize(a.size), `\`${a.sha256}\``]), ['l', 'r', 'l'])}${record.archive.parts.length > 1
            ? `\n\nThe package archive (sha256 \`${record.archive.sha256}\`) is split into ${record.archive.parts.length} parts: \`cat ${record.archive.name}.part-* > ${record.archive.name}\`, then \`sha256sum -c --ignore-missing SHA256SUMS\`.`
            : ''}`,
    });
    sections.push({
        markdown: `### Use it\n\n${(0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(`- uses: OWNER/mlops-actions/actions/deploy@v1\n  with:\n    model: ${record.name}/v${record.version}`, 'yaml')}`,
    });
    const block = recordBlock(record);
    const rendered = (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .renderReport */ .B1)(sections, { max: RELEASE_BODY_LIMIT - block.length - 2, measure: (text) => text.length });
    return `${rendered.markdown.trimEnd()}\n\n${block}\n`;
}


/***/ }),

/***/ 15484:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HW: () => (/* binding */ validateModelName),
/* harmony export */   Q5: () => (/* binding */ formatModelRef),
/* harmony export */   Vm: () => (/* binding */ versionTag),
/* harmony export */   dq: () => (/* binding */ versionTagPrefix),
/* harmony export */   jX: () => (/* binding */ validateAlias),
/* harmony export */   mx: () => (/* binding */ versionOfTag),
/* harmony export */   qV: () => (/* binding */ parseModelRef)
/* harmony export */ });
/* unused harmony exports LATEST, refFormatProblem */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);

/**
 * Names in the registry become parts of git tag names (`<name>/v<N>`, `<name>@<alias>/…`) and of
 * release asset names, so they follow git check-ref-format and GitHub's asset-name rules, and
 * may not contain the two separators the registry itself uses: `/` (version) and `@` (alias).
 */
const SAFE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_LENGTH = 100;
/** The alias the resolver reserves for "the newest published version". */
const LATEST = 'latest';
/** What git check-ref-format says about a tag component, in words; undefined when it is fine. */
function refFormatProblem(component) {
    if (component === '')
        return 'it is empty';
    if (component === '@')
        return 'a lone "@" is not a valid git ref';
    // eslint-disable-next-line no-control-regex
    const control = /[\x00-\x20\x7f]/.exec(component);
    if (control)
        return control[0] === ' ' ? 'it contains a space' : 'it contains a control character';
    const forbidden = /[~^:?*[\\]/.exec(component);
    if (forbidden)
        return `it contains "${forbidden[0]}", which git does not allow in a tag name`;
    if (component.includes('..'))
        return 'it contains "..", which git does not allow in a tag name';
    if (component.includes('@{'))
        return 'it contains "@{", which git does not allow in a tag name';
    if (component.startsWith('.'))
        return 'it starts with ".", which git does not allow in a tag name';
    if (component.endsWith('.'))
        return 'it ends with ".", which git does not allow in a tag name';
    if (component.endsWith('.lock'))
        return 'it ends with ".lock", which git does not allow in a tag name';
    return undefined;
}
function checkName(value, what, input) {
    const problem = refFormatProblem(value) ??
        (value.includes('/') ? 'it contains "/", which the registry uses to separate the name from the version (name/vN)' : undefined) ??
        (value.includes('@') ? 'it contains "@", which the registry uses to separate the name from an alias (name@alias)' : undefined) ??
        (value.length > MAX_LENGTH ? `it is longer than ${MAX_LENGTH} characters` : undefined) ??
        (!SAFE.test(value) ? 'it has characters other than letters, digits, ".", "_" and "-" (GitHub renames such release assets)' : undefined);
    if (problem) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input "${input}": the ${what} "${value}" cannot be used: ${problem}. Use letters, digits, ".", "_" and "-", e.g. "churn-model".`, input);
    }
    return value;
}
function validateModelName(name, input = 'name') {
    return checkName(name, 'model name', input);
}
function validateAlias(alias, input = 'alias') {
    checkName(alias, 'alias', input);
    if (alias === LATEST) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input "${input}": "${LATEST}" is reserved (name@latest always means the newest published version); pick another alias name, e.g. "staging".`, input);
    }
    if (/^v\d+$/.test(alias))
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input "${input}": the alias "${alias}" looks like a version; pick a name such as "staging" or "production".`, input);
    return alias;
}
/** The release tag of a version: `churn/v3`. */
function versionTag(name, version) {
    return `${name}/v${version}`;
}
/** Prefix of every version tag of a model, for matching-refs (`tags/churn/v`). */
function versionTagPrefix(name) {
    return `tags/${name}/v`;
}
/** The version number of a full or short tag ref of this model, or undefined for anything else. */
function versionOfTag(name, ref) {
    const short = ref.replace(/^refs\//, '').replace(/^tags\//, '');
    const prefix = `${name}/v`;
    if (!short.startsWith(prefix))
        return undefined;
    const rest = short.slice(prefix.length);
    return /^[1-9]\d*$/.test(rest) ? Number(rest) : undefined;
}
/**
 * Parses `name/vN`, `name@alias` or `name@latest`; undefined when the text has neither form
 * (the caller then treats it as a path).
 */
function parseModelRef(text, input = 'model') {
    const version = /^([^/@]+)\/v(\d+)$/.exec(text);
    if (version) {
        const number = Number(version[2]);
        if (!Number.isSafeInteger(number) || number < 1)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`input "${input}": "${text}" has no valid version number; versions start at 1 (name/v1).`, input);
        return { kind: 'version', name: validateModelName(version[1], input), version: number };
    }
    const alias = /^([^/@]+)@([^/@]+)$/.exec(text);
    if (alias) {
        const name = validateModelName(alias[1], input);
        if (alias[2] === LATEST)
            return { kind: 'latest', name };
        return { kind: 'alias', name, alias: validateAlias(alias[2], input) };
    }
    return undefined;
}
function formatModelRef(ref) {
    if (ref.kind === 'version')
        return versionTag(ref.name, ref.version);
    return `${ref.name}@${ref.kind === 'latest' ? LATEST : ref.alias}`;
}


/***/ }),

/***/ 60039:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OZ: () => (/* binding */ listVersionTags),
/* harmony export */   VK: () => (/* binding */ versionReleases),
/* harmony export */   k4: () => (/* binding */ allocateVersion),
/* harmony export */   rv: () => (/* binding */ findRunVersion)
/* harmony export */ });
/* harmony import */ var _github_refs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27356);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8126);
/* harmony import */ var _card_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33144);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15484);




/** Version numbers that have a tag, newest first (a tag exists from allocation on, before its release is published). */
async function listVersionTags(client, target) {
    const refs = await (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .listMatchingRefs */ ._O)(client, { ...target, prefix: (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .versionTagPrefix */ .dq)(target.name) });
    const versions = [];
    for (const ref of refs) {
        const version = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOfTag */ .mx)(target.name, ref.ref);
        if (version !== undefined)
            versions.push({ version, sha: ref.sha });
    }
    return versions.sort((a, b) => b.version - a.version);
}
/** The model's versions among a repository's releases (drafts included when the list has them), newest first. */
function versionReleases(releases, name) {
    const out = [];
    for (const release of releases) {
        const version = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOfTag */ .mx)(name, release.tag_name);
        if (version === undefined)
            continue;
        out.push({ version, release, record: (0,_card_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRecord */ .Hh)(release.body) });
    }
    return out.sort((a, b) => b.version - a.version || a.release.id - b.release.id);
}
function missingCommit(error, options) {
    if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo && /Object does not exist|not a valid (sha|commit)/i.test(error.message)) {
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`The commit ${options.sha} is not in ${options.owner}/${options.repo}, so the version tag cannot point at it. Push the commit first (a workflow on this repository always can), or set GITHUB_SHA to a commit the repository has.`, { cause: error });
    }
    return error;
}
/**
 * Claims a version number by creating its tag. Tag creation is the lock: of two registers that
 * both read "next is 4", GitHub lets exactly one create `name/v4` and answers 422 to the other,
 * which then tries 5, and so on, so racing runs never share a version.
 */
async function allocateVersion(client, options) {
    const { owner, repo, name, sha } = options;
    try {
        if (options.requested !== undefined) {
            const tag = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .versionTag */ .Vm)(name, options.requested);
            const result = await (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .createRef */ ._3)(client, { owner, repo, ref: `refs/tags/${tag}`, sha });
            if (!result.created) {
                throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`input "version": ${tag} already exists in ${owner}/${repo}. Versions are immutable: use version "auto" for the next free number, or a number that is not taken.`, 'version');
            }
            return options.requested;
        }
        const existing = await listVersionTags(client, { owner, repo, name });
        let candidate = (existing[0]?.version ?? 0) + 1;
        const maxAttempts = options.maxAttempts ?? 20;
        for (let attempt = 1; attempt <= maxAttempts; attempt += 1, candidate += 1) {
            const result = await (0,_github_refs_js__WEBPACK_IMPORTED_MODULE_0__/* .createRef */ ._3)(client, { owner, repo, ref: `refs/tags/${(0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .versionTag */ .Vm)(name, candidate)}`, sha });
            if (result.created)
                return candidate;
        }
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Could not claim a version of ${name} in ${owner}/${repo}: ${maxAttempts} numbers in a row were taken by other runs at the same moment. Re-run the job (or limit concurrent registers with a workflow \`concurrency:\` group).`);
    }
    catch (error) {
        throw missingCommit(error, options);
    }
}
/**
 * The version an earlier execution of this same run already registered: the same run id and
 * attempt; else the same run id with a byte-identical package archive; else the run's published
 * version whatever its bytes (a re-run retrains, and a package records when it was built, so its
 * bytes differ: one workflow run registers one version). Drafts count for the first two: an
 * attempt that died mid-upload is resumed.
 */
function findRunVersion(versions, run, archiveSha256) {
    if (!run.id)
        return undefined;
    const sameRun = versions.filter((v) => v.record?.run.id === run.id);
    const pick = (candidates) => candidates.find((v) => !v.release.draft) ?? candidates[0];
    return (pick(sameRun.filter((v) => v.record?.run.attempt === run.attempt)) ??
        pick(sameRun.filter((v) => v.record?.archive.sha256 === archiveSha256)) ??
        sameRun.find((v) => !v.release.draft));
}


/***/ })

};
