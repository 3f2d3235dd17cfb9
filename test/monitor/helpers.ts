import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRunContext } from '../../shared/github/context.js';
import { parseActionInputs } from '../../shared/inputs/parse.js';
import { createCliIO } from '../../shared/runtime/io.js';
import { run as monitor } from '../../shared/steps/monitor.js';
import { seededRandom } from '../../shared/stats/random.js';
import { CHURN_EVAL, CHURN_TRAIN } from '../evaluate/helpers.js';

/** A workspace with the churn example's training data (the reference) and its held-out rows (clean current data). */
export function monitorWorkspace(prefix = 'mlops-monitor-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'data'));
  cpSync(CHURN_TRAIN, join(dir, 'data/train.csv'));
  cpSync(CHURN_EVAL, join(dir, 'data/current.csv'));
  return dir;
}

export function readCsv(file: string): { header: string[]; rows: string[][] } {
  const [head, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  return { header: head.split(','), rows: lines.map((line) => line.split(',')) };
}

export function writeCsv(file: string, header: string[], rows: (string | number)[][]): void {
  writeFileSync(file, `${[header.join(','), ...rows.map((row) => row.join(','))].join('\n')}\n`);
}

/**
 * The held-out churn rows with drift planted in six of the nine compared columns: older
 * customers, shorter tenure, higher monthly and lower total charges, more month-to-month
 * contracts and more support calls. internet_service, payment_method and churned are untouched.
 */
export function driftedRows(seed = 7): { header: string[]; rows: (string | number)[][] } {
  const { header, rows } = readCsv(CHURN_EVAL);
  const at = (name: string) => header.indexOf(name);
  const random = seededRandom(seed);
  return {
    header,
    rows: rows.map((row) => {
      const out: (string | number)[] = [...row];
      out[at('age')] = Number(row[at('age')]) + 12;
      out[at('tenure_months')] = Math.round(Number(row[at('tenure_months')]) * 0.5);
      out[at('monthly_charges')] = (Number(row[at('monthly_charges')]) * 1.25).toFixed(2);
      out[at('total_charges')] = row[at('total_charges')] === '' ? '' : (Number(row[at('total_charges')]) * 0.6).toFixed(2);
      if (row[at('contract')] !== 'month-to-month' && random() < 0.5) out[at('contract')] = 'month-to-month';
      out[at('support_calls')] = Number(row[at('support_calls')]) + 2;
      return out;
    }),
  };
}

export function writeDrifted(dir: string, file = 'data/drifted.csv', seed = 7): string {
  const { header, rows } = driftedRows(seed);
  writeCsv(join(dir, file), header, rows);
  return file;
}

/** Runs the monitor step in-process, as the CLI does, with a silent log. */
export async function runMonitor(cwd: string, raw: Record<string, string>, env: NodeJS.ProcessEnv = {}) {
  const lines: string[] = [];
  const io = createCliIO((line) => lines.push(line));
  const environment = { PATH: process.env.PATH, HOME: process.env.HOME, ...env };
  const outputs = await monitor({ inputs: parseActionInputs('monitor', raw), io, env: environment, cwd, run: readRunContext(environment) });
  return { outputs, log: lines.join('\n'), summary: io.summary.join('\n') };
}

/** The logistic churn risk the example data was drawn from, roughly: a stand-in model's P(churned = 1). */
export function churnProbability(row: Record<string, string | number>): number {
  const tenure = Number(row.tenure_months);
  const charges = Number(row.monthly_charges);
  const z =
    -0.6 - 0.04 * tenure + 0.02 * (charges - 60) + (row.contract === 'month-to-month' ? 0.9 : -0.6) + 0.25 * Number(row.support_calls);
  return 1 / (1 + Math.exp(-z));
}

/** A model package whose data-profile.json is the churn training data's profile (what train writes). */
export async function churnPackage(dir: string, folder = 'mlops-out/model'): Promise<string> {
  const { profileData } = await import('../../shared/data/profile.js');
  const { writeModelPackage } = await import('../../shared/model/package.js');
  const packageDir = join(dir, folder);
  mkdirSync(join(packageDir, 'model'), { recursive: true });
  writeFileSync(join(packageDir, 'model', 'model.json'), '{"format":"layers-model"}');
  await writeModelPackage(
    packageDir,
    {
      name: 'churn',
      task: 'binary-classification',
      framework: 'tfjs',
      signature: { inputs: [], outputs: [] },
      target: 'churned',
      classes: ['0', '1'],
      params: {},
      git: {},
      run: {},
      backend: 'cpu',
      device: 'cpu',
      durationSeconds: 1,
      gpuSeconds: 0,
      createdAt: '2026-11-30T12:00:00.000Z',
    },
    { metrics: { accuracy: 0.8, auc: 0.85, val_accuracy: 0.78, val_auc: 0.84 }, profile: await profileData(join(dir, 'data/train.csv')) },
  );
  return packageDir;
}

/** Rows of a CSV as records keyed by header. */
export function records(file: string): Record<string, string>[] {
  const { header, rows } = readCsv(file);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}
