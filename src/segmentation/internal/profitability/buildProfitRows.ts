import { UndefinedResultError } from '../../../core/errors/UndefinedResultError';
import { formatMinor } from '../../../money/formatMinor';
import { POW10 } from '../../../money/parseMinorUnits';
import type { ProfitAmounts } from '../../customerProfitability';
import type { ProfitAccumulator } from './accumulateProfit';

type Amounts<T> = ProfitAmounts<T>;

const KEYS = ['revenue', 'costOfGoods', 'discounts', 'costToServe', 'profit'] as const;

/** Minor units, major-unit numbers and exact decimal strings of one set of amounts. @internal */
export function amountViews(
  fn: string,
  acc: Pick<ProfitAccumulator, 'revenue' | 'costOfGoods' | 'discounts' | 'costToServe'>,
  digits: number,
  what: string,
): { major: Amounts<number>; minor: Amounts<number>; exact: Amounts<string> } {
  const minor: Amounts<number> = {
    revenue: acc.revenue,
    costOfGoods: acc.costOfGoods,
    discounts: acc.discounts,
    costToServe: acc.costToServe,
    profit: acc.revenue - acc.costOfGoods - acc.discounts - acc.costToServe,
  };
  const scale = POW10[digits] as number;
  const major = {} as Record<(typeof KEYS)[number], number>;
  const exact = {} as Record<(typeof KEYS)[number], string>;
  for (const key of KEYS) {
    const m = minor[key];
    if (!Number.isSafeInteger(m)) {
      throw new UndefinedResultError(fn, `the ${key} of ${what} passes 2^53 minor units and cannot be held exactly`, m);
    }
    major[key] = m === 0 ? 0 : m / scale;
    exact[key] = formatMinor(m, digits);
  }
  return { major, minor, exact };
}
