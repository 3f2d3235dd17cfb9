import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseActionInputs } from '../../shared/inputs/parse.js';
import { readRunContext } from '../../shared/github/context.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { run } from '../../shared/steps/train.js';

export const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** A fresh workspace with the fixture CSVs and the given files. */
export function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-train-'));
  for (const name of ['churn.csv', 'regression.csv', 'multiclass.csv']) cpSync(join(fixtures, name), join(dir, name));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** Runs the train step as the runner would, with inputs given as raw strings; returns outputs and the log. */
export async function runTrain(cwd: string, raw: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const log: string[] = [];
  const io = createCliIO((line) => log.push(line));
  const fullEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
  const outputs = await run({ inputs: parseActionInputs('train', raw), io, env: fullEnv, cwd, run: readRunContext(fullEnv) });
  return { outputs, log, summary: io.summary.join('\n') };
}

export const CHURN_CONFIG =
  'name: churn\ndata: churn.csv\ntarget: churned\nfeatures: {exclude: [customer_id]}\nmodel: {hidden: [8]}\ntraining: {epochs: 4, batch_size: 64, learning_rate: 0.01}\n';
