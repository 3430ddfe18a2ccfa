import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { parseCalendarDay } from '../../time/parseCalendarDay';

/**
 * A date option (`'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC) as an epoch day; throws
 * `INVALID_ARGUMENT` naming `argument` when it is not a valid calendar date. @internal
 */
export function readCalendarDayOption(fn: string, argument: string, value: unknown): number {
  const day = parseCalendarDay(value);
  if (Number.isNaN(day)) {
    throw new InvalidArgumentError(fn, argument, 'must be a valid calendar date (yyyy-mm-dd, yyyymmdd or a Date)', value);
  }
  return day;
}
