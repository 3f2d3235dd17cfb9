import { describe, expect, it } from 'vitest';
import {
  codeBlock,
  commentLimit,
  details,
  escapeCell,
  formatNumber,
  renderReport,
  summaryLimit,
  table,
  type Limit,
} from '../../shared/report/markdown.js';

describe('table', () => {
  it('renders a GitHub table, escaping pipes and newlines, right-aligning numbers', () => {
    expect(
      table(
        ['metric', 'value'],
        [
          ['a|b', 1],
          ['line\nbreak', 2.5],
        ],
      ),
    ).toBe('| metric | value |\n| :- | -: |\n| a\\|b | 1 |\n| line<br>break | 2.5 |');
  });
  it('escapes backslashes before pipes so a trailing backslash cannot eat the separator', () => {
    expect(escapeCell('x\\')).toBe('x\\\\');
  });
});

describe('blocks', () => {
  it('uses a fence longer than any backtick run inside', () => {
    expect(codeBlock('a ```` b')).toBe('`````\na ```` b\n`````');
  });
  it('wraps details with blank lines so markdown renders inside', () => {
    expect(details('More <x>', '| a |\n| - |')).toBe('<details><summary>More &lt;x&gt;</summary>\n\n| a |\n| - |\n\n</details>');
  });
  it('formats numbers for reading', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(0.00001234)).toBe('1.234e-5');
    expect(formatNumber(Number.NaN)).toBe('–');
  });
});

describe('renderReport', () => {
  const small: Limit = { max: 300, measure: (t) => t.length, fullReportHint: 'the job summary' };

  it('keeps everything when it fits', () => {
    const out = renderReport([{ markdown: '# Title', essential: true }, { markdown: 'detail' }], small);
    expect(out).toEqual({ markdown: '# Title\n\ndetail\n', omitted: 0, truncated: false });
  });

  it('drops detail sections from the end first and says so', () => {
    const out = renderReport(
      [{ markdown: '# Title', essential: true }, { markdown: 'keep me' }, { markdown: 'x'.repeat(280) }, { markdown: 'tail' }],
      small,
    );
    expect(out.markdown).toContain('keep me');
    expect(out.markdown).not.toContain('xxxxx');
    expect(out.markdown).toContain('2 sections left out');
    expect(out.markdown).toContain('The full report: the job summary.');
    expect(out.markdown.length).toBeLessThanOrEqual(300);
  });

  it('cuts an oversized essential section at a line boundary and closes open blocks', () => {
    const long = ['<details><summary>s</summary>', '', '```', ...Array.from({ length: 100 }, (_, i) => `line ${i}`)].join('\n');
    const out = renderReport([{ markdown: long, essential: true }], small);
    expect(out.markdown.length).toBeLessThanOrEqual(300);
    expect(out.markdown.match(/```/g)?.length).toBe(2);
    expect(out.markdown).toContain('</details>');
    expect(out.markdown).toMatch(/line \d+\n```/);
  });

  it('stays under the real comment limit with a huge table, and summaries count bytes', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`row ${i}`, i]);
    const out = renderReport([{ markdown: '## Metrics', essential: true }, { markdown: table(['name', 'value'], rows) }], commentLimit());
    expect(out.markdown.length).toBeLessThanOrEqual(65_536);
    expect(out.omitted).toBe(1);
    const multibyte = renderReport([{ markdown: 'é'.repeat(600_000) }, { markdown: 'ok', essential: true }], summaryLimit());
    expect(Buffer.byteLength(multibyte.markdown)).toBeLessThanOrEqual(1024 * 1024);
    expect(multibyte.markdown).toContain('ok');
  });
});

describe('as GitHub renders it', async () => {
  const { renderGfm } = await import('../support/gfm.js');
  it('tables with escaped cells render as one table with the right cells', () => {
    const html = renderGfm(
      table(
        ['metric', 'note'],
        [
          ['f1', 'a|b'],
          ['auc', 'x\\'],
        ],
      ),
    );
    expect(html.match(/<table>/g)).toHaveLength(1);
    expect(html).toMatch(/<td[^>]*>a\|b<\/td>/);
    expect(html).toMatch(/<td[^>]*>x\\<\/td>/);
  });
  it('a shortened report still renders its details and code blocks closed', () => {
    const long = ['<details><summary>s</summary>', '', '```', ...Array.from({ length: 100 }, (_, i) => `line ${i}`)].join('\n');
    const html = renderGfm(
      renderReport([{ markdown: long, essential: true }, { markdown: 'after' }], { max: 400, measure: (t) => t.length }).markdown,
    );
    expect(html).toMatch(/<\/code><\/pre>\s*<\/details>/);
  });
});
