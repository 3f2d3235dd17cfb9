export const id = 412;
export const ids = [412];
export const modules = {

/***/ 53651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ CsvReader),
/* harmony export */   y: () => (/* binding */ sniffDelimiter)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95636);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88783);



const QUOTE = 34;
const LF = 10;
const CR = 13;
const DELIMITERS = [',', ';', '\t', '|'];
/**
 * Guesses the delimiter from the start of a file: the candidate that appears the same number
 * of times (outside quotes) on every one of the first lines, and at least once. Comma wins ties.
 */
function sniffDelimiter(head) {
    const lines = head.split(/\r?\n/).slice(0, 20);
    if (lines.length > 1 && !head.endsWith('\n'))
        lines.pop();
    const nonEmpty = lines.filter((line) => line.length > 0);
    let best = ',';
    let bestScore = 0;
    for (const delimiter of DELIMITERS) {
        const counts = nonEmpty.map((line) => {
            let inQuotes = false;
            let count = 0;
            for (const ch of line) {
                if (ch === '"')
                    inQuotes = !inQuotes;
                else if (ch === delimiter && !inQuotes)
                    count++;
            }
            return count;
        });
        if (counts.length === 0 || counts[0] === 0)
            continue;
        const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
        const score = consistent * 1000 + Math.min(counts[0], 999);
        if (score > bestScore) {
            best = delimiter;
            bestScore = score;
        }
    }
    return best;
}
/**
 * A streaming RFC 4180 reader over bytes: quoted fields with delimiters, doubled quotes and
 * newlines; CRLF or LF; a UTF-8 BOM. Blank lines are skipped (as pandas does). Memory holds one
 * chunk plus the unfinished row at its end.
 */
class CsvReader {
    options;
    buf = Buffer.alloc(0);
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    /** 0: plain, 1: quoted, 2: quoted with doubled quotes inside. */
    quoted = new Uint8Array(64);
    count = 0;
    /** Where the unfinished row starts in `buf`. */
    rowStart = 0;
    nextLine;
    delimiter;
    columns;
    started = false;
    validated = 0;
    numberOut = { integer: false };
    line = 0;
    get fieldCount() {
        return this.count;
    }
    get lastWasInteger() {
        return this.numberOut.integer;
    }
    constructor(options) {
        this.options = options;
        this.nextLine = options.firstLine ?? 1;
        this.delimiter = options.delimiter ? options.delimiter.charCodeAt(0) : -1;
        this.columns = options.columns;
        if (options.columns)
            this.started = true;
    }
    /** The header, once read. */
    get header() {
        return this.columns;
    }
    /** The line number after the last byte consumed so far. */
    get linesRead() {
        return this.nextLine;
    }
    /** Holds the unfinished row plus the next chunk; reused, so reading allocates nothing per chunk. */
    work = Buffer.alloc(0);
    /** Feeds the next bytes. The chunk is copied: the caller may reuse its buffer. */
    push(chunk) {
        const leftover = this.buf.length - this.rowStart;
        const needed = leftover + chunk.length;
        if (this.work.length < needed) {
            const bigger = Buffer.allocUnsafe(Math.max(needed, this.work.length * 2, 64 * 1024));
            this.buf.copy(bigger, 0, this.rowStart);
            this.work = bigger;
        }
        else if (leftover > 0)
            this.buf.copy(this.work, 0, this.rowStart);
        chunk.copy(this.work, leftover);
        this.buf = this.work.subarray(0, needed);
        this.validated = Math.max(0, this.validated - this.rowStart);
        this.rowStart = 0;
        if (!this.started) {
            if (this.buf.length < 3 && chunk.length > 0)
                return;
            if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf)
                this.buf = this.buf.subarray(3);
            if (this.delimiter < 0)
                this.delimiter = sniffDelimiter(this.buf.subarray(0, 65536).toString('utf8')).charCodeAt(0);
            this.started = true;
        }
        this.validate(false);
        this.parse(false);
    }
    /** Call after the last chunk: reads a last row without a newline, and checks the file had one. */
    finish() {
        if (!this.started) {
            if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf)
                this.buf = this.buf.subarray(3);
            if (this.delimiter < 0)
                this.delimiter = sniffDelimiter(this.buf.toString('utf8')).charCodeAt(0);
            this.started = true;
        }
        this.validate(true);
        this.parse(true);
        if (!this.columns)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t('empty', 'the file is empty: expected a header row with the column names, then data rows', this.options.file, 1);
    }
    lineAt(offset) {
        let line = this.nextLine;
        for (let i = this.rowStart; i < offset; i++)
            if (this.buf[i] === LF)
                line++;
        return line;
    }
    /** UTF-8 check up to the last newline (a newline byte never sits inside a multi-byte character). */
    validate(final) {
        const end = final ? this.buf.length : this.buf.lastIndexOf(LF) + 1;
        if (end <= this.validated)
            return;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.buf.subarray(this.validated, end))) {
            let lineStart = this.validated;
            while (lineStart < end) {
                const nl = this.buf.indexOf(LF, lineStart);
                const lineEnd = nl < 0 || nl >= end ? end : nl + 1;
                if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.buf.subarray(lineStart, lineEnd))) {
                    let bad = lineStart;
                    for (let i = lineStart + 1; i <= lineEnd; i++) {
                        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(this.buf.subarray(lineStart, i))) {
                            bad = i - 1;
                            if (i - lineStart >= 4 || this.buf[bad] < 0x80 || this.buf[bad] >= 0xf8)
                                break;
                        }
                        else
                            bad = i;
                    }
                    const hex = this.buf[Math.min(bad, lineEnd - 1)].toString(16).padStart(2, '0');
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t('encoding', `the file is not valid UTF-8 (byte 0x${hex} near column ${bad - lineStart + 1}). Re-save it as UTF-8 (for example \`iconv -f latin1 -t utf-8\`)`, this.options.file, this.lineAt(lineStart), bad - lineStart + 1);
                }
                lineStart = lineEnd;
            }
        }
        this.validated = end;
    }
    addField(start, end, quoted) {
        if (this.count === this.starts.length) {
            const grow = (a) => {
                const b = new Int32Array(a.length * 2);
                b.set(a);
                return b;
            };
            this.starts = grow(this.starts);
            this.ends = grow(this.ends);
            const q = new Uint8Array(this.quoted.length * 2);
            q.set(this.quoted);
            this.quoted = q;
        }
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.quoted[this.count] = quoted;
        this.count++;
    }
    parse(final) {
        const buf = this.buf;
        const len = buf.length;
        const delimiter = this.delimiter;
        let i = this.rowStart;
        rows: while (i < len) {
            let newlines = 0;
            this.count = 0;
            // A blank line is not a row.
            if (buf[i] === LF) {
                this.nextLine++;
                i++;
                this.rowStart = i;
                continue;
            }
            if (buf[i] === CR && buf[i + 1] === LF) {
                this.nextLine++;
                i += 2;
                this.rowStart = i;
                continue;
            }
            if (buf[i] === CR && i + 1 === len && !final)
                break;
            for (;;) {
                if (buf[i] === QUOTE) {
                    let j = i + 1;
                    let escaped = false;
                    let close = -1;
                    for (;;) {
                        const q = buf.indexOf(QUOTE, j);
                        const stop = q < 0 ? len : q;
                        for (let k = j; k < stop; k++)
                            if (buf[k] === LF)
                                newlines++;
                        if (q < 0)
                            break;
                        if (q + 1 < len && buf[q + 1] === QUOTE) {
                            escaped = true;
                            j = q + 2;
                            continue;
                        }
                        if (q + 1 >= len && !final)
                            break;
                        close = q;
                        break;
                    }
                    if (close < 0) {
                        if (!final)
                            break rows;
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t('unterminated_quote', 'unterminated quoted field: a `"` opens a field that is never closed. Close the quote, or double quotes inside a quoted field (`""`)', this.options.file, this.nextLine);
                    }
                    this.addField(i + 1, close, escaped ? 2 : 1);
                    i = close + 1;
                    const next = buf[i];
                    if (i < len && next !== delimiter && next !== LF && !(next === CR && (buf[i + 1] === LF || i + 1 === len))) {
                        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t('bad_quoting', `unexpected character ${JSON.stringify(String.fromCharCode(next))} after a closing quote. Quote the whole field, and double quotes inside it (\`""\`)`, this.options.file, this.nextLine + newlines);
                    }
                    if (next === CR) {
                        if (i + 1 === len && !final)
                            break rows;
                        i++;
                    }
                }
                else {
                    const start = i;
                    while (i < len) {
                        const c = buf[i];
                        if (c === delimiter || c === LF)
                            break;
                        i++;
                    }
                    if (i >= len && !final)
                        break rows;
                    let end = i;
                    if (end > start && buf[end - 1] === CR)
                        end--;
                    this.addField(start, end, 0);
                }
                if (i >= len) {
                    if (!final)
                        break rows;
                    this.emit();
                    this.nextLine += newlines;
                    i = len;
                    this.rowStart = i;
                    break rows;
                }
                if (buf[i] === delimiter) {
                    i++;
                    if (i >= len && final) {
                        this.addField(i, i, 0);
                        this.emit();
                        this.nextLine += newlines;
                        this.rowStart = i;
                        break rows;
                    }
                    if (i >= len)
                        break rows;
                    continue;
                }
                // A newline ends the row.
                i++;
                this.emit();
                this.nextLine += newlines + 1;
                this.rowStart = i;
                continue rows;
            }
        }
    }
    emit() {
        this.line = this.nextLine;
        if (!this.columns) {
            const names = [];
            const seen = new Set();
            for (let f = 0; f < this.count; f++) {
                let name = this.text(f).trim();
                if (!name)
                    name = `Unnamed: ${f}`;
                if (seen.has(name))
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t('duplicate_column', `the header names column "${name}" twice. Column names must be unique`, this.options.file, this.line);
                seen.add(name);
                names.push(name);
            }
            this.columns = names;
            this.options.onHeader(names);
            return;
        }
        if (this.count !== this.columns.length) {
            if (this.options.onRaggedRow) {
                this.options.onRaggedRow(this.line, this.count, this.columns.length);
                return;
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .DataFileError */ .t('ragged_row', `ragged row: ${this.count} fields where the header has ${this.columns.length}. Check for a missing or extra delimiter ("${String.fromCharCode(this.delimiter)}"), or an unquoted field that contains one`, this.options.file, this.line);
        }
        this.options.onRow(this);
    }
    isNull(index) {
        const start = this.starts[index];
        const end = this.ends[index];
        const length = end - start;
        if (length === 0)
            return true;
        if (length > 8)
            return false;
        const buf = this.buf;
        const c = buf[start];
        // Every missing-value marker starts with one of these bytes; those starting with - or 1
        // (-1.#IND, 1.#QNAN, -NaN…) also contain # or N/n, which no number does.
        if (c === 45 || c === 49) {
            let marker = false;
            for (let i = start + 1; i < end; i++) {
                const d = buf[i];
                if (d === 35 || d === 78 || d === 110)
                    marker = true;
            }
            if (!marker)
                return false;
        }
        else if (c !== 35 && c !== 60 && c !== 78 && c !== 110)
            return false;
        return _row_js__WEBPACK_IMPORTED_MODULE_2__/* .NULL_MARKERS */ .WO.has(this.text(index));
    }
    number(index) {
        const start = this.starts[index];
        const end = this.ends[index];
        if (end === start)
            return NaN;
        if (this.quoted[index] === 2) {
            const text = this.text(index);
            return Number.isNaN(Number(text)) ? NaN : (0,_row_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumberBytes */ .oX)(Buffer.from(text), 0, Buffer.byteLength(text), this.numberOut);
        }
        return (0,_row_js__WEBPACK_IMPORTED_MODULE_2__/* .parseNumberBytes */ .oX)(this.buf, start, end, this.numberOut);
    }
    text(index) {
        const text = this.buf.toString('utf8', this.starts[index], this.ends[index]);
        return this.quoted[index] === 2 ? text.replaceAll('""', '"') : text;
    }
    hash(index) {
        const value = this.number(index);
        return Number.isNaN(value) ? this.textHash(index) : (0,_row_js__WEBPACK_IMPORTED_MODULE_2__/* .hashNumber */ .YR)(value);
    }
    textHash(index) {
        if (this.quoted[index] === 2) {
            const bytes = Buffer.from(this.text(index));
            return (0,_row_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(bytes, 0, bytes.length);
        }
        return (0,_row_js__WEBPACK_IMPORTED_MODULE_2__/* .hashBytes */ .yi)(this.buf, this.starts[index], this.ends[index]);
    }
}


/***/ }),

/***/ 95636:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ DataFileError)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8126);

/** A data file that cannot be read as a table, located at file:line. */
class DataFileError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f6 {
    check;
    constructor(check, message, file, line, column) {
        super(message, file, line, column);
        this.check = check;
        this.name = 'DataFileError';
    }
}


/***/ }),

/***/ 27124:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ expandDataPattern)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95636);



const GLOB_CHARS = /[*?[{]/;
/** A glob segment as a regular expression: `*`, `?`, `[abc]`, `{a,b}`. `**` is handled by the walker. */
function segmentPattern(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0)
                out += '\\[';
            else {
                out += `[${segment
                    .slice(i + 1, close)
                    .replace(/^!/, '^')
                    .replace(/\\/g, '\\\\')}]`;
                i = close;
            }
        }
        else if (c === '{') {
            const close = segment.indexOf('}', i + 1);
            if (close < 0)
                out += '\\{';
            else {
                out += `(?:${segment
                    .slice(i + 1, close)
                    .split(',')
                    .map((alt) => alt
                    .replace(/[.+^$()|\\]/g, '\\$&')
                    .replace(/\*/g, '[^/]*')
                    .replace(/\?/g, '[^/]'))
                    .join('|')})`;
                i = close;
            }
        }
        else
            out += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
    return new RegExp(`^${out}$`);
}
async function walk(dir, segments, found) {
    if (segments.length === 0) {
        const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(dir).catch(() => undefined);
        if (info?.isFile())
            found.add(dir);
        return;
    }
    const [segment, ...rest] = segments;
    if (segment === '**') {
        await walk(dir, rest, found);
        const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
        for (const entry of entries)
            if (entry.isDirectory() && !entry.name.startsWith('.'))
                await walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), segments, found);
        return;
    }
    if (!GLOB_CHARS.test(segment)) {
        await walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, segment), rest, found);
        return;
    }
    const pattern = segmentPattern(segment);
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        if (entry.name.startsWith('.') && !segment.startsWith('.'))
            continue;
        if (pattern.test(entry.name))
            await walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, entry.name), rest, found);
    }
}
/**
 * The files a `data` input names: one path, or a glob (`*`, `?`, `**`, `[..]`, `{a,b}`), in
 * sorted order so that a dataset split over many files always reads, and fingerprints, the same.
 * Returned paths are as the user wrote them (relative to cwd when the pattern is relative).
 */
async function expandDataPattern(pattern, cwd = process.cwd()) {
    const normalized = pattern.trim().replace(/\\/g, '/');
    if (!normalized)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataFileError */ .t('not_found', 'the data path is empty', pattern);
    const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(normalized);
    const segments = normalized.split('/').filter((s, i) => s !== '' || i === 0);
    const root = absolute ? '/' : cwd;
    const found = new Set();
    await walk(root, absolute ? segments.slice(1) : segments, found);
    const files = [...found].map((file) => (absolute ? file : node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, file))).sort();
    if (files.length === 0) {
        const what = GLOB_CHARS.test(normalized) ? 'no file matches this pattern' : 'file not found';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .DataFileError */ .t('not_found', `${what} (looked in ${root}). Check the \`data\` input.`, pattern);
    }
    return files;
}


/***/ }),

/***/ 87385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LK: () => (/* binding */ jsonCell),
/* harmony export */   Y7: () => (/* binding */ JsonLineRows),
/* harmony export */   dO: () => (/* binding */ JsonLinesReader)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95636);
/* harmony import */ var _row_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88783);


/** A JSON value as a table cell: numbers and strings as they are, booleans as text, nested values as JSON text. */
function jsonCell(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return String(value);
    return JSON.stringify(value);
}
/**
 * A streamed file of one JSON value per line, read as table rows: UTF-8 decoding across chunks,
 * line splitting, `file:line` errors and the Row interface over the current line's cells. A
 * subclass turns each parsed line into cells (`take`) and says what an empty file means.
 */
class JsonLineRows {
    file;
    what;
    pending = '';
    nextLine = 1;
    decoder = new TextDecoder('utf-8', { fatal: true });
    numberOut = { integer: false };
    values = [];
    line = 0;
    constructor(file, what) {
        this.file = file;
        this.what = what;
    }
    get fieldCount() {
        return this.values.length;
    }
    get lastWasInteger() {
        return this.numberOut.integer;
    }
    push(chunk) {
        let text;
        try {
            text = this.decoder.decode(chunk, { stream: true });
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t('encoding', `${this.what} is not valid UTF-8. Re-save it as UTF-8`, this.file, this.nextLine + (this.pending.match(/\n/g)?.length ?? 0));
        }
        if (this.nextLine === 1 && this.pending === '' && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        this.pending += text;
        let from = 0;
        for (let nl = this.pending.indexOf('\n', from); nl >= 0; nl = this.pending.indexOf('\n', from)) {
            this.handle(this.pending.slice(from, nl));
            from = nl + 1;
        }
        this.pending = this.pending.slice(from);
    }
    finish() {
        try {
            this.decoder.decode();
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t('encoding', `${this.what} ends inside a UTF-8 character. Re-save it as UTF-8`, this.file, this.nextLine);
        }
        if (this.pending)
            this.handle(this.pending);
        this.pending = '';
        this.end();
    }
    handle(lineText) {
        const line = this.nextLine++;
        const text = lineText.endsWith('\r') ? lineText.slice(0, -1) : lineText;
        if (text.trim() === '')
            return;
        let parsed;
        try {
            parsed = JSON.parse(text);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t('invalid_json', `not valid JSON (${error.message}). Each line must be one JSON object`, this.file, line);
        }
        this.take(parsed, line);
    }
    isNull(index) {
        const value = this.values[index];
        return value === null || (typeof value === 'string' && _row_js__WEBPACK_IMPORTED_MODULE_1__/* .NULL_MARKERS */ .WO.has(value));
    }
    number(index) {
        const value = this.values[index];
        if (typeof value === 'number') {
            this.numberOut.integer = Number.isInteger(value);
            return value;
        }
        return value === null ? Number.NaN : (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNumberText */ .ke)(value, this.numberOut);
    }
    text(index) {
        const value = this.values[index];
        return value === null ? '' : String(value);
    }
    hash(index) {
        const value = this.number(index);
        return Number.isNaN(value) ? (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .hashText */ .qj)(this.text(index)) : (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .hashNumber */ .YR)(value);
    }
    textHash(index) {
        return (0,_row_js__WEBPACK_IMPORTED_MODULE_1__/* .hashText */ .qj)(this.text(index));
    }
}
/**
 * JSON Lines: one object per line. Columns are the first object's keys; a missing key is a
 * missing value, and a key the first object did not have is an error (the table has a fixed
 * set of columns). Numbers, strings and booleans are cells; nested values are kept as JSON text.
 */
class JsonLinesReader extends JsonLineRows {
    options;
    columns;
    index = new Map();
    constructor(options) {
        super(options.file, 'the file');
        this.options = options;
    }
    end() {
        if (!this.columns)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t('empty', 'the file is empty: expected one JSON object per line', this.file, 1);
    }
    take(parsed, line) {
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t('invalid_json', 'each line must be a JSON object ({"column": value, …})', this.file, line);
        const record = parsed;
        if (!this.columns) {
            this.columns = Object.keys(record);
            this.columns.forEach((name, i) => this.index.set(name, i));
            this.options.onHeader(this.columns);
        }
        const values = new Array(this.columns.length).fill(null);
        for (const [key, value] of Object.entries(record)) {
            const at = this.index.get(key);
            if (at === undefined)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DataFileError */ .t('header_mismatch', `key "${key}" is not in the first line's keys (${this.columns.join(', ')}). Every line must use the same columns`, this.file, line);
            values[at] = value === null || value === undefined ? null : typeof value === 'number' ? value : jsonCell(value);
        }
        this.values = values;
        this.line = line;
        this.options.onRow(this);
    }
}


/***/ }),

/***/ 4412:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JP: () => (/* binding */ readDataset),
/* harmony export */   Ng: () => (/* binding */ readFileChunks),
/* harmony export */   be: () => (/* binding */ formatOf)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8126);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95636);
/* harmony import */ var _csv_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(53651);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(27124);
/* harmony import */ var _jsonl_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(87385);








/**
 * Reads [start, end) of a file in chunks through one reused buffer: `onChunk` must be done
 * with each chunk before it returns (the reader, the hash and the parser all are).
 */
async function readFileChunks(absolute, onChunk, options = {}) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(absolute, 'r');
    try {
        const end = options.end ?? (await handle.stat()).size;
        const buffer = Buffer.allocUnsafe(options.chunkSize ?? 1 << 20);
        let position = options.start ?? 0;
        while (position < end) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - position), position);
            if (bytesRead === 0)
                break;
            position += bytesRead;
            onChunk(buffer.subarray(0, bytesRead));
        }
        return position - (options.start ?? 0);
    }
    finally {
        await handle.close();
    }
}
function formatOf(file) {
    return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'csv';
}
/**
 * Reads a dataset (one file or a glob of them, as one table) in one streaming pass. Every
 * file must have the first file's columns, in the same order. Memory holds one chunk.
 */
async function readDataset(pattern, options) {
    const cwd = options.cwd ?? process.cwd();
    const files = await (0,_files_js__WEBPACK_IMPORTED_MODULE_6__/* .expandDataPattern */ .t)(pattern, cwd);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let columns;
    let rows = 0;
    let bytes = 0;
    for (const file of files) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, file);
        let fileRows = 0;
        const onHeader = (names) => {
            if (!columns) {
                columns = names;
                options.onColumns?.(names, file);
            }
            else if (names.join('\u0000') !== columns.join('\u0000')) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataFileError */ .t('header_mismatch', `the columns (${names.join(', ')}) differ from ${files[0]}'s (${columns.join(', ')}). All files of a dataset need the same header`, file, 1);
            }
        };
        const onRow = (row) => {
            fileRows++;
            options.onRow(row, file);
        };
        const reader = formatOf(file) === 'jsonl'
            ? new _jsonl_js__WEBPACK_IMPORTED_MODULE_7__/* .JsonLinesReader */ .dO({ file, onHeader, onRow })
            : new _csv_js__WEBPACK_IMPORTED_MODULE_5__/* .CsvReader */ .c({
                file,
                onHeader,
                onRow,
                onRaggedRow: options.onRaggedRow ? (line, fields, expected) => options.onRaggedRow(file, line, fields, expected) : undefined,
            });
        let size = 0;
        try {
            hash.update(`${(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute)).size}\n`);
            size = await readFileChunks(absolute, (chunk) => {
                hash.update(chunk);
                reader.push(chunk);
            }, { chunkSize: options.chunkSize });
        }
        catch (error) {
            if (error instanceof _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .FileError */ .f6)
                throw error;
            const code = error.code;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataFileError */ .t('unreadable', code === 'EISDIR' ? 'is a directory, not a data file' : `cannot be read (${error.message})`, file);
        }
        reader.finish();
        if (fileRows === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .DataFileError */ .t('header_only', 'has a header but no data rows: a dataset file needs at least one row under the header', file, 2);
        rows += fileRows;
        bytes += size;
    }
    return { files, columns: columns ?? [], rows, bytes, fingerprint: hash.digest('hex') };
}


/***/ }),

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


/***/ })

};
