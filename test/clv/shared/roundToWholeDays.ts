import type { RfmCustomer } from '../../../src/clv/types';

/**
 * Continuous-time summaries as a system recording whole days would store them: `T` floored (at least 1),
 * `recency` rounded into `[1, T]` for repeat buyers and 0 otherwise. Many ties, so the daily-data paths
 * (level tables, pair integrals) are taken.
 */
export function roundToWholeDays(customers: readonly RfmCustomer[]): RfmCustomer[] {
  return customers.map((c) => {
    const T = Math.max(1, Math.floor(c.T));
    if (c.frequency === 0) return { frequency: 0, recency: 0, T };
    return { frequency: c.frequency, recency: Math.min(T, Math.max(1, Math.round(c.recency))), T };
  });
}
