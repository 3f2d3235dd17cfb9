export const id = 675;
export const ids = [675];
export const modules = {

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


/***/ }),

/***/ 90901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ uploadPackage),
/* harmony export */   y: () => (/* binding */ uploadFolder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


async function filesUnder(dir) {
    const out = [];
    for (const entry of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true })) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory())
            out.push(...(await filesUnder(path)));
        else if (entry.isFile())
            out.push(path);
    }
    return out;
}
/**
 * Uploads the model package as a workflow artifact. Best effort: a failure is a warning, since
 * the package is already on disk for the steps that follow. Returns the artifact id when it worked.
 */
async function uploadPackage(name, dir, io) {
    return uploadFolder(name, dir, io, { what: 'the package' });
}
/**
 * Uploads every file under `dir` as one artifact, with paths relative to `root` (default `dir`),
 * so that a download with `merge-multiple` puts it back under the same relative folder. Best
 * effort, as uploadPackage.
 */
async function uploadFolder(name, dir, io, options = {}) {
    const what = options.what ?? dir;
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(101), __webpack_require__.e(118), __webpack_require__.e(110), __webpack_require__.e(37)]).then(__webpack_require__.bind(__webpack_require__, 62037));
        const client = new DefaultArtifactClient();
        const { id, size } = await client.uploadArtifact(name, await filesUnder(dir), options.root ?? dir);
        io.info(`artifact-name: uploaded ${what} as artifact "${name}" (${size ?? '?'} bytes, id ${id}).`);
        return id;
    }
    catch (error) {
        io.warning(`artifact-name: uploading ${what} as "${name}" failed: ${error.message}. ${what[0].toUpperCase()}${what.slice(1)} is still in ${dir}.`);
        return undefined;
    }
}


/***/ }),

/***/ 3122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ runTrainingCommand)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var errors = __webpack_require__(8126);
;// CONCATENATED MODULE: ./shared/train/gpu.ts

const QUERY = 'name,utilization.gpu,memory.used,memory.total';
/** Parses `nvidia-smi --query-gpu=name,utilization.gpu,memory.used,memory.total --format=csv,noheader,nounits`: one line per GPU. */
function parseNvidiaSmi(text) {
    const samples = [];
    for (const line of text.split('\n')) {
        const parts = line.split(',').map((part) => part.trim());
        if (parts.length < 4 || !parts[0])
            continue;
        const [name, utilization, memoryUsed, memoryTotal] = parts;
        // "[N/A]" appears for fields a GPU does not report (MIG slices, some vGPUs).
        const number = (text) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN);
        samples.push({ name, utilization: number(utilization), memoryUsed: number(memoryUsed), memoryTotal: number(memoryTotal) });
    }
    return samples;
}
function query(env) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('nvidia-smi', [`--query-gpu=${QUERY}`, '--format=csv,noheader,nounits'], { env, timeout: 10_000 }, (error, stdout) => {
            resolve(error ? undefined : parseNvidiaSmi(String(stdout)));
        });
    });
}
/**
 * Samples nvidia-smi while a command runs, when the runner has it. Without nvidia-smi (or
 * without a GPU) it records nothing and the run counts zero GPU-seconds.
 */
class GpuSampler {
    env;
    intervalMs;
    samples = [];
    timer;
    pending = Promise.resolve();
    available = true;
    constructor(env, intervalMs = 1000) {
        this.env = env;
        this.intervalMs = intervalMs;
    }
    sample() {
        if (!this.available)
            return this.pending;
        this.pending = this.pending.then(async () => {
            const result = await query(this.env);
            if (!result)
                this.available = this.samples.length > 0;
            else if (result.length > 0)
                this.samples.push(result);
        });
        return this.pending;
    }
    async start() {
        await this.sample();
        if (!this.available)
            return;
        this.timer = setInterval(() => void this.sample(), this.intervalMs);
    }
    /** Stops sampling (taking one last sample) and summarises: mean and peak utilisation over all GPUs, peak memory. */
    async stop() {
        if (this.timer)
            clearInterval(this.timer);
        if (this.available && this.samples.length > 0)
            await this.sample();
        await this.pending;
        if (this.samples.length === 0)
            return undefined;
        const all = this.samples.flat();
        const utilizations = all.map((s) => s.utilization).filter((u) => !Number.isNaN(u));
        const memory = all.map((s) => s.memoryUsed).filter((m) => !Number.isNaN(m));
        const names = [...new Set(this.samples[0].map((s) => s.name))];
        return {
            name: names.join(', '),
            count: this.samples[0].length,
            meanUtilization: utilizations.length ? utilizations.reduce((a, b) => a + b, 0) / utilizations.length : 0,
            peakUtilization: utilizations.length ? Math.max(...utilizations) : 0,
            peakMemoryMiB: memory.length ? Math.max(...memory) : 0,
            memoryTotalMiB: Math.max(0, ...this.samples[0].map((s) => s.memoryTotal).filter((m) => !Number.isNaN(m))),
            samples: this.samples.length,
        };
    }
}

;// CONCATENATED MODULE: ./shared/train/command.ts






/** Splits a byte stream into lines, calling `line` for each complete one. */
function lineSplitter(line) {
    let rest = '';
    return {
        push(chunk) {
            const text = rest + chunk.toString('utf8');
            const lines = text.split(/\r?\n/);
            rest = lines.pop() ?? '';
            for (const l of lines)
                line(l);
        },
        end() {
            if (rest)
                line(rest);
            rest = '';
        },
    };
}
function flatMetrics(value, file) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new errors/* FileError */.f6('metrics.json must be a JSON object of metric name to number, e.g. {"val_loss": 0.31}.', file);
    const out = {};
    for (const [name, metric] of Object.entries(value)) {
        if (typeof metric !== 'number' || !Number.isFinite(metric))
            throw new errors/* FileError */.f6(`metric "${name}" is ${JSON.stringify(metric)}; every metric must be a finite number.`, file);
        out[name] = metric;
    }
    return out;
}
async function readJson(path, shown) {
    try {
        return JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* FileError */.f6(`is not valid JSON: ${error.message}`, shown);
    }
}
/**
 * Runs a training command with command mode's environment contract (docs/training-config.md), streaming its output live and
 * sampling nvidia-smi, then checks what it wrote. A failure quotes the command's last lines.
 */
async function runTrainingCommand(options) {
    const outputDir = (0,external_node_path_.join)(options.packageDir, 'model');
    await (0,promises_.rm)(options.packageDir, { recursive: true, force: true });
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const tail = [];
    const keep = options.tailLines ?? 30;
    const remember = (line) => {
        options.io.info(line);
        tail.push(line);
        if (tail.length > keep)
            tail.shift();
    };
    const sampler = new GpuSampler(options.env, options.sampleIntervalMs);
    await sampler.start();
    const started = performance.now();
    const env = {
        ...options.env,
        MLOPS_OUTPUT_DIR: outputDir,
        MLOPS_DATA: options.data ?? '',
        MLOPS_PARAMS: JSON.stringify(options.params),
        MLOPS_SEED: String(options.seed),
        // Python buffers stdout when it is not a terminal; the log should move while the command runs.
        PYTHONUNBUFFERED: options.env.PYTHONUNBUFFERED ?? '1',
    };
    const exit = await new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(options.command, { shell: true, cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = lineSplitter(remember);
        const err = lineSplitter(remember);
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        child.on('error', (error) => resolve({ code: null, signal: null, error }));
        child.on('close', (code, signal) => {
            out.end();
            err.end();
            resolve({ code, signal });
        });
    });
    const durationSeconds = (performance.now() - started) / 1000;
    const gpu = await sampler.stop();
    const lastLines = () => (tail.length ? `\nLast lines of its output:\n${tail.join('\n')}` : ' It printed nothing.');
    if (exit.error)
        throw new errors/* UserError */.yo(`the command could not start: ${exit.error.message}.`);
    if (exit.code !== 0) {
        throw new errors/* UserError */.yo(`the training command failed (${exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`}) after ${durationSeconds.toFixed(1)} s.${lastLines()}`);
    }
    const metricsPath = (0,external_node_path_.join)(outputDir, 'metrics.json');
    if (!(0,external_node_fs_.existsSync)(metricsPath)) {
        throw new errors/* UserError */.yo(`the training command succeeded but wrote no metrics.json into MLOPS_OUTPUT_DIR (${outputDir}); it must write {"metric": number, …} there.${lastLines()}`);
    }
    const metrics = flatMetrics(await readJson(metricsPath, 'metrics.json'), 'metrics.json');
    // metrics.json, history.json and mlops.json belong at the package root, beside model/.
    await (0,promises_.rename)(metricsPath, (0,external_node_path_.join)(options.packageDir, 'metrics.json'));
    let history;
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(outputDir, 'history.json'))) {
        history = (await readJson((0,external_node_path_.join)(outputDir, 'history.json'), 'history.json'));
        await (0,promises_.rm)((0,external_node_path_.join)(outputDir, 'history.json'));
    }
    let extra = {};
    if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(outputDir, 'mlops.json'))) {
        extra = (await readJson((0,external_node_path_.join)(outputDir, 'mlops.json'), 'mlops.json'));
        await (0,promises_.rm)((0,external_node_path_.join)(outputDir, 'mlops.json'));
    }
    const files = await (0,promises_.readdir)(outputDir);
    return { metrics, history, framework: files.includes('model.onnx') ? 'onnx' : 'custom', extra, gpu, durationSeconds };
}


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};
