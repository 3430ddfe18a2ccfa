import { logGamma } from '../../core/special/logGamma';
import { frequencyTables } from '../internal/frequencyTables';
import type { CompressedData } from '../types';
import { erlangRateTables } from './erlangRateTables';
import type { MbgCnbdKParams } from './types';

/**
 * Weighted total MBG/CNBD-k log-likelihood for a fixed `k`, and optionally its gradient in
 * `θ = ln(r, alpha, a, b)`.
 *
 * @remarks
 * Per row (Platzer & Reutterer 2016), with `K = r + kx`, `u = (T−t_x)/(α+T)`:
 * `ℓ = (k−1) litt − x ln((k−1)!) + lnB(a, b+x+1) − lnB(a, b) + lnΓ(K) − lnΓ(r) + r ln α − K ln(α+T) + ln(S1 + S2)`,
 * `S1 = a/(b+x) · ((α+T)/(α+t_x))^K`, `S2 = Σ_{j<k} (K)_j u^j / j!`. The derivatives of `ln(S1+S2)` are
 * the shares `S1/(S1+S2)` and `s_j/(S1+S2)` times the derivatives of `ln S1` and `ln s_j`
 * (`∂ ln s_j/∂r = Σ_{i<j} 1/(K+i)`, `∂ ln s_j/∂α = −j/(α+T)`). One pass, O(rows · k).
 * @internal
 */
export function evaluateLikelihood(k: number, params: MbgCnbdKParams, data: CompressedData, gradient: Float64Array | undefined): number {
  const { r, alpha, a, b } = params;
  const xs = data.columns.frequency as Float64Array;
  const txs = data.columns.recency as Float64Array;
  const Ts = data.columns.T as Float64Array;
  const litts = data.columns.litt;
  const ws = data.weights;
  const withGradient = gradient !== undefined;
  const tables = frequencyTables(xs, r, a, b, 1, withGradient);
  const { logBetaAB, dBetaDa, dBetaDb } = tables;
  const maxX = tables.maxX;
  const { logGamma: logGammaK, digamma: digammaK } = erlangRateTables(r, k, maxX, withGradient);
  const logFactorial = logGamma(k);
  const logA = Math.log(a);
  const logTerms = new Float64Array(k);
  let total = 0;
  let timing = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  for (let i = 0; i < data.rows; i++) {
    const x = xs[i] as number;
    const w = ws[i] as number;
    const T = Ts[i] as number;
    const tx = txs[i] as number;
    const K = r + k * x;
    const aT = alpha + T;
    const logAT = Math.log(aT);
    const gap = Math.log1p((T - tx) / (alpha + tx)); // ln(α+T) − ln(α+t_x)
    const logS1 = logA - Math.log(b + x) + K * gap;
    // ln s_j, j = 0 … k−1, and their log-sum-exp with ln S1.
    const u = (T - tx) / aT;
    let terms = 1;
    logTerms[0] = 0;
    if (k > 1 && u > 0) {
      const logU = Math.log(u);
      for (let j = 1; j < k; j++) logTerms[j] = (logTerms[j - 1] as number) + Math.log((K + j - 1) / j) + logU;
      terms = k;
    }
    let max = logS1;
    for (let j = 0; j < terms; j++) if ((logTerms[j] as number) > max) max = logTerms[j] as number;
    let sum = Math.exp(logS1 - max);
    for (let j = 0; j < terms; j++) sum += Math.exp((logTerms[j] as number) - max);
    const logSum = max + Math.log(sum);
    total += w * ((logGammaK[x] as number) + (logBetaAB[x] as number) - K * logAT + logSum);
    if (k > 1 && litts !== undefined) timing += w * ((k - 1) * (litts[i] as number) - x * logFactorial);
    if (withGradient) {
      const sigma = Math.exp(logS1 - logSum);
      let dr = sigma * gap;
      let dAlpha = sigma * K * (1 / aT - 1 / (alpha + tx));
      let h = 0; // Σ_{i<j} 1/(K+i)
      for (let j = 1; j < terms; j++) {
        h += 1 / (K + j - 1);
        const share = Math.exp((logTerms[j] as number) - logSum);
        dr += share * h;
        dAlpha -= (share * j) / aT;
      }
      gr += w * ((digammaK as Float64Array)[x]! - logAT + dr);
      gAlpha += w * (-K / aT + dAlpha);
      ga += w * ((dBetaDa[x] as number) + sigma / a);
      gb += w * ((dBetaDb[x] as number) - sigma / (b + x));
    }
  }
  const W = data.total;
  const logAlpha = Math.log(alpha);
  total += W * r * logAlpha + timing;
  if (gradient !== undefined) {
    gradient[0] = (gr + W * logAlpha) * r;
    gradient[1] = (gAlpha + (W * r) / alpha) * alpha;
    gradient[2] = ga * a;
    gradient[3] = gb * b;
  }
  return total;
}
