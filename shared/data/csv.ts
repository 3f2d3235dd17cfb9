import { isUtf8 } from 'node:buffer';
import { DataFileError } from './errors.js';
import { hashBytes, hashNumber, NULL_MARKERS, parseNumberBytes, type Row } from './row.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;
const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Guesses the delimiter from the start of a file: the candidate that appears the same number
 * of times (outside quotes) on every one of the first lines, and at least once. Comma wins ties.
 */
export function sniffDelimiter(head: string): string {
  const lines = head.split(/\r?\n/).slice(0, 20);
  if (lines.length > 1 && !head.endsWith('\n')) lines.pop();
  const nonEmpty = lines.filter((line) => line.length > 0);
  let best = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = nonEmpty.map((line) => {
      let inQuotes = false;
      let count = 0;
      for (const ch of line) {
        if (ch === '"') inQuotes = !inQuotes;
        else if (ch === delimiter && !inQuotes) count++;
      }
      return count;
    });
    if (counts.length === 0 || counts[0] === 0) continue;
    const consistent = counts.filter((c) => c === counts[0]).length / counts.length;
    const score = consistent * 1000 + Math.min(counts[0], 999);
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

export interface CsvReaderOptions {
  /** The file's name as shown in messages. */
  file: string;
  delimiter?: string;
  /** Called once with the header's column names. */
  onHeader: (columns: string[]) => void;
  onRow: (row: Row) => void;
  /**
   * A row whose field count differs from the header's. Without a handler it is an error;
   * with one, the row is reported to it and skipped.
   */
  onRaggedRow?: (line: number, fields: number, expected: number) => void;
  /** Line number of the first byte (for byte ranges read by workers); 1 by default. */
  firstLine?: number;
  /** The header is already known (a byte range that starts after it). */
  columns?: string[];
}

/**
 * A streaming RFC 4180 reader over bytes: quoted fields with delimiters, doubled quotes and
 * newlines; CRLF or LF; a UTF-8 BOM. Blank lines are skipped (as pandas does). Memory holds one
 * chunk plus the unfinished row at its end.
 */
export class CsvReader implements Row {
  private buf: Buffer = Buffer.alloc(0);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  /** 0: plain, 1: quoted, 2: quoted with doubled quotes inside. */
  private quoted = new Uint8Array(64);
  private count = 0;
  /** Where the unfinished row starts in `buf`. */
  private rowStart = 0;

  private nextLine: number;
  private delimiter: number;
  private columns: string[] | undefined;
  private started = false;
  private validated = 0;
  private readonly numberOut = { integer: false };

  line = 0;
  get fieldCount(): number {
    return this.count;
  }
  get lastWasInteger(): boolean {
    return this.numberOut.integer;
  }

  constructor(private readonly options: CsvReaderOptions) {
    this.nextLine = options.firstLine ?? 1;
    this.delimiter = options.delimiter ? options.delimiter.charCodeAt(0) : -1;
    this.columns = options.columns;
    if (options.columns) this.started = true;
  }

  /** The header, once read. */
  get header(): string[] | undefined {
    return this.columns;
  }

  /** The line number after the last byte consumed so far. */
  get linesRead(): number {
    return this.nextLine;
  }

  /** Holds the unfinished row plus the next chunk; reused, so reading allocates nothing per chunk. */
  private work: Buffer = Buffer.alloc(0);

  /** Feeds the next bytes. The chunk is copied: the caller may reuse its buffer. */
  push(chunk: Buffer): void {
    const leftover = this.buf.length - this.rowStart;
    const needed = leftover + chunk.length;
    if (this.work.length < needed) {
      const bigger = Buffer.allocUnsafe(Math.max(needed, this.work.length * 2, 64 * 1024));
      this.buf.copy(bigger, 0, this.rowStart);
      this.work = bigger;
    } else if (leftover > 0) this.buf.copy(this.work, 0, this.rowStart);
    chunk.copy(this.work, leftover);
    this.buf = this.work.subarray(0, needed);
    this.validated = Math.max(0, this.validated - this.rowStart);
    this.rowStart = 0;
    if (!this.started) {
      if (this.buf.length < 3 && chunk.length > 0) return;
      if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.buf = this.buf.subarray(3);
      if (this.delimiter < 0) this.delimiter = sniffDelimiter(this.buf.subarray(0, 65536).toString('utf8')).charCodeAt(0);
      this.started = true;
    }
    this.validate(false);
    this.parse(false);
  }

  /** Call after the last chunk: reads a last row without a newline, and checks the file had one. */
  finish(): void {
    if (!this.started) {
      if (this.buf[0] === 0xef && this.buf[1] === 0xbb && this.buf[2] === 0xbf) this.buf = this.buf.subarray(3);
      if (this.delimiter < 0) this.delimiter = sniffDelimiter(this.buf.toString('utf8')).charCodeAt(0);
      this.started = true;
    }
    this.validate(true);
    this.parse(true);
    if (!this.columns)
      throw new DataFileError(
        'empty',
        'the file is empty: expected a header row with the column names, then data rows',
        this.options.file,
        1,
      );
  }

  private lineAt(offset: number): number {
    let line = this.nextLine;
    for (let i = this.rowStart; i < offset; i++) if (this.buf[i] === LF) line++;
    return line;
  }

  /** UTF-8 check up to the last newline (a newline byte never sits inside a multi-byte character). */
  private validate(final: boolean): void {
    const end = final ? this.buf.length : this.buf.lastIndexOf(LF) + 1;
    if (end <= this.validated) return;
    if (!isUtf8(this.buf.subarray(this.validated, end))) {
      let lineStart = this.validated;
      while (lineStart < end) {
        const nl = this.buf.indexOf(LF, lineStart);
        const lineEnd = nl < 0 || nl >= end ? end : nl + 1;
        if (!isUtf8(this.buf.subarray(lineStart, lineEnd))) {
          let bad = lineStart;
          for (let i = lineStart + 1; i <= lineEnd; i++) {
            if (!isUtf8(this.buf.subarray(lineStart, i))) {
              bad = i - 1;
              if (i - lineStart >= 4 || this.buf[bad] < 0x80 || this.buf[bad] >= 0xf8) break;
            } else bad = i;
          }
          const hex = this.buf[Math.min(bad, lineEnd - 1)].toString(16).padStart(2, '0');
          throw new DataFileError(
            'encoding',
            `the file is not valid UTF-8 (byte 0x${hex} near column ${bad - lineStart + 1}). Re-save it as UTF-8 (for example \`iconv -f latin1 -t utf-8\`)`,
            this.options.file,
            this.lineAt(lineStart),
            bad - lineStart + 1,
          );
        }
        lineStart = lineEnd;
      }
    }
    this.validated = end;
  }

  private addField(start: number, end: number, quoted: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => {
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

  private parse(final: boolean): void {
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
      if (buf[i] === CR && i + 1 === len && !final) break;
      for (;;) {
        if (buf[i] === QUOTE) {
          let j = i + 1;
          let escaped = false;
          let close = -1;
          for (;;) {
            const q = buf.indexOf(QUOTE, j);
            const stop = q < 0 ? len : q;
            for (let k = j; k < stop; k++) if (buf[k] === LF) newlines++;
            if (q < 0) break;
            if (q + 1 < len && buf[q + 1] === QUOTE) {
              escaped = true;
              j = q + 2;
              continue;
            }
            if (q + 1 >= len && !final) break;
            close = q;
            break;
          }
          if (close < 0) {
            if (!final) break rows;
            throw new DataFileError(
              'unterminated_quote',
              'unterminated quoted field: a `"` opens a field that is never closed. Close the quote, or double quotes inside a quoted field (`""`)',
              this.options.file,
              this.nextLine,
            );
          }
          this.addField(i + 1, close, escaped ? 2 : 1);
          i = close + 1;
          const next = buf[i];
          if (i < len && next !== delimiter && next !== LF && !(next === CR && (buf[i + 1] === LF || i + 1 === len))) {
            throw new DataFileError(
              'bad_quoting',
              `unexpected character ${JSON.stringify(String.fromCharCode(next))} after a closing quote. Quote the whole field, and double quotes inside it (\`""\`)`,
              this.options.file,
              this.nextLine + newlines,
            );
          }
          if (next === CR) {
            if (i + 1 === len && !final) break rows;
            i++;
          }
        } else {
          const start = i;
          while (i < len) {
            const c = buf[i];
            if (c === delimiter || c === LF) break;
            i++;
          }
          if (i >= len && !final) break rows;
          let end = i;
          if (end > start && buf[end - 1] === CR) end--;
          this.addField(start, end, 0);
        }
        if (i >= len) {
          if (!final) break rows;
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
          if (i >= len) break rows;
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

  private emit(): void {
    this.line = this.nextLine;
    if (!this.columns) {
      const names: string[] = [];
      const seen = new Set<string>();
      for (let f = 0; f < this.count; f++) {
        let name = this.text(f).trim();
        if (!name) name = `Unnamed: ${f}`;
        if (seen.has(name))
          throw new DataFileError(
            'duplicate_column',
            `the header names column "${name}" twice. Column names must be unique`,
            this.options.file,
            this.line,
          );
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
      throw new DataFileError(
        'ragged_row',
        `ragged row: ${this.count} fields where the header has ${this.columns.length}. Check for a missing or extra delimiter ("${String.fromCharCode(this.delimiter)}"), or an unquoted field that contains one`,
        this.options.file,
        this.line,
      );
    }
    this.options.onRow(this);
  }

  isNull(index: number): boolean {
    const start = this.starts[index];
    const end = this.ends[index];
    const length = end - start;
    if (length === 0) return true;
    if (length > 8) return false;
    const buf = this.buf;
    const c = buf[start];
    // Every missing-value marker starts with one of these bytes; those starting with - or 1
    // (-1.#IND, 1.#QNAN, -NaN…) also contain # or N/n, which no number does.
    if (c === 45 || c === 49) {
      let marker = false;
      for (let i = start + 1; i < end; i++) {
        const d = buf[i];
        if (d === 35 || d === 78 || d === 110) marker = true;
      }
      if (!marker) return false;
    } else if (c !== 35 && c !== 60 && c !== 78 && c !== 110) return false;
    return NULL_MARKERS.has(this.text(index));
  }

  number(index: number): number {
    const start = this.starts[index];
    const end = this.ends[index];
    if (end === start) return NaN;
    if (this.quoted[index] === 2) {
      const text = this.text(index);
      return Number.isNaN(Number(text)) ? NaN : parseNumberBytes(Buffer.from(text), 0, Buffer.byteLength(text), this.numberOut);
    }
    return parseNumberBytes(this.buf, start, end, this.numberOut);
  }

  text(index: number): string {
    const text = this.buf.toString('utf8', this.starts[index], this.ends[index]);
    return this.quoted[index] === 2 ? text.replaceAll('""', '"') : text;
  }

  hash(index: number): number {
    const value = this.number(index);
    return Number.isNaN(value) ? this.textHash(index) : hashNumber(value);
  }

  textHash(index: number): number {
    if (this.quoted[index] === 2) {
      const bytes = Buffer.from(this.text(index));
      return hashBytes(bytes, 0, bytes.length);
    }
    return hashBytes(this.buf, this.starts[index], this.ends[index]);
  }
}
