import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';

const root = join(import.meta.dirname, '../..');

interface WorkflowCall {
  /** Where the reference was written: file and line. */
  where: string;
  path: string;
  with: Record<string, unknown>;
}

const REUSABLE = /^(?:[\w.-]+\/mlops-actions\/|\.\/)(\.github\/workflows\/[^@\s]+\.ya?ml)(?:@\S+)?$/;

/** Every job that calls a workflow (`jobs.<id>.uses`) in a parsed workflow document. */
function callsIn(document: unknown, file: string, source: string, lineOffset = 0): WorkflowCall[] {
  const jobs = (document as { jobs?: Record<string, { uses?: string; with?: Record<string, unknown> }> } | null)?.jobs;
  if (!jobs) return [];
  const calls: WorkflowCall[] = [];
  for (const job of Object.values(jobs)) {
    if (typeof job?.uses !== 'string' || !/\.ya?ml(@|$)/.test(job.uses)) continue;
    const match = REUSABLE.exec(job.uses);
    const line = lineOffset + source.split('\n').findIndex((l) => l.includes(job.uses!)) + 1;
    calls.push({ where: `${file}:${line}`, path: match ? match[1] : job.uses, with: job.with ?? {} });
  }
  return calls;
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

function exampleWorkflowFiles(): string[] {
  return readdirSync(join(root, 'examples'))
    .map((example) => join(root, 'examples', example, '.github/workflows'))
    .flatMap(yamlFiles);
}

/** Calls written in the README's ```yaml blocks, with their line numbers. */
function readmeCalls(): WorkflowCall[] {
  const source = readFileSync(join(root, 'README.md'), 'utf8');
  const calls: WorkflowCall[] = [];
  const block = /```ya?ml\n([\s\S]*?)```/g;
  for (let match = block.exec(source); match; match = block.exec(source)) {
    const offset = source.slice(0, match.index).split('\n').length;
    for (const doc of parseAllDocuments(match[1])) calls.push(...callsIn(doc.toJS(), 'README.md', match[1], offset));
  }
  return calls;
}

function allCalls(): WorkflowCall[] {
  const files = [...yamlFiles(join(root, 'workflows-templates')), ...exampleWorkflowFiles()];
  return [
    ...readmeCalls(),
    ...files.flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return callsIn(parse(source), relative(root, file), source);
    }),
  ];
}

interface CallableInputs {
  [name: string]: { required?: boolean; default?: unknown };
}

function problemsWith(call: WorkflowCall): string[] {
  if (!call.path.startsWith('.github/workflows/')) {
    return [`${call.where}: "${call.path}" is not under .github/workflows/, where GitHub requires reusable workflows`];
  }
  const file = join(root, call.path);
  if (!existsSync(file)) return [`${call.where}: ${call.path} does not exist in this repository`];
  const workflow = parse(readFileSync(file, 'utf8')) as { on?: Record<string, { inputs?: CallableInputs } | null> };
  const on = workflow.on;
  if (!on || typeof on !== 'object' || !('workflow_call' in on)) return [`${call.where}: ${call.path} has no "on: workflow_call"`];
  const inputs = on.workflow_call?.inputs ?? {};
  const problems: string[] = [];
  for (const key of Object.keys(call.with)) {
    if (!(key in inputs)) problems.push(`${call.where}: with.${key} is not an input of ${call.path}`);
  }
  for (const [name, input] of Object.entries(inputs)) {
    if (input.required && input.default === undefined && !(name in call.with)) {
      problems.push(`${call.where}: required input "${name}" of ${call.path} is not given`);
    }
  }
  return problems;
}

describe('references to reusable workflows', () => {
  it('finds the calls in the README, the starters and the examples', () => {
    const where = new Set(allCalls().map((call) => call.where.split(':')[0]));
    expect(where).toContain('README.md');
    expect([...where].some((file) => file.startsWith('workflows-templates/'))).toBe(true);
    expect([...where].some((file) => file.startsWith('examples/'))).toBe(true);
  });

  it('name a workflow_call workflow under .github/workflows/ with declared inputs, required ones given', () => {
    expect(allCalls().flatMap(problemsWith)).toEqual([]);
  });

  it('catch a call outside .github/workflows/, an undeclared input and a missing required input', () => {
    const bad: WorkflowCall = {
      where: 'x.yml:1',
      path: '.github/workflows/ml-pull-request.yml',
      with: { config: 'train.yml', 'eval-data': 'e.csv', colour: 'red' },
    };
    expect(problemsWith(bad)).toEqual([
      'x.yml:1: with.colour is not an input of .github/workflows/ml-pull-request.yml',
      'x.yml:1: required input "data" of .github/workflows/ml-pull-request.yml is not given',
    ]);
    const outside = callsIn(parse('jobs:\n  a:\n    uses: OWNER/mlops-actions/workflows-templates/ml-pull-request.yml@v1\n'), 'y.yml', '');
    expect(problemsWith(outside[0])[0]).toMatch(/is not under \.github\/workflows/);
  });

  it('starters are short callers: at most 20 lines, comments aside, every job calls a reusable workflow', () => {
    for (const file of yamlFiles(join(root, 'workflows-templates'))) {
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
      expect(lines.length, relative(root, file)).toBeLessThanOrEqual(20);
      const jobs = (parse(readFileSync(file, 'utf8')) as { jobs: Record<string, { uses?: string }> }).jobs;
      for (const job of Object.values(jobs)) expect(job.uses, relative(root, file)).toMatch(REUSABLE);
    }
  });
});
