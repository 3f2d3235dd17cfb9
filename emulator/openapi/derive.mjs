#!/usr/bin/env node
// Derives the small OpenAPI subset the emulator validates against from GitHub's published
// description (the @octokit/openapi package, ~385 MB, deliberately not a dependency).
//
//   cd /tmp && npm pack @octokit/openapi && tar xzf octokit-openapi-*.tgz \
//     package/generated/api.github.com.json package/package.json
//   node emulator/openapi/derive.mjs /tmp/package/generated/api.github.com.json
//
// Writes emulator/openapi/api.github.com.subset.json: the served operations, verbatim, plus every
// component they reference (transitively). Prose (descriptions, examples) is dropped to keep the
// committed file small; nothing that affects validation is changed.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Every operation the emulator serves, as [method, OpenAPI path template]. */
export const SERVED_OPERATIONS = [
  ['get', '/rate_limit'],
  ['get', '/repos/{owner}/{repo}'],
  ['get', '/repos/{owner}/{repo}/pulls'],
  ['get', '/repos/{owner}/{repo}/pulls/{pull_number}'],
  ['get', '/repos/{owner}/{repo}/issues'],
  ['post', '/repos/{owner}/{repo}/issues'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['patch', '/repos/{owner}/{repo}/issues/{issue_number}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/comments'],
  ['get', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['patch', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['delete', '/repos/{owner}/{repo}/issues/comments/{comment_id}'],
  ['get', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['post', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['put', '/repos/{owner}/{repo}/issues/{issue_number}/labels'],
  ['delete', '/repos/{owner}/{repo}/issues/{issue_number}/labels/{name}'],
  ['get', '/repos/{owner}/{repo}/labels'],
  ['post', '/repos/{owner}/{repo}/labels'],
  ['get', '/repos/{owner}/{repo}/labels/{name}'],
  ['get', '/repos/{owner}/{repo}/releases'],
  ['post', '/repos/{owner}/{repo}/releases'],
  ['get', '/repos/{owner}/{repo}/releases/latest'],
  ['get', '/repos/{owner}/{repo}/releases/tags/{tag}'],
  ['get', '/repos/{owner}/{repo}/releases/{release_id}'],
  ['patch', '/repos/{owner}/{repo}/releases/{release_id}'],
  ['delete', '/repos/{owner}/{repo}/releases/{release_id}'],
  ['get', '/repos/{owner}/{repo}/releases/{release_id}/assets'],
  ['post', '/repos/{owner}/{repo}/releases/{release_id}/assets'],
  ['get', '/repos/{owner}/{repo}/releases/assets/{asset_id}'],
  ['patch', '/repos/{owner}/{repo}/releases/assets/{asset_id}'],
  ['delete', '/repos/{owner}/{repo}/releases/assets/{asset_id}'],
  ['get', '/repos/{owner}/{repo}/git/ref/{ref}'],
  ['get', '/repos/{owner}/{repo}/git/matching-refs/{ref}'],
  ['post', '/repos/{owner}/{repo}/git/refs'],
  ['patch', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['delete', '/repos/{owner}/{repo}/git/refs/{ref}'],
  ['get', '/repos/{owner}/{repo}/tags'],
  ['get', '/repos/{owner}/{repo}/commits/{ref}'],
  ['get', '/repos/{owner}/{repo}/deployments'],
  ['post', '/repos/{owner}/{repo}/deployments'],
  ['get', '/repos/{owner}/{repo}/deployments/{deployment_id}'],
  ['delete', '/repos/{owner}/{repo}/deployments/{deployment_id}'],
  ['get', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
  ['post', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses'],
  ['get', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}'],
  ['post', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches'],
];

const PROSE_KEYS = new Set(['description', 'summary', 'example', 'examples', 'x-github', 'x-displayName']);

// Drops prose and examples. Inside a `properties` map every key is a user-chosen property name
// (there is a property called `description`), so those keys are always kept.
function strip(value, parentKey) {
  if (Array.isArray(value)) return value.map((item) => strip(item));
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    if (parentKey !== 'properties' && PROSE_KEYS.has(key)) continue;
    out[key] = strip(child, key);
  }
  return out;
}

function collectRefs(value, into) {
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') into.add(child);
    else collectRefs(child, into);
  }
}

function pointerGet(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external $ref not supported: ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => {
      if (node == null || !(key in node)) throw new Error(`dangling $ref ${ref}`);
      return node[key];
    }, doc);
}

export function deriveSubset(full, packageVersion, sourceName = 'api.github.com.json') {
  const paths = {};
  for (const [method, path] of SERVED_OPERATIONS) {
    const operation = full.paths[path]?.[method];
    if (!operation) throw new Error(`${method.toUpperCase()} ${path} is not in the description`);
    const { description, summary, ...kept } = operation;
    // Keep the operation's doc link: 403 bodies carry it as documentation_url, as GitHub does.
    paths[path] ??= {};
    paths[path][method] = strip(kept);
  }
  const components = {};
  const seen = new Set();
  const queue = new Set();
  collectRefs(paths, queue);
  while (queue.size) {
    const [ref] = queue;
    queue.delete(ref);
    if (seen.has(ref)) continue;
    seen.add(ref);
    const [hash, root, section, name, ...rest] = ref.split('/');
    if (hash !== '#' || root !== 'components' || !name || rest.length) throw new Error(`unexpected $ref shape ${ref}`);
    const target = strip(pointerGet(full, ref));
    components[section] ??= {};
    components[section][name] = target;
    const nested = new Set();
    collectRefs(target, nested);
    for (const r of nested) if (!seen.has(r)) queue.add(r);
  }
  // Sort for stable diffs.
  for (const section of Object.keys(components)) {
    components[section] = Object.fromEntries(Object.entries(components[section]).sort(([a], [b]) => a.localeCompare(b)));
  }
  return {
    openapi: full.openapi,
    info: {
      title: full.info.title,
      version: full.info.version,
      'x-source': `@octokit/openapi@${packageVersion} generated/${sourceName} (subset derived by emulator/openapi/derive.mjs)`,
    },
    servers: full.servers,
    paths,
    components,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const source = process.argv[2];
  if (!source) {
    console.error('usage: node emulator/openapi/derive.mjs <path to generated/api.github.com.json> [out]');
    process.exit(2);
  }
  const full = JSON.parse(readFileSync(source, 'utf8'));
  const packageJson = join(dirname(source), '..', 'package.json');
  const packageVersion = existsSync(packageJson) ? JSON.parse(readFileSync(packageJson, 'utf8')).version : 'unknown';
  const subset = deriveSubset(full, packageVersion, source.split('/').pop());
  const out = process.argv[3] ?? join(here, 'api.github.com.subset.json');
  writeFileSync(out, `${JSON.stringify(subset, null, 1)}\n`);
  const count = Object.values(subset.paths).reduce((n, p) => n + Object.keys(p).length, 0);
  console.log(
    `wrote ${out}: ${count} operations, ${Object.keys(subset.components.schemas ?? {}).length} schemas (package ${packageVersion})`,
  );
}
