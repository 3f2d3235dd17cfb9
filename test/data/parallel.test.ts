import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateData } from '../../shared/data/check.js';
import { planRanges, readPlanned, runInThread } from '../../shared/data/parallel.js';
import { Pass } from '../../shared/data/pass.js';
import { seededRandom } from '../../shared/stats/random.js';

/** A CSV with quoted fields holding newlines and delimiters, missing cells, duplicates, ragged rows and rule violations. */
function messyCsv(rows: number): string {
  const random = seededRandom(42);
  const lines = ['id,amount,plan,note'];
  for (let i = 0; i < rows; i++) {
    const id = i % 97 === 0 ? i - 1 : i; // repeats
    const amount = random() < 0.02 ? '' : (random() * 200 - 10).toFixed(3);
    const plan = random() < 0.01 ? 'gold' : random() < 0.5 ? 'basic' : 'pro';
    const note = random() < 0.1 ? '"multi\nline, ""quoted"""' : random() < 0.05 ? 'NA' : `n${i % 13}`;
    lines.push(i % 501 === 0 ? `${id},${amount}` : `${id},${amount},${plan},${note}`);
    if (i % 400 === 0) lines.push(lines[lines.length - 1]);
  }
  return `${lines.join('\r\n')}\r\n`;
}

const schema = `columns:
  id: {type: integer, unique: true}
  amount: {type: number, min: 0, max: 180}
  plan: {type: category, values: [basic, pro]}
  note: {type: string, max_null_share: 0.01}
table:
  max_duplicate_rows_share: 0.001
`;

describe('byte ranges read apart and merged', () => {
  it('give the same report and profile as one pass', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mlops-parallel-'));
    await writeFile(path.join(dir, 'a.csv'), messyCsv(6000));
    await writeFile(path.join(dir, 'b.csv'), messyCsv(3000));
    await writeFile(path.join(dir, 'schema.yml'), schema);
    const options = { data: '*.csv', cwd: dir, schema: 'schema.yml' };
    const one = await validateData({ ...options, parallel: 'off' });
    const plans = await planRanges(['a.csv', 'b.csv'], dir, 2, 48 * 1024);
    expect(plans!.reduce((n, p) => n + p.ranges.length, 0)).toBeGreaterThan(4);
    const split = await validateData({ ...options, parallel: 'in-thread', rangeBytes: 48 * 1024 });
    expect(split.report.violations).toEqual(one.report.violations);
    expect(split.report.rows).toBe(one.report.rows);
    expect(split.profile!.table).toEqual(one.profile!.table);
    for (const [i, c] of one.profile!.columns.entries()) {
      const s = split.profile!.columns[i];
      expect([s.name, s.type, s.count, s.nulls, s.distinct, s.min, s.max, s.topCategories]).toEqual([
        c.name,
        c.type,
        c.count,
        c.nulls,
        c.distinct,
        c.min,
        c.max,
        c.topCategories,
      ]);
      if (c.mean !== null) {
        expect(Math.abs(s.mean! - c.mean) / Math.abs(c.mean)).toBeLessThan(1e-12);
        expect(Math.abs(s.std! - c.std!) / c.std!).toBeLessThan(1e-12);
      }
    }
    // The rules that must have fired, with lines in the right files.
    const rules = one.report.violations.map((v) => v.rule);
    expect(rules).toEqual(
      expect.arrayContaining(['id.unique', 'amount.min', 'amount.max', 'plan.values', 'file.ragged_row', 'table.max_duplicate_rows_share']),
    );
    expect(one.report.violations.find((v) => v.rule === 'file.ragged_row')!.examples[0]).toEqual({
      file: 'a.csv',
      line: 2,
      value: '2 fields, header has 4',
    });
  });

  it('refuses a split that starts inside a quoted field, so the caller reads in one piece', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'mlops-parallel-'));
    // One long quoted field full of newlines: any range boundary inside it lands mid-field.
    const long = `"${'line\n'.repeat(5000)}"`;
    await writeFile(path.join(dir, 'q.csv'), `a,b\n1,x\n2,${long}\n3,y\n`);
    const plans = (await planRanges(['q.csv'], dir, 2, 4096))!;
    expect(plans[0].ranges.length).toBeGreaterThan(2);
    const pass = new Pass({ columns: plans[0].columns, firstFile: 'q.csv' });
    expect(await readPlanned(plans, pass, {}, runInThread)).toBe(false);
    const split = await validateData({ data: 'q.csv', cwd: dir, parallel: 'in-thread', rangeBytes: 4096 });
    expect(split.report.rows).toBe(3);
    expect(split.report.violations).toEqual([]);
  });
});
