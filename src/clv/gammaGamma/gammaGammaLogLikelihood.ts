import type { CompressedData } from '../types';
import { evaluateGammaGammaLikelihood } from './evaluateGammaGammaLikelihood';
import type { GammaGammaParams } from './types';

/**
 * Weighted Gamma-Gamma log-likelihood `Σ_k w_k ℓ(p, q, γ | x_k, m_k)` of compressed repeat-buyer data
 * (see `evaluateGammaGammaLikelihood`). O(rows). @internal
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: CompressedData): number {
  return evaluateGammaGammaLikelihood(params, data, undefined);
}
