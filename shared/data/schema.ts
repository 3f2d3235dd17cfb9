import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, stringify, type Node, type YAMLMap } from 'yaml';
import { FileError } from '../runtime/errors.js';
import type { ColumnProfile, DataProfile } from './profile.js';

export const SCHEMA_TYPES = ['integer', 'number', 'boolean', 'string', 'category', 'datetime'] as const;
export type SchemaType = (typeof SCHEMA_TYPES)[number];

export interface ColumnRules {
  type?: SchemaType;
  /** Missing values allowed (default true). */
  nullable?: boolean;
  /** Numbers, or ISO dates for datetime columns. */
  min?: number | string;
  max?: number | string;
  values?: (string | number | boolean)[];
  /** A regular expression the whole value must match. */
  pattern?: string;
  unique?: boolean;
  max_null_share?: number;
}

export interface TableRules {
  min_rows?: number;
  max_rows?: number;
  /** Columns the schema does not name are allowed (default true). */
  allow_extra_columns?: boolean;
  max_duplicate_rows_share?: number;
}

export interface Schema {
  file: string;
  columns: Map<string, ColumnRules & { line?: number }>;
  table: TableRules & { lines: Partial<Record<keyof TableRules, number>> };
}

const COLUMN_KEYS = ['type', 'nullable', 'min', 'max', 'values', 'pattern', 'unique', 'max_null_share', 'description'];
const TABLE_KEYS = ['min_rows', 'max_rows', 'allow_extra_columns', 'max_duplicate_rows_share'];

/**
 * Loads a schema (YAML, or JSON, which is YAML). Every mistake is a FileError at the line of
 * the offending key: invalid YAML, unknown keys, wrong value types, a pattern that is not a
 * regular expression.
 */
export async function loadSchema(file: string, cwd: string = process.cwd()): Promise<Schema> {
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new FileError(
      `cannot read the schema (${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message}). Check the \`schema\` input`,
      file,
    );
  }
  return parseSchema(text, file);
}

export function parseSchema(text: string, file: string): Schema {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const where = error.linePos?.[0];
    throw new FileError(`the schema is not valid YAML: ${error.message.split('\n')[0]}`, file, where?.line, where?.col);
  }
  const lineOf = (node: Node | null | undefined): number | undefined => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  const fail = (message: string, node?: Node | null): never => {
    throw new FileError(message, file, lineOf(node) ?? 1);
  };
  const root = doc.contents;
  if (!isMap(root)) fail('the schema must be a mapping with `columns:` (and optionally `table:`)', root);
  const rootMap = root as YAMLMap;
  for (const pair of rootMap.items) {
    const key = String((pair.key as Node & { value?: unknown })?.toJSON?.() ?? pair.key);
    if (key !== 'columns' && key !== 'table')
      fail(`unknown top-level key "${key}": expected \`columns:\` and \`table:\``, pair.key as Node);
  }
  const columnsNode = rootMap.get('columns', true) as Node | undefined;
  if (!columnsNode || !isMap(columnsNode)) fail('`columns:` must map each column name to its rules', columnsNode ?? root);
  const columns = new Map<string, ColumnRules & { line?: number }>();
  for (const pair of (columnsNode as YAMLMap).items) {
    const keyNode = pair.key as Node;
    const name = String(isScalar(keyNode) ? keyNode.value : keyNode);
    const valueNode = pair.value as Node | null;
    const rules: ColumnRules & { line?: number } = { line: lineOf(keyNode) };
    if (valueNode !== null && !(isScalar(valueNode) && valueNode.value === null)) {
      if (!isMap(valueNode)) fail(`column "${name}": expected a mapping of rules (type, nullable, min, …)`, valueNode);
      for (const rule of (valueNode as YAMLMap).items) {
        const ruleKey = rule.key as Node;
        const key = String(isScalar(ruleKey) ? ruleKey.value : ruleKey);
        const node = rule.value as Node | null;
        const value = node?.toJSON();
        const bad = (expected: string) =>
          fail(`column "${name}": \`${key}\` must be ${expected} (got ${JSON.stringify(value)})`, node ?? ruleKey);
        switch (key) {
          case 'type':
            if (!SCHEMA_TYPES.includes(value)) bad(`one of ${SCHEMA_TYPES.join(', ')}`);
            rules.type = value;
            break;
          case 'nullable':
          case 'unique':
            if (typeof value !== 'boolean') bad('true or false');
            rules[key] = value;
            break;
          case 'min':
          case 'max':
            if (typeof value !== 'number' && typeof value !== 'string') bad('a number (or an ISO date for datetime columns)');
            if (typeof value === 'string' && Number.isNaN(Date.parse(value))) bad('a number or an ISO date');
            rules[key] = value;
            break;
          case 'values':
            if (!Array.isArray(value) || value.some((v) => v === null || typeof v === 'object')) bad('a list of values');
            rules.values = value;
            break;
          case 'pattern':
            if (typeof value !== 'string') bad('a regular expression in quotes');
            try {
              new RegExp(value);
            } catch (error) {
              bad(`a valid regular expression (${(error as Error).message})`);
            }
            rules.pattern = value;
            break;
          case 'max_null_share':
            if (typeof value !== 'number' || value < 0 || value > 1) bad('a share between 0 and 1');
            rules.max_null_share = value;
            break;
          case 'description':
            break;
          default:
            fail(`column "${name}": unknown rule "${key}" (rules: ${COLUMN_KEYS.join(', ')})`, ruleKey);
        }
      }
      if (
        rules.type &&
        rules.type !== 'datetime' &&
        rules.type !== 'integer' &&
        rules.type !== 'number' &&
        (rules.min !== undefined || rules.max !== undefined)
      ) {
        fail(`column "${name}": min/max apply to integer, number and datetime columns, not ${rules.type}`, valueNode);
      }
    }
    columns.set(name, rules);
  }
  const table: Schema['table'] = { lines: {} };
  const tableNode = rootMap.get('table', true) as Node | undefined;
  if (tableNode && !(isScalar(tableNode) && tableNode.value === null)) {
    if (!isMap(tableNode)) fail('`table:` must be a mapping of table rules', tableNode);
    for (const pair of (tableNode as YAMLMap).items) {
      const keyNode = pair.key as Node;
      const key = String(isScalar(keyNode) ? keyNode.value : keyNode) as keyof TableRules;
      const node = pair.value as Node | null;
      const value = node?.toJSON();
      const bad = (expected: string) => fail(`table: \`${key}\` must be ${expected} (got ${JSON.stringify(value)})`, node ?? keyNode);
      if (key === 'min_rows' || key === 'max_rows') {
        if (!Number.isInteger(value) || value < 0) bad('a whole number ≥ 0');
        table[key] = value;
      } else if (key === 'allow_extra_columns') {
        if (typeof value !== 'boolean') bad('true or false');
        table[key] = value;
      } else if (key === 'max_duplicate_rows_share') {
        if (typeof value !== 'number' || value < 0 || value > 1) bad('a share between 0 and 1');
        table[key] = value;
      } else fail(`unknown table rule "${key}" (rules: ${TABLE_KEYS.join(', ')})`, keyNode);
      table.lines[key] = lineOf(keyNode);
    }
  }
  return { file, columns, table };
}

// ---------------------------------------------------------------- inference

function roundOut(value: number, direction: 'down' | 'up', integer: boolean): number {
  if (integer) return direction === 'down' ? Math.floor(value) : Math.ceil(value);
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  const rounded = (direction === 'down' ? Math.floor(value / magnitude) : Math.ceil(value / magnitude)) * magnitude;
  return Number(rounded.toPrecision(12));
}

/** min/max widened by 10% of the observed range on each side, kept non-negative when the data is. */
export function widenedRange(column: ColumnProfile): { min: number; max: number } | undefined {
  if (typeof column.min !== 'number' || typeof column.max !== 'number') return undefined;
  const integer = column.type === 'integer';
  const span = column.max - column.min || Math.abs(column.max) || 1;
  const margin = span * 0.1;
  let min = roundOut(column.min - margin, 'down', integer);
  const max = roundOut(column.max + margin, 'up', integer);
  if (column.min >= 0 && min < 0) min = 0;
  return { min, max };
}

const scalar = (value: unknown) => stringify(value, { lineWidth: 0 }).trim();
const percent = (share: number) => `${(share * 100).toFixed(share < 0.01 ? 2 : 1)}%`;

/**
 * An editable schema from a profile: types as observed, nullable where nulls were seen,
 * ranges widened by a margin, value lists for low-cardinality columns only, keys marked
 * unique. Comments say what was observed, so a person can tighten or loosen each rule.
 */
export function inferSchema(profile: DataProfile, source: string): string {
  const out: string[] = [
    `# Schema inferred by mlops-actions validate-data from ${source}`,
    `# (${profile.table.rows} rows, ${profile.table.columns} columns). Edit it: it is the contract the data is checked against.`,
    '# Ranges are widened by 10% of the observed range; value lists are written only for low-cardinality columns.',
    'columns:',
  ];
  for (const column of profile.columns) {
    const observed: string[] = [`${column.count} values`];
    if (column.nulls > 0) observed.push(`${percent(column.nullShare)} missing`);
    observed.push(`${column.distinctExact ? '' : '~'}${column.distinct} distinct`);
    if (column.min !== null) observed.push(`observed ${column.min} … ${column.max}`);
    out.push(`  ${scalar(column.name)}:  # ${observed.join(', ')}`);
    const category = column.type === 'category' && column.topExact && column.topCategories && column.otherShare === 0;
    const type = column.type === 'empty' ? 'string' : column.type === 'category' && !category ? 'string' : column.type;
    out.push(`    type: ${type}`);
    out.push(`    nullable: ${column.nulls > 0}`);
    if (column.nulls > 0)
      out.push(
        `    max_null_share: ${Math.min(1, Number(Math.max(column.nullShare * 2, column.nullShare + 0.01).toPrecision(2)))}  # observed ${percent(column.nullShare)}`,
      );
    // Two-valued integer columns (flags, binary targets) get their values, not a range.
    const levels =
      type === 'integer' && column.distinctExact && column.distinct <= 2 && column.topCategories
        ? column.topCategories.map((t) => Number(t.value)).sort((a, b) => a - b)
        : undefined;
    if (levels) out.push(`    values: [${levels.join(', ')}]`);
    const range = (type === 'integer' || type === 'number') && !levels ? widenedRange(column) : undefined;
    if (range) {
      out.push(`    min: ${range.min}`);
      out.push(`    max: ${range.max}`);
    }
    if (category)
      out.push(
        `    values: [${column
          .topCategories!.map((t) => scalar(t.value))
          .sort()
          .join(', ')}]`,
      );
    const key =
      (type === 'integer' || type === 'string') &&
      column.nulls === 0 &&
      column.count >= 20 &&
      (column.distinctExact ? column.distinct === column.count : Math.abs(column.distinct - column.count) <= column.count * 0.02);
    if (key) out.push(`    unique: true  # every value distinct${column.distinctExact ? '' : ' (by estimate)'}: looks like a key`);
  }
  const dup = profile.table.duplicateRowShare;
  out.push('table:');
  out.push(`  min_rows: ${Math.max(1, Math.floor(profile.table.rows / 10))}  # a tenth of the ${profile.table.rows} rows seen`);
  out.push('  allow_extra_columns: false');
  out.push(`  max_duplicate_rows_share: ${Number(Math.max(0.01, dup * 2).toPrecision(2))}  # observed ${percent(dup)}`);
  return `${out.join('\n')}\n`;
}
