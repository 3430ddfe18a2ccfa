import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { MbgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/NBD probability that a customer is still active at the end of calibration.
 *
 * @remarks
 * `P(alive | x, t_x, T) = 1 / (1 + a/(b+x) · ((α+T)/(α+t_x))^(r+x))`, evaluated as `expit(−D)` with `D` in
 * logs, so it is 0 (or denormal) rather than NaN for extreme histories (Batislam, Denizel & Filiztekin 2007).
 * Unlike BG/NBD (where the factor is `[x>0] · a/(b+x−1)` and one-time buyers are alive for sure), an MBG/NBD
 * customer may drop out right at the first purchase, so `P(alive) < 1` also at `frequency = 0`: the model
 * to use when one-time buyers should not all count as active. O(1) per customer.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @returns `P(alive)` in [0, 1] (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter or a customer field is invalid.
 * @example
 * ```ts
 * mbgNbd.probabilityAlive({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, { frequency: 2, recency: 30.43, T: 38.86 });
 * // ≈ 0.7062
 * ```
 * @see Batislam, Denizel & Filiztekin (2007). Empirical validation and comparison of models for customer base
 * analysis. International Journal of Research in Marketing 24(3), 201–209. doi:10.1016/j.ijresmar.2006.12.005
 */
export function probabilityAlive(params: MbgNbdParams, customers: RfmCustomer): number;
export function probabilityAlive(params: MbgNbdParams, customers: readonly RfmCustomer[]): number[];
export function probabilityAlive(params: MbgNbdParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'mbgNbd.probabilityAlive';
  validatePositiveParams(fn, params, NAMES);
  return mapCustomers(fn, customers, (x, tx, T) => customerProbabilityAlive(params, x, tx, T));
}
