import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogLikelihoodParts } from './customerLogLikelihoodParts';
import type { ParetoNbdParams } from './types';

const NAMES = ['r', 'alpha', 's', 'beta'];

/**
 * Pareto/NBD log-likelihood of each customer's `(frequency, recency, T)`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + s ln β + ln[(α+T)^−(r+x) (β+T)^−s + s ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ]`,
 * equal to the 2F1 closed form of Fader & Hardie (2005 note) but computed without 2F1: the integral by
 * 8- to 64-point Gauss–Legendre after `y = ln(min(α,β) + τ)`, in log-sum-exp form (docs/clv.md, "Numerics"). Finite for
 * `x` in the tens of thousands and for `α < β` or `α > β` alike. O(8–64) per customer; `weight` is ignored.
 *
 * @param params - `{ r, alpha, s, beta }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @returns The log-likelihood (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter or a customer field is invalid.
 * @example
 * ```ts
 * paretoNbd.logLikelihoodOf({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, { frequency: 2, recency: 30.43, T: 38.86 });
 * // ≈ -9.5620
 * ```
 * @see Schmittlein, Morrison & Colombo (1987). Counting your customers: Who are they and what will they do
 * next? Management Science 33(1), 1–24. doi:10.1287/mnsc.33.1.1
 */
export function logLikelihoodOf(params: ParetoNbdParams, customers: RfmCustomer): number;
export function logLikelihoodOf(params: ParetoNbdParams, customers: readonly RfmCustomer[]): number[];
export function logLikelihoodOf(params: ParetoNbdParams, customers: RfmCustomer | readonly RfmCustomer[]): number | number[] {
  const fn = 'paretoNbd.logLikelihoodOf';
  validatePositiveParams(fn, params, NAMES);
  return mapCustomers(fn, customers, (x, tx, T) => {
    const { head, survive, die } = customerLogLikelihoodParts(params, x, tx, T);
    const high = Math.max(survive, die);
    return head + high + Math.log1p(Math.exp(Math.min(survive, die) - high));
  });
}
