import { POW10 } from '../money/parseMinorUnits';
import { formatEpochDay } from '../time/formatEpochDay';
import type { CustomerSummary, UncalibratedCustomer } from '../time/types';
import { readRejected, readRows, runOnSource, summarySettings, toNumber } from './internal/runOnSource';
import type { DuckDBConnectionLike, DuckDBSummary, DuckDBSummaryOptions } from './types';

const byId = <T extends { customerId: string }>(a: T, b: T): number =>
  a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0;

/** One summary row of the SQL as a `CustomerSummary` (money recomputed from the exact integers). @internal */
function toCustomer(row: Record<string, unknown>, scale: number, holdout: boolean): CustomerSummary<string> {
  const frequency = toNumber(row.frequency);
  const first = toNumber(row.first_purchase_minor);
  const total = toNumber(row.total_spend_minor);
  const base = {
    customerId: String(row.customer_id),
    frequency,
    recency: toNumber(row.recency),
    T: toNumber(row.t),
    monetaryValue: frequency === 0 ? 0 : (total - first) / frequency / scale,
    firstPurchaseValue: first / scale,
    totalSpend: total / scale,
    totalSpendMinor: total,
    transactionCount: toNumber(row.transaction_count),
    firstPurchaseDate: formatEpochDay(toNumber(row.first_purchase_day)),
    lastPurchaseDate: formatEpochDay(toNumber(row.last_purchase_day)),
  };
  const withFlag =
    frequency > 0 && base.monetaryValue <= 0
      ? {
          ...base,
          spendExcluded:
            `mean repeat spend ${base.monetaryValue === 0 ? 0 : base.monetaryValue} is not positive (zero-valued purchases, or returns netted against them): ` +
            'the Gamma-Gamma spend model needs a positive spend, leave this customer out of the spend fit',
        }
      : base;
  if (!holdout) return withFlag;
  const count = toNumber(row.frequency_holdout);
  return {
    ...withFlag,
    frequencyHoldout: count,
    monetaryValueHoldout: count === 0 ? 0 : toNumber(row.holdout_spend_minor) / count / scale,
    durationHoldout: toNumber(row.duration_holdout),
  };
}

/**
 * Summarises a transaction table, Parquet or CSV file inside DuckDB into one recency–frequency–monetary
 * row per customer, with exactly the result of `summarizeTransactions` (with `returns: 'drop'`) on the same rows: the data stay in
 * DuckDB (out of core, all cores), only one small row per customer comes back.
 *
 * @remarks
 * Runs the DuckDB dialect of `summarizeTransactionsSql` (see there for the conventions: same-day or
 * same-period merge, units, calibration and observation ends, holdout, exact minor units) on the caller's
 * `@duckdb/node-api` connection, plus one counting scan for the rejected rows (and, with a calibration
 * end, one query for the customers first seen after it). The money fields are computed in JavaScript from
 * the exact integer sums the SQL returns, with the operations of `summarizeTransactions`, so they agree to
 * the last bit. Customer identifiers come back as text. Unlike `summarizeTransactions`, rejected rows are
 * counted per rule rather than listed (they stay in the database: query them with the rule's condition).
 * A file source is read through a temporary view, dropped afterwards.
 *
 * `@duckdb/node-api` is an optional peer dependency of clientele: install it to use this subpath; the
 * root `clientele` import never loads it (nor does this module import it: it uses the connection given).
 *
 * @param connection - A `DuckDBConnection` (from `(await DuckDBInstance.create()).connect()`).
 * @param options - `source` (`{ table }`, `{ parquet }` or `{ csv }`), column names and the summary options
 *   (see {@link DuckDBSummaryOptions}).
 * @returns `{ customers, notInCalibration, rejected, options }`, customers sorted by `customerId`.
 * @throws `INVALID_ARGUMENT` when `connection` has no `runAndReadAll`, `options.source` is not one of the
 *   three forms, or an option breaks a rule of `summarizeTransactionsSql`.
 * @throws The DuckDB error when the SQL fails (a missing file or column, a date that is not a date).
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 *
 * const connection = await (await DuckDBInstance.create()).connect();
 * await connection.run(`CREATE TABLE sales AS SELECT * FROM (VALUES
 *   ('a', DATE '1997-01-01', 10.00), ('a', DATE '1997-01-01', 5.50), ('a', DATE '1997-01-15', 20.00),
 *   ('b', DATE '1997-01-20', 9.99)) AS t(customer_id, date, amount)`);
 * const { customers } = await summarizeInDuckDB(connection, { source: { table: 'sales' }, unit: 'week', observationEnd: '1997-01-29' });
 * customers.map((c) => [c.customerId, c.frequency, c.recency, c.T, c.monetaryValue]);
 * // [['a', 1, 2, 4, 20], ['b', 0, 0, 1.2857142857142858, 0]]
 * ```
 */
export async function summarizeInDuckDB(connection: DuckDBConnectionLike, options: DuckDBSummaryOptions): Promise<DuckDBSummary> {
  return runOnSource('summarizeInDuckDB', connection, options, async (sql) => {
    const { rejected, lastDay } = await readRejected(connection, sql);
    const settings = summarySettings(sql, lastDay);
    if (lastDay === null) return { customers: [], notInCalibration: [], rejected, options: settings };
    const scale = POW10[sql.options.minorDigits] as number;
    const holdout = sql.options.calibrationEnd !== null;
    const customers = (await readRows(connection, sql.summary)).map((row) => toCustomer(row, scale, holdout));
    customers.sort(byId);
    const notInCalibration: UncalibratedCustomer<string>[] = [];
    if (holdout) {
      for (const row of await readRows(connection, sql.notInCalibration)) {
        notInCalibration.push({
          customerId: String(row.customer_id),
          firstPurchaseDate: formatEpochDay(toNumber(row.first_purchase_day)),
          transactionCount: toNumber(row.transaction_count),
        });
      }
      notInCalibration.sort(byId);
    }
    return { customers, notInCalibration, rejected, options: settings };
  });
}
