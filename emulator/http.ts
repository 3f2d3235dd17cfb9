// Building blocks for handlers: the reply shape, GitHub's error bodies, pagination.
import type { IncomingHttpHeaders } from 'node:http';
import type { Origins } from './render.js';
import type { StateStore } from './state.js';
import type { RepoState } from './types.js';

export interface Reply {
  status: number;
  /** JSON body; omitted for 204/302. */
  body?: unknown;
  /** A non-JSON body (asset downloads). */
  raw?: Buffer;
  headers?: Record<string, string>;
}

/** Thrown by handlers; becomes GitHub's JSON error response. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.message ?? status));
  }
}

export function errorBody(message: string, documentationUrl: string, status: number, extra: Record<string, unknown> = {}) {
  return { message, ...extra, documentation_url: documentationUrl, status: String(status) };
}

export function notFound(documentationUrl: string, message = 'Not Found'): ApiError {
  return new ApiError(404, errorBody(message, documentationUrl, 404));
}

/** GitHub's 422: "Validation Failed" with structured errors, or a plain message. */
export function unprocessable(
  documentationUrl: string,
  errors?: Array<{ resource: string; code: string; field: string; message?: string }>,
  message = 'Validation Failed',
): ApiError {
  return new ApiError(422, errorBody(message, documentationUrl, 422, errors ? { errors } : {}));
}

export interface HandlerContext {
  /** The repository named by the path (resolved before the handler runs); absent for /rate_limit. */
  repo: RepoState;
  params: Record<string, any>;
  query: Record<string, any>;
  /** Parsed JSON body (undefined when empty). */
  body: any;
  rawBody: Buffer;
  headers: IncomingHttpHeaders;
  /** Login of the token's user. */
  actor: string;
  /** Whether the token may push (contents: write): sees drafts, as on GitHub. */
  canPush: boolean;
  origins: Origins;
  store: StateStore;
  /** The request URL as the client addressed it (for pagination links). */
  requestUrl: URL;
  documentationUrl: string;
  /** Requests served so far per token, for /rate_limit. */
  rateLimitUsed: number;
  rateLimitReset: number;
}

export type Handler = (ctx: HandlerContext) => Reply;

const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 30;

/** Slices one page and builds the RFC 5988 Link header GitHub sends (prev/next/last/first). */
export function paginate<T>(ctx: HandlerContext, items: T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? DEFAULT_PER_PAGE) || DEFAULT_PER_PAGE, 1), MAX_PER_PAGE);
  const page = Math.max(Number(ctx.query.page ?? 1) || 1, 1);
  const lastPage = Math.max(Math.ceil(items.length / perPage), 1);
  const pageUrl = (n: number) => {
    const url = new URL(ctx.requestUrl.href);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    return url.href;
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${pageUrl(Math.min(page - 1, lastPage))}>; rel="prev"`);
  if (page < lastPage) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
  if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length ? { link: links.join(', ') } : {},
  };
}

export function listReply<T>(ctx: HandlerContext, items: T[]): Reply {
  const { items: page, headers } = paginate(ctx, items);
  return { status: 200, body: page, headers };
}

/** Newest first, ties broken by id, as GitHub lists releases, deployments and statuses. */
export function newestFirst<T extends { id: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.id - a.id);
}

/** GitHub's length limits on text bodies, in characters (code points). */
export const BODY_LIMITS = { issue: 65536, comment: 65536, release: 125000 } as const;

export function checkBodyLength(ctx: HandlerContext, resource: string, text: unknown, limit: number): void {
  if (typeof text === 'string' && [...text].length > limit) {
    throw unprocessable(ctx.documentationUrl, [
      { resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${limit} characters)` },
    ]);
  }
}

/**
 * A required body field as GitHub checks it. Strict validation already rejects these; in 'record' and
 * 'off' modes the handler must still answer as GitHub would rather than store garbage.
 */
export function requireField(ctx: HandlerContext, resource: string, field: string): string {
  const value = ctx.body?.[field];
  if ((typeof value !== 'string' && typeof value !== 'number') || String(value).trim() === '') {
    throw unprocessable(ctx.documentationUrl, [{ resource, code: 'missing_field', field }]);
  }
  return String(value);
}
