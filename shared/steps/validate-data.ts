import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { validateData, type ValidationReport } from '../data/check.js';
import { plural, profileJson, validationSummary } from '../data/summary.js';
import { StepFailedError } from '../runtime/errors.js';
import type { StepIO } from '../runtime/io.js';
import type { Step } from './types.js';

async function writeOutput(cwd: string, file: string, content: string): Promise<string> {
  const absolute = path.resolve(cwd, file);
  await mkdir(path.dirname(absolute), { recursive: true });
  await writeFile(absolute, content);
  return file;
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

/** A validation that ran and failed at the `fail-on` level; its outputs are still set. */
export class ValidationFailedError extends StepFailedError {
  override name = 'ValidationFailedError';
}

export const run: Step<'validate-data'> = async ({ inputs, io, cwd }) => {
  const failOn = inputs['fail-on'];
  const result = await validateData({
    data: inputs.data,
    cwd,
    schema: inputs.schema,
    inferSchema: inputs['infer-schema'],
    referenceProfile: inputs['reference-profile'],
    failOn,
  });
  const { report, profile } = result;
  const reportPath = inputs['report-output'];
  const profilePath = profile ? await writeOutput(cwd, inputs['profile-output'], `${profileJson(profile)}\n`) : undefined;
  const schemaPath = result.inferredSchema ? await writeOutput(cwd, inputs['schema-output'], result.inferredSchema) : undefined;
  await writeOutput(cwd, reportPath, `${JSON.stringify(report, null, 1)}\n`);

  const emitted = annotate(report, io, inputs['max-annotations']);
  const total = report.violations.reduce((sum, v) => sum + v.examples.length, 0);
  if (emitted < total) io.info(`${total - emitted} more examples are in ${reportPath} (max-annotations: ${emitted}).`);
  if (schemaPath)
    io.notice(`Inferred a schema from the data: ${schemaPath}. Review it, commit it, and pass it as \`schema\`.`, {
      file: schemaPath,
      line: 1,
    });
  await io.appendSummary(validationSummary(report, profile, { report: reportPath, profile: profilePath, schema: schemaPath }));

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
    throw new ValidationFailedError(
      `${plural(report.errors, 'error')} in ${plural(failing.length, 'rule')} (${list(failing)}). See the job summary or ${reportPath}.`,
      outputs,
    );
  }
  if (failOn === 'warning' && failing.length + warned.length > 0) {
    throw new ValidationFailedError(
      `${plural(report.errors, 'error')} and ${plural(report.warnings, 'warning')} (${list([...failing, ...warned])}); fail-on is "warning". See the job summary or ${reportPath}.`,
      outputs,
    );
  }
  if (failing.length > 0) io.warning(`${plural(report.errors, 'error')} in ${list(failing)}; not failing because fail-on is "never".`);
  io.info(`validate-data: ${report.rows} rows, ${report.errors} errors, ${report.warnings} warnings; valid=${report.valid}.`);
  return outputs;
};
