import { validatePositiveParams } from '../internal/validatePositiveParams';
import { customerLogLikelihood } from './customerLogLikelihood';
import { mapTimingCustomers } from './mapTimingCustomers';
import type { MbgCnbdKParams, TimingCustomer } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k log-likelihood of each customer's `(frequency, recency, T, litt)` for regularity `k`.
 *
 * @remarks
 * `ℓ = (k−1)·litt − x ln((k−1)!) + lnB(a, b+x+1) − lnB(a, b) + lnΓ(r+kx) − lnΓ(r) + r ln α − (r+kx) ln(α+T)
 * + ln(S1 + S2)` with `S1 = a/(b+x) · ((α+T)/(α+t_x))^(r+kx)` (dropped out at the last purchase) and
 * `S2 = Σ_{j=0}^{k−1} Γ(r+kx+j)/(Γ(r+kx) j!) · ((T−t_x)/(α+T))^j` (still active, next purchase not yet due)
 * (Platzer & Reutterer 2016; for `k = 1` the MBG/NBD likelihood of Batislam, Denizel & Filiztekin 2007),
 * evaluated in log space. O(k) per customer. The customer's `weight` is ignored.
 *
 * @param k - Regularity, an integer from 1 to 100.
 * @param params - `{ r, alpha, a, b }`, all finite and > 0 (`alpha` per time unit).
 * @param customers - One customer or an array (`litt` required when `k > 1`).
 * @returns The log-likelihood (a number, or an array for an array).
 * @throws InvalidArgumentError when `k`, a parameter or a customer field is invalid.
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgCnbdK(2).logLikelihoodOf(params, { frequency: 2, recency: 30.43, T: 38.86, litt: 5.2 });
 * // ≈ -9.1557
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 */
export function logLikelihoodOf(k: number, params: MbgCnbdKParams, customers: TimingCustomer): number;
export function logLikelihoodOf(k: number, params: MbgCnbdKParams, customers: readonly TimingCustomer[]): number[];
export function logLikelihoodOf(k: number, params: MbgCnbdKParams, customers: TimingCustomer | readonly TimingCustomer[]): number | number[] {
  const fn = 'mbgCnbdK.logLikelihoodOf';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  return mapTimingCustomers(fn, k, customers, (x, tx, T, litt) => customerLogLikelihood(k, params, x, tx, T, litt));
}
