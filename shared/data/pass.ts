import type { PackedHashSample } from '../stats/hash-sample.js';
import { ProfileBuilder, type DataProfile, type ProfilePartState } from './profile.js';
import type { Row } from './row.js';
import type { Schema } from './schema.js';
import { SchemaValidator, SkewChecker, ViolationLog, type SkewPartState, type Violation } from './validate.js';

const NO_SCHEMA: Schema = { file: '', columns: new Map(), table: { lines: {} } };

export interface PassSetup {
  columns: string[];
  /** The first data file (where header-level findings point). */
  firstFile: string;
  schema?: Schema;
  reference?: DataProfile;
  referenceFile?: string;
  /** About how many rows precede this part (a byte range read by a worker). */
  rowsBefore?: number;
}

/** What a part of the data (a byte range read by a worker) found, to be absorbed by the whole. */
export interface PassState {
  rows: number;
  profile: ProfilePartState;
  violations: Violation[];
  unique: Record<string, PackedHashSample>;
  skew: SkewPartState | null;
}

/**
 * Everything validate-data does with each row, in one place: the profile, the schema checks
 * and the skew checks. The whole dataset's pass can absorb the states of parts read elsewhere.
 */
export class Pass {
  readonly builder: ProfileBuilder;
  readonly validator: SchemaValidator;
  readonly skew: SkewChecker | undefined;

  constructor(
    setup: PassSetup,
    readonly log: ViolationLog = new ViolationLog(),
    part = false,
  ) {
    this.builder = new ProfileBuilder(setup.columns, setup.rowsBefore);
    this.validator = new SchemaValidator(setup.schema ?? NO_SCHEMA, setup.columns, setup.firstFile, log, part);
    this.skew = setup.reference ? new SkewChecker(setup.reference, setup.referenceFile ?? '', setup.columns, log, part) : undefined;
  }

  get rows(): number {
    return this.builder.rows;
  }

  row(row: Row, file: string): void {
    this.builder.add(row);
    this.validator.check(row, file);
    this.skew?.add(row, file);
  }

  ragged(file: string, line: number, fields: number, expected: number): void {
    this.validator.ragged(file, line, fields, expected);
  }

  state(): PassState {
    return {
      rows: this.builder.rows,
      profile: this.builder.state(),
      violations: this.log.list(),
      unique: this.validator.state(),
      skew: this.skew?.state() ?? null,
    };
  }

  /** Lets the part's large tables be reused by the next part, once `state()` has been taken. */
  release(): void {
    this.builder.release();
    this.validator.release();
  }

  /** A part's findings; its line numbers are relative to the part's first line, so `lineOffset` places them. */
  absorb(state: PassState, lineOffset: number): void {
    this.builder.absorb(state.profile);
    this.log.absorb(state.violations, lineOffset);
    this.validator.absorb(state.unique);
    if (state.skew) this.skew?.absorb(state.skew, lineOffset);
  }

  finish(table: { fingerprint: string; files: string[]; bytes: number }, histogramEdges?: Map<string, number[]>): DataProfile {
    const profile = this.builder.finish(table, { histogramEdges });
    this.validator.finish(profile);
    this.skew?.finish(profile);
    return profile;
  }
}
