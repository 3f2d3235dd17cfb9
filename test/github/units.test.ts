import { describe, expect, test } from 'vitest';
import { UserError } from '../../shared/runtime/errors.js';
import { acceptedPermissions, toUserError } from '../../shared/github/errors.js';
import { attemptInfoKey } from '../../shared/github/client.js';
import { GITHUB_BODY_LIMIT, bodyLength, hasMarker, hiddenMarker, sameBody, withMarker } from '../../shared/github/markers.js';
import { assertBodyFits } from '../../shared/github/comments.js';
import { uploadEndpoint } from '../../shared/github/releases.js';
import { fullRef, shortRef } from '../../shared/github/refs.js';

function requestError(status: number, data: unknown, headers: Record<string, string> = {}, attempts?: number) {
  const error = Object.assign(
    new Error(typeof data === 'object' && data && 'message' in data ? String((data as { message: string }).message) : 'x'),
    {
      status,
      response: { status, headers, data },
      request: { method: 'POST', url: 'https://api.github.com/repos/o/r/releases?x=1' },
    },
  );
  if (attempts) Object.defineProperty(error, attemptInfoKey, { value: { attempts, method: 'POST', path: '/repos/o/r/releases' } });
  return error;
}

describe('hidden markers', () => {
  test('format and round trip', () => {
    const marker = hiddenMarker('comment', 'evaluate/churn');
    expect(marker).toBe('<!-- mlops-actions:comment:evaluate/churn -->');
    expect(hasMarker(withMarker(marker, 'body'), marker)).toBe(true);
    expect(hasMarker(`body\r\n${marker}\r\nmore`, marker)).toBe(true);
  });

  test('a key cannot close the HTML comment or span lines', () => {
    const marker = hiddenMarker('comment', 'a --> b\nc');
    expect(marker).toBe('<!-- mlops-actions:comment:a%20--%3E%20b%0Ac -->');
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
  });

  test('quoted or inline copies do not count, other keys do not match', () => {
    const marker = hiddenMarker('comment', 'k');
    expect(hasMarker(`> ${marker}\n> quoted`, marker)).toBe(false);
    expect(hasMarker(`text ${marker}`, marker)).toBe(false);
    expect(hasMarker(withMarker(hiddenMarker('comment', 'k2'), 'x'), marker)).toBe(false);
    expect(hasMarker(null, marker)).toBe(false);
  });

  test('bodies compare without line-ending differences', () => {
    expect(sameBody('a\r\nb', 'a\nb')).toBe(true);
    expect(sameBody('a\nb', 'a\nc')).toBe(false);
  });

  test('length counts code points and the limit check names the limit', () => {
    expect(bodyLength('😀a')).toBe(2);
    expect(() => assertBodyFits('x'.repeat(GITHUB_BODY_LIMIT), 'The comment')).not.toThrow();
    expect(() => assertBodyFits('x'.repeat(GITHUB_BODY_LIMIT + 1), 'The comment')).toThrow(
      /65,537 characters, over GitHub's limit of 65,536/,
    );
  });
});

describe('error sentences', () => {
  test('403 names the permission from x-accepted-github-permissions', () => {
    const error = toUserError(
      requestError(403, { message: 'Resource not accessible by integration' }, { 'x-accepted-github-permissions': 'contents=write' }),
      { what: 'Publishing' },
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain('add `permissions: contents: write` to the job');
  });

  test('alternatives in the header, pull_requests spelled as in workflow YAML', () => {
    expect(acceptedPermissions('issues=write; pull_requests=write')).toEqual([['issues: write'], ['pull-requests: write']]);
    expect(acceptedPermissions('contents=read,metadata=read')).toEqual([['contents: read', 'metadata: read']]);
    const error = toUserError(
      requestError(
        403,
        { message: 'Resource not accessible by integration' },
        { 'x-accepted-github-permissions': 'issues=write; pull_requests=write' },
      ),
      { what: 'Commenting' },
    );
    expect((error as Error).message).toContain('one of `issues: write` or `pull-requests: write`');
  });

  test('403 without the header falls back to the caller’s permission', () => {
    const error = toUserError(requestError(403, { message: 'Resource not accessible by integration' }), {
      what: 'Deploying',
      permission: 'deployments: write',
    });
    expect((error as Error).message).toContain('add `permissions: deployments: write` to the job');
  });

  test('401, 404, exhausted rate limit, 5xx after retries', () => {
    expect((toUserError(requestError(401, { message: 'Bad credentials' }), { what: 'X' }) as Error).message).toMatch(
      /rejected the token \(401 Bad credentials\).*expired/,
    );
    expect((toUserError(requestError(404, { message: 'Not Found' }), { what: 'X' }) as Error).message).toMatch(
      /404 for POST \/repos\/o\/r\/releases: it does not exist, or the token cannot see it/,
    );
    const reset = String(Math.floor(Date.now() / 1000) + 600);
    expect(
      (
        toUserError(
          requestError(
            403,
            { message: 'API rate limit exceeded for installation' },
            { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
          ),
          { what: 'X' },
        ) as Error
      ).message,
    ).toMatch(/rate limit for this token is exhausted .*resets at \d\d:\d\d UTC \(in about 10 min\)/);
    expect((toUserError(requestError(502, 'Bad Gateway', {}, 4), { what: 'X' }) as Error).message).toBe(
      'X failed: GitHub answered 502 4 times for POST /repos/o/r/releases; re-run the job.',
    );
  });

  test('errors that are not GitHub’s pass through unchanged', () => {
    const bug = new TypeError('x is undefined');
    expect(toUserError(bug, { what: 'X' })).toBe(bug);
  });
});

describe('addresses', () => {
  test('upload_url template is stripped and the name encoded', () => {
    expect(uploadEndpoint('https://uploads.github.com/repos/o/r/releases/1/assets{?name,label}', 'model v1.tgz')).toBe(
      'https://uploads.github.com/repos/o/r/releases/1/assets?name=model%20v1.tgz',
    );
  });

  test('ref names in both spellings', () => {
    expect(fullRef('tags/m/v1')).toBe('refs/tags/m/v1');
    expect(fullRef('refs/tags/m/v1')).toBe('refs/tags/m/v1');
    expect(shortRef('refs/tags/m/v1')).toBe('tags/m/v1');
  });
});
