import type { TransactionIndex } from '../../time/types';

/** The largest number of rows of one customer: the size of the scratch buffers. @internal */
export function maxRowsPerCustomer(index: TransactionIndex): number {
  let most = 0;
  const { start } = index;
  for (let c = 0; c + 1 < start.length; c++) most = Math.max(most, (start[c + 1] as number) - (start[c] as number));
  return most;
}

/**
 * Writes the distinct purchase days of customer `c` up to `end` (inclusive) into `days` and the purchase
 * spend of each day in minor units into `spend` (returns and refunds are not purchases and are skipped);
 * returns how many days. @internal
 */
export function writePurchaseDays(index: TransactionIndex, c: number, end: number, days: Int32Array, spend: Float64Array): number {
  const { epochDay, amountMinor, returned } = index;
  const stop = index.start[c + 1] as number;
  let n = 0;
  let last = Number.NaN;
  for (let j = index.start[c] as number; j < stop; j++) {
    if (returned[j] === 1) continue;
    const d = epochDay[j] as number;
    if (d > end) break;
    if (d !== last) {
      days[n] = d;
      spend[n] = 0;
      n++;
      last = d;
    }
    spend[n - 1] = (spend[n - 1] as number) + (amountMinor[j] as number);
  }
  return n;
}

/** How many of the first `n` (sorted) `days` are ≤ `day`. @internal */
export function countUpTo(days: Int32Array, n: number, day: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
