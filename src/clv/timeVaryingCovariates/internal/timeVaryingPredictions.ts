import { gaussLegendre } from '../../../core/integrate/gaussLegendre';
import type { TimeVaryingDesign } from './timeVaryingDesign';
import { timeVaryingLogLikelihood } from './timeVaryingLogLikelihood';

const RULE = gaussLegendre(16);

/** Per-customer predictions of a time-varying fit. @internal */
export interface TimeVaryingPredictions {
  /** P(alive at T). */
  readonly probabilityAlive: Float64Array;
  /** `E[Y(T, T+H]]`, expected purchases in the horizon. */
  readonly expectedPurchases: Float64Array;
  /** `∫_T^{T+H} e^{−δ(u−T)} dE[Y(u)]`, the continuously discounted expected purchases. */
  readonly discountedPurchases: Float64Array;
}

/** `∫_0^L (B/(B0 + c v))^s dv` in closed form (stable near `s = 1`). */
function survivalIntegral(B: number, B0: number, c: number, s: number, L: number): number {
  const q = Math.log1p((c * L) / B0);
  const sm1 = s - 1;
  const lead = (B / c) * Math.exp(sm1 * Math.log(B / B0));
  if (Math.abs(sm1 * q) < 1e-10) return lead * q * (1 - (sm1 * q) / 2);
  return (lead * -Math.expm1(-sm1 * q)) / sm1;
}

/**
 * P(alive), expected purchases and continuously discounted expected purchases in `(T, T+H]` under the
 * time-varying Pareto/NBD, on an unscaled design whose pieces reach `T + H`.
 *
 * @remarks
 * Given the history, `λ ~ Gamma(r+x, α+A(T))` and, if alive at `T`, `P(alive at u) = ((β+C(T))/(β+C(u)))^s`
 * (Bachmann, Meierer & Näf 2021), so
 * `E[Y] = P(alive)·(r+x)/(α+A(T))·∫_T^{T+H} a(u) ((β+C(T))/(β+C(u)))^s du`, the integral in closed
 * form per period; with a discount force `δ` per period the integrand gains `e^{−δ(u−T)}` and each
 * period is integrated by 16-point Gauss–Legendre. @internal
 */
export function timeVaryingPredictions(design: TimeVaryingDesign, theta: ArrayLike<number>, H: number, delta: number): TimeVaryingPredictions {
  const { n, x, T, pieceStart, u, uEnd, zp, zl, kp, kl, pIndex, lIndex } = design;
  const probabilityAlive = new Float64Array(n);
  timeVaryingLogLikelihood(design, theta, undefined, undefined, undefined, probabilityAlive);
  const r = Math.exp(theta[0] as number);
  const alpha = Math.exp(theta[1] as number);
  const s = Math.exp(theta[2] as number);
  const beta = Math.exp(theta[3] as number);
  const expectedPurchases = new Float64Array(n);
  const discountedPurchases = new Float64Array(n);
  const rate = (z: Float64Array, k: number, index: Int32Array, q: number): number => {
    let eta = 0;
    for (let j = 0; j < k; j++) eta += (z[q * k + j] as number) * (theta[4 + (index[j] as number)] as number);
    return Math.exp(eta);
  };
  for (let i = 0; i < n; i++) {
    const Ti = T[i] as number;
    const end = Ti + H;
    const from = pieceStart[i] as number;
    const to = pieceStart[i + 1] as number;
    // A(T), C(T)
    let AT = 0;
    let CT = 0;
    for (let q = from; q < to; q++) {
      const past = Math.max(0, Math.min(uEnd[q] as number, Ti) - (u[q] as number));
      if (past > 0) {
        AT += rate(zp, kp, pIndex, q) * past;
        CT += rate(zl, kl, lIndex, q) * past;
      }
    }
    const B = beta + CT;
    let C = CT;
    let future = 0;
    let discounted = 0;
    for (let q = from; q < to; q++) {
      const f0 = Math.max(u[q] as number, Ti);
      const f1 = Math.min(uEnd[q] as number, end);
      const L = f1 - f0;
      if (!(L > 0)) continue;
      const a = rate(zp, kp, pIndex, q);
      const c = rate(zl, kl, lIndex, q);
      const B0 = beta + C;
      future += a * survivalIntegral(B, B0, c, s, L);
      if (delta > 0) {
        let sum = 0;
        for (let m = 0; m < RULE.nodes.length; m++) {
          const v = 0.5 * L * (1 + (RULE.nodes[m] as number));
          sum += (RULE.weights[m] as number) * Math.exp(-delta * (f0 + v - Ti) + s * Math.log(B / (B0 + c * v)));
        }
        discounted += a * 0.5 * L * sum;
      }
      C += c * L;
    }
    const factor = ((probabilityAlive[i] as number) * (r + (x[i] as number))) / (alpha + AT);
    expectedPurchases[i] = factor * future;
    discountedPurchases[i] = delta > 0 ? factor * discounted : factor * future;
  }
  return { probabilityAlive, expectedPurchases, discountedPurchases };
}
