import { logGamma } from '../../core/special/logGamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';

/**
 * Log density of a repeat buyer's mean spend `m` given `x` (Gamma-Gamma; Fader & Hardie 2013, eq. 3):
 * `lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ + x m)`, the two large
 * log-gammas as one {@link logGammaRatio}. No argument checks. @internal
 */
export function gammaGammaRowLogLikelihood(p: number, q: number, gamma: number, x: number, m: number): number {
  const px = p * x;
  return (
    logGammaRatio(px, q) -
    logGamma(q) +
    q * Math.log(gamma) +
    (px - 1) * Math.log(m) +
    px * Math.log(x) -
    (px + q) * Math.log(gamma + x * m)
  );
}
