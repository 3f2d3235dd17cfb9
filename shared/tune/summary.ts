import { formatNumber, renderReport, summaryLimit, table, type Section } from '../report/markdown.js';
import { importanceTable, bestValueChart, trialsTable } from './report.js';
import { parameterImportance } from './importance.js';
import { bestTrial, countByState, studySpace, type Study } from './study.js';
import type { Trial } from './trial.js';

/** The tune step's log line and job summaries. */

/** One trial as a log line: state, value, how it ended, time and parameters. */
export function trialLine(trial: Trial, metric: string): string {
  const value = trial.value !== undefined && Number.isFinite(trial.value) ? ` ${metric}=${formatNumber(trial.value)}` : '';
  const how =
    trial.state === 'pruned' ? ` at epoch ${trial.prunedAt}` : trial.state === 'failed' ? `: ${trial.error ?? 'no error message'}` : '';
  const time = trial.durationSeconds !== undefined ? ` in ${trial.durationSeconds.toFixed(1)} s` : '';
  return `trial ${trial.number}: ${trial.state}${value}${how}${time} ${JSON.stringify(trial.params)}`;
}

function paramsTable(params: Trial['params']): string {
  return table(
    ['parameter', 'value'],
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value) : JSON.stringify(value)]),
  );
}

export interface StudySummaryOptions {
  /** After `tune: ` in the heading. */
  title: string;
  /** Lines after the study's description. */
  notes?: string[];
  /** The trials file as shown to the user, named when the summary is shortened. */
  trialsFile: string;
}

/** The study as a job summary: counts, the best trial, the best value over trials, every trial and parameter importance. */
export function studySummary(study: Study, { title, notes = [], trialsFile }: StudySummaryOptions): string {
  const counts = countByState(study);
  const best = bestTrial(study);
  const states = [
    `${counts.complete} complete`,
    `${counts.pruned} pruned`,
    `${counts.failed} failed`,
    ...(counts.running ? [`${counts.running} running`] : []),
  ];
  const head = [
    `### tune: ${title}`,
    `${study.trials.length} trial${study.trials.length === 1 ? '' : 's'} (${states.join(', ')}) of ${study.maxTrials} · ` +
      `sampler \`${study.sampler.name}\` · pruner \`${study.pruner.name}\` · seed ${study.seed} · ` +
      `\`${study.metric}\`, ${study.direction === 'minimize' ? 'lower' : 'higher'} is better`,
    ...notes,
  ];
  if (best) {
    head.push(`**Best: trial ${best.number}, ${study.metric} = ${formatNumber(best.value)}**`, paramsTable(best.params));
  } else {
    head.push('No trial has completed.');
  }
  const sections: Section[] = [{ markdown: head.join('\n\n'), essential: true }];
  const chart = bestValueChart(study);
  if (chart) sections.push({ markdown: `#### Best value over trials\n\n${chart}` });
  sections.push({ markdown: `#### Trials\n\n${trialsTable(study)}` });
  if (counts.complete > 0)
    sections.push({ markdown: `#### Parameter importance\n\n${importanceTable(parameterImportance(studySpace(study), study))}` });
  return renderReport(sections, summaryLimit(`the trials file ${trialsFile}`)).markdown;
}

/** One matrix trial as a job summary: its state, value and parameters. */
export function trialSummary(trial: Trial, metric: string): string {
  const value = trial.value !== undefined && Number.isFinite(trial.value) ? formatNumber(trial.value) : '—';
  return [
    `### tune: trial ${trial.number} (round ${trial.round ?? 0})`,
    `**${trial.state}**${trial.state === 'pruned' ? ` at epoch ${trial.prunedAt}` : ''} · ${metric} = ${value}${trial.error ? ` · ${trial.error}` : ''}`,
    paramsTable(trial.params),
  ].join('\n\n');
}
