import { gaussLegendre } from '../../core/integrate/gaussLegendre';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { mapCustomers } from '../internal/mapCustomers';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { RfmCustomer } from '../types';
import { customerProbabilityAlive } from './customerProbabilityAlive';
import type { ParetoNbdParams } from './types';

const NAMES = ['r', 'alpha', 's', 'beta'];
const RULE = gaussLegendre(64);

/**
 * Pareto/NBD probability that a customer makes no purchase in the next `t` time units, `(T, T+t]`.
 *
 * @remarks
 * An active customer's rates have the posterior `λ ~ Gamma(r+x, α+T)`, `μ ~ Gamma(s, β+T)`; the first
 * purchase after `T` comes at `τ` with density `λ e^{−(λ+μ)τ}`, so with `A = α+T`, `B = β+T`:
 * `P(no purchase) = 1 − P(alive) · ∫_0^t (r+x)/(A+τ) · (A/(A+τ))^(r+x) · (B/(B+τ))^s dτ`. The integral is
 * taken over `u = 1 − (A/(A+τ))^(r+x)` (which absorbs the first two factors) by 64-point Gauss–Legendre.
 * `t = 0` gives 1. O(64) per customer.
 *
 * @param params - `{ r, alpha, s, beta }`, all finite and > 0.
 * @param customers - One customer or an array.
 * @param t - Window length `t ≥ 0`, in the model's time unit.
 * @returns The probability, in [0, 1] (a number, or an array for an array).
 * @throws InvalidArgumentError when a parameter, a customer field or `t` is invalid.
 * @example
 * ```ts
 * paretoNbd.probabilityNoPurchase({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, { frequency: 0, recency: 0, T: 38.86 }, 39);
 * // ≈ 0.9315
 * ```
 * @see Schmittlein, Morrison & Colombo (1987). Management Science 33(1), 1–24. doi:10.1287/mnsc.33.1.1
 */
export function probabilityNoPurchase(params: ParetoNbdParams, customers: RfmCustomer, t: number): number;
export function probabilityNoPurchase(params: ParetoNbdParams, customers: readonly RfmCustomer[], t: number): number[];
export function probabilityNoPurchase(
  params: ParetoNbdParams,
  customers: RfmCustomer | readonly RfmCustomer[],
  t: number,
): number | number[] {
  const fn = 'paretoNbd.probabilityNoPurchase';
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  const { r, alpha, s, beta } = params;
  return mapCustomers(fn, customers, (x, tx, T) => {
    if (t === 0) return 1;
    const alive = customerProbabilityAlive(params, x, tx, T);
    const k = r + x;
    const A = alpha + T;
    const B = beta + T;
    const U = -Math.expm1(-k * Math.log1p(t / A));
    let sum = 0;
    for (let i = 0; i < RULE.nodes.length; i++) {
      const u = 0.5 * U * (1 + (RULE.nodes[i] as number));
      const tau = A * Math.expm1(-Math.log1p(-u) / k);
      sum += (RULE.weights[i] as number) * Math.exp(-s * Math.log1p(tau / B));
    }
    return Math.min(1, Math.max(0, 1 - alive * 0.5 * U * sum));
  }, true);
}
