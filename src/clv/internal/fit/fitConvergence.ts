/**
 * Whether a fit converged (the winning run met its tolerance, the Hessian is positive definite and the
 * log-likelihood is finite) and why, or why not, in words; a converged fit with parameters at their
 * bounds says so. @internal
 */
export function fitConvergence(
  runConverged: boolean,
  runMessage: string,
  positiveDefinite: boolean,
  logLikelihood: number,
  gradientNorm: number,
  atBound: readonly string[],
): { readonly converged: boolean; readonly message: string } {
  const converged = runConverged && positiveDefinite && Number.isFinite(logLikelihood);
  const message = !Number.isFinite(logLikelihood)
    ? 'the log-likelihood is not finite at the estimate'
    : !runConverged
      ? `the optimiser stopped: ${runMessage} (gradient norm ${gradientNorm.toExponential(2)})`
      : !positiveDefinite
        ? 'the Hessian is not positive definite at the estimate (flat or unbounded likelihood)'
        : atBound.length > 0
          ? `converged to the bound of ${atBound.join(', ')} (options.constraints): the likelihood rises towards the bound, so the unconstrained maximum lies beyond it; the standard error and interval of ${atBound.join(', ')} are undefined (NaN)`
          : 'converged';
  return { converged, message };
}
