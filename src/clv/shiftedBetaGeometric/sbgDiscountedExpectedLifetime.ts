import { hyp2f1UnitNumerator } from '../../core/special/hyp2f1UnitNumerator';
import type { SbgParams } from './types';
import { checkSbgDiscountRate } from './checkSbgDiscountRate';
import { validateSbgParams } from './validateSbgParams';

/**
 * Discounted expected lifetime `DEL(d)` of a customer at acquisition under the sBG model: the present
 * value of one unit of money paid at the start of every period the customer is active.
 *
 * @remarks
 * Fader & Hardie (2010), eq. 4: `DEL(d) = Σ_{t≥0} S(t)/(1+d)^t = 2F1(1, β; α+β; 1/(1+d))`.
 * Timing: the first payment is made at acquisition and is not discounted; the payment of period `t+1`
 * is made at its start if the customer has renewed `t` times, discounted by `(1+d)^−t`. Multiply by the
 * margin per period to get the expected lifetime value at acquisition. Finite for every `d > 0`, even
 * when the undiscounted lifetime is infinite (`alpha ≤ 1`). The series has positive terms with ratios rising to `1/(1+d)` and is
 * summed term by term until its tail bound is negligible: about `40/d` terms at small rates, hence the
 * smallest rate accepted, 1e−4.
 *
 * @param params - `{ alpha, beta }`, both finite and > 0
 * @param discountRate - discount rate `d` per period (per contract period, e.g. 0.1 for yearly
 *   contracts at 10 % a year), a finite number ≥ 1e−4
 * @returns `DEL(d)` in periods' worth of payments (≥ 1)
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when `discountRate` is not a finite number of at least 1e−4 (the supported range:
 *   the positive series is summed term by term, about `40/d` terms, at most 400,000).
 * @example
 * ```ts
 * shiftedBetaGeometric.discountedExpectedLifetime({ alpha: 2, beta: 3 }, 0.1); // 2.682081670286442
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2010). Customer-base valuation in a contractual setting: the perils
 * of ignoring heterogeneity. Marketing Science 29(1), 85–93. https://doi.org/10.1287/mksc.1080.0482
 */
export function sbgDiscountedExpectedLifetime(params: SbgParams, discountRate: number): number {
  const fn = 'shiftedBetaGeometric.discountedExpectedLifetime';
  validateSbgParams(params, fn);
  checkSbgDiscountRate(fn, discountRate);
  return hyp2f1UnitNumerator(params.beta, params.alpha + params.beta, 1 / (1 + discountRate));
}
