import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { MonthLength, TimeUnit } from '../types';

/** A summary's time unit, checked: its length in days (`null` for calendar months) and month length. @internal */
export interface ResolvedTimeUnit {
  readonly unit: TimeUnit;
  readonly unitDays: number | null;
  readonly monthLength: MonthLength | null;
}

/**
 * Checks `options.unit` (default `'day'`) and `options.monthLength` (required with, and only with,
 * `'month'`: months only by explicit choice); throws `INVALID_ARGUMENT`. Shared by the summaries and the
 * SQL they are written to. @internal
 */
export function resolveTimeUnit(fn: string, unit: unknown = 'day', monthLength: unknown = undefined): ResolvedTimeUnit {
  let unitDays: number | null;
  if (unit === 'day') unitDays = 1;
  else if (unit === 'week') unitDays = 7;
  else if (unit === 'month') {
    if (monthLength !== 30 && monthLength !== 30.4375 && monthLength !== 'calendar') {
      throw new InvalidArgumentError(
        fn,
        'options.monthLength',
        "must be 30, 30.4375 or 'calendar' when unit is 'month' (months only by explicit choice)",
        monthLength,
      );
    }
    unitDays = monthLength === 'calendar' ? null : monthLength;
  } else if (typeof unit === 'number' && Number.isFinite(unit) && unit > 0) unitDays = unit;
  else {
    throw new InvalidArgumentError(fn, 'options.unit', "must be 'day', 'week', 'month' or a positive number of days", unit);
  }
  if (unit !== 'month' && monthLength !== undefined) {
    throw new InvalidArgumentError(fn, 'options.monthLength', "is only allowed with unit 'month'", monthLength);
  }
  return { unit: unit as TimeUnit, unitDays, monthLength: unit === 'month' ? (monthLength as MonthLength) : null };
}
