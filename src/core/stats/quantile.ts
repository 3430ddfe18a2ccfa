import { isOptionsArgument } from '../validate/isOptionsArgument';

/** The nine sample-quantile definitions of Hyndman & Fan (1996), numbered as in R's `quantile(type = )`. */
export type QuantileType = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Options of {@link quantile}. */
export interface QuantileOptions {
  /** Hyndman & Fan definition, 1–9 (default 7, the default of R, NumPy, Excel's `PERCENTILE.INC`). */
  readonly type?: QuantileType;
}

const FUZZ = 4 * Number.EPSILON;

/**
 * The sample quantile at probability `p` by any of Hyndman & Fan's nine definitions (type 7 by default).
 *
 * @remarks
 * With the order statistics `x₍₁₎ ≤ … ≤ x₍ₙ₎` (and `x₍₀₎ = x₍₁₎`, `x₍ₙ₊₁₎ = x₍ₙ₎`), every type is
 * `Q(p) = (1 − γ) x₍ⱼ₎ + γ x₍ⱼ₊₁₎` with `j = ⌊np + m⌋` and `g = np + m − j` (Hyndman & Fan 1996, §2):
 * - discontinuous types: 1 (inverse of the empirical CDF): `m = 0`, `γ = 1` if `g > 0`, else 0;
 *   2 (averaging at discontinuities): `m = 0`, `γ = 1` if `g > 0`, else ½;
 *   3 (nearest even order statistic, SAS default): `m = −½`, `γ = 0` if `g = 0` and `j` is even, else 1;
 * - continuous types, `γ = g`: 4 `m = 0`; 5 `m = ½`; 6 `m = p` (Weibull, Minitab and SPSS);
 *   7 `m = 1 − p` (R and NumPy default); 8 `m = (p + 1)/3` (median-unbiased, recommended by Hyndman &
 *   Fan); 9 `m = p/4 + 3/8` (approximately unbiased for normal data).
 * As in R, `g` within `4ε` of an integer counts as that integer, so `p = 0.1` with `n = 10` hits the
 * order statistic exactly despite binary rounding. NumPy's `method=` names map to the types in order:
 * `inverted_cdf`, `averaged_inverted_cdf`, `closest_observation`, `interpolated_inverted_cdf`, `hazen`,
 * `weibull`, `linear`, `median_unbiased`, `normal_unbiased`. O(n log n) for the sort of a copy; the input is
 * not modified.
 *
 * Never throws: an empty input, a `NaN` value, `p` outside [0, 1], or a `type` that is not 1–9 gives `NaN`.
 *
 * @param values - the sample
 * @param p - probability in [0, 1]
 * @param options - `type`: 1–9 (default 7)
 * @returns the quantile, in the units of the values
 * @example
 * ```ts
 * quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25); // 3.25
 * quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25, { type: 6 }); // 2.75
 * quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25, { type: 1 }); // 3
 * ```
 * @see Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American
 * Statistician 50(4), 361–365. https://doi.org/10.1080/00031305.1996.10473566
 */
export function quantile(values: ArrayLike<number>, p: number, options: QuantileOptions = {}): number {
  if (values === null || typeof values !== 'object' || !isOptionsArgument(options)) return Number.NaN;
  const type = options.type ?? 7;
  const n = values.length;
  if (n === 0 || !(p >= 0 && p <= 1) || !Number.isInteger(type) || type < 1 || type > 9) return Number.NaN;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v: unknown = values[i];
    if (typeof v !== 'number' || Number.isNaN(v)) return Number.NaN; // also a BigInt or a hole
    sorted[i] = v;
  }
  sorted.sort();
  return quantileOfSorted(sorted, p, type);
}

/**
 * Hyndman–Fan quantile of an ascending, NaN-free, non-empty array; `p` in [0, 1], `type` 1–9.
 * @internal
 */
export function quantileOfSorted(sorted: ArrayLike<number>, p: number, type: number): number {
  const n = sorted.length;
  const at = (k: number): number => sorted[Math.min(Math.max(k, 1), n) - 1] as number;
  let j: number;
  let gamma: number;
  if (type <= 3) {
    const position = type === 3 ? n * p - 0.5 : n * p;
    j = Math.floor(position + FUZZ);
    const exact = Math.abs(position - j) <= FUZZ;
    if (type === 1) gamma = exact ? 0 : 1;
    else if (type === 2) gamma = exact ? 0.5 : 1;
    else gamma = exact && j % 2 === 0 ? 0 : 1;
  } else {
    const m =
      type === 4 ? 0 : type === 5 ? 0.5 : type === 6 ? p : type === 7 ? 1 - p : type === 8 ? (p + 1) / 3 : p / 4 + 3 / 8;
    const position = n * p + m;
    j = Math.floor(position + FUZZ);
    gamma = position - j;
    if (Math.abs(gamma) <= FUZZ) gamma = 0;
  }
  const lower = at(j);
  if (gamma === 0) return lower;
  const upper = at(j + 1);
  if (gamma === 1 || lower === upper) return upper;
  return (1 - gamma) * lower + gamma * upper;
}
