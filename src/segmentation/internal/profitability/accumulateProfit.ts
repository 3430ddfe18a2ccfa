import type { TransactionIndex } from '../../../time/types';
import { applyRateHalfEven, type ExactRate } from './exactRate';
import type { ReadInteraction } from './readInteractions';

/** Running minor-unit totals and counts of one customer. @internal */
export interface ProfitAccumulator {
  revenue: number;
  costOfGoods: number;
  discounts: number;
  costToServe: number;
  transactions: number;
  returns: number;
  interactions: number;
  uncostedTransactions: number;
  uncostedInteractions: number;
}

/** A record whose cost is unknown (counted as 0). @internal */
export interface UncostedEntry {
  readonly source: 'transactions' | 'interactions';
  readonly index: number;
  readonly customerId: string;
  readonly reason: string;
}

/** The resolved settings the accumulation needs. @internal */
export interface AccumulateSettings {
  readonly from: number;
  readonly to: number;
  readonly amountsAfterDiscount: boolean;
  readonly rate: ExactRate | null;
  /** Activity cost of each interaction kind, minor units. */
  readonly activityCosts: ReadonlyMap<string, number>;
  readonly countBenefits: boolean;
}

/** A fresh accumulator. @internal */
export function emptyAccumulator(): ProfitAccumulator {
  return {
    revenue: 0, costOfGoods: 0, discounts: 0, costToServe: 0,
    transactions: 0, returns: 0, interactions: 0, uncostedTransactions: 0, uncostedInteractions: 0,
  };
}

/** The accumulator of `id`, created on first use. @internal */
function accumulatorOf(map: Map<string, ProfitAccumulator>, id: string): ProfitAccumulator {
  let acc = map.get(id);
  if (acc === undefined) {
    acc = emptyAccumulator();
    map.set(id, acc);
  }
  return acc;
}

/**
 * Adds the index rows inside the window to `map`: revenue, cost of goods (column, else rate, else
 * uncosted), discounts; a return reverses all three. Returns the number of rows outside the window. @internal
 */
export function accumulateTransactions(
  index: TransactionIndex,
  s: AccumulateSettings,
  map: Map<string, ProfitAccumulator>,
  uncosted: UncostedEntry[],
): number {
  let outside = 0;
  const { discountMinor, costMinor } = index;
  for (let c = 0; c < index.customerIds.length; c++) {
    const id = index.customerIds[c] as string;
    for (let j = index.start[c] as number; j < (index.start[c + 1] as number); j++) {
      const day = index.epochDay[j] as number;
      if (day < s.from || day > s.to) {
        outside++;
        continue;
      }
      const acc = accumulatorOf(map, id);
      const isReturn = index.returned[j] === 1;
      const sign = isReturn ? -1 : 1;
      const amount = index.amountMinor[j] as number;
      const discount = sign * (discountMinor === null ? 0 : (discountMinor[j] as number));
      const revenue = s.amountsAfterDiscount ? amount + discount : amount;
      acc.revenue += revenue;
      acc.discounts += discount;
      acc.transactions++;
      if (isReturn) acc.returns++;
      const cost = costMinor === null ? Number.NaN : (costMinor[j] as number);
      if (!Number.isNaN(cost)) acc.costOfGoods += sign * cost;
      else if (s.rate !== null) acc.costOfGoods += applyRateHalfEven(revenue, s.rate);
      else {
        acc.uncostedTransactions++;
        uncosted.push({ source: 'transactions', index: index.rowIndex[j] as number, customerId: id, reason: 'no `cost` and no `costOfGoodsRate`: cost of goods counted as 0' });
      }
    }
  }
  return outside;
}

/**
 * Adds the interactions inside the window to `map`: cost to serve from the row's `cost`, else the
 * activity cost of its kind, else uncosted; benefits as discounts when counted. Returns the number of
 * interactions outside the window. @internal
 */
export function accumulateInteractions(
  interactions: readonly ReadInteraction[],
  s: AccumulateSettings,
  map: Map<string, ProfitAccumulator>,
  uncosted: UncostedEntry[],
): number {
  let outside = 0;
  for (const r of interactions) {
    if (r.day < s.from || r.day > s.to) {
      outside++;
      continue;
    }
    const acc = accumulatorOf(map, r.customerId);
    acc.interactions++;
    if (s.countBenefits) acc.discounts += r.benefitMinor;
    const activity = r.kind === null ? undefined : s.activityCosts.get(r.kind);
    if (!Number.isNaN(r.costMinor)) acc.costToServe += r.costMinor;
    else if (activity !== undefined) acc.costToServe += activity;
    else {
      acc.uncostedInteractions++;
      const reason = r.kind === null
        ? 'no `cost` and no `kind`: cost to serve counted as 0'
        : `no \`cost\` and no activity cost for kind ${JSON.stringify(r.kind)}: cost to serve counted as 0`;
      uncosted.push({ source: 'interactions', index: r.index, customerId: r.customerId, reason });
    }
  }
  return outside;
}
