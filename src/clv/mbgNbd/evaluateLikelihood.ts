import type { CompressedData } from '../types';
import { frequencyTables } from '../internal/frequencyTables';
import type { MbgNbdParams } from './types';

/**
 * Weighted total MBG/NBD log-likelihood, and optionally its gradient in `θ = ln(r, alpha, a, b)`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + lnB(a, b+x+1) − lnB(a, b) − (r+x) ln(α+T) + ln(1 + e^{A4'})`,
 * `A4' = ln a − ln(b+x) + (r+x)(ln(α+T) − ln(α+t_x))` (Batislam, Denizel & Filiztekin 2007). One allocation-free pass.
 * @internal
 */
export function evaluateLikelihood(
  params: MbgNbdParams,
  data: CompressedData,
  gradient: Float64Array | undefined,
): number {
  const { r, alpha, a, b } = params;
  const xs = data.columns.frequency as Float64Array;
  const txs = data.columns.recency as Float64Array;
  const Ts = data.columns.T as Float64Array;
  const ws = data.weights;
  const withGradient = gradient !== undefined;
  const { logGammaR, logBetaAB, digammaR, dBetaDa, dBetaDb } = frequencyTables(xs, r, a, b, 1, withGradient);
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  const n = data.rows;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const w = ws[i] as number;
    const rx = r + x;
    const aT = alpha + (Ts[i] as number);
    const atx = alpha + (txs[i] as number);
    const logAT = Math.log(aT);
    const gap = Math.log1p(((Ts[i] as number) - (txs[i] as number)) / atx); // ln(α+T) − ln(α+t_x)
    const a4 = logA - Math.log(b + x) + rx * gap;
    let soft: number; // ln(1 + e^{a4})
    let sigma: number; // expit(a4)
    if (a4 > 0) {
      const e = Math.exp(-a4);
      soft = a4 + Math.log1p(e);
      sigma = 1 / (1 + e);
    } else {
      const e = Math.exp(a4);
      soft = Math.log1p(e);
      sigma = e / (1 + e);
    }
    total += w * ((logGammaR[x] as number) + (logBetaAB[x] as number) - rx * logAT + soft);
    if (withGradient) {
      gr += w * ((digammaR[x] as number) - logAT + sigma * gap);
      gAlpha += w * (-rx / aT + sigma * rx * (1 / aT - 1 / atx));
      ga += w * ((dBetaDa[x] as number) + sigma / a);
      gb += w * ((dBetaDb[x] as number) - sigma / (b + x));
    }
  }
  const W = data.total;
  total += W * r * logAlpha;
  if (gradient !== undefined) {
    gr += W * logAlpha;
    gAlpha += (W * r) / alpha;
    gradient[0] = gr * r;
    gradient[1] = gAlpha * alpha;
    gradient[2] = ga * a;
    gradient[3] = gb * b;
  }
  return total;
}
