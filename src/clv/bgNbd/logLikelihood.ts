import type { CompressedData } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import type { BgNbdParams } from './types';

/**
 * Weighted total BG/NBD log-likelihood `Σ_k w_k ℓ_k` of compressed data (the form `fitModel` works on).
 *
 * @remarks
 * Fader, Hardie & Lee (2005a): `ℓ = A1 + A2 + ln(e^{A3} + [x>0] e^{A4})`; O(unique rows), allocation-free per row.
 *
 * @param params - `{ r, alpha, a, b }`, all > 0 (not checked here; `fitModel` passes valid values).
 * @param data - Compressed `(frequency, recency, T)` columns with weights.
 * @returns The weighted log-likelihood.
 * @internal
 */
export function logLikelihood(params: BgNbdParams, data: CompressedData): number {
  return evaluateLikelihood(params, data, undefined);
}
