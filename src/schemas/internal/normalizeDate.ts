import { digits } from '../../time/parseCalendarDay';

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^[T ]([01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d+)?)?(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** Whether `year-month-day` exists in the proleptic Gregorian calendar (years 1–9999). @internal */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  if (day > (DAYS_IN_MONTH[month] as number)) return false;
  return !(month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)));
}

/** `yyyy-mm-dd` of numeric fields, zero-padded. @internal */
export function formatCalendarDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * A date value as an ISO calendar date `yyyy-mm-dd`, or `undefined` when it is not one: the hot-path
 * converter of every date field; {@link describeDateProblem} says why on failure. @internal
 *
 * @remarks
 * - `'yyyy-mm-dd'`, optionally followed by a time (`'T'` or a blank, `hh:mm[:ss[.fff]]`, optional `Z` or
 *   offset): the calendar date as written; the time and offset are checked and then ignored, so
 *   `'2024-01-31T23:30:00-05:00'` is 2024-01-31 on every machine.
 * - `'yyyymmdd'`, and the same eight digits as an integer number (`20240131`, as CSV readers with type
 *   inference give it).
 * - A `Date`: its UTC calendar date (`getUTCFullYear`, ...), never the machine's local date.
 * - Surrounding blanks are ignored. Impossible dates (`2023-02-29`) give `undefined`.
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
      const year = digits(value, 0, 4);
      const month = digits(value, 5, 2);
      const day = digits(value, 8, 2);
      if (year >= 0 && month >= 0 && day >= 0) return isCalendarDate(year, month, day) ? value : undefined;
    }
    const s = value.trim();
    let m = ISO_DATE.exec(s);
    if (m !== null) {
      if (s.length > 10 && !TIME.test(s.slice(10))) return undefined;
    } else {
      m = COMPACT_DATE.exec(s);
      if (m === null) return undefined;
    }
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    return isCalendarDate(year, month, day) ? formatCalendarDate(year, month, day) : undefined;
  }
  if (value instanceof Date) {
    const t = value.getTime();
    if (!Number.isFinite(t)) return undefined;
    const year = value.getUTCFullYear();
    if (year < 1 || year > 9999) return undefined;
    return formatCalendarDate(year, value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number' && Number.isInteger(value) && value >= 10_000_101 && value <= 99_991_231) {
    const year = Math.floor(value / 10_000);
    const month = Math.floor(value / 100) % 100;
    const day = value % 100;
    return isCalendarDate(year, month, day) ? formatCalendarDate(year, month, day) : undefined;
  }
  return undefined;
}
