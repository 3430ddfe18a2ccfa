import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogLikelihood } from './customerLogLikelihood';
import type { MbgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/NBD log-likelihood of each customer's `(frequency, recency, T)`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + lnB(a, b+x+1) − lnB(a, b) + ln((α+T)^−(r+x) + a/(b+x) (α+t_x)^−(r+x))`
 * (Batislam et al. 2007; Wagner & Hoppe 2008), evaluated in log space: finite for `x` in the millions. O(1) per
 * customer. The customer's `weight` is ignored.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0 (`alpha` per time unit).
 * @param customers - One customer or an array (`frequency` integer ≥ 0, `0 ≤ recency ≤ T`).
 * @returns The log-likelihood (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter or a customer field is invalid.
 * @example
 * ```ts
 * mbgNbd.logLikelihoodOf({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, { frequency: 2, recency: 30.43, T: 38.86 });
 * // ≈ -9.4856
 * ```
 * @see Batislam, Denizel & Filiztekin (2007). Empirical validation and comparison of models for customer base
 * analysis. International Journal of Research in Marketing 24(3), 201–209. doi:10.1016/j.ijresmar.2006.12.005
 */
export function logLikelihoodOf(params: MbgNbdParams, customers: RfmCustomer): number;
export function logLikelihoodOf(params: MbgNbdParams, customers: readonly RfmCustomer[]): number[];
export function logLikelihoodOf(params: MbgNbdParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'mbgNbd.logLikelihoodOf';
  validatePositiveParams(fn, params, NAMES);
  return mapCustomers(fn, customers, (x, tx, T) => customerLogLikelihood(params, x, tx, T));
}
