import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { resolveMinorDigits } from '../../money/resolveMinorDigits';
import { formatEpochDay } from '../../time/formatEpochDay';
import { resolveTimeUnit, type ResolvedTimeUnit } from '../../time/internal/resolveTimeUnit';
import { parseCalendarDay } from '../../time/parseCalendarDay';
import type { MergeBy } from '../../time/types';
import type { SqlDialect, WarehouseSummaryOptions, WarehouseSummarySettings } from '../types';
import { DIALECTS, type DialectPieces } from './dialects';

/** One identifier part: a letter or `_`, then letters, digits and `_`; at most 128 characters. @internal */
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,127}$/;
/** A BigQuery table part may also hold `-` (project names). @internal */
const BIGQUERY_TABLE_PART = /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/;

/** Checked options: quoted names, dates as epoch days, the dialect's pieces. @internal */
export interface ResolvedWarehouseOptions {
  readonly sql: DialectPieces;
  readonly table: string;
  readonly customerId: string;
  readonly date: string;
  readonly amount: string;
  readonly unitDays: number | null;
  readonly calibrationEnd: number | null;
  readonly observationEnd: number | null;
  readonly settings: WarehouseSummarySettings;
}

function checkName(fn: string, argument: string, value: unknown, pattern: RegExp): string {
  if (typeof value !== 'string' || !pattern.test(value)) {
    throw new InvalidArgumentError(
      fn,
      argument,
      `must be an identifier matching ${String(pattern)} (letters, digits and _; names with other characters: create a view with a plain name)`,
      value,
    );
  }
  return value;
}

function resolveUnit(fn: string, options: WarehouseSummaryOptions): ResolvedTimeUnit {
  const resolved = resolveTimeUnit(fn, options.unit, options.monthLength);
  if (resolved.monthLength === 'calendar' && options.mergeBy !== 'unit') {
    throw new InvalidArgumentError(
      fn,
      'options.monthLength',
      "may be 'calendar' only with mergeBy 'unit' in SQL (fractional calendar months are computed by summarizeTransactions only); use 30.4375 or mergeBy 'unit'",
      resolved.monthLength,
    );
  }
  return resolved;
}

function resolveDay(fn: string, name: 'calibrationEnd' | 'observationEnd', value: unknown): number | null {
  if (value === undefined) return null;
  // Written into the SQL as an integer epoch day, so no text of the caller reaches it.
  const day = parseCalendarDay(value);
  if (Number.isNaN(day)) throw new InvalidArgumentError(fn, `options.${name}`, 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value);
  return day;
}

function oneOf<T extends string>(fn: string, argument: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) {
    throw new InvalidArgumentError(fn, argument, `must be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return value as T;
}

/** Checks the options of the SQL summary and fills in the defaults; throws `INVALID_ARGUMENT`. @internal */
export function resolveWarehouseOptions(fn: string, options: WarehouseSummaryOptions): ResolvedWarehouseOptions {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(fn, 'options', 'must be an object with at least dialect and table', options);
  }
  const dialect = oneOf<SqlDialect>(fn, 'options.dialect', options.dialect, ['duckdb', 'postgres', 'bigquery', 'snowflake', 'spark'], 'duckdb');
  if (options.dialect === undefined) throw new InvalidArgumentError(fn, 'options.dialect', 'is required', undefined);
  const sql = DIALECTS[dialect];
  const tableText = typeof options.table === 'string' ? options.table : '';
  const parts = tableText.split('.');
  if (parts.length > 3) throw new InvalidArgumentError(fn, 'options.table', 'must have at most three dot-separated parts', options.table);
  const tablePattern = dialect === 'bigquery' ? BIGQUERY_TABLE_PART : IDENTIFIER;
  const table = parts.map((p) => sql.quote(checkName(fn, 'options.table', p === '' ? options.table : p, tablePattern))).join('.');
  const columns = {
    customerId: checkName(fn, 'options.columns.customerId', options.columns?.customerId ?? 'customer_id', IDENTIFIER),
    date: checkName(fn, 'options.columns.date', options.columns?.date ?? 'date', IDENTIFIER),
    amount: checkName(fn, 'options.columns.amount', options.columns?.amount ?? 'amount', IDENTIFIER),
  };
  const { unit, unitDays, monthLength } = resolveUnit(fn, options);
  const mergeBy = oneOf<MergeBy>(fn, 'options.mergeBy', options.mergeBy, ['day', 'unit'], 'day');
  const calibrationEnd = resolveDay(fn, 'calibrationEnd', options.calibrationEnd);
  const observationEnd = resolveDay(fn, 'observationEnd', options.observationEnd);
  if (calibrationEnd !== null && observationEnd !== null && calibrationEnd > observationEnd) {
    throw new InvalidArgumentError(fn, 'options.calibrationEnd', 'must not be after options.observationEnd', options.calibrationEnd);
  }
  const minorDigits = resolveMinorDigits(fn, options);
  const amountUnit = oneOf(fn, 'options.amountUnit', options.amountUnit, ['major', 'minor'] as const, 'major');
  if (options.returns !== undefined && options.returns !== 'drop') {
    throw new InvalidArgumentError(
      fn,
      'options.returns',
      "must be 'drop' in SQL (returns left out and counted); 'net' and 'refuse' are computed by summarizeTransactions only",
      options.returns,
    );
  }
  const returns = 'drop' as const;
  return {
    sql,
    table,
    customerId: sql.quote(columns.customerId),
    date: sql.quote(columns.date),
    amount: sql.quote(columns.amount),
    unitDays,
    calibrationEnd,
    observationEnd,
    settings: {
      dialect,
      table: tableText,
      columns,
      amountUnit,
      unit,
      unitDays,
      monthLength,
      mergeBy,
      calibrationEnd: calibrationEnd === null ? null : formatEpochDay(calibrationEnd),
      observationEnd: observationEnd === null ? null : formatEpochDay(observationEnd),
      minorDigits,
      returns,
    },
  };
}
