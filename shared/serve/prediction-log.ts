import { existsSync } from 'node:fs';
import { mkdir, open, rename, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * The prediction log: JSON Lines appended in the background, one write per event-loop turn,
 * rotated by size (`path` → `path.1` → … → `path.<maxFiles>`, the oldest dropped). Lines are
 * whole in every file because rotation only happens between writes. `close()` writes
 * everything still pending and syncs the file, so a graceful stop loses no line.
 * The line format is documented in shared/serve/README.md.
 */

export interface PredictionLogOptions {
  path: string;
  /** Size at which the file is rotated (default 64 MiB). */
  maxBytes?: number;
  /** Rotated files kept beside the current one (default 5). */
  maxFiles?: number;
  /** Called when a write fails; the service keeps answering (default: ignore). */
  onError?(error: Error): void;
}

export interface PredictionLog {
  readonly path: string;
  /** Queues text (whole lines, each ending in a newline). */
  write(text: string): void;
  /** Resolves when everything written so far is in the file. */
  flush(): Promise<void>;
  /** Flushes, syncs and closes; later writes are dropped. */
  close(): Promise<void>;
  /** Characters queued but not yet written. */
  readonly pending: number;
}

export const DEFAULT_LOG_MAX_BYTES = 64 * 1024 * 1024;

export async function openPredictionLog(options: PredictionLogOptions): Promise<PredictionLog> {
  const path = options.path;
  const maxBytes = options.maxBytes ?? DEFAULT_LOG_MAX_BYTES;
  const maxFiles = Math.max(1, options.maxFiles ?? 5);
  await mkdir(dirname(path), { recursive: true });
  let handle: FileHandle = await open(path, 'a');
  let size = (await handle.stat()).size;
  let queued: string[] = [];
  let pending = 0;
  let closed = false;
  let scheduled = false;
  let writing: Promise<void> = Promise.resolve();

  // Rotated files already there (from an earlier run), so a rotation renames only what exists.
  let rotated = 0;
  while (rotated < maxFiles && existsSync(`${path}.${rotated + 1}`)) rotated++;

  const rotate = async (): Promise<void> => {
    await handle.close();
    for (let i = Math.min(rotated, maxFiles - 1); i >= 1; i--) await rename(`${path}.${i}`, `${path}.${i + 1}`);
    await rename(path, `${path}.1`);
    rotated = Math.min(rotated + 1, maxFiles);
    handle = await open(path, 'a');
    size = 0;
  };

  const writeAll = async (bytes: Uint8Array): Promise<void> => {
    let at = 0;
    while (at < bytes.length) at += (await handle.write(bytes, at, bytes.length - at)).bytesWritten;
    size += bytes.length;
  };

  /** Writes whole lines, rotating whenever the next line would take the file past maxBytes. */
  const writeQueued = async (): Promise<void> => {
    while (queued.length > 0) {
      const bytes = Buffer.from(queued.join(''), 'utf8');
      queued = [];
      pending = 0;
      let at = 0;
      while (at < bytes.length) {
        const room = maxBytes - size;
        let end = bytes.length;
        if (end - at > room) {
          const cut = room > 0 ? bytes.lastIndexOf(0x0a, at + room - 1) : -1;
          if (cut >= at) {
            end = cut + 1;
          } else if (size > 0) {
            await rotate();
            continue;
          } else {
            // A single line longer than maxBytes gets a file of its own rather than being split.
            end = bytes.indexOf(0x0a, at) + 1 || bytes.length;
          }
        }
        await writeAll(bytes.subarray(at, end));
        at = end;
      }
    }
  };

  const startWrite = (): Promise<void> => {
    scheduled = false;
    writing = writing.then(writeQueued).catch((error: Error) => {
      options.onError?.(error);
    });
    return writing;
  };

  return {
    path,
    write(text) {
      if (closed) return;
      queued.push(text);
      pending += text.length;
      if (!scheduled) {
        scheduled = true;
        setImmediate(startWrite);
      }
    },
    flush() {
      return queued.length > 0 ? startWrite() : writing;
    },
    async close() {
      if (closed) return writing;
      closed = true;
      await startWrite();
      await writing;
      await handle.sync().catch(() => undefined);
      await handle.close();
    },
    get pending() {
      return pending;
    },
  };
}
