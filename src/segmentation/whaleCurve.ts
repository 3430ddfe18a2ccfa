import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { MINOR_LIMIT, POW10, parseMinorUnits } from '../money/parseMinorUnits';
import type { RejectedRecord } from '../time/types';
import { ceilCount, curveIndices } from './internal/value/curveIndices';
import { finiteNumber } from './internal/value/readCustomerColumns';
import { readChoice, readInteger, readOptionsObject, readShare } from './internal/value/readOptions';
import { sortedCustomerValues } from './internal/value/rankCustomers';
import type { CustomerValueIndex } from './valueTypes';
import { scratchFloat64, withScratchArrays } from './internal/value/scratchArrays';

/** One customer's profit (from `customerProfitability` or any source). */
export interface CustomerProfitInput {
  /** A non-blank string (trimmed) or a safe integer. */
  readonly customerId: string | number;
  /** Profit in major units: a finite number, or with `amounts: 'exact'` also a decimal string. */
  readonly profit: number | string;
}

/** Options of {@link whaleCurve}. */
export interface WhaleCurveOptions {
  /** `'number'` (default: float64, compensated sums) or `'exact'` (read as integer minor units, exact sums). */
  readonly amounts?: 'number' | 'exact';
  /** Decimals of the minor unit with `amounts: 'exact'` (default 2). */
  readonly minorDigits?: number;
  /** Most points drawn on the curve (default 1001, at least 3); the peak is always one of them. */
  readonly maxPoints?: number;
  /** Share of customers at the top for `top20` (default 0.2). */
  readonly top?: number;
  /** Share of customers at the bottom for `bottom30` (default 0.3). */
  readonly bottom?: number;
}

/** A point of the whale curve: the `customers` most profitable customers and their cumulative profit. */
export interface WhaleCurvePoint {
  readonly customers: number;
  /** `customers / N`. */
  readonly customerShare: number;
  /** Cumulative profit, in major units. */
  readonly cumulativeProfit: number;
  /** Cumulative profit / total profit (null when the total is not positive). */
  readonly cumulativeShare: number | null;
}

/** Result of {@link whaleCurve}. Money in major units. */
export interface WhaleCurveResult {
  readonly customerCount: number;
  readonly totalProfit: number;
  /** Customers with profit > 0, = 0, < 0, and their profit totals. */
  readonly profitable: { readonly customers: number; readonly profit: number };
  readonly breakEven: { readonly customers: number };
  readonly unprofitable: { readonly customers: number; readonly profit: number };
  /** Highest point of the curve (the fewest customers reaching it). */
  readonly peak: { readonly customers: number; readonly customerShare: number; readonly profit: number; readonly share: number | null };
  /** Profit lost after the peak: `profit = total − peak` (≤ 0), `share = peak/total − 1` (≥ 0; null when total ≤ 0). */
  readonly erosion: { readonly profit: number; readonly share: number | null };
  /** Kotler's 20/80/30 diagnostics (with the `top` and `bottom` shares of the options). */
  readonly kotler: {
    readonly topCustomers: number;
    readonly bottomCustomers: number;
    readonly topProfit: number;
    readonly bottomProfit: number;
    /** `P(top) / P(total)`; null when the total is not positive. */
    readonly top20: number | null;
    /** `P(bottom) / P(total)`; null when the total is not positive. */
    readonly bottom30: number | null;
    /** `−P(bottom) / P(top)`; null when `P(top) ≤ 0`. */
    readonly halfRule: number | null;
    /** Why a ratio is null, else null. */
    readonly reason: string | null;
  };
  /** The curve from 0 customers to all of them (downsampled to `maxPoints`). */
  readonly curve: WhaleCurvePoint[];
  /** Whether `curve` holds every rank 0..N. */
  readonly curveComplete: boolean;
  /** Why the percentage fields are null (total profit ≤ 0), else null. */
  readonly percentReason: string | null;
  readonly settings: {
    readonly amounts: 'number' | 'exact';
    readonly minorDigits: number | null;
    readonly maxPoints: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** Rows left out, with the reason. */
  readonly rejected: RejectedRecord[];
}

/** Running sums `C_0 = 0, C_k = Σ_{r≤k} p_r` (compensated unless exact integers). @internal */
function cumulative(sorted: Float64Array, exact: boolean): Float64Array {
  const n = sorted.length;
  const c = scratchFloat64(n + 1);
  let sum = 0;
  let comp = 0;
  for (let k = 0; k < n; k++) {
    const v = sorted[k] as number;
    const t = sum + v;
    if (!exact) comp += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
    c[k + 1] = sum + comp;
  }
  return c;
}

/** Counts by sign and the index of the (first) maximum of the running sums. @internal */
function signsAndPeak(sorted: Float64Array, c: Float64Array) {
  let positive = 0;
  let zero = 0;
  for (const v of sorted) {
    if (v > 0) positive++;
    else if (v === 0) zero++;
  }
  let peak = 0;
  for (let k = 1; k < c.length; k++) if ((c[k] as number) > (c[peak] as number)) peak = k;
  return { positive, zero, negative: sorted.length - positive - zero, peak };
}

/**
 * Whale curve of customer profitability: cumulative profit against customers ranked from most to least
 * profitable, its peak and erosion, and Kotler's 20/80/30 diagnostics.
 *
 * @remarks
 * Rank customers by profit `p` descending (equal profits by customer id) and let `C_k = Σ_{r≤k} p_r`,
 * `P = C_N`. The curve plots `(k/N, C_k/P)` from `(0, 0)` to `(1, 1)` (Kaplan & Cooper 1998, ch. 10;
 * Kaplan & Narayanan 2001). Its peak is `max_k C_k`, reached after the `k*` profitable customers; erosion
 * `= peak/P − 1` is the share of total profit lost on the rest (typically the top 20 % earn 150–300 % of
 * total profit). Kotler's rule (citing Sherden 1994): the top 20 % of customers bring 80 % of profit, half
 * of which is lost on the bottom 30 %: `top20 = P(top ⌈0.2N⌉)/P`, `bottom30 = P(bottom ⌈0.3N⌉)/P`
 * (usually negative), `halfRule = −P(bottom)/P(top)` (≈ 0.5 under the rule); counts `⌈qN⌉` with q·N within
 * 1e-9 of an integer taken as that integer.
 *
 * When `P ≤ 0` the percentage axis does not exist: the absolute curve and money figures are returned,
 * every share is null and `percentReason` says why. Money: `amounts: 'exact'` reads profits (numbers or
 * decimal strings) as integer minor units, so totals are exact; inexact amounts are rejected. Otherwise
 * float64 with Neumaier sums. The curve is downsampled to `maxPoints` evenly spaced ranks plus the peak.
 * O(N) radix ranking on typed arrays; memory O(N).
 *
 * @param profits - `{ customerId, profit }` rows; bad and duplicated rows are rejected, not thrown on; or a
 *   {@link CustomerValueIndex} with the field `profit` (from {@link indexCustomerValues}: same result, no re-sort).
 * @param options - `amounts`, `minorDigits`, `maxPoints`, `top`, `bottom`.
 * @returns Curve, peak, erosion, sign counts, 20/80/30 diagnostics, settings and rejected rows.
 * @throws `INVALID_ARGUMENT` when `profits` is not an array or an option is malformed.
 * @throws `EMPTY_INPUT` when no row is valid.
 * @throws `UNDEFINED_RESULT` when exact amounts add up beyond 2^52 minor units in magnitude.
 * @example
 * ```ts
 * const profits = [40, 25, 15, 10, 5, 5, 0, -5, -10, -15].map((profit, i) => ({ customerId: i + 1, profit }));
 * const w = whaleCurve(profits);
 * w.totalProfit; // 70
 * w.peak; // { customers: 6, customerShare: 0.6, profit: 100, share: 1.4285714285714286 }
 * w.kotler.top20; // 0.9285714285714286  (65 / 70)
 * w.kotler.bottom30; // -0.42857142857142855  (−30 / 70)
 * w.kotler.halfRule; // 0.46153846153846156  (30 / 65)
 * ```
 * @see Kaplan, R. S. & Cooper, R. (1998). Cost & Effect: Using Integrated Cost Systems to Drive
 *   Profitability and Performance. Harvard Business School Press.
 * @see Kaplan, R. S. & Narayanan, V. G. (2001). Measuring and managing customer profitability. Journal of
 *   Cost Management 15(5), 5–15.
 * @see Sherden, W. A. (1994). Market Ownership: The Art & Science of Becoming #1. AMACOM (the 20/80/30
 *   rule, as quoted in Kotler & Keller, Marketing Management).
 */
export function whaleCurve(profits: readonly CustomerProfitInput[] | CustomerValueIndex, options?: WhaleCurveOptions): WhaleCurveResult {
  return withScratchArrays(() => {
    const fn = 'whaleCurve';
    const o = readOptionsObject(fn, options);
    const amounts = readChoice(fn, 'options.amounts', o.amounts, ['number', 'exact'] as const);
    const digits = readInteger(fn, 'options.minorDigits', o.minorDigits, 0, 15, 2);
    const maxPoints = readInteger(fn, 'options.maxPoints', o.maxPoints, 3, Number.POSITIVE_INFINITY, 1001);
    const top = o.top === undefined ? 0.2 : readShare(fn, 'options.top', o.top);
    const bottom = o.bottom === undefined ? 0.3 : readShare(fn, 'options.bottom', o.bottom);
    const exact = amounts === 'exact';
    const field = exact
      ? { name: 'profit', read: (x: unknown) => (typeof x === 'number' || typeof x === 'string' ? parseMinorUnits(x, digits) : Number.NaN), rule: `must be an exact amount with at most ${digits} decimals` }
      : { name: 'profit', read: finiteNumber, rule: 'must be a finite number' };
    const { sorted, rejected } = sortedCustomerValues(fn, 'profits', profits, field);
    if (exact) {
      let magnitude = 0;
      for (const v of sorted) magnitude += Math.abs(v);
      if (!(magnitude < MINOR_LIMIT)) throw new UndefinedResultError(fn, 'exact profits add up beyond 2^52 minor units', magnitude);
    }
    const n = sorted.length;
    const c = cumulative(sorted, exact);
    const scale = exact ? (POW10[digits] as number) : 1;
    const money = (x: number) => (exact ? x / scale : x);
    const total = c[n] as number;
    const { positive, zero, negative, peak } = signsAndPeak(sorted, c);
    const share = (x: number) => (total > 0 ? x / total : null);
    const kTop = Math.min(n, ceilCount(top, n));
    const kBottom = Math.min(n, ceilCount(bottom, n));
    const topProfit = c[kTop] as number;
    const bottomProfit = total - (c[n - kBottom] as number);
    const points = curveIndices(n, maxPoints, [peak]).map((k) => ({
      customers: k,
      customerShare: k / n,
      cumulativeProfit: money(c[k] as number),
      cumulativeShare: share(c[k] as number),
    }));
    const percentReason = total > 0 ? null : 'total profit is not positive, so shares of it are undefined; the curve is given in money only';
    return {
      customerCount: n,
      totalProfit: money(total),
      profitable: { customers: positive, profit: money(c[positive] as number) },
      breakEven: { customers: zero },
      unprofitable: { customers: negative, profit: money(total - (c[n - negative] as number)) },
      peak: { customers: peak, customerShare: peak / n, profit: money(c[peak] as number), share: share(c[peak] as number) },
      erosion: { profit: money(total - (c[peak] as number)), share: total > 0 ? (c[peak] as number) / total - 1 : null },
      kotler: {
        topCustomers: kTop,
        bottomCustomers: kBottom,
        topProfit: money(topProfit),
        bottomProfit: money(bottomProfit),
        top20: share(topProfit),
        bottom30: share(bottomProfit),
        halfRule: topProfit > 0 ? -bottomProfit / topProfit : null,
        reason: total > 0 ? null : topProfit > 0 ? percentReason : 'total profit and the top customers\' profit are not positive: every ratio is undefined',
      },
      curve: points,
      curveComplete: points.length === n + 1,
      percentReason,
      settings: { amounts, minorDigits: exact ? digits : null, maxPoints, top, bottom },
      rejected,
    };
  });
}
