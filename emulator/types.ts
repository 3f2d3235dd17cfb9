// Public types of the GitHub REST emulator. Other parts of the suite code against these.

export type Permission = 'read' | 'write';

export interface TokenGrant {
  permissions: Record<string, Permission>;
  login?: string;
}

export type ValidationMode = 'strict' | 'record' | 'off';

export interface GitHubEmulatorOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** API port; default 0 (a free one). */
  port?: number;
  /** The upload host is a separate server, like uploads.github.com; default 0 (a free port). */
  uploadPort?: number;
  /** Load state from, and save it to, this folder (state.json plus one file per asset). */
  persistDir?: string;
  /** 'strict' (default): an invalid request is answered with GitHub's 4xx and recorded. 'record': only recorded. */
  validate?: ValidationMode;
  /** When absent any token is accepted with every permission. */
  tokens?: Record<string, TokenGrant>;
  /**
   * Whose REST API to be: api.github.com (default: API and uploads on two origins), or GitHub
   * Enterprise Server 3.19 (one origin: the API under /api/v3, uploads under /api/uploads,
   * validated against GHES's own description).
   */
  flavor?: 'api.github.com' | 'ghes-3.19';
}

export interface GitHubEmulator {
  /** e.g. http://127.0.0.1:PORT: GITHUB_API_URL / Octokit baseUrl. */
  apiUrl: string;
  /** Origin of the upload server. */
  uploadUrl: string;
  /** Origin of html_url / browser_download_url links (the API server also serves downloads). */
  serverUrl: string;
  state: EmulatorState;
  seedRepo(fullName: string, opts?: { defaultBranch?: string; sha?: string; private?: boolean }): RepoState;
  seedPullRequest(
    fullName: string,
    opts: { number?: number; head: string; base?: string; title?: string; headSha?: string; body?: string },
  ): PullState;
  /** Stores a run a local workflow runner made, for the web view's Actions tab (re-runs replace the attempt). */
  recordWorkflowRun(fullName: string, run: WorkflowRunState): void;
  faults: { inject(rule: FaultRule): void; clear(): void };
  requests: RecordedRequest[];
  validationErrors: ValidationIssue[];
  close(): Promise<void>;
}

export type FaultRule = {
  method?: string;
  /** OpenAPI template like '/repos/{owner}/{repo}/releases/{release_id}/assets', or a regex tested on the path. */
  route?: string | RegExp;
  /** How many matching requests get the fault; default 1; Infinity allowed. */
  times?: number;
  /** Let this many matching requests through first. */
  after?: number;
} & (
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'secondary-rate-limit'; retryAfter: number }
  /** Primary limit exhausted: 403, x-ratelimit-remaining 0, x-ratelimit-reset `resetAfter` seconds from now. */
  | { kind: 'rate-limit'; resetAfter: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'timeout' }
);

export interface RecordedRequest {
  method: string;
  url: string;
  /** OpenAPI path template the request matched, or null when the emulator does not serve it. */
  route: string | null;
  /** 0 while the request is still open (e.g. a 'timeout' fault). */
  status: number;
  durationMs: number;
  operationId?: string;
  /** The fault kind applied to this request, if any. */
  fault?: FaultRule['kind'];
}

export interface ValidationIssue {
  method: string;
  url: string;
  route: string | null;
  where: 'request' | 'response';
  message: string;
}

// ---- State (plain JSON, persisted as state.json) ----

export interface EmulatorState {
  version: 1;
  /** Ids are global across repositories, as on GitHub. */
  nextId: number;
  /** Keyed by lower-case `owner/name`: GitHub repository names are case-insensitive. */
  repos: Record<string, RepoState>;
}

export interface CommitState {
  sha: string;
  parents: string[];
  message: string;
  date: string;
}

export interface RepoState {
  id: number;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  private: boolean;
  createdAt: string;
  updatedAt: string;
  /** Known commits: refs may only point at these (GitHub answers 422 "Object does not exist" otherwise). */
  commits: Record<string, CommitState>;
  /** Fully qualified ref ('refs/heads/main', 'refs/tags/v1') to commit sha. */
  refs: Record<string, string>;
  /** Issues and pull requests share one number sequence, as on GitHub. */
  nextNumber: number;
  issues: IssueState[];
  pulls: PullState[];
  comments: CommentState[];
  labels: LabelState[];
  releases: ReleaseState[];
  assets: AssetState[];
  deployments: DeploymentState[];
  deploymentStatuses: DeploymentStatusState[];
  dispatches: DispatchState[];
  /** Workflow runs a local runner reported (recordWorkflowRun); GitHub's Actions tab. Absent in older state files. */
  workflowRuns?: WorkflowRunState[];
}

export interface WorkflowRunState {
  id: number;
  attempt: number;
  /** The workflow's name, and its file under .github/workflows. */
  name: string;
  path: string;
  event: string;
  headSha: string;
  headBranch: string;
  conclusion: 'success' | 'failure';
  createdAt: string;
  jobs: {
    name: string;
    conclusion: 'success' | 'failure' | 'skipped';
    runsOn?: unknown;
    environment?: string;
    steps: {
      name: string;
      conclusion: 'success' | 'failure' | 'skipped';
      outcome: 'success' | 'failure' | 'skipped';
      error?: string;
      /** Why a skipped step did not run. */
      note?: string;
      log?: string;
    }[];
  }[];
}

export interface IssueState {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  /** Label names, in the order they were added. */
  labels: string[];
  assignees: string[];
  user: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  isPullRequest: boolean;
}

export interface PullState {
  /** The pull request's own id (distinct from its issue id, as on GitHub). */
  id: number;
  number: number;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  draft: boolean;
  merged: boolean;
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface LabelState {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface ReleaseState {
  id: number;
  tagName: string;
  targetCommitish: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  makeLatest: 'true' | 'false' | 'legacy';
  author: string;
  createdAt: string;
  publishedAt: string | null;
  updatedAt: string;
  /** Drafts have no tag yet; their links use `untagged-<this>`, as on GitHub. */
  untaggedId: string;
}

export interface AssetState {
  id: number;
  releaseId: number;
  name: string;
  label: string | null;
  contentType: string;
  size: number;
  sha256: string;
  state: 'uploaded' | 'open';
  downloadCount: number;
  uploader: string;
  createdAt: string;
  updatedAt: string;
}

export interface DeploymentState {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  originalEnvironment: string;
  description: string | null;
  payload: Record<string, unknown> | string;
  transientEnvironment: boolean;
  productionEnvironment: boolean;
  requiredContexts: string[] | null;
  autoMerge: boolean;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export type DeploymentStatusValue = 'error' | 'failure' | 'inactive' | 'pending' | 'success' | 'queued' | 'in_progress';

export interface DeploymentStatusState {
  id: number;
  deploymentId: number;
  state: DeploymentStatusValue;
  description: string;
  environment: string;
  targetUrl: string;
  logUrl: string;
  environmentUrl: string;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface DispatchState {
  /** The workflow id or file name, as given in the path. */
  workflowId: string;
  ref: string;
  inputs: Record<string, unknown>;
  actor: string;
  createdAt: string;
  /** Set when the caller asked for run details (return_run_details). */
  runId?: number;
}
