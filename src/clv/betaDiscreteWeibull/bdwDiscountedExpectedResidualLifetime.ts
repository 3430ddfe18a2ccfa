import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { logBeta } from '../../core/special/logBeta';
import { checkSbgDiscountRate } from '../shiftedBetaGeometric/checkSbgDiscountRate';
import { bdwDiscountedSum } from './internal/bdwDiscountedSum';
import { bdwLogSurvival } from './internal/bdwLogSurvival';
import type { BdwParams } from './types';
import { validateBdwParams } from './validateBdwParams';

/**
 * Discounted expected residual lifetime `DERL(d | n−1 renewals)` of an existing BdW customer: the present
 * value of one unit of money paid at every future renewal.
 *
 * @remarks
 * For a customer who has made `renewals = n − 1` renewals and is about to make the `n`-th renewal
 * decision: `DERL = Σ_{t≥n} S(t)/S(n−1) · (1+d)^−(t−n)`, `S(t) = B(α, β + t^c)/B(α, β)` (the timing of
 * Fader & Hardie 2010, eq. 6: the payment at the next renewal undiscounted, past payments excluded; with
 * `c = 1` it equals the sBG value). Tenure now acts twice: survivors have lower `θ` (the posterior is
 * `Beta(α, β + (n−1)^c)`), and their own churn probability drifts with tenure (down when `c < 1`, up
 * when `c > 1`). Summed term by term like `discountedExpectedLifetime`, about `(40 + ln(1/d))/d` terms
 * at most.
 *
 * @param params - `{ alpha, beta, c }`, all finite and > 0
 * @param renewals - renewals made so far, `n − 1`, an integer 0–1e9 (0: a customer just acquired)
 * @param discountRate - discount rate `d` per period, a finite number ≥ 1e−4
 * @returns `DERL(d)` in periods' worth of payments (≥ 0)
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `renewals` is not an integer 0–1e9.
 * @throws `INVALID_ARGUMENT` when `discountRate` is not a finite number of at least 1e−4 (the supported range).
 * @example
 * ```ts
 * betaDiscreteWeibull.discountedExpectedResidualLifetime({ alpha: 2, beta: 3, c: 1.5 }, 4, 0.1); // 1.692749137854186
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 * @see Fader, P. S. & Hardie, B. G. S. (2010). Customer-base valuation in a contractual setting: the perils
 * of ignoring heterogeneity. Marketing Science 29(1), 85–93. https://doi.org/10.1287/mksc.1080.0482
 */
export function bdwDiscountedExpectedResidualLifetime(params: BdwParams, renewals: number, discountRate: number): number {
  const fn = 'betaDiscreteWeibull.discountedExpectedResidualLifetime';
  validateBdwParams(params, fn);
  if (typeof renewals !== 'number' || !Number.isInteger(renewals) || renewals < 0 || renewals > 1e9) {
    throw new InvalidArgumentError(fn, 'renewals', 'must be an integer 0-1e9', renewals);
  }
  checkSbgDiscountRate(fn, discountRate);
  const { alpha, beta, c } = params;
  const base = bdwLogSurvival(alpha, beta, c, logBeta(alpha, beta), renewals);
  // S(n−1) underflows only when every later term does too: the customer is then certainly gone.
  if (base === Number.NEGATIVE_INFINITY) return 0;
  return bdwDiscountedSum(params, renewals + 1, base, discountRate);
}
