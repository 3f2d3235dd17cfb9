import { readdirSync, readFileSync } from 'node:fs';

/**
 * What a self-hosted runner does when a job ends: it ends every process that carries the job's
 * RUNNER_TRACKING_ID in its environment. A service meant to outlive the job must leave it out.
 */
export function endJobProcesses(trackingId: string): number[] {
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
