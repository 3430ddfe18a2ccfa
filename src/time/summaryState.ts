import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { addStream, isAsyncIterable } from './internal/addStream';
import { accumulatorToState, addRows, createAccumulator } from './internal/summaryAccumulator';
import { resolveSummaryOptions } from './resolveSummaryOptions';
import type { SummaryState, SummaryStateOptions } from './summaryStateTypes';
import type { TransactionRow } from './types';

/** Checks `firstIndex` and `rowIndices` and returns the index in the whole log of row `i`. @internal */
function indexing(fn: string, n: number | null, options: SummaryStateOptions | undefined): { first: number; indexOf: (i: number) => number } {
  const firstIndex = options?.firstIndex;
  const rowIndices = options?.rowIndices;
  if (firstIndex !== undefined && (typeof firstIndex !== 'number' || !Number.isSafeInteger(firstIndex) || firstIndex < 0)) {
    throw new InvalidArgumentError(fn, 'options.firstIndex', 'must be a non-negative safe integer (the index of the first row in the whole log)', firstIndex);
  }
  if (rowIndices === undefined) {
    const first = firstIndex ?? 0;
    return { first, indexOf: (i) => first + i };
  }
  if (firstIndex !== undefined) throw new InvalidArgumentError(fn, 'options.rowIndices', 'must not be given with `options.firstIndex`', rowIndices);
  if (n === null) throw new InvalidArgumentError(fn, 'options.rowIndices', 'is for arrays of rows; give a stream `options.firstIndex` instead', rowIndices);
  if (rowIndices === null || typeof rowIndices !== 'object' || rowIndices.length !== n) {
    throw new InvalidArgumentError(fn, 'options.rowIndices', `must hold one index per row (${n})`, rowIndices);
  }
  const seen = new Set<number>();
  for (let i = 0; i < n; i++) {
    const index = rowIndices[i];
    if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0 || seen.has(index)) {
      throw new InvalidArgumentError(fn, `options.rowIndices[${i}]`, 'must be a non-negative safe integer, distinct from the others', index);
    }
    seen.add(index);
  }
  return { first: 0, indexOf: (i) => rowIndices[i] as number };
}

/**
 * Summarises one part of a transaction log into a mergeable state: the parts of a log (by day, by file,
 * by customer, at random) summarised apart and merged with {@link mergeSummaryStates} give, through
 * {@link finalizeSummary}, exactly what {@link summarizeTransactions} gives on the whole log.
 *
 * @remarks
 * The rows are read under the same rules as {@link summarizeTransactions} (field names, identifiers,
 * dates, exact amounts, currency, returns policy, `Date` reading), and each customer is reduced to what
 * the summary needs and what merges exactly:
 * - per period (calibration, and holdout after `calibrationEnd`): first, second and last purchase day,
 *   the set of distinct purchase days (or `mergeBy: 'unit'` periods), so that a day split across two
 *   parts counts once;
 * - exact sums in integer minor units: all purchases, purchases of the first period, returns netted;
 * - the returns whose fate depends on rows of other parts (those before the customer's second
 *   purchase day: netted into the first purchase, or rejected at the end when before the first);
 * - the index in the whole log of its first row (the order of the summary's customers) and its
 *   identifier as written there.
 *
 * Merging is a union of sets, minima, maxima and integer sums, so it is associative and commutative and
 * exact: `finalizeSummary(mergeSummaryStates(parts.map(p => summaryState(p.rows, p.index))))` deep-equals
 * `summarizeTransactions(log)`. Rows are reported by their index in the whole log: give
 * `options.firstIndex` for a contiguous slice, `options.rowIndices` for any other part.
 *
 * The state is plain JSON (days as integers since 1970-01-01, money as integer minor units), so parts
 * can be summarised in other processes or machines and the states shipped. Its size grows with the
 * customers and their distinct purchase days, not with the rows. O(n) time plus a sort of the
 * customers.
 *
 * An async iterable of rows or row batches (arrays) is read as it comes, one batch at a time, and gives a
 * `Promise` of the state.
 *
 * @param transactions - The rows of this part (see {@link TransactionRow}), possibly none; or an async
 *   iterable of rows or of arrays of rows.
 * @param options - The options of {@link summarizeTransactions} (the same for every part), plus
 *   `firstIndex` or `rowIndices` (see {@link SummaryStateOptions}).
 * @returns The state of this part (a `Promise` of it for an async iterable; see {@link SummaryState}).
 * @throws `INVALID_ARGUMENT` when `transactions` is neither an array nor an async iterable, or for any
 *   option {@link summarizeTransactions} refuses.
 * @throws `INVALID_ARGUMENT` when `firstIndex` is not a non-negative safe integer, or `rowIndices` does not
 *   hold one distinct non-negative safe integer per row (or is given with `firstIndex`, or for a stream).
 * @throws `INVALID_ARGUMENT` with `returns: 'refuse'`, naming the first return by its index in the log;
 *   and when, without `options.currency`, the rows name more than one currency.
 * @example
 * ```ts
 * const log = [
 *   { customerId: 'a', date: '2024-01-05', amount: 10 },
 *   { customerId: 'a', date: '2024-01-05', amount: 5 },
 *   { customerId: 'a', date: '2024-02-01', amount: 20 },
 * ];
 * // Two files split in the middle of 2024-01-05: the day still counts once.
 * const first = summaryState(log.slice(0, 1));
 * const second = summaryState(log.slice(1), { firstIndex: 1 });
 * const summary = finalizeSummary(mergeSummaryStates([second, first]));
 * summary.customers[0]?.frequency; // 1
 * summary.customers[0]?.firstPurchaseValue; // 15
 * ```
 */
export function summaryState<Id extends string | number = string | number>(
  transactions: readonly TransactionRow<Id>[] | readonly object[],
  options?: SummaryStateOptions,
): SummaryState<Id>;
/**
 * Summarises a part of a transaction log read from an async iterable of rows or of row batches into a
 * mergeable state (see the array form above).
 *
 * @param transactions - An async iterable of rows or of arrays of rows.
 * @param options - As for arrays; `firstIndex` is the index in the whole log of the first row streamed.
 * @returns A `Promise` of the state.
 * @throws The `Promise` rejects with the errors of the array form, and with `INVALID_ARGUMENT` when
 *   `rowIndices` is given (a stream is numbered from `firstIndex`).
 */
export function summaryState<Id extends string | number = string | number>(
  transactions: AsyncIterable<TransactionRow<Id> | readonly TransactionRow<Id>[] | object>,
  options?: SummaryStateOptions,
): Promise<SummaryState<Id>>;
export function summaryState<Id extends string | number = string | number>(
  transactions: unknown,
  options?: SummaryStateOptions,
): SummaryState<Id> | Promise<SummaryState<Id>> {
  const fn = 'summaryState';
  if (isAsyncIterable(transactions)) {
    return (async () => {
      const { first } = indexing(fn, null, options);
      const acc = createAccumulator(resolveSummaryOptions(fn, options));
      await addStream(fn, acc, transactions, first);
      return accumulatorToState<Id>(acc);
    })();
  }
  if (!Array.isArray(transactions)) {
    throw new InvalidArgumentError(fn, 'transactions', 'must be an array of rows or an async iterable of rows or row batches', transactions);
  }
  const { indexOf } = indexing(fn, transactions.length, options);
  const acc = createAccumulator(resolveSummaryOptions(fn, options));
  addRows(fn, acc, transactions as readonly object[], indexOf);
  return accumulatorToState<Id>(acc);
}
