/** Holdout purchases and mean holdout value per scored customer, `null` when no customer has them. @internal */
export interface HoldoutColumns {
  /** Holdout purchases (`NaN` where a customer has none). */
  readonly frequency: Float64Array | null;
  /** Mean value of the holdout purchases (`NaN` where a customer has none). */
  readonly monetary: Float64Array | null;
}

/**
 * The holdout columns of a score: entry `i` is customer `i`'s `frequencyHoldout` and
 * `monetaryValueHoldout` when it is a finite number, `NaN` otherwise; a column is `null` when no customer
 * has a finite value in it. The fields are read through `frequencyAt(i)` and `monetaryAt(i)`, so that row
 * objects (`scoreCustomers`) and columns (`scoreCustomersInParallel`) give the same result. O(n). @internal
 */
export function holdoutColumns(n: number, frequencyAt: (i: number) => unknown, monetaryAt: (i: number) => unknown): HoldoutColumns {
  let frequency: Float64Array | null = null;
  let monetary: Float64Array | null = null;
  for (let i = 0; i < n; i++) {
    const f = frequencyAt(i);
    if (typeof f === 'number' && Number.isFinite(f)) {
      if (frequency === null) frequency = new Float64Array(n).fill(Number.NaN);
      frequency[i] = f;
    }
    const m = monetaryAt(i);
    if (typeof m === 'number' && Number.isFinite(m)) {
      if (monetary === null) monetary = new Float64Array(n).fill(Number.NaN);
      monetary[i] = m;
    }
  }
  return { frequency, monetary };
}
