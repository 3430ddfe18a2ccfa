import { logGamma } from '../../../core/special/logGamma';
import { logGammaDoubleDifference } from './logGammaDoubleDifference';

/**
 * `ln S(t) = ln B(α, β + t^c) − ln B(α, β)` for `t ≥ 0` (an integer for the model, any real for the
 * integrals of `bdwLifetimeSum`), given `logBetaAB = ln B(α, β)`.
 *
 * @remarks
 * `ln B(α, β + u) − ln B(α, β) = −[ln Γ(β + α + u) − ln Γ(β + α) − ln Γ(β + u) + ln Γ(β)]`, the double
 * difference of `ln Γ` at `β` with steps `α` and `u = t^c` (`logGammaDoubleDifference`): no two large
 * log-gammas are subtracted, so the error is a few ulp of `ln S(t)` itself (the conditioning of `S` in
 * floating point), also for large `α`, `β`. When `β + t^c` overflows double precision (`c ln t > 690`), `ln B(α, y) = ln Γ(α) − ln Γ(y + α) + ln Γ(y)
 * = ln Γ(α) − α ln y + O(α²/y)` with `ln y = ln(β + t^c)` formed from `c ln t` (the `O(α²/y)` term is below
 * 1e−290 for `α ≤ 1e4`), so the log-survival stays finite where `S(t)` itself underflows. Constant time.
 * @internal
 */
export function bdwLogSurvival(alpha: number, beta: number, c: number, logBetaAB: number, t: number): number {
  if (t === 0) return 0;
  const u = Math.pow(t, c);
  if (beta + u < 1e300) return Math.min(0, -logGammaDoubleDifference(beta, alpha, u));
  return bdwLogSurvivalOfLogT(alpha, beta, c, logBetaAB, Math.log(t));
}

/** {@link bdwLogSurvival} of `t = e^logT`, for `t` beyond double precision. @internal */
export function bdwLogSurvivalOfLogT(alpha: number, beta: number, c: number, logBetaAB: number, logT: number): number {
  const logU = c * logT;
  if (logU < 690) return Math.min(0, -logGammaDoubleDifference(beta, alpha, Math.exp(logU)));
  const logY = logU + Math.log1p(Math.exp(Math.log(beta) - logU));
  return Math.min(0, logGamma(alpha) - alpha * logY - logBetaAB);
}
