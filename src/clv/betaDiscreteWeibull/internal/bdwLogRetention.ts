import { logBeta } from '../../../core/special/logBeta';
import { logGamma } from '../../../core/special/logGamma';
import { logGammaDoubleDifference } from './logGammaDoubleDifference';

/**
 * `ln r_t = ln S(t) − ln S(t−1)` for an integer `t ≥ 1`, without subtracting two log-survivals.
 *
 * @remarks
 * With `v = (t−1)^c` and `h = t^c − (t−1)^c = v · expm1(c log1p(1/(t−1)))` (formed without cancellation),
 * `r_t = B(α, β + v + h)/B(α, β + v)`, so `−ln r_t` is the double difference of `ln Γ` at `β + v` with steps
 * `α` and `h` (`logGammaDoubleDifference`). When `t^c` overflows, `ln S` is `−α ln(β + t^c)` up to a
 * constant: `ln r_t = −α c log1p(1/(t−1))` when `(t−1)^c` overflows too (β and `α²/t^c` are then below
 * the rounding), else the exact `ln B(α, β + v)` is subtracted from that asymptote. Constant time.
 * @internal
 */
export function bdwLogRetention(alpha: number, beta: number, c: number, t: number): number {
  if (t === 1) return -Math.log1p(alpha / beta);
  const v = Math.pow(t - 1, c);
  const logStep = Math.log1p(1 / (t - 1));
  const h = v * Math.expm1(c * logStep);
  if (beta + v + h < 1e300) return -logGammaDoubleDifference(beta + v, alpha, h);
  if (beta + v < 1e300) {
    // Only t^c overflows: ln B(α, β + t^c) = ln Γ(α) − α ln(β + t^c) + O(α²/t^c), ln B(α, β + v) exact.
    return Math.min(0, logGamma(alpha) - alpha * c * Math.log(t) - logBeta(alpha, beta + v));
  }
  return -alpha * c * logStep;
}
