// `mlops example` and `mlops github serve`: GitHub on this machine. The example runs the whole
// lifecycle of examples/churn through its own workflow files; `github serve` shows a persisted
// emulated repository (the example's, by default) the way GitHub's pages would.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { startGitHubEmulator } from '../emulator/index.js';
import { repoRoot } from './action-runner.js';
import { choosePort, type LifecycleResult, runLifecycle } from './lifecycle.js';

const LOCAL_GITHUB_PORT = 8090;

const USAGE = `usage:
  mlops example [--out DIR] [--keep] [--verbose] [--port N]
      the whole lifecycle of examples/churn on this machine, against a local GitHub
      (--keep: leave the emulator's web view and the model services running until Ctrl-C)
  mlops github serve [--state DIR] [--port N] [--host ADDRESS]
      a persisted local GitHub (default: the example's) and its web view`;

function flags(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"\n${USAGE}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) out[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[name] = argv[++i];
    else out[name] = true;
  }
  return out;
}

const portFlag = (value: string | true | undefined, name: string, fallback: number) => {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--${name}: "${value}" is not a port (0-65535)`);
  return port;
};

const waitForInterrupt = () =>
  new Promise<void>((resolveWait) => {
    process.once('SIGINT', () => resolveWait());
    process.once('SIGTERM', () => resolveWait());
  });

function summary(result: LifecycleResult, out: string): string {
  const state = result.emulator.state.repos[Object.keys(result.emulator.state.repos)[0]];
  const releases = state.releases.filter((release) => !release.draft).map((release) => release.tagName);
  // Alias tags are an append-only log (`churn@production/000002.v2.…`): the highest entry is current.
  const moves = Object.keys(state.refs)
    .map((ref) => /^refs\/tags\/([\w.-]+@[\w-]+)\/(\d+)\.v(\d+)\./.exec(ref))
    .filter((match) => match !== null);
  const current = new Map<string, { seq: number; version: string }>();
  for (const [, alias, seq, version] of moves) {
    if (!current.has(alias) || Number(seq) > current.get(alias)!.seq) current.set(alias, { seq: Number(seq), version });
  }
  const deployments = state.deployments.map((deployment) => {
    const statuses = state.deploymentStatuses.filter((status) => status.deploymentId === deployment.id);
    return `${deployment.environment}: ${statuses.at(-1)?.state ?? 'no status'}`;
  });
  const issues = state.issues.filter((issue) => !state.pulls.some((pull) => pull.number === issue.number));
  const comments = (number: number) => state.comments.filter((comment) => comment.issueNumber === number).length;
  const lines = [
    '',
    '=== What happened',
    ...result.stages.map((stage) => `  ${stage.run.conclusion === 'success' ? '✓' : '✗'} ${stage.name} (${stage.workflow})`),
    '',
    `  pull request #1: ${comments(1)} comment(s) (the sticky metric diff)`,
    `  releases: ${releases.join(', ') || 'none'}`,
    `  aliases: ${[...current].map(([alias, { version }]) => `${alias} → v${version}`).join(', ') || 'none'} (${moves.length} moves in all)`,
    `  deployments: ${deployments.join('; ') || 'none'}`,
    ...issues.map(
      (issue) =>
        `  issue #${issue.number} "${issue.title}": ${issue.state}${issue.stateReason ? ` (${issue.stateReason})` : ''}, ${comments(issue.number)} comment(s)`,
    ),
    `  retraining dispatches: ${state.dispatches.map((d) => `${d.workflowId} (issue ${String(d.inputs['issue-number'] ?? '?')})`).join(', ') || 'none'}`,
    '',
    '=== Where to look',
    ...Object.entries(result.links).map(([name, url]) => `  ${name.padEnd(13)} ${url}`),
    `  everything the run wrote: ${relative(process.cwd(), out) || '.'}`,
  ];
  return lines.join('\n');
}

async function example(options: Record<string, string | true>): Promise<number> {
  const out = resolve(typeof options.out === 'string' ? options.out : join(repoRoot, 'mlops-out/example'));
  const verbose = options.verbose === true;
  const keep = options.keep === true;
  const started = Date.now();
  const result = await runLifecycle({
    outDir: out,
    // One port for the run and for `github serve` later, so the links it prints (and the ones in
    // comments and model cards) keep working.
    port: options.port !== undefined ? portFlag(options.port, 'port', 0) : await choosePort(LOCAL_GITHUB_PORT),
    // The workflow's defaults when they are free; a laptop often has something on 8080.
    stagingPort: await choosePort(8081),
    productionPort: await choosePort(8080),
    keepServices: keep,
    log: (line) => {
      // Without --verbose, the outline: stages, jobs and steps (the actions' own logs are in the run folders).
      if (verbose || /^(\n?===|▶|✓|✗|○|\s\s[✓✗○!])/.test(line)) process.stdout.write(`${line}\n`);
    },
  });
  process.stdout.write(`${summary(result, out)}\n`);
  if (result.productionUrl)
    process.stdout.write(`  production service ${result.productionUrl}${keep ? '' : ' (stopped at the end; --keep leaves it up)'}\n`);
  const failed = result.stages.filter((stage) => stage.run.conclusion !== 'success');
  process.stdout.write(
    `\n${failed.length ? `✗ ${failed.length} stage(s) failed` : '✓ the whole lifecycle ran'} in ${((Date.now() - started) / 1000).toFixed(0)} s.\n`,
  );
  if (keep) {
    process.stdout.write('Keeping the local GitHub and the services running: Ctrl-C stops them.\n');
    await waitForInterrupt();
  } else {
    process.stdout.write(
      `The local GitHub and the services are stopped. To open the links above again: node bin/mlops.js github serve --state ${relative(process.cwd(), join(out, 'github')) || '.'}\n`,
    );
  }
  await result.close();
  return failed.length ? 1 : 0;
}

async function serve(options: Record<string, string | true>): Promise<number> {
  const state = resolve(typeof options.state === 'string' ? options.state : join(repoRoot, 'mlops-out/example/github'));
  if (!existsSync(join(state, 'state.json'))) {
    process.stderr.write(`--state: ${state} has no state.json. Run \`npm run example\` first, or give the folder a run persisted.\n`);
    return 2;
  }
  const emulator = await startGitHubEmulator({
    persistDir: state,
    port: options.port !== undefined ? portFlag(options.port, 'port', 0) : await choosePort(LOCAL_GITHUB_PORT),
    host: typeof options.host === 'string' ? options.host : '127.0.0.1',
  });
  const repos = Object.values(emulator.state.repos).map((repo) => `${emulator.serverUrl}/${repo.fullName}`);
  process.stdout.write(`Local GitHub on ${emulator.serverUrl}/ (API ${emulator.apiUrl}), from ${relative(process.cwd(), state) || '.'}\n`);
  for (const url of repos) process.stdout.write(`  ${url}\n`);
  process.stdout.write('Ctrl-C stops it.\n');
  await waitForInterrupt();
  await emulator.close();
  return 0;
}

export async function runLocalCli(argv: string[]): Promise<number> {
  try {
    const [command, sub, ...rest] = argv;
    if (command === 'example') return await example(flags(argv.slice(1)));
    if (command === 'github' && sub === 'serve') return await serve(flags(rest));
    process.stderr.write(`${USAGE}\n`);
    return 2;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  }
}
