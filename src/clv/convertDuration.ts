import { UnitMismatchError } from '../core/errors/UnitMismatchError';
import type { DurationUnit } from './customerLifetimeValue';

const DAYS: Partial<Record<DurationUnit, number>> = { day: 1, week: 7 };
const YEARS: Partial<Record<DurationUnit, number>> = { month: 1 / 12, quarter: 1 / 4, year: 1 };

/**
 * Converts `value` units of `from` into units of `to`. Exact within a family (day–week: 7 days;
 * month–quarter–year: 12 months a year); across the two families only with `daysPerYear`; `'period'`
 * only to itself. Anything else is a `UNIT_MISMATCH` naming `argument`. @internal
 */
export function convertDuration(
  fn: string,
  argument: string,
  value: number,
  from: DurationUnit,
  to: DurationUnit,
  daysPerYear: number | undefined,
): number {
  if (from === to) return value;
  const fromDays = DAYS[from];
  const toDays = DAYS[to];
  const fromYears = YEARS[from];
  const toYears = YEARS[to];
  if (fromDays !== undefined && toDays !== undefined) return (value * fromDays) / toDays;
  if (fromYears !== undefined && toYears !== undefined) return (value * fromYears) / toYears;
  if (daysPerYear !== undefined) {
    if (fromDays !== undefined && toYears !== undefined) return (value * fromDays) / daysPerYear / toYears;
    if (fromYears !== undefined && toDays !== undefined) return (value * fromYears * daysPerYear) / toDays;
  }
  const crossFamily =
    (fromDays !== undefined && toYears !== undefined) || (fromYears !== undefined && toDays !== undefined);
  const rule = crossFamily
    ? `must be convertible to the model time unit "${to}": set \`daysPerYear\` (e.g. 365.25) to convert between days/weeks and months/quarters/years`
    : `must be in the model time unit "${to}" (a "period" converts to nothing else)`;
  throw new UnitMismatchError(fn, argument, rule, from);
}
