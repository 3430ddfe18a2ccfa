import type { CompressedData } from '../types';
import { evaluateGammaGammaLikelihood } from './evaluateGammaGammaLikelihood';
import type { GammaGammaParams } from './types';

/**
 * Gradient of the weighted Gamma-Gamma log-likelihood with respect to the log-parameters
 * `(ln p, ln q, ln γ)`, for `fitModel`.
 *
 * @remarks
 * From `ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ+xm)`:
 * `∂ℓ/∂ln p = p x [ψ(px+q) − ψ(px) + ln(x m/(γ+xm))]`, `∂ℓ/∂ln q = q [ψ(px+q) − ψ(q) + ln(γ/(γ+xm))]`,
 * `∂ℓ/∂ln γ = q − (px+q) γ/(γ+xm)`, summed per frequency (`evaluateGammaGammaLikelihood`). O(rows). @internal
 */
export function gammaGammaLogLikelihoodGradient(params: GammaGammaParams, data: CompressedData): Float64Array {
  const gradient = new Float64Array(3);
  evaluateGammaGammaLikelihood(params, data, gradient);
  return gradient;
}
