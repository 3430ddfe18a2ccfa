import { POW10 } from '../../money/parseMinorUnits';
import { civilFromDays } from '../../time/civilFromDays';
import type { ResolvedWarehouseOptions } from './resolveWarehouseOptions';

/** 2^52, the bound below which minor units are exact integers in float64 (as `summarizeTransactions`). @internal */
const MINOR_LIMIT = '4503599627370496';

/** A float literal read as the IEEE double nearest to `value` (`String` round-trips). @internal */
export function doubleLiteral(o: ResolvedWarehouseOptions, value: number): string {
  return `CAST(${String(value)} AS ${o.sql.double})`;
}

/**
 * The calendar period of an epoch day for `mergeBy: 'unit'`, in JavaScript: the same function as the SQL
 * of {@link periodSql} (used for the literal calibration and observation ends). @internal
 */
export function periodOfDay(o: ResolvedWarehouseOptions, day: number): number {
  const { unit, mergeBy } = o.settings;
  if (mergeBy === 'day' || unit === 'day') return day;
  if (unit === 'week') return Math.floor((day + 3) / 7);
  if (unit === 'month') {
    const packed = civilFromDays(day);
    return Math.floor(packed / 10_000) * 12 + (Math.floor(packed / 100) % 100) - 1;
  }
  return Math.floor(day / (o.unitDays as number));
}

/**
 * The SQL of the period of a row, given its epoch-day expression `day` and its date column: the day
 * itself (`mergeBy: 'day'`), the ISO week `floor((day + 3) / 7)` (1969-12-29 was a Monday), the calendar
 * month `12·year + month − 1`, or the block `floor(day / n)` of a numeric unit. @internal
 */
export function periodSql(o: ResolvedWarehouseOptions, day: string): string {
  const { unit, mergeBy } = o.settings;
  const { sql } = o;
  if (mergeBy === 'day' || unit === 'day') return day;
  if (unit === 'week') return `CAST(FLOOR(CAST(${day} + 3 AS ${sql.double}) / ${doubleLiteral(o, 7)}) AS ${sql.bigint})`;
  if (unit === 'month') {
    const date = `CAST(${o.date} AS DATE)`;
    return `CAST(EXTRACT(YEAR FROM ${date}) AS ${sql.bigint}) * 12 + CAST(EXTRACT(MONTH FROM ${date}) AS ${sql.bigint}) - 1`;
  }
  return `CAST(FLOOR(CAST(${day} AS ${sql.double}) / ${doubleLiteral(o, o.unitDays as number)}) AS ${sql.bigint})`;
}

/**
 * The time from `fromDay` to `toDay` in units, as a double: `(to − from) / unitDays` for `mergeBy: 'day'`,
 * the difference of the periods `toPeriod − fromPeriod` for `mergeBy: 'unit'`. @internal
 */
export function spanSql(o: ResolvedWarehouseOptions, fromDay: string, toDay: string, fromPeriod: string, toPeriod: string): string {
  const { double } = o.sql;
  if (o.settings.mergeBy === 'unit') return `CAST(${toPeriod} - ${fromPeriod} AS ${double})`;
  return `CAST(${toDay} - ${fromDay} AS ${double}) / ${doubleLiteral(o, o.unitDays as number)}`;
}

/** The amount in minor units and the rule that it is one (a whole number of minor units below 2^52). @internal */
export function amountSql(o: ResolvedWarehouseOptions): { minor: string; valid: string } {
  const { sql } = o;
  const value = `CAST(${o.amount} AS ${sql.double})`;
  const bounded = (scaled: string): string => `ABS(${scaled}) < ${MINOR_LIMIT}`;
  if (o.settings.amountUnit === 'minor') {
    return { minor: `CAST(${o.amount} AS ${sql.bigint})`, valid: `${value} = ROUND(${value}) AND ${bounded(value)}` };
  }
  // As `parseMinorUnits`: r = round(x·10^d) is accepted when r / 10^d is x again (x has at most d decimals).
  const scale = doubleLiteral(o, POW10[o.settings.minorDigits] as number);
  const scaled = `${value} * ${scale}`;
  return {
    minor: `CAST(ROUND(${scaled}) AS ${sql.bigint})`,
    valid: `ROUND(${scaled}) / ${scale} = ${value} AND ${bounded(scaled)}`,
  };
}
