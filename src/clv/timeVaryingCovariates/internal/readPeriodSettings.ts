import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import { parseCalendarDay } from '../../../time/parseCalendarDay';
import type { ModelTimeUnit } from '../../types';
import type { CalendarDay, CovariatePeriods } from '../types';

/** The period grid and calibration end of a time-varying fit or score, as epoch days. @internal */
export interface PeriodSettings {
  /** Epoch day of a period start. */
  readonly periodStart: number;
  /** Days per period. */
  readonly periodDays: number;
  /** Epoch day of the last calibration day. */
  readonly calibrationEnd: number;
  /** The model's time unit: one period. */
  readonly timeUnit: ModelTimeUnit;
}

/**
 * Checks `periods` (`start` a calendar day, `days` a whole number ≥ 1, default 7) and the calibration
 * end (a calendar day), throwing `INVALID_ARGUMENT` naming the argument and value. @internal
 */
export function readPeriodSettings(fn: string, periods: CovariatePeriods | undefined, calibrationEnd: CalendarDay | undefined, argument: string): PeriodSettings {
  if (periods === null || typeof periods !== 'object') throw new InvalidArgumentError(fn, `${argument}.periods`, "must be an object { start, days } (e.g. { start: '2024-01-01', days: 7 } for weeks from Monday)", periods);
  const periodStart = parseCalendarDay(periods.start);
  if (!Number.isFinite(periodStart)) throw new InvalidArgumentError(fn, `${argument}.periods.start`, "must be a calendar day ('yyyy-mm-dd', 'yyyymmdd' or a Date): the first day of some period", periods.start);
  const periodDays = periods.days ?? 7;
  if (!Number.isInteger(periodDays) || periodDays < 1 || periodDays > 3660) throw new InvalidArgumentError(fn, `${argument}.periods.days`, 'must be a whole number of days from 1 to 3660', periodDays);
  const end = parseCalendarDay(calibrationEnd);
  if (!Number.isFinite(end)) throw new InvalidArgumentError(fn, `${argument}.calibrationEnd`, "must be a calendar day ('yyyy-mm-dd', 'yyyymmdd' or a Date): the last day of calibration", calibrationEnd);
  return { periodStart, periodDays, calibrationEnd: end, timeUnit: periodDays === 7 ? 'week' : periodDays === 1 ? 'day' : periodDays };
}
