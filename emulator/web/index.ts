// A read-only web view of the emulated repositories at serverUrl, so the html_url links the API
// returns open what github.com would show: pull requests with their comments, issues, releases
// with their model cards and assets, deployments and workflow dispatches.
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoKey } from '../state.js';
import type { EmulatorState } from '../types.js';
import { ASSET_PREFIX, MERMAID_INIT, MERMAID_INIT_PATH, MERMAID_PATH, STYLE, STYLE_PATH } from './layout.js';
import {
  actionsPage,
  runPage,
  commitPage,
  deploymentsPage,
  issuePage,
  issuesPage,
  notFoundPage,
  pullsPage,
  releasePage,
  releasesPage,
  repoListPage,
  repoPage,
} from './pages.js';

export { escapeHtml, html } from './html.js';
export { renderMarkdown } from './markdown.js';

/**
 * First path segments of GitHub's REST API. A GET under one of these is an API call (served or
 * recorded as not served); every other GET on the server origin is a web page.
 */
const API_ROOTS = new Set([
  'advisories',
  'api',
  'app',
  'app-manifests',
  'applications',
  'apps',
  'assignments',
  'classrooms',
  'codes_of_conduct',
  'credentials',
  'emojis',
  'enterprises',
  'events',
  'feeds',
  'gists',
  'gitignore',
  'installation',
  'issues',
  'licenses',
  'markdown',
  'marketplace_listing',
  'meta',
  'networks',
  'notifications',
  'octocat',
  'organizations',
  'orgs',
  'projects',
  'rate_limit',
  'repos',
  'repositories',
  'search',
  'teams',
  'user',
  'users',
  'versions',
  'zen',
]);

/** True when a GET for this path belongs to the web view rather than to the REST API. */
export function isWebPath(path: string): boolean {
  const first = path.split('/')[1] ?? '';
  return !API_ROOTS.has(first.toLowerCase());
}

// The mermaid bundle is read once, from the mermaid package next to this module or the working folder.
let mermaidBundle: Buffer | null | undefined;
function mermaidScript(): Buffer | null {
  if (mermaidBundle !== undefined) return mermaidBundle;
  const candidates: string[] = [];
  try {
    candidates.push(join(dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist', 'mermaid.min.js'));
  } catch {
    // Not resolvable from here (a bundled build); the folder search below may still find it.
  }
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    candidates.push(join(dir, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'));
    if (dirname(dir) === dir) break;
  }
  candidates.push(join(process.cwd(), 'node_modules', 'mermaid', 'dist', 'mermaid.min.js'));
  const found = candidates.find((path) => existsSync(path));
  mermaidBundle = found ? readFileSync(found) : null;
  return mermaidBundle;
}

// Only the emulator's own origin: a comment's <img src="https://…"> or <script> cannot reach out.
const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'";

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer, head: boolean, cache = 'no-store') {
  const payload = typeof body === 'string' ? Buffer.from(body) : body;
  res.writeHead(status, {
    'content-type': contentType,
    'content-length': String(payload.length),
    'cache-control': cache,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(head ? undefined : payload);
}

function decode(segments: string[]): string[] | undefined {
  try {
    return segments.map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

const positive = (text: string | undefined) => (text && /^[1-9]\d{0,9}$/.test(text) ? Number(text) : undefined);

/** The HTML for a page path, or undefined for 404. */
export function renderWebPage(state: EmulatorState, path: string): string | undefined {
  const segments = decode(
    path
      .split('/')
      .slice(1)
      .filter((s, i, all) => s !== '' || i < all.length - 1),
  );
  if (!segments) return undefined;
  const [owner, name, section, ...rest] = segments;
  if (!owner) return repoListPage(state);
  if (!name) return repoListPage(state, owner);
  const repo = state.repos[repoKey(owner, name)];
  if (!repo) return undefined;
  switch (section) {
    case undefined:
      return repoPage(repo);
    case 'issues':
      if (rest.length === 0) return issuesPage(repo);
      // GitHub sends /issues/N of a pull request to its pull request page; here it renders that page.
      if (rest.length === 1 && positive(rest[0])) {
        const number = positive(rest[0])!;
        return issuePage(repo, number, false) ?? issuePage(repo, number, true);
      }
      return undefined;
    case 'pulls':
      if (rest.length === 0) return pullsPage(repo);
      return rest.length === 1 && positive(rest[0]) ? issuePage(repo, positive(rest[0])!, true) : undefined;
    case 'pull':
      return rest.length === 1 && positive(rest[0]) ? issuePage(repo, positive(rest[0])!, true) : undefined;
    case 'releases':
      if (rest.length === 0) return releasesPage(repo);
      if (rest[0] === 'tag' && rest.length > 1) return releasePage(repo, rest.slice(1).join('/'));
      return undefined;
    case 'deployments':
      return rest.length === 0 ? deploymentsPage(repo) : undefined;
    case 'actions':
      if (rest.length === 0) return actionsPage(repo);
      if (rest[0] === 'runs' && positive(rest[1]) && rest.length === 2) return runPage(repo, positive(rest[1])!);
      if (rest[0] === 'runs' && positive(rest[1]) && rest[2] === 'attempts' && positive(rest[3]) && rest.length === 4)
        return runPage(repo, positive(rest[1])!, positive(rest[3])!);
      return undefined;
    case 'commit':
      return rest.length === 1 ? commitPage(repo, rest[0]) : undefined;
    default:
      return undefined;
  }
}

/**
 * The web view as a request handler, called for requests no API route matched: answers GET and
 * HEAD for page paths and returns true, or returns false (nothing written) for the API to answer.
 * `path` is the URL's full pathname, without the query.
 */
export function webView(state: EmulatorState) {
  return (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') return false;
    // A browser following a link such as a bot's html_url (/apps/…) gets a page, not an API error;
    // API clients never ask for text/html.
    if (!isWebPath(path) && !String(req.headers.accept ?? '').includes('text/html')) return false;
    const head = method === 'HEAD';
    if (path.startsWith(ASSET_PREFIX)) {
      if (path === STYLE_PATH) send(res, 200, 'text/css; charset=utf-8', STYLE, head);
      else if (path === MERMAID_INIT_PATH) send(res, 200, 'text/javascript; charset=utf-8', MERMAID_INIT, head);
      else if (path === MERMAID_PATH && mermaidScript())
        send(res, 200, 'text/javascript; charset=utf-8', mermaidScript()!, head, 'max-age=3600');
      else send(res, 404, 'text/plain; charset=utf-8', 'Not Found\n', head);
      return true;
    }
    const page = renderWebPage(state, path);
    if (page === undefined) send(res, 404, 'text/html; charset=utf-8', notFoundPage(path), head);
    else send(res, 200, 'text/html; charset=utf-8', page, head);
    return true;
  };
}
