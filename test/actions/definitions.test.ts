import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ACTIONS, ACTION_NAMES } from '../../shared/inputs/definitions.js';
import { repoRoot } from '../harness/runner.js';

describe.each(ACTION_NAMES)('action %s', (name) => {
  const folder = join(repoRoot, 'actions', name);
  const yml = parseYaml(readFileSync(join(folder, 'action.yml'), 'utf8')) as Record<string, any>;

  it('has an action.yml that matches its definition, on node24', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(yml.inputs)).toEqual(Object.keys(ACTIONS[name].inputs));
    expect(Object.keys(yml.outputs)).toEqual(Object.keys(ACTIONS[name].outputs));
    for (const [input, def] of Object.entries(ACTIONS[name].inputs)) {
      expect(yml.inputs[input].required).toBe(Boolean((def as { required?: boolean }).required));
      expect(yml.inputs[input].default).toBe((def as { default?: string }).default);
      expect(yml.inputs[input].description.length).toBeGreaterThan(10);
    }
  });

  it('has a thin entry and a committed runner shim', () => {
    expect(existsSync(join(folder, 'src/index.ts'))).toBe(true);
    expect(readFileSync(join(folder, 'dist/index.js'), 'utf8')).toContain(`runAction('${name}')`);
  });

  it('names the permissions a job must grant', () => {
    expect(Object.keys(ACTIONS[name].permissions).length).toBeGreaterThan(0);
    expect(yml.description).toContain('Needs permissions:');
  });
});
