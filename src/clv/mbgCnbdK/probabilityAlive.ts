import { expit } from '../../core/special/expit';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogOdds } from './customerLogOdds';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k probability that a customer is still active at the end of calibration.
 *
 * @remarks
 * `P(alive | x, t_x, T) = S2 / (S1 + S2)` with `S1 = a/(b+x) · ((α+T)/(α+t_x))^(r+kx)` and
 * `S2 = Σ_{j=0}^{k−1} Γ(r+kx+j)/(Γ(r+kx) j!) · ((T−t_x)/(α+T))^j` (Platzer & Reutterer 2016), evaluated as
 * `expit(ln S2 − ln S1)`, so extreme histories give 0 or 1, never NaN. With `k > 1` a long silence after a
 * regular history weighs more: the Erlang-k clock makes a long gap less likely for an active customer.
 * For `k = 1` it is the MBG/NBD `P(alive)`. `litt` is not needed. O(k) per customer.
 *
 * @param k - Regularity, an integer from 1 to 100.
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - One customer `{ frequency, recency, T }` or an array.
 * @returns `P(alive)` in [0, 1] (a number, or an array for an array).
 * @throws InvalidArgumentError when `k`, a parameter or a customer field is invalid.
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgCnbdK(2).probabilityAlive(params, { frequency: 2, recency: 30.43, T: 38.86 });
 * // ≈ 0.7458 (0.7062 with k = 1, the MBG/NBD value)
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 */
export function probabilityAlive(k: number, params: MbgCnbdKParams, customers: RfmCustomer): number;
export function probabilityAlive(k: number, params: MbgCnbdKParams, customers: readonly RfmCustomer[]): number[];
export function probabilityAlive(k: number, params: MbgCnbdKParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'mbgCnbdK.probabilityAlive';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  return mapCustomers(fn, customers, (x, tx, T) => expit(-customerLogOdds(k, params, x, tx, T)), k > 4);
}
