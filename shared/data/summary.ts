import type { ValidationReport } from './check.js';
import type { DataProfile } from './profile.js';
import { escapeInline, formatNumber, renderReport, summaryLimit, table, type Section } from '../report/markdown.js';

export const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

/** Indented JSON with arrays of numbers (sketch states) on one line, so the file stays readable. */
export function profileJson(profile: DataProfile): string {
  return JSON.stringify(profile, null, 1).replace(
    /\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g,
    (_, inner: string) => `[${inner.replace(/\s+/g, '')}]`,
  );
}

/** The job summary: status and row count first, then failing rules, then a table of columns. */
export function validationSummary(
  report: ValidationReport,
  profile: DataProfile | null,
  paths: { report: string; profile?: string; schema?: string },
): string {
  const failing = report.violations.filter((v) => v.severity === 'error').length;
  const warned = report.violations.length - failing;
  const status = report.valid ? (warned > 0 ? '⚠️ valid, with warnings' : '✅ valid') : '❌ invalid';
  const head = [
    `### validate-data: ${status}`,
    '',
    [
      `**${formatNumber(report.rows)} rows** × ${report.columns.length} columns from ${plural(report.files.length, 'file')}`,
      failing > 0 ? `${plural(failing, 'failing rule')} (${plural(report.errors, 'error')})` : 'no failing rule',
      warned > 0 ? `${plural(warned, 'warning rule')} (${plural(report.warnings, 'warning')})` : '',
      report.fingerprint ? `fingerprint \`${report.fingerprint.slice(0, 12)}\`` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  ].join('\n');
  const sections: Section[] = [{ markdown: head, essential: true }];
  if (report.violations.length > 0) {
    const rows = report.violations
      .slice()
      .sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1))
      .slice(0, 50)
      .map((v) => {
        const first = v.examples[0];
        return [
          v.severity === 'error' ? '❌' : '⚠️',
          `\`${v.rule}\``,
          v.count,
          `${v.message}${v.approximate ? ' (approx.)' : ''}`,
          first ? `${first.file}:${first.line}${first.value ? ` \`${escapeInline(first.value)}\`` : ''}` : '',
        ];
      });
    sections.push({
      markdown: `#### Rules\n\n${table(['', 'rule', 'count', 'what', 'first at'], rows, ['c', 'l', 'r', 'l', 'l'])}`,
      essential: true,
    });
  }
  if (profile) {
    const rows = profile.columns.map((c) => {
      const numeric = typeof c.mean === 'number';
      const top =
        c.topCategories
          ?.slice(0, 3)
          .map((t) => `${t.value} (${formatNumber((t.count / Math.max(1, c.count)) * 100, 2)}%)`)
          .join(', ') ?? '';
      return [
        `\`${c.name}\``,
        c.type,
        `${formatNumber(c.nullShare * 100, 2)}%`,
        `${c.distinctExact ? '' : '~'}${formatNumber(c.distinct)}`,
        numeric ? formatNumber(c.min as number) : (c.min ?? ''),
        numeric ? formatNumber(c.mean) : '',
        numeric ? formatNumber(c.quantiles?.p50) : '',
        numeric ? formatNumber(c.max as number) : (c.max ?? ''),
        numeric ? formatNumber(c.std) : top,
      ];
    });
    sections.push({
      markdown: `#### Columns\n\n${table(['column', 'type', 'missing', 'distinct', 'min', 'mean', 'median', 'max', 'std / top values'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'])}\n\nDuplicate rows: ${formatNumber(profile.table.duplicateRowShare * 100, 3)}%${profile.table.duplicateRowShareExact ? '' : ' (estimated)'}.`,
    });
  }
  const files = [
    `report \`${paths.report}\``,
    paths.profile ? `profile \`${paths.profile}\`` : '',
    paths.schema ? `inferred schema \`${paths.schema}\`` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  sections.push({ markdown: `Written: ${files}.`, essential: true });
  return renderReport(sections, summaryLimit(`\`${paths.report}\``)).markdown;
}
