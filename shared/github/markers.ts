/**
 * Hidden markers let the suite find what it wrote before (a sticky comment, a drift issue)
 * without the search index: an HTML comment, invisible when GitHub renders the markdown,
 * alone on its own line:
 *
 *   <!-- mlops-actions:<kind>:<key> -->
 *
 * `kind` says what carries it (`comment`, `issue`, `issue-comment`); `key` is the caller's
 * identity for it (a comment-key, a model and environment). Characters outside a safe set are
 * percent-encoded, so a key can never close the HTML comment or span lines.
 */
export function hiddenMarker(kind: string, key: string): string {
  const safe = (text: string) =>
    text.replace(/[^A-Za-z0-9._~@/+=,-]/g, (char) =>
      encodeURIComponent(char).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    );
  return `<!-- mlops-actions:${safe(kind)}:${safe(key)} -->`;
}

/** A body that starts with the marker on its own line. */
export function withMarker(marker: string, body: string): string {
  return `${marker}\n${body}`;
}

/**
 * True when one line of the body is exactly the marker. A quoted copy (`> <!-- … -->`) or the
 * marker inside other text does not count, so replies that quote the bot are never taken for it.
 */
export function hasMarker(body: string | null | undefined, marker: string): boolean {
  if (!body) return false;
  return body.split(/\r?\n/).some((line) => line.trim() === marker);
}

/** GitHub stores bodies with CRLF or LF depending on the client; compare without that difference. */
export function sameBody(a: string | null | undefined, b: string | null | undefined): boolean {
  return (a ?? '').replace(/\r\n/g, '\n') === (b ?? '').replace(/\r\n/g, '\n');
}

/** GitHub rejects issue, pull request and comment bodies longer than this many characters. */
export const GITHUB_BODY_LIMIT = 65_536;

/** Characters as GitHub counts them (code points, so an emoji is one). */
export function bodyLength(body: string): number {
  let count = 0;
  for (const _ of body) count += 1;
  return count;
}
