import { neumaierSum } from '../../core/stats/neumaierSum';

/** How a measure is put on a common scale: the mid-rank percentile in (0, 1), or the z-score. */
export type MeasureScale = 'percentile' | 'z';

/** Index of the first element of sorted `a` that is ≥ `x`. @internal */
function bound(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = a[mid] as number;
    if (v < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Standardised, oriented scores of one measure's values (higher = more loyal), with the values' mean and
 * standard deviation (`n − 1`; 0 for one value). Percentiles are `(mid-rank − ½)/n`, ties sharing their
 * mean rank (found by binary search in a sorted copy: O(n log n) on a typed array); a z-score is 0 for
 * every value when the standard deviation is 0. @internal
 */
export function standardizeMeasure(
  values: ArrayLike<number>,
  scale: MeasureScale,
  direction: 'higher' | 'lower',
): { scores: Float64Array; mean: number; standardDeviation: number } {
  const n = values.length;
  // Sums over the sorted values, so that the mean and deviation do not depend on the input order.
  const sorted = Float64Array.from(values).sort();
  const mean = n === 0 ? 0 : neumaierSum(sorted) / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((sorted[i] as number) - mean) ** 2;
  const sd = n < 2 ? 0 : Math.sqrt(ss / (n - 1));
  const sign = direction === 'higher' ? 1 : -1;
  const scores = new Float64Array(n);
  if (scale === 'z') {
    for (let i = 0; i < n; i++) scores[i] = sd > 0 ? (sign * ((values[i] as number) - mean)) / sd : 0;
    return { scores, mean, standardDeviation: sd };
  }
  // last[p]: the last position of the run of equal values that position p belongs to.
  const last = new Int32Array(n);
  for (let p = n - 1; p >= 0; p--) last[p] = p + 1 < n && sorted[p + 1] === sorted[p] ? (last[p + 1] as number) : p;
  for (let i = 0; i < n; i++) {
    const below = bound(sorted, values[i] as number);
    const p = ((below + 1 + (last[below] as number) + 1) / 2 - 0.5) / n; // ranks below+1 .. last+1 share their mean
    scores[i] = direction === 'higher' ? p : 1 - p;
  }
  return { scores, mean, standardDeviation: sd };
}
