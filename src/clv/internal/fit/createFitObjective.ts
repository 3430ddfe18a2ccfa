import type { CompressedData, FittableModel, ModelParams } from '../../types';
import type { FitObjective, ParameterMap } from './types';

/** Value and gradient (in log-parameters) of the weighted log-likelihood in one pass. */
type CombinedEvaluation<P> = (params: P, data: CompressedData, gradient: Float64Array) => number;

/**
 * `fitModel`'s objective `F(θ) = −Σ_k w_k ℓ_k(params(θ)) / N + λ Σ_j params_j²` on the scaled data, `+∞`
 * where `|θ_j| > 700` or the value is not finite, and its gradient from the model's analytic gradient in
 * log-parameters (times `(params_j − lower_j) / params_j` for a bounded parameter, the chain rule of
 * `params_j = lower_j + e^θ_j`). A model that also offers value and gradient in one pass
 * (`logLikelihoodAndGradient`, an optional extension of `FittableModel`) has both computed by the
 * objective, and the gradient at the same point served from a cache. @internal
 */
export function createFitObjective<P extends ModelParams>(
  model: FittableModel<P, never>,
  scaled: CompressedData,
  map: ParameterMap<P>,
  penalty: number,
): FitObjective {
  const { dim, lowerScaled } = map;
  const N = scaled.total;
  const analytic = model.logLikelihoodGradient;
  const combined = (model as { logLikelihoodAndGradient?: CombinedEvaluation<P> }).logLikelihoodAndGradient;
  const cachedTheta = new Float64Array(dim).fill(Number.NaN);
  const cachedGradient = new Float64Array(dim);
  let evaluations = 0;

  const finishGradient = (theta: ArrayLike<number>, g: ArrayLike<number>, out: Float64Array): void => {
    for (let j = 0; j < dim; j++) {
      let gj = g[j] as number;
      const bound = lowerScaled[j] as number;
      if (bound !== 0) {
        const e = Math.exp(theta[j] as number);
        gj = (gj * e) / (bound + e);
      }
      let v = -gj / N;
      if (penalty > 0) {
        const e = Math.exp((theta[j] as number) + (map.logK[j] as number));
        v += 2 * penalty * map.dataValue(theta, j) * e;
      }
      out[j] = v;
    }
  };
  const sameAsCache = (theta: ArrayLike<number>): boolean => {
    for (let j = 0; j < dim; j++) if (theta[j] !== cachedTheta[j]) return false;
    return true;
  };

  const objective = (theta: ArrayLike<number>): number => {
    evaluations++;
    for (let j = 0; j < dim; j++) if (!Number.isFinite(theta[j] as number) || Math.abs(theta[j] as number) > 700) return Number.POSITIVE_INFINITY;
    let ll: number;
    if (combined !== undefined && analytic !== undefined) {
      const g = new Float64Array(dim);
      ll = combined(map.toParams(theta, false), scaled, g);
      finishGradient(theta, g, cachedGradient);
      for (let j = 0; j < dim; j++) cachedTheta[j] = theta[j] as number;
    } else {
      ll = model.logLikelihood(map.toParams(theta, false), scaled);
    }
    let f = -ll / N;
    if (penalty > 0) {
      for (let j = 0; j < dim; j++) {
        const p = map.dataValue(theta, j);
        f += penalty * p * p;
      }
    }
    return Number.isFinite(f) ? f : Number.POSITIVE_INFINITY;
  };
  const gradient =
    analytic === undefined
      ? undefined
      : (theta: ArrayLike<number>): Float64Array => {
          if (combined !== undefined && sameAsCache(theta)) return cachedGradient.slice();
          const out = new Float64Array(dim);
          finishGradient(theta, analytic(map.toParams(theta, false), scaled), out);
          return out;
        };
  return { objective, gradient, evaluations: () => evaluations };
}
