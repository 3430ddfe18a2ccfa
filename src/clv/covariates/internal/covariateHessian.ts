import { trigamma } from '../../../core/special/trigamma';
import { DENSE_MAX, frequencyTables } from '../../internal/frequencyTables';
import type { CovariateDesign } from './covariateDesign';
import type { CovariateKernel } from './covariateKernels';

const STEP = 1e-7;
const ROW = new Float64Array(6);
const G0 = new Float64Array(5);
const HI = new Float64Array(25);
const LOGP = new Float64Array(5);
const E = new Float64Array(5);

/**
 * Hessian of the total objective `N·F = −Σ w ℓ + N Σ λ γ²` in θ, exploiting that row `i` depends on θ
 * only through its `P` log-parameters `q_i = J_i θ` (`P` = 4, or 5 for Gamma-Gompertz/NBD; `J_i` holds 1
 * for the base parameter and `sign · z_ij` for the coefficients of the process that scales it):
 * `H = Σ w J_iᵀ H_i J_i`, with each row's `P×P` Hessian `H_i` from the kernel when it has one
 * (Pareto/NBD: analytic, from the same quadrature), else from forward differences (step 1e-7) of its
 * analytic gradient, symmetrised (`P` extra kernel calls per row, however many covariates). @internal
 */
export function covariateHessian(kernel: CovariateKernel, design: CovariateDesign, theta: ArrayLike<number>): number[][] {
  const { rows, x, tx, T, weights, zp, zl, kp, kl, pIndex, lIndex, m } = design;
  const np = kernel.names.length;
  const dim = np + m;
  const r0 = Math.exp(theta[0] as number);
  const rUp = Math.exp((theta[0] as number) + STEP);
  const tables = frequencyTables(x, r0, Number.NaN, Number.NaN, 0, true);
  const tablesUp = frequencyTables(x, rUp, Number.NaN, Number.NaN, 0, true);
  // ψ'(r+x) − ψ'(r) = −Σ_{j<x} 1/(r+j)² per frequency: a running sum up to DENSE_MAX, above it (a
  // frequency of 1e8 would allocate and sum 1e8 terms) the trigamma function at each row's frequency.
  const dense = tables.maxX <= DENSE_MAX;
  const trigammaR = new Float64Array(dense ? tables.maxX + 1 : 0);
  for (let xv = 1; dense && xv <= tables.maxX; xv++) trigammaR[xv] = (trigammaR[xv - 1] as number) - 1 / ((r0 + xv - 1) * (r0 + xv - 1));
  const trigammaOf = (xv: number): number => (dense ? (trigammaR[xv] as number) : trigamma(r0 + xv) - trigamma(r0));
  const H = new Float64Array(dim * dim);
  const J = new Float64Array(np * dim);
  const HJ = new Float64Array(np * dim);
  const { purchaseTargets, lifetimeTargets, purchaseSign, lifetimeSign, row } = kernel;
  const call = (e: Float64Array, xi: number, tx1: number, T1: number, lgr: number, dgr: number, tgr?: number, hessian?: Float64Array): void =>
    row(e[0] as number, e[1] as number, e[2] as number, e[3] as number, xi, tx1, T1, lgr, dgr, true, ROW, tgr, hessian, np > 4 ? (e[4] as number) : undefined);
  for (let i = 0; i < rows; i++) {
    let etaP = 0;
    for (let j = 0; j < kp; j++) etaP += (zp[i * kp + j] as number) * (theta[np + (pIndex[j] as number)] as number);
    let etaL = 0;
    for (let j = 0; j < kl; j++) etaL += (zl[i * kl + j] as number) * (theta[np + (lIndex[j] as number)] as number);
    for (let k = 0; k < np; k++) LOGP[k] = theta[k] as number;
    for (const k of purchaseTargets) LOGP[k] = (LOGP[k] as number) + purchaseSign * etaP;
    for (const k of lifetimeTargets) LOGP[k] = (LOGP[k] as number) + lifetimeSign * etaL;
    const xi = x[i] as number;
    const tx1 = tx[i] as number;
    const T1 = T[i] as number;
    E[0] = r0;
    for (let k = 1; k < np; k++) E[k] = Math.exp(LOGP[k] as number);
    const lgr = tables.logGammaR[xi] as number;
    const dgr = tables.digammaR[xi] as number;
    if (kernel.analyticHessian) {
      call(E, xi, tx1, T1, lgr, dgr, trigammaOf(xi), HI);
    } else {
      call(E, xi, tx1, T1, lgr, dgr);
      for (let k = 0; k < np; k++) G0[k] = ROW[k + 1] as number;
    }
    for (let k = 0; k < np && !kernel.analyticHessian; k++) {
      const saved = E[k] as number;
      if (k === 0) {
        E[0] = rUp;
        call(E, xi, tx1, T1, tablesUp.logGammaR[xi] as number, tablesUp.digammaR[xi] as number);
      } else {
        E[k] = Math.exp((LOGP[k] as number) + STEP);
        call(E, xi, tx1, T1, lgr, dgr);
      }
      E[k] = saved;
      for (let l = 0; l < np; l++) HI[k * np + l] = ((ROW[l + 1] as number) - (G0[l] as number)) / STEP;
    }
    // J_i: rows = the log-parameters, columns = θ.
    J.fill(0);
    for (let k = 0; k < np; k++) J[k * dim + k] = 1;
    for (const k of purchaseTargets) for (let j = 0; j < kp; j++) J[k * dim + np + (pIndex[j] as number)] = (J[k * dim + np + (pIndex[j] as number)] as number) + purchaseSign * (zp[i * kp + j] as number);
    for (const k of lifetimeTargets) for (let j = 0; j < kl; j++) J[k * dim + np + (lIndex[j] as number)] = (J[k * dim + np + (lIndex[j] as number)] as number) + lifetimeSign * (zl[i * kl + j] as number);
    const w = weights[i] as number;
    // HJ = sym(H_i) J
    for (let k = 0; k < np; k++) {
      for (let c = 0; c < dim; c++) {
        let s = 0;
        for (let l = 0; l < np; l++) s += 0.5 * ((HI[k * np + l] as number) + (HI[l * np + k] as number)) * (J[l * dim + c] as number);
        HJ[k * dim + c] = s;
      }
    }
    for (let a = 0; a < dim; a++) {
      for (let b = a; b < dim; b++) {
        let s = 0;
        for (let k = 0; k < np; k++) s += (J[k * dim + a] as number) * (HJ[k * dim + b] as number);
        H[a * dim + b] = (H[a * dim + b] as number) - w * s;
      }
    }
  }
  const N = design.total;
  const out: number[][] = [];
  for (let a = 0; a < dim; a++) {
    const line: number[] = [];
    for (let b = 0; b < dim; b++) line.push(a <= b ? (H[a * dim + b] as number) : (H[b * dim + a] as number));
    if (a >= np) line[a] = (line[a] as number) + 2 * N * (design.l2[a - np] as number);
    out.push(line);
  }
  return out;
}
