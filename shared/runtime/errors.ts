/**
 * Errors a user can act on. Their message is shown as the step's failure sentence, with no
 * stack trace; anything else that escapes a step is reported as a bug.
 */
export class UserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
  }
}

/**
 * The step did its work and the verdict is "fail" (a failed validation, a failed gate). Its
 * outputs are still set, so later steps with `if: always()` can read the report.
 */
export class StepFailedError extends UserError {
  constructor(
    message: string,
    readonly outputs: Record<string, string | number | boolean | object | undefined>,
  ) {
    super(message);
    this.name = 'StepFailedError';
  }
}

/** A wrong action input; `input` names it. */
export class InputError extends UserError {
  constructor(
    message: string,
    readonly input?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** A problem located in a file the user gave, so annotations can point at it. */
export class FileError extends UserError {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(line !== undefined ? `${file}:${line}${column !== undefined ? `:${column}` : ''}: ${message}` : `${file}: ${message}`);
    this.name = 'FileError';
  }
}

/**
 * A model or asset that is not what was recorded: a checksum mismatch, a manifest whose file
 * hashes do not match, an archive entry escaping its folder. Someone or something changed a
 * model, so every step that resolves one fails on it; it is never downgraded to a warning.
 */
export class IntegrityError extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'IntegrityError';
  }
}

/** A step whose capability has not been built yet. It fails plainly instead of pretending to work. */
export class NotAvailableError extends UserError {
  constructor(action: string, issue: string) {
    super(
      `The ${action} action is not available yet in this version of mlops-actions (tracked in ${issue}). Pin an earlier step or remove it from the workflow.`,
    );
    this.name = 'NotAvailableError';
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
