import { isArrayLike } from '../validate/isArrayLike';

/**
 * The weighted arithmetic mean `Σ wᵢxᵢ / Σ wᵢ`.
 *
 * @remarks
 * Computed by the running update `m_k = m_{k−1} + (w_k / W_k)(x_k − m_{k−1})`, `W_k = Σ_{i≤k} w_i` (West
 * 1979), which cannot overflow where `Σ wᵢxᵢ` would. Zero weights are allowed and ignore their value. O(n),
 * no allocation; the inputs are not modified.
 *
 * Never throws: an empty input, arrays of different lengths, a negative or non-finite weight, or a zero
 * total weight give `NaN`.
 *
 * @param values - the observations
 * @param weights - non-negative weights, same length as `values`, not all zero
 * @returns the weighted mean, in the units of the values
 * @example
 * ```ts
 * weightedMean([1, 2, 3], [3, 1, 0]); // 1.25
 * ```
 * @see West, D. H. D. (1979). Updating mean and variance estimates: an improved method. Communications of
 * the ACM 22(9), 532–535. https://doi.org/10.1145/359146.359153
 */
export function weightedMean(values: ArrayLike<number>, weights: ArrayLike<number>): number {
  if (!isArrayLike(values) || !isArrayLike(weights)) return Number.NaN;
  const n = values.length;
  if (n === 0 || weights.length !== n) return Number.NaN;
  let total = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!(w >= 0) || !Number.isFinite(w)) return Number.NaN;
    if (w === 0) continue;
    const x = values[i] as number;
    if (typeof x !== 'number') return Number.NaN; // a BigInt, string or hole
    total += w;
    m += (w / total) * (x - m);
  }
  return total > 0 ? m : Number.NaN;
}
