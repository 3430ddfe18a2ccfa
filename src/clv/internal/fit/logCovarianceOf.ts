import { choleskyDecomposition } from '../../../core/linalg/choleskyDecomposition';
import { invertMatrix } from '../../../core/linalg/invertMatrix';

/**
 * `Cov(θ) = H⁻¹` when the Hessian `H` is finite and positive definite (a Cholesky factor exists), else
 * `null` and `positiveDefinite: false`. @internal
 */
export function logCovarianceOf(hessian: number[][]): { readonly positiveDefinite: boolean; readonly logCovariance: number[][] | null } {
  const positiveDefinite = hessian.every((row) => row.every(Number.isFinite)) && choleskyDecomposition(hessian) !== null;
  return { positiveDefinite, logCovariance: positiveDefinite ? invertMatrix(hessian) : null };
}
