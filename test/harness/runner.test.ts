import { describe, expect, it } from 'vitest';
import { eventPayload } from './events.js';
import { parseFileCommands, parseWorkflowCommands, runAction, runnerInputEnv } from './runner.js';

describe('runner harness parts', () => {
  it('reads heredoc and plain file commands', () => {
    expect(parseFileCommands('a=1\nb<<ghadelimiter_x\nline 1\nline 2\nghadelimiter_x\n')).toEqual({ a: '1', b: 'line 1\nline 2' });
    expect(() => parseFileCommands('b<<EOF\nno end')).toThrow(/unterminated heredoc/);
  });

  it('reads annotations with escaped properties and masks', () => {
    const { annotations, masks } = parseWorkflowCommands('::add-mask::s3cret\n::error file=data%2Cx.csv,line=4,col=2::bad%0Avalue\nplain');
    expect(masks).toEqual([{ value: 's3cret', offset: 0 }]);
    expect(annotations).toEqual([
      { level: 'error', message: 'bad\nvalue', file: 'data,x.csv', line: 4, endLine: undefined, col: 2, title: undefined },
    ]);
  });

  it('applies action.yml defaults and resolves the job token like the runner', () => {
    const yml = 'inputs:\n  data:\n    required: true\n  github-token:\n    default: ${{ github.token }}\n  fail-on:\n    default: error\n';
    expect(runnerInputEnv(yml, { data: 'x.csv' }, 'tok')).toEqual({
      INPUT_DATA: 'x.csv',
      'INPUT_GITHUB-TOKEN': 'tok',
      'INPUT_FAIL-ON': 'error',
    });
    expect(() => runnerInputEnv(yml, { nope: 1 }, 'tok')).toThrow(/not declared in action.yml/);
  });

  it('builds real recorded payloads rewritten to the test repository', () => {
    const pr = eventPayload('pull_request', { repository: 'octo/models', number: 12, headSha: 'b'.repeat(40) });
    expect(pr.pull_request.number).toBe(12);
    expect(pr.repository.full_name).toBe('octo/models');
    expect(pr.pull_request.head.sha).toBe('b'.repeat(40));
    expect(eventPayload('schedule', { repository: 'octo/models', cron: '*/5 * * * *' })).toMatchObject({
      schedule: '*/5 * * * *',
      repository: { full_name: 'octo/models' },
    });
    expect(eventPayload('workflow_dispatch', { repository: 'octo/models', inputs: { reason: 'drift' } }).inputs).toEqual({
      reason: 'drift',
    });
  });
});

describe('committed bundles under the runner', () => {
  it('fails a missing required input with a sentence naming it, as an error annotation', async () => {
    const run = await runAction({ action: 'register', with: { name: 'churn' } });
    expect(run.exitCode).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringContaining('input "model-dir" is required') }),
    );
    expect(run.log).not.toMatch(/\n\s+at /);
  });

  it('masks the job token before doing anything and never prints it', async () => {
    const token = 'ghs_neverprintthis0123456789';
    const run = await runAction({
      action: 'register',
      with: { name: 'churn', 'model-dir': 'm' },
      token,
      event: { name: 'pull_request', number: 3 },
    });
    expect(run.masked).toContain(token);
    expect(run.tokenLeaked).toBe(false);
    expect(run.leakedSecrets).toEqual([]);
  });
});
