import { paretoLogSlope } from './paretoLogSlope';
import { paretoQuadratureRule } from './paretoQuadratureRule';

const MAX_NODES = 64;
const H = new Float64Array(MAX_NODES);
const LOG_A = new Float64Array(MAX_NODES);
const LOG_B = new Float64Array(MAX_NODES);
const INV_A = new Float64Array(MAX_NODES);
const INV_B = new Float64Array(MAX_NODES);

/**
 * `ln I`, `I = ∫_{t_x}^{T} (α+τ)^−k (β+τ)^−σ dτ` (`t_x < T`), the 2F1-free part of the Pareto/NBD
 * likelihood (docs/clv.md, "Numerics"), with optional derivatives of `ln I` written into `out[0..3]` as
 * `∂/∂k, ∂/∂α, ∂/∂σ, ∂/∂β`.
 *
 * @remarks
 * Substitutes `y = ln(c+τ)`, `c = min(α, β)`, so the dominant power becomes an exponential in `y`; the
 * log-integrand `h(y)` is concave, so when it decreases from the start it is truncated where the tangent
 * bound has fallen by 60. 4- to 64-point Gauss–Legendre (by the span and fall of `h`,
 * `paretoQuadratureRule`) in log-sum-exp form; module-level scratch arrays keep it allocation-free. The derivatives are integrals against the same normalised integrand.
 * @internal
 */
export function paretoLogIntegral(
  k: number,
  alpha: number,
  sigma: number,
  beta: number,
  tx: number,
  T: number,
  out: Float64Array | undefined,
): number {
  const alphaSmaller = alpha <= beta;
  const c = alphaSmaller ? alpha : beta;
  const d = alphaSmaller ? beta - alpha : alpha - beta;
  const y0 = Math.log(c + tx);
  let y1 = Math.log(c + T);
  // h(y) = y − k ln(α−c+e^y) − σ ln(β−c+e^y); its slope at y0:
  const slope = paretoLogSlope(alphaSmaller, k, sigma, d, c + tx);
  if (slope < 0) {
    const cut = y0 + 60 / -slope;
    if (cut < y1) y1 = cut;
  }
  const mid = 0.5 * (y0 + y1);
  const half = 0.5 * (y1 - y0);
  // Node count from the span in y and the total fall of h (paretoQuadratureRule).
  const span = y1 - y0;
  const fall = span * Math.max(Math.abs(slope), Math.abs(paretoLogSlope(alphaSmaller, k, sigma, d, Math.exp(y1))));
  const { nodes, logWeights } = paretoQuadratureRule(span, fall);
  const NODES = nodes.length;
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < NODES; i++) {
    const y = mid + half * (nodes[i] as number);
    const ey = Math.exp(y);
    const logOther = Math.log(d + ey);
    let la: number;
    let lb: number;
    if (alphaSmaller) {
      la = y;
      lb = logOther;
      INV_A[i] = 1 / ey;
      INV_B[i] = 1 / (d + ey);
    } else {
      la = logOther;
      lb = y;
      INV_A[i] = 1 / (d + ey);
      INV_B[i] = 1 / ey;
    }
    LOG_A[i] = la;
    LOG_B[i] = lb;
    const h = y - k * la - sigma * lb + (logWeights[i] as number);
    H[i] = h;
    if (h > max) max = h;
  }
  let sum = 0;
  let sLa = 0;
  let sIa = 0;
  let sLb = 0;
  let sIb = 0;
  for (let i = 0; i < NODES; i++) {
    const e = Math.exp((H[i] as number) - max);
    sum += e;
    if (out !== undefined) {
      sLa += e * (LOG_A[i] as number);
      sIa += e * (INV_A[i] as number);
      sLb += e * (LOG_B[i] as number);
      sIb += e * (INV_B[i] as number);
    }
  }
  if (out !== undefined) {
    out[0] = -sLa / sum;
    out[1] = (-k * sIa) / sum;
    out[2] = -sLb / sum;
    out[3] = (-sigma * sIb) / sum;
  }
  return max + Math.log(sum) + Math.log(half);
}
