/**
 * One data row as the reader hands it out, whatever the file format. A row is only valid
 * inside the callback that received it: CSV rows are views over the reader's buffer, so
 * numbers are parsed straight from bytes and text is decoded only when asked for.
 */
export interface Row {
  /** The file's line where the row starts (1-based; a quoted field with newlines spans lines). */
  readonly line: number;
  readonly fieldCount: number;
  /** Empty cell, or one of the missing-value markers pandas reads as NaN (NA, null, NaN, …). */
  isNull(index: number): boolean;
  /** The cell as a number, or NaN when it is not a plain decimal number (always NaN for a missing cell: the profile relies on it). */
  number(index: number): number;
  /** Whether the last `number(index)` call parsed an integer literal (no point, no exponent). */
  readonly lastWasInteger: boolean;
  text(index: number): string;
  /** A 53-bit hash of the cell's value: numbers by value (so `1.0` and `1` agree), text by its bytes. */
  hash(index: number): number;
  /** A 53-bit hash of the cell's text (for cells known not to be numbers). */
  textHash(index: number): number;
}

/** pandas' default `na_values`: cells read as missing. */
export const NULL_MARKERS: ReadonlySet<string> = new Set([
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
export function parseNumberBytes(buf: Uint8Array, start: number, end: number, out: { integer: boolean }): number {
  let i = start;
  let negative = false;
  const first = buf[i];
  if (first === 45 /* - */) {
    negative = true;
    i++;
  } else if (first === 43 /* + */) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let dot = false;
  // Integer digits, then (after a point) fraction digits: two tight loops. A 16th digit stops either.
  for (; i < end; i++) {
    const c = buf[i];
    if (c < 48 || c > 57 || digits === 15) break;
    mantissa = mantissa * 10 + (c - 48);
    digits++;
  }
  if (i < end && buf[i] === 46 /* . */) {
    dot = true;
    for (i++; i < end; i++) {
      const c = buf[i];
      if (c < 48 || c > 57 || digits === 15) break;
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      fraction++;
    }
  }
  if (i < end) {
    // Only an exponent, surrounding spaces or a long mantissa need the exact slow path.
    const c = buf[i];
    if (!(c >= 48 && c <= 57) && c !== 101 && c !== 69 && c !== 32 && c !== 9) return NaN;
    // An exponent needs a digit before it (text such as "enterprise" is not a number).
    if ((c === 101 || c === 69) && digits === 0) return NaN;
  }
  if (i === end && digits > 0) {
    out.integer = !dot;
    // Both operands are exact doubles (mantissa < 2^53, 10^fraction ≤ 10^22), so one division rounds correctly.
    const value = fraction ? mantissa / POW10[fraction] : mantissa;
    return negative ? -value : value;
  }
  return parseNumberText(Buffer.from(buf.buffer, buf.byteOffset + start, end - start).toString('latin1'), out);
}

export function parseNumberText(text: string, out: { integer: boolean }): number {
  if (!DECIMAL.test(text)) return NaN;
  out.integer = !/[.eE]/.test(text);
  return Number(text);
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Two 32-bit lanes mixed into one 53-bit hash. */
export function combineHash(h1: number, h2: number): number {
  const a = fmix32(h1);
  const b = fmix32(h2 ^ a);
  return (a & 0x1fffff) * 0x100000000 + b;
}

/** 53-bit hash of a double's bits (−0 and 0 agree). */
export function hashNumber(value: number): number {
  f64[0] = value === 0 ? 0 : value;
  const lo = u32[0];
  const hi = u32[1];
  const a = fmix32(Math.imul(lo ^ 0x9e3779b9, 0xcc9e2d51) ^ hi);
  const b = fmix32(Math.imul(hi ^ 0x7f4a7c15, 0x1b873593) + lo);
  return (a & 0x1fffff) * 0x100000000 + b;
}

/** 53-bit hash of a byte range: two MurmurHash3-style 32-bit lanes over 4-byte blocks, then mixed. */
export function hashBytes(buf: Uint8Array, start: number, end: number, seed = 0): number {
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
  for (let shift = 0; i < end; i++, shift += 8) tail |= buf[i] << shift;
  h1 ^= Math.imul(tail, 0xcc9e2d51);
  h2 = Math.imul(h2 ^ tail, 0x5bd1e995);
  const a = fmix32(h1 ^ (end - start));
  const b = fmix32(h2 ^ a);
  return (a & 0x1fffff) * 0x100000000 + b;
}

const encoder = new TextEncoder();
/** 53-bit hash of a string's UTF-8 bytes, equal to `hashBytes` over the same bytes. */
export function hashText(text: string, seed = 0): number {
  const bytes = encoder.encode(text);
  return hashBytes(bytes, 0, bytes.length, seed);
}
