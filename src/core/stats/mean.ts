import { isArrayLike } from '../validate/isArrayLike';
import { neumaierSum } from './neumaierSum';

/**
 * The arithmetic mean, with a compensated sum.
 *
 * @remarks
 * `x̄ = (1/n) Σ x_i`, the sum by {@link neumaierSum} so that long inputs lose no accuracy. O(n), no
 * allocation; the input is not modified.
 *
 * Never throws: an empty input gives `NaN`; `NaN` values propagate.
 *
 * @param values - the observations
 * @returns the mean, in the units of the values
 * @example
 * ```ts
 * mean([2, 4, 4, 4, 5, 5, 7, 9]); // 5
 * mean([]); // NaN
 * ```
 * @see Higham, N. J. (2002). Accuracy and Stability of Numerical Algorithms, 2nd ed., §4.3. SIAM.
 * https://doi.org/10.1137/1.9780898718027
 */
export function mean(values: ArrayLike<number>): number {
  if (!isArrayLike(values)) return Number.NaN;
  const n = values.length;
  if (n === 0) return Number.NaN;
  return neumaierSum(values) / n;
}
