import { neumaierSum } from '../../core/stats/neumaierSum';
import { sortNumberOrder } from './sortNumberOrder';

/** How a measure is put on a common scale: the mid-rank percentile in (0, 1), or the z-score. */
export type MeasureScale = 'percentile' | 'z';

/** Above this many distinct values the percentiles are handed out in radix order instead of by binary search. @internal */
const MANY_DISTINCT = 4096;

/** Whether numbers are stored low word first (the radix sort reads their bits). @internal */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

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
  // A run of equal values at sorted positions p..q shares ranks p+1..q+1: percentile ((p+1 + q+1)/2 − ½)/n.
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
  if (u > MANY_DISTINCT && LITTLE_ENDIAN && values instanceof Float64Array) {
    // Many distinct values: walk the values in sorted order (radix) and hand each run its percentile.
    const order = sortNumberOrder(values);
    for (let p = 0, r = -1, last = Number.NaN; p < n; p++) {
      const i = order[p] as number;
      const v = values[i] as number;
      if (!(v === last)) {
        r++;
        last = v;
      }
      const x = percentile[r] as number;
      scores[i] = direction === 'higher' ? x : 1 - x;
    }
    return { scores, mean, standardDeviation: sd };
  }
  // Few distinct values: each value finds its run by binary search among them (in cache).
  const runs = distinct.subarray(0, u);
  for (let i = 0; i < n; i++) {
    const p = percentile[bound(runs, values[i] as number)] as number;
    scores[i] = direction === 'higher' ? p : 1 - p;
  }
  return { scores, mean, standardDeviation: sd };
}
