import { codeBlock } from './markdown.js';

/**
 * Mermaid `xychart-beta` blocks, in the smallest subset of its grammar that GitHub renders:
 *
 *     %%{init: … plotColorPalette …}%%     (fixed series colours: PALETTE_DIRECTIVE)
 *     xychart-beta                       (or xychart-beta horizontal)
 *         title "Text"
 *         x-axis "Text" ["a", "b", …]        (the axis title is optional)
 *         y-axis "Text" LOW --> HIGH
 *         line [1.5, 2, …]                   (or bar; one value per x label)
 *
 * A block GitHub cannot parse shows an error box in the comment, so every string is reduced
 * to characters that need no escaping inside double quotes, every number is finite and written
 * without exponent, and `isValidXyChart` checks emitted blocks against exactly this grammar.
 */
export interface XySeries {
  kind: 'line' | 'bar';
  values: readonly number[];
}

export interface XyChart {
  title: string;
  /** Bars drawn sideways, so long category labels have room. */
  horizontal?: boolean;
  /** Colour of each series, in order (default SERIES_COLOURS). */
  colours?: readonly Colour[];
  xTitle?: string;
  xLabels: readonly string[];
  yTitle: string;
  series: readonly XySeries[];
}

/**
 * Series colours, in order, fixed so the text can name them (xychart has no legend): the default
 * theme draws a first line in a pale lavender that is hard to see on white.
 */
export const COLOURS = {
  blue: '#0969da',
  lightblue: '#54aeff',
  orange: '#bc4c00',
  lightorange: '#fb8f44',
  green: '#1a7f37',
  purple: '#8250df',
  grey: '#8c959f',
  lightgrey: '#d0d7de',
} as const;
export type Colour = keyof typeof COLOURS;
export const SERIES_COLOURS: readonly Colour[] = ['blue', 'orange', 'green', 'purple'];

/** The init directive that fixes the series colours, in series order. */
export function paletteDirective(colours: readonly Colour[] = SERIES_COLOURS): string {
  return `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colours.map((c) => COLOURS[c]).join(', ')}"}}}}%%`;
}
export const PALETTE_DIRECTIVE = paletteDirective();

/** Text safe inside a quoted xychart string: no quotes, brackets, semicolons, `#`, `%%` or newlines. */
export function chartText(text: string, max = 60): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9 _.,:()/+\-=<>²]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned.length > max ? `${cleaned.slice(0, max - 1)}…` : cleaned) || '-';
}

/** A finite number in plain decimal notation (mermaid's number token has no exponent). */
export function chartNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`a chart value must be finite, got ${value}`);
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(6));
  const text = rounded.toString();
  if (!/e/i.test(text)) return text;
  // Below 1e-6 or above 1e21 JavaScript switches to exponents, which mermaid does not read.
  if (Math.abs(rounded) < 1) return rounded.toFixed(Math.min(100, 5 - Math.floor(Math.log10(Math.abs(rounded))))).replace(/0+$/, '');
  return BigInt(Math.round(rounded)).toString();
}

/** The y range: the printed values' range padded by 5% and rounded outward, never empty; bars start from 0. */
function yRange(series: readonly XySeries[]): [number, number] {
  const values = series.flatMap((s) => s.values.map((v) => Number(chartNumber(v))));
  if (series.some((s) => s.kind === 'bar')) values.push(0);
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    const pad = Math.abs(low) * 0.1 || 1;
    low -= pad;
    high += pad;
  }
  const pad = (high - low) * 0.05;
  low = low >= 0 && low - pad < 0 ? 0 : low - pad;
  high = high <= 0 && high + pad > 0 ? 0 : high + pad;
  const step = 10 ** (Math.floor(Math.log10(high - low)) - 2);
  return [Number((Math.floor(low / step) * step).toPrecision(12)), Number((Math.ceil(high / step) * step).toPrecision(12))];
}

/** The chart as a fenced `mermaid` block, or undefined when there is nothing finite to draw. */
export function xyChart(chart: XyChart): string | undefined {
  const series = chart.series
    .filter((s) => s.values.length === chart.xLabels.length && s.values.length > 0 && s.values.every(Number.isFinite))
    .slice(0, (chart.colours ?? SERIES_COLOURS).length);
  if (series.length === 0) return undefined;
  const [low, high] = yRange(series);
  const labels = chart.xLabels.map((label) => `"${chartText(label, 24)}"`).join(', ');
  const lines = [
    paletteDirective(chart.colours),
    chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
    `    title "${chartText(chart.title)}"`,
    `    x-axis ${chart.xTitle ? `"${chartText(chart.xTitle)}" ` : ''}[${labels}]`,
    `    y-axis "${chartText(chart.yTitle)}" ${chartNumber(low)} --> ${chartNumber(high)}`,
    ...series.map((s) => `    ${s.kind} [${s.values.map(chartNumber).join(', ')}]`),
  ];
  return codeBlock(lines.join('\n'), 'mermaid');
}

const STRING = String.raw`"[A-Za-z0-9 _.,:()/+\-=<>²…]+"`;
const NUMBER = String.raw`-?\d+(?:\.\d+)?`;
const GRAMMAR = {
  palette: /^%%\{init: \{"themeVariables": \{"xyChart": \{"plotColorPalette": "#[0-9a-f]{6}(?:, #[0-9a-f]{6})*"\}\}\}\}%%$/,
  title: new RegExp(`^    title ${STRING}$`),
  xAxis: new RegExp(`^    x-axis (?:${STRING} )?\\[(${STRING}(?:, ${STRING})*)\\]$`),
  yAxis: new RegExp(`^    y-axis ${STRING} (${NUMBER}) --> (${NUMBER})$`),
  series: new RegExp(`^    (?:line|bar) \\[(${NUMBER}(?:, ${NUMBER})*)\\]$`),
};

/**
 * Checks one mermaid block's body against the grammar above: header, title, x-axis, y-axis,
 * then at least one series with one number per x label, all inside the y range. Returns the
 * problems (empty when valid).
 */
export function xyChartProblems(body: string): string[] {
  const all = body.replace(/\n$/, '').split('\n');
  const problems: string[] = [];
  if (!GRAMMAR.palette.test(all[0] ?? '')) problems.push(`first line is "${all[0]}", not the palette directive`);
  const lines = all.slice(1);
  if (lines[0] !== 'xychart-beta' && lines[0] !== 'xychart-beta horizontal')
    problems.push(`second line is "${lines[0]}", not "xychart-beta" (or "xychart-beta horizontal")`);
  if (!GRAMMAR.title.test(lines[1] ?? '')) problems.push(`bad title line: ${lines[1]}`);
  const x = GRAMMAR.xAxis.exec(lines[2] ?? '');
  if (!x) problems.push(`bad x-axis line: ${lines[2]}`);
  const y = GRAMMAR.yAxis.exec(lines[3] ?? '');
  if (!y) problems.push(`bad y-axis line: ${lines[3]}`);
  const count = x ? x[1].split('", "').length : 0;
  const [low, high] = y ? [Number(y[1]), Number(y[2])] : [Number.NaN, Number.NaN];
  if (y && !(low < high)) problems.push(`empty y range ${low} --> ${high}`);
  const seriesLines = lines.slice(4);
  if (seriesLines.length === 0) problems.push('no series');
  for (const line of seriesLines) {
    const match = GRAMMAR.series.exec(line);
    if (!match) {
      problems.push(`bad series line: ${line}`);
      continue;
    }
    const values = match[1].split(', ').map(Number);
    if (values.length !== count) problems.push(`series has ${values.length} values for ${count} x labels`);
    if (values.some((v) => v < low - 1e-9 || v > high + 1e-9)) problems.push(`series values outside the y range ${low} --> ${high}`);
  }
  return problems;
}

/** Bodies of every ```mermaid block in a markdown document. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^(`{3,})mermaid\n([\s\S]*?)\n\1$/gm)].map((match) => match[2]);
}
