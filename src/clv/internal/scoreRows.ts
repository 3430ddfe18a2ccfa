import type { ScoreRow } from '../scoreCustomers';
import type { HoldoutColumns } from './holdoutColumns';

/** The score columns of every customer, in the order of its ids. @internal */
export interface ScoredColumns {
  readonly alive: Float64Array;
  readonly expected: Float64Array;
  readonly spend: Float64Array | null;
  readonly discounted: Float64Array | null;
  readonly value: Float64Array | null;
}

/** The columns of a score as row objects (`null` for what was not computed, and for `NaN`, an absent holdout). @internal */
export function scoreRows(ids: readonly string[], c: ScoredColumns, holdout: HoldoutColumns): ScoreRow[] {
  const rows = new Array<ScoreRow>(ids.length);
  const orNull = (column: Float64Array | null, i: number): number | null => {
    if (column === null) return null;
    const v = column[i] as number;
    return v === v ? v : null;
  };
  for (let i = 0; i < ids.length; i++) {
    rows[i] = {
      customerId: ids[i] as string,
      probabilityAlive: c.alive[i] as number,
      expectedPurchases: c.expected[i] as number,
      expectedSpend: orNull(c.spend, i),
      discountedPurchases: orNull(c.discounted, i),
      value: orNull(c.value, i),
      frequencyHoldout: orNull(holdout.frequency, i),
      monetaryValueHoldout: orNull(holdout.monetary, i),
    };
  }
  return rows;
}
