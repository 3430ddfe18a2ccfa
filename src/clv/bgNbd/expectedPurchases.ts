import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { betaGeometricExpectation } from '../internal/betaGeometricExpectation';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { BgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * BG/NBD expected number of repeat purchases of a new customer in `t` time units after the first purchase.
 *
 * @remarks
 * `E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r · 2F1(r, b; a+b−1; t/(α+t))]` (Fader, Hardie & Lee 2005,
 * eq. 9), computed as the conditional expectation at `x = t_x = T = 0` in its Euler-transformed form,
 * with the `a = 1` limit and `a + b ≤ 1` handled. `t = 0` gives exactly 0. O(series length).
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param t - Time since the first purchase, `t ≥ 0`, in the model's time unit.
 * @returns The expected repeat purchases in `(0, t]`.
 * @throws InvalidArgumentError when a parameter or `t` is invalid.
 * @example
 * ```ts
 * bgNbd.expectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39);
 * // ≈ 1.1967
 * ```
 * @see Fader, Hardie & Lee (2005). Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function expectedPurchases(params: BgNbdParams, t: number): number {
  const fn = 'bgNbd.expectedPurchases';
  validatePositiveParams(fn, params, NAMES);
  assertNonNegative(fn, 't', t);
  if (t === 0) return 0;
  const { r, alpha, a, b } = params;
  return betaGeometricExpectation(r, alpha, a, b, 0, 0, t, 0);
}
