import { gaussLegendre } from '../../core/integrate/gaussLegendre';
import { assertInteger } from '../../core/validate/assertInteger';
import { assertNonNegative } from '../../core/validate/assertNonNegative';
import { negativeBinomialLogPmf } from '../internal/negativeBinomialLogPmf';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { ParetoNbdParams } from './types';

const NAMES = ['r', 'alpha', 's', 'beta'];
const RULE = gaussLegendre(64);

/**
 * Pareto/NBD probability that a new customer makes exactly `n` repeat purchases in `t` time units.
 *
 * @remarks
 * A customer alive throughout `(0, t]` buys `NB_t(n)`; one who dies at `τ ≤ t` (density
 * `s β^s (β+τ)^−(s+1)`) buys `NB_τ(n)`, so
 * `P(X(t)=n) = NB_t(n) (β/(β+t))^s + ∫_0^t NB_τ(n) s β^s (β+τ)^−(s+1) dτ`,
 * `NB_τ(n) = Γ(r+n)/(Γ(r) n!) (α/(α+τ))^r (τ/(α+τ))^n` (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005). The integral is taken over the
 * death-time probability `u = 1 − (β/(β+τ))^s` by 64-point Gauss–Legendre, which removes the density.
 * O(64).
 *
 * @param params - `{ r, alpha, s, beta }`, all finite and > 0.
 * @param n - Number of repeat purchases, an integer ≥ 0.
 * @param t - Horizon `t ≥ 0` (`t = 0` gives 1 for `n = 0`, else 0).
 * @returns The probability, in [0, 1].
 * @throws InvalidArgumentError when a parameter, `n` or `t` is invalid.
 * @example
 * ```ts
 * paretoNbd.probabilityOfPurchases({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, 0, 39);
 * // ≈ 0.5960
 * ```
 * @see Fader, Hardie & Lee (2005). A note on deriving the Pareto/NBD model and related expressions.
 * http://brucehardie.com/notes/009/
 */
export function probabilityOfPurchases(params: ParetoNbdParams, n: number, t: number): number {
  const fn = 'paretoNbd.probabilityOfPurchases';
  validatePositiveParams(fn, params, NAMES);
  assertInteger(fn, 'n', n, 0);
  assertNonNegative(fn, 't', t);
  if (t === 0) return n === 0 ? 1 : 0;
  const { r, alpha, s, beta } = params;
  const logSurvive = -s * Math.log1p(t / beta);
  let p = Math.exp(negativeBinomialLogPmf(r, alpha, n, t) + logSurvive);
  const U = -Math.expm1(logSurvive); // probability of death before t
  let integral = 0;
  for (let i = 0; i < RULE.nodes.length; i++) {
    const u = 0.5 * U * (1 + (RULE.nodes[i] as number));
    const tau = beta * Math.expm1(-Math.log1p(-u) / s);
    if (tau > 0) integral += (RULE.weights[i] as number) * Math.exp(negativeBinomialLogPmf(r, alpha, n, tau));
    else if (n === 0) integral += RULE.weights[i] as number;
  }
  p += 0.5 * U * integral;
  return Math.min(1, Math.max(0, p));
}
