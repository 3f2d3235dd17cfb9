// The README's first command, as a user runs it: `npm run example` is `node bin/mlops.js example`
// over the committed local/dist bundle (not the TypeScript the other lifecycle tests import), and
// `mlops github serve` shows what the run left.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../harness/runner.js';

const OUT = join(repoRoot, '.tmp', 'example-cli');

describe('npm run example, from the committed bundle', () => {
  it('runs the whole lifecycle, says what happened and where to look, and stops what it started', async () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'bin/mlops.js'), 'example', '--out', OUT, '--port', '0'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      timeout: 600_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    const out = result.stdout;
    for (const stage of [
      'pull request',
      'release',
      'monitor (drifted week)',
      'retrain (dispatched by the drift issue)',
      'monitor (clean week)',
      'promote v2',
    ])
      expect(out).toMatch(new RegExp(`✓ ${stage.replace(/[()]/g, '\\$&')}`));
    expect(out).toContain('releases: churn/v1, churn/v2');
    expect(out).toContain('aliases: churn@staging → v2, churn@production → v2');
    expect(out).toMatch(/issue #\d+ "Data drift detected: churn \(production\)": closed \(completed\)/);
    expect(out).toMatch(/pull request {2}http:\/\/127\.0\.0\.1:\d+\/octo-org\/churn-model\/pull\/1/);
    expect(out).toContain('✓ the whole lifecycle ran');
    expect(out).not.toMatch(/ghs_local/);
    const service = /production service (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1];
    await expect(fetch(`${service}/v2/health/ready`)).rejects.toThrow();
  }, 600_000);

  it('mlops github serve serves the state the run left, pages and API', async () => {
    const child = spawn(
      process.execPath,
      [join(repoRoot, 'bin/mlops.js'), 'github', 'serve', '--state', join(OUT, 'github'), '--port', '0'],
      {
        cwd: repoRoot,
        env: { PATH: process.env.PATH },
      },
    );
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        let text = '';
        child.stdout.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
          const match = /Local GitHub on (http:\/\/127\.0\.0\.1:\d+)\//.exec(text);
          if (match) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${text}`)));
      });
      const page = await fetch(`${origin}/octo-org/churn-model/pull/1`);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('Model evaluation: churn');
      expect(html).toContain('class="mermaid"');
      expect((await fetch(`${origin}/-/assets/mermaid.min.js`)).status).toBe(200);
    } finally {
      child.kill('SIGINT');
    }
  }, 60_000);

  it('a wrong command prints the usage and exits 2', () => {
    const result = spawnSync(process.execPath, [join(repoRoot, 'bin/mlops.js'), 'github', 'sevre'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('mlops github serve [--state DIR]');
  });
});
