// The benchmark's subject: validate-data's own work (profile + checks), bundled by run.mjs.
import { validateData } from '../../shared/data/check.js';

async function main(): Promise<void> {
  const [data, schema] = process.argv.slice(2);
  const started = process.hrtime.bigint();
  const result = await validateData({ data, schema: schema || undefined });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const { report } = result;
  process.stdout.write(
    `${JSON.stringify({ seconds, rows: report.rows, threads: report.threads, errors: report.errors, violations: report.violations.map((v) => `${v.rule}:${v.count}:${v.examples.map((e) => e.line).join('/')}`), maxRssMB: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

void main();
