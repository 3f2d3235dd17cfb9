import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGitHubClient } from '../github/client.js';
import { readRunContext } from '../github/context.js';
import { resolveModel } from '../registry/resolve.js';
import { InputError, isUserError } from '../runtime/errors.js';
import { createCliIO } from '../runtime/io.js';
import { parseServeArgs, serveMain } from '../serve/index.js';

export const SERVE_HELP = `Usage: mlops serve <package folder | name@alias | name/vN> [flags]

Serves a model package over HTTP: the Open Inference Protocol v2 (/v2/...), TensorFlow Serving
REST (/v1/models/...:predict) and /predict, with dynamic batching and /metrics. The package is
verified (sha256 of every file) before it loads. A registry reference is downloaded and verified
first (needs GITHUB_TOKEN and GITHUB_REPOSITORY). Binds 127.0.0.1 unless --host says otherwise;
a bearer token is read from MLOPS_SERVE_TOKEN. SIGTERM drains and exits.

Flags: --host --port --name --version --max-batch-size --max-wait-ms --max-concurrent-calls
--no-batching --queue-limit --request-timeout-ms --body-limit-bytes --prediction-log PATH
--prediction-log-max-bytes --prediction-log-files --token-env NAME --control SOCKET
`;

/** `mlops serve …`: resolves a registry reference to a verified folder, then runs the service until a signal stops it. */
export async function runServeCli(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const io = createCliIO();
  try {
    const options = parseServeArgs(argv, env);
    if (!existsSync(resolve(options.package))) {
      const token = env.GITHUB_TOKEN || env.GH_TOKEN;
      const context = readRunContext(env);
      if (!token || !context.owner || !context.repo) {
        throw new InputError(
          `${options.package} is not a folder; to serve a registered version set GITHUB_TOKEN and GITHUB_REPOSITORY=owner/name.`,
          'package',
        );
      }
      io.setSecret(token);
      const client = createGitHubClient({ token, apiUrl: context.apiUrl, env, io });
      const resolved = await resolveModel(options.package, {
        client,
        repository: { owner: context.owner, repo: context.repo },
        io,
        env,
        input: 'package',
      });
      options.package = resolved.dir;
      options.name ??= resolved.name;
      options.version ??= resolved.version !== undefined ? String(resolved.version) : undefined;
    }
    const service = await serveMain(options);
    io.info(`mlops serve: ${service.model.name} ${service.model.version} at ${service.url}`);
    return 0;
  } catch (error) {
    if (!isUserError(error)) throw error;
    process.stderr.write(`mlops serve: ${error.message}\n`);
    return error instanceof InputError ? 2 : 1;
  }
}
