import type { GitHubClient } from '../github/client.js';
import { createRef, getRef, listMatchingRefs, type GitRef } from '../github/refs.js';
import { findReleaseByTag } from '../github/releases.js';
import type { StepIO } from '../runtime/io.js';
import { UserError } from '../runtime/errors.js';
import { validateAlias, versionTag } from './names.js';
import type { Repo } from './versions.js';

/*
 * Aliases are an append-only log of git tags, one per move:
 *
 *   refs/tags/<name>@<alias>/<seq>.v<version>.<UTC time>.<actor>
 *   refs/tags/churn@production/000003.v7.20261127T151200Z.octocat
 *
 * - A move is ONE ref creation, which is atomic: a reader sees the old target or the new one.
 * - The current target is the entry with the highest sequence number; the entries before it are
 *   the history (who moved it, when, from which version), kept by the same call that moves it.
 * - One matching-refs call (`tags/<name>@<alias>/`) lists the whole alias, so the resolver learns
 *   the version in one request; `tags/<name>@` lists every alias of the model.
 * - `@` never appears in a model name, so alias tags cannot be mistaken for `<name>/v<N>` version
 *   tags, and version listings (`tags/<name>/v`) never see them.
 * - Tags, not a custom ref namespace: GitHub's ref API reads only heads/ and tags/ reliably.
 * Two movers racing for the same sequence number both succeed with different names; every
 * reader breaks the tie the same way (the greater ref name), so all agree on the target.
 */

export interface AliasMove {
  alias: string;
  seq: number;
  version: number;
  /** ISO time of the move (second precision). */
  movedAt: string;
  movedBy: string;
  ref: string;
  sha: string;
}

const ENTRY = /^(\d{6,})\.v([1-9]\d*)\.(\d{8}T\d{6}Z)\.([A-Za-z0-9-]+)$/;

export function aliasPrefix(name: string, alias?: string): string {
  return alias === undefined ? `tags/${name}@` : `tags/${name}@${alias}/`;
}

function stampOf(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function isoOf(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}Z`;
}

/** A GitHub login as a ref-safe word (`github-actions[bot]` → `github-actions-bot`). */
export function actorWord(actor: string | undefined): string {
  const word = (actor ?? '').replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return word || 'unknown';
}

export function aliasEntryRef(name: string, alias: string, seq: number, version: number, movedAt: Date, actor: string | undefined): string {
  return `refs/tags/${name}@${alias}/${String(seq).padStart(6, '0')}.v${version}.${stampOf(movedAt)}.${actorWord(actor)}`;
}

/** The move an alias tag records, or undefined for a tag that is not an alias entry of this model. */
export function parseAliasRef(name: string, ref: GitRef): AliasMove | undefined {
  const short = ref.ref.replace(/^refs\/tags\//, '');
  const prefix = `${name}@`;
  if (!short.startsWith(prefix)) return undefined;
  const slash = short.indexOf('/', prefix.length);
  if (slash < 0) return undefined;
  const alias = short.slice(prefix.length, slash);
  const match = ENTRY.exec(short.slice(slash + 1));
  if (!match) return undefined;
  return {
    alias,
    seq: Number(match[1]),
    version: Number(match[2]),
    movedAt: isoOf(match[3]!),
    movedBy: match[4]!,
    ref: ref.ref,
    sha: ref.sha,
  };
}

/** Oldest first; equal sequence numbers (a race) ordered by ref name, so the last entry is the target everyone agrees on. */
function byLogOrder(a: AliasMove, b: AliasMove): number {
  return a.seq - b.seq || (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
}

/** Every alias of the model with its moves, oldest first. One API call (more only past 100 entries). */
export async function listAliases(
  client: GitHubClient,
  target: Repo & { name: string; alias?: string },
): Promise<Map<string, AliasMove[]>> {
  const refs = await listMatchingRefs(client, { owner: target.owner, repo: target.repo, prefix: aliasPrefix(target.name, target.alias) });
  const aliases = new Map<string, AliasMove[]>();
  for (const ref of refs) {
    const move = parseAliasRef(target.name, ref);
    if (!move || (target.alias !== undefined && move.alias !== target.alias)) continue;
    aliases.set(move.alias, [...(aliases.get(move.alias) ?? []), move]);
  }
  for (const moves of aliases.values()) moves.sort(byLogOrder);
  return aliases;
}

/** Where the alias points now: the last entry of its log. */
export function currentMove(moves: readonly AliasMove[] | undefined): AliasMove | undefined {
  return moves && moves.length > 0 ? moves[moves.length - 1] : undefined;
}

/** The moves with the version each came from, for history views. */
export function aliasHistory(moves: readonly AliasMove[]): (AliasMove & { from?: number })[] {
  return moves.map((move, index) => ({ ...move, from: index > 0 ? moves[index - 1]!.version : undefined }));
}

export interface MoveAliasOptions extends Repo {
  name: string;
  alias: string;
  version: number;
  actor?: string;
  now?: Date;
  io?: StepIO;
}

export interface MoveAliasResult {
  alias: string;
  /** The version it pointed at before (undefined for a new alias). */
  from?: number;
  to: number;
  /** false when it already pointed at `to`. */
  moved: boolean;
  ref?: string;
}

/**
 * Points the alias at a published version with one atomic ref creation, appending to its
 * history. Moving it to the version it already has is a no-op, so re-runs add no entries.
 */
export async function moveAlias(client: GitHubClient, options: MoveAliasOptions): Promise<MoveAliasResult> {
  const { owner, repo, name, version } = options;
  const alias = validateAlias(options.alias);
  const moves = (await listAliases(client, { owner, repo, name, alias })).get(alias) ?? [];
  const current = currentMove(moves);
  if (current?.version === version) return { alias, from: current.version, to: version, moved: false, ref: current.ref };

  const tag = versionTag(name, version);
  const release = await findReleaseByTag(client, { owner, repo, tag });
  const tagRef = await getRef(client, { owner, repo, ref: `tags/${tag}` });
  if (!release || release.draft || !tagRef) {
    throw new UserError(
      `Cannot point ${name}@${alias} at v${version}: ${tag} is not a published version in ${owner}/${repo}. Run \`mlops registry list ${name}\` to see the versions.`,
    );
  }
  const seq = (current?.seq ?? 0) + 1;
  const ref = aliasEntryRef(name, alias, seq, version, options.now ?? new Date(), options.actor);
  const result = await createRef(client, { owner, repo, ref, sha: tagRef.sha });
  if (result.created) {
    const after = currentMove((await listAliases(client, { owner, repo, name, alias })).get(alias));
    if (after && after.ref !== ref) {
      options.io?.warning(
        `${name}@${alias} was moved by another run at the same moment; it now points at v${after.version} (${after.movedBy}). Move it again if v${version} should win.`,
      );
    }
  }
  return { alias, from: current?.version, to: version, moved: true, ref };
}

/**
 * Moves the alias back to the version it pointed at before its current one (a rollback is just
 * another move, so it is recorded in the history like any other).
 */
export async function rollbackAlias(client: GitHubClient, options: Omit<MoveAliasOptions, 'version'>): Promise<MoveAliasResult> {
  const moves =
    (await listAliases(client, { owner: options.owner, repo: options.repo, name: options.name, alias: options.alias })).get(
      options.alias,
    ) ?? [];
  const current = currentMove(moves);
  const previous = [...moves].reverse().find((move) => move.version !== current?.version);
  if (!current || !previous) {
    throw new UserError(
      `${options.name}@${options.alias} has no earlier version to roll back to${current ? ` (it has only ever pointed at v${current.version})` : ' (the alias does not exist)'}.`,
    );
  }
  return moveAlias(client, { ...options, version: previous.version });
}
