import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { BgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * BG/NBD probability that a customer is still active at the end of calibration.
 *
 * @remarks
 * `P(alive | x, t_x, T) = 1 / (1 + [x>0] · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))`, evaluated as `expit(−D)`
 * with `D` in logs, so it is 0 (or denormal) rather than NaN for extreme histories (Fader, Hardie & Lee
 * 2005, eq. 11; note on P(alive)). It is 1 for every customer with `frequency = 0`: in the BG/NBD model a
 * customer can only drop out right after a repeat purchase. For one-time buyers use MBG/NBD or
 * `probabilityNoPurchase`. O(1) per customer.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @returns `P(alive)` in [0, 1] (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter or a customer field is invalid.
 * @example
 * ```ts
 * bgNbd.probabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: 2, recency: 30.43, T: 38.86 });
 * // ≈ 0.7266
 * ```
 * @see Fader, Hardie & Lee (2005). Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function probabilityAlive(params: BgNbdParams, customers: RfmCustomer): number;
export function probabilityAlive(params: BgNbdParams, customers: readonly RfmCustomer[]): number[];
export function probabilityAlive(params: BgNbdParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'bgNbd.probabilityAlive';
  validatePositiveParams(fn, params, NAMES);
  return mapCustomers(fn, customers, (x, tx, T) => customerProbabilityAlive(params, x, tx, T));
}
