// Turns state into the JSON objects GitHub returns (shapes checked against the OpenAPI schemas).
import type {
  AssetState,
  CommentState,
  DeploymentState,
  DeploymentStatusState,
  IssueState,
  LabelState,
  PullState,
  ReleaseState,
  RepoState,
} from './types.js';
import { createHash } from 'node:crypto';

export interface Origins {
  apiUrl: string;
  uploadUrl: string;
  serverUrl: string;
}

const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282 };

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

function userId(login: string): number {
  if (login === GITHUB_ACTIONS_BOT.login) return GITHUB_ACTIONS_BOT.id;
  return 1_000_000 + (createHash('sha1').update(login.toLowerCase()).digest().readUInt32BE(0) % 90_000_000);
}

export function renderUser(o: Origins, login: string) {
  const id = userId(login);
  const url = `${o.apiUrl}/users/${encodeURIComponent(login)}`;
  const bot = login.endsWith('[bot]');
  return {
    login,
    id,
    node_id: nodeId(bot ? 'Bot' : 'User', id),
    avatar_url: `${o.serverUrl}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url,
    html_url: bot ? `${o.serverUrl}/apps/${login.replace(/\[bot\]$/, '')}` : `${o.serverUrl}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: bot ? 'Bot' : 'User',
    user_view_type: 'public',
    site_admin: false,
  };
}

export function repoApiUrl(o: Origins, repo: RepoState): string {
  return `${o.apiUrl}/repos/${repo.owner}/${repo.name}`;
}

export function repoHtmlUrl(o: Origins, repo: RepoState): string {
  return `${o.serverUrl}/${repo.owner}/${repo.name}`;
}

/** The `full-repository` shape (also satisfies `repository`, used inside pull requests). */
export function renderRepository(o: Origins, repo: RepoState, permissions?: { admin: boolean; push: boolean; pull: boolean }) {
  const url = repoApiUrl(o, repo);
  const html = repoHtmlUrl(o, repo);
  const openIssues = repo.issues.filter((i) => i.state === 'open').length;
  const host = new URL(o.serverUrl).host;
  return {
    id: repo.id,
    node_id: nodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    owner: renderUser(o, repo.owner),
    html_url: html,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://${host}/${repo.fullName}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@${host}:${repo.fullName}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: html,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: repo.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: repo.private ? 'private' : 'public',
    pushed_at: repo.updatedAt,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
    network_count: 0,
    subscribers_count: 0,
    ...(permissions ? { permissions: { ...permissions, maintain: permissions.admin, triage: permissions.push } } : {}),
  };
}

export function renderLabel(o: Origins, repo: RepoState, label: LabelState) {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${repoApiUrl(o, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  };
}

function findLabel(repo: RepoState, name: string): LabelState | undefined {
  const lower = name.toLowerCase();
  return repo.labels.find((l) => l.name.toLowerCase() === lower);
}

function renderIssueLabels(o: Origins, repo: RepoState, names: string[]) {
  return names
    .map((name) => findLabel(repo, name))
    .filter((l): l is LabelState => Boolean(l))
    .map((l) => renderLabel(o, repo, l));
}

function authorAssociation(repo: RepoState, login: string): 'OWNER' | 'NONE' | 'CONTRIBUTOR' {
  if (login.toLowerCase() === repo.owner.toLowerCase()) return 'OWNER';
  return login.endsWith('[bot]') ? 'CONTRIBUTOR' : 'NONE';
}

export function renderIssue(o: Origins, repo: RepoState, issue: IssueState) {
  const url = `${repoApiUrl(o, repo)}/issues/${issue.number}`;
  const htmlKind = issue.isPullRequest ? 'pull' : 'issues';
  const assignees = issue.assignees.map((login) => renderUser(o, login));
  return {
    id: issue.id,
    node_id: nodeId('Issue', issue.id),
    url,
    repository_url: repoApiUrl(o, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${repoHtmlUrl(o, repo)}/${htmlKind}/${issue.number}`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(o, issue.user),
    labels: renderIssueLabels(o, repo, issue.labels),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
    ...(issue.isPullRequest
      ? {
          pull_request: {
            url: `${repoApiUrl(o, repo)}/pulls/${issue.number}`,
            html_url: `${repoHtmlUrl(o, repo)}/pull/${issue.number}`,
            diff_url: `${repoHtmlUrl(o, repo)}/pull/${issue.number}.diff`,
            patch_url: `${repoHtmlUrl(o, repo)}/pull/${issue.number}.patch`,
            merged_at: null,
          },
          draft: repo.pulls.find((p) => p.number === issue.number)?.draft ?? false,
        }
      : {}),
    closed_at: issue.closedAt,
    closed_by: issue.closedBy ? renderUser(o, issue.closedBy) : null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: authorAssociation(repo, issue.user),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    reactions: reactions(`${url}/reactions`),
  };
}

function reactions(url: string) {
  return { url, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

export function renderComment(o: Origins, repo: RepoState, comment: CommentState) {
  const issue = repo.issues.find((i) => i.number === comment.issueNumber);
  const url = `${repoApiUrl(o, repo)}/issues/comments/${comment.id}`;
  return {
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    url,
    html_url: `${repoHtmlUrl(o, repo)}/${issue?.isPullRequest ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(o, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApiUrl(o, repo)}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(repo, comment.user),
    performed_via_github_app: null,
    reactions: reactions(`${url}/reactions`),
  };
}

export function renderPull(o: Origins, repo: RepoState, pull: PullState, issue: IssueState, full: boolean) {
  const url = `${repoApiUrl(o, repo)}/pulls/${pull.number}`;
  const html = `${repoHtmlUrl(o, repo)}/pull/${pull.number}`;
  const issueUrl = `${repoApiUrl(o, repo)}/issues/${pull.number}`;
  const assignees = issue.assignees.map((login) => renderUser(o, login));
  const repository = renderRepository(o, repo);
  const branch = (side: PullState['head']) => ({
    label: `${repo.owner}:${side.ref}`,
    ref: side.ref,
    sha: side.sha,
    user: renderUser(o, repo.owner),
    repo: repository,
  });
  const simple = {
    url,
    id: pull.id,
    node_id: nodeId('PullRequest', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoApiUrl(o, repo)}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${repoApiUrl(o, repo)}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: renderUser(o, issue.user),
    body: issue.body,
    labels: renderIssueLabels(o, repo, issue.labels),
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: assignees[0] ?? null,
    assignees,
    requested_reviewers: [],
    requested_teams: [],
    head: branch(pull.head),
    base: branch(pull.base),
    _links: {
      self: { href: url },
      html: { href: html },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoApiUrl(o, repo)}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoApiUrl(o, repo)}/statuses/${pull.head.sha}` },
    },
    author_association: authorAssociation(repo, issue.user),
    auto_merge: null,
    draft: pull.draft,
  };
  if (!full) return simple;
  return {
    ...simple,
    merged: pull.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: repo.comments.filter((c) => c.issueNumber === pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

/** The segment a release's download links use: its tag once published, `untagged-…` while a draft. */
export function releaseDownloadSegment(release: ReleaseState): string {
  return release.draft ? `untagged-${release.untaggedId}` : release.tagName;
}

export function renderAsset(o: Origins, repo: RepoState, asset: AssetState) {
  const release = repo.releases.find((r) => r.id === asset.releaseId);
  return {
    url: `${repoApiUrl(o, repo)}/releases/assets/${asset.id}`,
    id: asset.id,
    node_id: nodeId('ReleaseAsset', asset.id),
    name: asset.name,
    label: asset.label,
    uploader: renderUser(o, asset.uploader),
    content_type: asset.contentType,
    state: asset.state,
    size: asset.size,
    digest: `sha256:${asset.sha256}`,
    download_count: asset.downloadCount,
    created_at: asset.createdAt,
    updated_at: asset.updatedAt,
    browser_download_url: `${repoHtmlUrl(o, repo)}/releases/download/${release ? releaseDownloadSegment(release) : 'unknown'}/${encodeURIComponent(asset.name)}`,
  };
}

export function renderRelease(o: Origins, repo: RepoState, release: ReleaseState) {
  const url = `${repoApiUrl(o, repo)}/releases/${release.id}`;
  const html = release.draft
    ? `${repoHtmlUrl(o, repo)}/releases/tag/untagged-${release.untaggedId}`
    : `${repoHtmlUrl(o, repo)}/releases/tag/${release.tagName}`;
  return {
    url,
    html_url: html,
    assets_url: `${url}/assets`,
    upload_url: `${o.uploadUrl}/repos/${repo.owner}/${repo.name}/releases/${release.id}/assets{?name,label}`,
    tarball_url: release.draft ? null : `${repoApiUrl(o, repo)}/tarball/${release.tagName}`,
    zipball_url: release.draft ? null : `${repoApiUrl(o, repo)}/zipball/${release.tagName}`,
    id: release.id,
    node_id: nodeId('Release', release.id),
    tag_name: release.tagName,
    target_commitish: release.targetCommitish,
    name: release.name,
    body: release.body,
    draft: release.draft,
    prerelease: release.prerelease,
    immutable: false,
    created_at: release.createdAt,
    published_at: release.publishedAt,
    updated_at: release.updatedAt,
    author: renderUser(o, release.author),
    assets: repo.assets.filter((a) => a.releaseId === release.id).map((a) => renderAsset(o, repo, a)),
  };
}

export function renderGitRef(o: Origins, repo: RepoState, ref: string, sha: string) {
  return {
    ref,
    node_id: nodeId('Ref', `${repo.id}:${ref}`),
    url: `${repoApiUrl(o, repo)}/git/${ref.split('/').map(encodeURIComponent).join('/')}`,
    object: { sha, type: 'commit', url: `${repoApiUrl(o, repo)}/git/commits/${sha}` },
  };
}

export function renderCommit(o: Origins, repo: RepoState, sha: string) {
  const commit = repo.commits[sha];
  const author = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com', date: commit.date };
  return {
    url: `${repoApiUrl(o, repo)}/commits/${sha}`,
    sha,
    node_id: nodeId('Commit', sha),
    html_url: `${repoHtmlUrl(o, repo)}/commit/${sha}`,
    comments_url: `${repoApiUrl(o, repo)}/commits/${sha}/comments`,
    commit: {
      url: `${repoApiUrl(o, repo)}/git/commits/${sha}`,
      author,
      committer: author,
      message: commit.message,
      comment_count: 0,
      tree: { sha: createHash('sha1').update(`tree:${sha}`).digest('hex'), url: `${repoApiUrl(o, repo)}/git/trees/${sha}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: renderUser(o, GITHUB_ACTIONS_BOT.login),
    committer: renderUser(o, GITHUB_ACTIONS_BOT.login),
    parents: commit.parents.map((parent) => ({
      sha: parent,
      url: `${repoApiUrl(o, repo)}/commits/${parent}`,
      html_url: `${repoHtmlUrl(o, repo)}/commit/${parent}`,
    })),
    stats: { additions: 0, deletions: 0, total: 0 },
    files: [],
  };
}

export function renderTag(o: Origins, repo: RepoState, name: string, sha: string) {
  return {
    name,
    commit: { sha, url: `${repoApiUrl(o, repo)}/commits/${sha}` },
    zipball_url: `${repoApiUrl(o, repo)}/zipball/refs/tags/${name}`,
    tarball_url: `${repoApiUrl(o, repo)}/tarball/refs/tags/${name}`,
    node_id: nodeId('Tag', `${repo.id}:${name}`),
  };
}

export function renderDeployment(o: Origins, repo: RepoState, deployment: DeploymentState) {
  const url = `${repoApiUrl(o, repo)}/deployments/${deployment.id}`;
  return {
    url,
    id: deployment.id,
    node_id: nodeId('Deployment', deployment.id),
    sha: deployment.sha,
    ref: deployment.ref,
    task: deployment.task,
    payload: deployment.payload,
    original_environment: deployment.originalEnvironment,
    environment: deployment.environment,
    description: deployment.description,
    creator: renderUser(o, deployment.creator),
    created_at: deployment.createdAt,
    updated_at: deployment.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: repoApiUrl(o, repo),
    transient_environment: deployment.transientEnvironment,
    production_environment: deployment.productionEnvironment,
    performed_via_github_app: null,
  };
}

export function renderDeploymentStatus(o: Origins, repo: RepoState, status: DeploymentStatusState) {
  const deploymentUrl = `${repoApiUrl(o, repo)}/deployments/${status.deploymentId}`;
  return {
    url: `${deploymentUrl}/statuses/${status.id}`,
    id: status.id,
    node_id: nodeId('DeploymentStatus', status.id),
    state: status.state,
    creator: renderUser(o, status.creator),
    description: status.description,
    environment: status.environment,
    target_url: status.targetUrl,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
    deployment_url: deploymentUrl,
    repository_url: repoApiUrl(o, repo),
    environment_url: status.environmentUrl,
    log_url: status.logUrl,
    performed_via_github_app: null,
  };
}
