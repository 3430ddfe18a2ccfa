import type { ClassSummary } from '../../valueTypes';
import { scratchInt32 } from './scratchArrays';

export type { ClassSummary };

/** Neumaier-compensated sum of `values`. @internal */
export function compensatedSum(values: Float64Array): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}

/**
 * Per class (in `names` order, empty classes included): count, compensated value total, shares of
 * customers and of `total` (null when `total ≤ 0`), smallest and largest value (null when empty). @internal
 */
export function summarizeClasses(values: Float64Array, classOf: Uint8Array, names: readonly string[], total: number): ClassSummary[] {
  const m = names.length;
  const count = new Float64Array(m);
  const sum = new Float64Array(m);
  const comp = new Float64Array(m);
  const min = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const max = new Float64Array(m).fill(Number.NEGATIVE_INFINITY);
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const j = classOf[i] as number;
    const v = values[i] as number;
    count[j] = (count[j] as number) + 1;
    const s = sum[j] as number;
    const t = s + v;
    comp[j] = (comp[j] as number) + (Math.abs(s) >= Math.abs(v) ? s - t + v : v - t + s);
    sum[j] = t;
    if (v < (min[j] as number)) min[j] = v;
    if (v > (max[j] as number)) max[j] = v;
  }
  return names.map((name, j) => {
    const k = count[j] as number;
    const value = k === 0 ? 0 : (sum[j] as number) + (comp[j] as number);
    return {
      name,
      count: k,
      customerShare: k / n,
      value,
      valueShare: total > 0 ? value / total : null,
      minValue: k === 0 ? null : (min[j] as number),
      maxValue: k === 0 ? null : (max[j] as number),
    };
  });
}

/** The positive part of the total of `values` (compensated). @internal */
export function positiveTotal(values: Float64Array): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!(v > 0)) continue;
    const t = sum + v;
    c += sum >= v ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}

/**
 * Where each class ends in the ranking: `ends[j]` is the first rank position after class j, for classes
 * that are non-decreasing down the ranking (as cut-offs and a last tier for negative values make them),
 * so that a customer's class follows from its rank alone. @internal
 */
export function classEnds(byRank: Uint8Array, classes: number): Int32Array {
  const n = byRank.length;
  const ends = new Int32Array(classes).fill(n);
  let j = 0;
  for (let r = 0; r < n; r++) {
    const b = byRank[r] as number;
    while (j < b) ends[j++] = r;
  }
  return ends;
}

/** The inverse of a ranking: `rankOf[byValue[r]] = r`. @internal */
export function rankPositions(byValue: Int32Array): Int32Array {
  const rankOf = scratchInt32(byValue.length);
  for (let r = 0; r < byValue.length; r++) rankOf[byValue[r] as number] = r;
  return rankOf;
}
