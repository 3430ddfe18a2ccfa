import { choleskyDecomposition } from '../../../core/linalg/choleskyDecomposition';
import { minimizeBfgs } from '../../../core/optimize/minimizeBfgs';
import type { CovariateDesign } from './covariateDesign';
import type { CovariateKernel } from './covariateKernels';
import type { CovariateObjective } from './covariateObjective';
import { evaluateCovariateLikelihood } from './evaluateCovariateLikelihood';

/** Where the optimiser of a covariate fit ended. @internal */
export interface CovariateOptimum {
  readonly theta: Float64Array;
  readonly converged: boolean;
  readonly message: string;
  readonly iterations: number;
}

/**
 * `C` with `Cᵀ M C = I` for `M = Σ w g gᵀ / N + 2Λ` at θ₀ (the outer-product, BHHH, estimate of the
 * Hessian of the mean objective): `C = L⁻ᵀ`, `M = L Lᵀ`. Falls back to the diagonal when `M` is not
 * positive definite, and to the identity where a diagonal entry is not positive.
 */
function preconditioner(kernel: CovariateKernel, design: CovariateDesign, theta0: Float64Array, given: number[][] | undefined): number[][] {
  const dim = theta0.length;
  const np = kernel.names.length;
  let M = given;
  if (M === undefined) {
    const outer = new Float64Array(dim * dim);
    evaluateCovariateLikelihood(kernel, design, theta0, undefined, outer);
    M = [];
    for (let a = 0; a < dim; a++) {
      const row: number[] = [];
      for (let b = 0; b < dim; b++) row.push((outer[a * dim + b] as number) / design.total + (a === b && a >= np ? 2 * (design.l2[a - np] as number) : 0));
      M.push(row);
    }
  }
  const L = M.every((row) => row.every(Number.isFinite)) ? choleskyDecomposition(M) : null;
  const C: number[][] = M.map((_, a) => M.map((__, b) => (a === b ? 1 : 0)));
  if (L === null) {
    for (let a = 0; a < dim; a++) {
      const d = ((M as number[][])[a] as number[])[a] as number;
      if (d > 0 && Number.isFinite(d)) (C[a] as number[])[a] = 1 / Math.sqrt(d);
    }
    return C;
  }
  // L⁻¹ by forward substitution, column by column; C = (L⁻¹)ᵀ.
  for (let col = 0; col < dim; col++) {
    const v = new Float64Array(dim);
    for (let a = 0; a < dim; a++) {
      let s = a === col ? 1 : 0;
      for (let b = 0; b < a; b++) s -= ((L[a] as number[])[b] as number) * (v[b] as number);
      v[a] = s / ((L[a] as number[])[a] as number);
    }
    // v = L⁻¹ e_col is column `col` of L⁻¹, i.e. row `col` of C.
    for (let a = 0; a < dim; a++) (C[col] as number[])[a] = v[a] as number;
  }
  return C;
}

/**
 * Minimises the mean objective by BFGS in preconditioned coordinates `θ = θ₀ + C u`, `Cᵀ M C = I` for an
 * estimate `M` of the mean objective's Hessian (given, e.g. from a subsample's optimum, or else the
 * outer products of the per-customer gradients at θ₀), so that the Hessian in `u` is near the identity
 * and BFGS needs few iterations from a start near the optimum. @internal
 */
export function optimizeCovariates(
  kernel: CovariateKernel,
  design: CovariateDesign,
  objective: CovariateObjective,
  theta0: Float64Array,
  maxIterations: number,
  tolerance: number,
  hessian: number[][] | undefined,
): CovariateOptimum {
  const dim = theta0.length;
  const C = preconditioner(kernel, design, theta0, hessian);
  const toTheta = (u: ArrayLike<number>): Float64Array => {
    const t = Float64Array.from(theta0);
    for (let a = 0; a < dim; a++) {
      let s = 0;
      for (let b = 0; b < dim; b++) s += ((C[a] as number[])[b] as number) * (u[b] as number);
      t[a] = (t[a] as number) + s;
    }
    return t;
  };
  const f = (u: Float64Array): number => objective.value(toTheta(u));
  const g = (u: Float64Array): Float64Array => {
    const gt = objective.gradient(toTheta(u));
    const out = new Float64Array(dim);
    for (let b = 0; b < dim; b++) {
      let s = 0;
      for (let a = 0; a < dim; a++) s += ((C[a] as number[])[b] as number) * (gt[a] as number);
      out[b] = s;
    }
    return out;
  };
  const result = minimizeBfgs(f, new Array<number>(dim).fill(0), { gradient: g, maxIterations, gradientTolerance: tolerance });
  return { theta: toTheta(result.x), converged: result.converged, message: result.message, iterations: result.iterations };
}
