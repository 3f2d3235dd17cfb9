import { resolve } from 'node:path';
import { createGitHubClient } from '../github/client.js';
import { requireRepository } from '../github/context.js';
import { registerModel } from '../registry/register.js';
import { table } from '../report/markdown.js';
import { InputError } from '../runtime/errors.js';
import type { Step } from './types.js';

export const run: Step<'register'> = async ({ inputs, io, env, cwd, run: context }) => {
  const token = inputs['github-token'];
  if (!token)
    throw new InputError(
      'input "github-token" is empty: register publishes a GitHub Release, so it needs a token with `contents: write` (the default ${{ github.token }} works when the job grants it).',
      'github-token',
    );
  const { owner, repo } = requireRepository(context);
  const client = createGitHubClient({ token, apiUrl: context.apiUrl, env, io });

  const result = await registerModel({
    client,
    owner,
    repo,
    modelDir: resolve(cwd, inputs['model-dir']),
    name: inputs.name,
    version: inputs.version,
    alias: inputs.alias,
    notes: inputs.notes,
    requirePassed: inputs['require-passed'] ? resolve(cwd, inputs['require-passed']) : undefined,
    keepVersions: inputs['keep-versions'],
    run: context,
    io,
    tempDir: env.RUNNER_TEMP || undefined,
  });

  const verb = { created: 'Registered', resumed: "Registered (resuming this run's draft)", existing: 'Already registered by this run' }[
    result.action
  ];
  io.info(`${verb} ${result.tag}: ${result.releaseUrl}`);
  const rows: [string, string][] = [
    ['Version', `[${result.tag}](${result.releaseUrl})`],
    ['Archive sha256', `\`${result.sha256}\``],
    ['Parent', result.parent ? `v${result.parent.version}${result.parent.alias ? ` (${result.parent.alias})` : ''}` : 'none'],
  ];
  if (result.alias)
    rows.push([
      `Alias ${result.alias.alias}`,
      result.alias.moved ? `${result.alias.from ? `v${result.alias.from} → ` : ''}v${result.alias.to}` : `already at v${result.alias.to}`,
    ]);
  if (result.retention)
    rows.push([
      'Retention',
      result.retention.deleted.length ? `deleted ${result.retention.deleted.map((v) => `v${v}`).join(', ')}` : 'nothing to delete',
    ]);
  await io.appendSummary(
    `## register: ${verb} ${result.tag}\n\n${table(
      ['', ''],
      rows.map(([k, v]) => [`**${k}**`, v]),
      ['l', 'l'],
    )}\n`,
  );

  return {
    version: result.version,
    tag: result.tag,
    'release-url': result.releaseUrl,
    'release-id': result.releaseId,
    sha256: result.sha256,
  };
};
