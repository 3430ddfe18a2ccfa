import type { CompressedData } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import type { BgNbdParams } from './types';

/**
 * Analytic gradient of the weighted BG/NBD log-likelihood with respect to `θ = ln(r, alpha, a, b)`.
 *
 * @remarks
 * Differentiates `ℓ` term by term; `ψ(r+x) − ψ(r)` and the Beta-function derivatives are running sums
 * over the frequencies (exact for integer `x`). O(unique rows + max frequency).
 *
 * @param params - `{ r, alpha, a, b }`, all > 0.
 * @param data - Compressed data.
 * @returns `[∂/∂ln r, ∂/∂ln alpha, ∂/∂ln a, ∂/∂ln b]` of `Σ w ℓ`.
 * @internal
 */
export function logLikelihoodGradient(params: BgNbdParams, data: CompressedData): Float64Array {
  const g = new Float64Array(4);
  evaluateLikelihood(params, data, g);
  return g;
}
