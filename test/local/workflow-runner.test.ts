// The local workflow runner's semantics, each against what GitHub does, with small synthetic
// workflows of `run:` steps in a temporary model repository (the slow, real path is
// test/lifecycle). A caller workflow calls a reusable one with `uses: ./.github/workflows/…`.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ResultsServices, startResultsServices } from '../../local/results-service.js';
import { type JobResult, type Permissions, runWorkflow, type WorkflowRun, type WorkflowRunOptions } from '../../local/workflow-runner.js';

const root = mkdtempSync(join(tmpdir(), 'local-runner-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let nextRunId = 500;

interface Ran {
  run: WorkflowRun;
  /** What tokenFor was asked for, in order. */
  tokens: { permissions: Permissions; job: string }[];
  lines: string[];
  /** A job's workspace, by its path (`call/build`). */
  workspace: (path: string) => string;
  job: (path: string) => JobResult;
  /** A job's step results by step name. */
  steps: (path: string) => Record<string, JobResult['steps'][number]>;
}

/** Writes the workflow files into a new model repository and runs `caller.yml` (or `workflow`). */
async function run(files: Record<string, string>, options: Partial<WorkflowRunOptions> & { workflow?: string } = {}): Promise<Ran> {
  const repoDir = mkdtempSync(join(root, 'repo-'));
  mkdirSync(join(repoDir, '.github/workflows'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(repoDir, '.github/workflows', name), text);
  const runId = ++nextRunId;
  const workDir = join(repoDir, '..', `${relative(root, repoDir)}-work`);
  const tokens: Ran['tokens'] = [];
  const lines: string[] = [];
  const { workflow, ...rest } = options;
  const result = await runWorkflow({
    workflowFile: join(repoDir, '.github/workflows', workflow ?? 'caller.yml'),
    repoDir,
    repository: 'octo-org/model',
    event: { name: 'push', payload: {} },
    apiUrl: 'http://127.0.0.1:9',
    serverUrl: 'https://github.com',
    tokenFor: (permissions, job) => {
      tokens.push({ permissions, job });
      return 'ghs_localtest';
    },
    runId,
    sha: 'a'.repeat(40),
    ref: 'refs/heads/main',
    workDir,
    toolCache: join(workDir, 'tool-cache'),
    stepTimeoutMs: 20_000,
    log: (line) => lines.push(line),
    ...rest,
  });
  const job = (path: string) => {
    const found = result.jobs.find((each) => each.path === path);
    if (!found) throw new Error(`no job ${path} in ${result.jobs.map((each) => each.path).join(', ')}\n${lines.join('\n')}`);
    return found;
  };
  return {
    run: result,
    tokens,
    lines,
    workspace: (path) => join(workDir, String(runId), path.replace(/[^\w.-]+/g, '_'), 'workspace'),
    job,
    steps: (path) => Object.fromEntries(job(path).steps.map((step) => [step.name, step])),
  };
}

/** The message a run that GitHub refuses at startup fails with. */
function startupError(ran: Ran): string {
  return String((ran.run.outputs.__startup__ as Record<string, string> | undefined)?.error ?? '');
}

describe('outputs', () => {
  it('flow from $GITHUB_OUTPUT through job outputs, needs, the called workflow’s outputs, to the caller’s next job', async () => {
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  call:
    uses: ./.github/workflows/called.yml
    with:
      word: hello
  after:
    needs: call
    runs-on: ubuntu-latest
    outputs:
      got: \${{ steps.show.outputs.got }}
    steps:
      - id: show
        run: echo "got=\${{ needs.call.outputs.final }}" >> "$GITHUB_OUTPUT"
`,
      'called.yml': `
on:
  workflow_call:
    inputs:
      word: { type: string, required: true }
    outputs:
      final:
        value: \${{ jobs.second.outputs.shout }}
jobs:
  first:
    runs-on: ubuntu-latest
    outputs:
      word: \${{ steps.make.outputs.word }}
    steps:
      - id: make
        run: echo "word=\${{ inputs.word }}-first" >> "$GITHUB_OUTPUT"
  second:
    needs: first
    runs-on: ubuntu-latest
    outputs:
      shout: \${{ steps.up.outputs.shout }}
    steps:
      - id: up
        env:
          WORD: \${{ needs.first.outputs.word }}
        run: echo "shout=\${WORD^^}" >> "$GITHUB_OUTPUT"
`,
    });
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(ran.job('call/first').outputs).toEqual({ word: 'hello-first' });
    expect(ran.run.outputs.call).toEqual({ final: 'HELLO-FIRST' });
    expect(ran.run.outputs.after).toEqual({ got: 'HELLO-FIRST' });
  });
});

describe('$GITHUB_ENV', () => {
  it('reaches the later steps of the same job, not the step that set it nor another job', async () => {
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  one:
    runs-on: ubuntu-latest
    outputs:
      same: \${{ steps.set.outputs.same }}
      shell: \${{ steps.read.outputs.shell }}
      expression: \${{ steps.read.outputs.expression }}
    steps:
      - id: set
        run: |
          echo "COLOR=blue" >> "$GITHUB_ENV"
          echo "same=\${COLOR:-unset}" >> "$GITHUB_OUTPUT"
      - id: read
        run: |
          echo "shell=$COLOR" >> "$GITHUB_OUTPUT"
          echo "expression=\${{ env.COLOR }}" >> "$GITHUB_OUTPUT"
  two:
    needs: one
    runs-on: ubuntu-latest
    outputs:
      shell: \${{ steps.read.outputs.shell }}
    steps:
      - id: read
        run: echo "shell=\${COLOR:-unset}" >> "$GITHUB_OUTPUT"
`,
    });
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(ran.run.outputs.one).toEqual({ same: 'unset', shell: 'blue', expression: 'blue' });
    expect(ran.run.outputs.two).toEqual({ shell: 'unset' });
  });
});

describe('conditions', () => {
  it('skip the steps after a failing one unless they ask for failure() or always(), and the jobs that need it unless always()', async () => {
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - name: fine
        run: echo fine
      - name: boom
        run: exit 3
      - name: after boom
        run: echo never
      - name: on failure
        if: failure()
        run: echo cleaning
      - name: always
        if: always()
        run: echo always
      - name: on success
        if: success()
        run: echo never
  dependent:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  report:
    needs: build
    if: always()
    runs-on: ubuntu-latest
    outputs:
      saw: \${{ steps.see.outputs.saw }}
    steps:
      - id: see
        run: echo "saw=\${{ needs.build.result }}" >> "$GITHUB_OUTPUT"
  on-failure:
    needs: build
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo reporting
  after-skipped:
    needs: dependent
    runs-on: ubuntu-latest
    steps:
      - run: echo never
`,
    });
    expect(ran.run.conclusion).toBe('failure');
    const steps = ran.steps('build');
    expect(Object.fromEntries(Object.entries(steps).map(([name, step]) => [name, step.conclusion]))).toEqual({
      fine: 'success',
      boom: 'failure',
      'after boom': 'skipped',
      'on failure': 'success',
      always: 'success',
      'on success': 'skipped',
    });
    expect(ran.job('build').result).toBe('failure');
    expect(ran.job('dependent').result).toBe('skipped');
    expect(ran.job('after-skipped').result).toBe('skipped');
    expect(ran.job('report').result).toBe('success');
    expect(ran.run.outputs.report).toEqual({ saw: 'failure' });
    expect(ran.job('on-failure').result).toBe('success');
  });

  it('continue-on-error keeps the job green: outcome failure, conclusion success', async () => {
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      outcome: \${{ steps.report.outputs.outcome }}
      conclusion: \${{ steps.report.outputs.conclusion }}
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 1
      - id: report
        run: |
          echo "outcome=\${{ steps.flaky.outcome }}" >> "$GITHUB_OUTPUT"
          echo "conclusion=\${{ steps.flaky.conclusion }}" >> "$GITHUB_OUTPUT"
`,
    });
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(ran.job('build').result).toBe('success');
    expect(ran.run.outputs.build).toEqual({ outcome: 'failure', conclusion: 'success' });
  });

  it('if: ${{ inputs.flag }} follows a boolean input, given or defaulted', async () => {
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  on:
    uses: ./.github/workflows/called.yml
    with:
      flag: true
  off:
    uses: ./.github/workflows/called.yml
    with:
      flag: false
  default:
    uses: ./.github/workflows/called.yml
`,
      'called.yml': `
on:
  workflow_call:
    inputs:
      flag: { type: boolean, default: false }
jobs:
  gated:
    if: \${{ inputs.flag }}
    runs-on: ubuntu-latest
    steps:
      - run: echo gated
  steps:
    runs-on: ubuntu-latest
    steps:
      - name: when set
        if: \${{ inputs.flag }}
        run: echo set
      - name: when not set
        if: \${{ !inputs.flag }}
        run: echo unset
`,
    });
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(ran.job('on/gated').result).toBe('success');
    expect(ran.job('off/gated').result).toBe('skipped');
    expect(ran.job('default/gated').result).toBe('skipped');
    expect(ran.steps('on/steps')['when set'].conclusion).toBe('success');
    expect(ran.steps('on/steps')['when not set'].conclusion).toBe('skipped');
    expect(ran.steps('off/steps')['when set'].conclusion).toBe('skipped');
    expect(ran.steps('off/steps')['when not set'].conclusion).toBe('success');
  });
});

describe('typed workflow_call inputs', () => {
  const called = `
on:
  workflow_call:
    inputs:
      enabled: { type: boolean, default: true }
      count: { type: number, default: 3 }
      size: { type: number, required: false }
      label: { type: string, default: plain }
      must: { type: string, required: true }
    outputs:
      inputs:
        value: \${{ jobs.show.outputs.inputs }}
jobs:
  show:
    runs-on: ubuntu-latest
    outputs:
      inputs: \${{ steps.show.outputs.inputs }}
    steps:
      - id: show
        env:
          INPUTS: \${{ toJSON(inputs) }}
        run: |
          echo "inputs<<EOF" >> "$GITHUB_OUTPUT"
          echo "$INPUTS" >> "$GITHUB_OUTPUT"
          echo "EOF" >> "$GITHUB_OUTPUT"
`;
  const caller = (withLines: string) => `
on: push
jobs:
  early:
    runs-on: ubuntu-latest
    steps:
      - run: echo early
  call:
    uses: ./.github/workflows/called.yml
    with:
${withLines}
`;

  it('apply defaults with their types and pass typed values', async () => {
    const ran = await run({
      'caller.yml': caller("      must: given\n      size: ${{ fromJSON('5') }}\n      label: ${{ vars.UNSET }}"),
      'called.yml': called,
    });
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(JSON.parse(String((ran.run.outputs.call as Record<string, string>).inputs))).toEqual({
      enabled: true,
      count: 3,
      size: 5,
      label: '',
      must: 'given',
    });
  });

  it('refuse a string for a number, as GitHub does ("Unexpected value"), before any job runs', async () => {
    const ran = await run({ 'caller.yml': caller("      must: given\n      size: '5'"), 'called.yml': called });
    expect(ran.run.conclusion).toBe('failure');
    expect(startupError(ran)).toMatch(/Unexpected value '5'/);
  });

  it('refuse an input the called workflow does not declare, before any job runs', async () => {
    const ran = await run({ 'caller.yml': caller('      must: given\n      colour: red'), 'called.yml': called });
    expect(ran.run.conclusion).toBe('failure');
    expect(startupError(ran)).toMatch(/Invalid input, colour is not defined in the referenced workflow/);
    expect(ran.run.jobs).toEqual([]);
  });

  it('refuse a missing required input, naming it, before any job runs', async () => {
    const ran = await run({ 'caller.yml': caller('      label: x'), 'called.yml': called });
    expect(ran.run.conclusion).toBe('failure');
    expect(startupError(ran)).toMatch(/must.*required/);
    expect(ran.run.jobs).toEqual([]);
  });
});

describe('workflow_dispatch inputs', () => {
  it('take the declared defaults when not given, booleans as booleans', async () => {
    const ran = await run(
      {
        'caller.yml': `
on:
  workflow_dispatch:
    inputs:
      trials: { description: Trials, required: false, default: '24' }
      dry: { description: Dry run, type: boolean, default: true }
      note: { description: Note, required: false }
jobs:
  show:
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        if: inputs.dry
        env:
          SEEN: \${{ format('{0}/{1}/{2}', inputs.trials, inputs.dry, inputs.note) }}
        run: echo "seen=$SEEN" >> "$GITHUB_OUTPUT"
`,
      },
      { event: { name: 'workflow_dispatch', payload: {} }, inputs: { note: 'given' } },
    );
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect((ran.run.outputs.show as Record<string, string>).seen).toBe('24/true/given');
  });
});

describe('matrix', () => {
  it('runs every combination of a matrix from fromJSON(needs…), include entries extending or adding', async () => {
    const collect = join(root, `matrix-${Date.now()}.txt`);
    const ran = await run(
      {
        'caller.yml': `
on: push
jobs:
  plan:
    runs-on: ubuntu-latest
    outputs:
      matrix: \${{ steps.plan.outputs.matrix }}
    steps:
      - id: plan
        run: echo 'matrix={"os":["a","b"],"n":[1,2],"include":[{"os":"a","extra":"x"},{"os":"c","n":9}]}' >> "$GITHUB_OUTPUT"
  build:
    needs: plan
    strategy:
      matrix: \${{ fromJSON(needs.plan.outputs.matrix) }}
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ matrix.os }}-\${{ matrix.n }}-\${{ matrix.extra }}-\${{ strategy.job-total }}" >> "$COLLECT"
`,
      },
      { env: { COLLECT: collect } },
    );
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(readFileSync(collect, 'utf8').trim().split('\n').sort()).toEqual(['a-1-x-5', 'a-2-x-5', 'b-1--5', 'b-2--5', 'c-9--5']);
  });

  it('refuses more than 256 combinations before running any', async () => {
    const values = JSON.stringify(Array.from({ length: 17 }, (_, i) => i));
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  build:
    strategy:
      matrix:
        a: ${values}
        b: ${values}
    runs-on: ubuntu-latest
    steps:
      - run: echo one
`,
    });
    expect(ran.run.conclusion).toBe('failure');
    expect(startupError(ran)).toMatch(/289 combinations; GitHub allows 256/);
    expect(ran.run.jobs).toEqual([]);
  });
});

describe('permissions', () => {
  it('refuse a called job asking more than the caller job gave, with GitHub’s message, before any job runs', async () => {
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  early:
    runs-on: ubuntu-latest
    steps:
      - run: echo early
  call:
    permissions:
      contents: read
    uses: ./.github/workflows/called.yml
`,
      'called.yml': `
on: workflow_call
jobs:
  comment:
    permissions:
      issues: write
    runs-on: ubuntu-latest
    steps:
      - run: echo comment
`,
    });
    expect(ran.run.conclusion).toBe('failure');
    expect(startupError(ran)).toContain("The nested job 'comment' is requesting 'issues: write', but is only allowed 'issues: none'.");
    expect(ran.run.jobs).toEqual([]);
    expect(ran.tokens).toEqual([]);
  });

  it('give each job’s token its effective permissions: inherited from the caller job, {} all none, lowered', async () => {
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  plain:
    runs-on: ubuntu-latest
    steps:
      - run: echo plain
  call:
    permissions:
      contents: read
      issues: write
    uses: ./.github/workflows/called.yml
`,
      'called.yml': `
on: workflow_call
jobs:
  inherits:
    runs-on: ubuntu-latest
    steps:
      - run: echo inherits
  nothing:
    permissions: {}
    runs-on: ubuntu-latest
    steps:
      - run: echo nothing
  lower:
    permissions:
      issues: read
    runs-on: ubuntu-latest
    steps:
      - run: echo lower
`,
    });
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    const granted = (job: string) => {
      const found = ran.tokens.find((each) => each.job === job);
      if (!found) throw new Error(`no token for ${job}: ${ran.tokens.map((each) => each.job).join(', ')}`);
      return Object.fromEntries(Object.entries(found.permissions).filter(([, level]) => level !== 'none'));
    };
    // GitHub's restricted default for a repository's GITHUB_TOKEN.
    expect(granted('plain')).toEqual({ contents: 'read', packages: 'read' });
    expect(granted('call/inherits')).toEqual({ contents: 'read', issues: 'write' });
    expect(granted('call/nothing')).toEqual({});
    expect(granted('call/lower')).toEqual({ issues: 'read' });
  });
});

describe('processes', () => {
  const survivors: number[] = [];
  afterAll(() => {
    for (const pid of survivors) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {}
    }
  });
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      // A zombie still answers signal 0; it is gone all the same.
      return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
    } catch {
      return false;
    }
  };

  it('end with the job when they carry RUNNER_TRACKING_ID; one started without it survives', async () => {
    // Where the test finds the survivor even when the step fails, to end it.
    const survivor = join(root, `survivor-${Date.now()}`);
    const ran = await run(
      {
        'caller.yml': `
on: push
jobs:
  serve:
    runs-on: ubuntu-latest
    outputs:
      tracked: \${{ steps.start.outputs.tracked }}
      detached: \${{ steps.start.outputs.detached }}
    steps:
      - id: start
        run: |
          sleep 300 > /dev/null 2>&1 &
          echo "tracked=$!" >> "$GITHUB_OUTPUT"
          env -u RUNNER_TRACKING_ID setsid sleep 300 > /dev/null 2>&1 &
          echo "detached=$!" >> "$GITHUB_OUTPUT"
          echo "$!" > "$SURVIVOR"
      - id: check
        run: test -n "$RUNNER_TRACKING_ID"
`,
      },
      { env: { SURVIVOR: survivor } },
    );
    if (existsSync(survivor)) survivors.push(Number(readFileSync(survivor, 'utf8')));
    const { tracked, detached } = ran.run.outputs.serve as Record<string, string>;
    if (tracked) survivors.push(Number(tracked));
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(alive(Number(tracked))).toBe(false);
    expect(alive(Number(detached))).toBe(true);
  });

  // The runner's step ends when its process exits; a background process that keeps the step's
  // stdout open does not hold it (`npm start &` then a test step is a common workflow).
  it('a step that leaves a background process on its stdout still ends when its script does', async () => {
    const ran = await run(
      {
        'caller.yml': `
on: push
jobs:
  serve:
    runs-on: ubuntu-latest
    outputs:
      tracked: \${{ steps.start.outputs.tracked }}
    steps:
      - id: start
        run: |
          sleep 300 &
          echo "tracked=$!" >> "$GITHUB_OUTPUT"
`,
      },
      { stepTimeoutMs: 3_000 },
    );
    const { tracked } = ran.run.outputs.serve as Record<string, string>;
    if (tracked) survivors.push(Number(tracked));
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(alive(Number(tracked))).toBe(false);
  });
});

describe('expressions', () => {
  it('format, contains, toJSON, fromJSON and || defaults evaluate as on GitHub', async () => {
    const ran = await run(
      {
        'caller.yml': `
on: push
jobs:
  show:
    runs-on: ubuntu-latest
    outputs:
      format: \${{ steps.show.outputs.format }}
      contains: \${{ steps.show.outputs.contains }}
      in-array: \${{ steps.show.outputs.in-array }}
      not-in-array: \${{ steps.show.outputs.not-in-array }}
      default: \${{ steps.show.outputs.default }}
      given: \${{ steps.show.outputs.given }}
      json: \${{ steps.show.outputs.json }}
      deep: \${{ steps.show.outputs.deep }}
      inline: \${{ steps.show.outputs.inline }}
    steps:
      - id: show
        env:
          FORMAT: \${{ format('{0}/{1} {{x}}', github.repository, 2) }}
          CONTAINS: \${{ contains('Hello', 'ELL') }}
          IN_ARRAY: \${{ contains(fromJSON('["x","y"]'), 'y') }}
          NOT_IN_ARRAY: \${{ contains(fromJSON('["x","y"]'), 'z') }}
          DEFAULT: \${{ vars.MISSING || 'fallback' }}
          GIVEN: \${{ vars.GIVEN || 'fallback' }}
          JSON: \${{ toJSON(fromJSON('{"a":[1,2]}')) }}
          DEEP: \${{ fromJSON('{"a":{"b":7}}').a.b }}
        run: |
          {
            echo "format=$FORMAT"
            echo "contains=$CONTAINS"
            echo "in-array=$IN_ARRAY"
            echo "not-in-array=$NOT_IN_ARRAY"
            echo "default=$DEFAULT"
            echo "given=$GIVEN"
            echo "json<<EOF"
            echo "$JSON"
            echo "EOF"
            echo "deep=$DEEP"
            echo "inline=n=\${{ 1 == 1 }}"
          } >> "$GITHUB_OUTPUT"
`,
      },
      { vars: { GIVEN: 'from vars' } },
    );
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    expect(ran.run.outputs.show).toEqual({
      format: 'octo-org/model/2 {x}',
      contains: 'true',
      'in-array': 'true',
      'not-in-array': 'false',
      default: 'fallback',
      given: 'from vars',
      json: '{\n  "a": [\n    1,\n    2\n  ]\n}',
      deep: '7',
      inline: 'n=true',
    });
  });

  it('a misspelt function fails the run with a message naming it, and nothing runs', async () => {
    const attempt = run({
      'caller.yml': `
on: push
jobs:
  call:
    uses: ./.github/workflows/called.yml
`,
      'called.yml': `
on: workflow_call
jobs:
  early:
    runs-on: ubuntu-latest
    steps:
      - run: echo early
  show:
    runs-on: ubuntu-latest
    steps:
      - env:
          TEXT: \${{ formt('{0}', 'x') }}
        run: echo "$TEXT"
`,
    });
    const ran = await attempt;
    expect(ran.run.conclusion).toBe('failure');
    expect(startupError(ran)).toMatch(/formt/);
    expect(ran.run.jobs).toEqual([]);
  });
});

describe('workflow files GitHub would reject', () => {
  const bad = `
on: push
jobs:
  build:
    runs-on: ubuntu-latest
    stepz:
      - run: echo never
`;
  it('are refused when the caller is one', async () => {
    await expect(run({ 'caller.yml': bad })).rejects.toThrow(/GitHub would not run .*caller\.yml.*stepz/);
  });

  it('are refused when a called workflow is one, before any job runs', async () => {
    const ran = await run({
      'caller.yml': `
on: push
jobs:
  early:
    runs-on: ubuntu-latest
    steps:
      - run: echo early
  call:
    uses: ./.github/workflows/called.yml
`,
      'called.yml': bad.replace('on: push', 'on: workflow_call'),
    });
    expect(ran.run.conclusion).toBe('failure');
    expect(startupError(ran)).toMatch(/GitHub would not run .*called\.yml.*stepz/);
    expect(ran.run.jobs).toEqual([]);
  });
});

describe('artifacts', () => {
  let services: ResultsServices;
  let restore: () => void;
  beforeAll(async () => {
    services = await startResultsServices();
    restore = services.apply(process.env);
  });
  afterAll(async () => {
    restore?.();
    await services?.close();
  });
  const files = (dir: string) =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
          .sort()
      : [];
  const make = `
      - run: |
          mkdir -p out/sub
          echo a > out/a.txt
          echo b > out/b.txt
          echo c > out/c.log
          echo d > out/sub/d.txt`;

  it('upload in one job, download in the next: a glob keeps the paths below its fixed part', async () => {
    const ran = await run(
      {
        'caller.yml': `
on: push
jobs:
  make:
    runs-on: ubuntu-latest
    steps:${make}
      - uses: actions/upload-artifact@v4
        with:
          name: glob-texts
          path: out/*.txt
      - uses: actions/upload-artifact@v4
        with:
          name: glob-deep
          path: out/**/*.txt
      - uses: actions/upload-artifact@v4
        with:
          name: glob-sub
          path: out/s*/*.txt
      - uses: actions/upload-artifact@v4
        with:
          name: glob-two
          path: |
            out/a.txt
            out/sub/d.txt
  use:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: glob-texts
          path: texts
      - uses: actions/download-artifact@v4
        with:
          name: glob-deep
          path: deep
      - uses: actions/download-artifact@v4
        with:
          name: glob-sub
          path: sub
      - uses: actions/download-artifact@v4
        with:
          name: glob-two
          path: two
`,
      },
      { env: services.env },
    );
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    const workspace = ran.workspace('use');
    expect(files(join(workspace, 'texts'))).toEqual(['a.txt', 'b.txt']);
    // upload-artifact's root is the least common ancestor of the search paths (the part of each
    // pattern before its first wildcard), not of the files found.
    expect(files(join(workspace, 'deep'))).toEqual(['a.txt', 'b.txt', 'sub/d.txt']);
    expect(files(join(workspace, 'sub'))).toEqual(['sub/d.txt']);
    expect(files(join(workspace, 'two'))).toEqual(['a.txt', 'sub/d.txt']);
  });

  it('download by pattern: a folder per artifact, or merged with merge-multiple', async () => {
    const ran = await run(
      {
        'caller.yml': `
on: push
jobs:
  make:
    runs-on: ubuntu-latest
    steps:${make}
      - uses: actions/upload-artifact@v4
        with:
          name: part-1
          path: out/a.txt
      - uses: actions/upload-artifact@v4
        with:
          name: part-2
          path: out/sub/d.txt
      - uses: actions/upload-artifact@v4
        with:
          name: other
          path: out/b.txt
  use:
    needs: make
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          pattern: part-*
          merge-multiple: true
          path: merged
      - uses: actions/download-artifact@v4
        with:
          pattern: part-*
          path: apart
      - uses: actions/download-artifact@v4
        with:
          pattern: part-1
          path: one
`,
      },
      { env: services.env },
    );
    expect(ran.run.conclusion, ran.lines.join('\n')).toBe('success');
    const workspace = ran.workspace('use');
    expect(files(join(workspace, 'merged'))).toEqual(['a.txt', 'd.txt']);
    expect(files(join(workspace, 'apart'))).toEqual(['part-1/a.txt', 'part-2/d.txt']);
    // Without a name, each artifact gets its own folder even when the pattern matches one.
    expect(files(join(workspace, 'one'))).toEqual(['part-1/a.txt']);
  });

  it('download of a name that was never uploaded fails the step', async () => {
    const ran = await run(
      {
        'caller.yml': `
on: push
jobs:
  use:
    runs-on: ubuntu-latest
    steps:
      - name: download
        uses: actions/download-artifact@v4
        with:
          name: never-uploaded
      - name: after
        run: echo never
`,
      },
      { env: services.env },
    );
    expect(ran.run.conclusion).toBe('failure');
    const steps = ran.steps('use');
    expect(steps.download.outcome).toBe('failure');
    expect(steps.download.error).toMatch(/never-uploaded/);
    expect(steps.after.conclusion).toBe('skipped');
  });
});
