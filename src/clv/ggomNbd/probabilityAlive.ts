import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { GgomNbdParams } from './types';

const NAMES = ['r', 'alpha', 'b', 's', 'beta'];

/**
 * Gamma-Gompertz/NBD probability that a customer is still active at the end of calibration.
 *
 * @remarks
 * `P(alive) = (α+T)^−(r+x) S(T) / [(α+T)^−(r+x) S(T) + ∫_{t_x}^{T} (α+τ)^−(r+x) f(τ) dτ]`, the share of
 * the likelihood in which the customer is still alive at `T` (Bemmaor & Glady 2012), evaluated as
 * `expit(survive − die)` from the two log terms of `ggomNbd.logLikelihoodOf`, so it lies in [0, 1] and is
 * exactly 1 when `recency = T`. One adaptive quadrature per distinct history.
 *
 * @param params - `{ r, alpha, b, s, beta }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @returns `P(alive)` in [0, 1] (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter or a customer field is invalid.
 * @example
 * ```ts
 * const params = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 };
 * ggomNbd.probabilityAlive(params, { frequency: 2, recency: 30.43, T: 38.86 });
 * // ≈ 0.8727
 * ```
 * @see Bemmaor & Glady (2012). Modeling purchasing behavior with sudden "death": A flexible customer
 * lifetime model. Management Science 58(5), 1012–1021. doi:10.1287/mnsc.1110.1461
 */
export function probabilityAlive(params: GgomNbdParams, customers: RfmCustomer): number;
export function probabilityAlive(params: GgomNbdParams, customers: readonly RfmCustomer[]): number[];
export function probabilityAlive(params: GgomNbdParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'ggomNbd.probabilityAlive';
  validatePositiveParams(fn, params, NAMES);
  return mapCustomers(fn, customers, (x, tx, T) => customerProbabilityAlive(params, x, tx, T), true);
}
