import type { CompressedData } from '../types';
import type { FrequencyTables } from '../internal/frequencyTables';
import type { BgNbdParams } from './types';

/**
 * {@link evaluateLikelihood} row by row, for data whose largest frequency is too large for its tables
 * over `0 … max x` (`tables` is then sparse): the same likelihood and gradient, with no array sized by
 * the frequency. `e = a/(b+x−1) · ρ^(r+x)`, `ρ = (α+T)/(α+t_x)`, `w = e/(1+e)`:
 * `∂ℓ/∂r = ψ(r+x) − ψ(r) + ln α − ln(α+T) + w ln ρ`, `∂ℓ/∂α = r/α − (r+x)[(1−w)/(α+T) + w/(α+t_x)]`,
 * `∂ℓ/∂a = ∂lnB/∂a + w/a`, `∂ℓ/∂b = ∂lnB/∂b − w/(b+x−1)`; the gradient is returned in `θ = ln(params)`.
 * O(rows).
 * @internal
 */
export function evaluateLikelihoodByRows(
  params: BgNbdParams,
  data: CompressedData,
  gradient: Float64Array | undefined,
  tables: FrequencyTables,
): number {
  const { r, alpha, a, b } = params;
  const xs = data.columns.frequency as Float64Array;
  const txs = data.columns.recency as Float64Array;
  const Ts = data.columns.T as Float64Array;
  const ws = data.weights;
  const { logGammaR, logBetaAB, digammaR, dBetaDa, dBetaDb } = tables;
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  for (let i = 0; i < data.rows; i++) {
    const x = xs[i] as number;
    const w = ws[i] as number;
    const aT = alpha + (Ts[i] as number);
    const rx = r + x;
    const logAT = Math.log(aT);
    let row = (logGammaR[x] as number) + (logBetaAB[x] as number) + r * logAlpha - rx * logAT;
    let alive = 0;
    let logRho = 0;
    let aTx = aT;
    if (x > 0) {
      aTx = alpha + (txs[i] as number);
      logRho = Math.log1p(((Ts[i] as number) - (txs[i] as number)) / aTx);
      const z = logA - Math.log(b + x - 1) + rx * logRho; // ln e
      row += z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
      alive = z > 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
    total += w * row;
    if (gradient !== undefined) {
      gr += w * ((digammaR[x] as number) + logAlpha - logAT + alive * logRho);
      gAlpha += w * (r / alpha - rx * ((1 - alive) / aT + alive / aTx));
      ga += w * ((dBetaDa[x] as number) + alive / a);
      gb += w * ((dBetaDb[x] as number) - (x > 0 ? alive / (b + x - 1) : 0));
    }
  }
  if (gradient !== undefined) {
    gradient[0] = gr * r;
    gradient[1] = gAlpha * alpha;
    gradient[2] = ga * a;
    gradient[3] = gb * b;
  }
  return total;
}
