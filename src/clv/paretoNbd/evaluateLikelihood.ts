import type { CompressedData } from '../types';
import { frequencyTables } from '../internal/frequencyTables';
import { paretoLogIntegral } from '../internal/paretoLogIntegral';
import { paretoPairIndex } from '../internal/paretoPairIndex';
import type { ParetoNbdParams } from './types';

const DERIV = new Float64Array(4);
const EMPTY = new Float64Array(0);
// Use G(t_x) − G(T) while G(T) ≤ 0.99 G(t_x): at most 100-fold amplification of the ~1e-12 quadrature error.
const CANCELLATION_LIMIT = Math.log(0.99);

/**
 * Weighted total Pareto/NBD log-likelihood, and optionally its gradient in `θ = ln(r, alpha, s, beta)`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + s ln β + logaddexp(−(r+x) ln(α+T) − s ln(β+T), ln s + ln I)`,
 * `I = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ` by Gauss–Legendre in log space (docs/clv.md §6): no
 * 2F1, finite for any frequency. O(8–64 nodes · unique rows), allocation-free per row. When the rows share
 * few distinct `(x, t_x)` and `(x, T)` pairs (daily data), `I = G(t_x) − G(T)` with `G(u) = ∫_u^M`,
 * `M = max T`, is assembled from one quadrature per pair; rows where that difference would cancel
 * (`G(T) > 0.99 G(t_x)`) are integrated directly.
 * @internal
 */
export function evaluateLikelihood(
  params: ParetoNbdParams,
  data: CompressedData,
  gradient: Float64Array | undefined,
): number {
  const { r, alpha, s, beta } = params;
  const xs = data.columns.frequency as Float64Array;
  const txs = data.columns.recency as Float64Array;
  const Ts = data.columns.T as Float64Array;
  const ws = data.weights;
  const withGradient = gradient !== undefined;
  const { logGammaR, digammaR } = frequencyTables(xs, r, Number.NaN, Number.NaN, 0, withGradient);
  const logS = Math.log(s);
  // ln G(u) = ln ∫_u^M (α+τ)^−(r+x) (β+τ)^−(s+1) dτ for every distinct pair, with derivatives.
  const pairs = paretoPairIndex(data);
  let logG = EMPTY;
  let dG = EMPTY;
  let logAU = EMPTY; // ln(α+u), ln(β+u) per pair: ln(α+T), ln(β+T) of the rows
  let logBU = EMPTY;
  if (pairs !== null) {
    const m = pairs.x.length;
    logG = new Float64Array(m);
    if (withGradient) dG = new Float64Array(4 * m);
    // Per frequency, from the largest u down: G(u_i) = G(u_{i+1}) + ∫_{u_i}^{u_{i+1}}, short steps of
    // positive terms (no cancellation), each a few Gauss–Legendre nodes.
    logAU = new Float64Array(m);
    logBU = new Float64Array(m);
    for (let k = 0; k < m; k++) {
      logAU[k] = Math.log(alpha + (pairs.u[k] as number));
      logBU[k] = Math.log(beta + (pairs.u[k] as number));
    }
    let previous = -1;
    for (let o = 0; o < m; o++) {
      const k = pairs.order[o] as number;
      const x = pairs.x[k] as number;
      const u = pairs.u[k] as number;
      const sameX = previous >= 0 && pairs.x[previous] === x;
      const top = sameX ? (pairs.u[previous] as number) : pairs.upper;
      const gTop = sameX ? (logG[previous] as number) : Number.NEGATIVE_INFINITY;
      if (u >= top) {
        logG[k] = gTop;
        if (withGradient && sameX) for (let j = 0; j < 4; j++) dG[4 * k + j] = dG[4 * previous + j] as number;
        previous = k;
        continue;
      }
      const step = paretoLogIntegral(r + x, alpha, s + 1, beta, u, top, withGradient ? DERIV : undefined);
      if (gTop === Number.NEGATIVE_INFINITY) {
        logG[k] = step;
        if (withGradient) for (let j = 0; j < 4; j++) dG[4 * k + j] = DERIV[j] as number;
      } else {
        const high = Math.max(step, gTop);
        const g = high + Math.log(Math.exp(step - high) + Math.exp(gTop - high));
        logG[k] = g;
        if (withGradient) {
          const ws = Math.exp(step - g);
          const wt = Math.exp(gTop - g);
          for (let j = 0; j < 4; j++) dG[4 * k + j] = ws * (DERIV[j] as number) + wt * (dG[4 * previous + j] as number);
        }
      }
      previous = k;
    }
  }
  let total = 0;
  let gr = 0;
  let gAlpha = 0;
  let gs = 0;
  let gBeta = 0;
  const n = data.rows;
  for (let i = 0; i < n; i++) {
    const x = xs[i] as number;
    const w = ws[i] as number;
    const T = Ts[i] as number;
    const tx = txs[i] as number;
    const rx = r + x;
    const hiPair = pairs === null ? -1 : (pairs.rowHigh[i] as number);
    const logAT = hiPair < 0 ? Math.log(alpha + T) : (logAU[hiPair] as number);
    const logBT = hiPair < 0 ? Math.log(beta + T) : (logBU[hiPair] as number);
    const l1 = -rx * logAT - s * logBT;
    let mix = l1;
    let p2 = 0;
    if (tx < T) {
      let logI = Number.NaN;
      if (pairs !== null) {
        const lo = pairs.rowLow[i] as number;
        const hi = pairs.rowHigh[i] as number;
        const gLow = logG[lo] as number;
        const gHigh = logG[hi] as number;
        if (gHigh - gLow < CANCELLATION_LIMIT) {
          const q = Math.exp(gHigh - gLow); // G(T)/G(t_x) ≤ 0.99
          logI = gLow + Math.log1p(-q);
          if (withGradient) {
            const wl = 1 / (1 - q); // G(t_x)/I
            const wh = q * wl; // G(T)/I
            for (let j = 0; j < 4; j++) {
              DERIV[j] = wl * (dG[4 * lo + j] as number) - (q === 0 ? 0 : wh * (dG[4 * hi + j] as number));
            }
          }
        }
      }
      if (Number.isNaN(logI)) logI = paretoLogIntegral(rx, alpha, s + 1, beta, tx, T, withGradient ? DERIV : undefined);
      const l2 = logS + logI;
      if (l1 >= l2) {
        const e = Math.exp(l2 - l1);
        mix = l1 + Math.log1p(e);
        p2 = e / (1 + e);
      } else {
        const e = Math.exp(l1 - l2);
        mix = l2 + Math.log1p(e);
        p2 = 1 / (1 + e);
      }
    }
    total += w * ((logGammaR[x] as number) + mix);
    if (withGradient) {
      const p1 = 1 - p2;
      gr += w * ((digammaR[x] as number) - p1 * logAT + (p2 > 0 ? p2 * (DERIV[0] as number) : 0));
      gAlpha += w * (-p1 * (rx / (alpha + T)) + (p2 > 0 ? p2 * (DERIV[1] as number) : 0));
      gs += w * (-p1 * logBT + (p2 > 0 ? p2 * (1 / s + (DERIV[2] as number)) : 0));
      gBeta += w * (-p1 * (s / (beta + T)) + (p2 > 0 ? p2 * (DERIV[3] as number) : 0));
    }
  }
  const W = data.total;
  const logAlpha = Math.log(alpha);
  const logBeta = Math.log(beta);
  total += W * (r * logAlpha + s * logBeta);
  if (gradient !== undefined) {
    gradient[0] = (gr + W * logAlpha) * r;
    gradient[1] = (gAlpha + (W * r) / alpha) * alpha;
    gradient[2] = (gs + W * logBeta) * s;
    gradient[3] = (gBeta + (W * s) / beta) * beta;
  }
  return total;
}
