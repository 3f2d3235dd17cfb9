// Writes validate-data's whole result (profile with every sketch, report) as JSON, to check
// that an optimization changes no result: run it before and after and compare the files.
//   ncc build bench/validate-data/dump.ts -o /tmp/dump && node /tmp/dump/index.js <data> <out.json> [auto|in-thread|off] [rangeBytes] [schema] [reference]
import { writeFileSync } from 'node:fs';
import { validateData } from '../../shared/data/check.js';

async function main(): Promise<void> {
  const [data, out, parallel = 'off', rangeBytes, schema, reference] = process.argv.slice(2);
  const result = await validateData({
    data,
    parallel: parallel as 'auto' | 'in-thread' | 'off',
    rangeBytes: rangeBytes ? Number(rangeBytes) : undefined,
    schema: schema || undefined,
    referenceProfile: reference || undefined,
    inferSchema: true,
  });
  // Object.is-faithful: -0 is written as "-0", so a sign change would show.
  writeFileSync(
    out,
    JSON.stringify(result, (_, v) => (Object.is(v, -0) ? '-0' : v)),
  );
}

void main();
