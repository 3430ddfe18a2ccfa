import type { FittableModel, ModelParams } from '../../types';
import type { ParameterMap } from './types';

/**
 * The map between parameters and the optimiser's coordinates `θ_j = ln(params_j − lower_j)` on data
 * whose time columns were divided by `k`: a rate parameter is `k` times smaller there (and so is its
 * bound), so `θ_data = θ + ln k` for the rates (`θ − ln k` for `inverseParameters`, `k` times larger there). Without bounds this is the plain log-parametrisation. @internal
 */
export function createParameterMap<P extends ModelParams>(model: FittableModel<P, never>, k: number, lower: Float64Array): ParameterMap<P> {
  const names = model.parameterNames;
  const dim = names.length;
  const logK = new Float64Array(dim);
  const lowerScaled = new Float64Array(dim);
  for (let j = 0; j < dim; j++) {
    const rate = (model.timeScale.parameters as readonly string[]).includes(names[j] as string);
    const inverse = (model.timeScale.inverseParameters as readonly string[] | undefined)?.includes(names[j] as string) === true;
    if (rate) logK[j] = Math.log(k);
    if (inverse) logK[j] = -Math.log(k);
    lowerScaled[j] = rate ? (lower[j] as number) / k : inverse ? (lower[j] as number) * k : (lower[j] as number);
  }
  const toParams = (theta: ArrayLike<number>, shift: boolean): P => {
    const p: Record<string, number> = {};
    for (let j = 0; j < dim; j++) {
      const e = Math.exp((theta[j] as number) + (shift ? (logK[j] as number) : 0));
      const bound = shift ? (lower[j] as number) : (lowerScaled[j] as number);
      p[names[j] as string] = bound === 0 ? e : bound + e;
    }
    return p as P;
  };
  const toTheta = (params: P, unshift: boolean): Float64Array => {
    const t = new Float64Array(dim);
    for (let j = 0; j < dim; j++) {
      const value = params[names[j] as string] as number;
      const bound = unshift ? (lower[j] as number) : (lowerScaled[j] as number);
      const above = bound === 0 ? value : value > bound ? value - bound : value;
      t[j] = Math.log(above) - (unshift ? (logK[j] as number) : 0);
    }
    return t;
  };
  const dataValue = (theta: ArrayLike<number>, j: number): number => {
    const e = Math.exp((theta[j] as number) + (logK[j] as number));
    return lower[j] === 0 ? e : (lower[j] as number) + e;
  };
  return { names, dim, logK, lower, lowerScaled, toParams, toTheta, dataValue };
}
