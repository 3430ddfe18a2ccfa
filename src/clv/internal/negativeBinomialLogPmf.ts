import { logBeta } from '../../core/special/logBeta';
import { logGamma } from '../../core/special/logGamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';

/**
 * `ln NB_t(n) = lnΓ(r+n) − lnΓ(r) − ln n! + r ln(α/(α+t)) + n ln(t/(α+t))`: the log probability of `n`
 * purchases in `t` under Poisson purchasing with a `Gamma(r, α)` rate. `t > 0`.
 * @internal
 */
export function negativeBinomialLogPmf(r: number, alpha: number, n: number, t: number): number {
  if (n === 0) return -r * Math.log1p(t / alpha);
  let coefficient = logGammaRatio(r, n) - logGamma(n + 1);
  // lnΓ(n+1) overflows near n = 1e308 (∞ − ∞); the same coefficient is −ln B(r, n+1) − ln(r+n).
  if (!Number.isFinite(coefficient)) coefficient = -logBeta(r, n + 1) - Math.log(r + n);
  return coefficient + n * Math.log(t / (alpha + t)) - r * Math.log1p(t / alpha);
}
