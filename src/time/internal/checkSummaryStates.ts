import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { SummaryState, SummaryStateSettings } from '../summaryStateTypes';

/** Throws `INVALID_ARGUMENT` unless `value` looks like a summary state (kind and version). @internal */
export function checkSummaryState(fn: string, argument: string, value: unknown): asserts value is SummaryState {
  const s = value as Partial<SummaryState> | null;
  const valid =
    s !== null &&
    typeof s === 'object' &&
    s.kind === 'summaryState' &&
    s.version === 1 &&
    s.options !== null &&
    typeof s.options === 'object' &&
    typeof s.rowCount === 'number' &&
    Array.isArray(s.customers) &&
    Array.isArray(s.rejected) &&
    Array.isArray(s.currencies);
  if (!valid) {
    throw new InvalidArgumentError(fn, argument, 'must be a summary state made by `summaryState` or `mergeSummaryStates` (kind `summaryState`, version 1)', value);
  }
  checkStateCounts(fn, argument, s as SummaryState);
}

const UNCHANGED = 'pass states from `summaryState` or `mergeSummaryStates` unchanged';

/** The counts and positions a state carries: whole numbers, so that merging them stays whole and finite. @internal */
function checkStateCounts(fn: string, argument: string, s: SummaryState): void {
  if (!isCount(s.rowCount) || s.rowCount < s.rejected.length) {
    throw new InvalidArgumentError(fn, `${argument}.rowCount`, `must be a whole number of rows read, at least the ${s.rejected.length} rejected (${UNCHANGED})`, s.rowCount);
  }
  if (s.lastDay !== null && !Number.isSafeInteger(s.lastDay)) {
    throw new InvalidArgumentError(fn, `${argument}.lastDay`, `must be a whole number of days since 1970-01-01, or null (${UNCHANGED})`, s.lastDay);
  }
  const first = s.firstRow as unknown;
  if (first === null) return;
  const row = first as { index?: unknown; properties?: unknown } | undefined;
  if (row === undefined || typeof row !== 'object' || !isCount(row.index)) {
    throw new InvalidArgumentError(fn, `${argument}.firstRow`, `must be { index, properties } with a whole non-negative index, or null (${UNCHANGED})`, first);
  }
  if (!Array.isArray(row.properties) || !row.properties.every((p: unknown) => typeof p === 'string')) {
    throw new InvalidArgumentError(fn, `${argument}.firstRow.properties`, `must be an array of property names (${UNCHANGED})`, row.properties);
  }
}

/** A non-negative safe integer. */
function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}

/** The first setting in which `b` differs from `a`, or `null`. @internal */
function differingSetting(a: SummaryStateSettings, b: SummaryStateSettings): keyof SummaryStateSettings | null {
  for (const key of Object.keys(a) as (keyof SummaryStateSettings)[]) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return key;
  }
  return null;
}

/** Checks a non-empty list of states with equal settings; throws `EMPTY_INPUT` or `INVALID_ARGUMENT`. @internal */
export function checkSummaryStates(fn: string, states: unknown): asserts states is readonly SummaryState[] {
  if (!Array.isArray(states)) throw new InvalidArgumentError(fn, 'states', 'must be an array of summary states', states);
  if (states.length === 0) throw new EmptyInputError(fn, 'states');
  for (let i = 0; i < states.length; i++) checkSummaryState(fn, `states[${i}]`, states[i]);
  const first = (states[0] as SummaryState).options;
  for (let i = 1; i < states.length; i++) {
    const key = differingSetting(first, (states[i] as SummaryState).options);
    if (key !== null) {
      throw new InvalidArgumentError(
        fn,
        `states[${i}].options.${key}`,
        `must equal that of states[0] (${JSON.stringify(first[key])}): parts merge only when summarised with the same options`,
        (states[i] as SummaryState).options[key],
      );
    }
  }
}
