import { checkSbgDiscountRate } from '../shiftedBetaGeometric/checkSbgDiscountRate';
import { bdwDiscountedSum } from './internal/bdwDiscountedSum';
import type { BdwParams } from './types';
import { validateBdwParams } from './validateBdwParams';

/**
 * Discounted expected lifetime `DEL(d)` of a customer at acquisition under the BdW model: the present
 * value of one unit of money paid at the start of every period the customer is active.
 *
 * @remarks
 * `DEL(d) = Σ_{t≥0} S(t)/(1+d)^t` with `S(t) = B(α, β + t^c)/B(α, β)`, the same timing as the sBG value
 * (Fader & Hardie 2010): the first payment at acquisition, undiscounted; the payment of period `t+1` made
 * at its start if the customer has renewed `t` times. With `c = 1` it equals the sBG
 * `2F1(1, β; α+β; 1/(1+d))`. Finite for every `d > 0` and every `c`. No closed form for `c ≠ 1`: the
 * positive series is summed term by term (each term from its own log-survival) until the bound on its
 * rest, term`/d`, is negligible: about `(40 + ln(1/d))/d` terms at most, hence the smallest rate
 * accepted, 1e−4 (about 500,000 terms).
 *
 * @param params - `{ alpha, beta, c }`, all finite and > 0
 * @param discountRate - discount rate `d` per period, a finite number ≥ 1e−4
 * @returns `DEL(d)` in periods' worth of payments (≥ 1)
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `discountRate` is not a finite number of at least 1e−4 (the supported range).
 * @example
 * ```ts
 * betaDiscreteWeibull.discountedExpectedLifetime({ alpha: 2, beta: 3, c: 1.5 }, 0.1); // 2.0718994354043256
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 * @see Fader, P. S. & Hardie, B. G. S. (2010). Customer-base valuation in a contractual setting: the perils
 * of ignoring heterogeneity. Marketing Science 29(1), 85–93. https://doi.org/10.1287/mksc.1080.0482
 */
export function bdwDiscountedExpectedLifetime(params: BdwParams, discountRate: number): number {
  const fn = 'betaDiscreteWeibull.discountedExpectedLifetime';
  validateBdwParams(params, fn);
  checkSbgDiscountRate(fn, discountRate);
  return bdwDiscountedSum(params, 0, 0, discountRate);
}
