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
  states.forEach((s, i) => checkSummaryState(fn, `states[${i}]`, s));
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
