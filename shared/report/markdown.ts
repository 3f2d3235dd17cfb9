import { markdownTable } from 'markdown-table';

/** GitHub rejects issue and pull-request comment bodies longer than this many characters. */
export const COMMENT_LIMIT_CHARS = 65_536;
/** GitHub refuses a step summary larger than 1 MiB (counted in bytes). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export type Cell = string | number | boolean | null | undefined;
export type Align = 'l' | 'r' | 'c';

/** Escape text so it stays inside one table cell and renders literally. */
export function escapeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** Escape text for inline use outside tables (headings, list items). */
export function escapeInline(value: string): string {
  return value.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\r?\n/g, ' ');
}

/** A GitHub-flavoured table. Numbers are right-aligned unless `align` says otherwise. */
export function table(header: readonly string[], rows: readonly (readonly Cell[])[], align?: readonly Align[]): string {
  const alignment = align ?? header.map((_, i) => (rows.length > 0 && rows.every((row) => typeof row[i] === 'number') ? 'r' : 'l'));
  return markdownTable([header.map(escapeCell), ...rows.map((row) => header.map((_, i) => escapeCell(row[i])))], {
    align: [...alignment],
    alignDelimiters: false,
  });
}

/** A collapsible block. Blank lines around the body let GitHub render markdown inside it. */
export function details(summary: string, body: string, open = false): string {
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body.trim()}\n\n</details>`;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A fenced block whose fence is longer than any backtick run inside, so content cannot close it. */
export function codeBlock(content: string, language = ''): string {
  const longestRun = Math.max(2, ...[...content.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${content.replace(/\n$/, '')}\n${fence}`;
}

/** Format a number for a report: integers as is, others with `digits` significant digits. */
export function formatNumber(value: number | null | undefined, digits = 4): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return value.toLocaleString('en-US');
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e9)) return value.toExponential(digits - 1);
  return Number(value.toPrecision(digits)).toString();
}

/**
 * A piece of a report. Essential sections are always kept; the others are dropped, last first,
 * when the report would exceed its limit: first those marked `detail` (collapsed extras a
 * reviewer opens on purpose), then the rest.
 */
export interface Section {
  markdown: string;
  essential?: boolean;
  /** Dropped before every section not marked so. */
  detail?: boolean;
}

export interface RenderedReport {
  markdown: string;
  /** Sections left out to fit the limit. */
  omitted: number;
  truncated: boolean;
}

export interface Limit {
  /** Maximum size; `measure` says in what unit. */
  max: number;
  measure: (text: string) => number;
  /** Where the whole report can be read, quoted in the note about what was cut. */
  fullReportHint?: string;
}

export const commentLimit = (fullReportHint?: string): Limit => ({
  max: COMMENT_LIMIT_CHARS,
  measure: (text) => text.length,
  fullReportHint,
});
export const summaryLimit = (fullReportHint?: string): Limit => ({
  max: SUMMARY_LIMIT_BYTES,
  measure: (text) => Buffer.byteLength(text, 'utf8'),
  fullReportHint,
});

function omissionNote(omitted: number, limit: Limit, cut: boolean): string {
  const what = [omitted > 0 ? `${omitted} section${omitted === 1 ? '' : 's'} left out` : '', cut ? 'the last section shortened' : '']
    .filter(Boolean)
    .join(' and ');
  const where = limit.fullReportHint ? ` The full report: ${limit.fullReportHint}.` : '';
  return `> [!NOTE]\n> This report was shortened to fit GitHub's limit (${what}).${where}`;
}

/**
 * Join sections into one markdown document that fits the limit. Whole detail sections are
 * dropped first; only if the essential ones alone are too big is the last one cut, at a line
 * boundary, with any open code fence or <details> closed, so the markdown never breaks.
 */
export function renderReport(sections: readonly Section[], limit: Limit): RenderedReport {
  const join = (parts: readonly string[]) =>
    `${parts
      .map((part) => part.trim())
      .filter(Boolean)
      .join('\n\n')}\n`;
  const all = join(sections.map((s) => s.markdown));
  if (limit.measure(all) <= limit.max) return { markdown: all, omitted: 0, truncated: false };

  const kept = sections.map((section) => ({ ...section, keep: true }));
  const dropOrder = [...kept.filter((s) => !s.essential && s.detail).reverse(), ...kept.filter((s) => !s.essential && !s.detail).reverse()];
  let omitted = 0;
  for (const section of dropOrder) {
    section.keep = false;
    omitted++;
    const candidate = join([...kept.filter((s) => s.keep).map((s) => s.markdown), omissionNote(omitted, limit, false)]);
    if (limit.measure(candidate) <= limit.max) return { markdown: candidate, omitted, truncated: true };
  }

  const essentials = kept.filter((s) => s.keep).map((s) => s.markdown);
  const note = omissionNote(omitted, limit, true);
  while (essentials.length > 0) {
    const head = essentials.slice(0, -1);
    const budget = limit.max - limit.measure(join([...head, '', note])) - 16;
    const last = essentials[essentials.length - 1];
    if (budget > 0) {
      const cut = cutAtLine(last, budget, limit.measure);
      return { markdown: join([...head, cut, note]), omitted, truncated: true };
    }
    essentials.pop();
    omitted++;
  }
  return { markdown: join([note]), omitted, truncated: true };
}

/** The longest prefix of whole lines within budget, with open fences and <details> closed. */
function cutAtLine(markdown: string, budget: number, measure: (text: string) => number): string {
  const lines = markdown.split('\n');
  let lo = 0;
  let hi = lines.length;
  const closed = (count: number) => closeOpenBlocks(lines.slice(0, count).join('\n'));
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(closed(mid)) <= budget) lo = mid;
    else hi = mid - 1;
  }
  return closed(lo);
}

function closeOpenBlocks(markdown: string): string {
  let out = markdown;
  let openFence: string | undefined;
  for (const line of markdown.split('\n')) {
    const fence = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (!fence) continue;
    if (!openFence) openFence = fence;
    else if (fence[0] === openFence[0] && fence.length >= openFence.length && line.trim() === fence) openFence = undefined;
  }
  if (openFence) out += `\n${openFence}`;
  const opened = (out.match(/<details[\s>]/g) ?? []).length;
  const closedCount = (out.match(/<\/details>/g) ?? []).length;
  for (let i = closedCount; i < opened; i++) out += '\n\n</details>';
  return out;
}
