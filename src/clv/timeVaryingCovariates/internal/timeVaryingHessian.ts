import type { CovariateObjective } from '../../covariates/internal/covariateObjective';

/**
 * Hessian of the total objective `N·F` in θ by forward differences of the analytic gradient (step
 * `1e-6·max(1, |θ_j|)`, relative error about 1e-6, well below what standard errors are read to),
 * symmetrised: `dim + 1` passes over the data. @internal
 */
export function timeVaryingHessian(objective: CovariateObjective, theta: Float64Array, N: number): number[][] {
  const dim = theta.length;
  const g0 = objective.gradient(theta);
  const columns: Float64Array[] = [];
  for (let j = 0; j < dim; j++) {
    const h = 1e-6 * Math.max(1, Math.abs(theta[j] as number));
    const up = Float64Array.from(theta);
    up[j] = (up[j] as number) + h;
    const step = (up[j] as number) - (theta[j] as number);
    const gu = objective.gradient(up);
    const col = new Float64Array(dim);
    for (let a = 0; a < dim; a++) col[a] = (N * ((gu[a] as number) - (g0[a] as number))) / step;
    columns.push(col);
  }
  const H: number[][] = [];
  for (let a = 0; a < dim; a++) {
    const row: number[] = [];
    for (let b = 0; b < dim; b++) row.push(0.5 * (((columns[b] as Float64Array)[a] as number) + ((columns[a] as Float64Array)[b] as number)));
    H.push(row);
  }
  return H;
}
