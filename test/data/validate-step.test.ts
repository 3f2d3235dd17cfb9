import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseActionInputs } from '../../shared/inputs/parse.js';
import { readRunContext } from '../../shared/github/context.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { run, ValidationFailedError } from '../../shared/steps/validate-data.js';
import type { ValidationReport } from '../../shared/data/check.js';
import type { DataProfile } from '../../shared/data/profile.js';

const churn = path.resolve('examples/churn');

async function workspace(files: Record<string, string | Buffer> = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'mlops-validate-'));
  for (const [name, content] of Object.entries(files)) {
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(path.join(dir, name)), { recursive: true }));
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

/** Runs the step as the runner would, collecting log lines and the summary. */
async function validate(cwd: string, raw: Record<string, string>) {
  const lines: string[] = [];
  const io = createCliIO((line) => lines.push(line));
  const inputs = parseActionInputs('validate-data', raw);
  let outputs: Record<string, unknown> | undefined;
  let failure: ValidationFailedError | undefined;
  try {
    outputs = await run({ inputs, io, env: {}, cwd, run: readRunContext({}) });
  } catch (error) {
    if (!(error instanceof ValidationFailedError)) throw error;
    failure = error;
    outputs = error.outputs;
  }
  const report: ValidationReport = JSON.parse(await readFile(path.join(cwd, String(outputs!.report)), 'utf8'));
  return { outputs: outputs!, failure, lines, summary: io.summary.join('\n'), report };
}

function rule(report: ValidationReport, name: string) {
  const found = report.violations.find((v) => v.rule === name);
  if (!found) throw new Error(`no violation ${name}; got ${report.violations.map((v) => v.rule).join(', ')}`);
  return found;
}

describe('validate-data on the example dataset', () => {
  it('validates clean against its schema and writes profile, report and summary', async () => {
    const cwd = await workspace();
    await cp(churn, path.join(cwd, 'churn'), { recursive: true });
    const { outputs, failure, summary, report } = await validate(cwd, { data: 'churn/data/train.csv', schema: 'churn/schema.yml' });
    expect(failure).toBeUndefined();
    expect(report.violations).toEqual([]);
    expect(outputs).toMatchObject({
      valid: true,
      rows: 4000,
      errors: 0,
      warnings: 0,
      report: 'mlops-out/validation-report.json',
      profile: 'mlops-out/data-profile.json',
    });
    expect(outputs.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    const profile: DataProfile = JSON.parse(await readFile(path.join(cwd, 'mlops-out/data-profile.json'), 'utf8'));
    expect(profile.table.rows).toBe(4000);
    expect(profile.columns.find((c) => c.name === 'contract')!.type).toBe('category');
    expect(summary).toMatch(/validate-data: ✅ valid/);
    expect(summary).toMatch(/\*\*4,000 rows\*\* × 10 columns/);
    expect(summary).toMatch(/\| `monthly_charges` \| number \|/);
  });

  it('infers an editable schema that the same data, and the hold-out, pass', async () => {
    const cwd = await workspace();
    await cp(churn, path.join(cwd, 'churn'), { recursive: true });
    const first = await validate(cwd, { data: 'churn/data/train.csv', 'infer-schema': 'true' });
    expect(first.outputs.valid).toBe(true);
    const yaml = await readFile(path.join(cwd, 'mlops-out/schema.yml'), 'utf8');
    expect(yaml).toMatch(/^# Schema inferred/);
    const schema = parseYaml(yaml);
    expect(schema.columns.contract.values).toEqual(['month-to-month', 'one-year', 'two-year']);
    expect(schema.columns.churned.values).toEqual([0, 1]);
    expect(schema.columns.customer_id.unique).toBe(true);
    // Widened, not pinned to the observed extremes (18 … 89).
    expect(schema.columns.age.min).toBeLessThan(18);
    expect(schema.columns.age.max).toBeGreaterThan(89);
    expect(schema.columns.total_charges.nullable).toBe(true);
    for (const data of ['churn/data/train.csv', 'churn/data/eval.csv']) {
      const again = await validate(cwd, { data, schema: 'mlops-out/schema.yml' });
      expect(again.report.violations).toEqual([]);
    }
  });
});

describe('schema rules are counted with their first examples', () => {
  const schema = `columns:
  id: {type: integer, unique: true, nullable: false}
  score: {type: number, min: 0, max: 1}
  plan: {type: category, values: [basic, pro]}
  email: {type: string, pattern: '[^@]+@[^@]+', max_null_share: 0.2}
  day: {type: datetime, min: '2024-01-01'}
  active: {type: boolean}
  missing_col: {type: string}
table:
  min_rows: 100
  allow_extra_columns: false
  max_duplicate_rows_share: 0.1
`;
  const data = [
    'id,score,plan,email,day,active,extra',
    '1,0.5,basic,a@b.c,2024-02-01,true,x',
    '2,1.5,gold,nope,2023-12-31,maybe,x',
    '2,abc,pro,,2024-01-05,false,x',
    ',-1,pro,,not-a-date,1,x',
    '5,0.1,basic,a@b.c,2024-03-01,no,x',
    '5,0.1,basic,a@b.c,2024-03-01,no,x',
  ].join('\n');

  it('reports each rule with counts and file:line examples, and annotates capped by max-annotations', async () => {
    const cwd = await workspace({ 'data.csv': `${data}\n`, 'schema.yml': schema });
    const { outputs, failure, report, lines, summary } = await validate(cwd, {
      data: 'data.csv',
      schema: 'schema.yml',
      'max-annotations': '3',
    });
    expect(failure?.message).toMatch(/errors in \d+ rules/);
    expect(outputs.valid).toBe(false);
    expect(rule(report, 'id.unique')).toMatchObject({
      count: 2,
      examples: [
        { file: 'data.csv', line: 4, value: '2' },
        { file: 'data.csv', line: 7, value: '5' },
      ],
    });
    expect(rule(report, 'id.nullable')).toMatchObject({ count: 1, examples: [{ line: 5 }] });
    expect(rule(report, 'score.max')).toMatchObject({ count: 1, examples: [{ line: 3, value: '1.5' }] });
    expect(rule(report, 'score.min')).toMatchObject({ count: 1, examples: [{ line: 5 }] });
    expect(rule(report, 'score.type')).toMatchObject({ count: 1, examples: [{ line: 4, value: 'abc' }] });
    expect(rule(report, 'plan.values')).toMatchObject({ count: 1, examples: [{ line: 3, value: 'gold' }] });
    expect(rule(report, 'email.pattern')).toMatchObject({ count: 1, examples: [{ line: 3, value: 'nope' }] });
    expect(rule(report, 'email.max_null_share')).toMatchObject({ count: 2, examples: [{ file: 'schema.yml', line: 5 }] });
    expect(rule(report, 'day.min')).toMatchObject({ count: 1, examples: [{ line: 3 }] });
    expect(rule(report, 'day.type')).toMatchObject({ count: 1, examples: [{ line: 5, value: 'not-a-date' }] });
    expect(rule(report, 'active.type')).toMatchObject({ count: 1, examples: [{ line: 3, value: 'maybe' }] });
    expect(rule(report, 'schema.missing_column')).toMatchObject({ examples: [{ file: 'schema.yml', line: 8, value: 'missing_col' }] });
    expect(rule(report, 'table.min_rows')).toMatchObject({ examples: [{ file: 'schema.yml', line: 10 }] });
    expect(rule(report, 'table.allow_extra_columns')).toMatchObject({ examples: [{ file: 'data.csv', line: 1, value: 'extra' }] });
    expect(rule(report, 'table.max_duplicate_rows_share').message).toMatch(/16\.67% of rows repeat/);
    const annotations = lines.filter((l) => l.startsWith('error: '));
    expect(annotations).toHaveLength(3);
    expect(annotations[0]).toMatch(/^error: (data|schema)\.(csv|yml):\d+: /);
    expect(lines.some((l) => /more examples are in mlops-out\/validation-report\.json/.test(l))).toBe(true);
    expect(summary).toMatch(/❌ invalid/);
    expect(summary).toMatch(/\| ❌ \| `id\.unique` \| 2 \|/);
  });

  it('fail-on never warns instead of failing', async () => {
    const cwd = await workspace({ 'data.csv': `${data}\n`, 'schema.yml': schema });
    const { failure, outputs, lines } = await validate(cwd, { data: 'data.csv', schema: 'schema.yml', 'fail-on': 'never' });
    expect(failure).toBeUndefined();
    expect(outputs.valid).toBe(false);
    expect(lines.some((l) => /^warning: .*not failing because fail-on is "never"/.test(l))).toBe(true);
  });
});

describe('bad input: a clear message with file and line, failing or warning by fail-on', () => {
  const cases: [string, Record<string, string | Buffer>, Record<string, string>, string, { file: string; line: number }][] = [
    ['empty file', { 'd.csv': '' }, {}, 'file.empty', { file: 'd.csv', line: 1 }],
    ['header only', { 'd.csv': 'a,b\n' }, {}, 'file.header_only', { file: 'd.csv', line: 2 }],
    ['ragged rows', { 'd.csv': 'a,b\n1,2\n3\n4,5,6\n' }, {}, 'file.ragged_row', { file: 'd.csv', line: 3 }],
    ['unterminated quote', { 'd.csv': 'a,b\n1,2\n3,"x\n4,5\n' }, {}, 'file.unterminated_quote', { file: 'd.csv', line: 3 }],
    [
      'non-UTF-8 bytes',
      { 'd.csv': Buffer.concat([Buffer.from('a,b\n1,'), Buffer.from([0xff, 0xfe]), Buffer.from('\n')]) },
      {},
      'file.encoding',
      { file: 'd.csv', line: 2 },
    ],
    [
      'schema naming a missing column',
      { 'd.csv': 'a,b\n1,2\n', 's.yml': 'columns:\n  a: {type: integer}\n  c: {type: string}\n' },
      { schema: 's.yml' },
      'schema.missing_column',
      { file: 's.yml', line: 3 },
    ],
    [
      'schema that is not valid YAML',
      { 'd.csv': 'a,b\n1,2\n', 's.yml': 'columns:\n  a: {type: integer\n  b: [\n' },
      { schema: 's.yml' },
      'schema.invalid',
      { file: 's.yml', line: 3 },
    ],
    [
      'schema with an unknown rule',
      { 'd.csv': 'a,b\n1,2\n', 's.yml': 'columns:\n  a:\n    type: integer\n    maximum: 3\n' },
      { schema: 's.yml' },
      'schema.invalid',
      { file: 's.yml', line: 4 },
    ],
    ['data file not found', {}, {}, 'file.not_found', { file: 'd.csv', line: 1 }],
  ];
  for (const [name, files, extra, expectedRule, where] of cases) {
    it(name, async () => {
      const cwd = await workspace(files);
      const failing = await validate(cwd, { data: 'd.csv', ...extra });
      expect(failing.failure, name).toBeInstanceOf(ValidationFailedError);
      expect(failing.failure!.message).not.toMatch(/\n\s+at /);
      const violation = rule(failing.report, expectedRule);
      expect(violation.examples[0]).toMatchObject(where);
      expect(violation.message.length).toBeGreaterThan(10);
      expect(failing.lines.some((l) => l.startsWith(`error: ${where.file}:${where.line}: ${expectedRule}`))).toBe(true);
      const lenient = await validate(cwd, { data: 'd.csv', ...extra, 'fail-on': 'never' });
      expect(lenient.failure).toBeUndefined();
      expect(lenient.outputs.valid).toBe(false);
    });
  }
});

describe('other inputs', () => {
  it('reads JSON Lines and a glob of files as one dataset, with lines per file', async () => {
    const cwd = await workspace({
      'data/part-1.jsonl': '{"id": 1, "plan": "basic", "score": 0.5}\n{"id": 2, "plan": "pro", "score": null}\n',
      'data/part-2.jsonl': '\n{"id": 3, "plan": "gold", "score": 0.25}\n',
      's.yml':
        'columns:\n  id: {type: integer, unique: true}\n  plan: {type: category, values: [basic, pro]}\n  score: {type: number, min: 0, max: 1}\n',
    });
    const { report, outputs } = await validate(cwd, { data: 'data/*.jsonl', schema: 's.yml', 'fail-on': 'never' });
    expect(report.files).toEqual(['data/part-1.jsonl', 'data/part-2.jsonl']);
    expect(outputs.rows).toBe(3);
    expect(rule(report, 'plan.values').examples).toEqual([{ file: 'data/part-2.jsonl', line: 2, value: 'gold' }]);
    const profile: DataProfile = JSON.parse(await readFile(path.join(cwd, 'mlops-out/data-profile.json'), 'utf8'));
    expect(profile.columns.find((c) => c.name === 'score')).toMatchObject({ count: 2, nulls: 1, mean: 0.375 });
  });

  it('a reference profile that is not JSON is an error at its line', async () => {
    const cwd = await workspace({ 'd.csv': 'a\n1\n', 'ref.json': '{\n  "schemaVersion": 1,\n  oops\n}\n' });
    const { report, failure } = await validate(cwd, { data: 'd.csv', 'reference-profile': 'ref.json' });
    expect(failure).toBeDefined();
    expect(rule(report, 'skew.reference_invalid').examples[0]).toMatchObject({ file: 'ref.json', line: 3 });
  });
});

describe('skew against a reference profile', () => {
  it('flags new categories, out-of-range shares and null-rate jumps as warnings', async () => {
    const train = ['plan,amount,note', ...Array.from({ length: 100 }, (_, i) => `${i % 2 ? 'basic' : 'pro'},${i},x`)].join('\n');
    const serving = [
      'plan,amount,note',
      ...Array.from({ length: 100 }, (_, i) => `${i < 5 ? 'gold' : 'basic'},${i < 10 ? 500 + i : i},${i < 30 ? '' : 'x'}`),
    ].join('\n');
    const cwd = await workspace({ 'train.csv': `${train}\n`, 'serving.csv': `${serving}\n` });
    await validate(cwd, { data: 'train.csv', 'profile-output': 'ref.json' });
    const { report, failure, outputs } = await validate(cwd, { data: 'serving.csv', 'reference-profile': 'ref.json' });
    expect(failure).toBeUndefined();
    expect(outputs).toMatchObject({ valid: true, errors: 0 });
    expect(rule(report, 'skew.plan.new_categories')).toMatchObject({ severity: 'warning', count: 5 });
    expect(rule(report, 'skew.plan.new_categories').examples[0]).toEqual({ file: 'serving.csv', line: 2, value: 'gold' });
    expect(rule(report, 'skew.amount.out_of_range')).toMatchObject({ severity: 'warning', count: 10 });
    expect(rule(report, 'skew.amount.out_of_range').message).toMatch(/^10\.00% of values outside the reference range \[0, 99\]/);
    expect(rule(report, 'skew.note.null_rate')).toMatchObject({
      severity: 'warning',
      count: 30,
      examples: [{ line: 2 }, { line: 3 }, { line: 4 }, { line: 5 }, { line: 6 }],
    });
    const strict = await validate(cwd, { data: 'serving.csv', 'reference-profile': 'ref.json', 'fail-on': 'warning' });
    expect(strict.failure?.message).toMatch(/fail-on is "warning"/);
  });
});
