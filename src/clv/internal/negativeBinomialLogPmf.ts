import { logGamma } from '../../core/special/logGamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';

/**
 * `ln NB_t(n) = lnΓ(r+n) − lnΓ(r) − ln n! + r ln(α/(α+t)) + n ln(t/(α+t))`: the log probability of `n`
 * purchases in `t` under Poisson purchasing with a `Gamma(r, α)` rate. `t > 0`.
 * @internal
 */
export function negativeBinomialLogPmf(r: number, alpha: number, n: number, t: number): number {
  const head = n === 0 ? 0 : logGammaRatio(r, n) - logGamma(n + 1) + n * Math.log(t / (alpha + t));
  return head - r * Math.log1p(t / alpha);
}
