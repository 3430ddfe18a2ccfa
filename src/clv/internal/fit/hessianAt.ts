import { numericalGradient } from '../../../core/optimize/numericalGradient';
import { numericalHessian } from '../../../core/optimize/numericalHessian';
import type { FitObjective } from './types';

/**
 * The gradient of the mean objective `F` at the estimate θ̂ and the Hessian of the total objective `N·F`
 * there: forward differences (step 1e-7) of the analytic gradient, symmetrised (dim extra passes over
 * the data), or a numerical Hessian of the objective when the model has no analytic gradient. @internal
 */
export function hessianAt(fit: FitObjective, theta: Float64Array, N: number): { readonly gradient: Float64Array; readonly hessian: number[][] } {
  const { objective, gradient } = fit;
  const dim = theta.length;
  const finalGradient = gradient !== undefined ? gradient(theta) : numericalGradient(objective, theta);
  if (gradient === undefined) {
    return { gradient: finalGradient, hessian: numericalHessian((t) => N * objective(t), Array.from(theta)).map((row) => Array.from(row)) };
  }
  const h = 1e-7;
  const rowsH: Float64Array[] = [];
  for (let j = 0; j < dim; j++) {
    const up = Float64Array.from(theta);
    up[j] = (up[j] as number) + h;
    const gu = gradient(up);
    const row = new Float64Array(dim);
    for (let m = 0; m < dim; m++) row[m] = (N * ((gu[m] as number) - (finalGradient[m] as number))) / h;
    rowsH.push(row);
  }
  const hessian: number[][] = [];
  for (let j = 0; j < dim; j++) {
    const row: number[] = [];
    for (let m = 0; m < dim; m++) row.push(0.5 * (((rowsH[j] as Float64Array)[m] as number) + ((rowsH[m] as Float64Array)[j] as number)));
    hessian.push(row);
  }
  return { gradient: finalGradient, hessian };
}
