import { logBeta } from '../../core/special/logBeta';
import { assertInteger } from '../../core/validate/assertInteger';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { negativeBinomialLogPmf } from '../internal/negativeBinomialLogPmf';
import { regularizedIncompleteBeta } from '../../core/special/regularizedIncompleteBeta';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { BgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * BG/NBD probability that a new customer makes exactly `n` repeat purchases in `t` time units.
 *
 * @remarks
 * `P(X(t)=n) = B(a,b+n)/B(a,b) · NB(n) + [n>0] · B(a+1,b+n−1)/B(a,b) · I_z(n, r)`, `z = t/(α+t)`,
 * `NB(n) = Γ(r+n)/(Γ(r) n!) (α/(α+t))^r z^n` (Fader, Hardie & Lee 2005, eq. 8), every factor in log space
 * and the tail by the regularized incomplete beta rather than `1 − Σ` (docs/clv.md, "Numerics"). O(1) plus one
 * incomplete-beta evaluation.
 *
 * @param params - `{ r, alpha, a, b }`, all finite and > 0.
 * @param n - Number of repeat purchases, an integer ≥ 0.
 * @param t - Horizon `t ≥ 0`, in the model's time unit (`t = 0` gives 1 for `n = 0`, else 0).
 * @returns The probability, in [0, 1].
 * @throws InvalidArgumentError when a parameter, `n` or `t` is invalid.
 * @example
 * ```ts
 * bgNbd.probabilityOfPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0, 39);
 * // ≈ 0.5737864
 * ```
 * @see Fader, Hardie & Lee (2005). Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 */
export function probabilityOfPurchases(params: BgNbdParams, n: number, t: number): number {
  const fn = 'bgNbd.probabilityOfPurchases';
  validatePositiveParams(fn, params, NAMES);
  assertInteger(fn, 'n', n, 0);
  assertNonNegative(fn, 't', t);
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha, a, b } = params;
  const lbab = logBeta(a, b);
  let p = Math.exp(logBeta(a, b + n) - lbab + negativeBinomialLogPmf(r, alpha, n, t));
  if (n > 0) {
    const tail = regularizedIncompleteBeta(t / (alpha + t), n, r);
    p += Math.exp(logBeta(a + 1, b + n - 1) - lbab) * tail;
  }
  return Math.min(1, Math.max(0, p));
}
