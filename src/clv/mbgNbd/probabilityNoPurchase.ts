import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { MbgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/NBD probability that a customer makes no purchase in the next `t` time units, `(T, T+t]`.
 *
 * @remarks
 * A customer who is dead buys nothing; one who is alive stays alive until the next purchase, so
 * `P(no purchase) = 1 − P(alive) · [1 − ((α+T)/(α+T+t))^(r+x)]` (the posterior rate of an active customer
 * is `Gamma(r+x, α+T)`).
 * `t = 0` gives 1. O(1) per customer.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @param t - Window length `t ≥ 0`, in the model's time unit.
 * @returns The probability, in [0, 1] (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter, a customer field or `t` is invalid.
 * @example
 * ```ts
 * mbgNbd.probabilityNoPurchase({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, { frequency: 0, recency: 0, T: 38.86 }, 39);
 * // ≈ 0.8912
 * ```
 * @see Batislam, Denizel & Filiztekin (2007). Empirical validation and comparison of models for customer base
 * analysis. International Journal of Research in Marketing 24(3), 201–209. doi:10.1016/j.ijresmar.2006.12.005
 */
export function probabilityNoPurchase(params: MbgNbdParams, customers: RfmCustomer, t: number): number;
export function probabilityNoPurchase(params: MbgNbdParams, customers: readonly RfmCustomer[], t: number): number[];
export function probabilityNoPurchase(
  params: MbgNbdParams,
  customers: RfmCustomer | readonly RfmCustomer[],
  t: number,
): number | number[] {
  const fn = 'mbgNbd.probabilityNoPurchase';
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  return mapCustomers(fn, customers, (x, tx, T) => {
    const alive = customerProbabilityAlive(params, x, tx, T);
    const buys = -Math.expm1(-(params.r + x) * Math.log1p(t / (params.alpha + T)));
    return Math.min(1, Math.max(0, 1 - alive * buys));
  }, true);
}
