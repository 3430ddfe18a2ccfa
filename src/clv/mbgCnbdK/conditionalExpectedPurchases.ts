import { expit } from '../../core/special/expit';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { betaGeometricExpectation } from '../internal/betaGeometricExpectation';
import { INTERPOLATE_FROM, betaGeometricInterpolant } from '../internal/betaGeometricInterpolant';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerLogOdds } from './customerLogOdds';
import type { MbgCnbdKParams } from './types';
import { validateRegularity } from './validateRegularity';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/CNBD-k expected number of purchases in the next `t` time units of a customer with history
 * `(frequency, recency, T)`: an approximation (exact for `k = 1`).
 *
 * @remarks
 * No closed form exists for `k > 1`. As BTYDplus does (`mbgcnbd.ConditionalExpectedTransactions`,
 * Platzer & Reutterer 2016), the MBG/NBD expression of an active customer is used with the scale `α`
 * replaced by `kα`, times the exact MBG/CNBD-k `P(alive)`:
 * `E[Y(t) | x, t_x, T] ≈ P(alive) · (a+b+x)/(a−1) · [1 − ((kα+T)/(kα+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(kα+T+t))]`,
 * computed by the same Euler-transformed series as `mbgNbd.conditionalExpectedPurchases` (finite for
 * frequencies in the thousands; `a = 1` handled). BTYDplus then rescales all predictions of a cohort of at
 * least 100 customers so that their sum matches the exact unconditional expectation; that correction makes
 * one customer's value depend on the others and is not applied here (compute it, when wanted, with
 * `expectedPurchases`). For `k = 1` this is exactly the MBG/NBD expectation. O(series length) per customer.
 *
 * @param k - Regularity, an integer from 1 to 100.
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param customers - One customer `{ frequency, recency, T }` or an array.
 * @param t - Horizon `t ≥ 0`, in the model's time unit.
 * @returns Expected purchases in `(T, T+t]` (a number, or an array for an array).
 * @throws InvalidArgumentError when `k`, a parameter, a customer field or `t` is invalid.
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgCnbdK(2).conditionalExpectedPurchases(params, { frequency: 2, recency: 30.43, T: 38.86 }, 39);
 * // ≈ 1.1970 (1.2630 with k = 1, the MBG/NBD value)
 * ```
 * @see Platzer, M. & Reutterer, T. (2016). Ticking away the moments: Timing regularity helps to better predict
 * customer activity. Marketing Science 35(5), 779–799. doi:10.1287/mksc.2015.0963
 */
export function conditionalExpectedPurchases(k: number, params: MbgCnbdKParams, customers: RfmCustomer, t: number): number;
export function conditionalExpectedPurchases(k: number, params: MbgCnbdKParams, customers: readonly RfmCustomer[], t: number): number[];
export function conditionalExpectedPurchases(
  k: number,
  params: MbgCnbdKParams,
  customers: RfmCustomer | readonly RfmCustomer[],
  t: number,
): number | number[] {
  const fn = 'mbgCnbdK.conditionalExpectedPurchases';
  validateRegularity(fn, 'k', k);
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  const { r, a, b } = params;
  const scale = k * params.alpha;
  const many = Array.isArray(customers) && customers.length >= INTERPOLATE_FROM;
  const interpolant = many ? betaGeometricInterpolant(r, scale, a, b, 1, [t], [1]) : undefined;
  return mapCustomers(fn, customers, (x, tx, T) => {
    if (t === 0) return 0;
    const alive = expit(-customerLogOdds(k, params, x, tx, T));
    if (alive === 0) return 0;
    return alive * (interpolant === undefined ? betaGeometricExpectation(r, scale, a, b, x, T, t, 1) : interpolant(x, T));
  }, true);
}
