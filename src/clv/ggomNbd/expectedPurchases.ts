import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import { residualLifetimeIntegral } from './residualLifetimeIntegral';
import type { GgomNbdParams } from './types';

const NAMES = ['r', 'alpha', 'b', 's', 'beta'];

/**
 * Gamma-Gompertz/NBD expected number of repeat purchases of a new customer in `t` time units after the
 * first purchase.
 *
 * @remarks
 * `E[X(t)] = (r/α) E[min(τ, t)] = (r/α) ∫_0^t S(u) du`, `S(u) = (β/(β+e^{bu}−1))^s`: the mean purchase rate
 * times the expected time alive within `t` (Bemmaor & Glady 2012; equal, after integrating by parts, to
 * `(r/α)[S(t) t + ∫_0^t τ f(τ) dτ]`). The integral by adaptive Gauss–Kronrod quadrature in log space.
 * `t = 0` gives exactly 0.
 *
 * @param params - `{ r, alpha, b, s, beta }`, all finite and > 0.
 * @param t - Time since the first purchase, `t ≥ 0`, in the model's time unit.
 * @returns The expected repeat purchases in `(0, t]`.
 * @throws InvalidArgumentError when a parameter or `t` is invalid.
 * @example
 * ```ts
 * ggomNbd.expectedPurchases({ r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 }, 39);
 * // ≈ 1.2555
 * ```
 * @see Bemmaor & Glady (2012). Modeling purchasing behavior with sudden "death": A flexible customer
 * lifetime model. Management Science 58(5), 1012–1021. doi:10.1287/mnsc.1110.1461
 */
export function expectedPurchases(params: GgomNbdParams, t: number): number {
  const fn = 'ggomNbd.expectedPurchases';
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  if (t === 0) return 0;
  return (params.r / params.alpha) * residualLifetimeIntegral(params, 0, t, 0);
}
