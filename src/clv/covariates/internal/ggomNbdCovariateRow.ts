import { customerLogLikelihoodParts } from '../../ggomNbd/customerLogLikelihoodParts';

const GRADIENT = new Float64Array(5);

/**
 * Gamma-Gompertz/NBD log-likelihood of one customer with its own `(r, alpha, b, s, beta)`, and its
 * gradient with respect to the customer's log-parameters, written into `out` as `[ℓ, ∂ℓ/∂ln r,
 * ∂ℓ/∂ln alpha, ∂ℓ/∂ln b, ∂ℓ/∂ln s, ∂ℓ/∂ln beta]`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + ln[α^r (α+T)^−(r+x) S(T) + α^r ∫_{t_x}^T (α+τ)^−(r+x) f(τ) dτ]` (Bemmaor &
 * Glady 2012), the kernel of `ggomNbd.logLikelihood` (`customerLogLikelihoodParts`, adaptive
 * Gauss–Kronrod in log space; the gradient differentiates under the integral with the same nodes). The
 * fifth parameter `beta` comes last (`p4`) so that the four-parameter kernels keep their signature;
 * `lgr`, `dgr`, `tgr` and `hessian` are not used (the parts compute `lnΓ(r+x) − lnΓ(r)` themselves).
 * @internal
 */
export function ggomNbdCovariateRow(
  r: number,
  alpha: number,
  b: number,
  s: number,
  x: number,
  tx: number,
  T: number,
  _lgr: number,
  _dgr: number,
  withGradient: boolean,
  out: Float64Array,
  _tgr?: number,
  _hessian?: Float64Array,
  beta?: number,
): void {
  const parts = customerLogLikelihoodParts({ r, alpha, b, s, beta: beta as number }, x, tx, T, withGradient ? GRADIENT : undefined);
  const high = Math.max(parts.survive, parts.die);
  out[0] = parts.head + high + Math.log1p(Math.exp(Math.min(parts.survive, parts.die) - high));
  if (!withGradient) return;
  for (let j = 0; j < 5; j++) out[j + 1] = GRADIENT[j] as number;
}
