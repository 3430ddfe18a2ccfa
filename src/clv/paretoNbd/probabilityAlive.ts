import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import { PARETO_TABLE_MIN_CUSTOMERS, probabilityAliveColumns } from './probabilityAliveColumns';
import type { ParetoNbdParams } from './types';

const NAMES = ['r', 'alpha', 's', 'beta'];

/**
 * Pareto/NBD probability that a customer is still active at the end of calibration.
 *
 * @remarks
 * `P(alive) = Γ(r+x) α^r β^s (α+T)^−(r+x) (β+T)^−s / (Γ(r) L)` (Schmittlein et al. 1987; Fader & Hardie
 * 2005 note), evaluated as `expit(survive − die)` from the two log terms of the likelihood, so it lies in
 * [0, 1] and is exactly 1 when `recency = T`. O(8–64) per customer; an array of 1,024 customers or more
 * takes the integral from one interpolant per frequency (`probabilityAliveColumns`), and the customers of
 * frequency 0 their P(alive) from one interpolant in `ln(min(α, β) + T)` (checked to 1e-13 relative when
 * built), O(1) per customer.
 *
 * @param params - `{ r, alpha, s, beta }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @returns `P(alive)` in [0, 1] (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter or a customer field is invalid.
 * @example
 * ```ts
 * paretoNbd.probabilityAlive({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, { frequency: 2, recency: 30.43, T: 38.86 });
 * // ≈ 0.8684
 * ```
 * @see Schmittlein, Morrison & Colombo (1987). Management Science 33(1), 1–24. doi:10.1287/mnsc.33.1.1
 */
export function probabilityAlive(params: ParetoNbdParams, customers: RfmCustomer): number;
export function probabilityAlive(params: ParetoNbdParams, customers: readonly RfmCustomer[]): number[];
export function probabilityAlive(params: ParetoNbdParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'paretoNbd.probabilityAlive';
  validatePositiveParams(fn, params, NAMES);
  if (Array.isArray(customers) && customers.length >= PARETO_TABLE_MIN_CUSTOMERS) {
    return probabilityAliveColumns(fn, params, customers as readonly RfmCustomer[]);
  }
  return mapCustomers(fn, customers, (x, tx, T) => customerProbabilityAlive(params, x, tx, T), true);
}
