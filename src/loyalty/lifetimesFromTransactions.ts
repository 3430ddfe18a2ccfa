import { formatEpochDay } from '../time/formatEpochDay';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import { purchaseDays } from '../time/internal/purchaseDays';
import { readRetentionLog, requireDay, requireDays, requireOptions } from './internal/retentionInputs';
import type { SurvivalObservation } from './kaplanMeier';

/** Options of {@link lifetimesFromTransactions}. */
export interface LifetimesFromTransactionsOptions {
  /** Date of the analysis (inclusive): purchases after it are not read; still-active customers are censored here. */
  readonly analysisDate: string | Date;
  /** A customer lapses once this many days pass after a purchase without another one: whole days ≥ 1. */
  readonly lapseDays: number;
  /** Minor digits of the amounts (default 2). */
  readonly minorDigits?: number;
  /** Currency of the log. */
  readonly currency?: string;
}

/** A customer's first lifetime, ready for `kaplanMeier` (`id`, `time` in days, `event`). */
export interface CustomerLifetime extends SurvivalObservation {
  /** The customer id. */
  readonly id: string;
  /** Days from the first purchase to the lapse day (`event`) or to the analysis date (censored). */
  readonly time: number;
  /** `true` when the customer lapsed by the analysis date. */
  readonly event: boolean;
  /** First purchase, `'yyyy-mm-dd'`. */
  readonly firstPurchaseDate: string;
  /** Last purchase of the lifetime (before the lapse, or up to the analysis date). */
  readonly lastPurchaseDate: string;
  /** Lapse day (`lastPurchaseDate + lapseDays`) when lapsed; `null` when censored. */
  readonly lapseDate: string | null;
  /** Whether the customer bought again after lapsing (that later activity is not part of this lifetime). */
  readonly reactivated: boolean;
}

/** Result of {@link lifetimesFromTransactions}. */
export interface LifetimesFromTransactionsResult {
  /** One lifetime per customer with a purchase up to the analysis date, sorted by id. */
  readonly observations: readonly CustomerLifetime[];
  /** The rule, stated. */
  readonly settings: { readonly analysisDate: string; readonly lapseDays: number; readonly unit: 'day'; readonly rule: string };
  /** Customers left out: first purchase after the analysis date, or no purchase (returns only). */
  readonly excluded: { readonly acquiredAfterAnalysisDate: number; readonly withoutPurchase: number };
  /** Rows the log rejected. */
  readonly rejected: readonly RejectedRecord[];
}

/** The first lifetime of purchase days `days` (ascending, non-empty, ≤ analysisDate). @internal */
function lifetimeOf(id: string, days: readonly number[], analysis: number, lapse: number): CustomerLifetime {
  const first = days[0] as number;
  let j = 0;
  while (j + 1 < days.length && (days[j + 1] as number) - (days[j] as number) <= lapse) j++;
  const last = days[j] as number;
  const lapseDay = last + lapse;
  const event = lapseDay <= analysis;
  return {
    id,
    time: (event ? lapseDay : analysis) - first,
    event,
    firstPurchaseDate: formatEpochDay(first),
    lastPurchaseDate: formatEpochDay(last),
    lapseDate: event ? formatEpochDay(lapseDay) : null,
    reactivated: j + 1 < days.length,
  };
}

/**
 * Customer lifetimes from a transaction log, right-censored at the analysis date, for `kaplanMeier`: the
 * time from the first purchase until the customer lapses under an explicit rule.
 *
 * @remarks
 * Rule: with purchase days `d₁ < d₂ < …` (same-day purchases merged, returns excluded, none after the
 * analysis date `A`), the customer lapses after the first purchase `d_j` not followed by another within
 * `lapseDays = L` days (`d_{j+1} − d_j > L`, or no later purchase); the lapse day is `d_j + L`. If
 * `d_j + L ≤ A` the lifetime ends there: `time = d_j + L − d₁`, `event = true`. Otherwise the customer is
 * still active at `A`: `time = A − d₁`, `event = false` (right-censored, as survival analysis requires:
 * their lapse, if any, comes after `A`). Every observed lifetime is therefore at least `L`; subtract `L`
 * for the span from the first to the last purchase. Only the first lifetime counts; a purchase after the
 * lapse sets `reactivated`. Non-contractual data never show the lapse itself: the curve is that of the
 * rule, and it moves with `L`. O(rows) after indexing.
 *
 * @param transactions - Transaction rows or a `TransactionIndex`.
 * @param options - `analysisDate`, `lapseDays`, `minorDigits`, `currency`.
 * @returns The lifetimes sorted by id (pass `observations` to `kaplanMeier`), the rule, the excluded
 *   customers and the rejected rows.
 * @throws `INVALID_ARGUMENT` when `analysisDate` is not a date or `lapseDays` is not a whole number ≥ 1.
 * @throws `EMPTY_INPUT` when the log has no valid row.
 * @example
 * ```ts
 * const l = lifetimesFromTransactions(
 *   [
 *     { customerId: 'a', date: '2024-01-01', amount: 10 }, { customerId: 'a', date: '2024-02-15', amount: 10 },
 *     { customerId: 'b', date: '2024-01-10', amount: 10 }, { customerId: 'b', date: '2024-06-01', amount: 10 },
 *   ],
 *   { analysisDate: '2024-06-30', lapseDays: 90 },
 * );
 * l.observations.map((o) => [o.id, o.time, o.event, o.lapseDate]); // [['a', 135, true, '2024-05-15'], ['b', 90, true, '2024-04-09']]
 * l.observations[1]?.reactivated; // true
 * ```
 * @see Kaplan, E. L. & Meier, P. (1958). Nonparametric estimation from incomplete observations. Journal of
 *   the American Statistical Association 53(282), 457–481. https://doi.org/10.1080/01621459.1958.10501452
 */
export function lifetimesFromTransactions(
  transactions: readonly TransactionInputRow[] | TransactionIndex,
  options: LifetimesFromTransactionsOptions,
): LifetimesFromTransactionsResult {
  const fn = 'lifetimesFromTransactions';
  requireOptions(fn, options);
  const analysis = requireDay(fn, 'analysisDate', options.analysisDate);
  const lapse = requireDays(fn, 'lapseDays', options.lapseDays);
  const index = readRetentionLog(fn, transactions, options);
  const observations: CustomerLifetime[] = [];
  const excluded = { acquiredAfterAnalysisDate: 0, withoutPurchase: 0 };
  for (let c = 0; c < index.customerIds.length; c++) {
    const days = purchaseDays(index, c, analysis);
    if (days.length > 0) observations.push(lifetimeOf(index.customerIds[c] as string, days, analysis, lapse));
    else if (purchaseDays(index, c, Number.POSITIVE_INFINITY).length === 0) excluded.withoutPurchase++;
    else excluded.acquiredAfterAnalysisDate++;
  }
  return {
    observations,
    settings: {
      analysisDate: formatEpochDay(analysis),
      lapseDays: lapse,
      unit: 'day',
      rule: `lapsed ${lapse} days after the first purchase not followed by another within ${lapse} days (returns excluded); time = lapse day − first purchase day when the lapse day is on or before the analysis date, else analysis date − first purchase day, censored`,
    },
    excluded,
    rejected: index.rejected,
  };
}
