// parseNumberBytes (the fast path from bytes) must agree with parseNumberText (the rule:
// pandas-style decimal text, read by Number) on every input, including the early exits.
import { describe, expect, it } from 'vitest';
import { parseNumberBytes, parseNumberText } from '../../shared/data/row.js';
import { seededRandom } from '../../shared/stats/random.js';

function both(text: string): [number, boolean, number, boolean] {
  const fast = { integer: false };
  const slow = { integer: false };
  const bytes = Buffer.from(text, 'utf8');
  const a = parseNumberBytes(bytes, 0, bytes.length, fast);
  const b = parseNumberText(text, slow);
  return [a, Number.isNaN(a) ? false : fast.integer, b, Number.isNaN(b) ? false : slow.integer];
}

describe('parseNumberBytes', () => {
  it('agrees with parseNumberText on hand-picked cells', () => {
    for (const text of [
      '0',
      '-0',
      '+0',
      '12',
      '-12.5',
      '.5',
      '5.',
      '-.5e3',
      '1e5',
      '1E-5',
      'e5',
      'E5',
      '-e5',
      '.e5',
      'enterprise',
      'Eve',
      'e',
      '.',
      '-',
      '+',
      '',
      ' 12',
      '12 ',
      '1.2.3',
      '1e',
      '1e+',
      '123456789012345',
      '1234567890123456',
      '0.000000000000001234',
      'NaN',
      '-1.#IND',
      '1.#QNAN',
      'inf',
      '1_000',
      '0x10',
    ]) {
      const [a, ai, b, bi] = both(text);
      expect(Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)), `"${text}": ${a} vs ${b}`).toBe(true);
      expect(ai, `"${text}" integer`).toBe(bi);
    }
  });

  it('agrees with parseNumberText on random short strings of number characters', () => {
    const random = seededRandom(99);
    const alphabet = '0123456789.-+eE x';
    for (let n = 0; n < 20_000; n++) {
      const length = 1 + Math.floor(random() * 12);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * (random() < 0.7 ? 10 : alphabet.length))];
      const [a, ai, b, bi] = both(text);
      expect(Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b)), `"${text}": ${a} vs ${b}`).toBe(true);
      expect(ai, `"${text}" integer`).toBe(bi);
    }
  });
});
