import { HashSample, type PackedHashSample } from '../stats/hash-sample.js';
import type { FileError } from '../runtime/errors.js';
import { DataFileError } from './errors.js';
import type { DataProfile } from './profile.js';
import type { Row } from './row.js';
import type { ColumnRules, Schema } from './schema.js';

export type Severity = 'error' | 'warning';

export interface ViolationExample {
  file: string;
  line: number;
  column?: number;
  value?: string;
}

export interface Violation {
  /** `<column>.<check>`, `table.<check>`, `schema.<check>`, `file.<check>` or `skew.<column>.<check>`. */
  rule: string;
  column?: string;
  check: string;
  severity: Severity;
  /** Offending cells, rows or files. */
  count: number;
  /** A sentence: what is wrong and what the rule expects. */
  message: string;
  /** The first few, with their file:line. */
  examples: ViolationExample[];
  /** Counted from a sample (uniqueness beyond 262,144 distinct values). */
  approximate?: boolean;
}

const MAX_EXAMPLES = 5;

/** Violations counted per rule, each with its first examples. */
export class ViolationLog {
  private readonly rules = new Map<string, Violation>();

  record(rule: Omit<Violation, 'count' | 'examples'>, example?: ViolationExample, count = 1): Violation {
    let violation = this.rules.get(rule.rule);
    if (!violation) {
      violation = { ...rule, count: 0, examples: [] };
      this.rules.set(rule.rule, violation);
    }
    violation.count += count;
    if (example && violation.examples.length < MAX_EXAMPLES) violation.examples.push(example);
    return violation;
  }

  remove(rule: string): void {
    this.rules.delete(rule);
  }

  /** A part's violations (from a byte range read elsewhere), its lines shifted by `lineOffset`. */
  absorb(violations: Violation[], lineOffset: number): void {
    for (const { count, examples, ...rule } of violations) {
      const target = this.record(rule, undefined, count);
      for (const example of examples)
        if (target.examples.length < MAX_EXAMPLES) target.examples.push({ ...example, line: example.line + lineOffset });
    }
  }

  get(rule: string): Violation | undefined {
    return this.rules.get(rule);
  }

  list(): Violation[] {
    return [...this.rules.values()];
  }
}

/** A read error (empty file, bad quoting, bad encoding, an invalid schema…) as a violation with its file:line. */
export function recordFileError(log: ViolationLog, error: FileError, kind: 'file' | 'schema' = 'file'): void {
  const check = error instanceof DataFileError ? error.check : kind === 'schema' ? 'invalid' : 'unreadable';
  log.record(
    { rule: `${kind}.${check}`, check, severity: 'error', message: error.message.replace(/^[^:]+(:\d+)*: /, '') },
    { file: error.file, line: error.line ?? 1, column: error.column },
  );
}

const BOOLEAN_TEXT = new Set(['true', 'false', 'True', 'False', 'TRUE', 'FALSE', 'yes', 'no', 'Yes', 'No', 'YES', 'NO', '1', '0']);
const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function parseDatetime(text: string): number {
  return ISO_DATETIME.test(text) ? Date.parse(text.length === 10 ? text : text.replace(' ', 'T')) : NaN;
}

interface ColumnCheck {
  name: string;
  index: number;
  rules: ColumnRules;
  numeric: boolean;
  min: number;
  max: number;
  numberValues?: Set<number>;
  textValues?: Set<string>;
  pattern?: RegExp;
  seen?: HashSample;
}

const shown = (value: string) => (value.length > 80 ? `${value.slice(0, 77)}…` : value);

/**
 * Checks rows against a schema as they stream by. Column rules are counted per cell; table
 * rules and null shares are decided in `finish`. Uniqueness is exact up to 262,144 distinct
 * values per column, then checked on a hash sample (the count is then marked approximate).
 */
export class SchemaValidator {
  private readonly checks: ColumnCheck[] = [];
  private rows = 0;

  /** `part`: this validator sees a byte range of the data; whole-table findings are left to the main one. */
  constructor(
    private readonly schema: Schema,
    columns: string[],
    firstFile: string,
    private readonly log: ViolationLog,
    part = false,
  ) {
    for (const [name, rules] of schema.columns) {
      const index = columns.indexOf(name);
      if (index < 0) {
        if (!part)
          log.record(
            {
              rule: 'schema.missing_column',
              check: 'missing_column',
              severity: 'error',
              message: `the schema names columns that the data does not have (data columns: ${columns.join(', ')})`,
            },
            { file: schema.file, line: rules.line ?? 1, value: name },
          );
        continue;
      }
      const numeric = rules.type === 'integer' || rules.type === 'number';
      const bound = (value: number | string | undefined, fallback: number) =>
        value === undefined ? fallback : typeof value === 'number' ? value : rules.type === 'datetime' ? Date.parse(value) : Number(value);
      this.checks.push({
        name,
        index,
        rules,
        numeric,
        min: bound(rules.min, -Infinity),
        max: bound(rules.max, Infinity),
        numberValues: rules.values && numeric ? new Set(rules.values.map(Number)) : undefined,
        textValues: rules.values && !numeric ? new Set(rules.values.map(String)) : undefined,
        pattern: rules.pattern !== undefined ? new RegExp(`^(?:${rules.pattern})$`, 'u') : undefined,
        seen: rules.unique ? new HashSample(1 << 18) : undefined,
      });
    }
    if (schema.table.allow_extra_columns === false && !part) {
      const extra = columns.filter((c) => !schema.columns.has(c));
      if (extra.length > 0) {
        log.record(
          {
            rule: 'table.allow_extra_columns',
            check: 'allow_extra_columns',
            severity: 'error',
            message: `columns not in the schema: ${extra.join(', ')}. Add them to the schema or set \`allow_extra_columns: true\``,
          },
          { file: firstFile, line: 1, value: extra.join(', ') },
          extra.length,
        );
      }
    }
  }

  private fail(check: ColumnCheck, kind: string, message: string, file: string, line: number, value: string): void {
    this.log.record(
      { rule: `${check.name}.${kind}`, column: check.name, check: kind, severity: 'error', message },
      { file, line, value: shown(value) },
    );
  }

  check(row: Row, file: string): void {
    this.rows++;
    for (const c of this.checks) {
      const i = c.index;
      if (row.isNull(i)) {
        if (c.rules.nullable === false) this.fail(c, 'nullable', 'missing values in a column with `nullable: false`', file, row.line, '');
        continue;
      }
      const type = c.rules.type;
      if (c.numeric) {
        const value = row.number(i);
        if (Number.isNaN(value) || (type === 'integer' && !Number.isInteger(value))) {
          this.fail(c, 'type', `values that are not ${type === 'integer' ? 'integers' : 'numbers'}`, file, row.line, row.text(i));
          continue;
        }
        if (value < c.min) this.fail(c, 'min', `values below the minimum ${c.rules.min}`, file, row.line, row.text(i));
        if (value > c.max) this.fail(c, 'max', `values above the maximum ${c.rules.max}`, file, row.line, row.text(i));
        if (c.numberValues && !c.numberValues.has(value))
          this.fail(c, 'values', `values not in the allowed list [${c.rules.values!.join(', ')}]`, file, row.line, row.text(i));
      } else if (type === 'boolean' || type === 'datetime' || c.textValues || c.pattern) {
        const text = row.text(i);
        if (type === 'boolean' && !BOOLEAN_TEXT.has(text))
          this.fail(c, 'type', 'values that are not booleans (true/false, yes/no, 1/0)', file, row.line, text);
        if (type === 'datetime') {
          const time = parseDatetime(text);
          if (Number.isNaN(time))
            this.fail(
              c,
              'type',
              'values that are not ISO 8601 dates or datetimes (YYYY-MM-DD[THH:MM[:SS]][Z|±HH:MM])',
              file,
              row.line,
              text,
            );
          else {
            if (time < c.min) this.fail(c, 'min', `dates before the minimum ${c.rules.min}`, file, row.line, text);
            if (time > c.max) this.fail(c, 'max', `dates after the maximum ${c.rules.max}`, file, row.line, text);
          }
        }
        if (c.textValues && !c.textValues.has(text))
          this.fail(c, 'values', `values not in the allowed list [${c.rules.values!.join(', ')}]`, file, row.line, text);
        if (c.pattern && !c.pattern.test(text))
          this.fail(c, 'pattern', `values that do not match the pattern /${c.rules.pattern}/`, file, row.line, text);
      }
      if (c.seen && c.seen.add(row.hash(i)) > 0)
        this.fail(c, 'unique', 'repeated values in a column with `unique: true`', file, row.line, row.text(i));
    }
  }

  /** Rows skipped because their field count was wrong. */
  ragged(file: string, line: number, fields: number, expected: number): void {
    this.log.record(
      {
        rule: 'file.ragged_row',
        check: 'ragged_row',
        severity: 'error',
        message:
          'rows with a different number of fields than the header (skipped). Check for a missing or extra delimiter, or an unquoted field that contains one',
      },
      { file, line, value: `${fields} fields, header has ${expected}` },
    );
  }

  /** Uniqueness samples, for merging parts. */
  state(): Record<string, PackedHashSample> {
    return Object.fromEntries(this.checks.filter((c) => c.seen).map((c) => [c.name, c.seen!.pack()]));
  }

  absorb(state: Record<string, PackedHashSample>): void {
    for (const c of this.checks) if (c.seen && state[c.name]) c.seen.mergePacked(state[c.name]);
  }

  /** Lets the uniqueness samples' memory be reused, once `state()` has been taken. */
  release(): void {
    for (const c of this.checks) c.seen?.release();
  }

  finish(profile: DataProfile): void {
    const table = this.schema.table;
    const at = (key: keyof typeof table.lines) => ({ file: this.schema.file, line: table.lines[key] ?? 1 });
    const rows = profile.table.rows;
    if (table.min_rows !== undefined && rows < table.min_rows) {
      this.log.record(
        { rule: 'table.min_rows', check: 'min_rows', severity: 'error', message: `${rows} rows, fewer than min_rows ${table.min_rows}` },
        at('min_rows'),
      );
    }
    if (table.max_rows !== undefined && rows > table.max_rows) {
      this.log.record(
        { rule: 'table.max_rows', check: 'max_rows', severity: 'error', message: `${rows} rows, more than max_rows ${table.max_rows}` },
        at('max_rows'),
      );
    }
    const dup = profile.table.duplicateRowShare;
    if (table.max_duplicate_rows_share !== undefined && dup > table.max_duplicate_rows_share) {
      this.log.record(
        {
          rule: 'table.max_duplicate_rows_share',
          check: 'max_duplicate_rows_share',
          severity: 'error',
          message: `${(dup * 100).toFixed(2)}% of rows repeat an earlier row${profile.table.duplicateRowShareExact ? '' : ' (estimated from a sample)'}, more than max_duplicate_rows_share ${table.max_duplicate_rows_share}`,
          approximate: !profile.table.duplicateRowShareExact,
        },
        at('max_duplicate_rows_share'),
        Math.round(dup * rows),
      );
    }
    for (const c of this.checks) {
      const nulls = profile.columns[c.index].nulls;
      const share = rows === 0 ? 0 : nulls / rows;
      if (c.rules.max_null_share !== undefined && share > c.rules.max_null_share) {
        this.log.record(
          {
            rule: `${c.name}.max_null_share`,
            column: c.name,
            check: 'max_null_share',
            severity: 'error',
            message: `${(share * 100).toFixed(2)}% of values missing, more than max_null_share ${c.rules.max_null_share}`,
          },
          { file: this.schema.file, line: this.schema.columns.get(c.name)?.line ?? 1 },
          nulls,
        );
      }
      if (!c.seen) continue;
      // Repeats counted from the (merged) sample: it also catches repeats across parts read apart.
      const { items, distinct } = c.seen.counted();
      const repeats = Math.round((items - distinct) / c.seen.rate);
      if (repeats === 0) continue;
      const unique = this.log.record(
        {
          rule: `${c.name}.unique`,
          column: c.name,
          check: 'unique',
          severity: 'error',
          message: 'repeated values in a column with `unique: true`',
        },
        undefined,
        0,
      );
      unique.count = repeats;
      if (!c.seen.isExact) {
        unique.approximate = true;
        unique.message += ` (estimated from a ${(c.seen.rate * 100).toPrecision(2)}% sample of the values)`;
      }
    }
  }
}

export interface SkewPartState {
  columns: { outside: number; values: number; nullLines: ViolationExample[] }[];
}

const OUT_OF_RANGE_SHARE = 0.01;
const NULL_JUMP = 0.05;

interface SkewColumn {
  name: string;
  index: number;
  min?: number;
  max?: number;
  categories?: Set<string>;
  outside: number;
  values: number;
  nullLines: ViolationExample[];
}

/**
 * Train/serving skew against a reference profile: values outside the reference's range,
 * categories it never saw, and jumps in the missing-value rate. All are warnings.
 */
export class SkewChecker {
  private readonly columns: SkewColumn[] = [];

  constructor(
    private readonly reference: DataProfile,
    referenceFile: string,
    columns: string[],
    private readonly log: ViolationLog,
    part = false,
  ) {
    for (const ref of reference.columns) {
      const index = columns.indexOf(ref.name);
      if (index < 0) {
        if (!part)
          log.record(
            {
              rule: 'skew.missing_column',
              check: 'missing_column',
              severity: 'warning',
              message: 'columns in the reference profile are missing from the data',
            },
            { file: referenceFile, line: 1, value: ref.name },
          );
        continue;
      }
      const numeric = (ref.type === 'integer' || ref.type === 'number') && typeof ref.min === 'number' && typeof ref.max === 'number';
      const known = (ref.type === 'category' || ref.type === 'boolean') && ref.topExact && ref.sketch.text.error === 0;
      this.columns.push({
        name: ref.name,
        index,
        min: numeric ? (ref.min as number) : undefined,
        max: numeric ? (ref.max as number) : undefined,
        categories: known
          ? new Set([...ref.sketch.text.items.map(([v]) => v), ...(ref.sketch.numericLevels ?? []).map(([v]) => String(v))])
          : undefined,
        outside: 0,
        values: 0,
        nullLines: [],
      });
    }
    const extra = columns.filter((c) => !reference.columns.some((r) => r.name === c));
    if (extra.length > 0 && !part)
      log.record(
        {
          rule: 'skew.new_column',
          check: 'new_column',
          severity: 'warning',
          message: `columns not in the reference profile: ${extra.join(', ')}`,
        },
        undefined,
        extra.length,
      );
  }

  state(): SkewPartState {
    return { columns: this.columns.map((c) => ({ outside: c.outside, values: c.values, nullLines: c.nullLines })) };
  }

  absorb(state: SkewPartState, lineOffset: number): void {
    state.columns.forEach((part, i) => {
      const c = this.columns[i];
      c.outside += part.outside;
      c.values += part.values;
      for (const example of part.nullLines)
        if (c.nullLines.length < MAX_EXAMPLES) c.nullLines.push({ ...example, line: example.line + lineOffset });
    });
  }

  add(row: Row, file: string): void {
    for (const c of this.columns) {
      if (row.isNull(c.index)) {
        if (c.nullLines.length < MAX_EXAMPLES) c.nullLines.push({ file, line: row.line });
        continue;
      }
      c.values++;
      if (c.min !== undefined) {
        const value = row.number(c.index);
        if (value < c.min! || value > c.max!) {
          c.outside++;
          this.log.record(
            {
              rule: `skew.${c.name}.out_of_range`,
              column: c.name,
              check: 'out_of_range',
              severity: 'warning',
              message: `values outside the reference range [${c.min}, ${c.max}]`,
            },
            { file, line: row.line, value: row.text(c.index) },
            0,
          );
        }
      } else if (c.categories) {
        const text = row.text(c.index);
        if (!c.categories.has(text)) {
          this.log.record(
            {
              rule: `skew.${c.name}.new_categories`,
              column: c.name,
              check: 'new_categories',
              severity: 'warning',
              message: `categories the reference never saw (it had: ${[...c.categories].slice(0, 10).join(', ')})`,
            },
            { file, line: row.line, value: shown(text) },
          );
        }
      }
    }
  }

  finish(profile: DataProfile): void {
    for (const c of this.columns) {
      const rule = `skew.${c.name}.out_of_range`;
      const outside = this.log.get(rule);
      if (outside) {
        const share = c.values === 0 ? 0 : c.outside / c.values;
        outside.count = c.outside;
        outside.message = `${(share * 100).toFixed(2)}% of values outside the reference range [${c.min}, ${c.max}]`;
        // A share this small is noise, not skew.
        if (share <= OUT_OF_RANGE_SHARE) this.log.remove(rule);
      }
      const ref = this.reference.columns.find((r) => r.name === c.name)!;
      const current = profile.columns.find((p) => p.name === c.name);
      if (current && current.nullShare - ref.nullShare > NULL_JUMP && current.nullShare > 2 * ref.nullShare) {
        this.log.record(
          {
            rule: `skew.${c.name}.null_rate`,
            column: c.name,
            check: 'null_rate',
            severity: 'warning',
            message: `missing values jumped from ${(ref.nullShare * 100).toFixed(1)}% in the reference to ${(current.nullShare * 100).toFixed(1)}%`,
          },
          c.nullLines[0],
          current.nulls,
        );
        const logged = this.log.get(`skew.${c.name}.null_rate`)!;
        logged.examples = c.nullLines;
      }
    }
  }
}
