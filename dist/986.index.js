export const id = 986;
export const ids = [986];
export const modules = {

/***/ 16317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   hu: () => (/* binding */ attemptInfoKey),
/* harmony export */   u9: () => (/* binding */ fetchWithTimeout)
/* harmony export */ });
/* unused harmony export RequestTimeoutError */
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11303);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86856);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);




const GitHubOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_1__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
const attemptInfoKey = Symbol.for('mlops-actions.github.attempts');
class RequestTimeoutError extends Error {
    timeoutMs;
    constructor(timeoutMs) {
        super(`no answer within ${Math.round(timeoutMs / 100) / 10} s`);
        this.timeoutMs = timeoutMs;
        this.name = 'RequestTimeoutError';
    }
}
/**
 * A fetch whose every call (so every retry attempt) gets its own deadline. Octokit turns the
 * rejection into a status-500 RequestError, which the retry plugin retries like a 5xx.
 * With `bufferBody` (the default) the deadline also covers reading the answer: Octokit would
 * otherwise swallow a body cut off by the deadline and hand back an empty result.
 * Streaming transfers pass false and keep the stream.
 */
function fetchWithTimeout(timeoutMs, options = {}) {
    const baseFetch = options.baseFetch ?? globalThis.fetch;
    const bufferBody = options.bufferBody ?? true;
    return async (input, init) => {
        if (!(timeoutMs > 0))
            return baseFetch(input, init);
        const deadline = AbortSignal.timeout(timeoutMs);
        const signal = init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline;
        try {
            const response = await baseFetch(input, { ...init, signal });
            if (!bufferBody)
                return response;
            const nullBody = [101, 204, 205, 304].includes(response.status);
            const body = nullBody ? null : await response.arrayBuffer();
            const buffered = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
            Object.defineProperty(buffered, 'url', { value: response.url });
            return buffered;
        }
        catch (error) {
            if (deadline.aborted)
                throw new RequestTimeoutError(timeoutMs);
            throw error;
        }
    };
}
function pathOf(url) {
    try {
        return new URL(url).pathname;
    }
    catch {
        return url.split('?')[0] ?? url;
    }
}
/** The path a request goes to, with the route template's parameters filled in. */
function requestPath(octokit, options) {
    try {
        return pathOf(octokit.request.endpoint.parse(options).url);
    }
    catch {
        return pathOf(options.url);
    }
}
function scrub(value, secret) {
    return secret ? value.split(secret).join('***') : value;
}
/**
 * The one GitHub client of the suite: Octokit with bounded retries for 5xx answers and timeouts,
 * rate-limit handling that honours `retry-after`, a per-attempt timeout, and a token that is
 * masked in logs and never appears in an error message.
 */
function createGitHubClient(options) {
    const { token, io } = options;
    const env = options.env ?? process.env;
    const maxRetries = options.maxRetries ?? 3;
    const requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
    const retryBaseMs = options.retryBaseMs ?? 1000;
    const maxRateLimitWaitS = options.maxRateLimitWaitS ?? 120;
    const baseUrl = (options.apiUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    if (token)
        io?.setSecret(token);
    const redact = (text) => scrub(text, token);
    const baseFetch = options.fetch ?? globalThis.fetch;
    // MLOPS_GITHUB_WRITE_SPACING_MS lets a local run against the emulator (or a GHES with no
    // secondary limits) skip GitHub's advised second between writes.
    const spacingFromEnv = env.MLOPS_GITHUB_WRITE_SPACING_MS !== undefined && env.MLOPS_GITHUB_WRITE_SPACING_MS !== ''
        ? Number(env.MLOPS_GITHUB_WRITE_SPACING_MS)
        : undefined;
    const writeSpacingMs = options.writeSpacingMs ?? (Number.isFinite(spacingFromEnv) ? spacingFromEnv : undefined);
    const limitHandler = (kind) => (retryAfter, request, octokit, retryCount) => {
        const what = `${request.method} ${requestPath(octokit, request)}`;
        if (retryCount >= maxRetries)
            return false;
        if (kind === 'primary' && retryAfter > maxRateLimitWaitS)
            return false;
        io?.warning(kind === 'secondary'
            ? `GitHub's secondary rate limit hit on ${what}; waiting ${retryAfter} s as asked (retry ${retryCount + 1} of ${maxRetries}).`
            : `GitHub API rate limit exhausted on ${what}; waiting ${retryAfter} s for the reset (retry ${retryCount + 1} of ${maxRetries}).`);
        return true;
    };
    const groupOf = (minTime) => minTime === undefined ? undefined : new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime });
    const octokit = new GitHubOctokit({
        auth: token || undefined,
        baseUrl,
        userAgent: options.userAgent ?? 'mlops-actions',
        log: {
            debug: (message) => io?.debug(redact(message)),
            info: (message) => io?.debug(redact(message)),
            warn: (message) => io?.warning(redact(message)),
            // Octokit logs every failed request here, including the expected ones (a 404 that means
            // "not there yet"); the caller decides what is an error worth an annotation.
            error: (message) => io?.debug(redact(message)),
        },
        request: { fetch: fetchWithTimeout(requestTimeoutMs, { baseFetch }) },
        retry: {
            retries: maxRetries,
            retryAfterBaseValue: retryBaseMs,
            // 429 is a rate limit: the throttling plugin owns it, with the server's retry-after.
            doNotRetry: [400, 401, 403, 404, 409, 410, 422, 429, 451],
        },
        throttle: {
            onRateLimit: limitHandler('primary'),
            onSecondaryRateLimit: limitHandler('secondary'),
            retryAfterBaseValue: options.retryAfterUnitMs ?? 1000,
            id: `mlops-actions-${Math.random().toString(36).slice(2)}`,
            write: groupOf(writeSpacingMs),
            notifications: groupOf(options.notificationSpacingMs ?? writeSpacingMs),
        },
    });
    // Outermost wrap: count attempts (each goes through the per-request fetch), log retries, and
    // make sure nothing that leaves the client carries the token.
    octokit.hook.wrap('request', async (request, requestOptions) => {
        const method = requestOptions.method;
        // Until the first attempt, the url may still be a template ("/repos/{owner}/…"); each
        // attempt records the address it really fetched.
        const info = { attempts: 0, method, path: requestOptions.url };
        const innerFetch = requestOptions.request?.fetch ?? fetchWithTimeout(requestTimeoutMs, { baseFetch });
        requestOptions.request = {
            ...requestOptions.request,
            fetch: async (input, init) => {
                info.attempts += 1;
                info.path = pathOf(input instanceof Request ? input.url : String(input));
                if (info.attempts > 1)
                    io?.info(`Retrying ${method} ${info.path} (attempt ${info.attempts}).`);
                try {
                    return await innerFetch(input, init);
                }
                catch (error) {
                    if (error instanceof RequestTimeoutError)
                        info.timedOutAfterMs = error.timeoutMs;
                    throw error;
                }
            },
        };
        try {
            return await request(requestOptions);
        }
        catch (error) {
            if (error instanceof Error) {
                error.message = redact(error.message);
                if (error.stack)
                    error.stack = redact(error.stack);
                // GitHub's error bodies are quoted in UserError messages; a server that echoes the
                // token back must not get it printed.
                const response = error.response;
                if (token && response?.data !== undefined && typeof response.data !== 'string' && !(response.data instanceof ArrayBuffer)) {
                    const text = JSON.stringify(response.data);
                    if (text?.includes(token))
                        response.data = JSON.parse(redact(text));
                }
                else if (token && typeof response?.data === 'string') {
                    response.data = redact(response.data);
                }
                Object.defineProperty(error, attemptInfoKey, { value: info, enumerable: false });
            }
            throw error;
        }
    });
    octokit.settings = { maxRetries, requestTimeoutMs, retryBaseMs, io, redact, fetch: baseFetch };
    return octokit;
}


/***/ }),

/***/ 35585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ isGitHubRequestError),
/* harmony export */   Ke: () => (/* binding */ describedAs),
/* harmony export */   RG: () => (/* binding */ gitHubMessage),
/* harmony export */   Ro: () => (/* binding */ hasStatus),
/* harmony export */   dZ: () => (/* binding */ toUserError)
/* harmony export */ });
/* unused harmony export acceptedPermissions */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16317);


function isGitHubRequestError(error) {
    return error instanceof Error && typeof error.status === 'number';
}
/** True for an HTTP answer with that status (not a network failure that Octokit labels 500). */
function hasStatus(error, ...statuses) {
    return isGitHubRequestError(error) && error.response !== undefined && statuses.includes(error.status);
}
/** GitHub's own explanation from an error body, without the documentation link. */
function gitHubMessage(error) {
    const data = error.response?.data;
    const base = typeof data?.message === 'string' ? data.message : error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
    const details = Array.isArray(data?.errors)
        ? data.errors
            .map((entry) => typeof entry === 'string'
            ? entry
            : typeof entry?.message === 'string'
                ? entry.message
                : entry?.code
                    ? `${entry.field ?? entry.resource ?? ''} ${entry.code}`.trim()
                    : '')
            .filter(Boolean)
        : [];
    return details.length > 0 ? `${base}: ${details.join('; ')}` : base;
}
/**
 * Permissions GitHub says would have allowed the call, from `x-accepted-github-permissions`
 * (`contents=write`, or alternatives such as `issues=write; pull_requests=write`). Returned as
 * YAML-style `scope: level`, with GitHub's `pull_requests` spelled `pull-requests` as in
 * workflow `permissions:` blocks.
 */
function acceptedPermissions(header) {
    if (!header)
        return [];
    return header
        .split(';')
        .map((alternative) => alternative
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => {
        const [scope, level] = item.split('=').map((part) => part.trim());
        return `${(scope ?? '').replace(/_/g, '-')}: ${level || 'read'}`;
    }))
        .filter((alternative) => alternative.length > 0);
}
function attempts(error) {
    return error[_client_js__WEBPACK_IMPORTED_MODULE_1__/* .attemptInfoKey */ .hu];
}
function requestLine(error, info) {
    if (info)
        return `${info.method} ${info.path}`;
    const url = error.request?.url ?? '';
    let path = url;
    try {
        path = new URL(url).pathname;
    }
    catch {
        // a relative url is already a path
    }
    return `${error.request?.method ?? ''} ${path}`.trim();
}
function resetTime(headers) {
    const reset = Number(headers['x-ratelimit-reset']);
    if (!Number.isFinite(reset) || reset <= 0)
        return '';
    const when = new Date(reset * 1000);
    const minutes = Math.max(0, Math.ceil((when.getTime() - Date.now()) / 60_000));
    return ` It resets at ${when.toISOString().slice(11, 16)} UTC (in about ${minutes} min).`;
}
/**
 * Turns an error from the client into a UserError whose message says what went wrong and what
 * to do. Errors that are not GitHub's (bugs) are returned unchanged.
 */
function toUserError(error, context) {
    if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return error;
    if (!(error instanceof Error))
        return error;
    const info = attempts(error);
    if (!isGitHubRequestError(error))
        return error;
    const { what } = context;
    const line = requestLine(error, info);
    const tries = info?.attempts ?? 1;
    const times = tries === 1 ? 'once' : `${tries} times`;
    if (!error.response) {
        if (info?.timedOutAfterMs) {
            return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: GitHub did not answer ${line} within ${Math.round(info.timedOutAfterMs / 100) / 10} s, ${times}; re-run the job (if it keeps happening, check https://www.githubstatus.com).`, { cause: error });
        }
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: could not reach GitHub for ${line} (${error.message}), ${times}; check the network and the API URL, then re-run the job.`, {
            cause: error,
        });
    }
    const headers = error.response.headers ?? {};
    const message = gitHubMessage(error);
    const status = error.status;
    if (status === 401) {
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: GitHub rejected the token (401 ${message}). It is missing, expired or revoked: check the github-token input (the default \${{ github.token }} works inside a workflow).`, { cause: error });
    }
    if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /\brate limit\b/i.test(message))) {
        if (/secondary/i.test(message) || headers['retry-after']) {
            return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: GitHub's secondary rate limit was still in effect after ${tries} ${tries === 1 ? 'try' : 'tries'} of ${line}; wait a few minutes and re-run the job (several jobs writing to GitHub at once cause this).`, { cause: error });
        }
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: the GitHub API rate limit for this token is exhausted (${line}).${resetTime(headers)} Re-run the job after the reset, or use a token with a higher limit.`, { cause: error });
    }
    if (status === 403) {
        const accepted = acceptedPermissions(headers['x-accepted-github-permissions']);
        const needed = accepted.length > 0 ? accepted : context.permission ? [[context.permission]] : [];
        if (needed.length > 0) {
            const writes = needed.map((alternative) => alternative.find((item) => /: (write|admin)$/.test(item)) ?? alternative[0]);
            const choice = writes.length === 1 ? `\`${writes[0]}\`` : `one of ${writes.map((item) => `\`${item}\``).join(' or ')}`;
            return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: the token is not allowed to do this (403 ${message}). It needs ${choice}: add \`permissions: ${writes[0]}\` to the job (or the workflow), keeping the permissions it already has.`, { cause: error });
        }
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: GitHub refused ${line} (403 ${message}). Check the token's permissions and the repository's settings.`, { cause: error });
    }
    if (status === 404) {
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: GitHub answered 404 for ${line}: it does not exist, or the token cannot see it (check the owner/repository names, and that the token has access to a private repository).`, { cause: error });
    }
    if (status >= 500) {
        return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: GitHub answered ${status} ${times} for ${line}; re-run the job.`, { cause: error });
    }
    return new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} failed: GitHub answered ${status} for ${line}: ${message}.`, { cause: error });
}
/** Runs one GitHub operation and rethrows its failure as toUserError describes. */
async function describedAs(context, operation) {
    try {
        return await operation();
    }
    catch (error) {
        throw toUserError(error, context);
    }
}


/***/ }),

/***/ 96919:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NZ: () => (/* binding */ sameBody),
/* harmony export */   Pe: () => (/* binding */ withMarker),
/* harmony export */   ZA: () => (/* binding */ bodyLength),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT),
/* harmony export */   xY: () => (/* binding */ hasMarker),
/* harmony export */   z0: () => (/* binding */ hiddenMarker)
/* harmony export */ });
/**
 * Hidden markers let the suite find what it wrote before (a sticky comment, a drift issue)
 * without the search index: an HTML comment, invisible when GitHub renders the markdown,
 * alone on its own line:
 *
 *   <!-- mlops-actions:<kind>:<key> -->
 *
 * `kind` says what carries it (`comment`, `issue`, `issue-comment`); `key` is the caller's
 * identity for it (a comment-key, a model and environment). Characters outside a safe set are
 * percent-encoded, so a key can never close the HTML comment or span lines.
 */
function hiddenMarker(kind, key) {
    const safe = (text) => text.replace(/[^A-Za-z0-9._~@/+=,-]/g, (char) => encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`));
    return `<!-- mlops-actions:${safe(kind)}:${safe(key)} -->`;
}
/** A body that starts with the marker on its own line. */
function withMarker(marker, body) {
    return `${marker}\n${body}`;
}
/**
 * True when one line of the body is exactly the marker. A quoted copy (`> <!-- … -->`) or the
 * marker inside other text does not count, so replies that quote the bot are never taken for it.
 */
function hasMarker(body, marker) {
    if (!body)
        return false;
    return body.split(/\r?\n/).some((line) => line.trim() === marker);
}
/** GitHub stores bodies with CRLF or LF depending on the client; compare without that difference. */
function sameBody(a, b) {
    return (a ?? '').replace(/\r\n/g, '\n') === (b ?? '').replace(/\r\n/g, '\n');
}
/** GitHub rejects issue, pull request and comment bodies longer than this many characters. */
const GITHUB_BODY_LIMIT = 65_536;
/** Characters as GitHub counts them (code points, so an emoji is one). */
function bodyLength(body) {
    let count = 0;
    for (const _ of body)
        count += 1;
    return count;
}


/***/ }),

/***/ 90216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B1: () => (/* binding */ renderReport),
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   VV: () => (/* binding */ escapeInline),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   iW: () => (/* binding */ COMMENT_LIMIT_CHARS),
/* harmony export */   j9: () => (/* binding */ commentLimit),
/* harmony export */   mf: () => (/* binding */ summaryLimit),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports SUMMARY_LIMIT_BYTES, escapeCell, escapeHtml */
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(735);

/** GitHub rejects issue and pull-request comment bodies longer than this many characters. */
const COMMENT_LIMIT_CHARS = 65_536;
/** GitHub refuses a step summary larger than 1 MiB (counted in bytes). */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Escape text so it stays inside one table cell and renders literally. */
function escapeCell(value) {
    if (value === null || value === undefined)
        return '';
    return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
/** Escape text for inline use outside tables (headings, list items). */
function escapeInline(value) {
    return value.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');
}
/** A GitHub-flavoured table. Numbers are right-aligned unless `align` says otherwise. */
function table(header, rows, align) {
    const alignment = align ?? header.map((_, i) => (rows.length > 0 && rows.every((row) => typeof row[i] === 'number') ? 'r' : 'l'));
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Q)([header.map(escapeCell), ...rows.map((row) => header.map((_, i) => escapeCell(row[i])))], {
        align: [...alignment],
        alignDelimiters: false,
    });
}
/** A collapsible block. Blank lines around the body let GitHub render markdown inside it. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A fenced block whose fence is longer than any backtick run inside, so content cannot close it. */
function codeBlock(content, language = '') {
    const longestRun = Math.max(2, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
    const fence = '`'.repeat(longestRun + 1);
    return `${fence}${language}\n${content.replace(/\n$/, '')}\n${fence}`;
}
/** Format a number for a report: integers as is, others with `digits` significant digits. */
function formatNumber(value, digits = 4) {
    if (value === null || value === undefined || Number.isNaN(value))
        return '–';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '−∞';
    if (Number.isInteger(value) && Math.abs(value) < 1e15)
        return value.toLocaleString('en-US');
    const abs = Math.abs(value);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return value.toExponential(digits - 1);
    return Number(value.toPrecision(digits)).toString();
}
const commentLimit = (fullReportHint) => ({
    max: COMMENT_LIMIT_CHARS,
    measure: (text) => text.length,
    fullReportHint,
});
const summaryLimit = (fullReportHint) => ({
    max: SUMMARY_LIMIT_BYTES,
    measure: (text) => Buffer.byteLength(text, 'utf8'),
    fullReportHint,
});
function omissionNote(omitted, limit, cut) {
    const what = [omitted > 0 ? `${omitted} section${omitted === 1 ? '' : 's'} left out` : '', cut ? 'the last section shortened' : '']
        .filter(Boolean)
        .join(' and ');
    const where = limit.fullReportHint ? ` The full report: ${limit.fullReportHint}.` : '';
    return `> [!NOTE]\n> This report was shortened to fit GitHub's limit (${what}).${where}`;
}
/**
 * Join sections into one markdown document that fits the limit. Whole detail sections are
 * dropped first; only if the essential ones alone are too big is the last one cut, at a line
 * boundary, with any open code fence or <details> closed, so the markdown never breaks.
 */
function renderReport(sections, limit) {
    const join = (parts) => `${parts
        .map((part) => part.trim())
        .filter(Boolean)
        .join('\n\n')}\n`;
    const all = join(sections.map((s) => s.markdown));
    if (limit.measure(all) <= limit.max)
        return { markdown: all, omitted: 0, truncated: false };
    const kept = sections.map((section) => ({ ...section, keep: true }));
    const dropOrder = [...kept.filter((s) => !s.essential && s.detail).reverse(), ...kept.filter((s) => !s.essential && !s.detail).reverse()];
    let omitted = 0;
    for (const section of dropOrder) {
        section.keep = false;
        omitted++;
        const candidate = join([...kept.filter((s) => s.keep).map((s) => s.markdown), omissionNote(omitted, limit, false)]);
        if (limit.measure(candidate) <= limit.max)
            return { markdown: candidate, omitted, truncated: true };
    }
    const essentials = kept.filter((s) => s.keep).map((s) => s.markdown);
    const note = omissionNote(omitted, limit, true);
    while (essentials.length > 0) {
        const head = essentials.slice(0, -1);
        const budget = limit.max - limit.measure(join([...head, '', note])) - 16;
        const last = essentials[essentials.length - 1];
        if (budget > 0) {
            const cut = cutAtLine(last, budget, limit.measure);
            return { markdown: join([...head, cut, note]), omitted, truncated: true };
        }
        essentials.pop();
        omitted++;
    }
    return { markdown: join([note]), omitted, truncated: true };
}
/** The longest prefix of whole lines within budget, with open fences and <details> closed. */
function cutAtLine(markdown, budget, measure) {
    const lines = markdown.split('\n');
    let lo = 0;
    let hi = lines.length;
    const closed = (count) => closeOpenBlocks(lines.slice(0, count).join('\n'));
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (measure(closed(mid)) <= budget)
            lo = mid;
        else
            hi = mid - 1;
    }
    return closed(lo);
}
function closeOpenBlocks(markdown) {
    let out = markdown;
    let openFence;
    for (const line of markdown.split('\n')) {
        const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
        if (!fence)
            continue;
        if (!openFence)
            openFence = fence;
        else if (fence[0] === openFence[0] && fence.length >= openFence.length && line.trim() === fence)
            openFence = undefined;
    }
    if (openFence)
        out += `\n${openFence}`;
    const opened = (out.match(/<details[\s>]/g) ?? []).length;
    const closedCount = (out.match(/<\/details>/g) ?? []).length;
    for (let i = closedCount; i < opened; i++)
        out += '\n\n</details>';
    return out;
}


/***/ })

};
