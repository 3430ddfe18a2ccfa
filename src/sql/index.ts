/**
 * `clientele/sql`: the SQL text that computes clientele's customer summaries and the histogram for
 * fitting inside a database (DuckDB, Postgres, BigQuery, Snowflake, Spark). Pure text generation: it
 * loads no database driver and none of zod, decimal.js or date-fns.
 *
 * @packageDocumentation
 */
export { summarizeTransactionsSql } from './summarizeTransactionsSql';
export type {
  ReturnsPolicy,
  SqlDialect,
  TransactionTableColumns,
  WarehouseSummaryOptions,
  WarehouseSummarySettings,
  WarehouseSummarySql,
} from './types';
