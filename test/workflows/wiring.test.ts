import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Expr, Evaluator, data, Lexer, Parser } from '@actions/expressions';
import { ContextAccess, FunctionCall, IndexAccess, Literal } from '@actions/expressions/ast';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The reusable workflows' wiring, checked with GitHub's own workflow parser and expression
// engine: every workflow parses as GitHub parses it; every `${{ }}` parses; every `inputs.x`,
// `needs.j.outputs.k` and `steps.s.outputs.o` names something that exists (for the suite's
// actions, an output their action.yml declares); every `with:` key of a suite action is one of
// its inputs, required ones given; and every expression evaluates, with the workflow's input
// defaults, to a value (so `fromJSON`, `format` and the like are used correctly).
const root = join(import.meta.dirname, '../..');
const CONTEXTS = ['github', 'inputs', 'needs', 'steps', 'env', 'vars', 'secrets', 'matrix', 'strategy', 'runner', 'job', 'jobs'];
const SUITE_ACTION = /^[\w.-]+\/mlops-actions\/actions\/([\w-]+)@/;

interface Step {
  id?: string;
  uses?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  outputs?: Record<string, string>;
  steps?: Step[];
  if?: string;
  'runs-on'?: string;
  environment?: string;
}
interface Workflow {
  on: {
    workflow_call: {
      inputs?: Record<string, { type: string; default?: unknown; required?: boolean }>;
      outputs?: Record<string, { value: string }>;
    };
  };
  jobs: Record<string, Job>;
}

function expressionsIn(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return [...value.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => match[1].trim());
}

function parseExpression(text: string): Expr {
  const lexed = new Lexer(text).lex();
  return new Parser(lexed.tokens, CONTEXTS, []).parse();
}

/** Dotted paths an expression reads: `inputs.model-name`, `needs.register.outputs.version`… */
function pathsIn(expr: Expr): string[][] {
  const paths: string[][] = [];
  const walk = (node: Expr): string[] | undefined => {
    if (node instanceof ContextAccess) return [node.name.lexeme];
    if (node instanceof IndexAccess) {
      const base = walk(node.expr);
      if (node.index instanceof Literal && base) {
        const key = node.index.literal.coerceString();
        return [...base, key];
      }
      walk(node.index);
      if (base) paths.push(base);
      return undefined;
    }
    if (node instanceof FunctionCall) {
      for (const arg of node.args) finish(arg);
      return undefined;
    }
    for (const key of ['expr', 'left', 'right', 'group'] as const) {
      const child = (node as unknown as Record<string, Expr | undefined>)[key];
      if (child) finish(child);
    }
    for (const arg of (node as unknown as { args?: Expr[] }).args ?? []) finish(arg);
    return undefined;
  };
  const finish = (node: Expr) => {
    const path = walk(node);
    if (path) paths.push(path);
  };
  finish(expr);
  return paths;
}

function actionYml(name: string): { inputs: Record<string, { required?: boolean; default?: string }>; outputs: Record<string, unknown> } {
  return parse(readFileSync(join(root, 'actions', name, 'action.yml'), 'utf8'));
}

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value), data.reviver);
}

/** What a run would see: input defaults (required ones given a sample), every needs/steps output set. */
function contextFor(workflow: Workflow, job: Job): data.Dictionary {
  const inputs = Object.fromEntries(
    Object.entries(workflow.on.workflow_call.inputs ?? {}).map(([name, input]) => [
      name,
      input.default ?? (input.type === 'number' ? 1 : input.type === 'boolean' ? true : 'sample'),
    ]),
  );
  const needs = Object.fromEntries(
    [job.needs ?? []]
      .flat()
      .map((name) => [
        name,
        { result: 'success', outputs: Object.fromEntries(Object.keys(workflow.jobs[name].outputs ?? {}).map((k) => [k, '3'])) },
      ]),
  );
  const steps = Object.fromEntries(
    (job.steps ?? [])
      .filter((step) => step.id)
      .map((step) => {
        const suite = step.uses ? SUITE_ACTION.exec(step.uses) : null;
        const outputs = suite ? Object.fromEntries(Object.keys(actionYml(suite[1]).outputs ?? {}).map((k) => [k, 'x'])) : {};
        return [step.id, { outputs, outcome: 'success', conclusion: 'success' }];
      }),
  );
  const github = {
    run_id: '1',
    run_attempt: '1',
    repository: 'octo/models',
    server_url: 'https://github.com',
    ref: 'refs/heads/main',
    event: { repository: { default_branch: 'main' }, pull_request: { number: 1, head: { repo: { full_name: 'octo/models' } } } },
  };
  return toData({
    inputs,
    needs,
    steps,
    github,
    env: {},
    vars: {},
    secrets: {},
    runner: { temp: '/tmp' },
    job: {},
    strategy: {},
    matrix: {},
  }) as data.Dictionary;
}

/** Problems with one reusable workflow's wiring. */
function wiringProblems(file: string, source: string): string[] {
  const problems: string[] = [];
  const parsed = parseWorkflow({ name: file, content: source }, new NoOperationTraceWriter());
  for (const error of parsed.context.errors.getErrors()) problems.push(`${file}: GitHub's parser: ${error.message}`);
  const workflow = parse(source) as Workflow;
  const declared = workflow.on.workflow_call.inputs ?? {};
  const check = (where: string, text: unknown, job: Job, stepsBefore: Step[], context: data.Dictionary) => {
    for (const expression of expressionsIn(text)) {
      let expr: Expr;
      try {
        expr = parseExpression(expression);
      } catch (error) {
        problems.push(`${where}: \${{ ${expression} }} does not parse: ${(error as Error).message}`);
        continue;
      }
      for (const path of pathsIn(expr)) {
        const [head, a, b, c] = path;
        if (head === 'inputs' && a && !(a in declared)) problems.push(`${where}: inputs.${a} is not an input of the workflow`);
        if (head === 'needs' && a) {
          const needs = [job.needs ?? []].flat();
          if (!needs.includes(a)) problems.push(`${where}: needs.${a} is not in this job's needs`);
          else if (b === 'outputs' && c && !(c in (workflow.jobs[a].outputs ?? {}))) problems.push(`${where}: job ${a} has no output ${c}`);
        }
        if (head === 'steps' && a) {
          const step = stepsBefore.find((s) => s.id === a);
          if (!step) problems.push(`${where}: no earlier step has id ${a}`);
          else if (b === 'outputs' && c && step.uses && SUITE_ACTION.test(step.uses)) {
            const action = SUITE_ACTION.exec(step.uses)![1];
            if (!(c in (actionYml(action).outputs ?? {}))) problems.push(`${where}: ${action} has no output ${c}`);
          }
        }
        if (head === 'jobs' && a && !(a in workflow.jobs)) problems.push(`${where}: there is no job ${a}`);
      }
      try {
        new Evaluator(expr, context).evaluate();
      } catch (error) {
        problems.push(`${where}: \${{ ${expression} }} does not evaluate: ${(error as Error).message}`);
      }
    }
  };
  for (const [jobName, job] of Object.entries(workflow.jobs)) {
    const context = contextFor(workflow, job);
    for (const key of ['if', 'runs-on', 'environment'] as const) check(`${file} jobs.${jobName}.${key}`, job[key], job, [], context);
    const steps = job.steps ?? [];
    steps.forEach((step, index) => {
      const where = `${file} jobs.${jobName}.steps[${index}]${step.id ? ` (${step.id})` : ''}`;
      const before = steps.slice(0, index);
      check(`${where}.if`, step.if, job, before, context);
      for (const [key, value] of Object.entries({ ...step.with, ...step.env })) check(`${where}.${key}`, value, job, before, context);
      const suite = step.uses ? SUITE_ACTION.exec(step.uses) : null;
      if (!suite) return;
      const { inputs } = actionYml(suite[1]);
      for (const key of Object.keys(step.with ?? {})) if (!(key in inputs)) problems.push(`${where}: ${suite[1]} has no input "${key}"`);
      for (const [name, input] of Object.entries(inputs)) {
        if (input.required && input.default === undefined && !(name in (step.with ?? {})))
          problems.push(`${where}: ${suite[1]} needs "${name}"`);
      }
    });
    for (const [output, value] of Object.entries(job.outputs ?? {}))
      check(`${file} jobs.${jobName}.outputs.${output}`, value, job, steps, context);
  }
  for (const [output, { value }] of Object.entries(workflow.on.workflow_call.outputs ?? {})) {
    for (const expression of expressionsIn(value)) {
      for (const [head, a, b, c] of pathsIn(parseExpression(expression))) {
        if (head === 'jobs' && (!(a in workflow.jobs) || (b === 'outputs' && c && !(c in (workflow.jobs[a].outputs ?? {}))))) {
          problems.push(`${file} outputs.${output}: jobs.${a}.outputs.${c} does not exist`);
        }
      }
    }
  }
  return problems;
}

const reusable = readdirSync(join(root, '.github/workflows')).filter((file) => file.startsWith('ml-') && file.endsWith('.yml'));

describe('the reusable workflows, wired as GitHub would run them', () => {
  it('are all here', () => {
    expect(reusable).toEqual(expect.arrayContaining(['ml-pull-request.yml', 'ml-release.yml', 'ml-monitor.yml', 'ml-retrain.yml']));
    for (const file of reusable) expect(existsSync(join(root, '.github/workflows', file))).toBe(true);
  });

  for (const file of reusable) {
    it(`${file}: inputs, needs, step outputs and action inputs all connect`, () => {
      expect(wiringProblems(file, readFileSync(join(root, '.github/workflows', file), 'utf8'))).toEqual([]);
    });
  }

  it('catches a wrong step output, an undeclared input, a missing need and an unknown action input', () => {
    const broken = `on:
  workflow_call:
    inputs:
      model: { type: string, required: true }
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      v: \${{ steps.reg.outputs.versoin }}
    steps:
      - uses: OWNER/mlops-actions/actions/register@v1
        id: reg
        with:
          model-dir: m
          name: \${{ inputs.modle }}
          colour: red
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: OWNER/mlops-actions/actions/deploy@v1
        with:
          model: \${{ needs.a.outputs.v }}
`;
    expect(wiringProblems('broken.yml', broken)).toEqual([
      'broken.yml jobs.a.steps[0] (reg).name: inputs.modle is not an input of the workflow',
      'broken.yml jobs.a.steps[0] (reg): register has no input "colour"',
      'broken.yml jobs.a.outputs.v: register has no output versoin',
      "broken.yml jobs.b.steps[0].model: needs.a is not in this job's needs",
    ]);
    expect(wiringProblems('x.yml', 'on:\n  workflow_call: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n')).toEqual([
      "x.yml: GitHub's parser: x.yml (Line: 6, Col: 5): Unexpected value 'stepz'",
    ]);
  });
});
