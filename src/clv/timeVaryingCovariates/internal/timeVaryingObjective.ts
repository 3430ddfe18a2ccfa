import type { CovariateObjective } from '../../covariates/internal/covariateObjective';
import type { TimeVaryingDesign } from './timeVaryingDesign';
import { timeVaryingLogLikelihood } from './timeVaryingLogLikelihood';

/**
 * The mean penalised objective `F(θ) = −Σ w ℓ / N + Σ_j λ_j γ_j²` of a time-varying fit and its
 * analytic gradient, in the shape the static covariate optimiser takes; value and gradient come from
 * one pass and the last point is cached. `+∞` where not finite or `|θ_k| > 700`. @internal
 */
export function timeVaryingObjective(design: TimeVaryingDesign): CovariateObjective {
  const dim = 4 + design.m;
  const N = design.total;
  const cachedTheta = new Float64Array(dim).fill(Number.NaN);
  const cachedGradient = new Float64Array(dim);
  let cachedValue = Number.NaN;
  let cachedLogLikelihood = Number.NaN;
  let evaluations = 0;
  const compute = (theta: ArrayLike<number>): void => {
    for (let j = 0; j < dim; j++) cachedTheta[j] = theta[j] as number;
    for (let j = 0; j < dim; j++) {
      if (!Number.isFinite(theta[j] as number) || Math.abs(theta[j] as number) > 700) {
        cachedValue = Number.POSITIVE_INFINITY;
        cachedLogLikelihood = Number.NEGATIVE_INFINITY;
        cachedGradient.fill(Number.NaN);
        return;
      }
    }
    evaluations++;
    const g = new Float64Array(dim);
    const ll = timeVaryingLogLikelihood(design, theta, g, undefined);
    cachedLogLikelihood = ll;
    let f = -ll / N;
    for (let j = 0; j < dim; j++) cachedGradient[j] = -(g[j] as number) / N;
    for (let j = 0; j < design.m; j++) {
      const lambda = design.l2[j] as number;
      if (lambda === 0) continue;
      const gamma = theta[4 + j] as number;
      f += lambda * gamma * gamma;
      cachedGradient[4 + j] = (cachedGradient[4 + j] as number) + 2 * lambda * gamma;
    }
    cachedValue = Number.isFinite(f) ? f : Number.POSITIVE_INFINITY;
  };
  const same = (theta: ArrayLike<number>): boolean => {
    for (let j = 0; j < dim; j++) if (theta[j] !== cachedTheta[j]) return false;
    return true;
  };
  return {
    dim,
    value: (theta) => {
      if (!same(theta)) compute(theta);
      return cachedValue;
    },
    gradient: (theta) => {
      if (!same(theta)) compute(theta);
      return cachedGradient.slice();
    },
    logLikelihood: (theta) => {
      if (!same(theta)) compute(theta);
      return cachedLogLikelihood;
    },
    evaluations: () => evaluations,
  };
}
