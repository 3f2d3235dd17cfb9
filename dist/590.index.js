export const id = 590;
export const ids = [590];
export const modules = {

/***/ 51076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ assertBodyFits),
/* harmony export */   eC: () => (/* binding */ findMarkedComments),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* unused harmony export stickyCommentMarker */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35585);
/* harmony import */ var _markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96919);



const COMMENT_PERMISSION = 'pull-requests: write';
/** Throws before GitHub would: a clear sentence instead of a 422 from the API. */
function assertBodyFits(body, what) {
    const length = (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .bodyLength */ .ZA)(body);
    if (length > _markers_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_BODY_LIMIT */ .nY) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${what} is ${length.toLocaleString('en-US')} characters, over GitHub's limit of ${_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .GITHUB_BODY_LIMIT */ .nY.toLocaleString('en-US')}; shorten it (the report renderers truncate to fit when given the limit).`);
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
            if ((0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .hasMarker */ .xY)(comment.body, marker))
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
            if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .hasStatus */ .Ro)(error, 404))
                throw error;
        }
    }
    return deleted;
}
/** The marker a sticky comment with this key carries: `<!-- mlops-actions:comment:<key> -->`. */
function stickyCommentMarker(key) {
    return (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .hiddenMarker */ .z0)('comment', key);
}
/**
 * One comment per key on a pull request, edited in place on every run. If racing runs left
 * several marked comments, the oldest is kept and the rest deleted, so the thread converges to
 * one whichever run finishes last.
 */
async function upsertStickyComment(client, params) {
    const { owner, repo, issueNumber, key } = params;
    const marker = stickyCommentMarker(key);
    const body = (0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarker */ .Pe)(marker, params.body);
    assertBodyFits(body, `The comment for key "${key}"`);
    const where = `${owner}/${repo}#${issueNumber}`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describedAs */ .Ke)({ what: `Writing the sticky comment "${key}" on ${where}`, permission: COMMENT_PERMISSION }, async () => {
        const existing = await findMarkedComments(client, { owner, repo, issueNumber, marker });
        if (existing.length === 0) {
            const { data: created } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
            // Another run may have created its own in the same moment: keep the oldest, drop ours.
            const after = await findMarkedComments(client, { owner, repo, issueNumber, marker });
            const [keeper, ...others] = after;
            const removed = await deleteComments(client, owner, repo, others);
            if (keeper && keeper.id !== created.id) {
                if (!(0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBody */ .NZ)(keeper.body, body))
                    await client.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body });
                return { id: keeper.id, url: keeper.html_url, action: 'updated', removedDuplicates: removed };
            }
            return { id: created.id, url: created.html_url, action: 'created', removedDuplicates: removed };
        }
        const [keeper, ...duplicates] = existing;
        const removed = await deleteComments(client, owner, repo, duplicates);
        if ((0,_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .sameBody */ .NZ)(keeper.body, body))
            return { id: keeper.id, url: keeper.html_url, action: 'unchanged', removedDuplicates: removed };
        const { data: updated } = await client.rest.issues.updateComment({ owner, repo, comment_id: keeper.id, body });
        return { id: updated.id, url: updated.html_url, action: 'updated', removedDuplicates: removed };
    });
}


/***/ }),

/***/ 16530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ xyChart),
/* harmony export */   S$: () => (/* binding */ SERIES_COLOURS)
/* harmony export */ });
/* unused harmony exports COLOURS, paletteDirective, PALETTE_DIRECTIVE, chartText, chartNumber, xyChartProblems, mermaidBlocks */
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90216);

/**
 * Series colours, in order, fixed so the text can name them (xychart has no legend): the default
 * theme draws a first line in a pale lavender that is hard to see on white.
 */
const COLOURS = {
    blue: '#0969da',
    lightblue: '#54aeff',
    orange: '#bc4c00',
    lightorange: '#fb8f44',
    green: '#1a7f37',
    purple: '#8250df',
    grey: '#8c959f',
    lightgrey: '#d0d7de',
};
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
    return (0,_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .codeBlock */ .DV)(lines.join('\n'), 'mermaid');
}
const STRING = String.raw `"[A-Za-z0-9 _.,:()/+\-=<>²…]+"`;
const NUMBER = String.raw `-?\d+(?:\.\d+)?`;
const GRAMMAR = {
    palette: /^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "#[0-9a-f]{6}(?:, #[0-9a-f]{6})*"\}\}\}\}%%$/,
    title: new RegExp(`^    title ${STRING}$`),
    xAxis: new RegExp(`^    x-axis (?:${STRING} )?\\[(${STRING}(?:, ${STRING})*)\\]$`),
    yAxis: new RegExp(`^    y-axis ${STRING} (${NUMBER}) --> (${NUMBER})$`),
    series: new RegExp(`^    (?:line|bar) \\[(${NUMBER}(?:, ${NUMBER})*)\\]$`),
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


/***/ }),

/***/ 97532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(32364);
/* harmony import */ var _drift_monitor_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(86574);
/* harmony import */ var _github_client_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(16317);
/* harmony import */ var _github_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(63643);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8126);







const run = async ({ inputs, io, env, cwd, run: context }) => {
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, inputs.report);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`input "report": ${inputs.report} cannot be read (${error.code ?? error.message}); give monitor's \`report\` output.`, 'report');
    }
    let report;
    try {
        report = (0,_drift_monitor_report_js__WEBPACK_IMPORTED_MODULE_3__/* .parseMonitorReport */ .O4)(text, inputs.report);
    }
    catch (error) {
        if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .UserError */ .yo)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`input "report": ${error.message}`, 'report');
        throw error;
    }
    const retrainInputs = inputs['retrain-inputs'];
    const unknownInputs = retrainInputs.filter((name) => !(0,_alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetrainInput */ .WJ)(name));
    if (unknownInputs.length > 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz(`input "retrain-inputs": ${unknownInputs.join(', ')} is not one of ${_alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .RETRAIN_INPUTS */ .gi.join(', ')}.`, 'retrain-inputs');
    }
    const token = inputs['github-token'];
    if (!token)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .InputError */ .dz('input "github-token" is empty: give a token with `issues: write` (and `actions: write` for retrain-workflow).', 'github-token');
    const repository = (0,_github_context_js__WEBPACK_IMPORTED_MODULE_5__/* .requireRepository */ .C)(context);
    const client = (0,_github_client_js__WEBPACK_IMPORTED_MODULE_4__/* .createGitHubClient */ .LX)({ token, apiUrl: context.apiUrl, env, io });
    const workflow = inputs['retrain-workflow'];
    const result = await (0,_alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .syncDriftIssue */ .ac)(client, repository, report, {
        model: inputs.model,
        environment: inputs.environment,
        title: inputs.title,
        labels: inputs.labels,
        assignees: inputs.assignees,
        closeWhenResolved: inputs['close-when-resolved'],
        retrain: workflow ? { workflow, ref: inputs['retrain-ref'], inputs: retrainInputs.filter(_alerts_drift_issue_js__WEBPACK_IMPORTED_MODULE_2__/* .isRetrainInput */ .WJ) } : undefined,
        runUrl: context.runUrl,
        io,
    });
    return {
        'issue-number': result.issue?.number ?? '',
        'issue-url': result.issue?.url ?? '',
        action: result.action,
        'retrain-dispatched': result.retrainDispatched,
    };
};


/***/ })

};
