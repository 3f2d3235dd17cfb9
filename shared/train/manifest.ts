import type { DataProfile } from '../data/profile.js';
import type { Table } from '../data/table.js';
import type { RunContext } from '../github/context.js';
import type { Manifest } from '../model/package.js';
import type { Task } from '../model/preprocessing.js';
import type { Engine } from './backend.js';
import type { CommandRun } from './command.js';
import type { TrainConfig } from './config.js';
import type { TrainingOutcome } from './trainer.js';

/** A package's manifest before writeModelPackage adds the file hashes and the metrics. */
export type ManifestDraft = Omit<Manifest, 'files' | 'schemaVersion' | 'metrics'>;

/** What every training run records, whichever way it trained. */
export interface RunFacts {
  run: RunContext;
  seed: number;
  /** tune's overrides (the `params` input). */
  params: Record<string, unknown>;
  durationSeconds: number;
  /** The runner's price per hour (`cost-per-hour`). */
  perHour?: number;
}

export function runCost(durationSeconds: number, perHour: number | undefined): Manifest['cost'] {
  if (perHour === undefined) return undefined;
  return { perHour, amount: Math.round((durationSeconds / 3600) * perHour * 1e6) / 1e6 };
}

function gitAndRun(run: RunContext): Pick<Manifest, 'git' | 'run'> {
  return {
    git: { repository: run.repository, sha: run.sha, ref: run.ref },
    run: { id: run.runId, attempt: run.runAttempt, url: run.runUrl },
  };
}

function recorded(facts: RunFacts): Pick<ManifestDraft, 'git' | 'run' | 'seed' | 'durationSeconds' | 'cost' | 'createdAt'> {
  return {
    ...gitAndRun(facts.run),
    seed: facts.seed,
    durationSeconds: facts.durationSeconds,
    cost: runCost(facts.durationSeconds, facts.perHour),
    createdAt: new Date().toISOString(),
  };
}

/** The manifest of a package a training command made: what it wrote in mlops.json, and what the suite measured. */
export function commandManifest(
  result: CommandRun,
  facts: RunFacts & { command: string; target?: string; data?: { path: string; profile: DataProfile } },
): ManifestDraft {
  const extra = result.extra as Partial<Manifest>;
  const gpu = result.gpu;
  return {
    name: typeof extra.name === 'string' ? extra.name : 'model',
    task: extra.task,
    framework: result.framework,
    signature: extra.signature ?? { inputs: [], outputs: [] },
    preprocessing: extra.preprocessing,
    target: extra.target ?? facts.target,
    classes: extra.classes,
    params: facts.params,
    data: facts.data
      ? {
          path: facts.data.path,
          files: facts.data.profile.table.files,
          fingerprint: facts.data.profile.table.fingerprint,
          rows: facts.data.profile.table.rows,
        }
      : undefined,
    backend: 'command',
    device: gpu ? `${gpu.count}× ${gpu.name}` : 'cpu',
    gpu,
    command: facts.command,
    gpuSeconds: gpu ? result.durationSeconds * gpu.count : 0,
    ...recorded(facts),
  };
}

function signatureOf(outcome: TrainingOutcome): Manifest['signature'] {
  const task: Task = outcome.plan.task;
  const classes = outcome.preprocessing.target.classes?.length ?? 1;
  return {
    inputs: outcome.preprocessing.features.map((f) =>
      f.kind === 'numeric' ? { name: f.name, type: 'number' as const } : { name: f.name, type: 'category' as const, values: f.categories },
    ),
    outputs:
      task === 'regression'
        ? [{ name: outcome.plan.target, type: 'number' }]
        : [{ name: 'probabilities', type: `float32[${task === 'binary-classification' ? 1 : classes}]` }],
  };
}

/** The manifest of a package the built-in trainer made. */
export function builtInManifest(
  outcome: TrainingOutcome,
  config: TrainConfig,
  facts: RunFacts & { engine: Engine; table: Table; dataPattern: string; trainingSeconds: number },
): ManifestDraft {
  return {
    name: config.name,
    task: outcome.plan.task,
    framework: 'tfjs',
    signature: signatureOf(outcome),
    preprocessing: outcome.preprocessing,
    target: outcome.plan.target,
    classes: outcome.preprocessing.target.classes,
    params: {
      ...config.model,
      ...config.training,
      seed: facts.seed,
      features: outcome.plan.features,
      epochsRun: outcome.epochs,
      bestEpoch: outcome.bestEpoch,
      stoppedEarly: outcome.stoppedEarly,
      overrides: facts.params,
    },
    data: { path: facts.dataPattern, files: facts.table.files, fingerprint: facts.table.fingerprint, rows: facts.table.rows },
    backend: facts.engine.backend,
    device: facts.engine.device,
    gpuSeconds: facts.engine.gpu ? facts.trainingSeconds : 0,
    ...recorded(facts),
  };
}
