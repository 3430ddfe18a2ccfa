import type { CompressedData } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import type { ParetoNbdParams } from './types';

/**
 * Weighted total Pareto/NBD log-likelihood `Σ_k w_k ℓ_k` of compressed data (the form `fitModel` works on).
 *
 * @remarks
 * Fader & Hardie (2005), computed as in docs/clv.md, "Numerics": 2F1-free, Gauss–Legendre in log space; O(8–64 · unique rows).
 *
 * @param params - `{ r, alpha, s, beta }`, all > 0 (not checked here; `fitModel` passes valid values).
 * @param data - Compressed `(frequency, recency, T)` columns with weights.
 * @returns The weighted log-likelihood.
 * @internal
 */
export function logLikelihood(params: ParetoNbdParams, data: CompressedData): number {
  return evaluateLikelihood(params, data, undefined);
}
