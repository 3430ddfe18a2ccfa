import { indexTransactionsAs } from './internal/indexTransactionsAs';
import type { IndexTransactionsOptions, TransactionColumns, TransactionIndex, TransactionInputRow } from './types';

/**
 * Reads a transaction log once into a {@link TransactionIndex}: rows checked, dates as epoch days,
 * amounts as exact integer minor units, grouped by customer and sorted by day, every rejected row listed
 * with its reason.
 *
 * @remarks
 * Every transaction-based function of `clientele/loyalty` and `clientele/segmentation` takes rows or an
 * index; with many measures of one log, index it once and pass the index, so that the log is parsed once.
 * An index passed in is returned as it is.
 *
 * Rules (the same as `parseTransactions` of `clientele/schemas`, without zod):
 * - Field names: `customerId`, `date`, `amount` and `returned`, or the names given in `options.fields`
 *   (the optional fields keep their names); a missing field is rejected as missing, by its property name.
 * - `customerId`: a non-blank string (trimmed) or a safe integer; `42` and `'42'` are one customer.
 * - `date`: `'yyyy-mm-dd'` (a time after it is ignored), `'yyyymmdd'`, or a `Date` read as
 *   `options.dateObjects` says (default `'strict'`: its UTC calendar date, but a `Date` at local
 *   midnight whose UTC date is another day is rejected with the reason); years 0000–9999; impossible
 *   dates are rejected.
 * - `amount`: exact with at most `minorDigits` decimals (no rounding). A negative amount is accepted only
 *   on a row with `returned: true`; a return is stored as a negative amount whatever its written sign and
 *   is never a purchase.
 * - `discount`, `cost` ≥ 0 and exact; `quantity` finite (negative only on a return).
 * - `currency`: one per log. With `options.currency`, rows naming another currency are rejected; without
 *   it, a log naming two currencies is refused.
 *
 * The column form (`{ customer, epochDay, amountMinor, customerIds? }`, as for
 * `summarizeTransactionColumns`) is read without parsing; a negative amount there is a return.
 *
 * Cost: one pass over the rows, a sort of the distinct identifiers and a counting sort of the rows:
 * O(n + c log c) time, about 40 bytes per row.
 *
 * @param input - Transaction rows ({@link TransactionInputRow}; the `Transaction` records of
 *   `clientele/schemas` fit; rows with other field names with `options.fields`), the column form, or an index.
 * @param options - `minorDigits` (default 2, or the currency's), `currency`, `fields` (other field
 *   names) and `dateObjects` (how `Date`s are read).
 * @returns The {@link TransactionIndex}.
 * @throws `INVALID_ARGUMENT` when `input` is neither an array of rows, columns nor an index; when the
 *   columns differ in length; when the rows name two currencies and `options.currency` is not given; for
 *   an invalid option (an unknown field in `fields`, a `dateObjects` other than 'strict', 'utc', 'local').
 * @example
 * ```ts
 * const index = indexTransactions([
 *   { customerId: 'b', date: '2024-03-02', amount: '12.50' },
 *   { customerId: 'a', date: '2024-03-05', amount: 20 },
 *   { customerId: 'a', date: '2024-03-01', amount: '7.25' },
 *   { customerId: 'a', date: '2024-02-30', amount: 5 },
 * ]);
 * index.customerIds; // ['a', 'b']
 * Array.from(index.amountMinor); // [725, 2000, 1250]
 * index.rejected[0]?.field; // 'date'
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2009). Probability models for customer-base analysis. Journal of
 * Interactive Marketing, 23(1), 61–69. doi:10.1016/j.intmar.2008.11.003
 */
export function indexTransactions(
  input: readonly TransactionInputRow[] | readonly object[] | TransactionColumns | TransactionIndex,
  options?: IndexTransactionsOptions,
): TransactionIndex {
  return indexTransactionsAs('indexTransactions', input, options);
}
