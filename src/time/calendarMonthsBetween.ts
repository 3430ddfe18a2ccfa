import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { civilFromDays } from './civilFromDays';

/** A local-time `Date` at midnight of an epoch day's calendar date (any year, no two-digit-year quirk). @internal */
function localDate(epochDay: number): Date {
  const packed = civilFromDays(epochDay);
  const date = new Date(2000, 0, 1);
  date.setFullYear(Math.floor(packed / 10_000), (Math.floor(packed / 100) % 100) - 1, packed % 100);
  return date;
}

/**
 * Calendar months from epoch day `from` to epoch day `to` (`from ≤ to`): the whole months `k` such that
 * `from + k months ≤ to` (date-fns `addMonths`, which clamps the 31st to the month's last day), plus the
 * elapsed fraction of the next month in days. Increasing in `to`; 0 when `to = from`. Local dates built
 * from calendar fields, so the result does not depend on the machine's time zone. @internal
 */
export function calendarMonthsBetween(from: number, to: number): number {
  if (to <= from) return 0;
  const start = localDate(from);
  const end = localDate(to);
  let whole = (end.getFullYear() - start.getFullYear()) * 12 + end.getMonth() - start.getMonth();
  let anchor = addMonths(start, whole);
  if (differenceInCalendarDays(end, anchor) < 0) {
    whole -= 1;
    anchor = addMonths(start, whole);
  }
  const next = addMonths(start, whole + 1);
  return whole + differenceInCalendarDays(end, anchor) / differenceInCalendarDays(next, anchor);
}
