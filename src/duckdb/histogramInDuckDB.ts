import { readRejected, readRows, runOnSource, summarySettings, toNumber } from './internal/runOnSource';
import type { DuckDBConnectionLike, DuckDBHistogram, DuckDBSummaryOptions, HistogramRow } from './types';

/**
 * Computes inside DuckDB the compressed form of the customer summaries that fitting needs: each distinct
 * `(frequency, recency, T)` once, with the number of customers who share it as `weight`. The rows go to
 * `fitModel` as they are.
 *
 * @remarks
 * Runs the `histogram` query of `summarizeTransactionsSql` (DuckDB dialect) on the caller's connection, so
 * a log of any size comes back as at most a few hundred thousand rows (in whole days over a year, far
 * fewer). A continuous-time model's log-likelihood depends on a customer only through `(x, t_x, T)`, so
 * `Σ_k w_k ℓ(x_k, t_k, T_k)` over the distinct rows equals the sum over customers: `fitModel` on these rows
 * gives the estimates of the full data (it reads the optional `weight` of each row). For Gamma-Gamma, which
 * needs `monetaryValue`, use {@link summarizeInDuckDB}.
 *
 * @param connection - A `DuckDBConnection` of `@duckdb/node-api`.
 * @param options - `source`, column names and the summary options (see {@link DuckDBSummaryOptions}).
 * @returns `{ rows, customers, rejected, options }` (see {@link DuckDBHistogram}).
 * @throws `INVALID_ARGUMENT` when `connection` has no `runAndReadAll`, `options.source` is not one of the
 *   three forms, or an option breaks a rule of `summarizeTransactionsSql`.
 * @throws The DuckDB error when the SQL fails.
 * @example
 * ```ts
 * import { DuckDBInstance } from '@duckdb/node-api';
 *
 * const connection = await (await DuckDBInstance.create()).connect();
 * await connection.run(`CREATE TABLE sales AS SELECT * FROM (VALUES
 *   ('a', DATE '1997-01-01', 10.00), ('b', DATE '1997-01-01', 5.50), ('c', DATE '1997-01-15', 20.00))
 *   AS t(customer_id, date, amount)`);
 * const { rows } = await histogramInDuckDB(connection, { source: { table: 'sales' }, observationEnd: '1997-01-29' });
 * rows; // [{ frequency: 0, recency: 0, T: 14, weight: 1 }, { frequency: 0, recency: 0, T: 28, weight: 2 }]
 * ```
 */
export async function histogramInDuckDB(connection: DuckDBConnectionLike, options: DuckDBSummaryOptions): Promise<DuckDBHistogram> {
  return runOnSource('histogramInDuckDB', connection, options, async (sql) => {
    const { rejected, lastDay } = await readRejected(connection, sql);
    const settings = summarySettings(sql, lastDay);
    if (lastDay === null) return { rows: [], customers: 0, rejected, options: settings };
    let customers = 0;
    const rows: HistogramRow[] = (await readRows(connection, sql.histogram)).map((row) => {
      const weight = toNumber(row.weight);
      customers += weight;
      return { frequency: toNumber(row.frequency), recency: toNumber(row.recency), T: toNumber(row.t), weight };
    });
    return { rows, customers, rejected, options: settings };
  });
}
