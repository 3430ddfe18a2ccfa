import { UndefinedResultError } from '../../core/errors/UndefinedResultError';
import type { SpendCustomer } from '../types';
import { checkSpendCustomer } from './checkSpendCustomer';
import type { GammaGammaParams } from './types';
import { validateGammaGammaParams } from './validateGammaGammaParams';

/**
 * Expected value of a customer's future transactions given `x` repeat purchases of mean value `m`,
 * `E[M | x, m]`, under the Gamma-Gamma model (the population mean for `x = 0`).
 *
 * @remarks
 * Fader, Hardie & Lee (2005b), eq. 5; Fader & Hardie (2013), eq. 5:
 * `E[M | x, m] = p(γ + x m)/(px + q − 1) = w · pγ/(q−1) + (1 − w) · m`, `w = (q−1)/(px+q−1)`: a weighted
 * average of the population mean `pγ/(q−1)` and the customer's own mean, the weight on `m` growing with
 * `x`. For `x = 0` (`m` is then ignored) it is the population mean. The population mean exists only
 * for `q > 1`, and fits with `q ≤ 1` give exploding or negative values (lifetimes #146, #370), so
 * `q ≤ 1` is an error here rather than a silent number. Where `p(γ + x m)` overflows (spends near 1e308) the
 * weighted form is used, which lies between the two means. In money units per transaction. O(1) per customer.
 *
 * @param params - `{ p, q, gamma }`, all finite and > 0, with `q > 1`
 * @param customer - `{ frequency: x ≥ 0, monetaryValue: m ≥ 0 }` (or an array of them)
 * @returns The expected spend per transaction (> 0 when `m > 0` or `x = 0`), one per customer for an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite positive number.
 * @throws `INVALID_ARGUMENT` when a frequency is not an integer from 0 to 2^53 − 1 or a monetary value is not finite ≥ 0.
 * @throws `UNDEFINED_RESULT` when `q ≤ 1` (the mean spend does not exist), or an expected spend passes
 *   1.8e308 (parameters near 1e300).
 * @example
 * ```ts
 * const params = { p: 6.25, q: 3.74, gamma: 15.44 };
 * gammaGamma.conditionalExpectedSpend(params, { frequency: 0, monetaryValue: 0 }); // 35.21897810218978
 * gammaGamma.conditionalExpectedSpend(params, { frequency: 2, monetaryValue: 30 }); // 30.93832020997375
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: using iso-value curves for customer
 * base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 * @see Fader, P. S. & Hardie, B. G. S. (2013). The Gamma-Gamma model of monetary value. Technical note,
 * http://brucehardie.com/notes/025/
 */
export function gammaGammaConditionalExpectedSpend(params: GammaGammaParams, customer: SpendCustomer): number;
export function gammaGammaConditionalExpectedSpend(params: GammaGammaParams, customers: readonly SpendCustomer[]): number[];
export function gammaGammaConditionalExpectedSpend(
  params: GammaGammaParams,
  customers: SpendCustomer | readonly SpendCustomer[],
): number | number[] {
  const fn = 'gammaGamma.conditionalExpectedSpend';
  validateGammaGammaParams(params, fn);
  const { p, q, gamma } = params;
  if (!(q > 1)) {
    throw new UndefinedResultError(fn, `the population mean spend needs q > 1 (with q ≤ 1 it is infinite; check the data for extreme spend or refit with a penalty), got q = ${q}`, q);
  }
  const one = (c: SpendCustomer, path: string): number => {
    checkSpendCustomer(fn, path, c, 0, false);
    const x = c.frequency;
    const m = c.monetaryValue;
    let spend = x === 0 ? (p * gamma) / (q - 1) : (p * (gamma + x * m)) / (p * x + q - 1);
    if (x > 0 && !Number.isFinite(spend)) {
      // p(γ + x m) or px overflowed (m or p near 1e300): divided through by p, γ/k + (x/k) m with
      // k = x + (q−1)/p, whose two terms are at most γ/x and m.
      const k = x + (q - 1) / p;
      spend = gamma / k + (x / k) * m;
    }
    if (!Number.isFinite(spend)) {
      throw new UndefinedResultError(fn, `the expected spend of \`${path}\` passes 1.8e308 (p = ${p}, gamma = ${gamma}, q = ${q}; not representable in float64): check the unit of the spends`, c);
    }
    return spend;
  };
  return Array.isArray(customers)
    ? (customers as readonly SpendCustomer[]).map((c, i) => one(c, `customers[${i}]`))
    : one(customers as SpendCustomer, 'customer');
}
