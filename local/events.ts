import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface WebhookExamples {
  name: string;
  examples: Record<string, any>[];
}

let examples: WebhookExamples[] | undefined;
function recorded(name: string): Record<string, any>[] {
  examples ??= require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];
  const found = examples.find((entry) => entry.name === name);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${name} payload`);
  return found.examples;
}

export type EventName = 'pull_request' | 'push' | 'schedule' | 'workflow_dispatch';

export interface EventOptions {
  /** `owner/name` the payload is rewritten to, so it matches the emulator's repository. */
  repository: string;
  /** pull_request: the action (default `synchronize` if recorded, else `opened`). */
  action?: string;
  /** pull_request: the number. */
  number?: number;
  headSha?: string;
  headRef?: string;
  baseRef?: string;
  /** pull_request: whether the head is a fork. */
  fork?: boolean;
  /** schedule: the cron line. */
  cron?: string;
  /** workflow_dispatch: the inputs. */
  inputs?: Record<string, string>;
  /** The repository's default branch (`main` unless given). */
  defaultBranch?: string;
}

function rewriteRepository(repository: Record<string, any>, fullName: string, defaultBranch = 'main'): Record<string, any> {
  const [owner, name] = fullName.split('/');
  return {
    ...repository,
    default_branch: defaultBranch,
    ...('master_branch' in repository ? { master_branch: defaultBranch } : {}),
    name,
    full_name: fullName,
    owner: { ...repository.owner, login: owner },
    html_url: `https://github.com/${fullName}`,
    url: `https://api.github.com/repos/${fullName}`,
  };
}

/**
 * A real payload shape recorded from GitHub (@octokit/webhooks-examples), rewritten to the
 * test's repository. GitHub sends `schedule` with no recorded example; its payload is the
 * cron line, the repository and the workflow, as the runner writes it.
 */
export function eventPayload(name: EventName, options: EventOptions): Record<string, any> {
  if (name === 'schedule') {
    const base = structuredClone(recorded('push')[0]);
    return {
      schedule: options.cron ?? '0 6 * * *',
      repository: rewriteRepository(base.repository, options.repository, options.defaultBranch),
      workflow: '.github/workflows/ml-monitor.yml',
    };
  }
  const candidates = recorded(name);
  const wanted = options.action ?? (name === 'pull_request' ? 'synchronize' : undefined);
  const match = wanted ? candidates.find((example) => example.action === wanted) : undefined;
  const opened = name === 'pull_request' ? candidates.find((example) => example.action === 'opened') : undefined;
  const chosen: Record<string, any> = structuredClone(match ?? opened ?? candidates[0]);
  if (wanted && name === 'pull_request') chosen.action = wanted;
  chosen.repository = rewriteRepository(chosen.repository, options.repository, options.defaultBranch);
  if (name === 'pull_request') {
    const number = options.number ?? chosen.number;
    chosen.number = number;
    const pr = chosen.pull_request;
    pr.number = number;
    pr.head.sha = options.headSha ?? pr.head.sha;
    pr.head.ref = options.headRef ?? pr.head.ref;
    pr.base.ref = options.baseRef ?? pr.base.ref;
    pr.base.repo = rewriteRepository(pr.base.repo, options.repository, options.defaultBranch);
    pr.head.repo = options.fork
      ? rewriteRepository(pr.head.repo, `fork-owner/${options.repository.split('/')[1]}`)
      : rewriteRepository(pr.head.repo, options.repository);
    pr.head.repo.fork = Boolean(options.fork);
  }
  if (name === 'push' && options.headSha) chosen.after = options.headSha;
  if (name === 'workflow_dispatch') chosen.inputs = options.inputs ?? chosen.inputs ?? {};
  return chosen;
}
