// Writes a benchmark CSV: 20 numeric columns (about 1% empty cells) and 3 categorical ones,
// seeded, until the file reaches the requested size. Usage: node generate.mjs <file> <megabytes>
import { createWriteStream } from 'node:fs';

const [file, megabytes = '200'] = process.argv.slice(2);
const target = Number(megabytes) * 1e6;
let a = 12345;
const random = () => {
  a = (a + 0x6d2b79f5) >>> 0;
  let t = a;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const cities = Array.from({ length: 200 }, (_, i) => `city_${i}`);
const plans = ['basic', 'pro', 'team', 'enterprise'];
const header = [...Array.from({ length: 20 }, (_, i) => `x${i}`), 'plan', 'city', 'segment'].join(',');
const out = createWriteStream(file);
let written = 0;
const write = (text) => {
  written += text.length;
  return out.write(text);
};
write(`${header}\n`);
let row = 0;
function more() {
  while (written < target) {
    const lines = [];
    for (let r = 0; r < 2000; r++, row++) {
      const cells = [];
      for (let c = 0; c < 20; c++) {
        if (random() < 0.01) cells.push('');
        else if (c % 4 === 0) cells.push(String(Math.floor(random() * 1000)));
        else cells.push((random() * 200 - 50).toFixed(c % 3 === 0 ? 2 : 6));
      }
      cells.push(plans[Math.floor(random() ** 2 * 4)], cities[Math.floor(random() * 200)], random() < 0.5 ? 'A' : 'B');
      lines.push(cells.join(','));
    }
    if (!write(`${lines.join('\n')}\n`)) return out.once('drain', more);
  }
  out.end(() => console.error(`wrote ${file}: ${row} rows, ${(written / 1e6).toFixed(0)} MB`));
}
more();
