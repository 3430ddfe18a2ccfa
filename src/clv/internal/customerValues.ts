import { UndefinedResultError } from '../../core/errors/UndefinedResultError';

/** Discounted purchases and value of each scored customer. @internal */
export interface CustomerValues {
  readonly discounted: Float64Array;
  readonly value: Float64Array;
}

/**
 * Each customer's discounted purchases (those of its history) and value `margin × spend × discounted`,
 * in the order of `ids`: the step `scoreCustomers` takes after `customerLifetimeValue` (called with spend 1
 * and margin 1, so that its result is exactly the discounted purchases). `groupOf[i]` is customer `i`'s
 * history in `discountedByHistory` (`undefined`: customer `i` is history `i`). O(n).
 * @throws UndefinedResultError (naming `scoreCustomers`) at the first value that is not finite.
 * @internal
 */
export function customerValues(
  ids: readonly string[],
  discountedByHistory: ArrayLike<number>,
  groupOf: Int32Array | undefined,
  spend: Float64Array,
  margin: number,
): CustomerValues {
  const n = ids.length;
  const discounted = new Float64Array(n);
  const value = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const d = discountedByHistory[groupOf === undefined ? i : (groupOf[i] as number)] as number;
    discounted[i] = d;
    const x = margin * (spend[i] as number) * d;
    if (!Number.isFinite(x)) throw new UndefinedResultError('scoreCustomers', `the value of customer ${JSON.stringify(ids[i])} is not finite`, x);
    value[i] = x;
  }
  return { discounted, value };
}
