import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvReader, sniffDelimiter } from '../../shared/data/csv.js';
import { loadTable } from '../../shared/data/table.js';
import { readDataset } from '../../shared/data/reader.js';
import { FileError } from '../../shared/runtime/errors.js';

interface Read {
  columns: string[];
  rows: { line: number; cells: (string | null)[] }[];
}

/** Reads CSV text fed in chunks of `chunk` bytes, so every split point of the state machine is exercised. */
function readCsv(text: string | Buffer, chunk = 1 << 20, options: { ragged?: [number, number][] } = {}): Read {
  const out: Read = { columns: [], rows: [] };
  const reader = new CsvReader({
    file: 'data.csv',
    onHeader: (columns) => (out.columns = columns),
    onRow: (row) =>
      out.rows.push({ line: row.line, cells: Array.from({ length: row.fieldCount }, (_, i) => (row.isNull(i) ? null : row.text(i))) }),
    onRaggedRow: options.ragged ? (line, fields) => options.ragged!.push([line, fields]) : undefined,
  });
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
  reader.finish();
  return out;
}

function fileError(fn: () => unknown): FileError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return error as FileError;
  }
  throw new Error('expected a FileError');
}

describe('CsvReader', () => {
  const tricky = '\uFEFFid,name,note\r\n1,"Smith, J","said ""hi""\r\nand left"\r\n2,,NA\r\n\r\n3,Ünïcode,"x"\r\n';
  it('reads quoting, CRLF, BOM, blank lines and multi-line fields, with the line each row starts on', () => {
    const read = readCsv(tricky);
    expect(read.columns).toEqual(['id', 'name', 'note']);
    expect(read.rows).toEqual([
      { line: 2, cells: ['1', 'Smith, J', 'said "hi"\r\nand left'] },
      { line: 4, cells: ['2', null, null] },
      { line: 6, cells: ['3', 'Ünïcode', 'x'] },
    ]);
  });
  it('gives the same rows whatever the chunk boundaries', () => {
    const whole = readCsv(tricky);
    for (const chunk of [1, 2, 3, 5, 7, 11]) expect(readCsv(tricky, chunk)).toEqual(whole);
  });
  it('reads a last row without a newline and a trailing empty field', () => {
    expect(readCsv('a,b\n1,').rows).toEqual([{ line: 2, cells: ['1', null] }]);
    expect(readCsv('a,b\n1,2').rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
  });
  it('sniffs the delimiter', () => {
    expect(sniffDelimiter('a;b;c\n1;2,5;3\n')).toBe(';');
    expect(sniffDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(sniffDelimiter('a|b\n1|2\n')).toBe('|');
    expect(sniffDelimiter('a,b\n"x;y",2\n')).toBe(',');
    expect(readCsv('x;y\n1,5;2\n').rows[0].cells).toEqual(['1,5', '2']);
  });
  it('parses numbers from bytes exactly as Number() does', () => {
    const values = [
      '0',
      '-0.5',
      '3.14159',
      '1e-7',
      '123456789012345678',
      '0.1',
      '-12.000',
      '.5',
      '+7',
      '1.7976931348623157e308',
      '2.2250738585072014e-308',
    ];
    const got: number[] = [];
    const reader = new CsvReader({ file: 'n.csv', onHeader: () => {}, onRow: (row) => got.push(row.number(0)) });
    reader.push(Buffer.from(`v\n${values.join('\n')}\n`));
    reader.finish();
    expect(got).toEqual(values.map(Number));
  });
  it('reads non-numbers as NaN', () => {
    const got: number[] = [];
    const reader = new CsvReader({ file: 'n.csv', onHeader: () => {}, onRow: (row) => got.push(row.number(0)) });
    reader.push(Buffer.from('v\nabc\n0x10\n1.2.3\nInfinity\n1e\n'));
    reader.finish();
    expect(got.every(Number.isNaN)).toBe(true);
  });
});

describe('bad CSV input', () => {
  it('empty file', () => {
    const error = fileError(() => readCsv(''));
    expect(error.message).toMatch(/data\.csv:1: the file is empty/);
  });
  it('ragged row names its line', () => {
    const error = fileError(() => readCsv('a,b\n1,2\n"x\ny",2,3\n'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/ragged row: 3 fields where the header has 2/);
  });
  it('ragged rows can be collected instead', () => {
    const ragged: [number, number][] = [];
    const read = readCsv('a,b\n1,2\n1\n3,4\n', 1 << 20, { ragged });
    expect(ragged).toEqual([[3, 1]]);
    expect(read.rows.map((r) => r.line)).toEqual([2, 4]);
  });
  it('unterminated quote names the line it opens on', () => {
    const error = fileError(() => readCsv('a,b\n1,2\n3,"open\nmore\n'));
    expect(error.line).toBe(3);
    expect(error.message).toMatch(/unterminated quoted field/);
  });
  it('text after a closing quote', () => {
    expect(fileError(() => readCsv('a,b\n1,"x"y\n')).line).toBe(2);
  });
  it('non-UTF-8 bytes name line and column', () => {
    const bytes = Buffer.concat([Buffer.from('a,b\n1,2\n3,caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    for (const chunk of [1 << 20, 4]) {
      const error = fileError(() => readCsv(bytes, chunk));
      expect(error.line).toBe(3);
      expect(error.column).toBe(6);
      expect(error.message).toMatch(/not valid UTF-8/);
    }
  });
  it('duplicate column names', () => {
    expect(fileError(() => readCsv('a,a\n1,2\n')).message).toMatch(/names column "a" twice/);
  });
});

describe('datasets of several files', () => {
  it('reads a glob as one table and fingerprints it stably', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mlops-data-'));
    await writeFile(path.join(dir, 'part-2.csv'), 'x,y\n3,c\n');
    await writeFile(path.join(dir, 'part-1.csv'), 'x,y\n1,a\n2,b\n');
    await writeFile(path.join(dir, 'more.jsonl'), '{"x": 4, "y": "d"}\n{"x": null}\n');
    const table = await loadTable('part-*.csv', { cwd: dir });
    expect(table.files).toEqual(['part-1.csv', 'part-2.csv']);
    expect(table.values.get('x')).toEqual(['1', '2', '3']);
    const jsonl = await loadTable('*.jsonl', { cwd: dir, columns: ['y'] });
    expect(jsonl.values.get('y')).toEqual(['d', null]);
    const summary = await readDataset(`${dir}/part-*.csv`, { onRow: () => {} });
    // sha256 of "<size>\n<bytes>" per file in sorted order, computed independently:
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256').update('12\nx,y\n1,a\n2,b\n').update('8\nx,y\n3,c\n').digest('hex');
    expect(summary.fingerprint).toBe(expected);
    expect(summary.rows).toBe(3);
  });
  it('errors name the file and line', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mlops-data-'));
    await writeFile(path.join(dir, 'a.csv'), 'x,y\n1,a\n');
    await writeFile(path.join(dir, 'b.csv'), 'x,z\n1,a\n');
    await writeFile(path.join(dir, 'header-only.csv'), 'x,y\n');
    await expect(loadTable('*.csv', { cwd: dir })).rejects.toThrow(/b\.csv:1: the columns \(x, z\) differ/);
    await expect(loadTable('header-only.csv', { cwd: dir })).rejects.toThrow(/header-only\.csv:2: has a header but no data rows/);
    await expect(loadTable('nothing-*.csv', { cwd: dir })).rejects.toThrow(/no file matches/);
    await expect(loadTable('a.csv', { cwd: dir, columns: ['nope'] })).rejects.toThrow(/a\.csv:1: has no column "nope"/);
  });
});
