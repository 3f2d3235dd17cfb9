// Writes a reference and a current CSV for the monitor benchmark, seeded:
//   node bench/monitor/generate.mjs <dir> <rows> <numeric columns> <categorical columns> [prefix] [reference rows]
// Numeric columns cycle through normal, lognormal, uniform and integer shapes with about 1% empty
// cells; categorical ones cycle through a 4-value plan, a 200-value city and a 2-value segment.
// Drift is planted in the current file only: x0 mean +0.5 std, x1 variance doubled, x2 a trivial
// shift (+0.01 std), and the first categorical column gains a new value taking 20% of the rows.
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

const [dir, rowsText = '1000000', numericText = '20', categoricalText = '3', prefix = '', referenceText] = process.argv.slice(2);
const rows = Number(rowsText);
const referenceRows = Number(referenceText ?? rowsText);
const numeric = Number(numericText);
const categorical = Number(categoricalText);
mkdirSync(dir, { recursive: true });

function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const cities = Array.from({ length: 200 }, (_, i) => `city_${i}`);
const plans = ['basic', 'pro', 'team', 'enterprise'];
const header = [...Array.from({ length: numeric }, (_, i) => `x${i}`), ...Array.from({ length: categorical }, (_, i) => `c${i}`)].join(',');

function write(file, seed, drift, rows) {
  return new Promise((resolve) => {
    const random = generator(seed);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const out = createWriteStream(file);
    out.write(`${header}\n`);
    let row = 0;
    const more = () => {
      while (row < rows) {
        const lines = [];
        for (let r = 0; r < 1000 && row < rows; r++, row++) {
          const cells = [];
          for (let c = 0; c < numeric; c++) {
            if (random() < 0.01) {
              cells.push('');
              continue;
            }
            const shift = drift ? (c === 0 ? 0.5 : c === 2 ? 0.01 : 0) : 0;
            const scale = drift && c === 1 ? Math.SQRT2 : 1;
            const z = normal() * scale + shift;
            switch (c % 4) {
              case 0:
                cells.push((z * 10 + 50).toFixed(3));
                break;
              case 1:
                cells.push(Math.exp(z * 0.5).toFixed(4));
                break;
              case 2:
                cells.push((z * 0.2887 + 0.5).toFixed(4));
                break;
              default:
                cells.push(String(Math.round(z * 20 + 500)));
            }
          }
          for (let c = 0; c < categorical; c++) {
            if (drift && c === 0 && random() < 0.2) cells.push('new_value');
            else if (c % 3 === 0) cells.push(plans[Math.floor(random() ** 2 * 4)]);
            else if (c % 3 === 1) cells.push(cities[Math.floor(random() * 200)]);
            else cells.push(random() < 0.5 ? 'A' : 'B');
          }
          lines.push(cells.join(','));
        }
        if (!out.write(`${lines.join('\n')}\n`)) return out.once('drain', more);
      }
      out.end(resolve);
    };
    more();
  });
}

const started = Date.now();
await write(path.join(dir, `${prefix}reference.csv`), 1, false, referenceRows);
await write(path.join(dir, `${prefix}current.csv`), 2, true, rows);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.error(
  `wrote ${prefix}reference.csv (${referenceRows} rows) and ${prefix}current.csv (${rows} rows) in ${dir}: ` +
    `${numeric + categorical} columns, ${seconds} s`,
);
