import type { CompressedData } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import type { GgomNbdParams } from './types';

/**
 * Weighted total Gamma-Gompertz/NBD log-likelihood `Σ_k w_k ℓ_k` of compressed data (the form `fitModel`
 * works on).
 *
 * @remarks
 * Bemmaor & Glady (2012), with the lifetime integral by adaptive Gauss–Kronrod quadrature in log
 * space; O(unique rows · nodes).
 *
 * @param params - `{ r, alpha, b, s, beta }`, all > 0 (not checked here; `fitModel` passes valid values).
 * @param data - Compressed `(frequency, recency, T)` columns with weights.
 * @returns The weighted log-likelihood.
 * @internal
 */
export function logLikelihood(params: GgomNbdParams, data: CompressedData): number {
  return evaluateLikelihood(params, data, undefined);
}
