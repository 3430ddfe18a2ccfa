import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { betaGeometricExpectation } from '../internal/betaGeometricExpectation';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { MbgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/NBD expected number of repeat purchases of a new customer in `t` time units after the first purchase.
 *
 * @remarks
 * `E[X(t)] = b/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b+1; a+b; t/(α+t))]` (Batislam et al. 2007), computed as `b/(a+b)` times the active-customer expectation at `x = T = 0` in its Euler-transformed form,
 * with the `a = 1` limit handled. `t = 0` gives exactly 0. O(series length).
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param t - Time since the first purchase, `t ≥ 0`, in the model's time unit.
 * @returns The expected repeat purchases in `(0, t]`.
 * @throws InvalidArgumentError when a parameter or `t` is invalid.
 * @example
 * ```ts
 * mbgNbd.expectedPurchases({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 39);
 * // ≈ 1.1830
 * ```
 * @see Batislam, Denizel & Filiztekin (2007). Empirical validation and comparison of models for customer base
 * analysis. International Journal of Research in Marketing 24(3), 201–209. doi:10.1016/j.ijresmar.2006.12.005
 */
export function expectedPurchases(params: MbgNbdParams, t: number): number {
  const fn = 'mbgNbd.expectedPurchases';
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  // A new customer is still active after the dropout coin tossed at the first purchase with P = b/(a+b).
  return (b / (a + b)) * betaGeometricExpectation(r, alpha, a, b, 0, 0, t, 1);
}
