import { neumaierSum } from '../../core/stats/neumaierSum';
import type { ScoreTotals } from '../scoreCustomers';

/**
 * The totals of a score: customers, and compensated (Neumaier) sums of the expected purchases, the values
 * and the holdout purchases of the customers that have them, in customer order. @internal
 */
export function scoreTotals(expected: Float64Array, value: Float64Array | null, frequencyHoldout: Float64Array | null): ScoreTotals {
  return {
    customers: expected.length,
    expectedPurchases: neumaierSum(expected),
    value: value === null ? null : neumaierSum(value),
    frequencyHoldout: frequencyHoldout === null ? null : neumaierSum(frequencyHoldout.filter((f) => f === f)),
  };
}
