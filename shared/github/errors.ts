import { UserError } from '../runtime/errors.js';
import { attemptInfoKey, type AttemptInfo } from './client.js';

/** The parts of Octokit's RequestError the suite reads (duck-typed: the class is Octokit's internal). */
export interface GitHubRequestError extends Error {
  status: number;
  response?: { status: number; url?: string; headers: Record<string, string | undefined>; data?: unknown };
  request?: { method?: string; url?: string };
}

export function isGitHubRequestError(error: unknown): error is GitHubRequestError {
  return error instanceof Error && typeof (error as { status?: unknown }).status === 'number';
}

/** True for an HTTP answer with that status (not a network failure that Octokit labels 500). */
export function hasStatus(error: unknown, ...statuses: number[]): error is GitHubRequestError {
  return isGitHubRequestError(error) && error.response !== undefined && statuses.includes(error.status);
}

/** GitHub's own explanation from an error body, without the documentation link. */
export function gitHubMessage(error: GitHubRequestError): string {
  const data = error.response?.data as { message?: unknown; errors?: unknown } | undefined;
  const base = typeof data?.message === 'string' ? data.message : error.message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
  const details = Array.isArray(data?.errors)
    ? data.errors
        .map((entry) =>
          typeof entry === 'string'
            ? entry
            : typeof entry?.message === 'string'
              ? entry.message
              : entry?.code
                ? `${entry.field ?? entry.resource ?? ''} ${entry.code}`.trim()
                : '',
        )
        .filter(Boolean)
    : [];
  return details.length > 0 ? `${base}: ${details.join('; ')}` : base;
}

/**
 * Permissions GitHub says would have allowed the call, from `x-accepted-github-permissions`
 * (`contents=write`, or alternatives such as `issues=write; pull_requests=write`). Returned as
 * YAML-style `scope: level`, with GitHub's `pull_requests` spelled `pull-requests` as in
 * workflow `permissions:` blocks.
 */
export function acceptedPermissions(header: string | undefined): string[][] {
  if (!header) return [];
  return header
    .split(';')
    .map((alternative) =>
      alternative
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
        .map((item) => {
          const [scope, level] = item.split('=').map((part) => part.trim());
          return `${(scope ?? '').replace(/_/g, '-')}: ${level || 'read'}`;
        }),
    )
    .filter((alternative) => alternative.length > 0);
}

export interface ErrorContext {
  /** What the suite was doing, as a sentence start: "Creating the release model/v3 in octo/repo". */
  what: string;
  /** The permission the call needs, for when GitHub does not send the header (`contents: write`). */
  permission?: string;
}

function attempts(error: Error): AttemptInfo | undefined {
  return (error as unknown as Record<symbol, AttemptInfo | undefined>)[attemptInfoKey];
}

function requestLine(error: GitHubRequestError, info: AttemptInfo | undefined): string {
  if (info) return `${info.method} ${info.path}`;
  const url = error.request?.url ?? '';
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // a relative url is already a path
  }
  return `${error.request?.method ?? ''} ${path}`.trim();
}

function resetTime(headers: Record<string, string | undefined>): string {
  const reset = Number(headers['x-ratelimit-reset']);
  if (!Number.isFinite(reset) || reset <= 0) return '';
  const when = new Date(reset * 1000);
  const minutes = Math.max(0, Math.ceil((when.getTime() - Date.now()) / 60_000));
  return ` It resets at ${when.toISOString().slice(11, 16)} UTC (in about ${minutes} min).`;
}

/**
 * Turns an error from the client into a UserError whose message says what went wrong and what
 * to do. Errors that are not GitHub's (bugs) are returned unchanged.
 */
export function toUserError(error: unknown, context: ErrorContext): unknown {
  if (error instanceof UserError) return error;
  if (!(error instanceof Error)) return error;
  const info = attempts(error);
  if (!isGitHubRequestError(error)) return error;
  const { what } = context;
  const line = requestLine(error, info);
  const tries = info?.attempts ?? 1;
  const times = tries === 1 ? 'once' : `${tries} times`;

  if (!error.response) {
    if (info?.timedOutAfterMs) {
      return new UserError(
        `${what} failed: GitHub did not answer ${line} within ${Math.round(info.timedOutAfterMs / 100) / 10} s, ${times}; re-run the job (if it keeps happening, check https://www.githubstatus.com).`,
        { cause: error },
      );
    }
    return new UserError(
      `${what} failed: could not reach GitHub for ${line} (${error.message}), ${times}; check the network and the API URL, then re-run the job.`,
      {
        cause: error,
      },
    );
  }

  const headers = error.response.headers ?? {};
  const message = gitHubMessage(error);
  const status = error.status;

  if (status === 401) {
    return new UserError(
      `${what} failed: GitHub rejected the token (401 ${message}). It is missing, expired or revoked: check the github-token input (the default \${{ github.token }} works inside a workflow).`,
      { cause: error },
    );
  }
  if ((status === 403 || status === 429) && (headers['x-ratelimit-remaining'] === '0' || /\brate limit\b/i.test(message))) {
    if (/secondary/i.test(message) || headers['retry-after']) {
      return new UserError(
        `${what} failed: GitHub's secondary rate limit was still in effect after ${tries} ${tries === 1 ? 'try' : 'tries'} of ${line}; wait a few minutes and re-run the job (several jobs writing to GitHub at once cause this).`,
        { cause: error },
      );
    }
    return new UserError(
      `${what} failed: the GitHub API rate limit for this token is exhausted (${line}).${resetTime(headers)} Re-run the job after the reset, or use a token with a higher limit.`,
      { cause: error },
    );
  }
  if (status === 403) {
    const accepted = acceptedPermissions(headers['x-accepted-github-permissions']);
    const needed = accepted.length > 0 ? accepted : context.permission ? [[context.permission]] : [];
    if (needed.length > 0) {
      const writes = needed.map((alternative) => alternative.find((item) => /: (write|admin)$/.test(item)) ?? alternative[0]!);
      const choice = writes.length === 1 ? `\`${writes[0]}\`` : `one of ${writes.map((item) => `\`${item}\``).join(' or ')}`;
      return new UserError(
        `${what} failed: the token is not allowed to do this (403 ${message}). It needs ${choice}: add \`permissions: ${writes[0]}\` to the job (or the workflow), keeping the permissions it already has.`,
        { cause: error },
      );
    }
    return new UserError(
      `${what} failed: GitHub refused ${line} (403 ${message}). Check the token's permissions and the repository's settings.`,
      { cause: error },
    );
  }
  if (status === 404) {
    return new UserError(
      `${what} failed: GitHub answered 404 for ${line}: it does not exist, or the token cannot see it (check the owner/repository names, and that the token has access to a private repository).`,
      { cause: error },
    );
  }
  if (status >= 500) {
    return new UserError(`${what} failed: GitHub answered ${status} ${times} for ${line}; re-run the job.`, { cause: error });
  }
  return new UserError(`${what} failed: GitHub answered ${status} for ${line}: ${message}.`, { cause: error });
}

/** Runs one GitHub operation and rethrows its failure as toUserError describes. */
export async function describedAs<T>(context: ErrorContext, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toUserError(error, context);
  }
}
