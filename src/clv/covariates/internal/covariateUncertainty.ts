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
 * `Cov(θ) = H⁻¹` for the Hessian `H` of the total objective at θ̂ (`covariateHessian`) when `H` is finite
 * and positive definite, and the norm of the mean objective's gradient there. Otherwise no covariance;
 * the parameters outside the largest positive-definite leading block of `H` are listed as not
 * identified. @internal
 */
export function covariateUncertainty(objective: CovariateObjective, theta: Float64Array, H: number[][], names: readonly string[]): CovariateUncertainty {
  const dim = theta.length;
  const g0 = objective.gradient(theta);
  let gradientNorm = 0;
  for (const v of g0) gradientNorm += v * v;
  gradientNorm = Math.sqrt(gradientNorm);
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
