import { checkSummaryStates } from './internal/checkSummaryStates';
import { accumulatorToState, addState, createAccumulator, settingsFromState } from './internal/summaryAccumulator';
import type { SummaryState } from './summaryStateTypes';

/**
 * Merges the summary states of disjoint parts of a transaction log into the state of their union:
 * exact, associative and commutative, so parts may be merged in any grouping and order (a tree of
 * merges across machines, or one day file at a time).
 *
 * @remarks
 * Per customer: the union of the sets of purchase days (or periods), the minimum of the first and second
 * purchase days and of the first row's index, the maximum of the last purchase day, integer sums of the
 * money in minor units and of the row counts; the first-period spend follows the earliest first period.
 * Returns waiting for a purchase (see {@link SummaryStatePart}) are settled as soon as a part holds the
 * purchase that decides them. Rejections are concatenated (by index), the currency sets united.
 *
 * The parts must be disjoint (no row in two parts): a row given twice counts twice. O(total size of the
 * states) plus a sort of the customers and the rejections.
 *
 * @param states - One or more states from {@link summaryState} or from this function, made with the same
 *   options.
 * @returns The state of all their rows, customers sorted by `String(customerId)`, rejections by index.
 * @throws `EMPTY_INPUT` when `states` is empty.
 * @throws `INVALID_ARGUMENT` when `states` is not an array, an entry is not a summary state (or its
 *   `rowCount`, `lastDay` or `firstRow` is malformed, named by its path), or the states were made with
 *   different options (the message names the first that differs).
 * @throws `INVALID_ARGUMENT` when, without `options.currency`, the states' rows name more than one currency.
 * @example
 * ```ts
 * const monday = summaryState([{ customerId: 'a', date: '2024-03-04', amount: 30 }]);
 * const tuesday = summaryState([{ customerId: 'a', date: '2024-03-05', amount: 12.5 }], { firstIndex: 1 });
 * const week = mergeSummaryStates([monday, tuesday]);
 * week.customers[0]?.calibration.purchaseMinor; // 4250
 * finalizeSummary(week).customers[0]?.frequency; // 1
 * ```
 */
export function mergeSummaryStates<Id extends string | number = string | number>(states: readonly SummaryState<Id>[]): SummaryState<Id> {
  const fn = 'mergeSummaryStates';
  checkSummaryStates(fn, states);
  const acc = createAccumulator(settingsFromState(fn, (states[0] as SummaryState<Id>).options));
  for (const state of states) addState(fn, acc, state);
  return accumulatorToState<Id>(acc);
}
