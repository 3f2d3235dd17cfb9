import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { FileError } from '../runtime/errors.js';
import { DataFileError } from './errors.js';
import { CsvReader } from './csv.js';
import { expandDataPattern } from './files.js';
import { JsonLinesReader } from './jsonl.js';
import type { Row } from './row.js';

export type DataFormat = 'csv' | 'jsonl';

/**
 * Reads [start, end) of a file in chunks through one reused buffer: `onChunk` must be done
 * with each chunk before it returns (the reader, the hash and the parser all are).
 */
export async function readFileChunks(
  absolute: string,
  onChunk: (chunk: Buffer) => void,
  options: { start?: number; end?: number; chunkSize?: number } = {},
): Promise<number> {
  const handle = await open(absolute, 'r');
  try {
    const end = options.end ?? (await handle.stat()).size;
    const buffer = Buffer.allocUnsafe(options.chunkSize ?? 1 << 20);
    let position = options.start ?? 0;
    while (position < end) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - position), position);
      if (bytesRead === 0) break;
      position += bytesRead;
      onChunk(buffer.subarray(0, bytesRead));
    }
    return position - (options.start ?? 0);
  } finally {
    await handle.close();
  }
}

export function formatOf(file: string): DataFormat {
  return /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : 'csv';
}

export interface ReadOptions {
  cwd?: string;
  /** Called once, with the first file's columns. */
  onColumns?: (columns: string[], file: string) => void;
  onRow: (row: Row, file: string) => void;
  /** Ragged CSV rows go here (and are skipped) instead of failing the read. */
  onRaggedRow?: (file: string, line: number, fields: number, expected: number) => void;
  /** Bytes per read; 1 MiB by default. */
  chunkSize?: number;
}

export interface ReadSummary {
  files: string[];
  columns: string[];
  rows: number;
  bytes: number;
  /**
   * sha256 over the files in sorted path order; for each file: its size in bytes as decimal
   * ASCII, a newline, then its raw bytes. Paths are not hashed, so moving data keeps it.
   */
  fingerprint: string;
}

/**
 * Reads a dataset (one file or a glob of them, as one table) in one streaming pass. Every
 * file must have the first file's columns, in the same order. Memory holds one chunk.
 */
export async function readDataset(pattern: string, options: ReadOptions): Promise<ReadSummary> {
  const cwd = options.cwd ?? process.cwd();
  const files = await expandDataPattern(pattern, cwd);
  const hash = createHash('sha256');
  let columns: string[] | undefined;
  let rows = 0;
  let bytes = 0;
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    let fileRows = 0;
    const onHeader = (names: string[]) => {
      if (!columns) {
        columns = names;
        options.onColumns?.(names, file);
      } else if (names.join('\u0000') !== columns.join('\u0000')) {
        throw new DataFileError(
          'header_mismatch',
          `the columns (${names.join(', ')}) differ from ${files[0]}'s (${columns.join(', ')}). All files of a dataset need the same header`,
          file,
          1,
        );
      }
    };
    const onRow = (row: Row) => {
      fileRows++;
      options.onRow(row, file);
    };
    const reader =
      formatOf(file) === 'jsonl'
        ? new JsonLinesReader({ file, onHeader, onRow })
        : new CsvReader({
            file,
            onHeader,
            onRow,
            onRaggedRow: options.onRaggedRow ? (line, fields, expected) => options.onRaggedRow!(file, line, fields, expected) : undefined,
          });
    let size = 0;
    try {
      hash.update(`${(await stat(absolute)).size}\n`);
      size = await readFileChunks(
        absolute,
        (chunk) => {
          hash.update(chunk);
          reader.push(chunk);
        },
        { chunkSize: options.chunkSize },
      );
    } catch (error) {
      if (error instanceof FileError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new DataFileError(
        'unreadable',
        code === 'EISDIR' ? 'is a directory, not a data file' : `cannot be read (${(error as Error).message})`,
        file,
      );
    }
    reader.finish();
    if (fileRows === 0)
      throw new DataFileError(
        'header_only',
        'has a header but no data rows: a dataset file needs at least one row under the header',
        file,
        2,
      );
    rows += fileRows;
    bytes += size;
  }
  return { files, columns: columns ?? [], rows, bytes, fingerprint: hash.digest('hex') };
}
