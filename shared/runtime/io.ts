import * as core from '@actions/core';

/** Where an annotation points: `file:line` shows on the pull request's diff. */
export interface AnnotationLocation {
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  title?: string;
}

/**
 * Everything a step may do to the outside world besides files and the network. The runner
 * entry and the CLI provide different implementations, so steps never touch @actions/core.
 */
export interface StepIO {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, where?: AnnotationLocation): void;
  warning(message: string, where?: AnnotationLocation): void;
  error(message: string, where?: AnnotationLocation): void;
  /** Mask a value in every later log line. */
  setSecret(value: string): void;
  /** Append markdown to the job summary. */
  appendSummary(markdown: string): Promise<void>;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

function toProperties(where?: AnnotationLocation): core.AnnotationProperties | undefined {
  if (!where) return undefined;
  return { file: where.file, startLine: where.line, endLine: where.endLine, startColumn: where.column, title: where.title };
}

/** The runner's side: workflow commands, GITHUB_STEP_SUMMARY. */
export const actionIO: StepIO = {
  info: (message) => core.info(message),
  debug: (message) => core.debug(message),
  notice: (message, where) => core.notice(message, toProperties(where)),
  warning: (message, where) => core.warning(message, toProperties(where)),
  error: (message, where) => core.error(message, toProperties(where)),
  setSecret: (value) => core.setSecret(value),
  appendSummary: async (markdown) => {
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
  },
  group: (name, fn) => core.group(name, fn),
};

/**
 * The laptop's side: logs and annotations go to stderr (stdout carries the outputs as JSON),
 * secrets are replaced before printing, and the summary is collected for the caller.
 */
export function createCliIO(write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): StepIO & { summary: string[] } {
  const secrets: string[] = [];
  const mask = (text: string) => secrets.reduce((out, secret) => out.split(secret).join('***'), text);
  const located = (level: string, message: string, where?: AnnotationLocation) => {
    const place = where?.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
    write(mask(`${level}: ${place}${message}`));
  };
  const summary: string[] = [];
  return {
    summary,
    info: (message) => write(mask(message)),
    debug: (message) => {
      if (process.env.MLOPS_DEBUG) write(mask(`debug: ${message}`));
    },
    notice: (message, where) => located('notice', message, where),
    warning: (message, where) => located('warning', message, where),
    error: (message, where) => located('error', message, where),
    setSecret: (value) => {
      if (value) secrets.push(value);
    },
    appendSummary: async (markdown) => {
      summary.push(markdown);
    },
    group: async (name, fn) => {
      write(mask(`── ${name}`));
      return fn();
    },
  };
}

/** How the runner entry hands back a step's result: output values, and the failure that ends the step. */
export const runnerResult = {
  setOutput: (name: string, value: string) => core.setOutput(name, value),
  setFailed: (message: string) => core.setFailed(message),
};
