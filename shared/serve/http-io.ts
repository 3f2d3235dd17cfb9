import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestError } from './request-error.js';

/** Reading bodies and writing JSON answers on node:http, with the limits the service promises. */

/** Thrown when the client went away before its body arrived: there is nobody left to answer. */
export class ClientGone extends Error {}

/**
 * The body, refused with 413 as soon as it passes `limit` (declared or actual), so an oversized
 * body is never buffered.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const fail = (error: Error) => {
      if (done) return;
      done = true;
      chunks.length = 0;
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) fail(tooLarge(limit));
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    });
    // 'close' also follows every normal end; an Error (with its stack) is only built when it matters.
    const gone = () => {
      if (!done) fail(new ClientGone());
    };
    req.on('error', gone);
    req.on('close', gone);
  });
}

/** 413 from the Content-Length header alone, before any of the body is read. */
export function checkDeclaredLength(req: IncomingMessage, limit: number): void {
  if (Number(req.headers['content-length']) > limit) throw tooLarge(limit);
}

function tooLarge(limit: number): RequestError {
  return new RequestError(`the body is larger than the limit of ${limit} bytes; send fewer rows per request.`, 413, {
    connection: 'close',
  });
}

/**
 * JSON bodies only (with or without a charset), plus Triton's binary extension. A missing
 * Content-Type is accepted because tritonclient sends none; form encodings are refused, which
 * also keeps a web page from posting to a service on localhost.
 */
export function checkContentType(req: IncomingMessage): void {
  const header = req.headers['content-type'];
  if (header === undefined || header === '') return;
  const type = header.split(';')[0].trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) return;
  if (type === 'application/octet-stream' && req.headers['inference-header-content-length'] !== undefined) return;
  throw new RequestError(
    `Content-Type ${type} is not accepted: send JSON with "Content-Type: application/json"` +
      (type === 'application/x-www-form-urlencoded' ? " (curl -d sets a form type; add -H 'Content-Type: application/json')" : '') +
      '.',
    415,
  );
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

export function sendText(res: ServerResponse, status: number, text: string, contentType: string): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { 'content-type': contentType, 'content-length': String(Buffer.byteLength(text)) });
  res.end(text);
}

/** The path without the query string. */
export function pathOf(url: string | undefined): string {
  if (!url) return '/';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}
