import { frequencyTables } from '../../internal/frequencyTables';
import { paretoLogIntegral } from '../../internal/paretoLogIntegral';
import type { TimeVaryingDesign } from './timeVaryingDesign';

const D = new Float64Array(4);

/** Scratch of one evaluation, sized to the number of coefficients. */
interface Scratch {
  readonly gp: Float64Array;
  readonly gl: Float64Array;
  readonly cumAp: Float64Array;
  readonly cumCl: Float64Array;
  readonly sumG: Float64Array;
  readonly piece: Float64Array;
  readonly row: Float64Array;
}

function scratchOf(kp: number, kl: number, dim: number): Scratch {
  return {
    gp: new Float64Array(kp),
    gl: new Float64Array(kl),
    cumAp: new Float64Array(kp),
    cumCl: new Float64Array(kl),
    sumG: new Float64Array(4 + kp + kl),
    piece: new Float64Array(4 + kp + kl),
    row: new Float64Array(dim),
  };
}

/**
 * Weighted log-likelihood `Σ w_i ℓ_i` of Pareto/NBD with time-varying covariates at
 * `θ = [ln r, ln α, ln s, ln β, free coefficients]`, optionally its gradient in θ and `Σ w g gᵀ` (the
 * outer products of the per-customer gradients, row-major into `outer`); optionally each customer's
 * `ℓ_i` (`perCustomer`) and P(alive at T) (`alive`: the share of the first term in the bracket).
 *
 * @remarks
 * Customer `i` buys at rate `λ·a(t)` while alive and drops out at rate `μ·c(t)`, `a(t) = e^{γ_pᵀx(t)}`,
 * `c(t) = e^{γ_lᵀz(t)}` constant within each covariate period, `λ ~ Gamma(r, α)`, `μ ~ Gamma(s, β)`
 * (Bachmann, Meierer & Näf 2021). With `A(t) = ∫_0^t a`, `C(t) = ∫_0^t c` (piecewise linear):
 * ```
 * ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + s ln β + Σ_j γ_pᵀx(t_j)
 *     + ln[ (α+A(T))^−(r+x) (β+C(T))^−s + s ∫_{t_x}^T c(τ) (α+A(τ))^−(r+x) (β+C(τ))^−(s+1) dτ ]
 * ```
 * On the part `[w0, w1]` of a period with `a`, `c` constant, `α+A(τ) = a(α''+τ−w0)`,
 * `β+C(τ) = c(β''+τ−w0)`, `α'' = (α+A(w0))/a`, `β'' = (β+C(w0))/c`, so the integral over it is
 * `a^−(r+x) c^−s I(α'', β'')` with the plain Pareto/NBD integral `I = ∫_0^{w1−w0} (α''+v)^−(r+x) (β''+v)^−(s+1) dv`
 * (`paretoLogIntegral`, log space, with the derivatives of `ln I` from the same nodes). The terms are
 * summed by an online log-sum-exp; the gradient is exact (chain rule through `α''`, `β''`, `A`, `C`).
 * O(Σ pieces · (quadrature nodes + coefficients)).
 * @internal
 */
export function timeVaryingLogLikelihood(
  design: TimeVaryingDesign,
  theta: ArrayLike<number>,
  gradient: Float64Array | undefined,
  outer: Float64Array | undefined,
  perCustomer?: Float64Array,
  alive?: Float64Array,
): number {
  const { n, x, tx, weights, pieceStart, u, len, zp, zl, kp, kl, sp, pIndex, lIndex } = design;
  const dim = 4 + design.m;
  const withGradient = gradient !== undefined || outer !== undefined;
  const r = Math.exp(theta[0] as number);
  const alpha = Math.exp(theta[1] as number);
  const s = Math.exp(theta[2] as number);
  const beta = Math.exp(theta[3] as number);
  const logAlpha = theta[1] as number;
  const logBeta = theta[3] as number;
  const logS = theta[2] as number;
  const { logGammaR, digammaR } = frequencyTables(x, r, Number.NaN, Number.NaN, 0, withGradient);
  const gammaP = new Float64Array(kp);
  for (let j = 0; j < kp; j++) gammaP[j] = theta[4 + (pIndex[j] as number)] as number;
  const gammaL = new Float64Array(kl);
  for (let j = 0; j < kl; j++) gammaL[j] = theta[4 + (lIndex[j] as number)] as number;
  const sc = scratchOf(kp, kl, dim);
  const { cumAp, cumCl, sumG, piece, row } = sc;
  const width = 4 + kp + kl;
  if (gradient !== undefined) gradient.fill(0);
  if (outer !== undefined) outer.fill(0);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    const rx = r + xi;
    const txi = tx[i] as number;
    let cumA = 0;
    let cumC = 0;
    if (withGradient) {
      cumAp.fill(0);
      cumCl.fill(0);
      sumG.fill(0);
    }
    // online log-sum-exp of the integral terms: max, Σ e^{L−max}, Σ e^{L−max} g
    let max = Number.NEGATIVE_INFINITY;
    let sum = 0;
    for (let q = pieceStart[i] as number; q < (pieceStart[i + 1] as number); q++) {
      let etaP = 0;
      for (let j = 0; j < kp; j++) etaP += (zp[q * kp + j] as number) * (gammaP[j] as number);
      let etaL = 0;
      for (let j = 0; j < kl; j++) etaL += (zl[q * kl + j] as number) * (gammaL[j] as number);
      const a = Math.exp(etaP);
      const c = Math.exp(etaL);
      const uq = u[q] as number;
      const lq = len[q] as number;
      const end = uq + lq;
      // (a boundary that equals t_x up to rounding leaves no part to integrate)
      if (lq > 0 && end - txi > 1e-12 * (1 + end)) {
        const w0 = uq > txi ? uq : txi;
        const A0 = cumA + a * (w0 - uq);
        const C0 = cumC + c * (w0 - uq);
        const a2 = (alpha + A0) / a;
        const b2 = (beta + C0) / c;
        const logI = paretoLogIntegral(rx, a2, s + 1, b2, 0, end - w0, withGradient ? D : undefined);
        const L = logS - rx * etaP - s * etaL + logI;
        if (withGradient) {
          const dk = D[0] as number;
          const da = D[1] as number;
          const ds = D[2] as number;
          const db = D[3] as number;
          piece[0] = -etaP + dk;
          piece[1] = da / a;
          piece[2] = 1 / s - etaL + ds;
          piece[3] = db / c;
          const dw = w0 - uq;
          for (let j = 0; j < kp; j++) {
            const z = zp[q * kp + j] as number;
            const dA0 = (cumAp[j] as number) + a * z * dw;
            piece[4 + j] = -rx * z + da * (dA0 / a - a2 * z);
          }
          for (let j = 0; j < kl; j++) {
            const z = zl[q * kl + j] as number;
            const dC0 = (cumCl[j] as number) + c * z * dw;
            piece[4 + kp + j] = -s * z + db * (dC0 / c - b2 * z);
          }
        }
        if (L === Number.NEGATIVE_INFINITY) {
          // an integral that underflows adds nothing
        } else if (L > max) {
          const scale = Number.isFinite(max) ? Math.exp(max - L) : 0;
          sum = sum * scale + 1;
          if (withGradient) for (let k = 0; k < width; k++) sumG[k] = (sumG[k] as number) * scale + (piece[k] as number);
          max = L;
        } else {
          const e = Math.exp(L - max);
          sum += e;
          if (withGradient) for (let k = 0; k < width; k++) sumG[k] = (sumG[k] as number) + e * (piece[k] as number);
        }
      }
      cumA += a * lq;
      cumC += c * lq;
      if (withGradient) {
        for (let j = 0; j < kp; j++) cumAp[j] = (cumAp[j] as number) + a * (zp[q * kp + j] as number) * lq;
        for (let j = 0; j < kl; j++) cumCl[j] = (cumCl[j] as number) + c * (zl[q * kl + j] as number) * lq;
      }
    }
    const logAT = Math.log(alpha + cumA);
    const logBT = Math.log(beta + cumC);
    const L1 = -rx * logAT - s * logBT;
    // ln(e^{L1} + sum·e^{max})
    let mix: number;
    let p1: number;
    if (sum > 0) {
      const L2 = max + Math.log(sum);
      if (L1 >= L2) {
        const e = Math.exp(L2 - L1);
        mix = L1 + Math.log1p(e);
        p1 = 1 / (1 + e);
      } else {
        const e = Math.exp(L1 - L2);
        mix = L2 + Math.log1p(e);
        p1 = e / (1 + e);
      }
    } else {
      mix = L1;
      p1 = 1;
    }
    let head = 0;
    for (let j = 0; j < kp; j++) head += (sp[i * kp + j] as number) * (gammaP[j] as number);
    const li = (logGammaR[xi] as number) + r * logAlpha + s * logBeta + head + mix;
    if (perCustomer !== undefined) perCustomer[i] = li;
    if (alive !== undefined) alive[i] = p1;
    const w = weights[i] as number;
    total += w * li;
    if (!withGradient) continue;
    // weight of the integral terms: (1 − p1) spread as e^{L_k − L2}
    const q2 = sum > 0 ? (1 - p1) / sum : 0;
    row.fill(0);
    row[0] = r * ((digammaR[xi] as number) + logAlpha - p1 * logAT + q2 * (sumG[0] as number));
    row[1] = alpha * (r / alpha - p1 * (rx / (alpha + cumA)) + q2 * (sumG[1] as number));
    row[2] = s * (logBeta - p1 * logBT + q2 * (sumG[2] as number));
    row[3] = beta * (s / beta - p1 * (s / (beta + cumC)) + q2 * (sumG[3] as number));
    for (let j = 0; j < kp; j++) {
      const g = (sp[i * kp + j] as number) - p1 * ((rx * (cumAp[j] as number)) / (alpha + cumA)) + q2 * (sumG[4 + j] as number);
      const k = 4 + (pIndex[j] as number);
      row[k] = (row[k] as number) + g;
    }
    for (let j = 0; j < kl; j++) {
      const g = -p1 * ((s * (cumCl[j] as number)) / (beta + cumC)) + q2 * (sumG[4 + kp + j] as number);
      const k = 4 + (lIndex[j] as number);
      row[k] = (row[k] as number) + g;
    }
    if (gradient !== undefined) for (let k = 0; k < dim; k++) gradient[k] = (gradient[k] as number) + w * (row[k] as number);
    if (outer !== undefined) {
      for (let a = 0; a < dim; a++) {
        const va = w * (row[a] as number);
        if (va === 0) continue;
        for (let b = a; b < dim; b++) outer[a * dim + b] = (outer[a * dim + b] as number) + va * (row[b] as number);
      }
    }
  }
  if (outer !== undefined) for (let a = 0; a < dim; a++) for (let b = 0; b < a; b++) outer[a * dim + b] = outer[b * dim + a] as number;
  return total;
}
