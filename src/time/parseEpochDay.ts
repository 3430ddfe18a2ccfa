import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { daysFromCivil } from './daysFromCivil';

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;

/** Two to four ASCII digits of `s` from `at` as a number, or -1. @internal */
function digits(s: string, at: number, count: number): number {
  let v = 0;
  for (let i = at; i < at + count; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/** Epoch day of a checked calendar date, or NaN when month or day is out of range. @internal */
function checkedDay(year: number, month: number, day: number): number {
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month] as number)) return Number.NaN;
  if (month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) return Number.NaN;
  return daysFromCivil(year, month, day);
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
  if (typeof value === 'string') {
    const n = value.length;
    if (n >= 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
      if (n > 10 && value.charCodeAt(10) !== 84 && value.charCodeAt(10) !== 32) return Number.NaN;
      const y = digits(value, 0, 4);
      const m = digits(value, 5, 2);
      const d = digits(value, 8, 2);
      if (y < 0 || m < 0 || d < 0) return Number.NaN;
      return checkedDay(y, m, d);
    }
    if (n === 8 || (n > 8 && value.charCodeAt(8) === 84)) {
      const y = digits(value, 0, 4);
      const m = digits(value, 4, 2);
      const d = digits(value, 6, 2);
      if (y >= 0 && m >= 0 && d >= 0) return checkedDay(y, m, d);
    }
    if (n < 7 || n > 10 || value.includes('T')) return Number.NaN;
    const parsed = parseISO(value);
    if (!isValid(parsed)) return Number.NaN;
    return daysFromCivil(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : Number.NaN;
  }
  return Number.NaN;
}
