import { calendarMonthsBetween } from '../calendarMonthsBetween';
import { civilFromDays } from '../civilFromDays';
import type { ResolvedSummaryOptions } from '../resolveSummaryOptions';

/**
 * Where a purchase day lies on the summary's time axis, relative to the customer's first purchase day, in
 * units: whole calendar periods with `mergeBy: 'unit'`, else days over the unit length, or calendar months
 * (as `summarizeTransactions` measures recency, so the inter-purchase times sum to the recency). Also the
 * key that merges purchases (`day` or period). @internal
 */
export interface TimingClock {
  /** The merge key of a day: the day itself, or its calendar period with `mergeBy: 'unit'`. */
  readonly key: (day: number) => number;
  /** Time from `first` to `day` in units (`day ≥ first`). */
  readonly position: (first: number, day: number) => number;
}

/** The timing clock of resolved summary options. @internal */
export function timingClock(settings: ResolvedSummaryOptions): TimingClock {
  const unitDays = settings.unitDays;
  const period = (d: number): number => {
    if (settings.unit === 'day') return d;
    if (settings.unit === 'week') return Math.floor((d + 3) / 7); // ISO weeks: 1969-12-29 was a Monday
    if (settings.unit === 'month') {
      const packed = civilFromDays(d);
      return Math.floor(packed / 10_000) * 12 + (Math.floor(packed / 100) % 100) - 1;
    }
    return Math.floor(d / (unitDays as number));
  };
  if (settings.mergeBy === 'unit') return { key: period, position: (first, day) => period(day) - period(first) };
  if (unitDays === null) return { key: (d) => d, position: (first, day) => calendarMonthsBetween(first, day) };
  return { key: (d) => d, position: (first, day) => (day - first) / unitDays };
}
