import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { parseEpochDay } from './parseEpochDay';

/**
 * Converts a calendar date to whole days since 1970-01-01, independent of the machine's time zone:
 * `'1997-01-01'` → 9862.
 *
 * @remarks
 * Dates become integers once, at the boundary; all later arithmetic (recency, age, holdout windows) is
 * integer subtraction, so a date never shifts with the time zone or daylight saving time of the machine.
 * Accepted forms:
 * - `'yyyy-mm-dd'` and `'yyyymmdd'` (the CDNOW form), optionally followed by a time (`'T…'` or a blank
 *   and a time), which is ignored: the calendar date as written counts, whatever UTC offset follows.
 * - Other ISO 8601 date-only forms: week dates (`'2024-W01-1'`) and ordinal dates (`'2024-032'`).
 * - A `Date`: its UTC calendar date, so `new Date('2024-01-01')` (UTC midnight) is 2024-01-01 on every
 *   machine. A `Date` built from local fields (`new Date(2024, 0, 1)`) is local midnight, which is the
 *   previous UTC day east of Greenwich: pass strings or UTC dates.
 *
 * The proleptic Gregorian calendar; years 0000–9999. The conversion is the "days from civil" algorithm
 * (400-year eras of 146,097 days). O(1).
 *
 * @param date - A date string as above or a valid `Date`.
 * @returns Integer days since 1970-01-01 (negative before it).
 * @throws `INVALID_ARGUMENT` when `date` is not a valid calendar date in an accepted form (e.g.
 *   `'2023-02-29'`, `'01/02/2024'`, an invalid `Date`).
 * @example
 * ```ts
 * toEpochDay('1970-01-01'); // 0
 * toEpochDay('19970101'); // 9862
 * toEpochDay('1997-09-30T23:59:59-08:00'); // 10134
 * toEpochDay(new Date('1998-06-30')); // 10407
 * toEpochDay('1997-W01-3'); // 9862
 * ```
 * @see Hinnant, H. (2013). chrono-Compatible Low-Level Date Algorithms.
 * https://howardhinnant.github.io/date_algorithms.html
 */
export function toEpochDay(date: string | Date): number {
  const day = parseEpochDay(date);
  if (Number.isNaN(day)) {
    throw new InvalidArgumentError(
      'toEpochDay',
      'date',
      'must be a valid calendar date (yyyy-mm-dd, yyyymmdd, another ISO 8601 date, or a Date)',
      date,
    );
  }
  return day;
}
