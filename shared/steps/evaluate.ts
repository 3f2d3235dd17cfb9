import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, relative, resolve } from 'node:path';
import { createGitHubClient, type GitHubClient } from '../github/client.js';
import { upsertStickyComment } from '../github/comments.js';
import { resolveBaseline } from '../evaluate/baseline.js';
import { evaluateModelWithFiles } from '../evaluate/evaluate.js';
import { renderEvaluation } from '../evaluate/render.js';
import { reportJson } from '../evaluate/report.js';
import { commentLimit, summaryLimit } from '../report/markdown.js';
import { StepFailedError } from '../runtime/errors.js';
import type { Step } from './types.js';

/** The JSON report sits next to the markdown one: `mlops-out/evaluation.md` → `mlops-out/evaluation.json`. */
export function jsonReportPath(markdownPath: string): string {
  const ext = extname(markdownPath);
  return `${ext ? markdownPath.slice(0, -ext.length) : markdownPath}.json`;
}

/** The SHAP values sit next to the JSON report: `mlops-out/evaluation.json` → `mlops-out/evaluation.shap.csv`. */
export function shapCsvPath(jsonPath: string): string {
  return `${jsonPath.replace(/\.json$/, '')}.shap.csv`;
}

export const run: Step<'evaluate'> = async ({ inputs, io, env, cwd, run: context }) => {
  const token = inputs['github-token'];
  const commentMode = inputs.comment;
  const commentKey = inputs['comment-key'];
  const markdownPath = resolve(cwd, inputs['report-output']);
  const jsonPath = jsonReportPath(markdownPath);
  const repository = context.owner && context.repo ? { owner: context.owner, repo: context.repo } : undefined;
  let client: GitHubClient | undefined;
  const github = () => (client ??= createGitHubClient({ token: token!, apiUrl: context.apiUrl, env, io }));

  const pullRequest = context.pullRequestNumber;
  const wantsComment = commentMode === 'always' || (commentMode === 'auto' && pullRequest !== undefined);

  // Everything is computed and checked first: a bad input fails here, before any GitHub write.
  const { report, shapCsv } = await evaluateModelWithFiles({
    modelDir: resolve(cwd, inputs['model-dir']),
    data: inputs.data,
    cwd,
    env,
    gates: inputs.gates,
    resamples: inputs.bootstrap,
    slices: inputs.slices,
    importance: inputs.importance,
    explain: inputs.explain,
    explainRows: inputs['explain-rows'],
    explainBackground: inputs['explain-background'],
    robustness: inputs.robustness,
    trainingData: inputs['training-data'],
    resolveBaseline: (name) =>
      resolveBaseline(inputs.baseline, name, { cwd, io, env, client: token && repository ? github() : undefined, repository }),
    run: { commit: context.sha, url: context.runUrl, pullRequest, commentKey },
    io,
  });

  const relativeJson = relative(cwd, jsonPath) || jsonPath;
  const summary = renderEvaluation(report, summaryLimit(`\`${relativeJson}\``));
  const comment = renderEvaluation(
    report,
    commentLimit(context.runUrl ? `the job summary of [this run](${context.runUrl})` : 'the job summary of this run'),
  );
  await mkdir(dirname(markdownPath), { recursive: true });
  await mkdir(dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, reportJson(report));
  if (shapCsv !== undefined) await writeFile(shapCsvPath(jsonPath), shapCsv);
  await writeFile(markdownPath, summary.markdown);
  await io.appendSummary(summary.markdown);
  if (comment.truncated)
    io.info(
      `The comment was shortened to fit GitHub's limit (${comment.omitted} section(s) left out); the job summary and ${relativeJson} have everything.`,
    );

  let commentUrl: string | undefined;
  if (wantsComment) {
    if (pullRequest === undefined)
      io.warning(
        `comment is "always" but this ${context.eventName ?? 'run'} event is not about a pull request, so there is nothing to comment on.`,
      );
    else if (!token) io.warning('No github-token: the pull-request comment is skipped (give `github-token` with `pull-requests: write`).');
    else if (!repository) io.warning('GITHUB_REPOSITORY is not set: the pull-request comment is skipped.');
    else {
      const posted = await upsertStickyComment(github(), {
        ...repository,
        issueNumber: pullRequest,
        key: commentKey,
        body: comment.markdown,
      });
      commentUrl = posted.url;
      io.info(
        `${posted.action === 'created' ? 'Posted' : posted.action === 'updated' ? 'Updated' : 'Kept (unchanged)'} the evaluation comment: ${posted.url}${posted.removedDuplicates ? ` (removed ${posted.removedDuplicates} duplicate(s))` : ''}`,
      );
    }
  }

  const outputs = {
    metrics: report.metrics,
    'baseline-metrics': report.baselineMetrics ?? '',
    passed: report.passed,
    report: relative(cwd, markdownPath) || markdownPath,
    'report-json': relativeJson,
    'comment-url': commentUrl ?? '',
  };
  const failed = report.gates.filter((g) => !g.passed);
  if (failed.length > 0) {
    const list = failed
      .map((g) => `${g.metric} ${g.condition} (candidate ${g.actual}${g.reason ? `: ${g.reason}` : `, threshold ${g.threshold}`})`)
      .join('; ');
    // Outputs are still set (passed=false, the report paths), for steps that run `if: always()`.
    throw new StepFailedError(
      `${failed.length} of ${report.gates.length} gate${report.gates.length > 1 ? 's' : ''} failed: ${list}. The report is in ${outputs.report}${commentUrl ? ` and ${commentUrl}` : ''}.`,
      outputs,
    );
  }
  io.info(`Evaluation: ${report.gates.length ? `all ${report.gates.length} gate(s) passed` : 'no gates'}; report at ${outputs.report}.`);
  return outputs;
};
