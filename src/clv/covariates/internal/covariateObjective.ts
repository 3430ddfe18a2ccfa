import type { CovariateDesign } from './covariateDesign';
import type { CovariateKernel } from './covariateKernels';
import { evaluateCovariateLikelihood } from './evaluateCovariateLikelihood';

/** The mean penalised objective of a covariate fit in θ, with its gradient served from a cache. @internal */
export interface CovariateObjective {
  readonly dim: number;
  /** `F(θ) = −ℓ(θ)/N + Σ λ_j γ_j²`, `+∞` where not finite or `|θ_k| > 700`. */
  readonly value: (theta: ArrayLike<number>) => number;
  /** `∇F(θ)`. */
  readonly gradient: (theta: ArrayLike<number>) => Float64Array;
  /** The unpenalised log-likelihood `Σ w ℓ` at θ. */
  readonly logLikelihood: (theta: ArrayLike<number>) => number;
  /** Passes over the data so far. */
  readonly evaluations: () => number;
}

/**
 * `F(θ) = −Σ w ℓ / N + Σ_j λ_j γ_j²` (the L2 penalty of CLVTools' `reg.lambdas` on the mean negative
 * log-likelihood) and its analytic gradient; value and gradient come from one pass, and the gradient at
 * the last evaluated point is served from a cache. @internal
 */
export function covariateObjective(kernel: CovariateKernel, design: CovariateDesign): CovariateObjective {
  const np = kernel.names.length;
  const dim = np + design.m;
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
    const ll = evaluateCovariateLikelihood(kernel, design, theta, g, undefined);
    cachedLogLikelihood = ll;
    let f = -ll / N;
    for (let j = 0; j < dim; j++) cachedGradient[j] = -(g[j] as number) / N;
    for (let j = 0; j < design.m; j++) {
      const lambda = design.l2[j] as number;
      if (lambda === 0) continue;
      const gamma = theta[np + j] as number;
      f += lambda * gamma * gamma;
      cachedGradient[np + j] = (cachedGradient[np + j] as number) + 2 * lambda * gamma;
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
