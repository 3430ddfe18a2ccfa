import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import type { SpendCustomer } from '../types';
import { checkSpendCustomer } from './checkSpendCustomer';
import { gammaGammaRowLogLikelihood } from './gammaGammaRowLogLikelihood';
import type { GammaGammaParams } from './types';
import { validateGammaGammaParams } from './validateGammaGammaParams';

/**
 * Log-likelihood of one repeat buyer's mean spend (or of each of several) under the Gamma-Gamma model.
 *
 * @remarks
 * The density of the mean `m` of `x` transaction values, with the customer's rate `ν` integrated out
 * (Fader & Hardie 2013, eq. 3):
 * `ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m)`.
 * It is a density in `m` (money units⁻¹): it integrates to 1 over `m > 0`. Rearranged so that no two
 * large terms cancel, it stays exact for spends up to 1e308 and frequencies up to 2^53 − 1. O(1) per customer.
 *
 * @param params - `{ p, q, gamma }`, all finite and > 0
 * @param customer - `{ frequency: x ≥ 1, monetaryValue: m > 0 }` (or an array of them)
 * @returns `ℓ`, one per customer when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite positive number.
 * @throws `INVALID_ARGUMENT` when a frequency is not an integer from 1 to 2^53 − 1 or a monetary value is not > 0.
 * @throws `UNDEFINED_RESULT` when a log-likelihood is below the float64 range (−1.8e308; parameters near 1e300).
 * @example
 * ```ts
 * gammaGamma.logLikelihoodOf({ p: 6.25, q: 3.74, gamma: 15.44 }, { frequency: 2, monetaryValue: 30 });
 * // -3.8470479256227232
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: using iso-value curves for customer
 * base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 * @see Fader, P. S. & Hardie, B. G. S. (2013). The Gamma-Gamma model of monetary value. Technical note,
 * http://brucehardie.com/notes/025/
 */
export function gammaGammaLogLikelihoodOf(params: GammaGammaParams, customer: SpendCustomer): number;
export function gammaGammaLogLikelihoodOf(params: GammaGammaParams, customers: readonly SpendCustomer[]): number[];
export function gammaGammaLogLikelihoodOf(
  params: GammaGammaParams,
  customers: SpendCustomer | readonly SpendCustomer[],
): number | number[] {
  const fn = 'gammaGamma.logLikelihoodOf';
  validateGammaGammaParams(params, fn);
  const { p, q, gamma } = params;
  const one = (c: SpendCustomer, path: string): number => {
    checkSpendCustomer(fn, path, c, 1, true);
    const value = gammaGammaRowLogLikelihood(p, q, gamma, c.frequency, c.monetaryValue);
    if (!Number.isFinite(value)) {
      throw new UndefinedResultError(fn, `the log-likelihood of \`${path}\` is below −1.8e308 with these parameters (not representable in float64): check the unit of monetaryValue and the parameters`, c);
    }
    return value;
  };
  return Array.isArray(customers)
    ? (customers as readonly SpendCustomer[]).map((c, i) => one(c, `customers[${i}]`))
    : one(customers as SpendCustomer, 'customer');
}
