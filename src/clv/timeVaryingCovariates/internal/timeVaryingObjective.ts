import type { CovariateObjective } from '../../covariates/internal/covariateObjective';
import { penalizedObjective } from '../../covariates/internal/penalizedObjective';
import type { TimeVaryingDesign } from './timeVaryingDesign';
import { timeVaryingLogLikelihood } from './timeVaryingLogLikelihood';

/**
 * The mean penalised objective `F(θ) = −Σ w ℓ / N + Σ_j λ_j γ_j²` of a time-varying fit and its
 * analytic gradient (see `penalizedObjective`), in the shape the static covariate optimiser takes. @internal
 */
export function timeVaryingObjective(design: TimeVaryingDesign): CovariateObjective {
  return penalizedObjective({
    baseCount: 4,
    coefficientCount: design.m,
    total: design.total,
    l2: design.l2,
    logLikelihood: (theta, gradient) => timeVaryingLogLikelihood(design, theta, gradient, undefined),
  });
}
