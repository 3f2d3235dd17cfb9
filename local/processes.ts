import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Processes whose environment holds RUNNER_TRACKING_ID=trackingId, sent SIGKILL; their pids. */
function killTracked(trackingId: string): number[] {
  const killed: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    let environ: string;
    try {
      environ = readFileSync(`/proc/${entry}/environ`, 'utf8');
    } catch {
      continue;
    }
    if (environ.split('\0').includes(`RUNNER_TRACKING_ID=${trackingId}`)) {
      try {
        process.kill(Number(entry), 'SIGKILL');
        killed.push(Number(entry));
      } catch {}
    }
  }
  return killed;
}

/**
 * What a self-hosted runner does when a job ends: it ends every process that carries the job's
 * RUNNER_TRACKING_ID in its environment. A service meant to outlive the job must leave it out.
 * A process caught in the middle of exec shows an empty environment for an instant, so the scan
 * repeats until one finds nothing (at most five times, 50 ms apart).
 */
export async function endJobProcesses(trackingId: string): Promise<number[]> {
  const killed: number[] = [];
  for (let pass = 0; pass < 5; pass++) {
    const found = killTracked(trackingId);
    killed.push(...found);
    if (found.length === 0 && pass > 0) break;
    await sleep(50);
  }
  return killed;
}
