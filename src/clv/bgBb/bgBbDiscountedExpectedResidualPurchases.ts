import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { hyp2f1UnitNumerator } from '../../core/special/hyp2f1UnitNumerator';
import { logBeta } from '../../core/special/logBeta';
import type { DiscreteCustomer } from '../types';
import { bgBbRowLogLikelihood } from './bgBbRowLogLikelihood';
import { checkDiscreteCustomer } from './checkDiscreteCustomer';
import type { BgBbParams } from './types';
import { validateBgBbParams } from './validateBgBbParams';

/**
 * Discounted expected residual purchases `DERT(d)` of a BG/BB customer: all future purchases, each
 * discounted by `(1+d)^−k` at the `k`-th opportunity after `n`.
 *
 * @remarks
 * Fader, Hardie & Shang (2010), eq. 14:
 * `DERT(d | x, t_x, n) = B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+1)/((1+d) B(γ,δ))
 *   · 2F1(1, δ+n+1; γ+δ+n+1; 1/(1+d)) / L(α, β, γ, δ | x, t_x, n)`,
 * i.e. `Σ_{k≥1} E[purchase at opportunity n+k | history] (1+d)^−k`. Timing: the purchase at the next
 * opportunity is discounted by one full period. Multiply by the expected margin per purchase to get the
 * residual lifetime value. The hypergeometric series has positive terms with ratios below `1/(1+d)` and is
 * summed term by term (about `40/d` terms, hence the smallest rate accepted, 1e−4). O(n − t_x + 1/d).
 *
 * @param params - `{ alpha, beta, gamma, delta }`, all finite and > 0
 * @param customer - `{ frequency: x, recency: t_x, n }` in opportunities, `n` at most 1,000,000 (or an array of them)
 * @param discountRate - discount rate `d` per opportunity (e.g. 0.1 for annual opportunities at 10 % a year), at least 1e−4
 * @returns `DERT(d)` (≥ 0), one per customer when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when a customer is not a valid history.
 * @throws `INVALID_ARGUMENT` when `discountRate` is not a finite number of at least 1e−4 (the supported range).
 * @example
 * ```ts
 * const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
 * bgBb.discountedExpectedResidualPurchases(params, { frequency: 3, recency: 4, n: 6 }, 0.1); // 1.6213791858426183
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 */
export function bgBbDiscountedExpectedResidualPurchases(
  params: BgBbParams,
  customer: DiscreteCustomer,
  discountRate: number,
): number;
export function bgBbDiscountedExpectedResidualPurchases(
  params: BgBbParams,
  customers: readonly DiscreteCustomer[],
  discountRate: number,
): number[];
export function bgBbDiscountedExpectedResidualPurchases(
  params: BgBbParams,
  customers: DiscreteCustomer | readonly DiscreteCustomer[],
  discountRate: number,
): number | number[] {
  const fn = 'bgBb.discountedExpectedResidualPurchases';
  validateBgBbParams(params, fn);
  // From 1e-4 on the series takes at most 400,000 terms whatever n (hyp2f1UnitNumerator).
  if (typeof discountRate !== 'number' || !Number.isFinite(discountRate) || discountRate < 1e-4) {
    throw new InvalidArgumentError(fn, 'discountRate', 'must be a finite number at least 0.0001 (the supported range)', discountRate);
  }
  const { alpha, beta, gamma, delta } = params;
  const lbA = logBeta(alpha, beta);
  const lbG = logBeta(gamma, delta);
  const logDiscount = Math.log1p(discountRate);
  const z = 1 / (1 + discountRate);
  const one = (c: DiscreteCustomer, path: string): number => {
    checkDiscreteCustomer(fn, path, c);
    const { frequency: x, n } = c;
    const logFactor =
      logBeta(alpha + x + 1, beta + (n - x)) -
      lbA +
      logBeta(gamma, delta + n + 1) -
      lbG -
      logDiscount -
      bgBbRowLogLikelihood(params, x, c.recency, n);
    return Math.exp(logFactor) * hyp2f1UnitNumerator(delta + n + 1, gamma + delta + n + 1, z);
  };
  return Array.isArray(customers)
    ? (customers as readonly DiscreteCustomer[]).map((c, i) => one(c, `customers[${i}]`))
    : one(customers as DiscreteCustomer, 'customer');
}
