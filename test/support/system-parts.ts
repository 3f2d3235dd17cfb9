import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Tests that need a part of the system a fresh machine may lack (Debian's PyTorch, Mesa) run
 * whenever it is there, and always under CI, which installs it (.ci/debian-packages): there a
 * missing part fails the test instead of hiding it. Elsewhere they are skipped, and the reason
 * and the install command are printed so the skip is never silent.
 */
export function skipWithoutSystemPart(part: string, present: boolean, install: string): boolean {
  if (present || process.env.CI) return false;
  console.warn(`skipped: the tests that need ${part} (not found on this machine; install it with \`${install}\`).`);
  return true;
}

export const hasPythonTorch = (() => {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import torch, pandas'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export const hasSoftwareGl = existsSync('/usr/lib/x86_64-linux-gnu/libEGL_mesa.so.0') && existsSync('/usr/lib/x86_64-linux-gnu/libEGL.so');

/** Debian's Prometheus, Pushgateway and Alertmanager servers (test/monitor/prometheus.test.ts). */
export const PROMETHEUS_BINARIES = ['/usr/bin/prometheus', '/usr/bin/prometheus-pushgateway', '/usr/bin/prometheus-alertmanager'] as const;
export const hasPrometheusServers = PROMETHEUS_BINARIES.every((binary) => existsSync(binary));
