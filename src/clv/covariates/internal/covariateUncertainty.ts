import { choleskyDecomposition } from '../../../core/linalg/choleskyDecomposition';
import { invertMatrix } from '../../../core/linalg/invertMatrix';
import type { CovariateObjective } from './covariateObjective';

/** Covariance of θ at the optimum, or `null` with the reasons. @internal */
export interface CovariateUncertainty {
  readonly covariance: number[][] | null;
  readonly gradientNorm: number;
  readonly notIdentified: Record<string, string>;
}

/**
 * The Hessian `H` of the total objective `N·F` at θ̂ by forward differences (step 1e-7) of the analytic
 * gradient, symmetrised, and `Cov(θ) = H⁻¹` when `H` is finite and positive definite. Otherwise no
 * covariance; each parameter whose diagonal entry is not positive, or that lies outside the largest
 * positive-definite leading block, is listed as not identified. @internal
 */
export function covariateUncertainty(objective: CovariateObjective, theta: Float64Array, N: number, names: readonly string[]): CovariateUncertainty {
  const dim = theta.length;
  const g0 = objective.gradient(theta);
  let gradientNorm = 0;
  for (const v of g0) gradientNorm += v * v;
  gradientNorm = Math.sqrt(gradientNorm);
  const h = 1e-7;
  const rows: Float64Array[] = [];
  for (let j = 0; j < dim; j++) {
    const up = Float64Array.from(theta);
    up[j] = (up[j] as number) + h;
    const gu = objective.gradient(up);
    rows.push(gu.map((v, m) => (N * (v - (g0[m] as number))) / h));
  }
  const H = rows.map((row, j) => Array.from(row, (v, m) => 0.5 * (v + ((rows[m] as Float64Array)[j] as number))));
  const finite = H.every((row) => row.every(Number.isFinite));
  if (finite && choleskyDecomposition(H) !== null) {
    return { covariance: invertMatrix(H), gradientNorm, notIdentified: {} };
  }
  const notIdentified: Record<string, string> = {};
  let block = 0;
  while (finite && block < dim && choleskyDecomposition(H.slice(0, block + 1).map((row) => row.slice(0, block + 1))) !== null) block++;
  for (let j = block; j < dim; j++) {
    notIdentified[names[j] as string] = finite
      ? 'the Hessian is not positive definite: the likelihood is flat along a direction involving this parameter (a constant or collinear covariate?)'
      : 'the Hessian is not finite at the estimate';
  }
  return { covariance: null, gradientNorm, notIdentified };
}
