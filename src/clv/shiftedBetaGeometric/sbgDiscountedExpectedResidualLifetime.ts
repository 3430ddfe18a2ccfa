import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { hyp2f1UnitNumerator } from '../../core/special/hyp2f1UnitNumerator';
import type { SbgParams } from './types';
import { checkSbgDiscountRate } from './checkSbgDiscountRate';
import { validateSbgParams } from './validateSbgParams';

/**
 * Discounted expected residual lifetime `DERL(d | n−1 renewals)` of an existing sBG customer: the
 * present value of one unit of money paid at every future renewal.
 *
 * @remarks
 * Fader & Hardie (2010), eq. 6, for a customer who has made `renewals = n − 1` renewals and is about to
 * make the `n`-th renewal decision:
 * `DERL = Σ_{t≥n} S(t)/S(n−1) · (1+d)^−(t−n) = (β+n−1)/(α+β+n−1) · 2F1(1, β+n; α+β+n; 1/(1+d))`.
 * Timing: the payment at the next renewal is counted undiscounted (it is made "now", at the renewal);
 * the one after it is discounted by `(1+d)^−1`, and so on. To value the next payment one period later,
 * divide by `1+d`. Past payments are not included. The posterior of `θ` after `n−1` renewals is
 * `Beta(α, β+n−1)`, so the value rises with tenure. The positive series is summed term by term (about `40/d` terms at small
 * rates, whatever the tenure; the connection formula to `1 − z` loses every digit after long tenures).
 *
 * @param params - `{ alpha, beta }`, both finite and > 0
 * @param renewals - renewals made so far, `n − 1`, an integer ≥ 0 (0: a customer just acquired)
 * @param discountRate - discount rate `d` per period, a finite number ≥ 1e−4
 * @returns `DERL(d)` in periods' worth of payments (≥ 0)
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `renewals` is not an integer ≥ 0.
 * @throws `INVALID_ARGUMENT` when `discountRate` is not a finite number of at least 1e−4 (the supported range:
 *   the positive series is summed term by term, about `40/d` terms, at most 400,000).
 * @example
 * ```ts
 * shiftedBetaGeometric.discountedExpectedResidualLifetime({ alpha: 2, beta: 3 }, 4, 0.1); // 3.344696970460754
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2010). Customer-base valuation in a contractual setting: the perils
 * of ignoring heterogeneity. Marketing Science 29(1), 85–93. https://doi.org/10.1287/mksc.1080.0482
 */
export function sbgDiscountedExpectedResidualLifetime(params: SbgParams, renewals: number, discountRate: number): number {
  const fn = 'shiftedBetaGeometric.discountedExpectedResidualLifetime';
  validateSbgParams(params, fn);
  if (typeof renewals !== 'number' || !Number.isInteger(renewals) || renewals < 0) {
    throw new InvalidArgumentError(fn, 'renewals', 'must be an integer at least 0', renewals);
  }
  checkSbgDiscountRate(fn, discountRate);
  const { alpha, beta } = params;
  const n = renewals + 1;
  const renewal = (beta + renewals) / (alpha + beta + renewals);
  return renewal * hyp2f1UnitNumerator(beta + n, alpha + beta + n, 1 / (1 + discountRate));
}
