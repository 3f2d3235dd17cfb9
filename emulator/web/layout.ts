// The frame every page shares: header, repository tabs, and a small stylesheet in the spirit of
// github.com. Everything the page loads comes from the emulator itself (see ASSET_PATHS).
import type { RepoState } from '../types.js';
import { type Html, html, type Interpolation, segment } from './html.js';

export const ASSET_PREFIX = '/-/assets/';
export const STYLE_PATH = `${ASSET_PREFIX}style.css`;
export const MERMAID_PATH = `${ASSET_PREFIX}mermaid.min.js`;
export const MERMAID_INIT_PATH = `${ASSET_PREFIX}mermaid-init.js`;

export type Tab = 'code' | 'issues' | 'pulls' | 'actions' | 'releases' | 'deployments';

export interface PageOptions {
  title: string;
  repo?: RepoState;
  tab?: Tab;
  mermaid?: boolean;
  body: Interpolation;
}

export function repoPath(repo: RepoState, rest = ''): string {
  return `/${segment(repo.owner)}/${segment(repo.name)}${rest}`;
}

function tabs(repo: RepoState, active: Tab | undefined): Html {
  const issues = repo.issues.filter((i) => !i.isPullRequest && i.state === 'open').length;
  const pulls = repo.issues.filter((i) => i.isPullRequest && i.state === 'open').length;
  const items: [Tab, string, string, number | undefined][] = [
    ['code', 'Code', '', undefined],
    ['issues', 'Issues', '/issues', issues],
    ['pulls', 'Pull requests', '/pulls', pulls],
    ['actions', 'Actions', '/actions', undefined],
    ['releases', 'Releases', '/releases', repo.releases.length],
    ['deployments', 'Deployments', '/deployments', repo.deployments.length],
  ];
  return html`<nav class="tabs">${items.map(
    ([tab, label, path, count]) =>
      html`<a href="${repoPath(repo, path)}"${tab === active ? html` class="selected" aria-current="page"` : ''}>${label}${
        count === undefined ? '' : html` <span class="counter">${count}</span>`
      }</a>`,
  )}</nav>`;
}

export function page(options: PageOptions): string {
  const { repo } = options;
  const heading = repo
    ? html`<div class="repo-title"><a href="/${segment(repo.owner)}">${repo.owner}</a> / <a href="${repoPath(repo)}"><strong>${repo.name}</strong></a>
<span class="label-visibility">${repo.private ? 'Private' : 'Public'}</span></div>${tabs(repo, options.tab)}`
    : '';
  const scripts = options.mermaid ? html`<script src="${MERMAID_PATH}"></script><script src="${MERMAID_INIT_PATH}"></script>` : '';
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${STYLE_PATH}">
</head>
<body>
<header class="site"><a href="/">GitHub emulator</a> <span class="muted">read-only view</span></header>
<div class="repohead">${heading}</div>
<main>
${options.body}
</main>
${scripts}
</body>
</html>
`.text;
}

/** A state badge: open / closed / merged, or a deployment state. */
export function badge(state: string, text = state): Html {
  return html`<span class="state state-${state.replace(/[^a-z_]/g, '')}">${text}</span>`;
}

/** A label pill in the label's own colour, with readable text on it. */
export function labelPill(name: string, color: string | undefined): Html {
  const hex = /^[0-9a-f]{6}$/i.test(color ?? '') ? color! : 'ededed';
  const [r, g, b] = [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  const dark = 0.299 * r + 0.587 * g + 0.114 * b < 150;
  return html`<span class="label" style="background-color:#${hex};color:${dark ? '#ffffff' : '#1f2328'}">${name}</span>`;
}

export function time(iso: string | null | undefined): Html {
  if (!iso) return html`<span class="muted">–</span>`;
  return html`<time datetime="${iso}">${iso.replace('T', ' ').replace('Z', ' UTC')}</time>`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

export const MERMAID_INIT = `// Draws every <pre class="mermaid"> block, as GitHub does for \`\`\`mermaid fences.
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
mermaid
  .run({ querySelector: 'pre.mermaid' })
  .then(() => document.body.setAttribute('data-mermaid', 'done'))
  .catch((error) => {
    document.body.setAttribute('data-mermaid', 'failed');
    console.error('mermaid: ' + (error && error.message ? error.message : error));
  });
`;

export const STYLE = `:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
  font-size: 14px; line-height: 1.5; color: #1f2328; background: #ffffff; }
a { color: #0969da; text-decoration: none; }
a:hover { text-decoration: underline; }
header.site { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 12px 24px; font-weight: 600; }
header.site a { color: #1f2328; }
.muted { color: #59636e; font-weight: normal; }
.repohead { padding: 16px 24px 0; border-bottom: 1px solid #d1d9e0; }
.repohead:empty { display: none; }
.repo-title { font-size: 20px; margin-bottom: 12px; }
.label-visibility { font-size: 12px; border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; color: #59636e; vertical-align: middle; }
nav.tabs { display: flex; gap: 4px; flex-wrap: wrap; }
nav.tabs a { color: #1f2328; padding: 8px 12px; border-bottom: 2px solid transparent; }
nav.tabs a.selected { border-bottom-color: #fd8c73; font-weight: 600; }
.counter { background: #818b981f; border-radius: 2em; padding: 0 6px; font-size: 12px; }
main { max-width: 1012px; margin: 0 auto; padding: 24px; }
h1 { font-size: 26px; font-weight: 400; margin: 0 0 8px; }
h1 .number { color: #59636e; }
h2 { font-size: 20px; font-weight: 600; margin: 24px 0 8px; }
.box { border: 1px solid #d1d9e0; border-radius: 6px; margin: 16px 0; overflow: hidden; }
.box-header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; }
.box-body { padding: 16px; }
.step .error { color: #d1242f; margin-top: 4px; white-space: pre-wrap; }
.step pre { max-height: 24em; overflow: auto; font-size: 12px; }
.list { list-style: none; margin: 0; padding: 0; }
.list > li { border-top: 1px solid #d1d9e0; padding: 8px 16px; }
.list > li:first-child { border-top: 0; }
.meta { color: #59636e; font-size: 12px; }
.state { display: inline-block; border-radius: 2em; padding: 2px 10px; font-size: 12px; font-weight: 500; color: #ffffff; background: #59636e; }
.state-open, .state-success, .state-active { background: #1f883d; }
.state-closed, .state-merged { background: #8250df; }
.state-not_planned, .state-inactive, .state-draft { background: #59636e; }
.state-failure, .state-error { background: #d1242f; }
.state-pending, .state-queued, .state-in_progress, .state-prerelease { background: #9a6700; }
.label { display: inline-block; border-radius: 2em; padding: 0 7px; font-size: 12px; font-weight: 500; line-height: 18px; margin-right: 4px; }
table.data { border-collapse: collapse; width: 100%; }
table.data th, table.data td { border: 1px solid #d1d9e0; padding: 6px 13px; text-align: left; vertical-align: top; }
table.data th { background: #f6f8fa; }
code, pre, .mono { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; }
.markdown-body { overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
.markdown-body > :last-child { margin-bottom: 0; }
.markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; margin: 0 0 16px; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; }
.markdown-body code { background: #818b981f; border-radius: 6px; padding: 0.2em 0.4em; }
.markdown-body pre code { background: none; padding: 0; }
.markdown-body pre.mermaid { background: none; text-align: center; }
.markdown-body blockquote { margin: 0 0 16px; padding: 0 1em; color: #59636e; border-left: 0.25em solid #d1d9e0; }
.markdown-body .markdown-alert { color: inherit; padding: 0.5rem 1rem; }
.markdown-alert-title { font-weight: 600; margin-bottom: 4px; }
.markdown-alert-note { border-left-color: #0969da; } .markdown-alert-note .markdown-alert-title { color: #0969da; }
.markdown-alert-tip { border-left-color: #1a7f37; } .markdown-alert-tip .markdown-alert-title { color: #1a7f37; }
.markdown-alert-important { border-left-color: #8250df; } .markdown-alert-important .markdown-alert-title { color: #8250df; }
.markdown-alert-warning { border-left-color: #9a6700; } .markdown-alert-warning .markdown-alert-title { color: #9a6700; }
.markdown-alert-caution { border-left-color: #d1242f; } .markdown-alert-caution .markdown-alert-title { color: #d1242f; }
.markdown-body details { margin: 0 0 16px; }
.markdown-body summary { cursor: pointer; }
.markdown-body li:has(> input[type=checkbox]) { list-style: none; margin-left: -1.3em; }
time { white-space: nowrap; }
.markdown-body img { max-width: 100%; }
.empty { color: #59636e; font-style: italic; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; margin: 16px 0; }
.comment > .box-header { border-radius: 6px 6px 0 0; }
.sidebar { display: flex; gap: 24px; flex-wrap: wrap; margin: 8px 0 16px; color: #59636e; }
.sidebar strong { color: #1f2328; }
.active-marker { color: #1f883d; font-weight: 600; }
`;
