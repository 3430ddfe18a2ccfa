import { logBeta } from '../../core/special/logBeta';
import { assertInteger } from '../../core/validate/assertInteger';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { negativeBinomialLogPmf } from '../internal/negativeBinomialLogPmf';
import { regularizedIncompleteBeta } from '../../core/special/regularizedIncompleteBeta';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { MbgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'];

/**
 * MBG/NBD probability that a new customer makes exactly `n` repeat purchases in `t` time units.
 *
 * @remarks
 * `P(X(t)=n) = B(a,b+n+1)/B(a,b) · NB(n) + B(a+1,b+n)/B(a,b) · I_z(n, r)` (`I_z(0, r) = 1`), `z = t/(α+t)`,
 * `NB(n) = Γ(r+n)/(Γ(r) n!) (α/(α+t))^r z^n` (Batislam et al. 2007), every factor in log space
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
 * mbgNbd.probabilityOfPurchases({ r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 }, 0, 39);
 * // ≈ 0.5825
 * ```
 * @see Batislam, Denizel & Filiztekin (2007). Empirical validation and comparison of models for customer base
 * analysis. International Journal of Research in Marketing 24(3), 201–209. doi:10.1016/j.ijresmar.2006.12.005
 */
export function probabilityOfPurchases(params: MbgNbdParams, n: number, t: number): number {
  const fn = 'mbgNbd.probabilityOfPurchases';
  validatePositiveParams(fn, params, NAMES);
  assertInteger(fn, 'n', n, 0);
  assertNonNegative(fn, 't', t);
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha, a, b } = params;
  const lbab = logBeta(a, b);
  const tail = n === 0 ? 1 : regularizedIncompleteBeta(t / (alpha + t), n, r);
  const p =
    Math.exp(logBeta(a, b + n + 1) - lbab + negativeBinomialLogPmf(r, alpha, n, t)) +
    Math.exp(logBeta(a + 1, b + n) - lbab) * tail;
  return Math.min(1, Math.max(0, p));
}
