import { resolve } from 'node:path';
import { loadPackagePredictor } from '../model/predictor.js';
import { UserError } from '../runtime/errors.js';
import type { ModelToServe } from './served-model.js';

export interface LoadModelOptions {
  name?: string;
  version?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * Loads a model package folder for serving. `loadPackagePredictor` verifies every file's sha256
 * before anything is loaded, so a tampered or half-copied package is refused here, before the
 * service starts or swaps.
 */
export async function loadModelToServe(dir: string, options: LoadModelOptions = {}): Promise<ModelToServe> {
  const cwd = options.cwd ?? process.cwd();
  const full = resolve(cwd, dir);
  try {
    const predictor = await loadPackagePredictor(full, { env: options.env ?? process.env, cwd });
    return { predictor, name: options.name, version: options.version };
  } catch (error) {
    // Keep the class (IntegrityError for a tampered package) so callers can tell why; add what was refused.
    if (error instanceof UserError) error.message = `refusing to serve ${dir}: ${error.message}`;
    throw error;
  }
}
