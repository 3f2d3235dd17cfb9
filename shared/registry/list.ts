import type { GitHubClient } from '../github/client.js';
import { listReleases } from '../github/releases.js';
import { formatNumber } from '../report/markdown.js';
import { aliasHistory, currentMove, listAliases, type AliasMove } from './aliases.js';
import { versionReleases, type Repo } from './versions.js';

export interface ListedVersion {
  version: number;
  tag: string;
  /** `published`, or `draft` while a register is uploading (or died mid-upload). */
  status: 'published' | 'draft';
  createdAt: string;
  commit?: string;
  runUrl?: string;
  sha256?: string;
  url: string;
  /** Aliases pointing at it now. */
  aliases: string[];
}

export interface ListedAlias {
  alias: string;
  version: number;
  history: (AliasMove & { from?: number })[];
}

export interface ModelListing {
  name: string;
  versions: ListedVersion[];
  aliases: ListedAlias[];
}

/** Every version (newest first) and alias of a model, with each alias's move history. */
export async function listModel(client: GitHubClient, options: Repo & { name: string }): Promise<ModelListing> {
  const { owner, repo, name } = options;
  const [releases, aliases] = await Promise.all([listReleases(client, { owner, repo }), listAliases(client, { owner, repo, name })]);
  const listedAliases: ListedAlias[] = [...aliases.entries()]
    .map(([alias, moves]) => ({ alias, version: currentMove(moves)!.version, history: aliasHistory(moves) }))
    .sort((a, b) => a.alias.localeCompare(b.alias));
  const versions = versionReleases(releases, name).map(({ version, release, record }) => ({
    version,
    tag: release.tag_name,
    status: release.draft ? ('draft' as const) : ('published' as const),
    createdAt: release.created_at,
    commit: record?.commit,
    runUrl: record?.run.url,
    sha256: record?.archive.sha256,
    url: release.html_url,
    aliases: listedAliases.filter((a) => a.version === version).map((a) => a.alias),
  }));
  return { name, versions, aliases: listedAliases };
}

function columns(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** The listing as plain text for a terminal. */
export function formatModelListing(listing: ModelListing): string {
  const lines: string[] = [];
  if (listing.versions.length === 0) {
    lines.push(`${listing.name}: no versions registered.`);
  } else {
    lines.push(
      columns([
        ['VERSION', 'STATUS', 'CREATED', 'COMMIT', 'ALIASES', 'SHA256'],
        ...listing.versions.map((v) => [
          `v${v.version}`,
          v.status,
          v.createdAt.replace(/\.\d+Z$/, 'Z'),
          v.commit?.slice(0, 12) ?? '-',
          v.aliases.join(',') || '-',
          v.sha256?.slice(0, 16) ?? '-',
        ]),
      ]),
    );
  }
  for (const alias of listing.aliases) {
    lines.push(
      '',
      `${listing.name}@${alias.alias} → v${alias.version} (${formatNumber(alias.history.length)} move${alias.history.length === 1 ? '' : 's'})`,
    );
    for (const move of [...alias.history].reverse()) {
      lines.push(`  ${move.movedAt}  ${move.from === undefined ? 'set to' : `v${move.from} →`} v${move.version}  by ${move.movedBy}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
