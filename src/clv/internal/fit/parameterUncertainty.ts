import { normalQuantile } from '../../../core/special/normalQuantile';
import type { ModelParams } from '../../types';

/** Standard errors, intervals and covariance of the parameters, from the covariance of θ. @internal */
export interface ParameterUncertainty {
  readonly standardErrors: Record<string, number | null>;
  readonly intervals: Record<string, readonly [number, number] | null>;
  readonly covariance: (number | null)[][];
  readonly logCovariance: (number | null)[][];
}

/**
 * The delta method for `params_j = lower_j + e^θ_j`: `SE_j = (params_j − lower_j) √Cov(θ)_jj`,
 * `Cov_jm = (params_j − lower_j) Cov(θ)_jm (params_m − lower_m)`, and intervals
 * `lower_j + (params_j − lower_j) exp(±z √Cov(θ)_jj)`, which stay above the bound (`lower_j = 0`: the
 * log-parametrisation). A parameter listed in `notIdentified` has no such approximation: its standard
 * error, interval and covariance row and column are `null`; so is everything when `logCovariance` is
 * `null` (the Hessian is not positive definite). @internal
 */
export function parameterUncertainty(
  params: ModelParams,
  names: readonly string[],
  lower: Float64Array,
  logCovariance: number[][] | null,
  confidenceLevel: number,
  notIdentified: Readonly<Record<string, string>>,
): ParameterUncertainty {
  const dim = names.length;
  const z = normalQuantile(0.5 + confidenceLevel / 2);
  const known = (j: number): boolean => logCovariance !== null && !Object.prototype.hasOwnProperty.call(notIdentified, names[j] as string);
  const above = (j: number): number => (params[names[j] as string] as number) - (lower[j] as number);
  const standardErrors: Record<string, number | null> = {};
  const intervals: Record<string, readonly [number, number] | null> = {};
  const covariance: (number | null)[][] = [];
  const logCov: (number | null)[][] = [];
  for (let j = 0; j < dim; j++) {
    const name = names[j] as string;
    const row: (number | null)[] = [];
    const logRow: (number | null)[] = [];
    for (let m = 0; m < dim; m++) {
      const c = known(j) && known(m) ? ((logCovariance as number[][])[j] as number[])[m] as number : null;
      logRow.push(c);
      row.push(c === null ? null : above(j) * c * above(m));
    }
    covariance.push(row);
    logCov.push(logRow);
    if (!known(j)) {
      standardErrors[name] = null;
      intervals[name] = null;
      continue;
    }
    const seTheta = Math.sqrt(logRow[j] as number);
    const bound = lower[j] as number;
    standardErrors[name] = above(j) * seTheta;
    intervals[name] = [bound + above(j) * Math.exp(-z * seTheta), bound + above(j) * Math.exp(z * seTheta)];
  }
  return { standardErrors, intervals, covariance, logCovariance: logCov };
}
