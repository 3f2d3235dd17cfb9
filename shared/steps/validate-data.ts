import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validateData, type FailOn, type ValidationReport } from '../data/check.js';
import type { DataProfile } from '../data/profile.js';
import { escapeInline, formatNumber, renderReport, summaryLimit, table, type Section } from '../report/markdown.js';
import { StepFailedError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import type { Step } from './types.js';

async function writeOutput(cwd: string, file: string, content: string): Promise<string> {
  const absolute = path.resolve(cwd, file);
  await mkdir(path.dirname(absolute), { recursive: true });
  await writeFile(absolute, content);
  return file;
}

const plural = (n: number, word: string) => `${formatNumber(n)} ${word}${n === 1 ? '' : 's'}`;

/** Indented JSON with arrays of numbers (sketch states) on one line, so the file stays readable. */
export function profileJson(profile: DataProfile): string {
  return JSON.stringify(profile, null, 1).replace(/\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g, (_, inner: string) => `[${inner.replace(/\s+/g, '')}]`);
}

/** Annotations at file:line, errors first, at most `max` in all. */
export function annotate(report: ValidationReport, io: StepIO, max: number): number {
  let emitted = 0;
  const ordered = [...report.violations].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  for (const violation of ordered) {
    for (const example of violation.examples) {
      if (emitted >= max) return emitted;
      const value = example.value !== undefined && example.value !== '' ? ` (value: ${JSON.stringify(example.value)})` : '';
      const message = `${violation.rule}: ${violation.message}${value}`;
      const where = { file: example.file, line: example.line, column: example.column, title: `validate-data: ${violation.rule}` };
      if (violation.severity === 'error') io.error(message, where);
      else io.warning(message, where);
      emitted++;
    }
  }
  return emitted;
}

/** The job summary: status and row count first, then failing rules, then a table of columns. */
export function summaryMarkdown(report: ValidationReport, profile: DataProfile | null, paths: { report: string; profile?: string; schema?: string }): string {
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
        return [v.severity === 'error' ? '❌' : '⚠️', `\`${v.rule}\``, v.count, `${v.message}${v.approximate ? ' (approx.)' : ''}`, first ? `${first.file}:${first.line}${first.value ? ` \`${escapeInline(first.value)}\`` : ''}` : ''];
      });
    sections.push({ markdown: `#### Rules\n\n${table(['', 'rule', 'count', 'what', 'first at'], rows, ['c', 'l', 'r', 'l', 'l'])}`, essential: true });
  }
  if (profile) {
    const rows = profile.columns.map((c) => {
      const numeric = typeof c.mean === 'number';
      const top = c.topCategories?.slice(0, 3).map((t) => `${t.value} (${formatNumber((t.count / Math.max(1, c.count)) * 100, 2)}%)`).join(', ') ?? '';
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
  const files = [`report \`${paths.report}\``, paths.profile ? `profile \`${paths.profile}\`` : '', paths.schema ? `inferred schema \`${paths.schema}\`` : ''].filter(Boolean).join(' · ');
  sections.push({ markdown: `Written: ${files}.`, essential: true });
  return renderReport(sections, summaryLimit(`\`${paths.report}\``)).markdown;
}

/** validate-data failed at the `fail-on` level; `outputs` are what the step would have set. */
/** A validation that ran and failed at the `fail-on` level; its outputs are still set. */
export class ValidationFailedError extends StepFailedError {
  override name = 'ValidationFailedError';
}

export const run: Step = async ({ inputs, io, cwd }) => {
  const failOn = (inputs['fail-on'] as FailOn | undefined) ?? 'error';
  const result = await validateData({
    data: inputs.data as string,
    cwd,
    schema: inputs.schema as string | undefined,
    inferSchema: inputs['infer-schema'] === true,
    referenceProfile: inputs['reference-profile'] as string | undefined,
    failOn,
  });
  const { report, profile } = result;
  const reportPath = (inputs['report-output'] as string | undefined) ?? 'mlops-out/validation-report.json';
  const profilePath = profile ? await writeOutput(cwd, (inputs['profile-output'] as string | undefined) ?? 'mlops-out/data-profile.json', `${profileJson(profile)}\n`) : undefined;
  const schemaPath = result.inferredSchema ? await writeOutput(cwd, (inputs['schema-output'] as string | undefined) ?? 'mlops-out/schema.yml', result.inferredSchema) : undefined;
  await writeOutput(cwd, reportPath, `${JSON.stringify(report, null, 1)}\n`);

  const emitted = annotate(report, io, (inputs['max-annotations'] as number | undefined) ?? 50);
  const total = report.violations.reduce((sum, v) => sum + v.examples.length, 0);
  if (emitted < total) io.info(`${total - emitted} more examples are in ${reportPath} (max-annotations: ${emitted}).`);
  if (schemaPath) io.notice(`Inferred a schema from the data: ${schemaPath}. Review it, commit it, and pass it as \`schema\`.`, { file: schemaPath, line: 1 });
  await io.appendSummary(summaryMarkdown(report, profile, { report: reportPath, profile: profilePath, schema: schemaPath }));

  const outputs = {
    valid: report.valid,
    rows: report.rows,
    errors: report.errors,
    warnings: report.warnings,
    report: reportPath,
    profile: profilePath ?? '',
    fingerprint: report.fingerprint ?? '',
  };
  const failing = report.violations.filter((v) => v.severity === 'error').map((v) => v.rule);
  const warned = report.violations.filter((v) => v.severity === 'warning').map((v) => v.rule);
  const list = (rules: string[]) => `${rules.slice(0, 5).join(', ')}${rules.length > 5 ? `, and ${rules.length - 5} more` : ''}`;
  if (failOn === 'error' && failing.length > 0) {
    throw new ValidationFailedError(`${plural(report.errors, 'error')} in ${plural(failing.length, 'rule')} (${list(failing)}). See the job summary or ${reportPath}.`, outputs);
  }
  if (failOn === 'warning' && failing.length + warned.length > 0) {
    throw new ValidationFailedError(`${plural(report.errors, 'error')} and ${plural(report.warnings, 'warning')} (${list([...failing, ...warned])}); fail-on is "warning". See the job summary or ${reportPath}.`, outputs);
  }
  if (failing.length > 0) io.warning(`${plural(report.errors, 'error')} in ${list(failing)}; not failing because fail-on is "never".`);
  io.info(`validate-data: ${report.rows} rows, ${report.errors} errors, ${report.warnings} warnings; valid=${report.valid}.`);
  return outputs;
};
