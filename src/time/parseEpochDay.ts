import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { daysFromCivil } from './daysFromCivil';
import { parseCalendarDay } from './parseCalendarDay';

/** Other ISO 8601 date forms without a time, read by date-fns. @internal */
function parseOtherIsoDate(value: string): number {
  const n = value.length;
  if (n < 7 || n > 10 || value.includes('T')) return Number.NaN;
  const parsed = parseISO(value);
  if (!isValid(parsed)) return Number.NaN;
  return daysFromCivil(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
}

/**
 * A date as whole days since 1970-01-01, or `NaN` when it is not a valid calendar date: the hot-path
 * parser behind `toEpochDay` and the transaction summary. No `Date` is created for the common
 * forms. @internal
 *
 * @remarks
 * - `'yyyy-mm-dd'` and `'yyyymmdd'`, optionally followed by a time (`'T…'` or `' …'`), which is ignored:
 *   the calendar date as written counts, whatever offset follows, so no machine time zone enters.
 * - Other ISO 8601 date forms without a time (week dates `'2024-W01-1'`, ordinal dates `'2024-032'`) are
 *   read by date-fns `parseISO` (as a local date, whose calendar fields are then taken).
 * - A `Date` is read at UTC: its UTC calendar date (so `new Date('2024-01-01')` is 2024-01-01 everywhere).
 */
export function parseEpochDay(value: unknown): number {
  return parseCalendarDay(value, parseOtherIsoDate);
}
