import { digamma } from '../../core/special/digamma';
import type { CompressedData } from '../types';
import type { GammaGammaParams } from './types';

/**
 * Gradient of the weighted Gamma-Gamma log-likelihood with respect to the log-parameters
 * `(ln p, ln q, ln γ)`, for `fitModel`.
 *
 * @remarks
 * From `ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ+xm)`:
 * `∂ℓ/∂ln p = p x [ψ(px+q) − ψ(px) + ln(x m/(γ+xm))]`, `∂ℓ/∂ln q = q [ψ(px+q) − ψ(q) + ln(γ/(γ+xm))]`,
 * `∂ℓ/∂ln γ = q − (px+q) γ/(γ+xm)`. O(rows). @internal
 */
export function gammaGammaLogLikelihoodGradient(params: GammaGammaParams, data: CompressedData): Float64Array {
  const { p, q, gamma } = params;
  const x = data.columns['frequency'] as Float64Array;
  const m = data.columns['monetaryValue'] as Float64Array;
  const psiQ = digamma(q);
  let maxX = 0;
  for (let k = 0; k < data.rows; k++) if ((x[k] as number) > maxX) maxX = x[k] as number;
  // ψ(px+q) and ψ(px) once per distinct frequency.
  const size = maxX <= 1_000_000 ? maxX + 1 : 0;
  const psiSumTable = new Float64Array(size).fill(Number.NaN);
  const psiPxTable = new Float64Array(size);
  let gp = 0;
  let gq = 0;
  let gg = 0;
  for (let k = 0; k < data.rows; k++) {
    const w = data.weights[k] as number;
    const xk = x[k] as number;
    const spend = xk * (m[k] as number);
    const px = p * xk;
    let psiSum = xk < size ? (psiSumTable[xk] as number) : Number.NaN;
    let psiPx = xk < size ? (psiPxTable[xk] as number) : Number.NaN;
    if (psiSum !== psiSum) {
      psiSum = digamma(px + q);
      psiPx = digamma(px);
      if (xk < size) {
        psiSumTable[xk] = psiSum;
        psiPxTable[xk] = psiPx;
      }
    }
    const total = gamma + spend;
    gp += w * px * (psiSum - psiPx + Math.log(spend / total));
    gq += w * q * (psiSum - psiQ + Math.log(gamma / total));
    gg += w * (q - ((px + q) * gamma) / total);
  }
  return Float64Array.from([gp, gq, gg]);
}
