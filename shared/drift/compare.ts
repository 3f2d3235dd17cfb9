/**
 * Drift between a reference and current data, column by column, from two profiles (the raw
 * reference is never needed) or from raw columns.
 *
 * A column drifts when its test fires AND its effect size reaches a minimum: the test answers
 * "could this be chance?", which at a million rows it never can; the effect size answers "did
 * enough move to matter?" (Wasserstein distance over the reference std for continuous values,
 * total variation for values compared as categories; 0.1 by default for both).
 */
import type { ColumnProfile, DataProfile } from '../data/profile.js';
import { UserError } from '../runtime/errors.js';
import { closest } from '../runtime/suggest.js';
import {
  alignedCounts,
  binShares,
  categoricalFromProfile,
  categoricalFromValues,
  linspace,
  numericFromProfile,
  numericFromValues,
  OTHER_LABEL,
  unionDistinct,
  valueCounts,
  type ColumnKind,
  type Distribution,
} from './distribution.js';
import { cohensD, cramersV, totalVariation, wassersteinEffect, type EffectMeasure } from './effect.js';
import { getStatTest, statTestNames } from './registry.js';
import { crosses, type StatTestName, type ThresholdKind } from './stat-test.js';
import { psiTest } from './tests/psi.js';

/** Dataset drift when at least this share of the compared columns drifted (Evidently's default). */
export const DEFAULT_DRIFT_SHARE = 0.5;
/** The smallest effect that counts as drift, per way of comparing (see the module comment). */
export const DEFAULT_MIN_EFFECT: Readonly<Record<ColumnKind, number>> = { numeric: 0.1, categorical: 0.1 };
/** Evidently's boundary between a small reference (p-value tests) and a large one (distances). */
export const SMALL_REFERENCE_ROWS = 1000;
/** Numeric columns with at most this many distinct values are tested as categories (Evidently). */
const FEW_VALUES = 5;
/** At most this many values: a two-proportion z-test. */
const BINARY_VALUES = 2;
/** Bars per chart: numeric bins, or the top categories (the rest in one bar). */
const CHART_BARS = 10;

export type MethodName = StatTestName | 'auto';

export interface ColumnOverride {
  method?: MethodName;
  threshold?: number;
  /** The smallest effect size that counts as drift for this column (0 turns the rule off). */
  minEffect?: number;
  /** Compare as numeric or categorical, whatever the profile inferred. */
  kind?: ColumnKind;
  skip?: boolean;
}

export interface DriftOptions {
  /** The test for every column: 'auto' (Evidently's defaults, by reference size and distinct values) or a name. */
  method?: MethodName;
  /** The test for numeric columns (Evidently's num_stattest), instead of `method`. */
  numericMethod?: MethodName;
  /** The test for categorical columns (Evidently's cat_stattest), instead of `method`. */
  categoricalMethod?: MethodName;
  /** A threshold for every column's test, instead of each test's default. */
  threshold?: number;
  driftShare?: number;
  minEffect?: Partial<Record<ColumnKind, number>>;
  columns?: Record<string, ColumnOverride>;
  /** Compare only these columns (default: every column of the reference). */
  include?: string[];
  exclude?: string[];
  /** The model's prediction column: compared like any other column, and reported as prediction drift too. */
  predictionColumn?: string;
}

export interface ColumnSummary {
  /** Non-missing values. */
  count: number;
  nulls: number;
  nullShare: number;
  mean: number | null;
  std: number | null;
  distinct: number;
}

export interface EffectSize {
  measure: EffectMeasure;
  value: number;
  minimum: number;
  reached: boolean;
}

export interface ColumnDrift {
  column: string;
  role: 'feature' | 'prediction';
  kind: ColumnKind;
  method: StatTestName;
  methodChosenBy: 'auto' | 'option';
  thresholdKind: ThresholdKind;
  statistic: number;
  pValue: number | null;
  distance: number | null;
  threshold: number;
  /** How the test was computed ("exact", "asymptotic", "22 Sturges bins", …). */
  detail: string;
  /** The test alone fired (Evidently's verdict). */
  testDetected: boolean;
  effect: EffectSize;
  cohensD: number | null;
  cramersV: number | null;
  /** Population stability index, reported for every column. */
  psi: number;
  /** testDetected and the effect reached its minimum. */
  drifted: boolean;
  /** Effect size over its minimum: the order of the report. */
  severity: number;
  /** Both sides were the data itself (raw values, exact counts, or sketches still holding every value). */
  exact: boolean;
  reference: ColumnSummary;
  current: ColumnSummary;
  /** Shares per bin or category, for charts. */
  distribution: { labels: string[]; reference: number[]; current: number[] };
}

export interface SkippedColumn {
  column: string;
  reason: string;
}

export interface DriftReport {
  schemaVersion: 1;
  datasetDrift: boolean;
  /** Share of the compared columns that drifted. */
  driftShare: number;
  driftedColumns: string[];
  comparedColumns: number;
  /** Sorted by severity: drifted first, then columns whose test alone fired, each by effect over its minimum. */
  columns: ColumnDrift[];
  skipped: SkippedColumn[];
  predictionDrift: { column: string; drifted: boolean; method: StatTestName } | null;
  reference: { rows: number; fingerprint: string | null };
  current: { rows: number; fingerprint: string | null };
  /** Some statistic was read from a sketch rather than exact data (see shared/drift/README.md for the bounds). */
  approximate: boolean;
  options: {
    method: MethodName;
    methods: Record<ColumnKind, MethodName>;
    threshold: number | null;
    driftShare: number;
    minEffect: Record<ColumnKind, number>;
    smallReferenceRows: number;
    columns: Record<string, ColumnOverride>;
    predictionColumn: string | null;
  };
}

/**
 * Evidently's default test: by the reference's size (non-missing values) and the number of
 * distinct values in reference and current together.
 */
export function autoStatTest(kind: ColumnKind, referenceCount: number, distinctValues: number): StatTestName {
  if (referenceCount <= SMALL_REFERENCE_ROWS) {
    if (kind === 'numeric' && distinctValues > FEW_VALUES) return 'ks';
    return distinctValues > BINARY_VALUES ? 'chisquare' : 'z';
  }
  if (kind === 'numeric' && distinctValues > FEW_VALUES) return 'wasserstein';
  return 'jensenshannon';
}

/** One column ready to compare: both sides as distributions, or the reason it cannot be. */
type ColumnInput =
  | {
      name: string;
      kind: ColumnKind;
      reference: Distribution;
      current: Distribution;
      summaries: [ColumnSummary, ColumnSummary];
    }
  | { name: string; skip: string };

interface ResolvedOptions {
  method: MethodName;
  methods: Record<ColumnKind, MethodName>;
  threshold: number | null;
  driftShare: number;
  minEffect: Record<ColumnKind, number>;
  columns: Record<string, ColumnOverride>;
  predictionColumn: string | null;
}

function resolveOptions(options: DriftOptions, columnNames: readonly string[]): ResolvedOptions {
  const method = options.method ?? 'auto';
  const methods = { numeric: options.numericMethod ?? method, categorical: options.categoricalMethod ?? method };
  for (const name of [method, ...Object.values(methods)]) if (name !== 'auto') getStatTest(name);
  const driftShare = options.driftShare ?? DEFAULT_DRIFT_SHARE;
  if (!(driftShare > 0 && driftShare <= 1)) throw new UserError(`drift-share must be in (0, 1]; got ${driftShare}.`);
  const minEffect = { ...DEFAULT_MIN_EFFECT, ...options.minEffect };
  for (const [kind, value] of Object.entries(minEffect)) {
    if (!(value >= 0)) throw new UserError(`The minimum ${kind} effect size must be 0 or more; got ${value}.`);
  }
  const columns = options.columns ?? {};
  const named = [
    ...Object.keys(columns).map((name) => ['column options', name]),
    ...(options.include ?? []).map((name) => ['include', name]),
    ...(options.exclude ?? []).map((name) => ['exclude', name]),
    ...(options.predictionColumn ? [['prediction column', options.predictionColumn]] : []),
  ];
  for (const [where, name] of named) {
    if (columnNames.includes(name)) continue;
    const guess = closest(name, columnNames);
    throw new UserError(
      `The ${where} name "${name}", which is not a column of the reference data` +
        `${guess ? ` (did you mean "${guess}"?)` : ''}. Columns: ${columnNames.slice(0, 30).join(', ')}` +
        `${columnNames.length > 30 ? ', …' : ''}.`,
    );
  }
  for (const [name, override] of Object.entries(columns)) {
    if (override.method && override.method !== 'auto') getStatTest(override.method);
    if (override.minEffect !== undefined && !(override.minEffect >= 0)) {
      throw new UserError(`The minimum effect size for column "${name}" must be 0 or more; got ${override.minEffect}.`);
    }
  }
  return {
    method,
    methods,
    threshold: options.threshold ?? null,
    driftShare,
    minEffect,
    columns,
    predictionColumn: options.predictionColumn ?? null,
  };
}

function checkThreshold(kind: ThresholdKind, threshold: number, column: string): void {
  const valid = kind === 'p_value' ? threshold > 0 && threshold < 1 : threshold >= 0 && Number.isFinite(threshold);
  if (!valid) {
    const range = kind === 'p_value' ? 'a p-value between 0 and 1' : 'a distance of 0 or more';
    throw new UserError(`The threshold ${threshold} for column "${column}" must be ${range}.`);
  }
}

/** Bars for a chart: ten equal-width bins for continuous values, else the top categories and the rest. */
function chartDistribution(reference: Distribution, current: Distribution, byValue: boolean): ColumnDrift['distribution'] {
  if (!byValue && reference.kind === 'numeric' && current.kind === 'numeric') {
    const low = Math.min(reference.min, current.min);
    const high = Math.max(reference.max, current.max);
    const edges = high > low ? linspace(low, high, CHART_BARS + 1) : [low - 0.5, high + 0.5];
    const label = (x: number) => String(Number(x.toPrecision(3)));
    return {
      labels: edges.slice(0, -1).map((edge, i) => `${label(edge)}..${label(edges[i + 1])}`),
      reference: binShares(reference, edges),
      current: binShares(current, edges),
    };
  }
  const ref = valueCounts(reference);
  const cur = valueCounts(current);
  const table = alignedCounts(ref, cur);
  const rows = table.labels.map((label, i) => ({
    label,
    reference: table.reference[i] / ref.total,
    current: table.current[i] / cur.total,
  }));
  rows.sort((a, b) => Math.max(b.reference, b.current) - Math.max(a.reference, a.current) || (a.label < b.label ? -1 : 1));
  const shown = rows.filter((row) => row.label !== OTHER_LABEL).slice(0, CHART_BARS);
  const rest = rows.filter((row) => !shown.includes(row));
  if (rest.length > 0) {
    shown.push({
      label: OTHER_LABEL,
      reference: rest.reduce((sum, row) => sum + row.reference, 0),
      current: rest.reduce((sum, row) => sum + row.current, 0),
    });
  }
  return {
    labels: shown.map((r) => r.label),
    reference: shown.map((r) => r.reference),
    current: shown.map((r) => r.current),
  };
}

function compareColumn(input: Extract<ColumnInput, { kind: ColumnKind }>, options: ResolvedOptions): ColumnDrift {
  const override = options.columns[input.name] ?? {};
  const { reference, current, kind } = input;
  const requested = override.method ?? options.methods[kind];
  // The union has at least as many values as either side; past FEW_VALUES its exact size changes nothing.
  const most = Math.max(reference.distinct, current.distinct);
  const distinct = () => (most > FEW_VALUES ? most : unionDistinct(reference, current));
  const method = requested === 'auto' ? autoStatTest(kind, reference.count, distinct()) : requested;
  const test = getStatTest(method);
  if (!test.appliesTo.includes(kind)) {
    const fitting = statTestNames().filter((name) => getStatTest(name).appliesTo.includes(kind));
    throw new UserError(`The ${method} test does not apply to the ${kind} column "${input.name}"; use one of: ${fitting.join(', ')}.`);
  }
  const threshold = override.threshold ?? options.threshold ?? test.defaultThreshold;
  checkThreshold(test.thresholdKind, threshold, input.name);
  const outcome = test.compute(reference, current);
  const score = (test.thresholdKind === 'p_value' ? outcome.pValue : outcome.distance) ?? Number.NaN;
  const testDetected = crosses(test.thresholdKind, score, threshold);

  // Values compared as categories move by total variation; continuous ones by Wasserstein / std.
  const byValue = kind === 'categorical' || outcome.byValue;
  const effectKind: ColumnKind = byValue ? 'categorical' : 'numeric';
  const minimum = override.minEffect ?? options.minEffect[effectKind];
  const value =
    !byValue && reference.kind === 'numeric' && current.kind === 'numeric'
      ? wassersteinEffect(reference, current)
      : totalVariation(valueCounts(reference), valueCounts(current));
  const reached = value >= minimum;
  const psi = method === 'psi' ? outcome.statistic : psiTest.compute(reference, current).statistic;
  const numeric = reference.kind === 'numeric' && current.kind === 'numeric';
  return {
    column: input.name,
    role: input.name === options.predictionColumn ? 'prediction' : 'feature',
    kind,
    method,
    methodChosenBy: requested === 'auto' ? 'auto' : 'option',
    thresholdKind: test.thresholdKind,
    statistic: outcome.statistic,
    pValue: outcome.pValue,
    distance: outcome.distance,
    threshold,
    detail: outcome.detail,
    testDetected,
    effect: { measure: byValue ? 'total_variation' : 'wasserstein_std', value, minimum, reached },
    cohensD: numeric ? cohensD(reference, current) : null,
    cramersV: byValue ? cramersV(valueCounts(reference), valueCounts(current)) : null,
    psi,
    drifted: testDetected && reached,
    severity: minimum > 0 ? value / minimum : value,
    exact: reference.exact && current.exact,
    reference: input.summaries[0],
    current: input.summaries[1],
    distribution: chartDistribution(reference, current, byValue),
  };
}

function bySeverity(a: ColumnDrift, b: ColumnDrift): number {
  return (
    Number(b.drifted) - Number(a.drifted) ||
    Number(b.testDetected) - Number(a.testDetected) ||
    b.severity - a.severity ||
    (a.column < b.column ? -1 : a.column > b.column ? 1 : 0)
  );
}

function report(
  inputs: ColumnInput[],
  options: ResolvedOptions,
  tables: { reference: DriftReport['reference']; current: DriftReport['current'] },
): DriftReport {
  const columns: ColumnDrift[] = [];
  const skipped: SkippedColumn[] = [];
  for (const input of inputs) {
    if ('skip' in input) skipped.push({ column: input.name, reason: input.skip });
    else columns.push(compareColumn(input, options));
  }
  columns.sort(bySeverity);
  const drifted = columns.filter((c) => c.drifted).map((c) => c.column);
  const driftShare = columns.length > 0 ? drifted.length / columns.length : 0;
  const prediction = columns.find((c) => c.role === 'prediction');
  return {
    schemaVersion: 1,
    datasetDrift: columns.length > 0 && driftShare >= options.driftShare,
    driftShare,
    driftedColumns: drifted,
    comparedColumns: columns.length,
    columns,
    skipped,
    predictionDrift: prediction ? { column: prediction.column, drifted: prediction.drifted, method: prediction.method } : null,
    reference: tables.reference,
    current: tables.current,
    approximate: columns.some((c) => !c.exact),
    options: {
      method: options.method,
      methods: options.methods,
      threshold: options.threshold,
      driftShare: options.driftShare,
      minEffect: options.minEffect,
      smallReferenceRows: SMALL_REFERENCE_ROWS,
      columns: options.columns,
      predictionColumn: options.predictionColumn,
    },
  };
}

/** The columns to compare, in the reference's order, after include/exclude and per-column skips. */
function selectedNames(names: readonly string[], options: DriftOptions): string[] {
  const include = options.include ? new Set(options.include) : null;
  const exclude = new Set(options.exclude ?? []);
  return names.filter((name) => {
    if (name === options.predictionColumn) return true;
    return (include === null || include.has(name)) && !exclude.has(name) && !options.columns?.[name]?.skip;
  });
}

function profileSummary(column: ColumnProfile): ColumnSummary {
  return {
    count: column.count,
    nulls: column.nulls,
    nullShare: column.nullShare,
    mean: column.mean,
    std: column.std,
    distinct: column.distinct,
  };
}

/** How a profile's column type is compared, or why it is not. */
function profileKind(column: ColumnProfile): ColumnKind | { skip: string } {
  switch (column.type) {
    case 'integer':
    case 'number':
      return 'numeric';
    case 'category':
    case 'boolean':
      return 'categorical';
    case 'string':
      // Text with more values than the profile's counters hold would be compared through "other".
      return column.sketch.text.error === 0
        ? 'categorical'
        : {
            skip: `text with about ${column.distinct.toLocaleString('en-US')} distinct values ` + '(set kind: categorical to compare it)',
          };
    case 'datetime':
      return { skip: 'datetime columns are not compared' };
    case 'empty':
      return { skip: 'no values in the reference data' };
  }
}

function profileInput(name: string, reference: ColumnProfile, current: ColumnProfile | undefined, override?: ColumnOverride): ColumnInput {
  if (!current) return { name, skip: 'missing from the current data' };
  const inferred = profileKind(reference);
  const kind = override?.kind ?? inferred;
  if (typeof kind !== 'string') return { name, skip: kind.skip };
  if (reference.count === 0) return { name, skip: 'no values in the reference data' };
  if (current.count === 0) return { name, skip: 'no values in the current data (every cell is missing)' };
  if (kind === 'numeric') {
    if (reference.sketch.moments.count === 0) return { name, skip: `no numeric values in the reference data (read as ${reference.type})` };
    if (current.sketch.moments.count === 0)
      return {
        name,
        skip: `no numeric values in the current data (read as ${current.type}, reference ${reference.type})`,
      };
    return {
      name,
      kind,
      reference: numericFromProfile(reference),
      current: numericFromProfile(current),
      summaries: [profileSummary(reference), profileSummary(current)],
    };
  }
  return {
    name,
    kind,
    reference: categoricalFromProfile(reference),
    current: categoricalFromProfile(current),
    summaries: [profileSummary(reference), profileSummary(current)],
  };
}

/**
 * Drift of `current` against `reference`, from their profiles alone (sketches: see the README
 * for how far the statistics can be from the raw data's). Throws a UserError for an unknown
 * test, a test that does not fit a column, a bad threshold, or an option naming no column.
 */
export function compareProfiles(reference: DataProfile, current: DataProfile, options: DriftOptions = {}): DriftReport {
  const names = reference.columns.map((c) => c.name);
  const resolved = resolveOptions(options, names);
  const currentByName = new Map(current.columns.map((c) => [c.name, c]));
  const referenceByName = new Map(reference.columns.map((c) => [c.name, c]));
  const inputs = selectedNames(names, options).map((name) =>
    profileInput(name, referenceByName.get(name)!, currentByName.get(name), resolved.columns[name]),
  );
  for (const c of current.columns) if (!referenceByName.has(c.name)) inputs.push({ name: c.name, skip: 'not in the reference data' });
  return report(inputs, resolved, {
    reference: { rows: reference.table.rows, fingerprint: reference.table.fingerprint || null },
    current: { rows: current.table.rows, fingerprint: current.table.fingerprint || null },
  });
}

export type SampleColumn = ArrayLike<number> | readonly (string | number | boolean | null | undefined)[];
export type SampleTable = Record<string, SampleColumn>;

function isNumericColumn(values: SampleColumn): boolean {
  if (ArrayBuffer.isView(values)) return true;
  const array = values as readonly unknown[];
  let numbers = 0;
  for (const value of array) {
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number') return false;
    numbers++;
  }
  return numbers > 0;
}

function sampleInput(name: string, reference: SampleColumn, current: SampleColumn | undefined, override?: ColumnOverride): ColumnInput {
  if (!current) return { name, skip: 'missing from the current data' };
  const kind = override?.kind ?? (isNumericColumn(reference) ? 'numeric' : 'categorical');
  const toNumbers = (values: SampleColumn) =>
    Float64Array.from(
      Array.from(values as ArrayLike<unknown>, (v) => (typeof v === 'number' ? v : v === null || v === undefined ? NaN : Number(v))),
    );
  const toValues = (values: SampleColumn) => Array.from(values as ArrayLike<string | number | boolean | null | undefined>);
  const ref = kind === 'numeric' ? numericFromValues(toNumbers(reference)) : categoricalFromValues(toValues(reference));
  const cur = kind === 'numeric' ? numericFromValues(toNumbers(current)) : categoricalFromValues(toValues(current));
  if (ref.count === 0) return { name, skip: 'no values in the reference data' };
  if (cur.count === 0) return { name, skip: 'no values in the current data (every cell is missing)' };
  const summary = (d: Distribution, length: number): ColumnSummary => ({
    count: d.count,
    nulls: length - d.count,
    nullShare: length > 0 ? (length - d.count) / length : 0,
    mean: d.kind === 'numeric' ? d.mean : null,
    std: d.kind === 'numeric' ? d.std : null,
    distinct: d.distinct,
  });
  return {
    name,
    kind,
    reference: ref,
    current: cur,
    summaries: [summary(ref, reference.length), summary(cur, current.length)],
  };
}

/**
 * The same comparison from raw columns (exact statistics): numbers (arrays or typed arrays) are
 * numeric, anything else categorical, unless a column's `kind` says otherwise.
 */
export function compareSamples(reference: SampleTable, current: SampleTable, options: DriftOptions = {}): DriftReport {
  const names = Object.keys(reference);
  const resolved = resolveOptions(options, names);
  const inputs = selectedNames(names, options).map((name) => sampleInput(name, reference[name], current[name], resolved.columns[name]));
  for (const name of Object.keys(current)) if (!(name in reference)) inputs.push({ name, skip: 'not in the reference data' });
  const rows = (table: SampleTable) => Math.max(0, ...Object.values(table).map((column) => column.length));
  return report(inputs, resolved, {
    reference: { rows: rows(reference), fingerprint: null },
    current: { rows: rows(current), fingerprint: null },
  });
}
