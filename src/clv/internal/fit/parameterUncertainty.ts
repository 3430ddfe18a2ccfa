import { normalQuantile } from '../../../core/special/normalQuantile';
import type { ModelParams } from '../../types';

/** Standard errors, intervals and covariance of the parameters, from the covariance of θ. @internal */
export interface ParameterUncertainty {
  readonly standardErrors: Record<string, number>;
  readonly intervals: Record<string, readonly [number, number]>;
  readonly covariance: number[][];
}

/**
 * The delta method for `params_j = lower_j + e^θ_j`: `SE_j = (params_j − lower_j) √Cov(θ)_jj`,
 * `Cov_jm = (params_j − lower_j) Cov(θ)_jm (params_m − lower_m)`, and intervals
 * `lower_j + (params_j − lower_j) exp(±z √Cov(θ)_jj)`, which stay above the bound (`lower_j = 0`: the
 * log-parametrisation). A parameter at its bound (`atBound`) has no such approximation: its standard
 * error, interval and covariance row and column are `NaN`. @internal
 */
export function parameterUncertainty(
  params: ModelParams,
  names: readonly string[],
  lower: Float64Array,
  logCovariance: number[][],
  confidenceLevel: number,
  atBound: readonly string[],
): ParameterUncertainty {
  const dim = names.length;
  const z = normalQuantile(0.5 + confidenceLevel / 2);
  const standardErrors: Record<string, number> = {};
  const intervals: Record<string, readonly [number, number]> = {};
  const covariance: number[][] = [];
  const above = (j: number): number => (params[names[j] as string] as number) - (lower[j] as number);
  for (let j = 0; j < dim; j++) {
    const bound = lower[j] as number;
    const dj = above(j);
    const vj = (logCovariance[j] as number[])[j] as number;
    const seTheta = Math.sqrt(vj);
    standardErrors[names[j] as string] = dj * seTheta;
    intervals[names[j] as string] = [bound + dj * Math.exp(-z * seTheta), bound + dj * Math.exp(z * seTheta)];
    const row: number[] = [];
    for (let m = 0; m < dim; m++) row.push(dj * ((logCovariance[j] as number[])[m] as number) * above(m));
    covariance.push(row);
  }
  atBound.forEach((name) => {
    const j = names.indexOf(name);
    standardErrors[name] = Number.NaN;
    intervals[name] = [Number.NaN, Number.NaN];
    covariance.forEach((row, m) => {
      row[j] = Number.NaN;
      if (m === j) row.fill(Number.NaN);
    });
  });
  return { standardErrors, intervals, covariance };
}
