import { civilFromDays } from '../../time/civilFromDays';
import { daysFromCivil } from '../../time/daysFromCivil';
import { formatEpochDay } from '../../time/formatEpochDay';

/** A calendar period: ISO week (Monday to Sunday), calendar month or calendar quarter. */
export type CohortPeriod = 'week' | 'month' | 'quarter';

/** Number of the period containing `day` (consecutive periods have consecutive numbers). @internal */
export function periodOf(day: number, period: CohortPeriod): number {
  // Epoch day 0 (1970-01-01) is a Thursday: Monday 1969-12-29 (day −3) starts week 0.
  if (period === 'week') return Math.floor((day + 3) / 7);
  const packed = civilFromDays(day);
  const year = Math.floor(packed / 10_000);
  const month = Math.floor(packed / 100) % 100;
  return period === 'month' ? year * 12 + month - 1 : year * 4 + Math.floor((month - 1) / 3);
}

/** First day of period number `p`. @internal */
export function periodStartDay(p: number, period: CohortPeriod): number {
  if (period === 'week') return 7 * p - 3;
  const months = period === 'month' ? p : 3 * p;
  return daysFromCivil(Math.floor(months / 12), (months % 12) + 1, 1);
}

/** Label of period number `p`: `'2024-03'`, `'2024-Q1'`, or the Monday `'2024-03-04'` of a week. @internal */
export function periodLabel(p: number, period: CohortPeriod): string {
  if (period === 'week') return formatEpochDay(periodStartDay(p, period));
  if (period === 'month') return `${String(Math.floor(p / 12)).padStart(4, '0')}-${String((p % 12) + 1).padStart(2, '0')}`;
  return `${String(Math.floor(p / 4)).padStart(4, '0')}-Q${(p % 4) + 1}`;
}
