import { buildSummaryQueries } from './internal/buildSummaryQueries';
import { resolveWarehouseOptions } from './internal/resolveWarehouseOptions';
import type { WarehouseSummaryOptions, WarehouseSummarySql } from './types';

/**
 * Writes the SQL that turns a transaction table into clientele's per-customer summaries (frequency,
 * recency, age `T`, spend, holdout counts) and into the compressed histogram for fitting, in the dialect
 * of DuckDB, Postgres, BigQuery, Snowflake or Spark: the warehouse computes the sufficient statistics
 * where the data live, clientele fits and scores.
 *
 * @remarks
 * The SQL follows the conventions of `summarizeTransactions` with `returns: 'drop'` exactly (same-day or same-period merge,
 * frequency = distinct purchase periods − 1, recency 0 for one-time buyers, `T` from the first purchase to
 * the calibration end, times in the unit, holdout counts after the calibration end), with dates as whole
 * days since 1970-01-01 and money as exact integer minor units (`ROUND(amount · 10^d)`, accepted only when
 * the amount has at most `d` decimals, as `parseMinorUnits` does). `monetary_value` is
 * `(total − first purchase) / frequency / 10^d` in IEEE double, the same operations as clientele, and the
 * integer sums are returned beside it. Rows with a missing field or an amount that is not a whole number of
 * minor units, and rows after the observation end, are left out and counted by the `rejected` query, never
 * dropped silently; a date that cannot be cast to `DATE` makes the query fail. One scan of the table
 * and two `GROUP BY`s: linear in the rows, memory in the number of distinct customer-periods.
 *
 * Identifiers are checked against a strict pattern and quoted; option values are validated and written as
 * numbers: no text of the caller reaches the SQL unchecked. Not supported in SQL: `unit: 'month'` with
 * `monthLength: 'calendar'` and `mergeBy: 'day'` (fractional calendar months), and the return policies
 * `'net'` (the default of `summarizeTransactions`) and `'refuse'`: returns (negative amounts) are dropped
 * and counted, as with `returns: 'drop'`.
 *
 * @param options - Dialect, table and column names, amount unit and the options of
 *   `summarizeTransactions` (see {@link WarehouseSummaryOptions}).
 * @returns `{ summary, histogram, notInCalibration, rejected, options }`: four SQL texts and the settings
 *   (see {@link WarehouseSummarySql}).
 * @throws `INVALID_ARGUMENT` when `dialect` is not one of the five; when `table` or a column name is not a
 *   plain identifier (`[A-Za-z_][A-Za-z0-9_]*`, up to three dotted parts for the table).
 * @throws `INVALID_ARGUMENT` when `unit`, `monthLength`, `mergeBy` or `amountUnit` is not allowed, or
 *   `returns` is not `'drop'`, or `monthLength` is `'calendar'` without `mergeBy: 'unit'`.
 * @throws `INVALID_ARGUMENT` when `calibrationEnd` or `observationEnd` is not a valid `'yyyy-mm-dd'` date,
 *   or `calibrationEnd` is after `observationEnd`; when `currency` is unknown or `minorDigits` is not an
 *   integer 0–15.
 * @example
 * ```ts
 * const { histogram, options } = summarizeTransactionsSql({
 *   dialect: 'postgres',
 *   table: 'sales.transactions',
 *   calibrationEnd: '1997-09-30',
 *   observationEnd: '1998-06-30',
 *   unit: 'week',
 * });
 * histogram.includes('FROM "sales"."transactions"'); // true
 * histogram.endsWith('ORDER BY frequency, recency, t'); // true
 * options.columns; // { customerId: 'customer_id', date: 'date', amount: 'amount' }
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: An
 * alternative to the Pareto/NBD model. Marketing Science, 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function summarizeTransactionsSql(options: WarehouseSummaryOptions): WarehouseSummarySql {
  const resolved = resolveWarehouseOptions('summarizeTransactionsSql', options);
  return { ...buildSummaryQueries(resolved), options: resolved.settings };
}
