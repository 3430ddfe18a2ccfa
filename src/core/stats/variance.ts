import { isOptionsArgument } from '../validate/isOptionsArgument';

/** Options of {@link variance}. */
export interface VarianceOptions {
  /**
   * `'sample'` (default) divides by `n − 1`, the unbiased estimator of a population variance from a sample;
   * `'population'` divides by `n`, the variance of the values themselves.
   */
  readonly kind?: 'sample' | 'population';
}

/**
 * The variance of a list of numbers by Welford's one-pass algorithm (divisor `n − 1` by default).
 *
 * @remarks
 * Welford's update: `m_k = m_{k−1} + (x_k − m_{k−1}) / k`, `S_k = S_{k−1} + (x_k − m_{k−1})(x_k − m_k)`;
 * the variance is `S_n / (n − 1)` (sample) or `S_n / n` (population). Unlike `Σx² − n x̄²` it does not
 * cancel catastrophically when the mean is large relative to the spread (Welford 1962; Chan, Golub &
 * LeVeque 1983). O(n), one pass, no allocation; the input is not modified. Units: the square of the
 * values' units.
 *
 * Never throws: an empty input, or a single value with `kind: 'sample'`, gives `NaN`; `NaN` values
 * propagate.
 *
 * @param values - the observations
 * @param options - `kind`: `'sample'` (default) or `'population'`
 * @returns the variance
 * @example
 * ```ts
 * variance([2, 4, 4, 4, 5, 5, 7, 9]); // 4.571428571428571
 * variance([2, 4, 4, 4, 5, 5, 7, 9], { kind: 'population' }); // 4
 * ```
 * @see Welford, B. P. (1962). Note on a method for calculating corrected sums of squares and products.
 * Technometrics 4(3), 419–420. https://doi.org/10.1080/00401706.1962.10490022
 * @see Chan, T. F., Golub, G. H. & LeVeque, R. J. (1983). Algorithms for computing the sample variance:
 * analysis and recommendations. The American Statistician 37(3), 242–247.
 * https://doi.org/10.1080/00031305.1983.10483115
 */
export function variance(values: ArrayLike<number>, options: VarianceOptions = {}): number {
  if (values === null || typeof values !== 'object' || !isOptionsArgument(options)) return Number.NaN;
  const n = values.length;
  const divisor = options.kind === 'population' ? n : n - 1;
  if (n === 0 || divisor <= 0) return Number.NaN;
  let m = 0;
  let s = 0;
  for (let k = 0; k < n; k++) {
    const x = values[k] as number;
    if (typeof x !== 'number') return Number.NaN; // a BigInt, string or hole
    const delta = x - m;
    m += delta / (k + 1);
    s += delta * (x - m);
  }
  return s / divisor;
}
