import { logBeta } from '../../core/special/logBeta';
import type { DiscreteCustomer } from '../types';
import { bgBbRowLogLikelihood } from './bgBbRowLogLikelihood';
import { checkDiscreteCustomer } from './checkDiscreteCustomer';
import type { BgBbParams } from './types';
import { validateBgBbParams } from './validateBgBbParams';

/**
 * Probability that a BG/BB customer is still alive at the next opportunity `n + 1`, given the history.
 *
 * @remarks
 * Fader, Hardie & Shang (2010), eq. 11:
 * `P(alive at n+1 | x, t_x, n) = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n+1)/B(γ,δ) / L(α, β, γ, δ | x, t_x, n)`,
 * formed in log space and clamped to [0, 1]. A customer who bought at the last opportunity (`t_x = n`)
 * is alive for sure up to `n`, so the value is then the posterior mean of `1 − θ`. O(n − t_x).
 *
 * @param params - `{ alpha, beta, gamma, delta }`, all finite and > 0
 * @param customer - `{ frequency: x, recency: t_x, n }` in opportunities, `n` at most 1,000,000 (or an array of them)
 * @returns The probability in [0, 1], one per customer when given an array
 * @throws `INVALID_ARGUMENT` when a parameter is not a finite number in (0, 1e300].
 * @throws `INVALID_ARGUMENT` when a customer is not a valid history.
 * @example
 * ```ts
 * const params = { alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 };
 * bgBb.probabilityAlive(params, { frequency: 3, recency: 4, n: 6 }); // 0.4383438545849015
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 */
export function bgBbProbabilityAlive(params: BgBbParams, customer: DiscreteCustomer): number;
export function bgBbProbabilityAlive(params: BgBbParams, customers: readonly DiscreteCustomer[]): number[];
export function bgBbProbabilityAlive(
  params: BgBbParams,
  customers: DiscreteCustomer | readonly DiscreteCustomer[],
): number | number[] {
  const fn = 'bgBb.probabilityAlive';
  validateBgBbParams(params, fn);
  const { alpha, beta, gamma, delta } = params;
  const lbA = logBeta(alpha, beta);
  const lbG = logBeta(gamma, delta);
  const one = (c: DiscreteCustomer, path: string): number => {
    checkDiscreteCustomer(fn, path, c);
    const { frequency: x, n } = c;
    const logNumerator = logBeta(alpha + x, beta + (n - x)) - lbA + logBeta(gamma, delta + n + 1) - lbG;
    const p = Math.exp(logNumerator - bgBbRowLogLikelihood(params, x, c.recency, n));
    return p > 1 ? 1 : p;
  };
  return Array.isArray(customers)
    ? (customers as readonly DiscreteCustomer[]).map((c, i) => one(c, `customers[${i}]`))
    : one(customers as DiscreteCustomer, 'customer');
}
