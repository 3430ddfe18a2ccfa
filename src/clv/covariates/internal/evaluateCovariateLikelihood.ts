import { frequencyTables } from '../../internal/frequencyTables';
import type { CovariateDesign } from './covariateDesign';
import type { CovariateKernel } from './covariateKernels';

const ROW = new Float64Array(6);
const P = new Float64Array(5);
const G = new Float64Array(5);

/**
 * Weighted log-likelihood `Σ w_i ℓ_i` of a covariate model at `θ = [ln p_0 (4, or 5 for GGom/NBD), free coefficients]`,
 * optionally its gradient in θ, and optionally `Σ w_i g_i g_iᵀ` (the outer products of the per-row
 * gradients, for the optimiser's preconditioner), row-major into `outer`.
 *
 * @remarks
 * Row `i` has `ln p_{k,i} = ln p_{k,0} + sign · η_i` for the parameters its process scales, `η_i = γᵀz_i`.
 * The kernel gives `g_{k,i} = ∂ℓ_i/∂ln p_{k,i}`, so by the chain rule `∂ℓ/∂ln p_{k,0} = Σ w g_k` and
 * `∂ℓ/∂γ_j = Σ w z_ij · sign · Σ_{k scaled} g_k`. O(rows · (kernel + covariates)).
 * @internal
 */
export function evaluateCovariateLikelihood(
  kernel: CovariateKernel,
  design: CovariateDesign,
  theta: ArrayLike<number>,
  gradient: Float64Array | undefined,
  outer: Float64Array | undefined,
): number {
  const { rows, x, tx, T, weights, zp, zl, kp, kl, pIndex, lIndex } = design;
  const np = kernel.names.length;
  const dim = np + design.m;
  const withGradient = gradient !== undefined || outer !== undefined;
  const base0 = Math.exp(theta[0] as number);
  const { logGammaR, digammaR } = frequencyTables(x, base0, Number.NaN, Number.NaN, 0, withGradient);
  const { purchaseTargets, lifetimeTargets, purchaseSign, lifetimeSign, row } = kernel;
  const gammaP = new Float64Array(kp);
  for (let j = 0; j < kp; j++) gammaP[j] = theta[np + (pIndex[j] as number)] as number;
  const gammaL = new Float64Array(kl);
  for (let j = 0; j < kl; j++) gammaL[j] = theta[np + (lIndex[j] as number)] as number;
  const perRow = outer === undefined ? undefined : new Float64Array(dim);
  let total = 0;
  if (gradient !== undefined) gradient.fill(0);
  if (outer !== undefined) outer.fill(0);
  for (let i = 0; i < rows; i++) {
    let etaP = 0;
    for (let j = 0; j < kp; j++) etaP += (zp[i * kp + j] as number) * (gammaP[j] as number);
    let etaL = 0;
    for (let j = 0; j < kl; j++) etaL += (zl[i * kl + j] as number) * (gammaL[j] as number);
    for (let k = 0; k < np; k++) P[k] = theta[k] as number;
    for (const k of purchaseTargets) P[k] = (P[k] as number) + purchaseSign * etaP;
    for (const k of lifetimeTargets) P[k] = (P[k] as number) + lifetimeSign * etaL;
    const xi = x[i] as number;
    const p4 = np > 4 ? Math.exp(P[4] as number) : undefined;
    row(base0, Math.exp(P[1] as number), Math.exp(P[2] as number), Math.exp(P[3] as number), xi, tx[i] as number, T[i] as number, logGammaR[xi] as number, withGradient ? (digammaR[xi] as number) : 0, withGradient, ROW, undefined, undefined, p4);
    const w = weights[i] as number;
    total += w * (ROW[0] as number);
    if (!withGradient) continue;
    for (let k = 0; k < np; k++) G[k] = ROW[k + 1] as number;
    let gp = 0;
    for (const k of purchaseTargets) gp += G[k] as number;
    gp *= purchaseSign;
    let gl = 0;
    for (const k of lifetimeTargets) gl += G[k] as number;
    gl *= lifetimeSign;
    if (gradient !== undefined) {
      for (let k = 0; k < np; k++) gradient[k] = (gradient[k] as number) + w * (G[k] as number);
      for (let j = 0; j < kp; j++) {
        const q = np + (pIndex[j] as number);
        gradient[q] = (gradient[q] as number) + w * gp * (zp[i * kp + j] as number);
      }
      for (let j = 0; j < kl; j++) {
        const q = np + (lIndex[j] as number);
        gradient[q] = (gradient[q] as number) + w * gl * (zl[i * kl + j] as number);
      }
    }
    if (outer !== undefined && perRow !== undefined) {
      perRow.fill(0);
      for (let k = 0; k < np; k++) perRow[k] = G[k] as number;
      for (let j = 0; j < kp; j++) perRow[np + (pIndex[j] as number)] = (perRow[np + (pIndex[j] as number)] as number) + gp * (zp[i * kp + j] as number);
      for (let j = 0; j < kl; j++) perRow[np + (lIndex[j] as number)] = (perRow[np + (lIndex[j] as number)] as number) + gl * (zl[i * kl + j] as number);
      for (let a = 0; a < dim; a++) {
        const va = w * (perRow[a] as number);
        if (va === 0) continue;
        for (let b = a; b < dim; b++) outer[a * dim + b] = (outer[a * dim + b] as number) + va * (perRow[b] as number);
      }
    }
  }
  if (outer !== undefined) for (let a = 0; a < dim; a++) for (let b = 0; b < a; b++) outer[a * dim + b] = outer[b * dim + a] as number;
  return total;
}
