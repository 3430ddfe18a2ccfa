import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { formatEpochDay } from '../time/formatEpochDay';
import { indexTransactionsAs } from '../time/internal/indexTransactionsAs';
import type { RejectedRecord, TransactionIndex, TransactionInputRow } from '../time/types';
import {
  formatWindow,
  readConfidence,
  readDay,
  readInteger,
  readWindow,
  requireOptions,
  wilson,
  indexOptionsOf,
  type DayWindow,
} from './internal/measureArgs';
import type { CalendarDate, DateWindow, RateWithInterval } from './measureTypes';

/** Which customers the repeat-purchase rate counts (besides the tenure rule). */
export type RepeatRatePopulation = 'windowBuyers' | 'allCustomers';

/** Options of {@link repeatPurchase}: every window, date and population is explicit. */
export interface RepeatPurchaseOptions {
  /** The window `W` in which purchase periods `F_i(W)` are counted (both ends inclusive). */
  readonly window: DateWindow;
  /**
   * Tenure needed to be able to repurchase: a customer is eligible for the repeat rate when the first
   * purchase (in the whole log) is at least this many days before `window.to`. `0` admits everyone.
   */
  readonly minTenureDays: number;
  /**
   * `'windowBuyers'`: the eligible customers are those with at least one purchase in the window (the
   * usual "share of this period's buyers who bought more than once"); `'allCustomers'`: every customer of
   * the log that meets the tenure rule, buyers in the window or not.
   */
  readonly population: RepeatRatePopulation;
  /** Reference date `t0` of the repurchase measure (optional; with it the next two options are required). */
  readonly referenceDate?: CalendarDate;
  /** Days after `t0` in which a purchase counts as a repurchase: `(t0, t0 + days]`; integer ≥ 1. */
  readonly repurchaseWindowDays?: number;
  /**
   * Who is active at `t0`: a number `a` (integer ≥ 1) for customers with a purchase in `(t0 − a, t0]`,
   * or `'ever'` for customers with any purchase on or before `t0`.
   */
  readonly activeWithinDays?: number | 'ever';
  /** Confidence level of the Wilson intervals (default 0.95). */
  readonly confidenceLevel?: number;
  /** Minor digits of the amounts when rows are given (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** ISO 4217 currency of the log when rows are given. */
  readonly currency?: string;
}

/** One customer's repeat-purchase record. */
export interface RepeatPurchaseCustomer {
  /** The customer. */
  readonly customerId: string;
  /** `F_i(W)`: distinct purchase days in the window (same-day purchases merged; returns are not purchases). */
  readonly purchasePeriods: number;
  /** First purchase in the whole log, `'yyyy-mm-dd'`; `null` when the customer only has returns. */
  readonly firstPurchaseDate: string | null;
  /** Whether the customer counts in the repeat rate's denominator. */
  readonly eligible: boolean;
  /** `F_i(W) ≥ 2`. */
  readonly repeatBuyer: boolean;
  /** Whether the customer is active at `t0`; `null` without a reference date. */
  readonly activeAtReference: boolean | null;
  /** Whether an active customer bought in `(t0, t0 + days]`; `null` when not active or without `t0`. */
  readonly repurchased: boolean | null;
  /** Days from `t0` to the first purchase in the repurchase window; `null` when there is none. */
  readonly daysToRepurchase: number | null;
}

/** The population repurchase measure `repurchase_W`. */
export interface RepurchaseRate extends RateWithInterval {
  /** `t0`, `'yyyy-mm-dd'`. */
  readonly referenceDate: string;
  /** Last day of the repurchase window `t0 + days`, `'yyyy-mm-dd'`. */
  readonly windowEnd: string;
  /** Whether the log reaches the window end (its last day is on or after it); if not, the rate is a lower bound. */
  readonly complete: boolean;
}

/** The conventions {@link repeatPurchase} used. */
export interface RepeatPurchaseSettings {
  /** The window `W`, `'yyyy-mm-dd'`. */
  readonly window: { readonly from: string; readonly to: string };
  /** Tenure needed to be eligible, days. */
  readonly minTenureDays: number;
  /** The eligible population. */
  readonly population: RepeatRatePopulation;
  /** `t0`, or `null` without the repurchase measure. */
  readonly referenceDate: string | null;
  /** Days of the repurchase window, or `null`. */
  readonly repurchaseWindowDays: number | null;
  /** The "active at t0" rule, or `null`. */
  readonly activeWithinDays: number | 'ever' | null;
  /** Confidence level of the intervals. */
  readonly confidenceLevel: number;
  /** How purchases are counted. */
  readonly purchases: 'distinct purchase days; returns are not purchases';
}

/** The result of {@link repeatPurchase}. */
export interface RepeatPurchaseResult {
  /** One row per customer of the log, sorted by `customerId`. */
  readonly customers: RepeatPurchaseCustomer[];
  /** `#{i eligible : F_i(W) ≥ 2} / #{i eligible}`. */
  readonly repeatRate: RateWithInterval;
  /** `#{i active at t0 with a purchase in (t0, t0 + days]} / #{i active at t0}`; `null` without `t0`. */
  readonly repurchase: RepurchaseRate | null;
  /** The conventions used. */
  readonly settings: RepeatPurchaseSettings;
  /** Transaction rows left out, with their reasons (from the index). */
  readonly rejected: readonly RejectedRecord[];
}

interface Resolved {
  window: DayWindow;
  minTenureDays: number;
  population: RepeatRatePopulation;
  t0: number | null;
  days: number;
  active: number | 'ever';
  level: number;
  z: number;
}

/** Checks the options. @internal */
function resolve(fn: string, options: RepeatPurchaseOptions): Resolved {
  requireOptions(fn, options);
  const window = readWindow(fn, 'options.window', options.window);
  const minTenureDays = readInteger(fn, 'options.minTenureDays', options.minTenureDays, 0);
  const population = options.population;
  if (population !== 'windowBuyers' && population !== 'allCustomers') {
    throw new InvalidArgumentError(fn, 'options.population', "must be 'windowBuyers' or 'allCustomers'", population);
  }
  const { level, z } = readConfidence(fn, options.confidenceLevel);
  if (options.referenceDate === undefined) {
    for (const key of ['repurchaseWindowDays', 'activeWithinDays'] as const) {
      if (options[key] !== undefined) throw new InvalidArgumentError(fn, `options.${key}`, 'needs options.referenceDate', options[key]);
    }
    return { window, minTenureDays, population, t0: null, days: 0, active: 'ever', level, z };
  }
  const t0 = readDay(fn, 'options.referenceDate', options.referenceDate);
  const days = readInteger(fn, 'options.repurchaseWindowDays', options.repurchaseWindowDays, 1);
  const active = options.activeWithinDays === 'ever' ? 'ever' : readActive(fn, options.activeWithinDays);
  return { window, minTenureDays, population, t0, days, active, level, z };
}

/** `activeWithinDays` as a number (integer ≥ 1). @internal */
function readActive(fn: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new InvalidArgumentError(fn, 'options.activeWithinDays', "must be an integer at least 1 or 'ever'", value);
  }
  return value;
}

/** A rate with its Wilson interval. @internal */
function rateOf(count: number, of: number, z: number, empty: string): RateWithInterval {
  return { count, of, rate: of === 0 ? null : count / of, interval: wilson(count, of, z), reason: of === 0 ? empty : null };
}

/** `'yyyy-mm-dd'` of an epoch day, formatted once per distinct day. @internal */
function textOf(cache: Map<number, string>, day: number): string {
  let s = cache.get(day);
  if (s === undefined) cache.set(day, (s = formatEpochDay(day)));
  return s;
}

/** Scans one customer's sorted rows. @internal */
function scanCustomer(index: TransactionIndex, c: number, r: Resolved, dayText: Map<number, string>): RepeatPurchaseCustomer {
  const { epochDay, returned, start } = index;
  const { from, to } = r.window;
  const t0 = r.t0 ?? 0;
  const activeFrom = r.active === 'ever' ? Number.NEGATIVE_INFINITY : t0 - r.active + 1;
  let first = -1;
  let periods = 0;
  let last = Number.NaN;
  let active = false;
  let next = -1;
  for (let j = start[c] as number, e = start[c + 1] as number; j < e; j++) {
    if (returned[j] === 1) continue;
    const d = epochDay[j] as number;
    if (first === -1) first = d;
    if (d !== last && d >= from && d <= to) periods++;
    last = d;
    if (r.t0 !== null) {
      if (d <= t0 && d >= activeFrom) active = true;
      else if (d > t0 && next === -1 && d <= t0 + r.days) next = d;
    }
  }
  const tenured = first !== -1 && first <= to - r.minTenureDays;
  const eligible = tenured && (r.population === 'allCustomers' || periods > 0);
  const withReference = r.t0 !== null;
  return {
    customerId: index.customerIds[c] as string,
    purchasePeriods: periods,
    firstPurchaseDate: first === -1 ? null : textOf(dayText, first),
    eligible,
    repeatBuyer: periods >= 2,
    activeAtReference: withReference ? active : null,
    repurchased: withReference && active ? next !== -1 : null,
    daysToRepurchase: withReference && active && next !== -1 ? next - t0 : null,
  };
}

/**
 * Repeat purchase, the first loyalty measure: purchase periods per customer in a window, repurchase
 * within a window after a reference date, and the population repeat-purchase rate, each with an explicit
 * window and an explicit eligible population.
 *
 * @remarks
 * Definitions (days are calendar days, both window ends inclusive):
 * - `F_i(W)` = number of distinct days in `W` on which customer `i` bought (same-day purchases are one
 *   purchase period, as in the BTYD models of Fader, Hardie & Lee 2005; returns are never purchases).
 * - Repeat-purchase rate = `#{i eligible : F_i(W) ≥ 2} / #{i eligible}`, where eligible means able to
 *   repurchase: first purchase at least `minTenureDays` before `W.to`, and, with
 *   `population: 'windowBuyers'`, at least one purchase in `W`.
 * - `repurchase_W = #{i active at t0 with a purchase in (t0, t0 + W]} / #{i active at t0}`, "active at
 *   t0" being a purchase in `(t0 − a, t0]` (`activeWithinDays: a`) or any purchase on or before `t0`
 *   (`'ever'`). "80 of 100 buyers come back within a year" is this rate with `W = 365` and the 100 buyers
 *   as the active population. When the log ends before `t0 + W` the rate is flagged `complete: false`.
 * Both rates carry a Wilson (1927) score interval. A rate with an empty denominator is `null` with a
 * reason. One pass over the index: O(n) after indexing.
 *
 * @param transactions - Transaction rows or a {@link TransactionIndex} (indexed once at entry).
 * @param options - See {@link RepeatPurchaseOptions}: `window`, `minTenureDays`, `population` required;
 *   `referenceDate` with `repurchaseWindowDays` and `activeWithinDays` for the repurchase measure.
 * @returns Per-customer rows sorted by id, both population rates, the settings and the rejected rows.
 * @throws `INVALID_ARGUMENT` for a missing or invalid option (window, tenure, population, dates, days,
 *   confidence level), or a repurchase option without `referenceDate`.
 * @throws `EMPTY_INPUT` when the log has no rows at all.
 * @example
 * ```ts
 * const r = repeatPurchase(
 *   [
 *     { customerId: 'a', date: '2024-01-05', amount: 10 },
 *     { customerId: 'a', date: '2024-01-05', amount: 4 },
 *     { customerId: 'a', date: '2024-02-01', amount: 8 },
 *     { customerId: 'b', date: '2024-01-20', amount: 12 },
 *   ],
 *   { window: { from: '2024-01-01', to: '2024-03-31' }, minTenureDays: 0, population: 'windowBuyers' },
 * );
 * r.customers.map((c) => c.purchasePeriods); // [2, 1]
 * r.repeatRate.rate; // 0.5
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). "Counting your customers" the easy way: an
 * alternative to the Pareto/NBD model. Marketing Science, 24(2), 275–284. doi:10.1287/mksc.1040.0098
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference.
 * Journal of the American Statistical Association, 22(158), 209–212. doi:10.1080/01621459.1927.10502953
 */
export function repeatPurchase(
  transactions: readonly TransactionInputRow[] | TransactionIndex,
  options: RepeatPurchaseOptions,
): RepeatPurchaseResult {
  const fn = 'repeatPurchase';
  const r = resolve(fn, options);
  const index = indexTransactionsAs(fn, transactions, indexOptionsOf(options));
  if (index.rowCount === 0) throw new EmptyInputError(fn, 'transactions');
  const n = index.customerIds.length;
  const customers = new Array<RepeatPurchaseCustomer>(n);
  let eligible = 0;
  let repeaters = 0;
  let active = 0;
  let repurchased = 0;
  const dayText = new Map<number, string>();
  for (let c = 0; c < n; c++) {
    const row = scanCustomer(index, c, r, dayText);
    customers[c] = row;
    if (row.eligible) {
      eligible++;
      if (row.repeatBuyer) repeaters++;
    }
    if (row.activeAtReference === true) active++;
    if (row.repurchased === true) repurchased++;
  }
  return {
    customers,
    repeatRate: rateOf(repeaters, eligible, r.z, 'no eligible customer'),
    repurchase: r.t0 === null ? null : repurchaseRate(r, r.t0, active, repurchased, index.lastDay),
    settings: settingsOf(r),
    rejected: index.rejected,
  };
}

/** The population repurchase rate. @internal */
function repurchaseRate(r: Resolved, t0: number, active: number, repurchased: number, lastDay: number | null): RepurchaseRate {
  const end = t0 + r.days;
  return {
    ...rateOf(repurchased, active, r.z, 'no customer active at the reference date'),
    referenceDate: formatEpochDay(t0),
    windowEnd: formatEpochDay(end),
    complete: lastDay !== null && lastDay >= end,
  };
}

/** The settings echoed in the result. @internal */
function settingsOf(r: Resolved): RepeatPurchaseSettings {
  const withReference = r.t0 !== null;
  return {
    window: formatWindow(r.window),
    minTenureDays: r.minTenureDays,
    population: r.population,
    referenceDate: r.t0 === null ? null : formatEpochDay(r.t0),
    repurchaseWindowDays: withReference ? r.days : null,
    activeWithinDays: withReference ? r.active : null,
    confidenceLevel: r.level,
    purchases: 'distinct purchase days; returns are not purchases',
  };
}
