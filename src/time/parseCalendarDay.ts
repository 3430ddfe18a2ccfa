import { daysFromCivil } from './daysFromCivil';

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MS_PER_DAY = 86_400_000;

/** `count` ASCII digits of `s` from `at` as a number, or -1. @internal */
export function digits(s: string, at: number, count: number): number {
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
 * A date in one of the common forms as whole days since 1970-01-01, or `NaN` when it is not one: the
 * dependency-free reader used by every area that takes records (loyalty, segmentation) and the fast path
 * of `parseEpochDay`. No `Date` is created for strings. @internal
 *
 * @remarks
 * - `'yyyy-mm-dd'` and `'yyyymmdd'`, optionally followed by a time (`'T…'` or `' …'`), which is ignored:
 *   the calendar date as written counts, whatever offset follows, so no machine time zone enters.
 * - A `Date` is read at UTC: its UTC calendar date (so `new Date('2024-01-01')` is 2024-01-01 everywhere).
 * - Years 0000–9999; impossible dates (`'2023-02-29'`) give `NaN`.
 *
 * `fallback` is called for any other string (the week and ordinal ISO forms read by date-fns in
 * `parseEpochDay`); without it such strings give `NaN`.
 */
export function parseCalendarDay(value: unknown, fallback?: (s: string) => number): number {
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
    return fallback === undefined ? Number.NaN : fallback(value);
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (!Number.isFinite(ms)) return Number.NaN;
    const day = Math.floor(ms / MS_PER_DAY);
    return day < MIN_DAY || day > MAX_DAY ? Number.NaN : day;
  }
  return Number.NaN;
}

/** Epoch days of 0000-01-01 and 9999-12-31, the supported range. @internal */
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;
