import { execFile } from 'node:child_process';
import type { GpuUsage } from '../model/package.js';

const QUERY = 'name,utilization.gpu,memory.used,memory.total';

interface Sample {
  name: string;
  utilization: number;
  memoryUsed: number;
  memoryTotal: number;
}

/** Parses `nvidia-smi --query-gpu=name,utilization.gpu,memory.used,memory.total --format=csv,noheader,nounits`: one line per GPU. */
export function parseNvidiaSmi(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const parts = line.split(',').map((part) => part.trim());
    if (parts.length < 4 || !parts[0]) continue;
    const [name, utilization, memoryUsed, memoryTotal] = parts;
    // "[N/A]" appears for fields a GPU does not report (MIG slices, some vGPUs).
    const number = (text: string) => (/^\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN);
    samples.push({ name, utilization: number(utilization), memoryUsed: number(memoryUsed), memoryTotal: number(memoryTotal) });
  }
  return samples;
}

function query(env: NodeJS.ProcessEnv): Promise<Sample[] | undefined> {
  return new Promise((resolve) => {
    execFile('nvidia-smi', [`--query-gpu=${QUERY}`, '--format=csv,noheader,nounits'], { env, timeout: 10_000 }, (error, stdout) => {
      resolve(error ? undefined : parseNvidiaSmi(String(stdout)));
    });
  });
}

/**
 * Samples nvidia-smi while a command runs, when the runner has it. Without nvidia-smi (or
 * without a GPU) it records nothing and the run counts zero GPU-seconds.
 */
export class GpuSampler {
  private readonly samples: Sample[][] = [];
  private timer?: NodeJS.Timeout;
  private pending: Promise<void> = Promise.resolve();
  private available = true;

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly intervalMs = 1000,
  ) {}

  private sample(): Promise<void> {
    if (!this.available) return this.pending;
    this.pending = this.pending.then(async () => {
      const result = await query(this.env);
      if (!result) this.available = this.samples.length > 0;
      else if (result.length > 0) this.samples.push(result);
    });
    return this.pending;
  }

  async start(): Promise<void> {
    await this.sample();
    if (!this.available) return;
    this.timer = setInterval(() => void this.sample(), this.intervalMs);
  }

  /** Stops sampling (taking one last sample) and summarises: mean and peak utilisation over all GPUs, peak memory. */
  async stop(): Promise<GpuUsage | undefined> {
    if (this.timer) clearInterval(this.timer);
    if (this.available && this.samples.length > 0) await this.sample();
    await this.pending;
    if (this.samples.length === 0) return undefined;
    const all = this.samples.flat();
    const utilizations = all.map((s) => s.utilization).filter((u) => !Number.isNaN(u));
    const memory = all.map((s) => s.memoryUsed).filter((m) => !Number.isNaN(m));
    const names = [...new Set(this.samples[0].map((s) => s.name))];
    return {
      name: names.join(', '),
      count: this.samples[0].length,
      meanUtilization: utilizations.length ? utilizations.reduce((a, b) => a + b, 0) / utilizations.length : 0,
      peakUtilization: utilizations.length ? Math.max(...utilizations) : 0,
      peakMemoryMiB: memory.length ? Math.max(...memory) : 0,
      memoryTotalMiB: Math.max(0, ...this.samples[0].map((s) => s.memoryTotal).filter((m) => !Number.isNaN(m))),
      samples: this.samples.length,
    };
  }
}
