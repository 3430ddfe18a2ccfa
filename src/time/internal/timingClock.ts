import type { ResolvedSummaryOptions } from '../resolveSummaryOptions';
import { period, span, unitKindOf, type Clock } from '../summarizeCore';

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

/**
 * The timing clock of resolved summary options: the period and span rules of `summarizeTransactions`
 * (`period`, `span` of its core), so that timing and summaries measure time alike. @internal
 */
export function timingClock(settings: ResolvedSummaryOptions): TimingClock {
  const clock: Clock = { perUnit: settings.mergeBy === 'unit', unitKind: unitKindOf(settings), unitDays: settings.unitDays ?? 0 };
  return {
    key: clock.perUnit ? (d) => period(clock, d) : (d) => d,
    position: (first, day) => span(clock, first, day),
  };
}
