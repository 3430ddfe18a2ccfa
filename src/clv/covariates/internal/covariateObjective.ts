import type { CovariateDesign } from './covariateDesign';
import type { CovariateKernel } from './covariateKernels';
import { evaluateCovariateLikelihood } from './evaluateCovariateLikelihood';
import { penalizedObjective } from './penalizedObjective';

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
 * log-likelihood) of a static covariate fit, with its analytic gradient (see `penalizedObjective`). @internal
 */
export function covariateObjective(kernel: CovariateKernel, design: CovariateDesign): CovariateObjective {
  return penalizedObjective({
    baseCount: kernel.names.length,
    coefficientCount: design.m,
    total: design.total,
    l2: design.l2,
    logLikelihood: (theta, gradient) => evaluateCovariateLikelihood(kernel, design, theta, gradient, undefined),
  });
}
