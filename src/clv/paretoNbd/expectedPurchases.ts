import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { oneMinusPowerOverExponent } from '../internal/oneMinusPowerOverExponent';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { ParetoNbdParams } from './types';

const NAMES = ['r', 'alpha', 's', 'beta'];

/**
 * Pareto/NBD expected number of repeat purchases of a new customer in `t` time units.
 *
 * @remarks
 * `E[X(t)] = rβ/(α(s−1)) · [1 − (β/(β+t))^(s−1)]`, with the continuous limit `(rβ/α) ln((β+t)/β)` at
 * `s = 1` (Schmittlein et al. 1987). `t = 0` gives exactly 0. O(1).
 *
 * @param params - `{ r, alpha, s, beta }`, all finite and > 0.
 * @param t - Time since the first purchase, `t ≥ 0`, in the model's time unit.
 * @returns The expected repeat purchases in `(0, t]`.
 * @throws InvalidArgumentError when a parameter or `t` is invalid.
 * @example
 * ```ts
 * paretoNbd.expectedPurchases({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, 39);
 * // ≈ 1.2024
 * ```
 * @see Schmittlein, Morrison & Colombo (1987). Management Science 33(1), 1–24. doi:10.1287/mnsc.33.1.1
 */
export function expectedPurchases(params: ParetoNbdParams, t: number): number {
  const fn = 'paretoNbd.expectedPurchases';
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  if (t === 0) return 0;
  const { r, alpha, s, beta } = params;
  return ((r * beta) / alpha) * oneMinusPowerOverExponent(s - 1, Math.log1p(t / beta));
}
