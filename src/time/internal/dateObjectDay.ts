import { daysFromCivil } from '../daysFromCivil';
import type { DateObjectReading } from '../types';

const MS_PER_DAY = 86_400_000;
/** Epoch days of 0000-01-01 and 9999-12-31, the supported range. @internal */
const MIN_DAY = -719_528;
const MAX_DAY = 2_932_896;

/**
 * Returned by {@link dateObjectDay} in `'strict'` mode for a `Date` at local midnight whose UTC calendar
 * date is another day. @internal
 */
export const SHIFTED_DAY = Number.POSITIVE_INFINITY;

/**
 * The calendar day of a `Date` as whole days since 1970-01-01 under `mode` (see `DateObjectReading`):
 * `NaN` when invalid or outside the years 0000–9999, {@link SHIFTED_DAY} when `'strict'` refuses it.
 * @internal
 */
export function dateObjectDay(value: Date, mode: DateObjectReading): number {
  const ms = value.getTime();
  if (!Number.isFinite(ms)) return Number.NaN;
  let day: number;
  if (mode === 'local') {
    day = daysFromCivil(value.getFullYear(), value.getMonth() + 1, value.getDate());
  } else {
    day = Math.floor(ms / MS_PER_DAY);
    // Local midnight that is not UTC midnight: on a machine east of UTC, its UTC date is the day before.
    if (
      mode === 'strict' &&
      ms !== day * MS_PER_DAY &&
      value.getHours() === 0 &&
      value.getMinutes() === 0 &&
      value.getSeconds() === 0 &&
      value.getMilliseconds() === 0 &&
      daysFromCivil(value.getFullYear(), value.getMonth() + 1, value.getDate()) !== day
    ) {
      return day < MIN_DAY || day > MAX_DAY ? Number.NaN : SHIFTED_DAY;
    }
  }
  return day < MIN_DAY || day > MAX_DAY ? Number.NaN : day;
}

/** The offset of the machine's time zone at `value`, as `UTC+09:00`. @internal */
function utcOffset(value: Date): string {
  const minutes = -value.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Why `'strict'` refused `value` (a local-midnight `Date` east of UTC), and what to do. @internal */
export function describeShiftedDate(value: Date): string {
  const local = `${String(value.getFullYear()).padStart(4, '0')}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
  return (
    `is local midnight of ${local} on this machine (${utcOffset(value)}), which is ${value.toISOString()} at UTC, ` +
    `so reading it at UTC would move it to the previous day: pass 'yyyy-mm-dd' strings or Date.UTC dates, ` +
    `or set \`options.dateObjects\` to 'local' (read Dates by their local calendar date) or 'utc'`
  );
}
