import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { lintActionMetadata, lintWorkflow } from '../../scripts/lint-actions.mjs';

describe('the linters CI runs', () => {
  it('accept a valid action and reject unknown keys or another runtime', () => {
    const good = 'name: x\ndescription: y\nruns:\n  using: node24\n  main: dist/index.js\n';
    expect(lintActionMetadata(good)).toEqual([]);
    expect(lintActionMetadata(good.replace('node24', 'node16'))).toContain('runs.using must be node24');
    expect(lintActionMetadata(`${good}bogus: 1\n`).length).toBeGreaterThan(0);
  });

  it('flag an expression inside run:', async () => {
    const workflow = [
      'on: pull_request',
      'permissions: {}',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    const findings: string[] = await lintWorkflow(workflow, 'w.yml');
    expect(findings.some((f) => /untrusted|injection|potentially untrusted/i.test(f))).toBe(true);
  });

  it("accepts `vars` in a reusable workflow call's with:, as GitHub does, and still flags an unknown context there", async () => {
    const call = (value: string) =>
      [
        'on: push',
        'permissions: {}',
        'jobs:',
        '  release:',
        '    uses: octo/mlops-actions/.github/workflows/ml-release.yml@v1',
        '    with:',
        `      staging-port: \${{ ${value} }}`,
        '',
      ].join('\n');
    expect(await lintWorkflow(call("fromJSON(vars.STAGING_PORT || '8081')"), 'w.yml')).toEqual([]);
    expect((await lintWorkflow(call("fromJSON(varz.STAGING_PORT || '8081')"), 'w.yml')).join('\n')).toMatch(/undefined variable "varz"/);
  });
});
