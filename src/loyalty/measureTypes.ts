/**
 * Types shared by the loyalty measures (repeat purchase, share of wallet, attention, choice time, price
 * sensitivity, competitor attitude).
 */

/** A calendar date as the measures accept it: `'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC. */
export type CalendarDate = string | Date;

/** A closed window of calendar days, both ends inclusive. */
export interface DateWindow {
  /** First day of the window (inclusive). */
  readonly from: CalendarDate;
  /** Last day of the window (inclusive). */
  readonly to: CalendarDate;
}

/** A confidence interval. */
export interface MeasureInterval {
  /** Lower bound. */
  readonly lower: number;
  /** Upper bound. */
  readonly upper: number;
}

/** A share with its counts and Wilson interval; `rate` is `null` (with a reason) when the denominator is 0. */
export interface RateWithInterval {
  /** Numerator. */
  readonly count: number;
  /** Denominator. */
  readonly of: number;
  /** `count / of`, or `null` when `of` is 0. */
  readonly rate: number | null;
  /** Wilson score interval at the confidence level, or `null` when `of` is 0. */
  readonly interval: MeasureInterval | null;
  /** Why `rate` is `null`; `null` otherwise. */
  readonly reason: string | null;
}

/** The quartiles of a sample (Hyndman–Fan type 7), or `null`s with a reason when it is empty. */
export interface MeasureQuartiles {
  /** Number of values. */
  readonly n: number;
  /** First quartile. */
  readonly q1: number | null;
  /** Median. */
  readonly median: number | null;
  /** Third quartile. */
  readonly q3: number | null;
  /** Why the quartiles are `null`; `null` otherwise. */
  readonly reason: string | null;
}
