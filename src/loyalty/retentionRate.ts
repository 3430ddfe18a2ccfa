import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../time/formatEpochDay';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import { purchaseDays } from '../time/internal/purchaseDays';
import { readRetentionLog, requireDay, requireDays, requireOptions } from './internal/retentionInputs';

/** When a customer counts as active at a date: a purchase in the `activeWindowDays` days ending on it. */
export interface RetentionLostRule {
  /** Window length in whole days ≥ 1 (the date itself included). */
  readonly activeWindowDays: number;
}

/** Options of {@link retentionRate}. */
export interface RetentionRateOptions {
  /** First day of the period (inclusive). */
  readonly periodStart: string | Date;
  /** Last day of the period (inclusive), not before `periodStart`. */
  readonly periodEnd: string | Date;
  /** The rule that makes a customer active or lost. */
  readonly lostRule: RetentionLostRule;
  /** Minor digits of the amounts (default 2). */
  readonly minorDigits?: number;
  /** Currency of the log. */
  readonly currency?: string;
}

/**
 * Where a customer stands in the period: active at the start and at the end (`'retained'`), active at the
 * start only (`'lost'`), first purchase in the period and active at the end (`'new'`) or not
 * (`'newLapsed'`), bought before, inactive at the start, active at the end (`'reactivated'`), or inactive
 * at both (`'inactive'`).
 */
export type RetentionStatus = 'retained' | 'lost' | 'new' | 'newLapsed' | 'reactivated' | 'inactive';

/** One customer known by the period end. */
export interface RetentionCustomer {
  readonly customerId: string;
  readonly status: RetentionStatus;
  /** First purchase, `'yyyy-mm-dd'`. */
  readonly firstPurchaseDate: string;
  /** Last purchase up to the period end. */
  readonly lastPurchaseDate: string;
}

/** Counts of the period. */
export interface RetentionCounts {
  /** `S`: customers active at the start (the day before `periodStart`). */
  readonly atStart: number;
  /** `E`: customers active at `periodEnd`. */
  readonly atEnd: number;
  /** `N`: customers acquired in the period and active at the end (the new customers within `E`). */
  readonly acquired: number;
  /** Customers acquired in the period but no longer active at its end. */
  readonly acquiredLapsed: number;
  /** Active at the start and at the end. */
  readonly retained: number;
  /** Active at the start, not at the end. */
  readonly lost: number;
  /** Bought before the period, inactive at the start, active at the end. */
  readonly reactivated: number;
}

/** Result of {@link retentionRate}. */
export interface RetentionRateResult {
  readonly counts: RetentionCounts;
  /** `CRR = (E − N)/S`: retained plus reactivated over `S`; `null` when `S = 0`. */
  readonly customerRetentionRate: number | null;
  /** `retained / S` (reactivated customers not counted); `null` when `S = 0`. */
  readonly strictRetentionRate: number | null;
  /** `lost / S = 1 − strictRetentionRate`; `null` when `S = 0`. */
  readonly churnRate: number | null;
  /** `reactivated / S`; `null` when `S = 0`. */
  readonly reactivationRate: number | null;
  /** Why the rates are `null`; `null` otherwise. */
  readonly reason: string | null;
  /** Every customer with a purchase up to `periodEnd`, sorted by id. */
  readonly customers: readonly RetentionCustomer[];
  /** The period and the rule, stated. */
  readonly settings: {
    readonly periodStart: string;
    readonly periodEnd: string;
    readonly activeWindowDays: number;
    /** The days over which activity at the start and at the end is read. */
    readonly startWindow: { readonly from: string; readonly to: string };
    readonly endWindow: { readonly from: string; readonly to: string };
    readonly rule: string;
  };
  /** Customers left out: first purchase after `periodEnd`, or no purchase (returns only). */
  readonly excluded: { readonly acquiredAfterPeriod: number; readonly withoutPurchase: number };
  /** Rows the log rejected. */
  readonly rejected: readonly RejectedRecord[];
}

/** Whether `days` (ascending) has a day in [from, to]. @internal */
function anyIn(days: readonly number[], from: number, to: number): boolean {
  for (let k = days.length - 1; k >= 0; k--) {
    const d = days[k] as number;
    if (d < from) return false;
    if (d <= to) return true;
  }
  return false;
}

/** The status of one customer with purchase days `days` (non-empty, ≤ periodEnd). @internal */
function statusOf(days: readonly number[], start: number, end: number, window: number): RetentionStatus {
  const activeEnd = anyIn(days, end - window + 1, end);
  if ((days[0] as number) >= start) return activeEnd ? 'new' : 'newLapsed';
  if (anyIn(days, start - window, start - 1)) return activeEnd ? 'retained' : 'lost';
  return activeEnd ? 'reactivated' : 'inactive';
}

/** The checked period and rule. @internal */
function readPeriod(fn: string, options: RetentionRateOptions): { start: number; end: number; window: number } {
  requireOptions(fn, options);
  const start = requireDay(fn, 'periodStart', options.periodStart);
  const end = requireDay(fn, 'periodEnd', options.periodEnd);
  if (end < start) throw new InvalidArgumentError(fn, 'options.periodEnd', `must not be before periodStart ${formatEpochDay(start)}`, options.periodEnd);
  const rule = options.lostRule as RetentionLostRule | null | undefined;
  if (typeof rule !== 'object' || rule === null) throw new InvalidArgumentError(fn, 'options.lostRule', 'must be an object { activeWindowDays }', rule);
  return { start, end, window: requireDays(fn, 'lostRule.activeWindowDays', rule.activeWindowDays) };
}

/**
 * Customer retention and churn over one period of a non-contractual transaction log, with the rule that
 * decides who is active or lost stated in the result, and reactivated customers counted apart.
 *
 * @remarks
 * A customer is active at a date when they bought at least once in the `activeWindowDays` days ending on
 * that date (returns are not purchases). `S` = active at the start (on the day before `periodStart`),
 * `E` = active at `periodEnd`, `N` = customers whose first purchase falls in the period and who are active
 * at its end. Then the customer retention rate `CRR = (E − N)/S` also counts customers who were inactive
 * at the start and came back; the strict rate `retained/S` leaves them out, `churn = lost/S = 1 − retained/S`, and `reactivated/S` is reported apart, so
 * `CRR = strict + reactivation`. Non-contractual data show no cancellations: "lost" means only "no
 * purchase in the window", and the rates move with the window length. Purchases after `periodEnd` are
 * not read. One pass over the log: O(rows) after indexing.
 *
 * @param transactions - Transaction rows (`{ customerId, date, amount, returned? }`) or a `TransactionIndex`.
 * @param options - `periodStart`, `periodEnd` (inclusive), `lostRule: { activeWindowDays }`, `minorDigits`, `currency`.
 * @returns Counts, rates (`null` with a reason when `S = 0`), the customers sorted by id, the rule and the rejected rows.
 * @throws `INVALID_ARGUMENT` when an option is missing or invalid (dates, `periodEnd < periodStart`, a window
 *   that is not a whole number of days ≥ 1) or `transactions` is neither rows nor an index.
 * @throws `EMPTY_INPUT` when the log has no valid row.
 * @example
 * ```ts
 * const r = retentionRate(
 *   [
 *     { customerId: 'a', date: '2024-01-10', amount: 20 }, { customerId: 'a', date: '2024-02-20', amount: 20 },
 *     { customerId: 'b', date: '2024-01-05', amount: 15 },
 *     { customerId: 'c', date: '2024-02-03', amount: 30 },
 *   ],
 *   { periodStart: '2024-02-01', periodEnd: '2024-02-29', lostRule: { activeWindowDays: 30 } },
 * );
 * r.counts; // { atStart: 2, atEnd: 2, acquired: 1, acquiredLapsed: 0, retained: 1, lost: 1, reactivated: 0 }
 * r.customerRetentionRate; // 0.5
 * r.customers.map((c) => c.status); // ['retained', 'lost', 'new']
 * ```
 * @see Reichheld, F. F. & Sasser, W. E. (1990). Zero defections: quality comes to services. Harvard Business
 *   Review 68(5), 105–111.
 */
export function retentionRate(transactions: readonly TransactionInputRow[] | TransactionIndex, options: RetentionRateOptions): RetentionRateResult {
  const fn = 'retentionRate';
  const { start, end, window } = readPeriod(fn, options);
  const index = readRetentionLog(fn, transactions, options);
  const counts = { atStart: 0, atEnd: 0, acquired: 0, acquiredLapsed: 0, retained: 0, lost: 0, reactivated: 0 };
  const tally: Record<RetentionStatus, keyof typeof counts | null> = {
    retained: 'retained', lost: 'lost', new: 'acquired', newLapsed: 'acquiredLapsed', reactivated: 'reactivated', inactive: null,
  };
  const customers: RetentionCustomer[] = [];
  const excluded = { acquiredAfterPeriod: 0, withoutPurchase: 0 };
  for (let c = 0; c < index.customerIds.length; c++) {
    const days = purchaseDays(index, c, end);
    if (days.length === 0) {
      if (purchaseDays(index, c, Number.POSITIVE_INFINITY).length === 0) excluded.withoutPurchase++;
      else excluded.acquiredAfterPeriod++;
      continue;
    }
    const status = statusOf(days, start, end, window);
    const key = tally[status];
    if (key !== null) counts[key]++;
    customers.push({ customerId: index.customerIds[c] as string, status, firstPurchaseDate: formatEpochDay(days[0] as number), lastPurchaseDate: formatEpochDay(days[days.length - 1] as number) });
  }
  counts.atStart = counts.retained + counts.lost;
  counts.atEnd = counts.retained + counts.acquired + counts.reactivated;
  const s = counts.atStart;
  const rate = (x: number) => (s === 0 ? null : x / s);
  return {
    counts,
    customerRetentionRate: rate(counts.atEnd - counts.acquired),
    strictRetentionRate: rate(counts.retained),
    churnRate: rate(counts.lost),
    reactivationRate: rate(counts.reactivated),
    reason: s === 0 ? 'no customer was active at the start of the period (S = 0)' : null,
    customers,
    settings: {
      periodStart: formatEpochDay(start),
      periodEnd: formatEpochDay(end),
      activeWindowDays: window,
      startWindow: { from: formatEpochDay(start - window), to: formatEpochDay(start - 1) },
      endWindow: { from: formatEpochDay(end - window + 1), to: formatEpochDay(end) },
      rule: `active at a date = at least one purchase (returns excluded) in the ${window} days ending on that date; S = active on the day before periodStart, E = active on periodEnd, N = first purchase in the period and active on periodEnd; lost = in S and not active on periodEnd`,
    },
    excluded,
    rejected: index.rejected,
  };
}
