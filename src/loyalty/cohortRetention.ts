import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../time/formatEpochDay';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import { periodLabel, periodOf, periodStartDay, type CohortPeriod } from './internal/calendarPeriod';
import { purchaseDays } from '../time/internal/purchaseDays';
import { readRetentionLog, requireDay, requireOptions } from './internal/retentionInputs';

export type { CohortPeriod } from './internal/calendarPeriod';

/** Options of {@link cohortRetention}. */
export interface CohortRetentionOptions {
  /** Calendar period of cohorts and of activity: ISO week (Monday to Sunday), month or quarter. */
  readonly period: CohortPeriod;
  /** First day of the window (inclusive): cohorts are customers whose first purchase is on or after it. */
  readonly from: string | Date;
  /** Last day of the window (inclusive): purchases after it are not read. */
  readonly to: string | Date;
  /** Minor digits of the amounts (default 2). */
  readonly minorDigits?: number;
  /** Currency of the log. */
  readonly currency?: string;
}

/** One acquisition cohort; arrays are indexed by `k` = periods since acquisition, `null` beyond the data. */
export interface CohortRow {
  /** Label of the acquisition period. */
  readonly cohort: string;
  /** Customers whose first purchase fell in the period. */
  readonly size: number;
  /** Customers of the cohort with a purchase in period `c + k`. */
  readonly activeCounts: readonly (number | null)[];
  /** `r_{c,k} = activeCounts[k] / size` ("active in period k"); `null` beyond the data or for an empty cohort. */
  readonly active: readonly (number | null)[];
  /** Customers of the cohort with a purchase in period `c + k` or later (up to `to`). */
  readonly retainedCounts: readonly (number | null)[];
  /** `u_{c,k} = retainedCounts[k] / size` ("retained through k"); `null` beyond the data or for an empty cohort. */
  readonly retained: readonly (number | null)[];
}

/** Result of {@link cohortRetention}. */
export interface CohortRetentionResult {
  /** Labels of the periods of the window, oldest first (the cohorts, in order). */
  readonly periods: readonly string[];
  /** One row per period of the window, oldest first (empty cohorts included, size 0). */
  readonly cohorts: readonly CohortRow[];
  /** Customers whose first purchase is before `from` (in no cohort). */
  readonly acquiredBefore: number;
  /** The conventions used. */
  readonly settings: {
    readonly period: CohortPeriod;
    readonly from: string;
    readonly to: string;
    /** Whether `from` is the first day of its period (else the first cohort is partial). */
    readonly firstPeriodComplete: boolean;
    /** Whether `to` is the last day of its period (else the last column is a partial period). */
    readonly lastPeriodComplete: boolean;
    readonly rule: string;
  };
  /** Rows the log rejected. */
  readonly rejected: readonly RejectedRecord[];
}

/** The checked window. @internal */
function readWindow(fn: string, options: CohortRetentionOptions): { period: CohortPeriod; from: number; to: number } {
  requireOptions(fn, options);
  const period = options.period;
  if (period !== 'week' && period !== 'month' && period !== 'quarter') {
    throw new InvalidArgumentError(fn, 'options.period', "must be 'week', 'month' or 'quarter'", period);
  }
  const from = requireDay(fn, 'from', options.from);
  const to = requireDay(fn, 'to', options.to);
  if (to < from) throw new InvalidArgumentError(fn, 'options.to', `must not be before from ${formatEpochDay(from)}`, options.to);
  return { period, from, to };
}

/** Counts → shares, `null` where the count is `null` or the cohort is empty. @internal */
function shares(counts: readonly (number | null)[], size: number): (number | null)[] {
  return counts.map((x) => (x === null || size === 0 ? null : x / size));
}

/**
 * Cohort retention tables: customers grouped by the calendar period of their first purchase, and for each
 * cohort the share active in each later period and the share retained through it.
 *
 * @remarks
 * Cohort `c` = customers whose first purchase (over the whole log up to `to`) falls in period `c`, from
 * `from` on. With `|c|` its size: `r_{c,k} = |cohort c active in period c+k| / |c|` ("active in period k")
 * and `u_{c,k} = |cohort c active in period c+k or later| / |c|` ("retained through k"), where active means
 * at least one purchase (returns excluded). `r_{c,0} = u_{c,0} = 1`; `u` is non-increasing in `k` and
 * `u ≥ r`. "Later" ends at `to`: the last observed column of `u` equals `r`, so recent `u` values are
 * lower bounds of the eventual share. Cells past `to` are `null`, never 0. The ratio `u_{c,k}/u_{c,k−1}`
 * typically rises with `k` because the customers who stay are the more loyal ones (heterogeneity, not a
 * change in anyone's behaviour): Fader & Hardie (2007) project such tables with the shifted-beta-geometric
 * model (`shiftedBetaGeometric` in `clientele/clv`). O(rows + cohorts × periods).
 *
 * @param transactions - Transaction rows or a `TransactionIndex`.
 * @param options - `period` (`'week'` | `'month'` | `'quarter'`), `from`, `to` (inclusive), `minorDigits`, `currency`.
 * @returns The period labels, one row per cohort with counts and shares by `k`, the settings and the rejected rows.
 * @throws `INVALID_ARGUMENT` when `period`, `from` or `to` is missing or invalid, or `to` is before `from`.
 * @throws `EMPTY_INPUT` when the log has no valid row.
 * @example
 * ```ts
 * const t = cohortRetention(
 *   [
 *     { customerId: 'a', date: '2024-01-05', amount: 10 }, { customerId: 'a', date: '2024-03-02', amount: 10 },
 *     { customerId: 'b', date: '2024-01-20', amount: 10 }, { customerId: 'b', date: '2024-02-11', amount: 10 },
 *     { customerId: 'c', date: '2024-02-14', amount: 10 },
 *   ],
 *   { period: 'month', from: '2024-01-01', to: '2024-03-31' },
 * );
 * t.periods; // ['2024-01', '2024-02', '2024-03']
 * t.cohorts[0]?.active; // [1, 0.5, 0.5]
 * t.cohorts[0]?.retained; // [1, 1, 0.5]
 * t.cohorts[1]?.active; // [1, 0, null]
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention. Journal of Interactive
 *   Marketing 21(1), 76–90. https://doi.org/10.1002/dir.20074
 */
export function cohortRetention(transactions: readonly TransactionInputRow[] | TransactionIndex, options: CohortRetentionOptions): CohortRetentionResult {
  const fn = 'cohortRetention';
  const { period, from, to } = readWindow(fn, options);
  const index = readRetentionLog(fn, transactions, options);
  const first = periodOf(from, period);
  const last = periodOf(to, period);
  const width = last - first + 1;
  const sizes = new Array<number>(width).fill(0);
  const active = Array.from({ length: width }, (_, c) => new Array<number>(width - c).fill(0));
  const retained = Array.from({ length: width }, (_, c) => new Array<number>(width - c).fill(0));
  let acquiredBefore = 0;
  const seen = new Uint8Array(width);
  for (let customer = 0; customer < index.customerIds.length; customer++) {
    const days = purchaseDays(index, customer, to);
    if (days.length === 0) continue;
    if ((days[0] as number) < from) {
      acquiredBefore++;
      continue;
    }
    const c = periodOf(days[0] as number, period) - first;
    sizes[c]!++;
    seen.fill(0);
    let lastK = 0;
    for (const day of days) {
      const k = periodOf(day, period) - first - c;
      if (seen[k] === 0) {
        seen[k] = 1;
        active[c]![k]!++;
      }
      lastK = k;
    }
    for (let k = 0; k <= lastK; k++) retained[c]![k]!++;
  }
  const pad = (row: number[]): (number | null)[] => [...row, ...new Array<null>(width - row.length).fill(null)];
  const cohorts: CohortRow[] = sizes.map((size, c) => {
    const activeCounts = pad(active[c] as number[]);
    const retainedCounts = pad(retained[c] as number[]);
    return { cohort: periodLabel(first + c, period), size, activeCounts, active: shares(activeCounts, size), retainedCounts, retained: shares(retainedCounts, size) };
  });
  return {
    periods: cohorts.map((row) => row.cohort),
    cohorts,
    acquiredBefore,
    settings: {
      period,
      from: formatEpochDay(from),
      to: formatEpochDay(to),
      firstPeriodComplete: periodStartDay(first, period) === from,
      lastPeriodComplete: periodStartDay(last + 1, period) === to + 1,
      rule: 'cohort = period of the first purchase in the log (customers first buying before `from` are in no cohort); active in a period = at least one purchase (returns excluded) in it; retained through k = active in period k or later, up to `to`',
    },
    rejected: index.rejected,
  };
}
