/**
 * Whether a fit converged (the winning run met its tolerance, the Hessian is positive definite, the
 * log-likelihood is finite and no parameter ran to the boundary of the parameter space or is left
 * unidentified by a nearly flat likelihood) and why, or why not, in words, with what to do; a converged
 * fit with parameters at their user bounds says so. @internal
 */
export function fitConvergence(
  runConverged: boolean,
  runMessage: string,
  positiveDefinite: boolean,
  logLikelihood: number,
  gradientNorm: number,
  atBound: readonly string[],
  identification: { readonly boundary: readonly string[]; readonly boundaryText: readonly string[]; readonly notIdentified: Readonly<Record<string, string>>; readonly sound: boolean },
): { readonly converged: boolean; readonly message: string } {
  const { boundary, boundaryText, notIdentified, sound } = identification;
  const converged = runConverged && positiveDefinite && Number.isFinite(logLikelihood) && sound;
  const unknown = Object.keys(notIdentified).filter((name) => !atBound.includes(name));
  const advice = 'fit more customers, bound a parameter that runs to 0 with options.constraints ({ name: { greaterThan: b } }), or pull the estimates in with options.penalty';
  const message = !Number.isFinite(logLikelihood)
    ? 'the log-likelihood is not finite at the estimate'
    : !runConverged
      ? `the optimiser stopped: ${runMessage} (gradient norm ${gradientNorm.toExponential(2)})`
      : boundary.length > 0
        ? `the estimate ran to the boundary of the parameter space (${boundaryText.join(', ')}, along a flat likelihood), so it is not a sound maximum and ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not identified (standard errors and intervals null, see notIdentified): ${advice}`
        : !positiveDefinite
          ? `the Hessian is not positive definite at the estimate (flat or unbounded likelihood): ${unknown.join(', ')} not identified (standard errors and intervals null, see notIdentified): ${advice}`
          : !sound
            ? `${unknown.join(', ')} not identified: the likelihood is nearly flat (intervals over 12 orders of magnitude; null, see notIdentified): ${advice}`
            : atBound.length > 0
              ? `converged to the bound of ${atBound.join(', ')} (options.constraints): the likelihood rises towards the bound, so the unconstrained maximum lies beyond it; the standard error and interval of ${atBound.join(', ')} are undefined (null, see notIdentified)`
              : 'converged';
  return { converged, message };
}
