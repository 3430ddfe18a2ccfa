import { assertPositive } from '../../core/validate/assertPositive';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import { residualLifetimeIntegral } from './residualLifetimeIntegral';
import type { GgomNbdParams } from './types';

const NAMES = ['r', 'alpha', 'b', 's', 'beta'];

/**
 * Gamma-Gompertz/NBD discounted expected residual transactions (DERT) of a customer, continuous discounting.
 *
 * @remarks
 * `DERT(δ) = P(alive) · (r+x)/(α+T) · ∫_0^∞ e^(−δu) ((β+e^{bT}−1)/(β+e^{b(T+u)}−1))^s du`: the
 * present value, at a continuous rate `δ` per time unit, of the purchases a customer will still make
 * (the construction of Fader, Hardie & Lee 2005b for Pareto/NBD, with the Gamma-Gompertz posterior
 * lifetime of Bemmaor & Glady 2012). The integral by adaptive Gauss–Kronrod quadrature in log space over
 * `[0, 750/δ]` (the rest is below `e^−750` of it). Multiply by the expected margin per transaction to get
 * a lifetime value; an annual rate `d` becomes `δ = ln(1+d) / (time units per year)`. As `b → 0` with
 * `beta/b` fixed it tends to the Pareto/NBD DERT.
 *
 * @param params - `{ r, alpha, b, s, beta }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @param delta - Continuous discount rate `δ > 0` per model time unit.
 * @returns Discounted expected residual transactions (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter, a customer field or `delta` is invalid.
 * @example
 * ```ts
 * const params = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 };
 * ggomNbd.discountedExpectedResidualTransactions(params, { frequency: 2, recency: 30.43, T: 38.86 }, 0.01);
 * // ≈ 2.7497
 * ```
 * @see Bemmaor & Glady (2012). Modeling purchasing behavior with sudden "death": A flexible customer
 * lifetime model. Management Science 58(5), 1012–1021. doi:10.1287/mnsc.1110.1461
 * @see Fader, Hardie & Lee (2005b). RFM and CLV: Using iso-value curves for customer base analysis.
 * Journal of Marketing Research 42(4), 415–430. doi:10.1509/jmkr.2005.42.4.415
 */
export function discountedExpectedResidualTransactions(params: GgomNbdParams, customers: RfmCustomer, delta: number): number;
export function discountedExpectedResidualTransactions(
  params: GgomNbdParams,
  customers: readonly RfmCustomer[],
  delta: number,
): number[];
export function discountedExpectedResidualTransactions(
  params: GgomNbdParams,
  customers: RfmCustomer | readonly RfmCustomer[],
  delta: number,
): number | number[] {
  const fn = 'ggomNbd.discountedExpectedResidualTransactions';
  validatePositiveParams(fn, params, NAMES);
  assertPositive(fn, 'delta', delta);
  return mapCustomers(fn, customers, (x, tx, T) => {
    const alive = customerProbabilityAlive(params, x, tx, T);
    if (alive === 0) return 0;
    return ((alive * (params.r + x)) / (params.alpha + T)) * residualLifetimeIntegral(params, T, Number.POSITIVE_INFINITY, delta);
  }, true);
}
