import { isOptionsArgument } from '../validate/isOptionsArgument';
/** Options of {@link weightedVariance}. */
export interface WeightedVarianceOptions {
  /**
   * What the weights mean, which sets the divisor of `S = Σ wᵢ(xᵢ − x̄_w)²` (with `V₁ = Σwᵢ`,
   * `V₂ = Σwᵢ²`):
   * - `'frequency'` (default): weights are counts of identical observations; `S / (V₁ − 1)`, the ordinary
   *   sample variance of the expanded data (R's `Hmisc::wtd.var` default).
   * - `'reliability'`: weights are relative precisions (only their ratios matter); `S / (V₁ − V₂/V₁)`,
   *   unbiased for normalised weights.
   * - `'population'`: `S / V₁`, the variance of the weighted values themselves.
   */
  readonly kind?: 'frequency' | 'reliability' | 'population';
}

/**
 * The weighted variance, with frequency (default), reliability or population weights.
 *
 * @remarks
 * `S = Σ wᵢ(xᵢ − x̄_w)²` by West's (1979) one-pass weighted update of Welford's algorithm:
 * `W_k = W_{k−1} + w_k`, `m_k = m_{k−1} + (w_k/W_k)(x_k − m_{k−1})`, `S_k = S_{k−1} + w_k(x_k − m_{k−1})(x_k − m_k)`.
 * The divisor depends on `kind` (see {@link WeightedVarianceOptions}): frequency weights divide by
 * `V₁ − 1`, reliability weights by `V₁ − V₂/V₁`, population by `V₁`. With all weights 1, `'frequency'` and
 * `'reliability'` both equal `variance(values)`. The default is `'frequency'`, because in customer data a
 * weight is usually a count (customers in a cell, repeat purchases). O(n), no allocation; the inputs are
 * not modified. Units: the square of the values' units.
 *
 * Never throws: an empty input, arrays of different lengths, a negative or non-finite weight, or a divisor
 * that is not positive (e.g. total frequency ≤ 1, a single positive weight under `'reliability'`) gives
 * `NaN`.
 *
 * @param values - the observations
 * @param weights - non-negative weights, same length as `values`, not all zero
 * @param options - `kind`: `'frequency'` (default), `'reliability'` or `'population'`
 * @returns the weighted variance
 * @example
 * ```ts
 * weightedVariance([1, 2, 3], [2, 1, 1]); // 0.9166666666666666  (= variance([1, 1, 2, 3]))
 * weightedVariance([1, 2, 3], [2, 1, 1], { kind: 'reliability' }); // 1.1
 * weightedVariance([1, 2, 3], [2, 1, 1], { kind: 'population' }); // 0.6875
 * ```
 * @see West, D. H. D. (1979). Updating mean and variance estimates: an improved method. Communications of
 * the ACM 22(9), 532–535. https://doi.org/10.1145/359146.359153
 * @see Galassi, M. et al. GNU Scientific Library Reference Manual, §21.7 Weighted Samples (the reliability
 * divisor). https://www.gnu.org/software/gsl/doc/html/statistics.html#weighted-samples
 */
export function weightedVariance(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  options: WeightedVarianceOptions = {},
): number {
  if (values === null || typeof values !== 'object' || weights === null || typeof weights !== 'object') return Number.NaN;
  if (!isOptionsArgument(options)) return Number.NaN;
  const n = values.length;
  if (n === 0 || weights.length !== n) return Number.NaN;
  let total = 0;
  let totalSquares = 0;
  let m = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!(w >= 0) || !Number.isFinite(w)) return Number.NaN;
    if (w === 0) continue;
    const x = values[i] as number;
    if (typeof x !== 'number') return Number.NaN; // a BigInt, string or hole
    total += w;
    totalSquares += w * w;
    const delta = x - m;
    m += (w / total) * delta;
    s += w * delta * (x - m);
  }
  const kind = options.kind ?? 'frequency';
  const divisor = kind === 'population' ? total : kind === 'frequency' ? total - 1 : total - totalSquares / total;
  if (!(divisor > 0)) return Number.NaN;
  return s / divisor;
}
