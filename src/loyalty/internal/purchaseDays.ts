import type { TransactionIndex } from '../../time/types';

/**
 * The distinct purchase days of customer `c` of an index up to `lastDay` inclusive (returns are not
 * purchases; same-day purchases merge into one), ascending. @internal
 */
export function purchaseDays(index: TransactionIndex, c: number, lastDay: number): number[] {
  const days: number[] = [];
  const end = index.start[c + 1] as number;
  for (let j = index.start[c] as number; j < end; j++) {
    const d = index.epochDay[j] as number;
    if (d > lastDay) break;
    if (index.returned[j] === 1) continue;
    if (days.length === 0 || days[days.length - 1] !== d) days.push(d);
  }
  return days;
}
