import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { FileError } from '../runtime/errors.js';
import { CsvReader, sniffDelimiter } from './csv.js';
import { formatOf, readFileChunks } from './reader.js';
import { Pass, type PassSetup, type PassState } from './pass.js';

const QUOTE = 34;
const LF = 10;
/** Below this much CSV, one thread is faster than starting workers. */
export const PARALLEL_MIN_BYTES = 64 * 1024 * 1024;
const RANGE_BYTES = 32 * 1024 * 1024;
/** Workers beyond this add memory (one V8 isolate each) faster than speed. */
const MAX_WORKERS = 8;

export interface RangeTask {
  setup: PassSetup;
  file: string;
  absolute: string;
  start: number;
  end: number;
  delimiter: string;
}

export type RangeResult = { ok: true; newlines: number; quotes: number; state: PassState } | { ok: false; message: string };

function countByte(buf: Uint8Array, byte: number): number {
  let count = 0;
  for (let i = buf.indexOf(byte); i >= 0; i = buf.indexOf(byte, i + 1)) count++;
  return count;
}

/**
 * Reads one byte range of a CSV file (starting at a line start, after the header) through a
 * part Pass. Lines are numbered from 1 at the range's start. Counts newlines, to place the
 * part's lines, and quotes: if the quotes before the range are odd, it started inside a quoted
 * field and the caller must read the file in one piece instead.
 */
export async function readRange(task: RangeTask): Promise<RangeResult> {
  const pass = new Pass(task.setup, undefined, true);
  const reader = new CsvReader({
    file: task.file,
    delimiter: task.delimiter,
    columns: task.setup.columns,
    firstLine: 1,
    onHeader: () => {},
    onRow: (row) => pass.row(row, task.file),
    onRaggedRow: (line, fields, expected) => pass.ragged(task.file, line, fields, expected),
  });
  let quotes = 0;
  try {
    await readFileChunks(
      task.absolute,
      (chunk) => {
        quotes += countByte(chunk, QUOTE);
        reader.push(chunk);
      },
      { start: task.start, end: task.end },
    );
    reader.finish();
  } catch (error) {
    if (error instanceof FileError) return { ok: false, message: error.message };
    throw error;
  }
  const state = pass.state();
  pass.release();
  return { ok: true, newlines: reader.linesRead - 1, quotes, state };
}

export interface FilePlan {
  file: string;
  absolute: string;
  size: number;
  columns: string[];
  delimiter: string;
  /** Lines and quotes in the header (ranges start after it). */
  headerLines: number;
  headerQuotes: number;
  /** Average bytes per line in the file's first megabytes, to estimate rows before a range. */
  bytesPerLine: number;
  ranges: { start: number; end: number }[];
}

/** The byte where the header ends (after its newline), honouring quoted newlines; -1 if not in `head`. */
function headerEnd(head: Buffer, from: number): number {
  let quoted = false;
  for (let i = from; i < head.length; i++) {
    const c = head[i];
    if (c === QUOTE) quoted = !quoted;
    else if (c === LF && !quoted) return i + 1;
  }
  return -1;
}

async function nextLineStart(handle: import('node:fs/promises').FileHandle, position: number, size: number): Promise<number> {
  const buf = Buffer.alloc(64 * 1024);
  for (let at = position; at < size; at += buf.length) {
    const { bytesRead } = await handle.read(buf, 0, buf.length, at);
    const nl = buf.subarray(0, bytesRead).indexOf(LF);
    if (nl >= 0) return at + nl + 1;
  }
  return size;
}

/**
 * Splits each CSV file into byte ranges at line starts, or returns null when the data is too
 * small (or not CSV) for workers to pay off.
 */
export async function planRanges(files: string[], cwd: string, workers: number, rangeBytesOverride?: number): Promise<FilePlan[] | null> {
  if (workers < 2 || files.some((file) => formatOf(file) !== 'csv')) return null;
  const sizes = await Promise.all(files.map(async (file) => (await stat(path.resolve(cwd, file))).size));
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total < (rangeBytesOverride ? 0 : PARALLEL_MIN_BYTES)) return null;
  const rangeBytes = rangeBytesOverride ?? Math.max(4 * 1024 * 1024, Math.min(RANGE_BYTES, Math.ceil(total / (workers * 4))));
  const plans: FilePlan[] = [];
  for (const [i, file] of files.entries()) {
    const absolute = path.resolve(cwd, file);
    const handle = await open(absolute, 'r');
    try {
      const head = Buffer.alloc(Math.min(sizes[i], 4 * 1024 * 1024));
      await handle.read(head, 0, head.length, 0);
      const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
      const end = headerEnd(head, bom);
      if (end < 0) return null;
      let columns: string[] = [];
      const delimiter = sniffDelimiter(head.subarray(bom, Math.min(head.length, 65536)).toString('utf8'));
      const reader = new CsvReader({ file, delimiter, onHeader: (names) => (columns = names), onRow: () => {} });
      reader.push(head.subarray(0, end));
      reader.finish();
      const ranges: { start: number; end: number }[] = [];
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
    } catch (error) {
      if (error instanceof FileError) return null;
      throw error;
    } finally {
      await handle.close();
    }
  }
  return plans;
}

function here(): string {
  try {
    return path.dirname(fileURLToPath(import.meta.url));
  } catch {
    return process.cwd();
  }
}

/** The bundled worker script (dist/profile-worker.js), if this build has one. */
export function profileWorkerFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.MLOPS_PROFILE_WORKER, path.join(here(), 'profile-worker.js')].find(
    (file): file is string => Boolean(file) && existsSync(file!),
  );
}

export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const asked = Number(env.MLOPS_PROFILE_THREADS);
  return Math.max(1, Math.min(MAX_WORKERS, Number.isInteger(asked) && asked > 0 ? asked : availableParallelism()));
}

export type ResultSink = (index: number, result: RangeResult) => void;

/** Runs tasks on a pool of worker threads; each result goes to `onResult` as it arrives (in any order). */
export async function runOnWorkers(tasks: RangeTask[], workerFile: string, size: number, onResult: ResultSink): Promise<void> {
  let next = 0;
  // A small young generation keeps each worker near 40 MB; the parts are streamed, so old space stays small too.
  const workers = Array.from(
    { length: Math.min(size, tasks.length) },
    () => new Worker(workerFile, { resourceLimits: { maxYoungGenerationSizeMb: 8 } }),
  );
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('error', reject);
            const pump = () => {
              if (next >= tasks.length) return resolve();
              const index = next++;
              worker.once('message', (result: RangeResult) => {
                onResult(index, result);
                pump();
              });
              worker.postMessage(tasks[index]);
            };
            pump();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Runs tasks one after another in this thread (tests, and a build without the worker script). */
export async function runInThread(tasks: RangeTask[], onResult: ResultSink): Promise<void> {
  for (const [index, task] of tasks.entries()) onResult(index, await readRange(task));
}

/** sha256 fingerprint of files, as data/reader.ts defines it. */
export async function fingerprintFiles(files: { absolute: string; size: number }[]): Promise<string> {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file.size}\n`);
    await readFileChunks(file.absolute, (chunk) => hash.update(chunk));
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
export async function readPlanned(
  plans: FilePlan[],
  whole: Pass,
  setup: Omit<PassSetup, 'columns' | 'firstFile'>,
  run: (tasks: RangeTask[], onResult: ResultSink) => Promise<void>,
): Promise<boolean> {
  const first = plans[0];
  if (plans.some((plan) => plan.columns.join('\u0000') !== first.columns.join('\u0000'))) return false;
  let bytesBefore = 0;
  const tasks: RangeTask[] = [];
  /** Per task: its file's plan, and whether it is the file's first range. */
  const owners: { plan: FilePlan; firstOfFile: boolean }[] = [];
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
  const waiting = new Map<number, RangeResult>();
  let nextIndex = 0;
  let sound = true;
  let quotes = 0;
  let line = 0;
  const absorbReady = () => {
    while (sound && waiting.has(nextIndex)) {
      const result = waiting.get(nextIndex)!;
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
    if (!sound) return;
    waiting.set(index, result);
    absorbReady();
  });
  return sound && nextIndex === tasks.length;
}
