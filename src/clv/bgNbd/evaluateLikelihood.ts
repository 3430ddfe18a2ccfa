import type { CompressedData } from '../types';
import { columnLevels } from '../internal/columnLevels';
import { frequencyTables } from '../internal/frequencyTables';
import type { BgNbdParams } from './types';

const EMPTY = new Float64Array(0);
const EMPTY_INDEX = new Int32Array(0);

/** `ln(α + v)` for each value `v`. */
function logShifted(values: Float64Array, alpha: number): Float64Array {
  const out = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) out[k] = Math.log(alpha + (values[k] as number));
  return out;
}

/**
 * Weighted total BG/NBD log-likelihood of compressed data, and optionally its gradient with respect to
 * `θ = ln(r, alpha, a, b)` written into `gradient`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + lnB(a, b+x) − lnB(a, b) + ln(e^{A3} + [x>0] e^{A4})`,
 * `A3 = −(r+x) ln(α+T)`, `A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x)` (Fader, Hardie & Lee 2005a). One pass, no
 * allocation per row; the frequency-only terms are tabulated once, and `ln(α+T)`, `ln(α+t_x)` once per
 * distinct value when the time columns have few (`columnLevels`: daily data).
 * @internal
 */
export function evaluateLikelihood(
  params: BgNbdParams,
  data: CompressedData,
  gradient: Float64Array | undefined,
): number {
  const { r, alpha, a, b } = params;
  const xs = data.columns.frequency as Float64Array;
  const txs = data.columns.recency as Float64Array;
  const Ts = data.columns.T as Float64Array;
  const ws = data.weights;
  const withGradient = gradient !== undefined;
  const tables = frequencyTables(xs, r, a, b, 0, withGradient);
  const { logGammaR, logBetaAB, digammaR, dBetaDa, dBetaDb } = tables;
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  const logB1 = new Float64Array(tables.maxX + 1); // ln(b+x−1), x ≥ 1
  for (let x = 1; x <= tables.maxX; x++) logB1[x] = Math.log(b + x - 1);
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let ga = 0;
  let gb = 0;
  const n = data.rows;
  // ln(α+T) and ln(α+t_x) once per distinct value when the time columns have few (daily data).
  const levelsT = columnLevels(Ts);
  const levelsTx = levelsT === null ? null : columnLevels(txs);
  const logAlphaT = levelsT === null ? EMPTY : logShifted(levelsT.values, alpha);
  const logAlphaTx = levelsTx === null ? EMPTY : logShifted(levelsTx.values, alpha);
  const indexT = levelsT === null ? EMPTY_INDEX : levelsT.index;
  const indexTx = levelsTx === null ? EMPTY_INDEX : levelsTx.index;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const w = ws[i] as number;
    const rx = r + x;
    const logAT = levelsT === null ? Math.log(alpha + (Ts[i] as number)) : (logAlphaT[indexT[i] as number] as number);
    const a3 = -rx * logAT;
    let mix = a3;
    let w4 = 0;
    let logAtx = 0;
    let bx1 = 0;
    if (x > 0) {
      logAtx = levelsTx === null ? Math.log(alpha + (txs[i] as number)) : (logAlphaTx[indexTx[i] as number] as number);
      bx1 = b + x - 1;
      const a4 = logA - (logB1[x] as number) - rx * logAtx;
      if (a3 >= a4) {
        const e = Math.exp(a4 - a3);
        mix = a3 + Math.log1p(e);
        w4 = e / (1 + e);
      } else {
        const e = Math.exp(a3 - a4);
        mix = a4 + Math.log1p(e);
        w4 = 1 / (1 + e);
      }
    }
    total += w * ((logGammaR[x] as number) + (logBetaAB[x] as number) + mix);
    if (withGradient) {
      const w3 = 1 - w4;
      gr += w * ((digammaR[x] as number) - w3 * logAT - w4 * logAtx);
      gAlpha -= w * rx * (w3 / (alpha + (Ts[i] as number)) + (x > 0 ? w4 / (alpha + (txs[i] as number)) : 0));
      ga += w * ((dBetaDa[x] as number) + w4 / a);
      gb += w * ((dBetaDb[x] as number) - (x > 0 ? w4 / bx1 : 0));
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
