import type { ChartDatum } from '../types';

/**
 * Equal-width histogram of finite values over `[min, max]`: rows `{ lower, upper, customers }`, the last
 * bin closed on both sides; one bin `[v, v]` when every value is `v`. Values are not reordered. @internal
 */
export function histogramRows(values: ArrayLike<number>, bins: number): { rows: ChartDatum[]; count: number; mean: number | null } {
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    count++;
    if (v < min) min = v;
    if (v > max) max = v;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  if (count === 0) return { rows: [], count: 0, mean: null };
  const mean = (sum + compensation) / count;
  if (min === max) return { rows: [{ lower: min, upper: max, customers: count }], count, mean };
  const width = (max - min) / bins;
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!Number.isFinite(v)) continue;
    const k = Math.min(bins - 1, Math.floor((v - min) / width));
    counts[k]!++;
  }
  const rows = counts.map((customers, k) => ({
    lower: min + k * width,
    upper: k === bins - 1 ? max : min + (k + 1) * width,
    customers,
  }));
  return { rows, count, mean };
}
