// The few marketplace actions the suite's workflows use, done locally with the same libraries
// or the same effect: actions/checkout (the model repository's files into the workspace),
// actions/upload-artifact and actions/download-artifact (@actions/artifact, the library both
// wrap, against the results-service stand-in), actions/github-script (Octokit and the context).
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { Octokit } from '@octokit/rest';

export interface BuiltinContext {
  workspace: string;
  /** The model repository as checked out at the run's commit. */
  repoDir: string;
  repository: string;
  apiUrl: string;
  serverUrl: string;
  token: string;
  runId: number;
  eventName: string;
  payload: Record<string, unknown>;
  /** The step's environment (what `process.env` is inside github-script). */
  env: Record<string, string>;
  log: (line: string) => void;
}

export interface BuiltinResult {
  outputs: Record<string, string>;
}

const NOT_CHECKED_OUT = new Set(['.git', 'node_modules', 'mlops-out']);

function checkout(context: BuiltinContext): BuiltinResult {
  for (const entry of readdirSync(context.repoDir)) {
    if (NOT_CHECKED_OUT.has(entry)) continue;
    cpSync(join(context.repoDir, entry), join(context.workspace, entry), { recursive: true });
  }
  context.log(`checked out ${context.repository} into the workspace`);
  return { outputs: {} };
}

/**
 * `*` and `?` within one path segment, `**` across zero or more segments: enough for the
 * workflows' paths. `searchPath` is the pattern's part before its first wildcard, as @actions/glob
 * reports it (upload-artifact's root comes from it).
 */
function glob(pattern: string, cwd: string): { searchPath: string; found: string[] } {
  const absolute = resolve(cwd, pattern);
  if (!/[*?[]/.test(absolute)) return { searchPath: absolute, found: existsSync(absolute) ? [absolute] : [] };
  const parts = absolute.split(sep);
  const fixed = parts.findIndex((part) => /[*?[]/.test(part));
  const root = parts.slice(0, fixed).join(sep) || sep;
  const toRegex = (part: string) =>
    new RegExp(
      `^${part
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*\*\//g, '\u0001')
        .replace(/\*\*/g, '\u0000')
        .replace(/\*/g, '[^/]*')
        .replace(/\?/g, '[^/]')
        .replace(/\u0001/g, '(?:.*/)?')
        .replace(/\u0000/g, '.*')}$`,
    );
  const matcher = toRegex(parts.slice(fixed).join('/'));
  const found: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      const rel = relative(root, full).split(sep).join('/');
      if (matcher.test(rel)) found.push(full);
      else if (entry.isDirectory()) walk(full);
    }
  };
  walk(root);
  return { searchPath: root, found: found.sort() };
}

function filesUnder(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * upload-artifact's root: the least common ancestor of the search paths, not of the files found
 * (a `**` pattern keeps `sub/` even when every match is in out/sub); a lone file named
 * without a wildcard is stored without its folder.
 */
function artifactRoot(searchPaths: string[], files: string[]): string {
  const within = (path: string, root: string) => path === root || path.startsWith(`${root}${sep}`);
  const paths = [...new Set(searchPaths)].filter((path, _, all) => !all.some((other) => other !== path && within(path, other)));
  if (paths.length === 1) return files.length === 1 && files[0] === paths[0] ? dirname(paths[0]) : paths[0];
  let root = paths[0];
  while (!paths.every((path) => within(path, root))) root = dirname(root);
  return root;
}

async function uploadArtifact(context: BuiltinContext, inputs: Record<string, string>): Promise<BuiltinResult> {
  const name = inputs.name || 'artifact';
  const searches = (inputs.path ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((pattern) => glob(pattern, context.workspace));
  const matched = searches.flatMap((search) => search.found);
  if (matched.length === 0) {
    const message = `No files were found with the provided path: ${inputs.path}. No artifacts will be uploaded.`;
    if ((inputs['if-no-files-found'] || 'warn') === 'error') throw new Error(message);
    context.log(`warning: ${message}`);
    return { outputs: {} };
  }
  const client = new DefaultArtifactClient();
  // As upload-artifact does: with overwrite, the run's artifact of that name is deleted first
  // (the service refuses a second one).
  if (inputs.overwrite === 'true') {
    const deleted = await client.deleteArtifact(name).catch(() => undefined);
    if (deleted) context.log(`overwrite: deleted the earlier artifact ${name} (id ${deleted.id})`);
  }
  const files = matched.flatMap(filesUnder);
  const uploaded = await client.uploadArtifact(
    name,
    files,
    artifactRoot(
      searches.map((search) => search.searchPath),
      files,
    ),
  );
  context.log(`uploaded artifact ${name}: ${files.length} file(s), ${uploaded.size ?? 0} bytes`);
  return { outputs: { 'artifact-id': String(uploaded.id ?? ''), 'artifact-digest': uploaded.digest ?? '' } };
}

async function downloadArtifact(context: BuiltinContext, inputs: Record<string, string>): Promise<BuiltinResult> {
  const client = new DefaultArtifactClient();
  const destination = resolve(context.workspace, inputs.path || '.');
  mkdirSync(destination, { recursive: true });
  if (inputs.name) {
    const { artifact } = await client.getArtifact(inputs.name).catch(() => {
      throw new Error(`Unable to download artifact(s): Artifact not found for name: ${inputs.name}`);
    });
    await client.downloadArtifact(artifact.id, { path: destination });
    context.log(`downloaded artifact ${inputs.name} into ${relative(context.workspace, destination) || '.'}`);
    return { outputs: { 'download-path': destination } };
  }
  const { artifacts } = await client.listArtifacts({ latest: true });
  const pattern = inputs.pattern
    ? new RegExp(
        `^${inputs.pattern
          .replace(/[.+^${}()|\\]/g, '\\$&')
          .replace(/\*/g, '.*')
          .replace(/\?/g, '.')}$`,
      )
    : /.*/;
  const chosen = artifacts.filter((artifact) => pattern.test(artifact.name));
  for (const artifact of chosen) {
    // download-artifact gives each its own folder when no name is given, however many match.
    const into = inputs['merge-multiple'] === 'true' ? destination : join(destination, artifact.name);
    await client.downloadArtifact(artifact.id, { path: into });
  }
  context.log(`downloaded ${chosen.length} artifact(s) matching ${inputs.pattern || '*'}`);
  return { outputs: { 'download-path': destination } };
}

async function githubScript(context: BuiltinContext, inputs: Record<string, string>): Promise<BuiltinResult> {
  const [owner, repo] = context.repository.split('/');
  const github = new Octokit({ auth: context.token, baseUrl: context.apiUrl, log: { debug() {}, info() {}, warn() {}, error() {} } });
  const payload = context.payload as { issue?: { number: number }; pull_request?: { number: number }; number?: number };
  const scriptContext = {
    repo: { owner, repo },
    issue: { owner, repo, number: payload.issue?.number ?? payload.pull_request?.number ?? payload.number },
    payload: context.payload,
    eventName: context.eventName,
    runId: context.runId,
    serverUrl: context.serverUrl,
    apiUrl: context.apiUrl,
  };
  const core = {
    info: context.log,
    warning: (message: string) => context.log(`warning: ${message}`),
    setFailed: (message: string) => {
      throw new Error(message);
    },
  };
  // github-script runs the script in the action's own process, whose environment is the step's.
  const saved = { ...process.env };
  Object.assign(process.env, context.env);
  try {
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<unknown>;
    const result = await new AsyncFunction('github', 'context', 'core', inputs.script ?? '')(github, scriptContext, core);
    return { outputs: { result: result === undefined ? '' : typeof result === 'string' ? result : JSON.stringify(result) } };
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}

const BUILTINS: Record<string, (context: BuiltinContext, inputs: Record<string, string>) => BuiltinResult | Promise<BuiltinResult>> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/github-script': githubScript,
};

/**
 * The local stand-in for a marketplace action (`owner/name@ref`), or undefined when there is
 * none. It runs in this process, where @actions/artifact writes its workflow commands to stdout:
 * those go nowhere (the runner would consume them), the rest of its output into the step's log.
 */
export function builtinAction(
  uses: string,
): ((context: BuiltinContext, inputs: Record<string, string>) => Promise<BuiltinResult>) | undefined {
  const builtin = BUILTINS[uses.split('@')[0]];
  if (!builtin) return undefined;
  return async (context, inputs) => {
    const write = process.stdout.write;
    let logging = false;
    const log = (line: string) => {
      logging = true;
      try {
        context.log(line);
      } finally {
        logging = false;
      }
    };
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      // The step's log itself may end on stdout: that write goes through.
      if (logging) return (write as (...args: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
      for (const line of String(chunk).split('\n')) if (line && !line.startsWith('::')) log(line);
      return true;
    }) as typeof process.stdout.write;
    try {
      return await builtin({ ...context, log }, inputs);
    } finally {
      process.stdout.write = write;
    }
  };
}
