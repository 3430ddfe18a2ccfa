import type { DiscreteCustomer } from '../types';
import { bgBbRowLogLikelihood } from './bgBbRowLogLikelihood';
import { checkDiscreteCustomer } from './checkDiscreteCustomer';
import type { BgBbParams } from './types';
import { validateBgBbParams } from './validateBgBbParams';

/**
 * Log-likelihood of one BG/BB purchase history (or of each of several), `ln L(α, β, γ, δ | x, t_x, n)`.
 *
 * @remarks
 * Fader, Hardie & Shang (2010), eq. 5:
 * `L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) ·
 * B(γ+1, δ+t_x+i)/B(γ,δ)`: alive through all `n` opportunities, or dead right after opportunity
 * `t_x + i`. Every beta function in log space, the sum by term ratios and `logAddExp`, so the value stays
 * finite for `n` in the tens of thousands and parameters from 1e−4 to 1e4. O(n − t_x) per customer. The
 * weight of a customer is ignored here.
 *
 * @param params - `{ alpha, beta, gamma, delta }`, all finite and > 0
 * @param customer - `{ frequency: x, recency: t_x, n }` in purchase opportunities, `n` at most 1,000,000 (or an array of them)
 * @returns `ln L` (≤ 0), one per customer when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when a customer is not a valid history (integers, `x ≤ t_x ≤ n`, `t_x = 0 ⇔ x = 0`).
 * @example
 * ```ts
 * const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
 * bgBb.logLikelihoodOf(params, { frequency: 3, recency: 4, n: 6 }); // -5.060868175070574
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 */
export function bgBbLogLikelihoodOf(params: BgBbParams, customer: DiscreteCustomer): number;
export function bgBbLogLikelihoodOf(params: BgBbParams, customers: readonly DiscreteCustomer[]): number[];
export function bgBbLogLikelihoodOf(
  params: BgBbParams,
  customers: DiscreteCustomer | readonly DiscreteCustomer[],
): number | number[] {
  const fn = 'bgBb.logLikelihoodOf';
  validateBgBbParams(params, fn);
  const one = (c: DiscreteCustomer, path: string): number => {
    checkDiscreteCustomer(fn, path, c);
    return bgBbRowLogLikelihood(params, c.frequency, c.recency, c.n);
  };
  return Array.isArray(customers)
    ? (customers as readonly DiscreteCustomer[]).map((c, i) => one(c, `customers[${i}]`))
    : one(customers as DiscreteCustomer, 'customer');
}
