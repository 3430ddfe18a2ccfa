import { frequencyTables } from '../../internal/frequencyTables';
import type { CovariateDesign } from './covariateDesign';
import type { CovariateKernel } from './covariateKernels';

const STEP = 1e-7;
const ROW = new Float64Array(5);
const G0 = new Float64Array(4);
const HI = new Float64Array(16);
const LOGP = new Float64Array(4);

/**
 * Hessian of the total objective `N·F = −Σ w ℓ + N Σ λ γ²` in θ, exploiting that row `i` depends on θ
 * only through its four log-parameters `q_i = J_i θ` (`J_i` holds 1 for the base parameter and
 * `sign · z_ij` for the coefficients of the process that scales it): `H = Σ w J_iᵀ H_i J_i`, with each
 * row's 4×4 Hessian `H_i` from the kernel when it has one (Pareto/NBD: analytic, from the same
 * quadrature), else from forward differences (step 1e-7) of its analytic gradient, symmetrised (four
 * extra kernel calls per row, however many covariates). @internal
 */
export function covariateHessian(kernel: CovariateKernel, design: CovariateDesign, theta: ArrayLike<number>): number[][] {
  const { rows, x, tx, T, weights, zp, zl, kp, kl, pIndex, lIndex, m } = design;
  const dim = 4 + m;
  const r0 = Math.exp(theta[0] as number);
  const rUp = Math.exp((theta[0] as number) + STEP);
  const tables = frequencyTables(x, r0, Number.NaN, Number.NaN, 0, true);
  const tablesUp = frequencyTables(x, rUp, Number.NaN, Number.NaN, 0, true);
  // ψ'(r+x) − ψ'(r) = −Σ_{j<x} 1/(r+j)² per frequency
  const trigammaR = new Float64Array(tables.maxX + 1);
  for (let xv = 1; xv <= tables.maxX; xv++) trigammaR[xv] = (trigammaR[xv - 1] as number) - 1 / ((r0 + xv - 1) * (r0 + xv - 1));
  const H = new Float64Array(dim * dim);
  const J = new Float64Array(4 * dim);
  const HJ = new Float64Array(4 * dim);
  const { purchaseTargets, lifetimeTargets, purchaseSign, lifetimeSign, row } = kernel;
  for (let i = 0; i < rows; i++) {
    let etaP = 0;
    for (let j = 0; j < kp; j++) etaP += (zp[i * kp + j] as number) * (theta[4 + (pIndex[j] as number)] as number);
    let etaL = 0;
    for (let j = 0; j < kl; j++) etaL += (zl[i * kl + j] as number) * (theta[4 + (lIndex[j] as number)] as number);
    for (let k = 0; k < 4; k++) LOGP[k] = theta[k] as number;
    for (const k of purchaseTargets) LOGP[k] = (LOGP[k] as number) + purchaseSign * etaP;
    for (const k of lifetimeTargets) LOGP[k] = (LOGP[k] as number) + lifetimeSign * etaL;
    const xi = x[i] as number;
    const tx1 = tx[i] as number;
    const T1 = T[i] as number;
    const e1 = Math.exp(LOGP[1] as number);
    const e2 = Math.exp(LOGP[2] as number);
    const e3 = Math.exp(LOGP[3] as number);
    const lgr = tables.logGammaR[xi] as number;
    const dgr = tables.digammaR[xi] as number;
    if (kernel.analyticHessian) {
      row(r0, e1, e2, e3, xi, tx1, T1, lgr, dgr, true, ROW, trigammaR[xi] as number, HI);
    } else {
      row(r0, e1, e2, e3, xi, tx1, T1, lgr, dgr, true, ROW);
      for (let k = 0; k < 4; k++) G0[k] = ROW[k + 1] as number;
    }
    for (let k = 0; k < 4 && !kernel.analyticHessian; k++) {
      const up = Math.exp((LOGP[k] as number) + STEP);
      if (k === 0) row(rUp, e1, e2, e3, xi, tx1, T1, tablesUp.logGammaR[xi] as number, tablesUp.digammaR[xi] as number, true, ROW);
      else row(r0, k === 1 ? up : e1, k === 2 ? up : e2, k === 3 ? up : e3, xi, tx1, T1, lgr, dgr, true, ROW);
      for (let l = 0; l < 4; l++) HI[k * 4 + l] = ((ROW[l + 1] as number) - (G0[l] as number)) / STEP;
    }
    // J_i: rows = the four log-parameters, columns = θ.
    J.fill(0);
    for (let k = 0; k < 4; k++) J[k * dim + k] = 1;
    for (const k of purchaseTargets) for (let j = 0; j < kp; j++) J[k * dim + 4 + (pIndex[j] as number)] = (J[k * dim + 4 + (pIndex[j] as number)] as number) + purchaseSign * (zp[i * kp + j] as number);
    for (const k of lifetimeTargets) for (let j = 0; j < kl; j++) J[k * dim + 4 + (lIndex[j] as number)] = (J[k * dim + 4 + (lIndex[j] as number)] as number) + lifetimeSign * (zl[i * kl + j] as number);
    const w = weights[i] as number;
    // HJ = sym(H_i) J
    for (let k = 0; k < 4; k++) {
      for (let c = 0; c < dim; c++) {
        let s = 0;
        for (let l = 0; l < 4; l++) s += 0.5 * ((HI[k * 4 + l] as number) + (HI[l * 4 + k] as number)) * (J[l * dim + c] as number);
        HJ[k * dim + c] = s;
      }
    }
    for (let a = 0; a < dim; a++) {
      for (let b = a; b < dim; b++) {
        let s = 0;
        for (let k = 0; k < 4; k++) s += (J[k * dim + a] as number) * (HJ[k * dim + b] as number);
        H[a * dim + b] = (H[a * dim + b] as number) - w * s;
      }
    }
  }
  const N = design.total;
  const out: number[][] = [];
  for (let a = 0; a < dim; a++) {
    const line: number[] = [];
    for (let b = 0; b < dim; b++) line.push(a <= b ? (H[a * dim + b] as number) : (H[b * dim + a] as number));
    if (a >= 4) line[a] = (line[a] as number) + 2 * N * (design.l2[a - 4] as number);
    out.push(line);
  }
  return out;
}
