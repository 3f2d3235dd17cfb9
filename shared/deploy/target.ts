import type { Manifest } from '../model/package.js';
import type { StepIO } from '../runtime/io.js';
import type { SmokeSpec } from './smoke.js';

export type Strategy = 'replace' | 'canary' | 'shadow';

/** The verified version being shipped. */
export interface Release {
  name: string;
  /** `3` for `churn/v3`; a package digest for a folder that is not a registered version. */
  version: string;
  /** `churn/v3`, for registry versions. */
  tag?: string;
  /** The verified, unpacked package. */
  dir: string;
  manifest: Manifest;
}

export interface DeployRequest {
  release: Release;
  environment: string;
  strategy: Strategy;
  /** Canary share of traffic (0–1). */
  canaryWeight: number;
  host: string;
  port: number;
  token?: string;
  smoke?: SmokeSpec;
  /** Where rendered files go (kubernetes). */
  outputDir: string;
  /** Where local services keep their state. */
  stateRoot: string;
  /** The suite's bundle, copied beside a local service or into an image. */
  bundle: { distDir: string; cliFile: string };
  kubernetes: { image: string; namespace: string; minReplicas: number; maxReplicas: number; tokenSecret?: string; context?: string };
  io: StepIO;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface DeployOutcome {
  /** Where the model answers (empty for `none`). */
  url: string;
  /** The version that served before, when the target knows it. */
  previousVersion?: string;
  /** Set when the new version failed and the previous one serves again (or, when there was none, nothing does). */
  rolledBack: boolean;
  /** Why the deployment failed, in one sentence; undefined on success. */
  failure?: string;
  /** Lines for the job summary. */
  details: string[];
}

/** A place a version can be shipped to: one object per target, found through targets/index.ts. */
export interface DeployTarget {
  name: 'local' | 'kubernetes' | 'none';
  deploy(request: DeployRequest): Promise<DeployOutcome>;
}
