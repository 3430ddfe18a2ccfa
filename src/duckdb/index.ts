/**
 * `clientele/duckdb`: customer summaries and the fitting histogram computed inside DuckDB, from a table,
 * Parquet or CSV file, on the caller's `@duckdb/node-api` connection (an optional peer dependency; this
 * module does not import it). Never loaded by the root `clientele` import.
 *
 * @packageDocumentation
 */
export { summarizeInDuckDB } from './summarizeInDuckDB';
export { histogramInDuckDB } from './histogramInDuckDB';
export type {
  DuckDBConnectionLike,
  DuckDBReaderLike,
  DuckDBHistogram,
  DuckDBSummary,
  DuckDBSummaryOptions,
  DuckDBTransactionSource,
  HistogramRow,
  RejectedRowCount,
} from './types';
