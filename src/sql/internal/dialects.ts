import type { SqlDialect } from '../types';

/**
 * The pieces of SQL that differ between engines: identifier quoting, type names and date arithmetic.
 * Everything else the summary needs (`WITH`, `GROUP BY`, `CASE`, `CAST`, `FLOOR`, `ROUND`, `EXTRACT`,
 * `CROSS JOIN`) is common to all five. @internal
 */
export interface DialectPieces {
  /** Quotes one identifier part (already checked against the strict pattern). */
  readonly quote: (name: string) => string;
  /** The text type that any customer identifier casts to. */
  readonly text: string;
  /** The 64-bit integer type. */
  readonly bigint: string;
  /** The IEEE double type. */
  readonly double: string;
  /** Whole days from 1970-01-01 to the date of `expr` (a DATE, TIMESTAMP or ISO text). */
  readonly epochDay: (expr: string) => string;
}

const doubleQuote = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const backtick = (name: string): string => `\`${name.replaceAll('`', '')}\``;

/** Per-dialect pieces. @internal */
export const DIALECTS: Readonly<Record<SqlDialect, DialectPieces>> = {
  duckdb: {
    quote: doubleQuote,
    text: 'VARCHAR',
    bigint: 'BIGINT',
    double: 'DOUBLE',
    epochDay: (e) => `date_diff('day', DATE '1970-01-01', CAST(${e} AS DATE))`,
  },
  postgres: {
    quote: doubleQuote,
    text: 'TEXT',
    bigint: 'BIGINT',
    double: 'DOUBLE PRECISION',
    epochDay: (e) => `(CAST(${e} AS DATE) - DATE '1970-01-01')`,
  },
  bigquery: {
    quote: backtick,
    text: 'STRING',
    bigint: 'INT64',
    double: 'FLOAT64',
    epochDay: (e) => `UNIX_DATE(CAST(${e} AS DATE))`,
  },
  snowflake: {
    quote: doubleQuote,
    text: 'VARCHAR',
    bigint: 'BIGINT',
    double: 'DOUBLE',
    epochDay: (e) => `DATEDIFF(day, TO_DATE('1970-01-01'), CAST(${e} AS DATE))`,
  },
  spark: {
    quote: backtick,
    text: 'STRING',
    bigint: 'BIGINT',
    double: 'DOUBLE',
    epochDay: (e) => `DATEDIFF(CAST(${e} AS DATE), DATE '1970-01-01')`,
  },
};
