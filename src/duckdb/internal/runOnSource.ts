import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../../time/formatEpochDay';
import { summarizeTransactionsSql } from '../../sql/summarizeTransactionsSql';
import type { WarehouseSummarySql } from '../../sql/types';
import type { SummarySettings } from '../../time/types';
import type { DuckDBConnectionLike, DuckDBSummaryOptions, RejectedRowCount } from '../types';

let views = 0;

/** A SQL string literal (single quotes doubled). @internal */
function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** A number from a DuckDB JS value (BIGINT arrives as `bigint`, `NULL` as `null`). @internal */
export function toNumber(value: unknown): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'number') return value;
  return Number.NaN;
}

/** Reads all rows of a query. @internal */
export async function readRows(connection: DuckDBConnectionLike, sql: string): Promise<Record<string, unknown>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjectsJS();
}

/**
 * Runs `body` with the DuckDB SQL of the summary over the source: a file source is read through a
 * temporary view (dropped afterwards), a table is used as it is. @internal
 */
export async function runOnSource<T>(
  fn: string,
  connection: DuckDBConnectionLike,
  options: DuckDBSummaryOptions,
  body: (sql: WarehouseSummarySql) => Promise<T>,
): Promise<T> {
  if (typeof connection !== 'object' || connection === null || typeof connection.runAndReadAll !== 'function') {
    throw new InvalidArgumentError(fn, 'connection', 'must be a DuckDBConnection of @duckdb/node-api (with runAndReadAll)', connection);
  }
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object with a source', options);
  }
  const { source: given, ...rest } = options;
  const source = given as Record<string, unknown> | undefined;
  let view: string | null = null;
  let table: string;
  if (source !== undefined && source !== null && typeof source.table === 'string') table = source.table;
  else if (source !== undefined && source !== null && (typeof source.parquet === 'string' || typeof source.csv === 'string')) {
    const reader = typeof source.parquet === 'string' ? `read_parquet(${literal(source.parquet)})` : `read_csv(${literal(source.csv as string)})`;
    view = `clientele_source_${Date.now().toString(36)}_${++views}`;
    await connection.runAndReadAll(`CREATE OR REPLACE TEMP VIEW ${view} AS SELECT * FROM ${reader}`);
    table = view;
  } else {
    throw new InvalidArgumentError(fn, 'options.source', 'must be { table }, { parquet: path } or { csv: path }', source);
  }
  try {
    const sql = summarizeTransactionsSql({ ...rest, dialect: 'duckdb', table });
    return await body(sql);
  } finally {
    if (view !== null) await connection.runAndReadAll(`DROP VIEW IF EXISTS ${view}`);
  }
}

/** The rejected counts (rules with rows only) and the last kept day, from the `rejected` query. @internal */
export async function readRejected(
  connection: DuckDBConnectionLike,
  sql: WarehouseSummarySql,
): Promise<{ rejected: RejectedRowCount[]; lastDay: number | null }> {
  const [row = {}] = await readRows(connection, sql.rejected);
  const digits = sql.options.minorDigits;
  const rules: [string, RejectedRowCount['field'], string][] = [
    ['missing_customer_id', 'customerId', 'is missing (NULL)'],
    ['missing_date', 'date', 'is missing (NULL)'],
    ['invalid_amount', 'amount', `is missing or not an amount with at most ${digits} decimals below 2^52 minor units`],
    ['after_observation_end', 'date', `is after the observation end ${sql.options.observationEnd ?? ''}`],
    ['excluded_returns', 'amount', "is a return (negative amount), left out (`options.returns` 'drop')"],
  ];
  const rejected: RejectedRowCount[] = [];
  for (const [column, field, reason] of rules) {
    const count = toNumber(row[column]);
    if (count > 0) rejected.push({ field, reason, count });
  }
  const last = toNumber(row.last_day);
  return { rejected, lastDay: Number.isNaN(last) ? null : last };
}

/** The settings in the form `summarizeTransactions` reports them. @internal */
export function summarySettings(sql: WarehouseSummarySql, lastDay: number | null): SummarySettings {
  const o = sql.options;
  return {
    unit: o.unit,
    unitDays: o.unitDays,
    monthLength: o.monthLength,
    mergeBy: o.mergeBy,
    calibrationEnd: o.calibrationEnd,
    observationEnd: o.observationEnd ?? (lastDay === null ? null : formatEpochDay(lastDay)),
    minorDigits: o.minorDigits,
    returns: o.returns,
    // Dates in the options are read as `parseCalendarDay` reads them: a `Date` at UTC.
    dateObjects: 'utc',
  };
}
