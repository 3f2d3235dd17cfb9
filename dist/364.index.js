export const id = 364;
export const ids = [364];
export const modules = {

/***/ 32364:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gi: () => (/* binding */ RETRAIN_INPUTS),
  l6: () => (/* binding */ findDriftIssueUrl),
  WJ: () => (/* binding */ isRetrainInput),
  ac: () => (/* binding */ syncDriftIssue)
});

// UNUSED EXPORTS: dispatchOnce

// EXTERNAL MODULE: ./shared/drift/monitor-report.ts + 2 modules
var monitor_report = __webpack_require__(86574);
// EXTERNAL MODULE: ./shared/github/comments.ts
var comments = __webpack_require__(51076);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/github/errors.ts
var github_errors = __webpack_require__(35585);
;// CONCATENATED MODULE: ./shared/github/dispatch.ts


function asText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'object' && value !== null)
        return JSON.stringify(value);
    return String(value);
}
/** Starts a workflow through its `workflow_dispatch` trigger. */
async function dispatchWorkflow(client, params) {
    const { owner, repo, workflow, ref } = params;
    const what = `Dispatching the workflow ${workflow} on ${ref} in ${owner}/${repo}`;
    const inputs = Object.fromEntries(Object.entries(params.inputs ?? {})
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => [name, asText(value)]));
    return (0,github_errors/* describedAs */.Ke)({ what, permission: 'actions: write' }, async () => {
        try {
            await client.rest.actions.createWorkflowDispatch({
                owner,
                repo,
                workflow_id: workflow,
                ref,
                ...(Object.keys(inputs).length > 0 ? { inputs } : {}),
            });
            return { dispatched: true };
        }
        catch (error) {
            if ((0,github_errors/* hasStatus */.Ro)(error, 404)) {
                throw new errors/* UserError */.yo(`${what} failed: GitHub found no workflow "${workflow}" (404). Name a file under .github/workflows/ (for example retrain.yml) that exists on ${ref}, and give the token \`actions: write\`.`, { cause: error });
            }
            if ((0,github_errors/* hasStatus */.Ro)(error, 422)) {
                throw new errors/* UserError */.yo(`${what} failed: GitHub refused it (422 ${(0,github_errors/* gitHubMessage */.RG)(error)}). The workflow must have an \`on: workflow_dispatch\` trigger on ${ref}, ${ref} must exist, and the inputs must be ones the trigger declares.`, { cause: error });
            }
            throw error;
        }
    });
}

// EXTERNAL MODULE: ./shared/github/markers.ts
var markers = __webpack_require__(96919);
;// CONCATENATED MODULE: ./shared/github/issues.ts



const ISSUE_PERMISSION = 'issues: write';
/** The marker an issue with this key carries: `<!-- mlops-actions:issue:<key> -->`. */
function issueMarker(key) {
    return (0,markers/* hiddenMarker */.z0)('issue', key);
}
async function scanOpenIssues(client, owner, repo, marker, labels) {
    const found = [];
    const query = { owner, repo, state: 'open', per_page: 100, ...(labels.length > 0 ? { labels: labels.join(',') } : {}) };
    for await (const page of client.paginate.iterator(client.rest.issues.listForRepo, query)) {
        for (const issue of page.data) {
            // The issues list includes pull requests; they are never ours.
            if (issue.pull_request)
                continue;
            if ((0,markers/* hasMarker */.xY)(issue.body, marker))
                found.push(issue);
        }
    }
    return found.sort((a, b) => a.number - b.number);
}
/**
 * Open issues carrying the marker, oldest first, found through the REST issue list (never the
 * search API, whose index lags minutes behind and would let a quick re-run open a duplicate).
 * The list is filtered by `labels` first; if nothing matches (someone removed a label) every
 * open issue is scanned, so a relabelled issue is still found instead of duplicated.
 */
async function findOpenIssuesByMarker(client, params) {
    const { owner, repo, key } = params;
    const labels = params.labels ?? [];
    const marker = issueMarker(key);
    const labelled = await scanOpenIssues(client, owner, repo, marker, labels);
    if (labelled.length > 0 || labels.length === 0)
        return labelled;
    return scanOpenIssues(client, owner, repo, marker, []);
}
function labelNames(issue) {
    return issue.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
}
/**
 * One open issue per key: opened the first time, its title and body refreshed afterwards, and
 * any missing labels added (labels people added stay). Racing runs that opened duplicates
 * converge: the oldest stays open, the others are closed with a pointer to it.
 */
async function upsertIssue(client, params) {
    const { owner, repo, key, title } = params;
    const labels = params.labels ?? [];
    const body = withMarker(issueMarker(key), params.body);
    assertBodyFits(body, `The issue body for "${key}"`);
    return describedAs({ what: `Opening or updating the issue "${key}" in ${owner}/${repo}`, permission: ISSUE_PERMISSION }, async () => {
        let open = await findOpenIssuesByMarker(client, { owner, repo, key, labels });
        let createdNumber;
        if (open.length === 0) {
            const { data: created } = await client.rest.issues.create({
                owner,
                repo,
                title,
                body,
                labels,
                ...(params.assignees?.length ? { assignees: params.assignees } : {}),
            });
            createdNumber = created.number;
            // Look again: a run racing with this one may have opened its own a moment earlier.
            open = await findOpenIssuesByMarker(client, { owner, repo, key, labels });
            if (open.length === 0)
                open = [created];
        }
        const [keeper, ...duplicates] = open;
        const closedDuplicates = [];
        for (const duplicate of duplicates) {
            await closeOne(client, owner, repo, duplicate.number, `Duplicate of #${keeper.number}, opened by a run racing with another.`, 'not_planned');
            closedDuplicates.push(duplicate.number);
        }
        if (keeper.number === createdNumber)
            return { number: keeper.number, url: keeper.html_url, action: 'created', closedDuplicates };
        const missing = labels.filter((label) => !labelNames(keeper).includes(label));
        if (missing.length > 0)
            await client.rest.issues.addLabels({ owner, repo, issue_number: keeper.number, labels: missing });
        if (keeper.title === title && sameBody(keeper.body, body)) {
            return { number: keeper.number, url: keeper.html_url, action: missing.length > 0 ? 'updated' : 'unchanged', closedDuplicates };
        }
        await client.rest.issues.update({ owner, repo, issue_number: keeper.number, title, body });
        return { number: keeper.number, url: keeper.html_url, action: 'updated', closedDuplicates };
    });
}
async function commentOnIssue(client, params) {
    const { owner, repo, issueNumber, key } = params;
    const marker = key ? (0,markers/* hiddenMarker */.z0)('issue-comment', key) : undefined;
    const body = marker ? (0,markers/* withMarker */.Pe)(marker, params.body) : params.body;
    (0,comments/* assertBodyFits */.$_)(body, `The comment on ${owner}/${repo}#${issueNumber}`);
    return (0,github_errors/* describedAs */.Ke)({ what: `Commenting on ${owner}/${repo}#${issueNumber}`, permission: ISSUE_PERMISSION }, async () => {
        if (marker) {
            const [existing] = await (0,comments/* findMarkedComments */.eC)(client, { owner, repo, issueNumber, marker });
            if (existing)
                return { id: existing.id, url: existing.html_url, action: 'unchanged' };
        }
        const { data } = await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
        return { id: data.id, url: data.html_url, action: 'created' };
    });
}
async function closeOne(client, owner, repo, issueNumber, comment, reason) {
    if (comment)
        await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: comment });
    await client.rest.issues.update({ owner, repo, issue_number: issueNumber, state: 'closed', state_reason: reason });
}
async function closeIssue(client, params) {
    const { owner, repo, issueNumber } = params;
    return (0,github_errors/* describedAs */.Ke)({ what: `Closing ${owner}/${repo}#${issueNumber}`, permission: ISSUE_PERMISSION }, async () => {
        const { data: issue } = await client.rest.issues.get({ owner, repo, issue_number: issueNumber });
        if (issue.state === 'closed')
            return { number: issue.number, url: issue.html_url, action: 'unchanged' };
        if (params.comment)
            (0,comments/* assertBodyFits */.$_)(params.comment, `The closing comment on ${owner}/${repo}#${issueNumber}`);
        await closeOne(client, owner, repo, issueNumber, params.comment, params.reason ?? 'completed');
        return { number: issue.number, url: issue.html_url, action: 'closed' };
    });
}

;// CONCATENATED MODULE: ./shared/github/labels.ts

/**
 * Creates the label when the repository does not have it (GitHub would create a label named on
 * an issue without colour or description). An existing label is left as it is; a run racing to
 * create the same label (422 `already_exists`) counts as existing.
 */
async function ensureLabel(client, params) {
    const { owner, repo, name } = params;
    return (0,github_errors/* describedAs */.Ke)({ what: `Creating the label "${name}" in ${owner}/${repo}`, permission: 'issues: write' }, async () => {
        try {
            await client.rest.issues.getLabel({ owner, repo, name });
            return { created: false };
        }
        catch (error) {
            if (!(0,github_errors/* hasStatus */.Ro)(error, 404))
                throw error;
        }
        try {
            await client.rest.issues.createLabel({
                owner,
                repo,
                name,
                color: params.color,
                ...(params.description !== undefined ? { description: params.description } : {}),
            });
            return { created: true };
        }
        catch (error) {
            // 422 already_exists: a racing run made it first.
            if (!(0,github_errors/* hasStatus */.Ro)(error, 422))
                throw error;
            return { created: false };
        }
    });
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/alerts/drift-issue.ts
/**
 * open-drift-issue's work: one issue per model and environment for a drift episode, found again
 * by its hidden marker. A detection opens it (or adds a comment to the open one), a clean report
 * closes it (or says so in a comment), and retraining is dispatched once per episode.
 */








/** Room left in a body for the hidden markers and the footer. */
const BODY_LIMIT = { max: markdown/* COMMENT_LIMIT_CHARS */.iW - 1000, measure: (text) => [...text].length };
const LABEL_COLOR = 'd93f0b';
const LABEL_DESCRIPTION = 'Data drift found by mlops-actions monitor';
const PERMISSION = 'issues: write';
/** The values a retraining workflow can be given, by input name. */
const RETRAIN_INPUTS = ['model', 'environment', 'drift-share', 'drifted-features', 'issue-number', 'report-run-url'];
function isRetrainInput(name) {
    return RETRAIN_INPUTS.includes(name);
}
function detectionKey(report) {
    return report.run.id ? `run-${report.run.id}` : `report-${report.createdAt}`;
}
function footer(report) {
    const run = report.run.url ? `[monitor run](${report.run.url})` : 'monitor';
    return `<sub>Written by mlops-actions from the ${run} of ${report.createdAt}. This issue is found again by a hidden marker: edit it freely, but keep the first line.</sub>`;
}
/** The open drift issue of this model and environment, if any (for links from alerts). */
async function findDriftIssueUrl(client, repository, model, environment) {
    const [issue] = await findOpenIssuesByMarker(client, { ...repository, key: (0,monitor_report/* driftIssueKey */.ky)(model, environment) });
    return issue?.html_url;
}
/**
 * The detection opens the issue, or adds a comment to the open one. A re-run of the same
 * detection (same monitor run) finds its issue body or comment by marker and changes nothing;
 * racing runs that both opened one converge on the oldest.
 */
async function recordDrift(client, repository, report, options) {
    const { key, title, io } = options;
    const labels = [...options.labels];
    const assignees = [...options.assignees];
    const detection = (0,markers/* hiddenMarker */.z0)('drift-detection', detectionKey(report));
    // The list is narrowed by the first label only: a duplicate missing another label is still found.
    const filter = labels.slice(0, 1);
    const rendered = (0,monitor_report/* renderMonitorMarkdown */.QP)(report, BODY_LIMIT).markdown;
    const body = (0,markers/* withMarker */.Pe)(issueMarker(key), `${detection}\n${rendered}\n${footer(report)}\n`);
    return (0,github_errors/* describedAs */.Ke)({ what: `Opening or updating the drift issue for ${report.model} (${report.environment})`, permission: PERMISSION }, async () => {
        let open = await findOpenIssuesByMarker(client, { ...repository, key, labels: filter });
        let created;
        if (open.length === 0) {
            const { data } = await client.rest.issues.create({
                ...repository,
                title,
                body,
                labels,
                ...(assignees.length > 0 ? { assignees } : {}),
            });
            created = data;
            io.info(`Opened the drift issue #${data.number}: ${data.html_url}`);
            // Look again: a run racing with this one may have opened its own a moment earlier.
            open = await findOpenIssuesByMarker(client, { ...repository, key, labels: filter });
            if (!open.some((issue) => issue.number === created.number))
                open = [...open, created].sort((a, b) => a.number - b.number);
        }
        const [keeper, ...duplicates] = open;
        for (const duplicate of duplicates) {
            await closeIssue(client, {
                ...repository,
                issueNumber: duplicate.number,
                comment: `Duplicate of #${keeper.number}, opened by a run racing with another.`,
                reason: 'not_planned',
            });
            io.info(`Closed #${duplicate.number}, a duplicate of #${keeper.number} from a racing run.`);
        }
        const issue = { number: keeper.number, url: keeper.html_url };
        if (created && keeper.number === created.number)
            return { issue, action: 'created' };
        const names = keeper.labels.map((label) => (typeof label === 'string' ? label : (label.name ?? '')));
        const missing = labels.filter((label) => !names.includes(label));
        if (missing.length > 0)
            await client.rest.issues.addLabels({ ...repository, issue_number: keeper.number, labels: missing });
        if ((0,markers/* hasMarker */.xY)(keeper.body, detection)) {
            io.info(`#${keeper.number} was opened by this detection already (a re-run); nothing to add.`);
            return { issue, action: 'unchanged' };
        }
        const comment = await commentOnIssue(client, {
            ...repository,
            issueNumber: keeper.number,
            key: `drift-detection:${detectionKey(report)}`,
            body: `Drift detected again.\n\n${rendered}\n${footer(report)}\n`,
        });
        io.info(comment.action === 'created'
            ? `Added this detection to #${keeper.number}: ${comment.url}`
            : `#${keeper.number} has this detection's comment already (a re-run): ${comment.url}`);
        return { issue, action: comment.action === 'created' ? 'updated' : 'unchanged' };
    });
}
/** A clean report: the open issues are closed with a note, or the note is added to the oldest. */
async function recordClean(client, repository, report, options) {
    const { key, io } = options;
    const open = await (0,github_errors/* describedAs */.Ke)({ what: `Looking for the drift issue of ${report.model} (${report.environment})`, permission: PERMISSION }, () => findOpenIssuesByMarker(client, { ...repository, key, labels: options.labels.slice(0, 1) }));
    if (open.length === 0) {
        io.info(`No drift, and no open drift issue for ${report.model} (${report.environment}).`);
        return { issue: null, action: 'none' };
    }
    const rendered = (0,monitor_report/* renderMonitorMarkdown */.QP)(report, BODY_LIMIT).markdown;
    const note = `✅ The drift has cleared: the latest report is clean.\n\n${rendered}\n${footer(report)}\n`;
    const issue = { number: open[0].number, url: open[0].html_url };
    if (options.closeWhenResolved) {
        let action = 'unchanged';
        for (const each of open) {
            const closed = await closeIssue(client, { ...repository, issueNumber: each.number, comment: note, reason: 'completed' });
            if (closed.action === 'closed')
                action = 'closed';
            io.info(`Closed the drift issue #${each.number}: ${each.html_url}`);
        }
        return { issue, action };
    }
    const comment = await commentOnIssue(client, {
        ...repository,
        issueNumber: open[0].number,
        key: `drift-clean:${detectionKey(report)}`,
        body: note,
    });
    return { issue, action: comment.action === 'created' ? 'updated' : 'unchanged' };
}
/**
 * Dispatches retraining once per detection episode (the life of one open issue). The dispatch is
 * recorded in the issue before it is made: a comment carrying the episode's marker, then the
 * oldest such comment wins, so a re-run, a later detection or a racing run finds it and does not
 * dispatch again. A dispatch that fails removes its claim, so a later run tries again.
 */
async function dispatchOnce(client, repository, issueNumber, report, options) {
    const { io } = options;
    const episode = (0,markers/* hiddenMarker */.z0)('drift-retrain', `${issueNumber}`);
    const nonce = (0,markers/* hiddenMarker */.z0)('drift-retrain-claim', `${detectionKey(report)}-${Math.random().toString(36).slice(2, 10)}`);
    const what = { what: `Recording the retraining dispatch on #${issueNumber}`, permission: PERMISSION };
    const claims = () => (0,github_errors/* describedAs */.Ke)(what, () => (0,comments/* findMarkedComments */.eC)(client, { ...repository, issueNumber, marker: episode }));
    const [earlier] = await claims();
    if (earlier) {
        io.info(`Retraining was dispatched for this drift episode already (${earlier.html_url}); not again while #${issueNumber} is open.`);
        return false;
    }
    const describe = (verb) => `🔁 ${verb} \`${options.workflow}\` on \`${options.ref}\`${Object.keys(options.inputs).length > 0
        ? ` with ${Object.entries(options.inputs)
            .map(([k, v]) => `\`${k}\`=\`${v.replace(/`/g, "'")}\``)
            .join(', ')}`
        : ''}` +
        `${options.runUrl ? ` ([run](${options.runUrl}))` : ''}. Once per drift episode: later detections while this issue is open do not dispatch again.`;
    const { data: claim } = await (0,github_errors/* describedAs */.Ke)(what, () => client.rest.issues.createComment({
        ...repository,
        issue_number: issueNumber,
        body: `${episode}\n${nonce}\n${describe('Dispatching retraining:')}`,
    }));
    const all = await claims();
    const mine = all.filter((comment) => (0,markers/* hasMarker */.xY)(comment.body, nonce));
    if (all.length > 0 && !(0,markers/* hasMarker */.xY)(all[0].body, nonce)) {
        // A racing run claimed the episode first: it dispatches, this one does not.
        for (const comment of mine)
            await client.rest.issues.deleteComment({ ...repository, comment_id: comment.id }).catch(() => undefined);
        io.info(`A racing run claimed the retraining dispatch first (${all[0].html_url}); not dispatching again.`);
        return false;
    }
    // A POST retried after GitHub did create it leaves a second copy of this run's claim.
    for (const comment of mine.slice(1))
        await client.rest.issues.deleteComment({ ...repository, comment_id: comment.id }).catch(() => undefined);
    const claimId = mine[0]?.id ?? claim.id;
    try {
        await dispatchWorkflow(client, { ...repository, workflow: options.workflow, ref: options.ref, inputs: options.inputs });
    }
    catch (error) {
        await client.rest.issues.deleteComment({ ...repository, comment_id: claimId }).catch(() => undefined);
        throw error;
    }
    await (0,github_errors/* describedAs */.Ke)(what, () => client.rest.issues.updateComment({
        ...repository,
        comment_id: claimId,
        body: `${episode}\n${nonce}\n${describe('Retraining dispatched:')}`,
    }));
    io.info(`Dispatched ${options.workflow} on ${options.ref}.`);
    return true;
}
/**
 * Brings the drift issue of the report's model and environment up to date with the report: a
 * detection opens or updates it (and dispatches retraining once per episode), a clean report
 * closes it or notes it. Every write is idempotent, so a re-run changes nothing.
 */
async function syncDriftIssue(client, repository, report, options) {
    const { io } = options;
    const model = options.model?.trim() || report.model;
    const environment = options.environment?.trim() || report.environment;
    const key = (0,monitor_report/* driftIssueKey */.ky)(model, environment);
    const named = { ...report, model, environment };
    if (!report.driftDetected) {
        const outcome = await recordClean(client, repository, named, {
            key,
            labels: options.labels,
            closeWhenResolved: options.closeWhenResolved,
            io,
        });
        return { ...outcome, retrainDispatched: false };
    }
    for (const name of options.labels) {
        const { created } = await ensureLabel(client, { ...repository, name, color: LABEL_COLOR, description: LABEL_DESCRIPTION });
        if (created)
            io.info(`Created the label "${name}".`);
    }
    const title = options.title.replaceAll('{model}', model).replaceAll('{environment}', environment);
    const drift = await recordDrift(client, repository, named, { key, title, labels: options.labels, assignees: options.assignees, io });
    let retrainDispatched = false;
    if (options.retrain) {
        const values = {
            model,
            environment,
            'drift-share': String(report.drift.driftShare),
            'drifted-features': JSON.stringify(report.drift.driftedColumns),
            'issue-number': String(drift.issue.number),
            'report-run-url': report.run.url ?? '',
        };
        retrainDispatched = await dispatchOnce(client, repository, drift.issue.number, named, {
            workflow: options.retrain.workflow,
            ref: options.retrain.ref,
            inputs: Object.fromEntries(options.retrain.inputs.map((name) => [name, values[name]])),
            runUrl: options.runUrl,
            io,
        });
    }
    return { ...drift, retrainDispatched };
}


/***/ }),

/***/ 86574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  hB: () => (/* binding */ MONITOR_REPORT_KIND),
  ky: () => (/* binding */ driftIssueKey),
  O4: () => (/* binding */ parseMonitorReport),
  QP: () => (/* binding */ renderMonitorMarkdown),
  bv: () => (/* binding */ renderMonitorPrometheus),
  T5: () => (/* binding */ summarizeDrift)
});

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/report/mermaid.ts
var mermaid = __webpack_require__(16530);
;// CONCATENATED MODULE: ./shared/drift/render-markdown.ts
/**
 * The drift report as markdown (PR comment, issue body, job summary): a verdict, one table of
 * every compared column sorted by severity, then for the top drifted columns a Mermaid chart of
 * reference against current with the numbers beside it. Sections are cut to GitHub's limits by
 * `renderReport`, charts first.
 */


const DEFAULT_CHARTS = 3;
/** Text from data (column names, category values) made inert: no HTML, no emphasis, no links. */
function inert(text) {
    return text.replace(/[&<>*_`[\]~#!\\|]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function percent(share) {
    return `${(0,markdown/* formatNumber */.ZV)(share * 100, 3)}%`;
}
function plural(n, one, many = `${one}s`) {
    return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
function verdict(column) {
    if (column.drifted)
        return '🔴 drifted';
    if (column.testDetected)
        return `🟡 test only (effect below ${(0,markdown/* formatNumber */.ZV)(column.effect.minimum, 3)})`;
    return '⚪ no';
}
function effectText(column) {
    const name = column.effect.measure === 'wasserstein_std' ? 'W/σ' : 'TV';
    return `${name} ${(0,markdown/* formatNumber */.ZV)(column.effect.value, 3)}`;
}
function scoreText(column) {
    if (column.pValue !== null)
        return `p ${(0,markdown/* formatNumber */.ZV)(column.pValue, 3)}`;
    return (0,markdown/* formatNumber */.ZV)(column.distance, 3);
}
function headline(report, title) {
    const suffix = title ? `: ${inert(title)}` : '';
    const compared = plural(report.comparedColumns, 'column');
    const counts = `${report.driftedColumns.length} of ${compared} drifted (${percent(report.driftShare)})`;
    if (report.comparedColumns === 0)
        return `## ⚪ Data drift${suffix}: no column could be compared`;
    if (report.datasetDrift)
        return `## 🔴 Dataset drift${suffix}: ${counts}`;
    return `## 🟢 No dataset drift${suffix}: ${counts}`;
}
function methodSentence(report) {
    const { options } = report;
    const methods = options.methods.numeric === options.methods.categorical
        ? `method \`${options.methods.numeric}\``
        : `\`${options.methods.numeric}\` for numeric and \`${options.methods.categorical}\` for categorical columns`;
    const small = options.smallReferenceRows.toLocaleString('en-US');
    const auto = Object.values(options.methods).includes('auto')
        ? ` (\`auto\` picks Evidently's defaults: KS, chi-square or z-test at p < 0.05 for a reference of at most ` +
            `${small} values, else normed Wasserstein or Jensen–Shannon at 0.1)`
        : '';
    const rows = `Reference ${plural(report.reference.rows, 'row')}, current ${plural(report.current.rows, 'row')}`;
    const numeric = (0,markdown/* formatNumber */.ZV)(options.minEffect.numeric, 3);
    const categorical = (0,markdown/* formatNumber */.ZV)(options.minEffect.categorical, 3);
    return (`${rows}; ${methods}${auto}. ` +
        `A column drifts when its test fires **and** its effect size reaches ${numeric} (W/σ: Wasserstein distance ` +
        `over the reference std, for numbers) or ${categorical} (TV: total variation, the share of values that moved, ` +
        "for categories), so a large sample's trivial shift does not count. " +
        `Dataset drift when at least ${percent(options.driftShare)} of the compared columns drift.`);
}
function summarySection(report, title) {
    const lines = [headline(report, title), methodSentence(report)];
    if (report.predictionDrift) {
        const p = report.predictionDrift;
        lines.push(`**Prediction drift** (\`${inert(p.column)}\`, ${p.method}): ${p.drifted ? '🔴 drifted' : '🟢 not drifted'}.`);
    }
    if (report.approximate) {
        lines.push("<sub>Some statistics come from the profiles' sketches rather than raw rows; " + 'their error bounds are in docs/monitor.md.</sub>');
    }
    const rows = report.columns.map((c) => [
        `${inert(c.column)}${c.role === 'prediction' ? ' (prediction)' : ''}`,
        c.kind,
        c.method,
        (0,markdown/* formatNumber */.ZV)(c.statistic, 3),
        scoreText(c),
        (0,markdown/* formatNumber */.ZV)(c.threshold, 3),
        effectText(c),
        (0,markdown/* formatNumber */.ZV)(c.psi, 3),
        verdict(c),
    ]);
    if (rows.length > 0) {
        lines.push((0,markdown/* table */.tp)(['Column', 'Type', 'Test', 'Statistic', 'p-value / distance', 'Threshold', 'Effect', 'PSI', 'Drift'], rows, [
            'l',
            'l',
            'l',
            'r',
            'r',
            'r',
            'r',
            'r',
            'l',
        ]));
    }
    return lines.join('\n\n');
}
function chartSection(column) {
    const d = column.distribution;
    const chart = (0,mermaid/* xyChart */.Gp)({
        title: `${column.column}: share of values`,
        xLabels: d.labels,
        yTitle: 'share',
        colours: ['blue', 'orange'],
        series: [
            { kind: 'bar', values: d.reference },
            { kind: 'line', values: d.current },
        ],
    });
    const numbers = (0,markdown/* table */.tp)([column.kind === 'numeric' && column.effect.measure === 'wasserstein_std' ? 'Bin' : 'Value', 'Reference', 'Current'], d.labels.map((label, i) => [inert(label), percent(d.reference[i]), percent(d.current[i])]), ['l', 'r', 'r']);
    const facts = [
        `${column.method} ${scoreText(column)} (threshold ${(0,markdown/* formatNumber */.ZV)(column.threshold, 3)}, ${inert(column.detail)})`,
        `effect ${effectText(column)}`,
        column.cohensD !== null ? `Cohen's d ${(0,markdown/* formatNumber */.ZV)(column.cohensD, 3)}` : '',
        column.cramersV !== null ? `Cramér's V ${(0,markdown/* formatNumber */.ZV)(column.cramersV, 3)}` : '',
        `PSI ${(0,markdown/* formatNumber */.ZV)(column.psi, 3)}`,
        `missing ${percent(column.reference.nullShare)} → ${percent(column.current.nullShare)}`,
    ].filter(Boolean);
    const body = chart ? `<table><tr><td>\n\n${chart}\n\n</td><td>\n\n${numbers}\n\n</td></tr></table>` : numbers;
    const legend = '<sub>blue bars: reference · orange line: current (share of non-missing values)</sub>';
    return `### ${inert(column.column)}\n\n${facts.join(' · ')}\n\n${body}\n\n${legend}`;
}
function skippedSection(report) {
    if (report.skipped.length === 0)
        return '';
    const rows = report.skipped.map((s) => [inert(s.column), inert(s.reason)]);
    return (0,markdown/* details */.zH)(`${plural(report.skipped.length, 'column')} not compared`, (0,markdown/* table */.tp)(['Column', 'Why'], rows, ['l', 'l']));
}
/** The report as markdown within `limit` (default: a GitHub comment's 65,536 characters). */
function renderDriftMarkdown(report, options = {}) {
    const charts = report.columns.filter((c) => c.drifted).slice(0, options.charts ?? DEFAULT_CHARTS);
    const sections = [
        { markdown: summarySection(report, options.title), essential: true },
        ...(options.extra ?? []),
        ...charts.map((c) => ({ markdown: chartSection(c) })),
        { markdown: skippedSection(report) },
    ];
    return (0,markdown/* renderReport */.B1)(sections, options.limit ?? (0,markdown/* commentLimit */.j9)());
}

;// CONCATENATED MODULE: ./shared/drift/render-prometheus.ts
/** Label values escape backslash, double quote and newline (the format's only escapes). */
function escapeLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}
/** HELP text escapes backslash and newline. */
function escapeHelp(text) {
    return text.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
}
/** Go's float syntax, as Prometheus parses it: NaN, +Inf, -Inf, or a decimal. */
function formatValue(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    return String(value);
}
function formatLabels(labels) {
    const parts = Object.entries(labels).map(([key, value]) => `${key}="${escapeLabelValue(value)}"`);
    return parts.length > 0 ? `{${parts.join(',')}}` : '';
}
function family(name, help, samples) {
    return { name, help, samples };
}
/** The score a column's test compares with its threshold: the p-value, or the distance. */
function score(column) {
    return (column.thresholdKind === 'p_value' ? column.pValue : column.distance) ?? Number.NaN;
}
/** Gauge families in the text format: HELP, TYPE, then one line per sample. */
function formatPrometheus(families) {
    const lines = [];
    for (const f of families) {
        lines.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} gauge`);
        for (const sample of f.samples)
            lines.push(`${f.name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`);
    }
    return `${lines.join('\n')}\n`;
}
/** The report's families, then `extra` ones (monitor's multivariate and performance gauges). */
function renderPrometheus(report, labels, extra = []) {
    const base = { model: labels.model, environment: labels.environment };
    const perColumn = (fn, withMethod) => report.columns.map((c) => ({
        labels: { ...base, column: c.column, ...(withMethod ? { method: c.method } : {}) },
        value: fn(c),
    }));
    const families = [
        family('mlops_drift_detected', '1 when the share of drifted columns reached drift-share, else 0.', [
            { labels: base, value: report.datasetDrift ? 1 : 0 },
        ]),
        family('mlops_drift_share', 'Share of the compared columns that drifted.', [{ labels: base, value: report.driftShare }]),
        family('mlops_drift_share_threshold', 'The drift-share at which the dataset counts as drifted.', [
            { labels: base, value: report.options.driftShare },
        ]),
        family('mlops_drift_columns_compared', 'Columns compared.', [{ labels: base, value: report.comparedColumns }]),
        family('mlops_drift_columns_drifted', 'Columns that drifted (test fired and effect size reached its minimum).', [
            { labels: base, value: report.driftedColumns.length },
        ]),
        family('mlops_drift_column_drifted', '1 when the column drifted (test fired and effect size reached its minimum).', perColumn((c) => (c.drifted ? 1 : 0), true)),
        family('mlops_drift_column_test_detected', "1 when the column's test alone fired.", perColumn((c) => (c.testDetected ? 1 : 0), true)),
        family('mlops_drift_column_statistic', 'The test statistic (KS D, chi-square, z, normed Wasserstein, Jensen-Shannon, PSI).', perColumn((c) => c.statistic, true)),
        family('mlops_drift_column_score', 'The value compared with the threshold: a p-value (drift below) or a distance (drift at or above).', perColumn(score, true)),
        family('mlops_drift_column_threshold', 'The threshold the score is compared with.', perColumn((c) => c.threshold, true)),
        family('mlops_drift_column_effect_size', 'Effect size: Wasserstein/std for numbers, total variation for categories.', perColumn((c) => c.effect.value, false)),
        family('mlops_drift_column_psi', 'Population stability index.', perColumn((c) => c.psi, false)),
    ];
    return formatPrometheus([...families, ...extra]);
}

;// CONCATENATED MODULE: ./shared/drift/monitor-report.ts
/**
 * monitor's report: the column-by-column drift report with what the step adds around it (the
 * model and environment it is about, where reference and current came from, prediction drift,
 * performance, the multivariate check), as JSON for open-drift-issue and as markdown for the job
 * summary and the issue. Pure: no I/O.
 */




const MONITOR_REPORT_KIND = 'mlops-drift-report';
/** The identity of a model and environment's drift issue (its hidden marker's key). */
function driftIssueKey(model, environment) {
    return `drift/${model}/${environment}`;
}
function monitor_report_percent(share) {
    return `${(0,markdown/* formatNumber */.ZV)(share * 100, 3)}%`;
}
/** "churn (production): 3 of 8 columns drifted (37.5%): age, contract, tenure". */
function summarizeDrift(report) {
    const d = report.drift;
    const top = d.driftedColumns.slice(0, 5).join(', ');
    const more = d.driftedColumns.length > 5 ? `, +${d.driftedColumns.length - 5} more` : '';
    const parts = [
        `${report.model} (${report.environment}): ${d.driftedColumns.length} of ${d.comparedColumns} columns drifted (${monitor_report_percent(d.driftShare)})${top ? `: ${top}${more}` : ''}`,
    ];
    const mv = report.multivariate;
    if (mv && mv.skipped === undefined)
        parts.push(`multivariate AUC ${(0,markdown/* formatNumber */.ZV)(mv.auc, 3)}${mv.drifted ? ' (drifted)' : ''}`);
    return parts.join('; ');
}
/** Text from data made inert in markdown. */
function monitor_report_inert(text) {
    return text.replace(/[&<>*_`[\]~#!\\|]/g, (c) => `&#${c.charCodeAt(0)};`);
}
function multivariateSection(report) {
    const mv = report.multivariate;
    if (!mv)
        return null;
    if (mv.skipped !== undefined)
        return { markdown: `### Multivariate check\n\nNot run: ${monitor_report_inert(mv.skipped)}.` };
    const verdict = mv.drifted ? '🔴 drifted' : '🟢 not drifted';
    const columns = mv.columns.slice(0, 10).map((c) => [monitor_report_inert(c.column), monitor_report_percent(c.importance)]);
    const lines = [
        `### Multivariate check: ${verdict} (ROC AUC ${(0,markdown/* formatNumber */.ZV)(mv.auc, 3)} ± ${(0,markdown/* formatNumber */.ZV)(mv.aucStd, 2)}, threshold ${(0,markdown/* formatNumber */.ZV)(mv.threshold, 3)})`,
        `A classifier was trained to tell ${mv.rows.reference.toLocaleString('en-US')} reference rows from ${mv.rows.current.toLocaleString('en-US')} current rows ` +
            `(${mv.method}). An AUC of 0.5 means it cannot tell them apart; the columns it relied on most give the current data away.`,
    ];
    if (columns.length > 0)
        lines.push((0,markdown/* table */.tp)(['Column', 'Share of split gain'], columns, ['l', 'r']));
    return { markdown: lines.join('\n\n') };
}
function performanceSection(report) {
    const perf = report.performance;
    if (!perf)
        return null;
    const lines = ['### Model performance'];
    if (perf.metrics.length > 0) {
        const rows = perf.metrics.map((m) => [
            m.metric,
            (0,markdown/* formatNumber */.ZV)(m.current, 4),
            m.reference === null ? '–' : `${(0,markdown/* formatNumber */.ZV)(m.reference, 4)} (${m.referenceKey})`,
            m.delta === null ? '–' : `${m.delta >= 0 ? '+' : ''}${(0,markdown/* formatNumber */.ZV)(m.delta, 3)}`,
            m.significant === true ? '🔴 worse beyond noise' : m.significant === false ? 'within noise' : '',
        ]);
        lines.push(`On ${perf.rows.toLocaleString('en-US')} labelled current rows (label \`${monitor_report_inert(perf.labelColumn ?? '')}\`, prediction \`${monitor_report_inert(perf.predictionColumn)}\`), against the reference package's metrics.json:`, (0,markdown/* table */.tp)(['Metric', 'Current', 'Reference', 'Δ', ''], rows, ['l', 'r', 'r', 'r', 'l']));
    }
    const e = perf.estimate;
    if (e) {
        const reference = e.reference === null ? '' : ` (reference ${(0,markdown/* formatNumber */.ZV)(e.reference, 4)} from ${e.referenceKey})`;
        const ece = e.referenceEce === null
            ? 'The package records no calibration error, so the assumption is unchecked.'
            : `The package records a calibration error (ECE) of ${(0,markdown/* formatNumber */.ZV)(e.referenceEce, 3)}: read the estimate as ± about that much.`;
        lines.push(`**Estimated accuracy without labels: ${(0,markdown/* formatNumber */.ZV)(e.accuracy, 4)} ± ${(0,markdown/* formatNumber */.ZV)(e.standardError, 2)}**${reference}, from ${e.rows.toLocaleString('en-US')} predicted probabilities.`, `${e.note} ${ece}`);
    }
    for (const note of perf.notes)
        lines.push(`<sub>${monitor_report_inert(note)}</sub>`);
    return { markdown: lines.join('\n\n') };
}
function sourcesSection(report) {
    const ref = report.reference;
    const cur = report.current;
    const refText = ref.tag
        ? `${monitor_report_inert(ref.input)} → ${monitor_report_inert(ref.tag)}${ref.releaseUrl ? ` ([release](${ref.releaseUrl}))` : ''}`
        : monitor_report_inert(ref.input);
    const lines = [
        `<sub>Reference: ${refText} (${ref.kind}, ${ref.rows.toLocaleString('en-US')} rows). Current: ${monitor_report_inert(cur.input)} (${cur.kind}, ${cur.rows.toLocaleString('en-US')} rows, ${cur.files.length} file(s))` +
            `${cur.models ? `; answered by ${cur.models.map((m) => `${monitor_report_inert(m.model)} ${monitor_report_inert(m.version)} (${m.rows.toLocaleString('en-US')})`).join(', ')}` : ''}` +
            `${report.prediction?.comparedWith === 'reference target' ? `; predictions (\`${monitor_report_inert(report.prediction.column)}\`) compared with the training labels` : ''}` +
            `${report.run.url ? `. [Run](${report.run.url})` : ''}.</sub>`,
    ];
    return { markdown: lines.join('\n') };
}
/** The whole report as markdown within `limit`: verdict and columns, then multivariate and performance, then charts. */
function renderMonitorMarkdown(report, limit) {
    const extra = [multivariateSection(report), performanceSection(report), sourcesSection(report)].filter((s) => s !== null);
    return renderDriftMarkdown(report.drift, {
        title: `${report.model} (${report.environment})`,
        extra: extra.map((s) => ({ ...s, essential: true })),
        limit,
    });
}
/** The report's Prometheus text: the drift gauges plus monitor's own. */
function renderMonitorPrometheus(report, now = new Date()) {
    const base = { model: report.model, environment: report.environment };
    const extra = [
        {
            name: 'mlops_drift_report_detected',
            help: 'monitor verdict: 1 when the dataset drifted (share of drifted columns or the multivariate check), else 0.',
            samples: [{ labels: base, value: report.driftDetected ? 1 : 0 }],
        },
        {
            name: 'mlops_drift_last_run_timestamp_seconds',
            help: 'When monitor last compared the data (Unix time).',
            samples: [{ labels: base, value: Math.floor(now.getTime() / 1000) }],
        },
        {
            name: 'mlops_drift_current_rows',
            help: 'Rows of current data compared.',
            samples: [{ labels: base, value: report.current.rows }],
        },
    ];
    if (report.drift.predictionDrift) {
        extra.push({
            name: 'mlops_drift_prediction_drifted',
            help: 'Prediction drift: 1 when the prediction column drifted.',
            samples: [{ labels: { ...base, column: report.drift.predictionDrift.column }, value: report.drift.predictionDrift.drifted ? 1 : 0 }],
        });
    }
    const mv = report.multivariate;
    if (mv && mv.skipped === undefined) {
        extra.push({
            name: 'mlops_drift_multivariate_auc',
            help: 'Cross-validated ROC AUC of the reference-vs-current classifier (0.5: no drift).',
            samples: [{ labels: base, value: mv.auc }],
        }, {
            name: 'mlops_drift_multivariate_detected',
            help: '1 when the multivariate AUC reached its threshold.',
            samples: [{ labels: base, value: mv.drifted ? 1 : 0 }],
        });
    }
    const perf = report.performance;
    if (perf && perf.metrics.length > 0) {
        extra.push({
            name: 'mlops_model_metric',
            help: 'A model metric on the labelled current data.',
            samples: perf.metrics.map((m) => ({ labels: { ...base, metric: m.metric }, value: m.current })),
        });
        const withReference = perf.metrics.filter((m) => m.reference !== null);
        if (withReference.length > 0) {
            extra.push({
                name: 'mlops_model_metric_reference',
                help: "The same metric as recorded in the reference package's metrics.json.",
                samples: withReference.map((m) => ({ labels: { ...base, metric: m.metric }, value: m.reference })),
            });
        }
    }
    if (perf?.estimate) {
        extra.push({
            name: 'mlops_model_estimated_accuracy',
            help: 'Expected accuracy from the predicted probabilities without labels (CBPE); assumes a calibrated model.',
            samples: [{ labels: base, value: perf.estimate.accuracy }],
        });
    }
    return renderPrometheus(report.drift, base, extra);
}
/** Reads a report monitor wrote, with a clear error for anything else. */
function parseMonitorReport(text, file) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file} is not JSON (${error.message}); give the report monitor wrote (its \`report\` output).`);
    }
    const r = parsed;
    if (!r || typeof r !== 'object' || r.kind !== MONITOR_REPORT_KIND) {
        throw new errors/* UserError */.yo(`${file} is not a drift report written by monitor (no "kind": "${MONITOR_REPORT_KIND}"); give monitor's \`report\` output.`);
    }
    if (r.schemaVersion !== 1)
        throw new errors/* UserError */.yo(`${file} has drift report schemaVersion ${String(r.schemaVersion)}; this version reads 1.`);
    const missing = ['model', 'environment', 'driftDetected', 'drift', 'summary'].filter((key) => r[key] === undefined);
    if (missing.length > 0)
        throw new errors/* UserError */.yo(`${file} is a drift report without ${missing.join(', ')}; it was cut short or edited.`);
    if (typeof r.model !== 'string' || !r.model || typeof r.environment !== 'string' || !r.environment) {
        throw new errors/* UserError */.yo(`${file}: the drift report's model and environment must be non-empty text.`);
    }
    return r;
}


/***/ })

};
