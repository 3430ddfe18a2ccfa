import type { CovariateObjective } from './covariateObjective';

/** What a covariate likelihood gives the objective: its size, weights, penalties and one pass. @internal */
export interface PenalizedLikelihood {
  /** Base (log) parameters, ahead of the coefficients in θ. */
  readonly baseCount: number;
  /** Coefficients, after the base parameters in θ. */
  readonly coefficientCount: number;
  /** Total weight `N` (customers, or the sum of the compressed rows' weights). */
  readonly total: number;
  /** The L2 weight `λ_j` of each coefficient (0 = none). */
  readonly l2: ArrayLike<number>;
  /** `Σ w ℓ(θ)`, writing `∇ Σ w ℓ` into `gradient`. */
  readonly logLikelihood: (theta: ArrayLike<number>, gradient: Float64Array) => number;
}

/**
 * `F(θ) = −Σ w ℓ / N + Σ_j λ_j γ_j²` (the L2 penalty of CLVTools' `reg.lambdas` on the mean negative
 * log-likelihood) and its analytic gradient, for any covariate likelihood: value and gradient come from
 * one pass, and the last evaluated point is cached. `+∞` where not finite or `|θ_k| > 700`. @internal
 */
export function penalizedObjective(likelihood: PenalizedLikelihood): CovariateObjective {
  const np = likelihood.baseCount;
  const m = likelihood.coefficientCount;
  const dim = np + m;
  const N = likelihood.total;
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
    const ll = likelihood.logLikelihood(theta, g);
    cachedLogLikelihood = ll;
    let f = -ll / N;
    for (let j = 0; j < dim; j++) cachedGradient[j] = -(g[j] as number) / N;
    for (let j = 0; j < m; j++) {
      const lambda = likelihood.l2[j] as number;
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
