import type { RejectedRecord } from '../time/types';
import { checkIndexInput } from './internal/checkIndexInput';
import { collectMeasureScores } from './internal/collectMeasureScores';
import { combineMeasureScores } from './internal/combineMeasureScores';
import type { MeasureScale } from './internal/standardizeMeasure';

/** One loyalty measure given to {@link loyaltyIndex}: its values per customer and which way is loyal. */
export interface LoyaltyMeasure {
  /** Name of the measure, e.g. `'repeatPurchases'`, `'shareOfWallet'`, `'priceSensitivity'`; unique. */
  readonly name: string;
  /** One row per customer; customers without a row have the measure missing. */
  readonly values: readonly { readonly customerId: string | number; readonly value: number }[];
  /** `'higher'` when a higher value means more loyal (repeat purchases), `'lower'` when less (price sensitivity, choice time). */
  readonly direction: 'higher' | 'lower';
  /** Weight in the composite, finite and > 0 (default 1: equal weights). */
  readonly weight?: number;
}

/** Options of {@link loyaltyIndex}. */
export interface LoyaltyIndexOptions {
  /**
   * How each measure is put on a common scale: `'percentile'` (default), the mid-rank percentile in (0, 1),
   * robust to the skew of counts and money; or `'z'`, the z-score over the customers who have the measure.
   */
  readonly standardize?: MeasureScale;
  /**
   * Least share of the total weight a customer's available measures must carry for an index (default 0:
   * any one measure suffices); below it the index is `null` and says why.
   */
  readonly minCoverage?: number;
}

/** One customer's composite loyalty index. */
export interface LoyaltyIndexRow {
  readonly customerId: string;
  /** Weighted mean of the available standardised, oriented measures; `null` below `minCoverage`. */
  readonly index: number | null;
  /** Why `index` is `null`; absent otherwise. */
  readonly reason?: string;
  /** Each measure's standardised, oriented score (higher = more loyal), `null` when missing. */
  readonly scores: Readonly<Record<string, number | null>>;
  /** Each measure's share of the index (they sum to `index`), `null` when missing. */
  readonly contributions: Readonly<Record<string, number | null>>;
  /** The measures this customer lacks. */
  readonly missing: readonly string[];
  /** Share of the total weight carried by the available measures, in [0, 1]. */
  readonly coverage: number;
}

/** What {@link loyaltyIndex} used for one measure. */
export interface LoyaltyMeasureSummary {
  readonly name: string;
  readonly direction: 'higher' | 'lower';
  /** Weight as given. */
  readonly weight: number;
  /** Weight divided by the sum of all weights. */
  readonly normalizedWeight: number;
  /** Customers with the measure. */
  readonly customers: number;
  /** Mean and standard deviation of the raw values (the z-score's centre and scale). */
  readonly mean: number;
  readonly standardDeviation: number;
}

/** Result of {@link loyaltyIndex}. */
export interface LoyaltyIndexResult {
  /** One row per customer found in any measure, sorted by `customerId`. */
  readonly customers: readonly LoyaltyIndexRow[];
  /** The measures, in the order given. */
  readonly measures: readonly LoyaltyMeasureSummary[];
  /** The conventions used. */
  readonly conventions: {
    readonly standardize: MeasureScale;
    readonly weights: 'equal' | 'given';
    readonly minCoverage: number;
    readonly missing: 'weights renormalised over the available measures';
  };
  /** Rows left out, by measure name. */
  readonly rejected: Readonly<Record<string, readonly RejectedRecord[]>>;
}

/**
 * A composite loyalty index per customer: every available measure standardised, oriented so that higher
 * means more loyal, and combined with explicit weights, with each measure's contribution and the measures
 * a customer lacks.
 *
 * @remarks
 * For measure `m` with weight `w_m`, customer `i`'s score `s_im` is the mid-rank percentile
 * `(rank_im − ½)/n_m`, tied values sharing their mean rank (option `standardize: 'percentile'`, default;
 * it lies in (0, 1) and is robust to the skew of counts and money), or the z-score
 * `(x_im − x̄_m)/sd_m` (`'z'`; 0 for every customer when `sd_m = 0`); for a measure where lower is more
 * loyal (price sensitivity, choice time) the score is `1 − s` (percentile) or `−z`. The index is
 * `I_i = Σ_{m ∈ A_i} w_m s_im / Σ_{m ∈ A_i} w_m` over the measures `A_i` the customer has, so a missing
 * measure is neither a zero nor imputed; `contribution_im = w_m s_im / Σ_{A_i} w_m` sums to `I_i`;
 * `coverage_i = Σ_{A_i} w_m / Σ_m w_m`. Equal weights by default (stated in `conventions.weights`).
 *
 * Measures 1, 2, 5 and 7 of the source documents (repeat purchase, share of wallet, price sensitivity,
 * defect tolerance) are behavioural, 2, 3, 4 and 6 largely attitudinal: the two axes of Dick & Basu
 * (1994); see {@link dickBasuMatrix} for the two-way view. O(Σ n_m log n_m).
 *
 * @param measures - The measures: name, values per customer, direction and optional weight.
 * @param options - `standardize` (`'percentile'` | `'z'`), `minCoverage` in [0, 1].
 * @returns Per customer the index, scores, contributions, missing measures and coverage, sorted by id; a
 *   summary per measure; the conventions; the rows rejected per measure (non-finite value, no id,
 *   customers given twice).
 * @throws `EMPTY_INPUT` when no measure is given.
 * @throws `INVALID_ARGUMENT` for a measure without a unique name, with a direction other than `'higher'`
 *   or `'lower'`, a weight that is not a finite number > 0, values that are not an array, or an invalid option.
 * @example
 * ```ts
 * const r = loyaltyIndex([
 *   { name: 'repeatPurchases', direction: 'higher', values: [{ customerId: 'a', value: 5 }, { customerId: 'b', value: 1 }] },
 *   { name: 'priceSensitivity', direction: 'lower', values: [{ customerId: 'a', value: 0.1 }, { customerId: 'b', value: 0.6 }] },
 * ]);
 * r.customers[0]; // { customerId: 'a', index: 0.75, scores: { repeatPurchases: 0.75, priceSensitivity: 0.75 },
 * //   contributions: { repeatPurchases: 0.375, priceSensitivity: 0.375 }, missing: [], coverage: 1 }
 * ```
 * @see Dick, A. S. & Basu, K. (1994). Customer loyalty: Toward an integrated conceptual framework. Journal
 * of the Academy of Marketing Science, 22(2), 99–113. doi:10.1177/0092070394222001
 * @see OECD & JRC (2008). Handbook on Constructing Composite Indicators. OECD Publishing.
 * doi:10.1787/9789264043466-en
 */
export function loyaltyIndex(measures: readonly LoyaltyMeasure[], options?: LoyaltyIndexOptions): LoyaltyIndexResult {
  const fn = 'loyaltyIndex';
  const { scale, minCoverage, weights } = checkIndexInput(fn, measures, options);
  const collected = collectMeasureScores(fn, measures, scale);
  return combineMeasureScores(fn, measures, weights, scale, minCoverage, collected);
}
