import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { allRowsRejected } from './internal/allRowsRejected';
import { readSummaryRows } from './internal/readSummaryRows';
import { isAsyncIterable } from './internal/addStream';
import { summarizeStream } from './internal/summarizeStream';
import { resolveSummaryOptions } from './resolveSummaryOptions';
import { summarizeCore } from './summarizeCore';
import type { SummaryOptions, TransactionRow, TransactionSummary } from './types';

/**
 * Summarises a transaction log into one recency–frequency–monetary row per customer: the input of the
 * BG/NBD, Pareto/NBD, MBG/NBD and Gamma-Gamma models and of RFM segmentation.
 *
 * @remarks
 * For each customer, with calibration end `c` (default: the observation end `e`) and unit length `u`:
 * 1. Rows of one customer on the same day (or, with `mergeBy: 'unit'`, in the same calendar period of
 *    the unit) merge into one purchase valued at their sum.
 * 2. `frequency` x = (number of purchases up to `c`) − 1, the repeat purchases.
 * 3. `recency` t_x = (last purchase up to `c` − first purchase) / u, 0 when x = 0; `T` = (c − first
 *    purchase) / u. Days are whole days between calendar dates, so weeks are exactly days/7.
 * 4. `monetaryValue` m = mean value of the x repeat purchases (first purchase excluded, as lifetimes
 *    does), 0 when x = 0; `totalSpendMinor` is the exact calibration spend in minor units.
 * 5. With `calibrationEnd`: `frequencyHoldout` x* = purchases in `(c, e]`, `monetaryValueHoldout` their
 *    mean value, `durationHoldout` = (e − c) / u. Customers whose first purchase is after `c` have no
 *    calibration record and are listed in `notInCalibration`.
 *
 * Invariants: integer x ≥ 0, 0 ≤ t_x ≤ T, t_x = 0 ⇔ x = 0; the result does not depend on the order of
 * the rows. Dates become integer epoch days once ({@link toEpochDay}: `'yyyy-mm-dd'` or `'yyyymmdd'`
 * strings are parsed by hand, the previous row's date reused when it is the same string), so no machine
 * time zone enters; amounts become exact integer minor units once (numbers read as their shortest
 * decimal: `0.1` is ten cents).
 *
 * Data as CRM exports arrive:
 * - Field names: rows are read under `customerId`, `date`, `amount` and `returned`, or under the names
 *   given in `options.fields` (`{ customerId: 'customer_id', date: 'order_date', amount: 'total' }`).
 * - Rows that cannot be read (not an object, a missing field, named by its property, an identifier that
 *   is not a non-blank string or a safe integer, an invalid date or one outside the years 0000-9999, an
 *   amount that is not finite or has too many decimals, a `currency` other than `options.currency`) or
 *   that fall after the observation end are returned in `rejected` with their index and
 *   reason, never dropped silently. When every row is rejected the call throws `ALL_ROWS_REJECTED`,
 *   with the first reasons and, when the rows have other field names, the `options.fields` that reads them.
 * - Identifiers and currencies are read as by {@link indexTransactions}: strings are trimmed, and `1`
 *   and `'1'` are one customer (reported under the form of its first row). A row may name its
 *   `currency`; a row in another currency than `options.currency` is rejected, and without that option
 *   a log whose rows name more than one currency is refused (convert the amounts first).
 * - Returns and refunds (a negative amount, or `returned: true`): `options.returns` `'net'` (default)
 *   subtracts a return from the customer's latest purchase on or before its day in the same period
 *   (calibration or holdout) and never counts it as a purchase; a return with no such purchase is
 *   rejected. `'drop'` leaves returns out, each listed in `rejected`; `'refuse'` throws at the first.
 *   A repeat buyer whose `monetaryValue` is not positive (zero-valued purchases, or returns netted) gets
 *   `spendExcluded` with the reason, so that it is kept out of a Gamma-Gamma spend fit.
 * - `Date` objects (`options.dateObjects`): by default (`'strict'`) read by their UTC calendar date,
 *   except that a `Date` at local midnight whose UTC date is another day (built with local fields on a
 *   machine east of UTC) is rejected with the reason instead of moving to the previous day; `'local'`
 *   reads local calendar dates, `'utc'` UTC dates without the check.
 *
 * Then the rows go through the same integer core as {@link summarizeTransactionColumns}: O(n) time
 * plus one hash lookup per row for the customer identifier (skipped while consecutive rows share a
 * customer; below a million rows a `Map`, above it an open-addressing table of the identifiers' code
 * units, which avoids reading the first row's string back from a huge heap). Below a million rows the
 * columns are typed arrays; above, plain arrays, which stay in the JS heap, so a large call does not
 * force extra major garbage collections of the caller's rows (10 million rows of 1 million customers:
 * about 9 s on 2 cores). The CDNOW master log (69,659 rows) takes about 10-20 ms. The input is not
 * modified.
 *
 * Streaming: given an async iterable of rows, or of row batches (arrays), instead of an array, the rows
 * are read as they come, one batch at a time (single rows are gathered by 8,192), into a mergeable
 * per-customer state (see {@link summaryState}), and the call returns a `Promise` of the same summary as
 * the array would give, rejections indexed by the row's position in the stream. Memory then grows with
 * the customers and their distinct purchase days, not with the rows, so a log larger than memory (a
 * file read line by line, a database cursor) streams through: see docs/scaling-up.md.
 *
 * Months are available only by explicit choice (`unit: 'month'` with `monthLength` 30, 30.4375 or
 * `'calendar'`), because the peer libraries disagree on them.
 *
 * @param transactions - Rows `{ customerId, date, amount, returned? }` (see {@link TransactionRow}), or
 *   rows with other field names mapped by `options.fields`; other fields are ignored, so parsed
 *   `Transaction` records of `clientele/schemas` can be passed as they are. (An async iterable of rows
 *   or row batches: see the second signature.)
 * @param options - Observation and calibration end, time unit, month length, merge rule, currency or
 *   minor digits, field names, return policy, reading of `Date`s: see {@link SummaryOptions}.
 * @returns `{ customers, notInCalibration, rejected, options }` (see {@link TransactionSummary}):
 *   customers in order of first appearance in `transactions`; `options` echoes the settings used.
 * @throws `EMPTY_INPUT` when `transactions` is empty.
 * @throws `ALL_ROWS_REJECTED` when every row is rejected (the message names the first reasons and, for
 *   rows with other field names, the `options.fields` mapping to pass).
 * @throws `INVALID_ARGUMENT` when `transactions` is neither an array nor an async iterable, or `options`
 *   not an object.
 * @throws `INVALID_ARGUMENT` when `unit` is not `'day'`, `'week'`, `'month'` or a positive number; when
 *   `unit` is `'month'` without `monthLength` 30, 30.4375 or `'calendar'`, or `monthLength` is given with
 *   another unit; when `mergeBy` is not `'day'` or `'unit'`.
 * @throws `INVALID_ARGUMENT` when `observationEnd` or `calibrationEnd` is not a valid date (or a `Date`
 *   refused by `dateObjects`), or `calibrationEnd` is after `observationEnd`.
 * @throws `INVALID_ARGUMENT` when `currency` is unknown or `minorDigits` is not an integer 0–15.
 * @throws `INVALID_ARGUMENT` when `fields` names an unknown field or a non-string, `returns` is not
 *   `'net'`, `'drop'` or `'refuse'`, or `dateObjects` not `'strict'`, `'utc'` or `'local'`.
 * @throws `INVALID_ARGUMENT` with `returns: 'refuse'`, naming the first return.
 * @throws `INVALID_ARGUMENT` when, without `options.currency`, the rows name more than one `currency`.
 * @example
 * ```ts
 * const log = [
 *   { customerId: 'a', date: '1997-01-01', amount: 10 },
 *   { customerId: 'a', date: '1997-01-01', amount: 5.5 },
 *   { customerId: 'a', date: '1997-01-15', amount: 20 },
 *   { customerId: 'a', date: '1997-02-12', amount: 7.25 },
 *   { customerId: 'b', date: '1997-02-05', amount: 9.99 },
 * ];
 * const { customers, notInCalibration } = summarizeTransactions(log, {
 *   calibrationEnd: '1997-01-29',
 *   observationEnd: '1997-02-26',
 *   unit: 'week',
 * });
 * customers; // [{ customerId: 'a', frequency: 1, recency: 2, T: 4, monetaryValue: 20,
 * //   firstPurchaseValue: 15.5, totalSpend: 35.5, totalSpendMinor: 3550, transactionCount: 3,
 * //   firstPurchaseDate: '1997-01-01', lastPurchaseDate: '1997-01-15',
 * //   frequencyHoldout: 1, monetaryValueHoldout: 7.25, durationHoldout: 4 }]
 * notInCalibration; // [{ customerId: 'b', firstPurchaseDate: '1997-02-05', transactionCount: 1 }]
 *
 * // A CRM export with its own column names, and a refund netted against the purchase it follows:
 * const crm = [
 *   { customer_id: 'c1', order_date: '2024-01-05', total: '19.90' },
 *   { customer_id: 'c1', order_date: '2024-01-09', total: '-4.90' },
 * ];
 * const fields = { customerId: 'customer_id', date: 'order_date', amount: 'total' };
 * summarizeTransactions(crm, { fields }).customers[0]?.totalSpend; // 15
 * // Without `fields`: throws ALL_ROWS_REJECTED ("... map the field names with `options.fields` ...").
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science, 24(2), 275–284. doi:10.1287/mksc.1040.0098
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: Using iso-value curves for
 * customer base analysis. Journal of Marketing Research, 42(4), 415–430. doi:10.1509/jmkr.2005.42.4.415
 */
export function summarizeTransactions<Id extends string | number = string | number>(
  transactions: readonly TransactionRow<Id>[] | readonly object[],
  options?: SummaryOptions,
): TransactionSummary<Id>;
/**
 * Summarises a transaction log streamed as an async iterable of rows or of row batches (arrays): the
 * same summary as for the array of all its rows, in bounded memory (see the array form above).
 *
 * @param transactions - An async iterable of rows, or of arrays of rows (a file read line by line, a
 *   database cursor, a generator).
 * @param options - As for arrays.
 * @returns A `Promise` of the summary.
 * @throws The `Promise` rejects with the errors of the array form (rows named by their position in the
 *   stream): `EMPTY_INPUT` when the stream yields no row, `ALL_ROWS_REJECTED`, `INVALID_ARGUMENT` for
 *   the options, a refused return or a second currency; and with any error the iterable throws.
 * @example
 * ```ts
 * async function* rows() {
 *   yield { customerId: 'a', date: '2024-01-02', amount: 10 };
 *   yield [{ customerId: 'a', date: '2024-01-09', amount: 4 }]; // a batch
 * }
 * const summary = await summarizeTransactions(rows(), { unit: 'week' });
 * summary.customers[0]?.recency; // 1
 * ```
 */
export function summarizeTransactions<Id extends string | number = string | number>(
  transactions: AsyncIterable<TransactionRow<Id> | readonly TransactionRow<Id>[] | object>,
  options?: SummaryOptions,
): Promise<TransactionSummary<Id>>;
export function summarizeTransactions<Id extends string | number = string | number>(
  transactions: readonly TransactionRow<Id>[] | readonly object[] | AsyncIterable<unknown>,
  options?: SummaryOptions,
): TransactionSummary<Id> | Promise<TransactionSummary<Id>> {
  const fn = 'summarizeTransactions';
  if (isAsyncIterable(transactions)) return summarizeStream<Id>(fn, transactions, options);
  if (!Array.isArray(transactions)) {
    throw new InvalidArgumentError(fn, 'transactions', 'must be an array, or an async iterable of rows or row batches', transactions);
  }
  const n = transactions.length;
  if (n === 0) throw new EmptyInputError(fn, 'transactions');
  const settings = resolveSummaryOptions(fn, options);
  const read = readSummaryRows<Id>(fn, transactions, settings);
  const { customer, epochDay, amountMinor, ids, bad, rejected } = read;
  const amountKey = settings.fields.amount;
  const source = {
    dayField: 'date',
    amountField: 'amount',
    amountOf: (i: number) => (transactions[i] as Record<string, unknown>)[amountKey],
  } as const;
  const summary = summarizeCore<Id>(n, customer, epochDay, amountMinor, bad, ids, ids.length, settings, rejected, source, true);
  if (summary.rejected.length === n) throw allRowsRejected(fn, transactions, summary.rejected, settings.fields);
  return summary;
}
