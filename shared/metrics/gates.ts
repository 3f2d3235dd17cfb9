import { isMap, isScalar, parseDocument } from 'yaml';
import { InputError } from '../runtime/errors.js';
import { closest } from '../runtime/suggest.js';

/**
 * Quality gates: a YAML map of metric → condition, e.g.
 *
 *     accuracy: ">= 0.85"
 *     f1: ">= baseline - 0.01"
 *     rmse: "<= baseline * 1.05"
 *
 * Grammar of a condition (spaces optional):  OP EXPR
 *   OP   = ">=" | ">" | "<=" | "<" | "=="
 *   EXPR = NUMBER | "baseline" | "baseline" ("+" | "-" | "*") NUMBER
 * Anything else is an error that names the gate; nothing is guessed.
 *
 * A gate may also name a metric under a robustness perturbation (evaluate's `robustness` input):
 * `robustness.<perturbation>-<level>.<metric>`, e.g. `robustness.noise-0.1.accuracy: ">= 0.8"`;
 * the perturbation-level must be one that runs, and `baseline` is the baseline under the same
 * perturbation.
 */
export type GateOperator = '>=' | '>' | '<=' | '<' | '==';

export interface Gate {
  metric: string;
  /** The condition as written. */
  condition: string;
  operator: GateOperator;
  /** The threshold: a number, or the baseline's value combined with `operand`. */
  threshold: { kind: 'number'; value: number } | { kind: 'baseline'; op?: '+' | '-' | '*'; operand?: number };
}

export interface GateResult {
  metric: string;
  condition: string;
  /** The candidate's value. */
  actual: number;
  /** The value the candidate was compared with (the baseline expression evaluated). */
  threshold: number;
  passed: boolean;
  /** Why it failed when the failure is not the comparison itself (a metric that could not be computed). */
  reason?: string;
}

const INPUT = 'gates';
const OPERATORS: GateOperator[] = ['>=', '<=', '==', '>', '<'];
const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const CONDITION = new RegExp(String.raw`^\s*(>=|<=|==|>|<)\s*(?:(${NUMBER})|baseline(?:\s*([+*-])\s*(${NUMBER}))?)\s*$`);

/**
 * Parses the `gates` input. `metrics` are the names the task reports; a gate on any other name is
 * an error listing them. An empty or blank input means no gates.
 */
export function parseGates(text: string | undefined, metrics: readonly string[], robustness: readonly string[] = []): Gate[] {
  if (text === undefined || text.trim() === '') return [];
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    // The yaml package's first message line already says where, e.g. "Map keys must be unique at line 2, column 1:".
    const where = document.errors[0].message.split('\n')[0].replace(/:$/, '');
    const unquoted = /:\s*>/.test(text) ? ' Quote conditions: an unquoted ">" starts a YAML block.' : '';
    throw new InputError(
      `gates is not valid YAML: ${where}.${unquoted} Write one "metric: condition" per line, e.g. accuracy: ">= 0.85".`,
      INPUT,
    );
  }
  const root = document.contents;
  if (root === null) return [];
  if (!isMap(root))
    throw new InputError(
      `gates must be a YAML map of metric to condition, e.g. accuracy: ">= 0.85" on its own line; got ${JSON.stringify(text.trim().slice(0, 60))}.`,
      INPUT,
    );
  const gates: Gate[] = [];
  for (const item of root.items) {
    let metric = isScalar(item.key) ? String(item.key.value) : String(item.key);
    const value = isScalar(item.value) ? item.value.value : item.value;
    if (metric.startsWith('robustness.')) metric = robustnessGateName(metric, metrics, robustness);
    else if (!metrics.includes(metric)) {
      const suggestion = closest(metric, metrics);
      throw new InputError(
        `gate "${metric}": unknown metric${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; this model reports ${metrics.join(', ')}.`,
        INPUT,
      );
    }
    if (typeof value !== 'string') {
      const shown = value === null || value === undefined ? 'nothing' : JSON.stringify(value instanceof Object ? String(value) : value);
      throw new InputError(
        `gate "${metric}": the condition must be a quoted string such as ">= 0.85" or ">= baseline - 0.01", got ${shown}.`,
        INPUT,
      );
    }
    gates.push(parseCondition(metric, value));
  }
  return gates;
}

const ROBUSTNESS_GATE = /^robustness\.([a-z]+)-([^.]*(?:\.[^.]*)?)\.([A-Za-z0-9_]+)$/;

/**
 * Checks `robustness.<perturbation>-<level>.<metric>` against the perturbation-levels that run
 * (`noise-0.1`, …) and returns it with the level written canonically (`noise-0.10` → `noise-0.1`).
 */
function robustnessGateName(name: string, metrics: readonly string[], robustness: readonly string[]): string {
  const match = ROBUSTNESS_GATE.exec(name);
  if (!match)
    throw new InputError(
      `gate "${name}": a robustness gate is written robustness.<perturbation>-<level>.<metric>, e.g. robustness.noise-0.1.accuracy.`,
      INPUT,
    );
  const [, perturbation, levelText, metric] = match;
  const level = levelText.trim() === '' ? Number.NaN : Number(levelText);
  if (!Number.isFinite(level))
    throw new InputError(
      `gate "${name}": the level "${levelText}" of ${perturbation} is not a number; write e.g. ${perturbation}-0.1.`,
      INPUT,
    );
  const run = `${perturbation}-${String(level)}`;
  if (!robustness.includes(run))
    throw new InputError(
      robustness.length === 0
        ? `gate "${name}": names the robustness perturbation ${run}, but robustness is off; set the robustness input, e.g. \`${perturbation}: [${level}]\`.`
        : `gate "${name}": names the robustness perturbation ${run}, which does not run; the robustness input runs ${robustness.join(', ')}.`,
      INPUT,
    );
  if (!metrics.includes(metric)) {
    const suggestion = closest(metric, metrics);
    throw new InputError(
      `gate "${name}": unknown metric "${metric}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; this model reports ${metrics.join(', ')}.`,
      INPUT,
    );
  }
  return `robustness.${run}.${metric}`;
}

function parseCondition(metric: string, condition: string): Gate {
  const match = CONDITION.exec(condition);
  if (!match) throw new InputError(`gate "${metric}": cannot parse "${condition}": ${explain(condition)}`, INPUT);
  const [, operator, number, op, operand] = match;
  const threshold: Gate['threshold'] =
    number !== undefined
      ? { kind: 'number', value: Number(number) }
      : op !== undefined
        ? { kind: 'baseline', op: op as '+' | '-' | '*', operand: Number(operand) }
        : { kind: 'baseline' };
  return { metric, condition, operator: operator as GateOperator, threshold };
}

/** The first thing wrong with a condition, for the error message. */
function explain(condition: string): string {
  const text = condition.trim();
  const operator = OPERATORS.find((op) => text.startsWith(op));
  if (!operator || /^[<>=!]{3}|^=[^=]|^!/.test(text))
    return 'expected one of >=, >, <=, <, == followed by a number or an expression on baseline, e.g. ">= 0.85" or "<= baseline * 1.05".';
  const rest = text.slice(operator.length).trim();
  if (rest === '') return `expected a number or baseline after ${operator}.`;
  if (/%\s*$/.test(rest)) return 'percentages are not accepted; write a fraction, e.g. 0.85 for 85%.';
  if (/^baseline\b/.test(rest)) return 'after baseline expected +, - or * and a number, e.g. "baseline - 0.01" or "baseline * 1.05".';
  return `expected a number or baseline after ${operator}, got "${rest}".`;
}

export function gatesNeedBaseline(gates: readonly Gate[]): Gate[] {
  return gates.filter((gate) => gate.threshold.kind === 'baseline');
}

/**
 * Checks each gate against the candidate's metrics. A gate on the baseline with no baseline
 * metrics is an input error (evaluate cannot decide it); a metric that came out undefined (NaN)
 * fails its gate with a reason rather than passing silently.
 */
export function evaluateGates(
  gates: readonly Gate[],
  candidate: Record<string, number>,
  baseline?: Record<string, number>,
  baselineMissingBecause = 'there is no baseline',
): GateResult[] {
  const needing = gatesNeedBaseline(gates);
  if (needing.length > 0 && !baseline) {
    const names = needing.map((gate) => `"${gate.metric}" (${gate.condition.trim()})`).join(', ');
    throw new InputError(
      `gate${needing.length > 1 ? 's' : ''} ${names} compare${needing.length > 1 ? '' : 's'} with the baseline, but ${baselineMissingBecause}. Set the baseline input to a registered version or a model path, or use a fixed threshold.`,
      INPUT,
    );
  }
  return gates.map((gate) => {
    const actual = candidate[gate.metric];
    const threshold = thresholdOf(gate, baseline);
    const result: GateResult = { metric: gate.metric, condition: gate.condition.trim(), actual, threshold, passed: false };
    if (!Number.isFinite(actual)) result.reason = `${gate.metric} could not be computed for the candidate`;
    else if (!Number.isFinite(threshold)) result.reason = `${gate.metric} could not be computed for the baseline`;
    else result.passed = compare(actual, gate.operator, threshold);
    return result;
  });
}

function thresholdOf(gate: Gate, baseline: Record<string, number> | undefined): number {
  const t = gate.threshold;
  if (t.kind === 'number') return t.value;
  const base = baseline![gate.metric];
  if (t.op === '+') return base + t.operand!;
  if (t.op === '-') return base - t.operand!;
  if (t.op === '*') return base * t.operand!;
  return base;
}

/** `==` is exact equality of the two doubles: write `>=`/`<=` pairs for tolerance. */
function compare(actual: number, operator: GateOperator, threshold: number): boolean {
  switch (operator) {
    case '>=':
      return actual >= threshold;
    case '>':
      return actual > threshold;
    case '<=':
      return actual <= threshold;
    case '<':
      return actual < threshold;
    case '==':
      return actual === threshold;
  }
}
