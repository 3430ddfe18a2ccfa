import type { Crossing, CutoffBasis } from '../../valueTypes';
import { scratchUint8 } from './scratchArrays';

/** Shares within this distance of a cut-off count as equal to it (binary rounding of 0.8, 0.05·N, ...). @internal */
export const SHARE_TOLERANCE = 1e-12;

/**
 * Class index (0 = top) of each rank position for ascending cumulative cut-offs `c_0 < c_1 < ...` (the last
 * class takes the rest). With `S_k` the cumulative share after the k-th ranked customer (of customers,
 * `k/N`, or of positive value, `Σ_{j≤k} max(v_j, 0) / Σ max(v, 0)`), customer k goes to the first class j
 * with `S_k ≤ c_j` (`'lower'`) or with `S_{k−1} < c_j` (`'upper'`). `sortedValues` are the values in rank
 * order; `positiveTotal` their positive sum (value basis only, > 0). @internal
 */
export function classifyByCutoffs(
  sortedValues: Float64Array,
  cutoffs: readonly number[],
  basis: CutoffBasis,
  crossing: Crossing,
  positiveTotal: number,
): Uint8Array {
  const n = sortedValues.length;
  const out = scratchUint8(n);
  const m = cutoffs.length;
  let j = 0;
  let sum = 0;
  let compensation = 0;
  let before = 0;
  for (let k = 0; k < n; k++) {
    let after: number;
    if (basis === 'rank') after = (k + 1) / n;
    else {
      const v = sortedValues[k] as number;
      if (v > 0) {
        const t = sum + v;
        compensation += Math.abs(sum) >= v ? sum - t + v : v - t + sum;
        sum = t;
      }
      after = Math.min(1, (sum + compensation) / positiveTotal);
    }
    const probe = crossing === 'lower' ? after : before;
    if (crossing === 'lower') while (j < m && probe > (cutoffs[j] as number) + SHARE_TOLERANCE) j++;
    else while (j < m && probe >= (cutoffs[j] as number) - SHARE_TOLERANCE) j++;
    out[k] = j;
    before = after;
  }
  return out;
}
