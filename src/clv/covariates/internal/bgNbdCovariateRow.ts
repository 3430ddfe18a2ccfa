import { expit } from '../../../core/special/expit';
import { logGammaRatio } from '../../../core/special/logGammaRatio';
import { digammaDifference } from './digammaDifference';

/**
 * BG/NBD log-likelihood of one customer with its own `(r, alpha, a, b)`, and its gradient with respect
 * to the customer's log-parameters, written into `out` as `[ℓ, ∂ℓ/∂ln r, ∂ℓ/∂ln alpha, ∂ℓ/∂ln a,
 * ∂ℓ/∂ln b]`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + lnB(a, b+x) − lnB(a, b) − (r+x) ln(α+T) + [x>0] ln(1 + e^z)`,
 * `z = ln a − ln(b+x−1) + (r+x) ln((α+T)/(α+t_x))` (Fader, Hardie & Lee 2005, eq. 6, the form of
 * `bgNbd.logLikelihood`). `lgr`, `dgr` are `lnΓ(r+x) − lnΓ(r)` and `ψ(r+x) − ψ(r)`.
 * @internal
 */
export function bgNbdCovariateRow(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  tx: number,
  T: number,
  lgr: number,
  dgr: number,
  withGradient: boolean,
  out: Float64Array,
): void {
  const rx = r + x;
  const logAlpha = Math.log(alpha);
  const logAT = Math.log(alpha + T);
  let ll = lgr + r * logAlpha - rx * logAT;
  if (x === 0) {
    out[0] = ll;
    if (withGradient) {
      out[1] = r * (dgr + logAlpha - logAT);
      out[2] = r - (rx * alpha) / (alpha + T);
      out[3] = 0;
      out[4] = 0;
    }
    return;
  }
  const logRho = Math.log1p((T - tx) / (alpha + tx));
  const z = Math.log(a) - Math.log(b + x - 1) + rx * logRho;
  ll += logGammaRatio(b, x) - logGammaRatio(a + b, x) + (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));
  out[0] = ll;
  if (!withGradient) return;
  const p = expit(z);
  const dab = digammaDifference(a + b, x);
  out[1] = r * (dgr + logAlpha - logAT + p * logRho);
  out[2] = alpha * (r / alpha - rx / (alpha + T) + p * rx * (1 / (alpha + T) - 1 / (alpha + tx)));
  out[3] = a * (-dab + p / a);
  out[4] = b * (digammaDifference(b, x) - dab - p / (b + x - 1));
}
