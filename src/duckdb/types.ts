/**
 * Option and result types of `clientele/duckdb`.
 */
import type { WarehouseSummaryOptions } from '../sql/types';
import type { CustomerSummary, SummarySettings, UncalibratedCustomer } from '../time/types';

/**
 * The part of a `@duckdb/node-api` `DuckDBConnection` that clientele uses: pass the connection itself. Any
 * object with this method works (clientele does not import the driver).
 */
export interface DuckDBConnectionLike {
  /** Runs one SQL statement and reads the whole result (the `DuckDBConnection.runAndReadAll` method). */
  runAndReadAll(sql: string): Promise<DuckDBReaderLike>;
}

/** The part of a `@duckdb/node-api` `DuckDBResultReader` that clientele uses. */
export interface DuckDBReaderLike {
  /** The rows as objects keyed by column name, values as JavaScript values (`BIGINT` as `bigint`). */
  getRowObjectsJS(): Record<string, unknown>[];
}

/** Where the transactions are: a table or view of the connection, or a Parquet or CSV file DuckDB reads. */
export type DuckDBTransactionSource =
  | { readonly table: string }
  | { readonly parquet: string }
  | { readonly csv: string };

/** Options of `summarizeInDuckDB` and `histogramInDuckDB`: those of the SQL summary, with the source. */
export interface DuckDBSummaryOptions extends Omit<WarehouseSummaryOptions, 'dialect' | 'table'> {
  /** The transactions: `{ table }`, `{ parquet: path }` (globs allowed) or `{ csv: path }`. */
  readonly source: DuckDBTransactionSource;
}

/** Rows left out of a warehouse summary under one rule, counted (the rows stay in the database). */
export interface RejectedRowCount {
  /** The field that broke the rule. */
  readonly field: 'customerId' | 'date' | 'amount';
  /** The rule broken. */
  readonly reason: string;
  /** How many rows broke it. */
  readonly count: number;
}

/** The result of `summarizeInDuckDB`: the shape of `summarizeTransactions`, customers sorted by id. */
export interface DuckDBSummary {
  /** One summary per customer with a purchase in calibration, sorted by `customerId` (JavaScript string order). */
  readonly customers: CustomerSummary<string>[];
  /** Customers first seen after the calibration end, sorted by `customerId`. */
  readonly notInCalibration: UncalibratedCustomer<string>[];
  /** Rows left out, counted per rule (only rules with a count above 0). */
  readonly rejected: RejectedRowCount[];
  /** The settings used, as `summarizeTransactions` reports them. */
  readonly options: SummarySettings;
}

/** One distinct `(frequency, recency, T)` with the number of customers who share it: a `fitModel` row. */
export interface HistogramRow {
  /** Repeat purchases `x`. */
  readonly frequency: number;
  /** Recency `t_x`, in units. */
  readonly recency: number;
  /** Age `T`, in units. */
  readonly T: number;
  /** Number of customers with this history. */
  readonly weight: number;
}

/** The result of `histogramInDuckDB`. */
export interface DuckDBHistogram {
  /** Distinct histories with their counts, ordered by frequency, recency, T. */
  readonly rows: HistogramRow[];
  /** Number of customers (the sum of the weights). */
  readonly customers: number;
  /** Rows left out, counted per rule. */
  readonly rejected: RejectedRowCount[];
  /** The settings used. */
  readonly options: SummarySettings;
}
