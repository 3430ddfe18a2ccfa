import type { CompressedData } from '../types';
import { logGamma } from '../../core/special/logGamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';
import type { GammaGammaParams } from './types';

/**
 * Weighted Gamma-Gamma log-likelihood `Σ_k w_k ℓ(p, q, γ | x_k, m_k)` of compressed repeat-buyer data.
 * O(rows). @internal
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, data: CompressedData): number {
  const { p, q, gamma } = params;
  const x = data.columns['frequency'] as Float64Array;
  const m = data.columns['monetaryValue'] as Float64Array;
  // Row terms as in gammaGammaRowLogLikelihood, with the parameter-only terms hoisted out of the loop and
  // lnΓ(px+q) − lnΓ(px) tabulated once per distinct frequency (few distinct values, many rows).
  const constant = q * Math.log(gamma) - logGamma(q);
  let maxX = 0;
  for (let k = 0; k < data.rows; k++) if ((x[k] as number) > maxX) maxX = x[k] as number;
  const table = new Float64Array(maxX <= 1_000_000 ? maxX + 1 : 0).fill(Number.NaN);
  let sum = 0;
  let weight = 0;
  for (let k = 0; k < data.rows; k++) {
    const w = data.weights[k] as number;
    const xk = x[k] as number;
    const mk = m[k] as number;
    const px = p * xk;
    let ratio = xk < table.length ? (table[xk] as number) : Number.NaN;
    if (ratio !== ratio) {
      ratio = logGammaRatio(px, q);
      if (xk < table.length) table[xk] = ratio;
    }
    sum += w * (ratio + (px - 1) * Math.log(mk) + px * Math.log(xk) - (px + q) * Math.log(gamma + xk * mk));
    weight += w;
  }
  return sum + weight * constant;
}
