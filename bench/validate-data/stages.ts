// Where validate-data's time goes, stage by stage, on one thread (run by hand):
//   node bench/validate-data/run.mjs builds it; or bundle it with ncc and run
//   node stages.js <file.csv> parse|numbers|profile
// parse: the byte-level CSV reader alone; numbers: plus isNull + number() on every numeric
// cell; profile: plus the full profile (moments, KLL, HLL, top-k, row hashes).
import { createReadStream } from 'node:fs';
import { CsvReader } from '../../shared/data/csv.js';
import { ProfileBuilder } from '../../shared/data/profile.js';

async function main(): Promise<void> {
  const [file, mode = 'parse'] = process.argv.slice(2);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let rows = 0;
  let sum = 0;
  let builder: ProfileBuilder | undefined;
  let numeric: number[] = [];
  const reader = new CsvReader({
    file,
    onHeader: (columns) => {
      builder = new ProfileBuilder(columns);
      numeric = columns.map((_, i) => i).filter((i) => i < columns.length - 3);
    },
    onRow: (row) => {
      rows++;
      if (mode === 'numbers') for (const i of numeric) if (!row.isNull(i)) sum += row.number(i);
      if (mode === 'profile') builder!.add(row);
    },
  });
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) reader.push(chunk);
  reader.finish();
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  // CPU seconds (user + system) vary less than wall time on a shared machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(`${JSON.stringify({ mode, rows, seconds, cpuSeconds, checksum: sum })}\n`);
}

void main();
