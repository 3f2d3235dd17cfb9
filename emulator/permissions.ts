// Which GITHUB_TOKEN permission each served operation needs, and GitHub's 403 for a missing one.
import type { Permission, TokenGrant } from './types.js';

/** Each inner list is one sufficient set (all of it needed); any one set is enough. */
type Requirement = Array<Array<[scope: string, level: Permission]>>;

const read = (scope: string): Requirement => [[[scope, 'read']]];
const write = (scope: string): Requirement => [[[scope, 'write']]];
// Issue endpoints also serve pull requests, so either permission works (as on GitHub).
const issuesOrPulls = (level: Permission): Requirement => [[['issues', level]], [['pull_requests', level]]];

const REQUIREMENTS: Record<string, Requirement> = {
  'rate-limit/get': [],
  'repos/get': read('metadata'),
  'pulls/list': read('pull_requests'),
  'pulls/get': read('pull_requests'),
  'issues/list-for-repo': read('issues'),
  'issues/create': write('issues'),
  'issues/get': issuesOrPulls('read'),
  'issues/update': issuesOrPulls('write'),
  'issues/list-comments': issuesOrPulls('read'),
  'issues/create-comment': issuesOrPulls('write'),
  'issues/get-comment': issuesOrPulls('read'),
  'issues/update-comment': issuesOrPulls('write'),
  'issues/delete-comment': issuesOrPulls('write'),
  'issues/list-labels-on-issue': issuesOrPulls('read'),
  'issues/add-labels': issuesOrPulls('write'),
  'issues/set-labels': issuesOrPulls('write'),
  'issues/remove-label': issuesOrPulls('write'),
  'issues/list-labels-for-repo': issuesOrPulls('read'),
  'issues/create-label': issuesOrPulls('write'),
  'issues/get-label': issuesOrPulls('read'),
  'repos/list-releases': read('contents'),
  'repos/create-release': write('contents'),
  'repos/get-latest-release': read('contents'),
  'repos/get-release-by-tag': read('contents'),
  'repos/get-release': read('contents'),
  'repos/update-release': write('contents'),
  'repos/delete-release': write('contents'),
  'repos/list-release-assets': read('contents'),
  'repos/upload-release-asset': write('contents'),
  'repos/get-release-asset': read('contents'),
  'repos/update-release-asset': write('contents'),
  'repos/delete-release-asset': write('contents'),
  'git/get-ref': read('contents'),
  'git/list-matching-refs': read('contents'),
  'git/create-ref': write('contents'),
  'git/update-ref': write('contents'),
  'git/delete-ref': write('contents'),
  'repos/list-tags': read('metadata'),
  'repos/get-commit': read('contents'),
  'repos/list-deployments': read('deployments'),
  'repos/create-deployment': write('deployments'),
  'repos/get-deployment': read('deployments'),
  'repos/delete-deployment': write('deployments'),
  'repos/list-deployment-statuses': read('deployments'),
  'repos/create-deployment-status': write('deployments'),
  'repos/get-deployment-status': read('deployments'),
  'actions/create-workflow-dispatch': write('actions'),
};

export function requirementFor(operationId: string): Requirement {
  const requirement = REQUIREMENTS[operationId];
  if (!requirement) throw new Error(`GitHub emulator: no permission rule for ${operationId}`);
  return requirement;
}

function grants(grant: TokenGrant | 'all', scope: string, level: Permission): boolean {
  if (grant === 'all') return true;
  // Every GITHUB_TOKEN can read repository metadata.
  if (scope === 'metadata' && level === 'read') return true;
  const held = grant.permissions[scope];
  return held === 'write' || (held === 'read' && level === 'read');
}

export function isAllowed(grant: TokenGrant | 'all', requirement: Requirement): boolean {
  return requirement.length === 0 || requirement.some((set) => set.every(([scope, level]) => grants(grant, scope, level)));
}

/** `x-accepted-github-permissions`: sets separated by "; ", permissions within a set by ",". */
export function acceptedPermissionsHeader(requirement: Requirement): string {
  return requirement.map((set) => set.map(([scope, level]) => `${scope}=${level}`).join(',')).join('; ');
}

export function canPush(grant: TokenGrant | 'all'): boolean {
  return grants(grant, 'contents', 'write');
}
