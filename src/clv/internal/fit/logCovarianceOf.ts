import { choleskyDecomposition } from '../../../core/linalg/choleskyDecomposition';
import { invertMatrix } from '../../../core/linalg/invertMatrix';

/**
 * `Cov(θ) = H⁻¹` when the Hessian `H` is finite and positive definite (a Cholesky factor exists), else a
 * matrix of `NaN` and `positiveDefinite: false`. @internal
 */
export function logCovarianceOf(hessian: number[][]): { readonly positiveDefinite: boolean; readonly logCovariance: number[][] } {
  const positiveDefinite = hessian.every((row) => row.every(Number.isFinite)) && choleskyDecomposition(hessian) !== null;
  const logCovariance = positiveDefinite ? invertMatrix(hessian) : hessian.map((row) => row.map(() => Number.NaN));
  return { positiveDefinite, logCovariance };
}
