import { isArrayLike } from '../validate/isArrayLike';
import { quantileOfSorted } from './quantile';

/**
 * The sample median: the middle value, or the mean of the two middle values.
 *
 * @remarks
 * `x₍₍ₙ₊₁₎/₂₎` for odd `n`, `(x₍ₙ/₂₎ + x₍ₙ/₂₊₁₎) / 2` for even `n`; the same as {@link quantile} at `p = ½`
 * for types 2 and 5–9 (Hyndman & Fan 1996). O(n log n) for the sort of a copy; the input is not modified.
 *
 * Never throws: an empty input or a `NaN` value gives `NaN`.
 *
 * @param values - the sample
 * @returns the median, in the units of the values
 * @example
 * ```ts
 * median([3, 1, 2]); // 2
 * median([4, 1, 3, 2]); // 2.5
 * ```
 * @see Hyndman, R. J. & Fan, Y. (1996). Sample quantiles in statistical packages. The American
 * Statistician 50(4), 361–365. https://doi.org/10.1080/00031305.1996.10473566
 */
export function median(values: ArrayLike<number>): number {
  if (!isArrayLike(values)) return Number.NaN;
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v: unknown = values[i];
    if (typeof v !== 'number' || Number.isNaN(v)) return Number.NaN; // also a BigInt or a hole
    sorted[i] = v;
  }
  sorted.sort();
  return quantileOfSorted(sorted, 0.5, 7);
}
