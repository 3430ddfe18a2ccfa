import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { logBeta } from '../../core/special/logBeta';
import type { DiscreteCustomer } from '../types';
import { bgBbRowLogLikelihood } from './bgBbRowLogLikelihood';
import { bgBbLogSurvivalSum } from './bgBbLogSurvivalSum';
import { checkDiscreteCustomer, MAX_OPPORTUNITIES } from './checkDiscreteCustomer';
import type { BgBbParams } from './types';
import { validateBgBbParams } from './validateBgBbParams';

/**
 * Expected number of purchases of a BG/BB customer in the next `nStar` opportunities, `E[X(n, n+n*) | x, t_x, n]`.
 *
 * @remarks
 * Fader, Hardie & Shang (2010), eq. 13:
 * `E[X(n, n+n*) | x, t_x, n] = B(α+x+1, β+n−x)/B(α,β) · δ/(γ−1) · Γ(γ+δ)/Γ(1+δ)
 *   · [Γ(1+δ+n)/Γ(γ+δ+n) − Γ(1+δ+n+n*)/Γ(γ+δ+n+n*)] / L(α, β, γ, δ | x, t_x, n)`.
 * The `δ/(γ−1)[…]` factor equals `Σ_{t=n+1}^{n+n*} B(γ, δ+t)/B(γ, δ)` and is evaluated without
 * cancellation, including the limit `γ → 1`. `nStar = 0` gives exactly 0. A customer with `x = t_x = 0`
 * and `n = 0` is not a valid history; the unconditional expectation is `bgBb.expectedPurchases`.
 * O(n − t_x + min(n*, 256)).
 *
 * @param params - `{ alpha, beta, gamma, delta }`, all finite and > 0
 * @param customer - `{ frequency: x, recency: t_x, n }` in opportunities, `n` at most 1,000,000 (or an array of them)
 * @param nStar - number of future opportunities, an integer 0 to 1,000,000
 * @returns The expected number of purchases (≥ 0), one per customer when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when a customer is not a valid history.
 * @throws `INVALID_ARGUMENT` when `nStar` is not an integer 0 to 1,000,000 (the supported range).
 * @example
 * ```ts
 * const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
 * bgBb.conditionalExpectedPurchases(params, { frequency: 3, recency: 4, n: 6 }, 5); // 1.0305854508991272
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 */
export function bgBbConditionalExpectedPurchases(params: BgBbParams, customer: DiscreteCustomer, nStar: number): number;
export function bgBbConditionalExpectedPurchases(
  params: BgBbParams,
  customers: readonly DiscreteCustomer[],
  nStar: number,
): number[];
export function bgBbConditionalExpectedPurchases(
  params: BgBbParams,
  customers: DiscreteCustomer | readonly DiscreteCustomer[],
  nStar: number,
): number | number[] {
  const fn = 'bgBb.conditionalExpectedPurchases';
  validateBgBbParams(params, fn);
  if (typeof nStar !== 'number' || !Number.isInteger(nStar) || nStar < 0 || nStar > MAX_OPPORTUNITIES) {
    throw new InvalidArgumentError(fn, 'nStar', 'must be an integer 0-1000000 (the supported range)', nStar);
  }
  const { alpha, beta, gamma, delta } = params;
  const lbA = logBeta(alpha, beta);
  const one = (c: DiscreteCustomer, path: string): number => {
    checkDiscreteCustomer(fn, path, c);
    if (nStar === 0) return 0;
    const { frequency: x, n } = c;
    const logPurchase = logBeta(alpha + x + 1, beta + (n - x)) - lbA - bgBbRowLogLikelihood(params, x, c.recency, n);
    return Math.min(nStar, Math.exp(logPurchase + bgBbLogSurvivalSum(gamma, delta, n, nStar)));
  };
  return Array.isArray(customers)
    ? (customers as readonly DiscreteCustomer[]).map((c, i) => one(c, `customers[${i}]`))
    : one(customers as DiscreteCustomer, 'customer');
}
