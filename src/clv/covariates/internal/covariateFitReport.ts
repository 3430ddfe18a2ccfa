import { NotConvergedError } from '../../../core/errors/NotConvergedError';
import type { CovariateUncertainty } from './covariateUncertainty';
import type { CovariateOptimum } from './optimizeCovariates';

/** The fields every covariate fit reports about its optimum (static and time-varying alike). @internal */
export interface CovariateFitReport {
  readonly logLikelihood: number;
  readonly aic: number;
  readonly bic: number;
  readonly parameterNames: readonly string[];
  readonly covariance: (number | null)[][];
  readonly confidenceLevel: number;
  readonly converged: boolean;
  readonly message: string;
  readonly iterations: number;
  readonly gradientNorm: number;
  readonly notIdentified: Record<string, string>;
  readonly n: number;
}

/**
 * What a covariate fit reports about its optimum: log-likelihood, `AIC = 2k − 2ℓ`, `BIC = k ln N − 2ℓ`,
 * covariance (a row of nulls per parameter when the Hessian is not positive definite), convergence and
 * its message (`unidentified` says which covariates may be at fault). Throws `NotConvergedError` when the
 * fit did not converge and `strict` is set. @internal
 */
export function covariateFitReport(
  fn: string,
  fit: {
    readonly names: readonly string[];
    readonly logLikelihood: number;
    readonly total: number;
    readonly optimum: Pick<CovariateOptimum, 'converged' | 'message' | 'iterations'>;
    readonly uncertainty: CovariateUncertainty;
    readonly confidenceLevel: number;
    readonly strict: boolean | undefined;
    readonly unidentified: string;
  },
): CovariateFitReport {
  const { names, logLikelihood, optimum, uncertainty } = fit;
  const converged = optimum.converged && uncertainty.covariance !== null && Number.isFinite(logLikelihood);
  const message = !Number.isFinite(logLikelihood)
    ? 'the log-likelihood is not finite at the estimate'
    : !optimum.converged
      ? `the optimiser stopped: ${optimum.message} (gradient norm ${uncertainty.gradientNorm.toExponential(2)})`
      : uncertainty.covariance === null
        ? `the Hessian is not positive definite at the estimate: some coefficient is not identified (${fit.unidentified}); drop it, or pull the coefficients in with options.l2`
        : 'converged';
  if (!converged && fit.strict === true) throw new NotConvergedError(fn, message);
  const dim = names.length;
  return {
    logLikelihood,
    aic: 2 * dim - 2 * logLikelihood,
    bic: dim * Math.log(fit.total) - 2 * logLikelihood,
    parameterNames: names,
    covariance: uncertainty.covariance ?? names.map(() => names.map(() => null)),
    confidenceLevel: fit.confidenceLevel,
    converged,
    message,
    iterations: optimum.iterations,
    gradientNorm: uncertainty.gradientNorm,
    notIdentified: uncertainty.notIdentified,
    n: fit.total,
  };
}
