import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FileError } from '../runtime/errors.js';
import { histogramEdgesOf, ProfileBuilder, type DataProfile } from './profile.js';
import { readDataset } from './reader.js';
import { inferSchema, loadSchema, type Schema } from './schema.js';
import { recordFileError, SchemaValidator, SkewChecker, ViolationLog, type Violation } from './validate.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ValidationOptions {
  data: string;
  cwd?: string;
  schema?: string;
  /** Infer a schema when none is given. */
  inferSchema?: boolean;
  referenceProfile?: string;
  failOn?: FailOn;
}

export interface ValidationReport {
  schemaVersion: 1;
  /** No error (and, with fail-on `warning`, no warning) was found. */
  valid: boolean;
  failOn: FailOn;
  data: string;
  files: string[];
  rows: number;
  columns: string[];
  fingerprint: string | null;
  schema: string | null;
  referenceProfile: string | null;
  /** Error-level violations (cells, rows or files), summed over rules. */
  errors: number;
  warnings: number;
  violations: Violation[];
}

export interface ValidationResult {
  report: ValidationReport;
  /** Null when the data could not be read to the end. */
  profile: DataProfile | null;
  /** The inferred schema as YAML, when inference was asked for and no schema was given. */
  inferredSchema: string | null;
}

async function loadReference(file: string, cwd: string): Promise<DataProfile> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new FileError(`cannot read the reference profile (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}). Check the \`reference-profile\` input`, file);
  }
  let profile: DataProfile;
  try {
    profile = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : 1;
    throw new FileError(`the reference profile is not valid JSON (${(error as Error).message})`, file, line);
  }
  if (profile?.schemaVersion !== 1 || !Array.isArray(profile.columns)) throw new FileError('not a data profile written by validate-data or train (schemaVersion 1 with `columns`)', file, 1);
  return profile;
}

/**
 * validate-data's work: one streaming pass that profiles the data, checks it against the
 * schema and the reference profile, and collects every violation with its file:line. Bad input
 * (unreadable data, an invalid schema or reference) becomes a violation, never an exception.
 */
export async function validateData(options: ValidationOptions): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const failOn = options.failOn ?? 'error';
  const log = new ViolationLog();
  let schema: Schema | undefined;
  let reference: DataProfile | undefined;
  if (options.schema) {
    try {
      schema = await loadSchema(options.schema, cwd);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      recordFileError(log, error);
    }
  }
  if (options.referenceProfile) {
    try {
      reference = await loadReference(options.referenceProfile, cwd);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      log.record({ rule: 'skew.reference_invalid', check: 'reference_invalid', severity: 'error', message: error.message.replace(/^[^:]+(:\d+)*: /, '') }, { file: error.file, line: error.line ?? 1 });
    }
  }

  let builder: ProfileBuilder | undefined;
  let validator: SchemaValidator | undefined;
  let skew: SkewChecker | undefined;
  let columns: string[] = [];
  let files: string[] = [];
  let profile: DataProfile | null = null;
  try {
    const summary = await readDataset(options.data, {
      cwd,
      onColumns: (names, file) => {
        columns = names;
        builder = new ProfileBuilder(names);
        if (schema) validator = new SchemaValidator(schema, names, file, log);
        if (reference) skew = new SkewChecker(reference, options.referenceProfile!, names, log);
      },
      onRow: (row, file) => {
        builder!.add(row);
        validator?.check(row, file);
        skew?.add(row, file);
      },
      onRaggedRow: (file, line, fields, expected) => {
        if (!validator) validator = new SchemaValidator({ file: '', columns: new Map(), table: { lines: {} } }, columns, file, log);
        validator.ragged(file, line, fields, expected);
      },
    });
    files = summary.files;
    profile = builder!.finish(summary, { histogramEdges: reference ? histogramEdgesOf(reference) : undefined });
    validator?.finish(profile);
    skew?.finish(profile);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
    recordFileError(log, error);
  }

  const violations = log.list();
  const sum = (severity: string) => violations.filter((v) => v.severity === severity).reduce((total, v) => total + Math.max(v.count, 1), 0);
  const errors = sum('error');
  const warnings = sum('warning');
  return {
    report: {
      schemaVersion: 1,
      valid: errors === 0 && (failOn !== 'warning' || warnings === 0),
      failOn,
      data: options.data,
      files,
      rows: profile?.table.rows ?? builder?.rows ?? 0,
      columns,
      fingerprint: profile?.table.fingerprint ?? null,
      schema: options.schema ?? null,
      referenceProfile: options.referenceProfile ?? null,
      errors,
      warnings,
      violations,
    },
    profile,
    inferredSchema: profile && !options.schema && options.inferSchema ? inferSchema(profile, options.data) : null,
  };
}
