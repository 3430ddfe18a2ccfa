import type { CompressedData } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import type { GgomNbdParams } from './types';

/**
 * Gradient of the weighted Gamma-Gompertz/NBD log-likelihood with respect to `θ = ln(r, alpha, b, s, beta)`.
 *
 * @remarks
 * Differentiates under the integral sign: `∂ ln I/∂θ` is the integrand-weighted mean of `∂ ln f/∂θ` over
 * the quadrature nodes of the value itself. O(unique rows · nodes).
 *
 * @param params - `{ r, alpha, b, s, beta }`, all > 0.
 * @param data - Compressed data.
 * @returns `[∂/∂ln r, ∂/∂ln alpha, ∂/∂ln b, ∂/∂ln s, ∂/∂ln beta]` of `Σ w ℓ`.
 * @internal
 */
export function logLikelihoodGradient(params: GgomNbdParams, data: CompressedData): Float64Array {
  const g = new Float64Array(5);
  evaluateLikelihood(params, data, g);
  return g;
}
