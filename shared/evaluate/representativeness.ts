import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type DataProfile, profileData } from '../data/profile.js';
import { compareProfiles } from '../drift/compare.js';

/**
 * Whether the evaluation data looks like the training data when only the package's training
 * profile is at hand (no `training-data` rows): the drift statistics monitor uses, from the two
 * profiles, over the model's features. A profile holds sketches, not rows, so row overlap and
 * adversarial validation need `training-data`; this is the cheap check that always runs.
 */
export interface RepresentativenessReport {
  /** At least one feature drifts (its test fires and its effect is large enough to matter). */
  drifted: boolean;
  driftShare: number;
  compared: number;
  /** The features that drifted, the most severe first, with the effect size that decided. */
  columns: { column: string; method: string; effect: number; effectName: string }[];
  trainingRows: number;
}

/** undefined when the package has no data-profile.json (a command-mode package whose data could not be profiled). */
export async function checkRepresentativeness(
  packageDir: string,
  evaluationData: string,
  features: readonly string[],
  cwd: string,
): Promise<RepresentativenessReport | undefined> {
  let training: DataProfile;
  try {
    training = JSON.parse(await readFile(join(packageDir, 'data-profile.json'), 'utf8')) as DataProfile;
  } catch {
    return undefined;
  }
  const evaluation = await profileData(evaluationData, { cwd });
  const present = new Set(training.columns.map((column) => column.name));
  const include = features.filter((name) => present.has(name));
  if (include.length === 0) return undefined;
  const drift = compareProfiles(training, evaluation, { include });
  return {
    drifted: drift.driftedColumns.length > 0,
    driftShare: drift.driftShare,
    compared: drift.comparedColumns,
    columns: drift.columns
      .filter((column) => column.drifted)
      .map((column) => ({ column: column.column, method: column.method, effect: column.effect.value, effectName: column.effect.measure })),
    trainingRows: training.table.rows,
  };
}
