import { integrate } from '../../core/integrate/integrate';
import { assertPositive } from '../../core/validate/assertPositive';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { ParetoNbdParams } from './types';

const NAMES = ['r', 'alpha', 's', 'beta'];

/** `∫_0^∞ e^−v (1 + v/ε)^−s dv` by Gauss–Legendre on panels refined near 0 when `ε` is small. */
function laplaceFactor(epsilon: number, s: number): number {
  const breaks: number[] = [0];
  for (let b = epsilon; b < 1; b *= 10) breaks.push(b);
  for (const b of [1, 4, 12, 30, 60, 100]) breaks.push(b);
  let sum = 0;
  for (let i = 0; i + 1 < breaks.length; i++) {
    sum += integrate((v) => Math.exp(-v - s * Math.log1p(v / epsilon)), breaks[i] as number, breaks[i + 1] as number, 32);
  }
  return sum;
}

/**
 * Pareto/NBD discounted expected residual transactions (DERT) of a customer, continuous discounting.
 *
 * @remarks
 * `DERT(δ) = P(alive) · (r+x)/(α+T) · ∫_0^∞ e^(−δu) ((β+T)/(β+T+u))^s du`
 * `= α^r β^s δ^(s−1) Γ(r+x+1) U(s, s; δ(β+T)) / (Γ(r) (α+T)^(r+x+1) L)` (Fader, Hardie & Lee 2005b,
 * eq. 2). The integral is computed after `v = δu` by Gauss–Legendre panels, refined near 0 when
 * `δ(β+T)` is small; it has no singularity at integer `s` (unlike the `Γ(1−s)` route). Multiply by the
 * expected margin per transaction to get a lifetime value. An annual rate `d` becomes
 * `δ = ln(1+d) / (time units per year)`. O(panels · 32) per customer.
 *
 * @param params - `{ r, alpha, s, beta }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @param delta - Continuous discount rate `δ > 0` per model time unit.
 * @returns Discounted expected residual transactions (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter, a customer field or `delta` is invalid.
 * @example
 * ```ts
 * paretoNbd.discountedExpectedResidualTransactions({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, { frequency: 2, recency: 30.43, T: 38.86 }, 0.01);
 * // ≈ 2.7111
 * ```
 * @see Fader, Hardie & Lee (2005b). RFM and CLV: Using iso-value curves for customer base analysis.
 * Journal of Marketing Research 42(4), 415–430. doi:10.1509/jmkr.2005.42.4.415
 */
export function discountedExpectedResidualTransactions(params: ParetoNbdParams, customers: RfmCustomer, delta: number): number;
export function discountedExpectedResidualTransactions(
  params: ParetoNbdParams,
  customers: readonly RfmCustomer[],
  delta: number,
): number[];
export function discountedExpectedResidualTransactions(
  params: ParetoNbdParams,
  customers: RfmCustomer | readonly RfmCustomer[],
  delta: number,
): number | number[] {
  const fn = 'paretoNbd.discountedExpectedResidualTransactions';
  validatePositiveParams(fn, params, NAMES);
  assertPositive(fn, 'delta', delta);
  const { r, alpha, s, beta } = params;
  return mapCustomers(fn, customers, (x, tx, T) => {
    const alive = customerProbabilityAlive(params, x, tx, T);
    if (alive === 0) return 0;
    return (alive * (r + x)) / (alpha + T) / delta * laplaceFactor(delta * (beta + T), s);
  }, true);
}
