import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogLikelihood } from './customerLogLikelihood';
import type { BgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * BG/NBD log-likelihood of each customer's `(frequency, recency, T)`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + lnB(a, b+x) − lnB(a, b) + ln((α+T)^−(r+x) + [x>0] a/(b+x−1) (α+t_x)^−(r+x))`
 * (Fader, Hardie & Lee 2005, eq. 6), evaluated in log space: finite for `x` in the millions. O(1) per
 * customer. The customer's `weight` is ignored.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0 (`alpha` per time unit).
 * @param customers - One customer or an array (`frequency` integer ≥ 0, `0 ≤ recency ≤ T`).
 * @returns The log-likelihood (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter or a customer field is invalid.
 * @example
 * ```ts
 * bgNbd.logLikelihoodOf({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: 2, recency: 30.43, T: 38.86 });
 * // ≈ -9.4586
 * ```
 * @see Fader, Hardie & Lee (2005). Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function logLikelihoodOf(params: BgNbdParams, customers: RfmCustomer): number;
export function logLikelihoodOf(params: BgNbdParams, customers: readonly RfmCustomer[]): number[];
export function logLikelihoodOf(params: BgNbdParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'bgNbd.logLikelihoodOf';
  validatePositiveParams(fn, params, NAMES);
  return mapCustomers(fn, customers, (x, tx, T) => customerLogLikelihood(params, x, tx, T));
}
