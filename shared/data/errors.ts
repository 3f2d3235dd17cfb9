import { FileError } from '../runtime/errors.js';

/** What is wrong with a data file, as the rule name validate-data reports it under (`file.<check>`). */
export type DataCheck =
  | 'empty'
  | 'header_only'
  | 'ragged_row'
  | 'unterminated_quote'
  | 'bad_quoting'
  | 'encoding'
  | 'header_mismatch'
  | 'duplicate_column'
  | 'invalid_json'
  | 'not_found'
  | 'unreadable';

/** A data file that cannot be read as a table, located at file:line. */
export class DataFileError extends FileError {
  constructor(
    readonly check: DataCheck,
    message: string,
    file: string,
    line?: number,
    column?: number,
  ) {
    super(message, file, line, column);
    this.name = 'DataFileError';
  }
}
