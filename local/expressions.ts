// `${{ }}` in workflow files, evaluated by GitHub's own expression engine (@actions/expressions).
// The engine knows the built-in functions (format, fromJSON, toJSON, contains, …); the status
// functions (success, always, failure, cancelled) belong to the runner, so they are given here
// with what the runner knows at that point: how the earlier steps, or the needed jobs, ended.
import { data, Evaluator, Lexer, Parser } from '@actions/expressions';
import type { FunctionDefinition } from '@actions/expressions/funcs/info';
import { truthy } from '@actions/expressions/result';

const CONTEXTS = ['github', 'inputs', 'needs', 'steps', 'env', 'vars', 'secrets', 'matrix', 'strategy', 'runner', 'job', 'jobs'];

/** How the work before this point ended, for the status functions. */
export interface StatusSoFar {
  /** A step or needed job failed. */
  failed: boolean;
  cancelled?: boolean;
}

export type Context = Record<string, unknown>;

function statusFunctions(status: StatusSoFar): FunctionDefinition[] {
  const fn = (name: string, value: () => boolean): FunctionDefinition => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value()),
  });
  return [
    fn('success', () => !status.failed && !status.cancelled),
    fn('failure', () => status.failed),
    fn('always', () => true),
    fn('cancelled', () => Boolean(status.cancelled)),
    // hashFiles needs the workspace; none of the suite's workflows use it.
  ];
}

function toData(value: unknown): data.Dictionary {
  return JSON.parse(JSON.stringify(value ?? {}), data.reviver) as data.Dictionary;
}

function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer));
}

function evaluateData(expression: string, context: Context, status: StatusSoFar): data.ExpressionData {
  const functions = statusFunctions(status);
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, CONTEXTS, functions).parse();
  return new Evaluator(parsed, toData(context), new Map(functions.map((f) => [f.name.toLowerCase(), f]))).evaluate();
}

/** One expression (without `${{ }}`), as a plain JSON value. */
export function evaluateExpression(expression: string, context: Context, status: StatusSoFar = { failed: false }): unknown {
  return fromData(evaluateData(expression, context, status));
}

/**
 * The `${{ … }}` in a value, as the runner finds them: a `}}` inside a quoted string does not end
 * the expression (`format('{{x}}')`), and `''` is a quote within one.
 */
function expressionsIn(value: string): { start: number; end: number; expression: string }[] {
  const found: { start: number; end: number; expression: string }[] = [];
  let from = 0;
  for (let start = value.indexOf('${{', from); start >= 0; start = value.indexOf('${{', from)) {
    let inString = false;
    let end = -1;
    for (let i = start + 3; i < value.length; i++) {
      if (value[i] === "'") inString = !inString;
      else if (!inString && value[i] === '}' && value[i + 1] === '}') {
        end = i + 2;
        break;
      }
    }
    if (end < 0) break;
    found.push({ start, end, expression: value.slice(start + 3, end - 2).trim() });
    from = end;
  }
  return found;
}

/**
 * A workflow value with `${{ }}` in it. A value that is one expression keeps its type (so
 * `runs-on: ${{ fromJSON(inputs.runs-on) }}` is an array); text around expressions makes a string,
 * each expression coerced as GitHub coerces it.
 */
export function interpolate(value: unknown, context: Context, status: StatusSoFar = { failed: false }): unknown {
  if (typeof value !== 'string') return value;
  const expressions = expressionsIn(value);
  if (expressions.length === 1 && !value.slice(0, expressions[0].start).trim() && !value.slice(expressions[0].end).trim()) {
    return fromData(evaluateData(expressions[0].expression, context, status));
  }
  let text = '';
  let from = 0;
  for (const { start, end, expression } of expressions) {
    text += value.slice(from, start) + evaluateData(expression, context, status).coerceString();
    from = end;
  }
  return text + value.slice(from);
}

/** `with:`/`env:` values are strings on the runner: numbers and booleans as their text. */
export function interpolateToString(value: unknown, context: Context, status?: StatusSoFar): string {
  const result = interpolate(value, context, status);
  if (result === null || result === undefined) return '';
  if (typeof result === 'object') return JSON.stringify(result);
  return String(result);
}

/**
 * An `if:` (with or without `${{ }}`). As on GitHub, a condition that calls no status function
 * is `success() && (condition)`, and an absent one is `success()`.
 */
export function condition(text: unknown, context: Context, status: StatusSoFar): boolean {
  if (text === undefined || text === null || text === '') return !status.failed && !status.cancelled;
  if (typeof text === 'boolean') return text && !status.failed && !status.cancelled;
  let expression = String(text).trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expression);
  if (wrapped) expression = wrapped[1].trim();
  if (!/\b(success|failure|always|cancelled)\s*\(/.test(expression)) expression = `success() && (${expression})`;
  return truthy(evaluateData(expression, context, status));
}
