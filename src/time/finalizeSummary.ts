import { EmptyInputError } from '../core/errors/EmptyInputError';
import { allRowsRejected } from './internal/allRowsRejected';
import { checkSummaryState } from './internal/checkSummaryStates';
import { finalizeAccumulator } from './internal/finalizeAccumulator';
import { addState, createAccumulator, settingsFromState } from './internal/summaryAccumulator';
import type { SummaryState } from './summaryStateTypes';
import type { TransactionSummary } from './types';

/**
 * Turns the summary state of a whole transaction log (merged from its parts) into its transaction
 * summary: exactly, deep-equal, what {@link summarizeTransactions} gives on the whole log.
 *
 * @remarks
 * Decides what only the whole log decides: the observation end (given, or the last day of a readable
 * row), hence the age `T` and the holdout length; the returns still waiting (before the customer's first
 * purchase: rejected with the reason; before its second: netted into the first purchase); the
 * frequency as the number of distinct purchase periods minus one; then each customer's fields as
 * {@link summarizeTransactions} computes them (same formulas, same exact minor-unit totals), customers in
 * order of their first row in the log, rejections by index. The result carries its settings for
 * `fitModel`, as a summary does. O(customers · log customers).
 *
 * @param state - The state of the whole log, from {@link mergeSummaryStates} (or {@link summaryState} of
 *   the whole log).
 * @returns `{ customers, notInCalibration, rejected, options }` (see {@link TransactionSummary}).
 * @throws `EMPTY_INPUT` when the state holds no row.
 * @throws `ALL_ROWS_REJECTED` when every row was rejected.
 * @throws `INVALID_ARGUMENT` when `state` is not a summary state, or a customer's total is beyond 2^53
 *   minor units (no longer exact in float64).
 * @example
 * ```ts
 * const part1 = summaryState([{ customerId: 7, date: '2024-05-01', amount: '19.99' }]);
 * const part2 = summaryState([{ customerId: '7', date: '2024-05-08', amount: '5.01' }], { firstIndex: 1 });
 * const { customers } = finalizeSummary(mergeSummaryStates([part1, part2]));
 * customers; // [{ customerId: 7, frequency: 1, recency: 7, T: 7, monetaryValue: 5.01,
 * //   firstPurchaseValue: 19.99, totalSpend: 25, totalSpendMinor: 2500, transactionCount: 2,
 * //   firstPurchaseDate: '2024-05-01', lastPurchaseDate: '2024-05-08' }]
 * ```
 */
export function finalizeSummary<Id extends string | number = string | number>(state: SummaryState<Id>): TransactionSummary<Id> {
  const fn = 'finalizeSummary';
  checkSummaryState(fn, 'state', state);
  if (state.rowCount === 0) throw new EmptyInputError(fn, 'state', 'must hold at least one row');
  const acc = createAccumulator(settingsFromState(fn, state.options));
  addState(fn, acc, state);
  const summary = finalizeAccumulator<Id>(fn, acc);
  if (summary.rejected.length === state.rowCount) {
    const sample = state.firstRow === null ? [] : [Object.fromEntries(state.firstRow.properties.map((p) => [p, null]))];
    throw allRowsRejected(fn, sample, summary.rejected, state.options.fields);
  }
  return summary;
}
