export const id = 134;
export const ids = [134];
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

/***/ 67134:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ValidationFailedError: () => (/* binding */ ValidationFailedError),
  annotate: () => (/* binding */ annotate),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./shared/runtime/errors.ts
var runtime_errors = __webpack_require__(8126);
// EXTERNAL MODULE: ./shared/data/files.ts
var data_files = __webpack_require__(27124);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: ./shared/data/csv.ts
var csv = __webpack_require__(53651);
// EXTERNAL MODULE: ./shared/data/reader.ts
var data_reader = __webpack_require__(4412);
// EXTERNAL MODULE: ./shared/data/profile.ts + 2 modules
var data_profile = __webpack_require__(98128);
// EXTERNAL MODULE: ./shared/stats/hash-sample.ts
var hash_sample = __webpack_require__(88719);
// EXTERNAL MODULE: ./shared/data/errors.ts
var errors = __webpack_require__(95636);
;// CONCATENATED MODULE: ./shared/data/validate.ts


const MAX_EXAMPLES = 5;
/** Violations counted per rule, each with its first examples. */
class ViolationLog {
    rules = new Map();
    record(rule, example, count = 1) {
        let violation = this.rules.get(rule.rule);
        if (!violation) {
            violation = { ...rule, count: 0, examples: [] };
            this.rules.set(rule.rule, violation);
        }
        violation.count += count;
        if (example && violation.examples.length < MAX_EXAMPLES)
            violation.examples.push(example);
        return violation;
    }
    remove(rule) {
        this.rules.delete(rule);
    }
    /** A part's violations (from a byte range read elsewhere), its lines shifted by `lineOffset`. */
    absorb(violations, lineOffset) {
        for (const { count, examples, ...rule } of violations) {
            const target = this.record(rule, undefined, count);
            for (const example of examples)
                if (target.examples.length < MAX_EXAMPLES)
                    target.examples.push({ ...example, line: example.line + lineOffset });
        }
    }
    get(rule) {
        return this.rules.get(rule);
    }
    list() {
        return [...this.rules.values()];
    }
}
/** A read error (empty file, bad quoting, bad encoding, an invalid schema…) as a violation with its file:line. */
function recordFileError(log, error, kind = 'file') {
    const check = error instanceof errors/* DataFileError */.t ? error.check : kind === 'schema' ? 'invalid' : 'unreadable';
    log.record({ rule: `${kind}.${check}`, check, severity: 'error', message: error.message.replace(/^[^:]+(:\d+)*: /, '') }, { file: error.file, line: error.line ?? 1, column: error.column });
}
const BOOLEAN_TEXT = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE', 'yes', 'no', 'Yes', 'No', 'YES', 'NO', '1', '0']);
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
function parseDatetime(text) {
    return ISO_DATETIME.test(text) ? Date.parse(text.length === 10 ? text : text.replace(' ', 'T')) : NaN;
}
const shown = (value) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);
/**
 * Checks rows against a schema as they stream by. Column rules are counted per cell; table
 * rules and null shares are decided in `finish`. Uniqueness is exact up to 262,144 distinct
 * values per column, then checked on a hash sample (the count is then marked approximate).
 */
class SchemaValidator {
    schema;
    log;
    checks = [];
    rows = 0;
    /** `part`: this validator sees a byte range of the data; whole-table findings are left to the main one. */
    constructor(schema, columns, firstFile, log, part = false) {
        this.schema = schema;
        this.log = log;
        for (const [name, rules] of schema.columns) {
            const index = columns.indexOf(name);
            if (index < 0) {
                if (!part)
                    log.record({
                        rule: 'schema.missing_column',
                        check: 'missing_column',
                        severity: 'error',
                        message: `the schema names columns that the data does not have (data columns: ${columns.join(', ')})`,
                    }, { file: schema.file, line: rules.line ?? 1, value: name });
                continue;
            }
            const numeric = rules.type === 'integer' || rules.type === 'number';
            const bound = (value, fallback) => value === undefined ? fallback : typeof value === 'number' ? value : rules.type === 'datetime' ? Date.parse(value) : Number(value);
            this.checks.push({
                name,
                index,
                rules,
                numeric,
                min: bound(rules.min, -Infinity),
                max: bound(rules.max, Infinity),
                numberValues: rules.values && numeric ? new Set(rules.values.map(Number)) : undefined,
                textValues: rules.values && !numeric ? new Set(rules.values.map(String)) : undefined,
                pattern: rules.pattern !== undefined ? new RegExp(`^(?:${rules.pattern})$`, 'u') : undefined,
                seen: rules.unique ? new hash_sample/* HashSample */.N(1 << 18) : undefined,
            });
        }
        if (schema.table.allow_extra_columns === false && !part) {
            const extra = columns.filter((c) => !schema.columns.has(c));
            if (extra.length > 0) {
                log.record({
                    rule: 'table.allow_extra_columns',
                    check: 'allow_extra_columns',
                    severity: 'error',
                    message: `columns not in the schema: ${extra.join(', ')}. Add them to the schema or set \`allow_extra_columns: true\``,
                }, { file: firstFile, line: 1, value: extra.join(', ') }, extra.length);
            }
        }
    }
    fail(check, kind, message, file, line, value) {
        this.log.record({ rule: `${check.name}.${kind}`, column: check.name, check: kind, severity: 'error', message }, { file, line, value: shown(value) });
    }
    check(row, file) {
        this.rows++;
        for (const c of this.checks) {
            const i = c.index;
            if (row.isNull(i)) {
                if (c.rules.nullable === false)
                    this.fail(c, 'nullable', 'missing values in a column with `nullable: false`', file, row.line, '');
                continue;
            }
            const type = c.rules.type;
            if (c.numeric) {
                const value = row.number(i);
                if (Number.isNaN(value) || (type === 'integer' && !Number.isInteger(value))) {
                    this.fail(c, 'type', `values that are not ${type === 'integer' ? 'integers' : 'numbers'}`, file, row.line, row.text(i));
                    continue;
                }
                if (value < c.min)
                    this.fail(c, 'min', `values below the minimum ${c.rules.min}`, file, row.line, row.text(i));
                if (value > c.max)
                    this.fail(c, 'max', `values above the maximum ${c.rules.max}`, file, row.line, row.text(i));
                if (c.numberValues && !c.numberValues.has(value))
                    this.fail(c, 'values', `values not in the allowed list [${c.rules.values.join(', ')}]`, file, row.line, row.text(i));
            }
            else if (type === 'boolean' || type === 'datetime' || c.textValues || c.pattern) {
                const text = row.text(i);
                if (type === 'boolean' && !BOOLEAN_TEXT.has(text))
                    this.fail(c, 'type', 'values that are not booleans (true/false, yes/no, 1/0)', file, row.line, text);
                if (type === 'datetime') {
                    const time = parseDatetime(text);
                    if (Number.isNaN(time))
                        this.fail(c, 'type', 'values that are not ISO 8601 dates or datetimes (YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM])', file, row.line, text);
                    else {
                        if (time < c.min)
                            this.fail(c, 'min', `dates before the minimum ${c.rules.min}`, file, row.line, text);
                        if (time > c.max)
                            this.fail(c, 'max', `dates after the maximum ${c.rules.max}`, file, row.line, text);
                    }
                }
                if (c.textValues && !c.textValues.has(text))
                    this.fail(c, 'values', `values not in the allowed list [${c.rules.values.join(', ')}]`, file, row.line, text);
                if (c.pattern && !c.pattern.test(text))
                    this.fail(c, 'pattern', `values that do not match the pattern /${c.rules.pattern}/`, file, row.line, text);
            }
            if (c.seen && c.seen.add(row.hash(i)) > 0)
                this.fail(c, 'unique', 'repeated values in a column with `unique: true`', file, row.line, row.text(i));
        }
    }
    /** Rows skipped because their field count was wrong. */
    ragged(file, line, fields, expected) {
        this.log.record({
            rule: 'file.ragged_row',
            check: 'ragged_row',
            severity: 'error',
            message: 'rows with a different number of fields than the header (skipped). Check for a missing or extra delimiter, or an unquoted field that contains one',
        }, { file, line, value: `${fields} fields, header has ${expected}` });
    }
    /** Uniqueness samples, for merging parts. */
    state() {
        return Object.fromEntries(this.checks.filter((c) => c.seen).map((c) => [c.name, c.seen.pack()]));
    }
    absorb(state) {
        for (const c of this.checks)
            if (c.seen && state[c.name])
                c.seen.mergePacked(state[c.name]);
    }
    /** Lets the uniqueness samples' memory be reused, once `state()` has been taken. */
    release() {
        for (const c of this.checks)
            c.seen?.release();
    }
    finish(profile) {
        const table = this.schema.table;
        const at = (key) => ({ file: this.schema.file, line: table.lines[key] ?? 1 });
        const rows = profile.table.rows;
        if (table.min_rows !== undefined && rows < table.min_rows) {
            this.log.record({ rule: 'table.min_rows', check: 'min_rows', severity: 'error', message: `${rows} rows, fewer than min_rows ${table.min_rows}` }, at('min_rows'));
        }
        if (table.max_rows !== undefined && rows > table.max_rows) {
            this.log.record({ rule: 'table.max_rows', check: 'max_rows', severity: 'error', message: `${rows} rows, more than max_rows ${table.max_rows}` }, at('max_rows'));
        }
        const dup = profile.table.duplicateRowShare;
        if (table.max_duplicate_rows_share !== undefined && dup > table.max_duplicate_rows_share) {
            this.log.record({
                rule: 'table.max_duplicate_rows_share',
                check: 'max_duplicate_rows_share',
                severity: 'error',
                message: `${(dup * 100).toFixed(2)}% of rows repeat an earlier row${profile.table.duplicateRowShareExact ? '' : ' (estimated from a sample)'}, more than max_duplicate_rows_share ${table.max_duplicate_rows_share}`,
                approximate: !profile.table.duplicateRowShareExact,
            }, at('max_duplicate_rows_share'), Math.round(dup * rows));
        }
        for (const c of this.checks) {
            const nulls = profile.columns[c.index].nulls;
            const share = rows === 0 ? 0 : nulls / rows;
            if (c.rules.max_null_share !== undefined && share > c.rules.max_null_share) {
                this.log.record({
                    rule: `${c.name}.max_null_share`,
                    column: c.name,
                    check: 'max_null_share',
                    severity: 'error',
                    message: `${(share * 100).toFixed(2)}% of values missing, more than max_null_share ${c.rules.max_null_share}`,
                }, { file: this.schema.file, line: this.schema.columns.get(c.name)?.line ?? 1 }, nulls);
            }
            if (!c.seen)
                continue;
            // Repeats counted from the (merged) sample: it also catches repeats across parts read apart.
            const { items, distinct } = c.seen.counted();
            const repeats = Math.round((items - distinct) / c.seen.rate);
            if (repeats === 0)
                continue;
            const unique = this.log.record({
                rule: `${c.name}.unique`,
                column: c.name,
                check: 'unique',
                severity: 'error',
                message: 'repeated values in a column with `unique: true`',
            }, undefined, 0);
            unique.count = repeats;
            if (!c.seen.isExact) {
                unique.approximate = true;
                unique.message += ` (estimated from a ${(c.seen.rate * 100).toPrecision(2)}% sample of the values)`;
            }
        }
    }
}
const OUT_OF_RANGE_SHARE = 0.01;
const NULL_JUMP = 0.05;
/**
 * Train/serving skew against a reference profile: values outside the reference's range,
 * categories it never saw, and jumps in the missing-value rate. All are warnings.
 */
class SkewChecker {
    reference;
    log;
    columns = [];
    constructor(reference, referenceFile, columns, log, part = false) {
        this.reference = reference;
        this.log = log;
        for (const ref of reference.columns) {
            const index = columns.indexOf(ref.name);
            if (index < 0) {
                if (!part)
                    log.record({
                        rule: 'skew.missing_column',
                        check: 'missing_column',
                        severity: 'warning',
                        message: 'columns in the reference profile are missing from the data',
                    }, { file: referenceFile, line: 1, value: ref.name });
                continue;
            }
            const numeric = (ref.type === 'integer' || ref.type === 'number') && typeof ref.min === 'number' && typeof ref.max === 'number';
            const known = (ref.type === 'category' || ref.type === 'boolean') && ref.topExact && ref.sketch.text.error === 0;
            this.columns.push({
                name: ref.name,
                index,
                min: numeric ? ref.min : undefined,
                max: numeric ? ref.max : undefined,
                categories: known
                    ? new Set([...ref.sketch.text.items.map(([v]) => v), ...(ref.sketch.numericLevels ?? []).map(([v]) => String(v))])
                    : undefined,
                outside: 0,
                values: 0,
                nullLines: [],
            });
        }
        const extra = columns.filter((c) => !reference.columns.some((r) => r.name === c));
        if (extra.length > 0 && !part)
            log.record({
                rule: 'skew.new_column',
                check: 'new_column',
                severity: 'warning',
                message: `columns not in the reference profile: ${extra.join(', ')}`,
            }, undefined, extra.length);
    }
    state() {
        return { columns: this.columns.map((c) => ({ outside: c.outside, values: c.values, nullLines: c.nullLines })) };
    }
    absorb(state, lineOffset) {
        state.columns.forEach((part, i) => {
            const c = this.columns[i];
            c.outside += part.outside;
            c.values += part.values;
            for (const example of part.nullLines)
                if (c.nullLines.length < MAX_EXAMPLES)
                    c.nullLines.push({ ...example, line: example.line + lineOffset });
        });
    }
    add(row, file) {
        for (const c of this.columns) {
            if (row.isNull(c.index)) {
                if (c.nullLines.length < MAX_EXAMPLES)
                    c.nullLines.push({ file, line: row.line });
                continue;
            }
            c.values++;
            if (c.min !== undefined) {
                const value = row.number(c.index);
                if (value < c.min || value > c.max) {
                    c.outside++;
                    this.log.record({
                        rule: `skew.${c.name}.out_of_range`,
                        column: c.name,
                        check: 'out_of_range',
                        severity: 'warning',
                        message: `values outside the reference range [${c.min}, ${c.max}]`,
                    }, { file, line: row.line, value: row.text(c.index) }, 0);
                }
            }
            else if (c.categories) {
                const text = row.text(c.index);
                if (!c.categories.has(text)) {
                    this.log.record({
                        rule: `skew.${c.name}.new_categories`,
                        column: c.name,
                        check: 'new_categories',
                        severity: 'warning',
                        message: `categories the reference never saw (it had: ${[...c.categories].slice(0, 10).join(', ')})`,
                    }, { file, line: row.line, value: shown(text) });
                }
            }
        }
    }
    finish(profile) {
        for (const c of this.columns) {
            const rule = `skew.${c.name}.out_of_range`;
            const outside = this.log.get(rule);
            if (outside) {
                const share = c.values === 0 ? 0 : c.outside / c.values;
                outside.count = c.outside;
                outside.message = `${(share * 100).toFixed(2)}% of values outside the reference range [${c.min}, ${c.max}]`;
                // A share this small is noise, not skew.
                if (share <= OUT_OF_RANGE_SHARE)
                    this.log.remove(rule);
            }
            const ref = this.reference.columns.find((r) => r.name === c.name);
            const current = profile.columns.find((p) => p.name === c.name);
            if (current && current.nullShare - ref.nullShare > NULL_JUMP && current.nullShare > 2 * ref.nullShare) {
                this.log.record({
                    rule: `skew.${c.name}.null_rate`,
                    column: c.name,
                    check: 'null_rate',
                    severity: 'warning',
                    message: `missing values jumped from ${(ref.nullShare * 100).toFixed(1)}% in the reference to ${(current.nullShare * 100).toFixed(1)}%`,
                }, c.nullLines[0], current.nulls);
                const logged = this.log.get(`skew.${c.name}.null_rate`);
                logged.examples = c.nullLines;
            }
        }
    }
}

;// CONCATENATED MODULE: ./shared/data/pass.ts


const NO_SCHEMA = { file: '', columns: new Map(), table: { lines: {} } };
/**
 * Everything validate-data does with each row, in one place: the profile, the schema checks
 * and the skew checks. The whole dataset's pass can absorb the states of parts read elsewhere.
 */
class Pass {
    log;
    builder;
    validator;
    skew;
    constructor(setup, log = new ViolationLog(), part = false) {
        this.log = log;
        this.builder = new data_profile/* ProfileBuilder */.bZ(setup.columns, setup.rowsBefore);
        this.validator = new SchemaValidator(setup.schema ?? NO_SCHEMA, setup.columns, setup.firstFile, log, part);
        this.skew = setup.reference ? new SkewChecker(setup.reference, setup.referenceFile ?? '', setup.columns, log, part) : undefined;
    }
    get rows() {
        return this.builder.rows;
    }
    row(row, file) {
        this.builder.add(row);
        this.validator.check(row, file);
        this.skew?.add(row, file);
    }
    ragged(file, line, fields, expected) {
        this.validator.ragged(file, line, fields, expected);
    }
    state() {
        return {
            rows: this.builder.rows,
            profile: this.builder.state(),
            violations: this.log.list(),
            unique: this.validator.state(),
            skew: this.skew?.state() ?? null,
        };
    }
    /** Lets the part's large tables be reused by the next part, once `state()` has been taken. */
    release() {
        this.builder.release();
        this.validator.release();
    }
    /** A part's findings; its line numbers are relative to the part's first line, so `lineOffset` places them. */
    absorb(state, lineOffset) {
        this.builder.absorb(state.profile);
        this.log.absorb(state.violations, lineOffset);
        this.validator.absorb(state.unique);
        if (state.skew)
            this.skew?.absorb(state.skew, lineOffset);
    }
    finish(table, histogramEdges) {
        const profile = this.builder.finish(table, { histogramEdges });
        this.validator.finish(profile);
        this.skew?.finish(profile);
        return profile;
    }
}

;// CONCATENATED MODULE: ./shared/data/parallel.ts











const QUOTE = 34;
const LF = 10;
/** Below this much CSV, one thread is faster than starting workers. */
const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;
const RANGE_BYTES = 32 * 1024 * 1024;
/** Workers beyond this add memory (one V8 isolate each) faster than speed. */
const MAX_WORKERS = 8;
function countByte(buf, byte) {
    let count = 0;
    for (let i = buf.indexOf(byte); i >= 0; i = buf.indexOf(byte, i + 1))
        count++;
    return count;
}
/**
 * Reads one byte range of a CSV file (starting at a line start, after the header) through a
 * part Pass. Lines are numbered from 1 at the range's start. Counts newlines, to place the
 * part's lines, and quotes: if the quotes before the range are odd, it started inside a quoted
 * field and the caller must read the file in one piece instead.
 */
async function readRange(task) {
    const pass = new Pass(task.setup, undefined, true);
    const reader = new csv/* CsvReader */.c({
        file: task.file,
        delimiter: task.delimiter,
        columns: task.setup.columns,
        firstLine: 1,
        onHeader: () => { },
        onRow: (row) => pass.row(row, task.file),
        onRaggedRow: (line, fields, expected) => pass.ragged(task.file, line, fields, expected),
    });
    let quotes = 0;
    try {
        await (0,data_reader/* readFileChunks */.Ng)(task.absolute, (chunk) => {
            quotes += countByte(chunk, QUOTE);
            reader.push(chunk);
        }, { start: task.start, end: task.end });
        reader.finish();
    }
    catch (error) {
        if (error instanceof runtime_errors/* FileError */.f6)
            return { ok: false, message: error.message };
        throw error;
    }
    const state = pass.state();
    pass.release();
    return { ok: true, newlines: reader.linesRead - 1, quotes, state };
}
/** The byte where the header ends (after its newline), honouring quoted newlines; -1 if not in `head`. */
function headerEnd(head, from) {
    let quoted = false;
    for (let i = from; i < head.length; i++) {
        const c = head[i];
        if (c === QUOTE)
            quoted = !quoted;
        else if (c === LF && !quoted)
            return i + 1;
    }
    return -1;
}
async function nextLineStart(handle, position, size) {
    const buf = Buffer.alloc(64 * 1024);
    for (let at = position; at < size; at += buf.length) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, at);
        const nl = buf.subarray(0, bytesRead).indexOf(LF);
        if (nl >= 0)
            return at + nl + 1;
    }
    return size;
}
/**
 * Splits each CSV file into byte ranges at line starts, or returns null when the data is too
 * small (or not CSV) for workers to pay off.
 */
async function planRanges(files, cwd, workers, rangeBytesOverride) {
    if (workers < 2 || files.some((file) => (0,data_reader/* formatOf */.be)(file) !== 'csv'))
        return null;
    const sizes = await Promise.all(files.map(async (file) => (await (0,promises_.stat)(external_node_path_default().resolve(cwd, file))).size));
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total < (rangeBytesOverride ? 0 : PARALLEL_MIN_BYTES))
        return null;
    const rangeBytes = rangeBytesOverride ?? Math.max(4 * 1024 * 1024, Math.min(RANGE_BYTES, Math.ceil(total / (workers * 4))));
    const plans = [];
    for (const [i, file] of files.entries()) {
        const absolute = external_node_path_default().resolve(cwd, file);
        const handle = await (0,promises_.open)(absolute, 'r');
        try {
            const head = Buffer.alloc(Math.min(sizes[i], 4 * 1024 * 1024));
            await handle.read(head, 0, head.length, 0);
            const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
            const end = headerEnd(head, bom);
            if (end < 0)
                return null;
            let columns = [];
            const delimiter = (0,csv/* sniffDelimiter */.y)(head.subarray(bom, Math.min(head.length, 65536)).toString('utf8'));
            const reader = new csv/* CsvReader */.c({ file, delimiter, onHeader: (names) => (columns = names), onRow: () => { } });
            reader.push(head.subarray(0, end));
            reader.finish();
            const ranges = [];
            let start = end;
            while (start < sizes[i]) {
                const stop = start + rangeBytes >= sizes[i] ? sizes[i] : await nextLineStart(handle, start + rangeBytes, sizes[i]);
                ranges.push({ start, end: stop });
                start = stop;
            }
            const bytesPerLine = head.length / Math.max(1, countByte(head, LF));
            plans.push({
                file,
                absolute,
                size: sizes[i],
                columns,
                delimiter,
                headerLines: countByte(head.subarray(0, end), LF),
                headerQuotes: countByte(head.subarray(0, end), QUOTE),
                bytesPerLine,
                ranges,
            });
        }
        catch (error) {
            if (error instanceof runtime_errors/* FileError */.f6)
                return null;
            throw error;
        }
        finally {
            await handle.close();
        }
    }
    return plans;
}
function here() {
    try {
        return external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    }
    catch {
        return process.cwd();
    }
}
/** The bundled worker script (dist/profile-worker.js), if this build has one. */
function profileWorkerFile(env = process.env) {
    return [env.MLOPS_PROFILE_WORKER, external_node_path_default().join(here(), 'profile-worker.js')].find((file) => Boolean(file) && (0,external_node_fs_.existsSync)(file));
}
function workerCount(env = process.env) {
    const asked = Number(env.MLOPS_PROFILE_THREADS);
    return Math.max(1, Math.min(MAX_WORKERS, Number.isInteger(asked) && asked > 0 ? asked : (0,external_node_os_.availableParallelism)()));
}
/** Runs tasks on a pool of worker threads; each result goes to `onResult` as it arrives (in any order). */
async function runOnWorkers(tasks, workerFile, size, onResult) {
    let next = 0;
    // A small young generation keeps each worker near 40 MB; the parts are streamed, so old space stays small too.
    const workers = Array.from({ length: Math.min(size, tasks.length) }, () => new external_node_worker_threads_.Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 8 } }));
    try {
        await Promise.all(workers.map((worker) => new Promise((resolve, reject) => {
            worker.once('error', reject);
            const pump = () => {
                if (next >= tasks.length)
                    return resolve();
                const index = next++;
                worker.once('message', (result) => {
                    onResult(index, result);
                    pump();
                });
                worker.postMessage(tasks[index]);
            };
            pump();
        })));
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
}
/** Runs tasks one after another in this thread (tests, and a build without the worker script). */
async function runInThread(tasks, onResult) {
    for (const [index, task] of tasks.entries())
        onResult(index, await readRange(task));
}
/** sha256 fingerprint of files, as data/reader.ts defines it. */
async function fingerprintFiles(files) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const file of files) {
        hash.update(`${file.size}\n`);
        await (0,data_reader/* readFileChunks */.Ng)(file.absolute, (chunk) => hash.update(chunk));
    }
    return hash.digest('hex');
}
/**
 * Reads planned ranges (on workers, or in this thread) into `whole`, placing each part's lines.
 * Parts are absorbed in file order as soon as their predecessors are, so memory holds only the
 * few parts that finished early. Returns false when the split was unsound (a range began
 * inside a quoted field, or a part hit a read error): the caller then reads the data in one
 * piece, which reports errors exactly.
 */
async function readPlanned(plans, whole, setup, run) {
    const first = plans[0];
    if (plans.some((plan) => plan.columns.join('\u0000') !== first.columns.join('\u0000')))
        return false;
    let bytesBefore = 0;
    const tasks = [];
    /** Per task: its file's plan, and whether it is the file's first range. */
    const owners = [];
    for (const plan of plans) {
        plan.ranges.forEach((range, r) => {
            tasks.push({
                setup: {
                    ...setup,
                    columns: first.columns,
                    firstFile: first.file,
                    rowsBefore: Math.round((bytesBefore + range.start) / plan.bytesPerLine),
                },
                file: plan.file,
                absolute: plan.absolute,
                delimiter: plan.delimiter,
                ...range,
            });
            owners.push({ plan, firstOfFile: r === 0 });
        });
        bytesBefore += plan.size;
    }
    const waiting = new Map();
    let nextIndex = 0;
    let sound = true;
    let quotes = 0;
    let line = 0;
    const absorbReady = () => {
        while (sound && waiting.has(nextIndex)) {
            const result = waiting.get(nextIndex);
            waiting.delete(nextIndex);
            const { plan, firstOfFile } = owners[nextIndex];
            if (firstOfFile) {
                quotes = plan.headerQuotes;
                line = plan.headerLines + 1;
            }
            if (!result.ok || quotes % 2 !== 0) {
                sound = false;
                return;
            }
            whole.absorb(result.state, line - 1);
            quotes += result.quotes;
            line += result.newlines;
            nextIndex++;
        }
    };
    await run(tasks, (index, result) => {
        if (!sound)
            return;
        waiting.set(index, result);
        absorbReady();
    });
    return sound && nextIndex === tasks.length;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./shared/data/schema.ts




const SCHEMA_TYPES = ['integer', 'number', 'boolean', 'string', 'category', 'datetime'];
const COLUMN_KEYS = ['type', 'nullable', 'min', 'max', 'values', 'pattern', 'unique', 'max_null_share', 'description'];
const TABLE_KEYS = ['min_rows', 'max_rows', 'allow_extra_columns', 'max_duplicate_rows_share'];
/**
 * Loads a schema (YAML, or JSON, which is YAML). Every mistake is a FileError at the line of
 * the offending key: invalid YAML, unknown keys, wrong value types, a pattern that is not a
 * regular expression.
 */
async function loadSchema(file, cwd = process.cwd()) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (error) {
        throw new runtime_errors/* FileError */.f6(`cannot read the schema (${error.code === 'ENOENT' ? 'file not found' : error.message}). Check the \`schema\` input`, file);
    }
    return parseSchema(text, file);
}
function parseSchema(text, file) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines });
    if (doc.errors.length > 0) {
        const error = doc.errors[0];
        const where = error.linePos?.[0];
        throw new runtime_errors/* FileError */.f6(`the schema is not valid YAML: ${error.message.split('\n')[0]}`, file, where?.line, where?.col);
    }
    const lineOf = (node) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
    const fail = (message, node) => {
        throw new runtime_errors/* FileError */.f6(message, file, lineOf(node) ?? 1);
    };
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root))
        fail('the schema must be a mapping with `columns:` (and optionally `table:`)', root);
    const rootMap = root;
    for (const pair of rootMap.items) {
        const key = String(pair.key?.toJSON?.() ?? pair.key);
        if (key !== 'columns' && key !== 'table')
            fail(`unknown top-level key "${key}": expected \`columns:\` and \`table:\``, pair.key);
    }
    const columnsNode = rootMap.get('columns', true);
    if (!columnsNode || !(0,dist/* isMap */.jh)(columnsNode))
        fail('`columns:` must map each column name to its rules', columnsNode ?? root);
    const columns = new Map();
    for (const pair of columnsNode.items) {
        const keyNode = pair.key;
        const name = String((0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : keyNode);
        const valueNode = pair.value;
        const rules = { line: lineOf(keyNode) };
        if (valueNode !== null && !((0,dist/* isScalar */.jn)(valueNode) && valueNode.value === null)) {
            if (!(0,dist/* isMap */.jh)(valueNode))
                fail(`column "${name}": expected a mapping of rules (type, nullable, min, …)`, valueNode);
            for (const rule of valueNode.items) {
                const ruleKey = rule.key;
                const key = String((0,dist/* isScalar */.jn)(ruleKey) ? ruleKey.value : ruleKey);
                const node = rule.value;
                const value = node?.toJSON();
                const bad = (expected) => fail(`column "${name}": \`${key}\` must be ${expected} (got ${JSON.stringify(value)})`, node ?? ruleKey);
                switch (key) {
                    case 'type':
                        if (!SCHEMA_TYPES.includes(value))
                            bad(`one of ${SCHEMA_TYPES.join(', ')}`);
                        rules.type = value;
                        break;
                    case 'nullable':
                    case 'unique':
                        if (typeof value !== 'boolean')
                            bad('true or false');
                        rules[key] = value;
                        break;
                    case 'min':
                    case 'max':
                        if (typeof value !== 'number' && typeof value !== 'string')
                            bad('a number (or an ISO date for datetime columns)');
                        if (typeof value === 'string' && Number.isNaN(Date.parse(value)))
                            bad('a number or an ISO date');
                        rules[key] = value;
                        break;
                    case 'values':
                        if (!Array.isArray(value) || value.some((v) => v === null || typeof v === 'object'))
                            bad('a list of values');
                        rules.values = value;
                        break;
                    case 'pattern':
                        if (typeof value !== 'string')
                            bad('a regular expression in quotes');
                        try {
                            new RegExp(value);
                        }
                        catch (error) {
                            bad(`a valid regular expression (${error.message})`);
                        }
                        rules.pattern = value;
                        break;
                    case 'max_null_share':
                        if (typeof value !== 'number' || value < 0 || value > 1)
                            bad('a share between 0 and 1');
                        rules.max_null_share = value;
                        break;
                    case 'description':
                        break;
                    default:
                        fail(`column "${name}": unknown rule "${key}" (rules: ${COLUMN_KEYS.join(', ')})`, ruleKey);
                }
            }
            if (rules.type &&
                rules.type !== 'datetime' &&
                rules.type !== 'integer' &&
                rules.type !== 'number' &&
                (rules.min !== undefined || rules.max !== undefined)) {
                fail(`column "${name}": min/max apply to integer, number and datetime columns, not ${rules.type}`, valueNode);
            }
        }
        columns.set(name, rules);
    }
    const table = { lines: {} };
    const tableNode = rootMap.get('table', true);
    if (tableNode && !((0,dist/* isScalar */.jn)(tableNode) && tableNode.value === null)) {
        if (!(0,dist/* isMap */.jh)(tableNode))
            fail('`table:` must be a mapping of table rules', tableNode);
        for (const pair of tableNode.items) {
            const keyNode = pair.key;
            const key = String((0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : keyNode);
            const node = pair.value;
            const value = node?.toJSON();
            const bad = (expected) => fail(`table: \`${key}\` must be ${expected} (got ${JSON.stringify(value)})`, node ?? keyNode);
            if (key === 'min_rows' || key === 'max_rows') {
                if (!Number.isInteger(value) || value < 0)
                    bad('a whole number ≥ 0');
                table[key] = value;
            }
            else if (key === 'allow_extra_columns') {
                if (typeof value !== 'boolean')
                    bad('true or false');
                table[key] = value;
            }
            else if (key === 'max_duplicate_rows_share') {
                if (typeof value !== 'number' || value < 0 || value > 1)
                    bad('a share between 0 and 1');
                table[key] = value;
            }
            else
                fail(`unknown table rule "${key}" (rules: ${TABLE_KEYS.join(', ')})`, keyNode);
            table.lines[key] = lineOf(keyNode);
        }
    }
    return { file, columns, table };
}
// ---------------------------------------------------------------- inference
function roundOut(value, direction, integer) {
    if (integer)
        return direction === 'down' ? Math.floor(value) : Math.ceil(value);
    if (value === 0)
        return 0;
    const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
    const rounded = (direction === 'down' ? Math.floor(value / magnitude) : Math.ceil(value / magnitude)) * magnitude;
    return Number(rounded.toPrecision(12));
}
/** min/max widened by 10% of the observed range on each side, kept non-negative when the data is. */
function widenedRange(column) {
    if (typeof column.min !== 'number' || typeof column.max !== 'number')
        return undefined;
    const integer = column.type === 'integer';
    const span = column.max - column.min || Math.abs(column.max) || 1;
    const margin = span * 0.1;
    let min = roundOut(column.min - margin, 'down', integer);
    const max = roundOut(column.max + margin, 'up', integer);
    if (column.min >= 0 && min < 0)
        min = 0;
    return { min, max };
}
const scalar = (value) => (0,dist/* stringify */.As)(value, { lineWidth: 0 }).trim();
const percent = (share) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}%`;
/**
 * An editable schema from a profile: types as observed, nullable where nulls were seen,
 * ranges widened by a margin, value lists for low-cardinality columns only, keys marked
 * unique. Comments say what was observed, so a person can tighten or loosen each rule.
 */
function inferSchema(profile, source) {
    const out = [
        `# Schema inferred by mlops-actions validate-data from ${source}`,
        `# (${profile.table.rows} rows, ${profile.table.columns} columns). Edit it: it is the contract the data is checked against.`,
        '# Ranges are widened by 10% of the observed range; value lists are written only for low-cardinality columns.',
        'columns:',
    ];
    for (const column of profile.columns) {
        const observed = [`${column.count} values`];
        if (column.nulls > 0)
            observed.push(`${percent(column.nullShare)} missing`);
        observed.push(`${column.distinctExact ? '' : '~'}${column.distinct} distinct`);
        if (column.min !== null)
            observed.push(`observed ${column.min} … ${column.max}`);
        out.push(`  ${scalar(column.name)}:  # ${observed.join(', ')}`);
        const category = column.type === 'category' && column.topExact && column.topCategories && column.otherShare === 0;
        const type = column.type === 'empty' ? 'string' : column.type === 'category' && !category ? 'string' : column.type;
        out.push(`    type: ${type}`);
        out.push(`    nullable: ${column.nulls > 0}`);
        if (column.nulls > 0)
            out.push(`    max_null_share: ${Math.min(1, Number(Math.max(column.nullShare * 2, column.nullShare + 0.01).toPrecision(2)))}  # observed ${percent(column.nullShare)}`);
        // Two-valued integer columns (flags, binary targets) get their values, not a range.
        const levels = type === 'integer' && column.distinctExact && column.distinct <= 2 && column.topCategories
            ? column.topCategories.map((t) => Number(t.value)).sort((a, b) => a - b)
            : undefined;
        if (levels)
            out.push(`    values: [${levels.join(', ')}]`);
        const range = (type === 'integer' || type === 'number') && !levels ? widenedRange(column) : undefined;
        if (range) {
            out.push(`    min: ${range.min}`);
            out.push(`    max: ${range.max}`);
        }
        if (category)
            out.push(`    values: [${column
                .topCategories.map((t) => scalar(t.value))
                .sort()
                .join(', ')}]`);
        const key = (type === 'integer' || type === 'string') &&
            column.nulls === 0 &&
            column.count >= 20 &&
            (column.distinctExact ? column.distinct === column.count : Math.abs(column.distinct - column.count) <= column.count * 0.02);
        if (key)
            out.push(`    unique: true  # every value distinct${column.distinctExact ? '' : ' (by estimate)'}: looks like a key`);
    }
    const dup = profile.table.duplicateRowShare;
    out.push('table:');
    out.push(`  min_rows: ${Math.max(1, Math.floor(profile.table.rows / 10))}  # a tenth of the ${profile.table.rows} rows seen`);
    out.push('  allow_extra_columns: false');
    out.push(`  max_duplicate_rows_share: ${Number(Math.max(0.01, dup * 2).toPrecision(2))}  # observed ${percent(dup)}`);
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./shared/data/check.ts










async function loadReference(file, cwd) {
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (error) {
        throw new runtime_errors/* FileError */.f6(`cannot read the reference profile (${error.code === 'ENOENT' ? 'file not found' : error.message}). Check the \`reference-profile\` input`, file);
    }
    let profile;
    try {
        profile = JSON.parse(text);
    }
    catch (error) {
        const position = /position (\d+)/.exec(error.message);
        const line = position ? text.slice(0, Number(position[1])).split('\n').length : 1;
        throw new runtime_errors/* FileError */.f6(`the reference profile is not valid JSON (${error.message})`, file, line);
    }
    if (profile?.schemaVersion !== 1 || !Array.isArray(profile.columns))
        throw new runtime_errors/* FileError */.f6('not a data profile written by validate-data or train (schemaVersion 1 with `columns`)', file, 1);
    return profile;
}
/** One streaming pass over the whole dataset in this thread. */
async function readSequential(options, cwd, inputs, log) {
    let pass;
    let columns = [];
    try {
        const summary = await (0,data_reader/* readDataset */.JP)(options.data, {
            cwd,
            onColumns: (names, file) => {
                columns = names;
                pass = new Pass({ columns: names, firstFile: file, ...inputs }, log);
            },
            onRow: (row, file) => pass.row(row, file),
            onRaggedRow: (file, line, fields, expected) => pass.ragged(file, line, fields, expected),
        });
        const profile = pass.finish(summary, inputs.reference ? (0,data_profile/* histogramEdgesOf */.Ip)(inputs.reference) : undefined);
        return { profile, files: summary.files, columns, rows: profile.table.rows };
    }
    catch (error) {
        if (!(error instanceof runtime_errors/* FileError */.f6))
            throw error;
        recordFileError(log, error);
        return { profile: null, files: [], columns, rows: pass?.rows ?? 0 };
    }
}
/** Byte ranges of large CSV files read in parallel and merged; null when the data is not split. */
async function readParallel(options, cwd, inputs, log, env) {
    const mode = options.parallel ?? 'auto';
    if (mode === 'off')
        return null;
    const workerFile = mode === 'auto' ? profileWorkerFile(env) : undefined;
    const threads = mode === 'in-thread' ? 2 : workerCount(env);
    if (mode === 'auto' && (!workerFile || threads < 2))
        return null;
    let files;
    try {
        files = await (0,data_files/* expandDataPattern */.t)(options.data, cwd);
    }
    catch {
        return null;
    }
    // MLOPS_PROFILE_RANGE_BYTES lets an end-to-end test split a small file across real workers.
    const plans = await planRanges(files, cwd, threads, options.rangeBytes ?? (Number(env.MLOPS_PROFILE_RANGE_BYTES) || undefined));
    if (!plans)
        return null;
    const first = plans[0];
    const pass = new Pass({ columns: first.columns, firstFile: first.file, ...inputs }, log);
    const run = workerFile ? (tasks, onResult) => runOnWorkers(tasks, workerFile, threads, onResult) : runInThread;
    let ok;
    let fingerprint;
    try {
        [ok, fingerprint] = await Promise.all([readPlanned(plans, pass, inputs, run), fingerprintFiles(plans)]);
    }
    catch {
        // A worker that could not start or died: the one-pass read gives the same answer.
        return null;
    }
    if (!ok)
        return null;
    const profile = pass.finish({ fingerprint, files, bytes: plans.reduce((sum, plan) => sum + plan.size, 0) }, inputs.reference ? (0,data_profile/* histogramEdgesOf */.Ip)(inputs.reference) : undefined);
    return {
        profile,
        files,
        columns: first.columns,
        rows: profile.table.rows,
        threads: workerFile
            ? Math.min(threads, plans.reduce((n, p) => n + p.ranges.length, 0))
            : 1,
    };
}
/**
 * validate-data's work: one streaming pass that profiles the data, checks it against the
 * schema and the reference profile, and collects every violation with its file:line. Large
 * CSV files are split into byte ranges read on worker threads and merged. Bad input
 * (unreadable data, an invalid schema or reference) becomes a violation, never an exception.
 */
async function validateData(options) {
    const cwd = options.cwd ?? process.cwd();
    const failOn = options.failOn ?? 'error';
    const inputs = {};
    const setupLog = new ViolationLog();
    if (options.schema) {
        try {
            inputs.schema = await loadSchema(options.schema, cwd);
        }
        catch (error) {
            if (!(error instanceof runtime_errors/* FileError */.f6))
                throw error;
            recordFileError(setupLog, error, 'schema');
        }
    }
    if (options.referenceProfile) {
        try {
            inputs.reference = await loadReference(options.referenceProfile, cwd);
            inputs.referenceFile = options.referenceProfile;
        }
        catch (error) {
            if (!(error instanceof runtime_errors/* FileError */.f6))
                throw error;
            setupLog.record({
                rule: 'skew.reference_invalid',
                check: 'reference_invalid',
                severity: 'error',
                message: error.message.replace(/^[^:]+(:\d+)*: /, ''),
            }, { file: error.file, line: error.line ?? 1 });
        }
    }
    let log = new ViolationLog();
    log.absorb(setupLog.list(), 0);
    let read = await readParallel(options, cwd, inputs, log, options.env ?? process.env);
    if (!read) {
        // Either never split, or the split was unsound: read it in one piece with a clean log.
        log = new ViolationLog();
        log.absorb(setupLog.list(), 0);
        read = { ...(await readSequential(options, cwd, inputs, log)), threads: 1 };
    }
    const { profile, threads } = read;
    const violations = log.list();
    const sum = (severity) => violations.filter((v) => v.severity === severity).reduce((total, v) => total + Math.max(v.count, 1), 0);
    const errors = sum('error');
    const warnings = sum('warning');
    return {
        report: {
            schemaVersion: 1,
            valid: errors === 0 && (failOn !== 'warning' || warnings === 0),
            failOn,
            data: options.data,
            files: read.files,
            rows: read.rows,
            columns: read.columns,
            fingerprint: profile?.table.fingerprint ?? null,
            schema: options.schema ?? null,
            referenceProfile: options.referenceProfile ?? null,
            errors,
            warnings,
            violations,
            threads,
        },
        profile,
        inferredSchema: profile && !options.schema && options.inferSchema ? inferSchema(profile, options.data) : null,
    };
}

// EXTERNAL MODULE: ./shared/report/markdown.ts
var markdown = __webpack_require__(90216);
;// CONCATENATED MODULE: ./shared/data/summary.ts

const plural = (n, word) => `${(0,markdown/* formatNumber */.ZV)(n)} ${word}${n === 1 ? '' : 's'}`;
/** Indented JSON with arrays of numbers (sketch states) on one line, so the file stays readable. */
function profileJson(profile) {
    return JSON.stringify(profile, null, 1).replace(/\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g, (_, inner) => `[${inner.replace(/\s+/g, '')}]`);
}
/** The job summary: status and row count first, then failing rules, then a table of columns. */
function validationSummary(report, profile, paths) {
    const failing = report.violations.filter((v) => v.severity === 'error').length;
    const warned = report.violations.length - failing;
    const status = report.valid ? (warned > 0 ? '⚠️ valid, with warnings' : '✅ valid') : '❌ invalid';
    const head = [
        `### validate-data: ${status}`,
        '',
        [
            `**${(0,markdown/* formatNumber */.ZV)(report.rows)} rows** × ${report.columns.length} columns from ${plural(report.files.length, 'file')}`,
            failing > 0 ? `${plural(failing, 'failing rule')} (${plural(report.errors, 'error')})` : 'no failing rule',
            warned > 0 ? `${plural(warned, 'warning rule')} (${plural(report.warnings, 'warning')})` : '',
            report.fingerprint ? `fingerprint \`${report.fingerprint.slice(0, 12)}\`` : '',
        ]
            .filter(Boolean)
            .join(' · '),
    ].join('\n');
    const sections = [{ markdown: head, essential: true }];
    if (report.violations.length > 0) {
        const rows = report.violations
            .slice()
            .sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1))
            .slice(0, 50)
            .map((v) => {
            const first = v.examples[0];
            return [
                v.severity === 'error' ? '❌' : '⚠️',
                `\`${v.rule}\``,
                v.count,
                `${v.message}${v.approximate ? ' (approx.)' : ''}`,
                first ? `${first.file}:${first.line}${first.value ? ` \`${(0,markdown/* escapeInline */.VV)(first.value)}\`` : ''}` : '',
            ];
        });
        sections.push({
            markdown: `#### Rules\n\n${(0,markdown/* table */.tp)(['', 'rule', 'count', 'what', 'first at'], rows, ['c', 'l', 'r', 'l', 'l'])}`,
            essential: true,
        });
    }
    if (profile) {
        const rows = profile.columns.map((c) => {
            const numeric = typeof c.mean === 'number';
            const top = c.topCategories
                ?.slice(0, 3)
                .map((t) => `${t.value} (${(0,markdown/* formatNumber */.ZV)((t.count / Math.max(1, c.count)) * 100, 2)}%)`)
                .join(', ') ?? '';
            return [
                `\`${c.name}\``,
                c.type,
                `${(0,markdown/* formatNumber */.ZV)(c.nullShare * 100, 2)}%`,
                `${c.distinctExact ? '' : '~'}${(0,markdown/* formatNumber */.ZV)(c.distinct)}`,
                numeric ? (0,markdown/* formatNumber */.ZV)(c.min) : (c.min ?? ''),
                numeric ? (0,markdown/* formatNumber */.ZV)(c.mean) : '',
                numeric ? (0,markdown/* formatNumber */.ZV)(c.quantiles?.p50) : '',
                numeric ? (0,markdown/* formatNumber */.ZV)(c.max) : (c.max ?? ''),
                numeric ? (0,markdown/* formatNumber */.ZV)(c.std) : top,
            ];
        });
        sections.push({
            markdown: `#### Columns\n\n${(0,markdown/* table */.tp)(['column', 'type', 'missing', 'distinct', 'min', 'mean', 'median', 'max', 'std / top values'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'])}\n\nDuplicate rows: ${(0,markdown/* formatNumber */.ZV)(profile.table.duplicateRowShare * 100, 3)}%${profile.table.duplicateRowShareExact ? '' : ' (estimated)'}.`,
        });
    }
    const files = [
        `report \`${paths.report}\``,
        paths.profile ? `profile \`${paths.profile}\`` : '',
        paths.schema ? `inferred schema \`${paths.schema}\`` : '',
    ]
        .filter(Boolean)
        .join(' · ');
    sections.push({ markdown: `Written: ${files}.`, essential: true });
    return (0,markdown/* renderReport */.B1)(sections, (0,markdown/* summaryLimit */.mf)(`\`${paths.report}\``)).markdown;
}

;// CONCATENATED MODULE: ./shared/steps/validate-data.ts





async function writeOutput(cwd, file, content) {
    const absolute = external_node_path_default().resolve(cwd, file);
    await (0,promises_.mkdir)(external_node_path_default().dirname(absolute), { recursive: true });
    await (0,promises_.writeFile)(absolute, content);
    return file;
}
/** Annotations at file:line, errors first, at most `max` in all. */
function annotate(report, io, max) {
    let emitted = 0;
    const ordered = [...report.violations].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
    for (const violation of ordered) {
        for (const example of violation.examples) {
            if (emitted >= max)
                return emitted;
            const value = example.value !== undefined && example.value !== '' ? ` (value: ${JSON.stringify(example.value)})` : '';
            const message = `${violation.rule}: ${violation.message}${value}`;
            const where = { file: example.file, line: example.line, column: example.column, title: `validate-data: ${violation.rule}` };
            if (violation.severity === 'error')
                io.error(message, where);
            else
                io.warning(message, where);
            emitted++;
        }
    }
    return emitted;
}
/** A validation that ran and failed at the `fail-on` level; its outputs are still set. */
class ValidationFailedError extends runtime_errors/* StepFailedError */.mK {
    name = 'ValidationFailedError';
}
const run = async ({ inputs, io, cwd }) => {
    const failOn = inputs['fail-on'];
    const result = await validateData({
        data: inputs.data,
        cwd,
        schema: inputs.schema,
        inferSchema: inputs['infer-schema'],
        referenceProfile: inputs['reference-profile'],
        failOn,
    });
    const { report, profile } = result;
    const reportPath = inputs['report-output'];
    const profilePath = profile ? await writeOutput(cwd, inputs['profile-output'], `${profileJson(profile)}\n`) : undefined;
    const schemaPath = result.inferredSchema ? await writeOutput(cwd, inputs['schema-output'], result.inferredSchema) : undefined;
    await writeOutput(cwd, reportPath, `${JSON.stringify(report, null, 1)}\n`);
    const emitted = annotate(report, io, inputs['max-annotations']);
    const total = report.violations.reduce((sum, v) => sum + v.examples.length, 0);
    if (emitted < total)
        io.info(`${total - emitted} more examples are in ${reportPath} (max-annotations: ${emitted}).`);
    if (schemaPath)
        io.notice(`Inferred a schema from the data: ${schemaPath}. Review it, commit it, and pass it as \`schema\`.`, {
            file: schemaPath,
            line: 1,
        });
    await io.appendSummary(validationSummary(report, profile, { report: reportPath, profile: profilePath, schema: schemaPath }));
    const outputs = {
        valid: report.valid,
        rows: report.rows,
        errors: report.errors,
        warnings: report.warnings,
        report: reportPath,
        profile: profilePath ?? '',
        fingerprint: report.fingerprint ?? '',
    };
    const failing = report.violations.filter((v) => v.severity === 'error').map((v) => v.rule);
    const warned = report.violations.filter((v) => v.severity === 'warning').map((v) => v.rule);
    const list = (rules) => `${rules.slice(0, 5).join(', ')}${rules.length > 5 ? `, and ${rules.length - 5} more` : ''}`;
    if (failOn === 'error' && failing.length > 0) {
        throw new ValidationFailedError(`${plural(report.errors, 'error')} in ${plural(failing.length, 'rule')} (${list(failing)}). See the job summary or ${reportPath}.`, outputs);
    }
    if (failOn === 'warning' && failing.length + warned.length > 0) {
        throw new ValidationFailedError(`${plural(report.errors, 'error')} and ${plural(report.warnings, 'warning')} (${list([...failing, ...warned])}); fail-on is "warning". See the job summary or ${reportPath}.`, outputs);
    }
    if (failing.length > 0)
        io.warning(`${plural(report.errors, 'error')} in ${list(failing)}; not failing because fail-on is "never".`);
    io.info(`validate-data: ${report.rows} rows, ${report.errors} errors, ${report.warnings} warnings; valid=${report.valid}.`);
    return outputs;
};


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
