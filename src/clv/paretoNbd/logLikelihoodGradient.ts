import type { CompressedData } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import type { ParetoNbdParams } from './types';

/**
 * Analytic gradient of the weighted Pareto/NBD log-likelihood with respect to `θ = ln(r, alpha, s, beta)`.
 *
 * @remarks
 * Differentiates `ℓ` term by term; `ψ(r+x) − ψ(r)` is a running sum
 * over the frequencies; the derivatives of the integral share its quadrature nodes.
 *
 * @param params - `{ r, alpha, s, beta }`, all > 0.
 * @param data - Compressed data.
 * @returns `[∂/∂ln r, ∂/∂ln alpha, ∂/∂ln s, ∂/∂ln beta]` of `Σ w ℓ`.
 * @internal
 */
export function logLikelihoodGradient(params: ParetoNbdParams, data: CompressedData): Float64Array {
  const g = new Float64Array(4);
  evaluateLikelihood(params, data, g);
  return g;
}
