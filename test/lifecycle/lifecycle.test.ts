import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runLifecycle, type LifecycleResult } from '../../local/lifecycle.js';
import { repoRoot } from '../../local/action-runner.js';
import { createServer } from 'node:net';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the whole lifecycle of the example, its workflow files run step by step', () => {
  let result: LifecycleResult | undefined;
  afterAll(async () => result?.close());

  it('runs', async () => {
    const lines: string[] = [];
    result = await runLifecycle({
      outDir: join(repoRoot, '.tmp/lifecycle-test'),
      stagingPort: await freePort(),
      productionPort: await freePort(),
      log: (line) => {
        lines.push(line);
        process.stdout.write(`${line}\n`);
      },
    });
    for (const stage of result.stages) expect(`${stage.name}: ${stage.run.conclusion}`).toBe(`${stage.name}: success`);
    expect(result.emulator.validationErrors).toEqual([]);
  }, 900_000);
});
