import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

// The module table in ARCHITECTURE.md is the rule: this test reads it and checks every import in
// shared/ against it, so the table cannot drift from the code.
const root = join(import.meta.dirname, '../..');
const shared = join(root, 'shared');
/** The floor: every folder may use it. */
const FLOOR = 'runtime';

/** folder → folders it may use, from the "may use" column. */
function parseModuleTable(markdown: string): Map<string, Set<string>> {
  const section = markdown.slice(markdown.indexOf('## Module map'));
  const rules = new Map<string, Set<string>>();
  for (const line of section.split('\n')) {
    const match = /^\| `([a-z-]+)\/` \|.*\| ([^|]+) \|$/.exec(line.trim());
    if (!match) continue;
    const allowed = match[2].trim() === '—' ? [] : match[2].split(',').map((item) => item.trim().split(/[\s(]/)[0]);
    rules.set(match[1], new Set(allowed));
  }
  return rules;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

interface Import {
  file: string;
  line: number;
  specifier: string;
}

/** Static, type-only, re-export and dynamic imports of one source file. */
function importsOf(file: string, source: string): Import[] {
  const found: Import[] = [];
  const pattern = /(?:^|[^.\w])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,]*?from\s*)?\(?\s*['"]([^'"]+)['"]/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    found.push({ file, line: source.slice(0, match.index).split('\n').length, specifier: match[1] });
  }
  return found;
}

/** The top folder under shared/ that a file belongs to ('' for shared/main.ts). */
function folderOf(path: string): string {
  const parts = relative(shared, path).split(sep);
  return parts.length > 1 ? parts[0] : '';
}

function violations(rules: Map<string, Set<string>>, files: { path: string; source: string }[]): string[] {
  const problems: string[] = [];
  for (const { path, source } of files) {
    const from = folderOf(path);
    for (const { line, specifier } of importsOf(path, source)) {
      const where = `${relative(root, path)}:${line}`;
      if (specifier === '@actions/core' && relative(shared, path) !== join('runtime', 'io.ts')) {
        problems.push(`${where}: imports @actions/core, which only runtime/io.ts may`);
      }
      if (!specifier.startsWith('.')) continue;
      const target = resolve(dirname(path), specifier);
      if (!target.startsWith(shared + sep)) continue;
      const to = folderOf(target);
      if (from === '' || to === from || to === FLOOR) continue;
      const allowed = rules.get(from);
      if (!allowed) problems.push(`${where}: shared/${from}/ has no row in ARCHITECTURE.md's module map`);
      else if (!allowed.has(to))
        problems.push(`${where}: ${from}/ imports ${to}/ (${specifier}), which its row in ARCHITECTURE.md does not allow`);
    }
  }
  return problems;
}

describe('the module map in ARCHITECTURE.md', () => {
  const rules = parseModuleTable(readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8'));
  const files = tsFiles(shared).map((path) => ({ path, source: readFileSync(path, 'utf8') }));

  it('has a row for every folder of shared/, and names only folders that have a row', () => {
    const folders = readdirSync(shared).filter((name) => statSync(join(shared, name)).isDirectory());
    expect(folders.filter((folder) => !rules.has(folder))).toEqual([]);
    const named = [...rules.values()].flatMap((set) => [...set]);
    expect(named.filter((folder) => !rules.has(folder))).toEqual([]);
    // A row for a folder that does not exist yet is a plan; the plans are the ones ARCHITECTURE.md announces.
    expect([...rules.keys()].filter((folder) => !existsSync(join(shared, folder)))).toEqual([]);
  });

  it('allows every import in shared/', () => {
    expect(violations(rules, files)).toEqual([]);
  });

  it('catches a library folder that imports a step, an undeclared folder, and @actions/core outside io.ts', () => {
    const fake = (path: string, source: string) => ({ path: join(shared, path), source });
    expect(
      violations(rules, [
        fake('data/x.ts', "import { run } from '../steps/train.js';"),
        fake('stats/y.ts', "import type { Table } from '../data/table.js';\nconst m = await import('../model/package.js');"),
        fake('github/z.ts', "import * as core from '@actions/core';"),
      ]),
    ).toEqual([
      'shared/data/x.ts:1: data/ imports steps/ (../steps/train.js), which its row in ARCHITECTURE.md does not allow',
      'shared/stats/y.ts:1: stats/ imports data/ (../data/table.js), which its row in ARCHITECTURE.md does not allow',
      'shared/stats/y.ts:2: stats/ imports model/ (../model/package.js), which its row in ARCHITECTURE.md does not allow',
      'shared/github/z.ts:1: imports @actions/core, which only runtime/io.ts may',
    ]);
  });
});

describe('steps and action entries', () => {
  it('steps never read process.env (they get env and run) and never cast their inputs', () => {
    const problems: string[] = [];
    for (const file of tsFiles(join(shared, 'steps'))) {
      const source = readFileSync(file, 'utf8');
      source.split('\n').forEach((text, index) => {
        const where = `${relative(root, file)}:${index + 1}`;
        if (/process\.env/.test(text)) problems.push(`${where}: reads process.env`);
        if (/inputs(\.[\w]+|\['[\w-]+'\])\s+as\s/.test(text)) problems.push(`${where}: casts an input`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('each action entry only calls runAction with its own name', () => {
    for (const name of readdirSync(join(root, 'actions'))) {
      const entry = join(root, 'actions', name, 'src/index.ts');
      if (!existsSync(entry)) continue;
      const code = readFileSync(entry, 'utf8')
        .split('\n')
        .filter((line) => line.trim() && !line.trim().startsWith('//'));
      expect(
        code.filter((line) => !line.startsWith('import ')),
        entry,
      ).toEqual([`await runAction('${name}');`]);
    }
  });
});
