import type { Manifest } from '../model/package.js';
import { codeBlock, escapeInline, formatNumber, renderReport, table, type Section } from '../report/markdown.js';

/** GitHub refuses a release body longer than this many characters. */
export const RELEASE_BODY_LIMIT = 125_000;

const BLOCK_START = '<!-- mlops-registry';
const BLOCK_END = '-->';

export interface RecordedFile {
  name: string;
  sha256: string;
  size: number;
}

/**
 * The machine-readable part of a version's release body. The resolver reads it from the
 * release it already fetched, so it learns every asset's checksum without downloading any.
 */
export interface RegistryRecord {
  schema: 1;
  name: string;
  version: number;
  /** The package archive: its whole sha256 and the parts it was uploaded as, in order. */
  archive: { name: string; sha256: string; size: number; parts: RecordedFile[] };
  /** Every asset of the release (parts included) with its sha256. */
  assets: RecordedFile[];
  run: { id?: string; attempt?: string; url?: string };
  commit?: string;
  /** The version the candidate was compared against (an alias target at registration time). */
  parent?: { version: number; alias?: string };
  task?: string;
  framework?: string;
  registeredAt: string;
  registeredBy?: string;
}

/** The record as an HTML comment (invisible on GitHub); `<`/`>` are escaped so no value can close it. */
export function recordBlock(record: RegistryRecord): string {
  const json = JSON.stringify(record).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `${BLOCK_START}\n${json}\n${BLOCK_END}`;
}

/** The record in a release body, or undefined when the body has none (not a registry release). */
export function parseRecord(body: string | null | undefined): RegistryRecord | undefined {
  if (!body) return undefined;
  const start = body.lastIndexOf(`${BLOCK_START}\n`);
  if (start < 0) return undefined;
  const end = body.indexOf(`\n${BLOCK_END}`, start);
  if (end < 0) return undefined;
  try {
    const record = JSON.parse(body.slice(start + BLOCK_START.length + 1, end).replace(/\r$/, '')) as RegistryRecord;
    if (record?.schema !== 1 || typeof record.version !== 'number' || !record.archive?.sha256) return undefined;
    return record;
  } catch {
    return undefined;
  }
}

function humanSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

function link(text: string, url: string | undefined): string {
  return url ? `[${text}](${url})` : text;
}

export interface CardInput {
  manifest: Manifest;
  record: RegistryRecord;
  notes?: string;
  /** e.g. https://github.com — for the commit link. */
  serverUrl: string;
  repository?: string;
}

/**
 * The release body: a model card a person reads (task, metrics, params, data lineage, parent,
 * commit, run, backend, device, files) followed by the machine-readable record. Detail sections
 * are dropped before the record when the body would pass GitHub's limit.
 */
export function modelCard({ manifest, record, notes, serverUrl, repository }: CardInput): string {
  const commitUrl = repository && record.commit ? `${serverUrl}/${repository}/commit/${record.commit}` : undefined;
  const parent = record.parent
    ? `v${record.parent.version}${record.parent.alias ? ` (${record.parent.alias} at registration)` : ''}`
    : 'none';
  const overview: [string, string][] = [
    ['Task', manifest.task ?? 'unknown'],
    ['Framework', manifest.framework],
    ['Target', manifest.target ?? '–'],
    ...(manifest.classes?.length ? ([['Classes', manifest.classes.join(', ')]] as [string, string][]) : []),
    ['Parent version', parent],
    ['Commit', record.commit ? link(`\`${record.commit.slice(0, 12)}\``, commitUrl) : 'unknown'],
    [
      'Run',
      record.run.id ? link(`${record.run.id}${record.run.attempt ? ` (attempt ${record.run.attempt})` : ''}`, record.run.url) : 'local',
    ],
    ['Backend', manifest.backend || 'unknown'],
    ['Device', manifest.device || 'unknown'],
    [
      'Training time',
      `${formatNumber(manifest.durationSeconds)} s${manifest.gpuSeconds ? `, ${formatNumber(manifest.gpuSeconds)} GPU-s` : ''}${manifest.cost ? `, cost ${formatNumber(manifest.cost.amount)}` : ''}`,
    ],
    ['Trained at', manifest.createdAt ?? '–'],
    ['Registered at', record.registeredAt],
  ];
  const sections: Section[] = [
    { markdown: `## ${escapeInline(record.name)} v${record.version}`, essential: true },
    {
      markdown: table(
        ['', ''],
        overview.map(([k, v]) => [`**${k}**`, v]),
        ['l', 'l'],
      ),
      essential: true,
    },
  ];
  if (notes?.trim()) sections.push({ markdown: `### Notes\n\n${notes.trim()}`, essential: true });
  const metrics = Object.entries(manifest.metrics ?? {});
  sections.push({
    markdown: `### Metrics\n\n${
      metrics.length
        ? table(
            ['metric', 'value'],
            metrics.map(([name, value]) => [name, formatNumber(value, 6)]),
            ['l', 'r'],
          )
        : '_No metrics were recorded._'
    }`,
    essential: true,
  });
  const data = manifest.data;
  sections.push({
    markdown: `### Data lineage\n\n${
      data
        ? table(
            ['', ''],
            [
              ['**Path**', `\`${data.path}\``],
              ['**Rows**', formatNumber(data.rows)],
              ['**Fingerprint (sha256)**', `\`${data.fingerprint}\``],
              ['**Files**', (data.files ?? []).map((f) => `\`${f}\``).join(', ') || '–'],
            ],
            ['l', 'l'],
          )
        : '_The package does not record its training data._'
    }`,
  });
  const params = Object.entries(manifest.params ?? {});
  if (params.length)
    sections.push({
      markdown: `### Parameters\n\n${table(
        ['parameter', 'value'],
        params.map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
        ['l', 'l'],
      )}`,
    });
  sections.push({
    markdown: `### Files\n\n${table(
      ['asset', 'size', 'sha256'],
      record.assets.map((a) => [a.name, humanSize(a.size), `\`${a.sha256}\``]),
      ['l', 'r', 'l'],
    )}${
      record.archive.parts.length > 1
        ? `\n\nThe package archive (sha256 \`${record.archive.sha256}\`) is split into ${record.archive.parts.length} parts: \`cat ${record.archive.name}.part-* > ${record.archive.name}\`, then \`sha256sum -c --ignore-missing SHA256SUMS\`.`
        : ''
    }`,
  });
  sections.push({
    markdown: `### Use it\n\n${codeBlock(`- uses: OWNER/mlops-actions/actions/deploy@v1\n  with:\n    model: ${record.name}/v${record.version}`, 'yaml')}`,
  });
  const block = recordBlock(record);
  const rendered = renderReport(sections, { max: RELEASE_BODY_LIMIT - block.length - 2, measure: (text) => text.length });
  return `${rendered.markdown.trimEnd()}\n\n${block}\n`;
}
