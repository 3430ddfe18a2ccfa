import type { TransactionIndex } from '../types';

/**
 * The distinct purchase days of customer `c` of an index up to `lastDay` inclusive, ascending (returns are
 * not purchases; same-day purchases merge into one). With `spend`, the spend of each day in minor units is
 * pushed to it, aligned with the days. The array form shared by loyalty and segmentation; the
 * buffer-filling `writePurchaseDays` of the loyalty area serves the hot scans over incidents. @internal
 */
export function purchaseDays(index: TransactionIndex, c: number, lastDay: number, spend?: number[]): number[] {
  const days: number[] = [];
  const end = index.start[c + 1] as number;
  for (let j = index.start[c] as number; j < end; j++) {
    const d = index.epochDay[j] as number;
    if (d > lastDay) break;
    if (index.returned[j] === 1) continue;
    if (days.length === 0 || days[days.length - 1] !== d) {
      days.push(d);
      spend?.push(index.amountMinor[j] as number);
    } else if (spend !== undefined) {
      spend[spend.length - 1] = (spend[spend.length - 1] as number) + (index.amountMinor[j] as number);
    }
  }
  return days;
}
