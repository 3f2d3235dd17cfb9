import { createGitHubClient } from '../github/client.js';
import { InputError, isUserError } from '../runtime/errors.js';
import { createCliIO } from '../runtime/io.js';
import { moveAlias, rollbackAlias } from './aliases.js';
import { formatModelListing, listModel } from './list.js';
import { parseModelRef, validateModelName } from './names.js';

export const REGISTRY_USAGE = `Usage:
  mlops registry list <name> [--json]           versions (newest first) and aliases with their history
  mlops registry move <name>@<alias> <vN>       point an alias at a version (one atomic ref)
  mlops registry rollback <name>@<alias>        move an alias back to the version it had before

The repository is --repo owner/name or GITHUB_REPOSITORY; the token is GITHUB_TOKEN or GH_TOKEN
(moving an alias needs contents: write).
`;

interface Streams {
  out: (text: string) => void;
  err: (text: string) => void;
}

function takeOption(args: string[], name: string): string | undefined {
  const index = args.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index < 0) return undefined;
  const [arg] = args.splice(index, 1);
  if (arg!.includes('=')) return arg!.slice(name.length + 1);
  const value = args.splice(index, 1)[0];
  if (value === undefined) throw new InputError(`${name} needs a value.`);
  return value;
}

/** `mlops registry …`: returns the exit code (0 done, 1 failed, 2 usage). */
export async function runRegistryCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
  streams: Streams = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) },
): Promise<number> {
  const args = [...argv];
  const [command] = args.splice(0, 1);
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    streams.out(REGISTRY_USAGE);
    return command ? 0 : 2;
  }
  const io = createCliIO((line) => streams.err(`${line}\n`));
  try {
    const json = args.includes('--json');
    if (json) args.splice(args.indexOf('--json'), 1);
    const repository = takeOption(args, '--repo') ?? env.GITHUB_REPOSITORY;
    const [owner, repo, extra] = (repository ?? '').split('/');
    if (!owner || !repo || extra !== undefined)
      throw new InputError('give the repository as --repo owner/name (or set GITHUB_REPOSITORY).');
    const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
    const client = createGitHubClient({ token, env, io });
    const unexpected = (count: number) => {
      if (args.length !== count)
        throw new InputError(
          `mlops registry ${command} takes ${count} argument${count === 1 ? '' : 's'}, got ${args.length}: see \`mlops registry --help\`.`,
        );
    };

    if (command === 'list') {
      unexpected(1);
      const name = validateModelName(args[0]!, 'name');
      const listing = await listModel(client, { owner, repo, name });
      streams.out(json ? `${JSON.stringify(listing, null, 2)}\n` : formatModelListing(listing));
      return 0;
    }
    if (command === 'move' || command === 'rollback') {
      unexpected(command === 'move' ? 2 : 1);
      const ref = parseModelRef(args[0]!, 'alias');
      if (ref?.kind !== 'alias') throw new InputError(`"${args[0]}" is not name@alias.`);
      const actor = env.GITHUB_ACTOR ?? env.USER;
      let result: Awaited<ReturnType<typeof moveAlias>>;
      if (command === 'move') {
        const version = /^v?([1-9]\d*)$/.exec(args[1]!)?.[1];
        if (!version) throw new InputError(`"${args[1]}" is not a version such as v3.`);
        result = await moveAlias(client, { owner, repo, name: ref.name, alias: ref.alias, version: Number(version), actor, io });
      } else {
        result = await rollbackAlias(client, { owner, repo, name: ref.name, alias: ref.alias, actor, io });
      }
      streams.out(
        json
          ? `${JSON.stringify(result)}\n`
          : `${ref.name}@${ref.alias}: ${result.moved ? `${result.from ? `v${result.from} → ` : ''}v${result.to}` : `already at v${result.to}`}\n`,
      );
      return 0;
    }
    throw new InputError(`unknown registry command "${command}": see \`mlops registry --help\`.`);
  } catch (error) {
    if (!isUserError(error)) throw error;
    streams.err(`mlops registry: ${error.message}\n`);
    return error instanceof InputError ? 2 : 1;
  }
}
