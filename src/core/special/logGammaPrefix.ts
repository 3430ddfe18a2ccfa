import { logGamma } from './logGamma';
import { log1pmx } from './log1pmx';
import { stirlingCorrection } from './stirlingCorrection';

const HALF_LOG_TWO_PI = 0.9189385332046728;

/**
 * `a ln x − x − ln Γ(a)` (the log of `x^a e^(−x) / Γ(a)`) for `a > 0`, `x > 0`.
 *
 * @remarks
 * For `a ≥ 10` in the saddle-point form `a · log1pmx((x − a)/a) + ½ ln(a / 2π) − s(a)` (Stirling's series,
 * DLMF 5.11.1; `s` its correction; `a ln(x/a) − (x − a)` replaces the first term away from the saddle),
 * which avoids the cancellation of `a ln x` against `x + ln Γ(a)`.
 * @internal
 */
export function logGammaPrefix(a: number, x: number): number {
  if (a < 10) return a * Math.log(x) - x - logGamma(a);
  const difference = x - a;
  // a (ln(x/a) − (x − a)/a): by log1pmx near the saddle x = a, else directly (x/a formed once, not 1 + t).
  const core = Math.abs(difference) < 0.25 * a ? a * log1pmx(difference / a) : a * Math.log(x / a) - difference;
  return core + 0.5 * Math.log(a) - HALF_LOG_TWO_PI - stirlingCorrection(a);
}
