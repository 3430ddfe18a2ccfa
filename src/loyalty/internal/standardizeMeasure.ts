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
 * mean rank (found by binary search among the distinct values of a sorted copy: O(n log n) on typed arrays); a z-score is 0 for
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
  // The distinct values (ascending) and the mid-rank percentile of each: a run of equal values at sorted
  // positions p..q shares ranks p+1..q+1. Each value then finds its run by binary search among the
  // distinct values only (few for counts and shares, so the search stays in cache).
  const distinct = new Float64Array(n);
  const percentile = new Float64Array(n);
  let u = 0;
  for (let p = 0; p < n; ) {
    const v = sorted[p] as number;
    let q = p;
    while (q + 1 < n && sorted[q + 1] === v) q++;
    distinct[u] = v;
    percentile[u] = ((p + 1 + q + 1) / 2 - 0.5) / n;
    u++;
    p = q + 1;
  }
  const runs = distinct.subarray(0, u);
  for (let i = 0; i < n; i++) {
    const p = percentile[bound(runs, values[i] as number)] as number;
    scores[i] = direction === 'higher' ? p : 1 - p;
  }
  return { scores, mean, standardDeviation: sd };
}
