import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { BgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * BG/NBD probability that a customer makes no purchase in the next `t` time units, `(T, T+t]`.
 *
 * @remarks
 * A customer who is dead buys nothing; one who is alive stays alive until the next purchase, so
 * `P(no purchase) = 1 − P(alive) · [1 − ((α+T)/(α+T+t))^(r+x)]` (the posterior rate of an active customer
 * is `Gamma(r+x, α+T)`). Unlike `P(alive)`, it falls below 1 for one-time buyers who have been silent
 * for a long time, which is what users asking about "P(alive) = 1 for one-time buyers" usually want.
 * `t = 0` gives 1. O(1) per customer.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @param t - Window length `t ≥ 0`, in the model's time unit.
 * @returns The probability, in [0, 1] (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter, a customer field or `t` is invalid.
 * @example
 * ```ts
 * bgNbd.probabilityNoPurchase({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: 0, recency: 0, T: 38.86 }, 39);
 * // ≈ 0.8554
 * ```
 * @see Fader, Hardie & Lee (2005). Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function probabilityNoPurchase(params: BgNbdParams, customers: RfmCustomer, t: number): number;
export function probabilityNoPurchase(params: BgNbdParams, customers: readonly RfmCustomer[], t: number): number[];
export function probabilityNoPurchase(
  params: BgNbdParams,
  customers: RfmCustomer | readonly RfmCustomer[],
  t: number,
): number | number[] {
  const fn = 'bgNbd.probabilityNoPurchase';
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  return mapCustomers(fn, customers, (x, tx, T) => {
    const alive = customerProbabilityAlive(params, x, tx, T);
    const buys = -Math.expm1(-(params.r + x) * Math.log1p(t / (params.alpha + T)));
    return Math.min(1, Math.max(0, 1 - alive * buys));
  }, true);
}
