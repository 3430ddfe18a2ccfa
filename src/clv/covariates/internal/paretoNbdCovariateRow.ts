import { paretoLogIntegral } from '../../internal/paretoLogIntegral';

const D = new Float64Array(4);

/**
 * Pareto/NBD log-likelihood of one customer with its own `(r, alpha, s, beta)`, and its gradient with
 * respect to the customer's log-parameters, written into `out` as `[ℓ, ∂ℓ/∂ln r, ∂ℓ/∂ln alpha,
 * ∂ℓ/∂ln s, ∂ℓ/∂ln beta]`.
 *
 * @remarks
 * `ℓ = lnΓ(r+x) − lnΓ(r) + r ln α + s ln β + logaddexp(−(r+x) ln(α+T) − s ln(β+T), ln s + ln I)` with
 * `I = ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ` from the library's 2F1-free quadrature
 * (`paretoLogIntegral`, the kernel of `paretoNbd.logLikelihood`), whose derivatives share its nodes.
 * `lgr = lnΓ(r+x) − lnΓ(r)` and `dgr = ψ(r+x) − ψ(r)` come from the caller's per-frequency tables.
 * @internal
 */
export function paretoNbdCovariateRow(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
  lgr: number,
  dgr: number,
  withGradient: boolean,
  out: Float64Array,
): void {
  const rx = r + x;
  const logAT = Math.log(alpha + T);
  const logBT = Math.log(beta + T);
  const l1 = -rx * logAT - s * logBT;
  let mix = l1;
  let p2 = 0;
  if (tx < T) {
    const l2 = Math.log(s) + paretoLogIntegral(rx, alpha, s + 1, beta, tx, T, withGradient ? D : undefined);
    if (l1 >= l2) {
      const e = Math.exp(l2 - l1);
      mix = l1 + Math.log1p(e);
      p2 = e / (1 + e);
    } else {
      const e = Math.exp(l1 - l2);
      mix = l2 + Math.log1p(e);
      p2 = 1 / (1 + e);
    }
  }
  const logAlpha = Math.log(alpha);
  const logBeta = Math.log(beta);
  out[0] = lgr + r * logAlpha + s * logBeta + mix;
  if (!withGradient) return;
  const p1 = 1 - p2;
  const has = p2 > 0;
  out[1] = r * (dgr + logAlpha - p1 * logAT + (has ? p2 * (D[0] as number) : 0));
  out[2] = r - p1 * ((rx * alpha) / (alpha + T)) + (has ? p2 * alpha * (D[1] as number) : 0);
  out[3] = s * (logBeta - p1 * logBT + (has ? p2 * (1 / s + (D[2] as number)) : 0));
  out[4] = s - p1 * ((s * beta) / (beta + T)) + (has ? p2 * beta * (D[3] as number) : 0);
}
