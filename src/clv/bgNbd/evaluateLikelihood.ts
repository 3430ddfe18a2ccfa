import type { CompressedData } from '../types';
import { columnLevels } from '../internal/columnLevels';
import { DENSE_MAX, frequencyTables } from '../internal/frequencyTables';
import { evaluateLikelihoodByRows } from './evaluateLikelihoodByRows';
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
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + lnB(a, b+x) − lnB(a, b) − (r+x) ln(α+T) + [x>0] ln(1 + e)`,
 * `e = a/(b+x−1) · ρ^(r+x)`, `ρ = (α+T)/(α+t_x)` (Fader, Hardie & Lee 2005a, eq. 6, as `e^{A3} + e^{A4}`
 * with `A3` factored out). One pass, no allocation per row; the frequency-only terms are tabulated once.
 * `ln(α+T)` and `ln ρ` come from `ln(α+v)` once per distinct value when the time columns have few
 * (`columnLevels`: daily data). Otherwise (continuous times) a row takes one logarithm,
 * `ln ρ = log1p((T−t_x)/(α+t_x))`, and one exponential: `Σ (r+x) ln(α+T)` is `(r+x) ln Π (α+T)` over the
 * rows of each frequency and `Σ ln(1+e)` the logarithm of one running product, each product's logarithm
 * taken when it leaves [1e-200, 1e200] (rows of weight other than 1, or factors beyond 1e±100, take
 * their logarithm directly). The gradient needs only `e/(1+e)` and divisions per row.
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
  if (tables.maxX > DENSE_MAX) return evaluateLikelihoodByRows(params, data, gradient, tables);
  const { maxX, logGammaR, logBetaAB, digammaR, dBetaDa, dBetaDb } = tables;
  const logAlpha = Math.log(alpha);
  const logA = Math.log(a);
  // Per frequency: ln a − ln(b+x−1) (x ≥ 1), Σ w ln(α+T) as a running product and a log sum, Σ w, and
  // Σ w e/(1+e).
  const logC = new Float64Array(maxX + 1);
  for (let x = 1; x <= maxX; x++) logC[x] = logA - Math.log(b + x - 1);
  const productT = new Float64Array(maxX + 1).fill(1);
  const logT = new Float64Array(maxX + 1);
  const weightX = new Float64Array(maxX + 1);
  const aliveX = new Float64Array(maxX + 1);
  let productMix = 1;
  let logMix = 0;
  let gAlpha = 0;
  let gRho = 0; // Σ w (e/(1+e)) ln ρ
  const n = data.rows;
  // ln(α+T) and ln(α+t_x) once per distinct value when the time columns have few (daily data).
  const levelsT = columnLevels(Ts);
  const levelsTx = levelsT === null ? null : columnLevels(txs);
  const byLevel = levelsT !== null && levelsTx !== null;
  const logAlphaT = byLevel ? logShifted(levelsT.values, alpha) : EMPTY;
  const logAlphaTx = byLevel ? logShifted(levelsTx.values, alpha) : EMPTY;
  const indexT = byLevel ? levelsT.index : EMPTY_INDEX;
  const indexTx = byLevel ? levelsTx.index : EMPTY_INDEX;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const w = ws[i] as number;
    const T = Ts[i] as number;
    const aT = alpha + T;
    weightX[x] = (weightX[x] as number) + w;
    let logAT = 0;
    if (byLevel) {
      logAT = logAlphaT[indexT[i] as number] as number;
      logT[x] = (logT[x] as number) + w * logAT;
    } else if (w === 1 && aT >= 1e-100 && aT <= 1e100) {
      const next = (productT[x] as number) * aT;
      if (next >= 1e-200 && next <= 1e200) productT[x] = next;
      else {
        logT[x] = (logT[x] as number) + Math.log(next);
        productT[x] = 1;
      }
    } else logT[x] = (logT[x] as number) + w * Math.log(aT);
    if (x === 0) {
      if (withGradient) gAlpha -= (w * r) / aT;
      continue;
    }
    const tx = txs[i] as number;
    const aTx = alpha + tx;
    const logRho = byLevel ? logAT - (logAlphaTx[indexTx[i] as number] as number) : Math.log1p((T - tx) / aTx);
    const rx = r + x;
    const z = (logC[x] as number) + rx * logRho; // ln e
    let w4: number;
    if (z < 230) {
      const e = Math.exp(z);
      const f = 1 + e;
      w4 = e / f;
      if (w === 1) {
        const next = productMix * f;
        if (next <= 1e200) productMix = next;
        else {
          logMix += Math.log(next);
          productMix = 1;
        }
      } else logMix += w * Math.log1p(e);
    } else {
      const e = Math.exp(-z);
      w4 = 1 / (1 + e);
      logMix += w * (z + Math.log1p(e));
    }
    if (withGradient) {
      const ww4 = w * w4;
      aliveX[x] = (aliveX[x] as number) + ww4;
      gRho += ww4 * logRho;
      gAlpha -= rx * ((w - ww4) / aT + ww4 / aTx);
    }
  }
  let total = logMix + Math.log(productMix);
  let sumLogT = 0;
  let gr = 0;
  let ga = 0;
  let gb = 0;
  for (let x = 0; x <= maxX; x++) {
    const W = weightX[x] as number;
    if (W === 0) continue;
    const lt = (logT[x] as number) + Math.log(productT[x] as number);
    sumLogT += lt;
    total += W * ((logGammaR[x] as number) + (logBetaAB[x] as number)) - (r + x) * lt;
    if (withGradient) {
      const alive = aliveX[x] as number;
      gr += W * (digammaR[x] as number);
      ga += W * (dBetaDa[x] as number) + alive / a;
      gb += W * (dBetaDb[x] as number) - (x > 0 ? alive / (b + x - 1) : 0);
    }
  }
  const W = data.total;
  total += W * r * logAlpha;
  if (gradient !== undefined) {
    gr += W * logAlpha - sumLogT + gRho;
    gAlpha += (W * r) / alpha;
    gradient[0] = gr * r;
    gradient[1] = gAlpha * alpha;
    gradient[2] = ga * a;
    gradient[3] = gb * b;
  }
  return total;
}
