import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/runner.js';

/** The CLI as a user runs it: `npx mlops …` resolves to bin/mlops.js over the committed bundle. */
function mlops(...args: string[]) {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin/mlops.js'), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('mlops CLI', () => {
  it('lists the actions', () => {
    const { code, stdout } = mlops('--help');
    expect(code).toBe(0);
    for (const name of ['validate-data', 'train', 'tune', 'evaluate', 'register', 'deploy', 'monitor', 'open-drift-issue'])
      expect(stdout).toContain(name);
  });

  it("shows an action's inputs from the same definitions as action.yml", () => {
    const { code, stdout } = mlops('validate-data', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/--fail-on <error\|warning\|never>\s+\(default: error\)/);
  });

  it('names a wrong input and exits 2', () => {
    const typo = mlops('validate-data', '--dta', 'x.csv');
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown input --dta for validate-data (did you mean --data?)');
    const badValue = mlops('validate-data', '--data', 'x.csv', '--max-annotations', 'many');
    expect(badValue.code).toBe(2);
    expect(badValue.stderr).toContain('input "max-annotations" must be an integer, got "many"');
    expect(mlops('evalute').stderr).toContain('did you mean "evaluate"');
  });
});
