import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import type { RejectedRecord } from '../time/types';
import { classifyByCutoffs } from './internal/value/classifyByCutoffs';
import { finiteNumber } from './internal/value/readCustomerColumns';
import { readChoice, readCutoffs, readOptionsObject } from './internal/value/readOptions';
import { rankCustomers, type RankedCustomers } from './internal/value/rankCustomers';
import { classEnds, compensatedSum, positiveTotal, rankPositions, summarizeClasses, type ClassSummary } from './internal/value/summarizeClasses';
import type { CustomerValueIndex, CustomerValueInput, Crossing } from './valueTypes';
import { scratchFloat64, withScratchArrays } from './internal/value/scratchArrays';

/** An ABC class: A the most valuable. */
export type AbcClass = 'A' | 'B' | 'C';

/** What the ABC cut-offs count: cumulative share of value (`'value'`) or of customers (`'count'`). */
export type AbcBasis = 'value' | 'count';

/** Options of {@link abcAnalysis}. */
export interface AbcAnalysisOptions {
  /** `'value'` (default; cut-offs 0.80 / 0.95 of value) or `'count'` (cut-offs 0.20 / 0.50 of customers). */
  readonly basis?: AbcBasis;
  /** The two cumulative cut-offs `[A|B, B|C]`, increasing, in (0, 1) (defaults by `basis`). */
  readonly cutoffs?: readonly [number, number];
  /** The class of a customer whose inclusion crosses a cut-off (default `'lower'`). */
  readonly crossing?: Crossing;
  /** Customers with a value below 0: class C (`'class-c'`, default) or rejected rows (`'reject'`). */
  readonly negative?: 'class-c' | 'reject';
}

/** One customer's ABC class. */
export interface AbcCustomer {
  readonly customerId: string;
  readonly class: AbcClass;
  /** 1 = highest value; equal values ranked by customer id. */
  readonly rank: number;
  /** Cumulative share of positive value down to this customer (null when no value is positive). */
  readonly cumulativeShare: number | null;
}

/** Count and value of one ABC class. */
export type AbcClassSummary = ClassSummary;

/** Result of {@link abcAnalysis}. */
export interface AbcAnalysisResult {
  /** Every valid customer, sorted by customer id. */
  readonly customers: AbcCustomer[];
  /** Classes A, B, C (empty ones with count 0): count, value total, shares, extremes. */
  readonly classes: AbcClassSummary[];
  /** Number of valid customers. */
  readonly customerCount: number;
  /** Sum of all values (compensated). */
  readonly totalValue: number;
  /** Why every `valueShare` is null (`totalValue ≤ 0`), else null. */
  readonly valueShareReason: string | null;
  /** The conventions used. */
  readonly settings: {
    readonly basis: AbcBasis;
    readonly cutoffs: [number, number];
    readonly crossing: Crossing;
    readonly negative: 'class-c' | 'reject';
  };
  /** Rows left out, with the reason. */
  readonly rejected: RejectedRecord[];
}

const CLASSES: readonly AbcClass[] = ['A', 'B', 'C'];

/**
 * The customers, in id order, each with the class of its rank (C for a negative value), its rank and the
 * cumulative positive-value share down to it (null when nothing is positive). The shares are summed down
 * the ranking, the ranking is inverted (one pass), and the rows are made in id order: objects made in the
 * order of the array that holds them are far cheaper for the garbage collector than objects placed at
 * random. Classes are non-decreasing down the ranking, so a customer's class follows from its rank. @internal
 */
function customerRows(ranked: RankedCustomers, byRank: Uint8Array, positive: number): AbcCustomer[] {
  const { ids, byValue, sorted } = ranked;
  const n = ids.length;
  let shares: Float64Array | null = null;
  if (positive > 0) {
    shares = scratchFloat64(n);
    let sum = 0;
    let c = 0;
    for (let r = 0; r < n; r++) {
      const v = sorted[r] as number;
      if (v > 0) {
        const t = sum + v;
        c += sum >= v ? sum - t + v : v - t + sum;
        sum = t;
      }
      shares[r] = Math.min(1, (sum + c) / positive);
    }
  }
  const ends = classEnds(byRank, 3);
  const endA = ends[0] as number;
  const endB = ends[1] as number;
  const rankOf = rankPositions(byValue);
  const customers: AbcCustomer[] = new Array<AbcCustomer>(n);
  for (let p = 0; p < n; p++) {
    const r = rankOf[p] as number;
    customers[p] = {
      customerId: ids[p] as string,
      class: r < endA ? 'A' : r < endB ? 'B' : 'C',
      rank: r + 1,
      cumulativeShare: shares === null ? null : (shares[r] as number),
    };
  }
  return customers;
}

/**
 * ABC analysis: customers graded A, B, C by the cumulative share of value (80 / 95 %) or of customers
 * (20 / 50 %) they reach when ranked by value.
 *
 * @remarks
 * Rank customers by value `v` descending (equal values by customer id) and let
 * `S_k = Σ_{r≤k} max(v_r, 0) / Σ max(v, 0)`. Value basis (default): A if `S_k ≤ 0.80`, B if `S_k ≤ 0.95`,
 * else C. Count basis: `k/N` in place of `S_k` with cut-offs 0.20 and 0.50 (top 20 % / next 30 % / last
 * 50 % of customers). The customer whose inclusion crosses a cut-off (`S_{k−1} < c < S_k`) goes to the
 * lower class by default (`crossing: 'lower'`, the rule above) or to the upper class (`'upper'`: class by
 * `S_{k−1} < c`); shares within 1e-12 of a cut-off count as on it. Under `'lower'` a customer who alone
 * crosses both cut-offs is C (a single customer, or four of equal value: the fourth has `S = 1`).
 *
 * Negative values: by default the customer is class C and left out of the denominator (only positive
 * values make up the 100 %; their `S_k` is 1); with `negative: 'reject'` such rows are rejected instead.
 * A value of 0 adds nothing to `S_k`: such a customer is classed by the share already reached.
 *
 * Which value? The customer-value literature grades by the present value of a customer's future returns,
 * i.e. a CLV prediction; any measure works (revenue, margin, profit). From `clientele/clv`:
 * `customerLifetimeValue(summaries, opts).values[i]` is the CLV of `summaries[i]`, so
 * `summaries.map((s, i) => ({ customerId: s.customerId, value: clv.values[i] }))` is the input. O(N) radix
 * ranking on typed arrays; memory O(N).
 *
 * @param values - `{ customerId, value }` rows; bad and duplicated rows are rejected, not thrown on; or a
 *   {@link CustomerValueIndex} with the field `value` (from {@link indexCustomerValues}: same result, no re-sort).
 * @param options - `basis`, `cutoffs`, `crossing`, `negative`.
 * @returns Class per customer (sorted by id) with rank and cumulative share, per-class summary, settings.
 * @throws `INVALID_ARGUMENT` when `values` is not an array or an option is malformed.
 * @throws `EMPTY_INPUT` when no row is valid.
 * @throws `UNDEFINED_RESULT` when `basis: 'value'` and no customer has a positive value.
 * @example
 * ```ts
 * const values = [
 *   { customerId: 'a', value: 70 }, { customerId: 'b', value: 20 }, { customerId: 'c', value: 5 },
 *   { customerId: 'd', value: 3 }, { customerId: 'e', value: 2 }, { customerId: 'f', value: -3 },
 * ];
 * abcAnalysis(values).customers.map((c) => c.class); // ['A', 'B', 'B', 'C', 'C', 'C']
 * abcAnalysis(values, { crossing: 'upper' }).customers.map((c) => c.class); // ['A', 'A', 'B', 'C', 'C', 'C']
 * abcAnalysis(values, { basis: 'count' }).classes.map((k) => k.count); // [1, 2, 3]
 *
 * // Grading by CLV (clientele/clv): pair each summary with its predicted value.
 * // const clv = customerLifetimeValue(summaries, { purchaseModel: bgNbd, ... });
 * // abcAnalysis(summaries.map((s, i) => ({ customerId: s.customerId, value: clv.values[i] })));
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: using iso-value curves for customer
 *   base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 * @see Zeithaml, V. A., Rust, R. T. & Lemon, K. N. (2001). The customer pyramid: Creating and serving
 *   profitable customers. California Management Review 43(4), 118–142. https://doi.org/10.2307/41166104
 */
export function abcAnalysis(values: readonly CustomerValueInput[] | CustomerValueIndex, options?: AbcAnalysisOptions): AbcAnalysisResult {
  return withScratchArrays(() => {
    const fn = 'abcAnalysis';
    const o = readOptionsObject(fn, options);
    const basis = readChoice(fn, 'options.basis', o.basis, ['value', 'count'] as const);
    const cutoffs = readCutoffs(fn, 'options.cutoffs', o.cutoffs, basis === 'value' ? [0.8, 0.95] : [0.2, 0.5], 2) as [number, number];
    const crossing = readChoice(fn, 'options.crossing', o.crossing, ['lower', 'upper'] as const);
    const negative = readChoice(fn, 'options.negative', o.negative, ['class-c', 'reject'] as const);
    const read =
      negative === 'reject'
        ? { name: 'value', read: (x: unknown) => (finiteNumber(x) >= 0 ? (x as number) : Number.NaN), rule: 'must be a finite number at least 0 (negative values are rejected)' }
        : { name: 'value', read: finiteNumber, rule: 'must be a finite number' };
    const ranked = rankCustomers(fn, 'values', values, read);
    const { sorted } = ranked;
    const positive = positiveTotal(sorted);
    if (basis === 'value' && !(positive > 0)) throw new UndefinedResultError(fn, 'value-cumulative classes need at least one customer with a positive value');
    const byRank = classifyByCutoffs(sorted, cutoffs, basis === 'value' ? 'value' : 'rank', crossing, positive);
    for (let r = sorted.length - 1; r >= 0 && (sorted[r] as number) < 0; r--) byRank[r] = 2; // negative values: C
    const customers = customerRows(ranked, byRank, positive);
    const total = compensatedSum(sorted);
    return {
      customers,
      classes: summarizeClasses(sorted, byRank, CLASSES, total),
      customerCount: sorted.length,
      totalValue: total,
      valueShareReason: total > 0 ? null : 'the total value is not positive, so shares of it are undefined',
      settings: { basis, cutoffs, crossing, negative },
      rejected: ranked.rejected,
    };
  });
}
