import { paretoLogSlope } from './paretoLogSlope';
import { paretoQuadratureRule } from './paretoQuadratureRule';

const MAX_NODES = 64;
const H = new Float64Array(MAX_NODES);
const LOG_A = new Float64Array(MAX_NODES);
const LOG_B = new Float64Array(MAX_NODES);
const INV_A = new Float64Array(MAX_NODES);
const INV_B = new Float64Array(MAX_NODES);

// Σ e·(products of ln(α+τ), 1/(α+τ), ln(β+τ), 1/(β+τ)) for the second derivatives (`second`).
const S2 = new Float64Array(10);

/** Adds one node's products (weight `e`) to `S2`: LaLa, LaIa, LaLb, LaIb, IaIa, IaLb, IaIb, LbLb, LbIb, IbIb. */
function accumulateSecond(e: number, la: number, ia: number, lb: number, ib: number): void {
  S2[0] = (S2[0] as number) + e * la * la;
  S2[1] = (S2[1] as number) + e * la * ia;
  S2[2] = (S2[2] as number) + e * la * lb;
  S2[3] = (S2[3] as number) + e * la * ib;
  S2[4] = (S2[4] as number) + e * ia * ia;
  S2[5] = (S2[5] as number) + e * ia * lb;
  S2[6] = (S2[6] as number) + e * ia * ib;
  S2[7] = (S2[7] as number) + e * lb * lb;
  S2[8] = (S2[8] as number) + e * lb * ib;
  S2[9] = (S2[9] as number) + e * ib * ib;
}

/**
 * `∂²ln I` in `(k, α, σ, β)` from the node sums: with `v = (−ln(α+τ), −k/(α+τ), −ln(β+τ), −σ/(β+τ))` and
 * `∂²ln f` nonzero only at `(k,α) = −1/(α+τ)`, `(α,α) = k/(α+τ)²`, `(σ,β) = −1/(β+τ)`, `(β,β) = σ/(β+τ)²`:
 * `∂²ln I = E[∂²ln f] + E[v vᵀ] − E[v] E[v]ᵀ`. Resets `S2`.
 */
function finishSecond(k: number, sigma: number, sum: number, mean: Float64Array, second: Float64Array): void {
  const q = 1 / sum;
  const LaLa = (S2[0] as number) * q;
  const LaIa = (S2[1] as number) * q;
  const LaLb = (S2[2] as number) * q;
  const LaIb = (S2[3] as number) * q;
  const IaIa = (S2[4] as number) * q;
  const IaLb = (S2[5] as number) * q;
  const IaIb = (S2[6] as number) * q;
  const LbLb = (S2[7] as number) * q;
  const LbIb = (S2[8] as number) * q;
  const IbIb = (S2[9] as number) * q;
  const Ia = -(mean[1] as number) / k; // E[1/(α+τ)]
  const Ib = -(mean[3] as number) / sigma; // E[1/(β+τ)]
  // E[v vᵀ] − E[v]E[v]ᵀ with v = (−La, −k Ia, −Lb, −σ Ib)
  const m0 = mean[0] as number;
  const m1 = mean[1] as number;
  const m2 = mean[2] as number;
  const m3 = mean[3] as number;
  second[0] = LaLa - m0 * m0;
  second[1] = second[4] = k * LaIa - m0 * m1;
  second[2] = second[8] = LaLb - m0 * m2;
  second[3] = second[12] = sigma * LaIb - m0 * m3;
  second[5] = k * k * IaIa - m1 * m1;
  second[6] = second[9] = k * IaLb - m1 * m2;
  second[7] = second[13] = k * sigma * IaIb - m1 * m3;
  second[10] = LbLb - m2 * m2;
  second[11] = second[14] = sigma * LbIb - m2 * m3;
  second[15] = sigma * sigma * IbIb - m3 * m3;
  second[1] = (second[1] as number) - Ia;
  second[4] = (second[4] as number) - Ia;
  second[5] = (second[5] as number) + k * IaIa;
  second[11] = (second[11] as number) - Ib;
  second[14] = (second[14] as number) - Ib;
  second[15] = (second[15] as number) + sigma * IbIb;
  S2.fill(0);
}

/**
 * `ln I`, `I = ∫_{t_x}^{T} (α+τ)^−k (β+τ)^−σ dτ` (`t_x < T`), the 2F1-free part of the Pareto/NBD
 * likelihood (docs/clv.md, "Numerics"), with optional derivatives of `ln I` written into `out[0..3]` as
 * `∂/∂k, ∂/∂α, ∂/∂σ, ∂/∂β`, and with `out`, optionally its second derivatives into `second[0..15]` (row-major
 * 4×4 in the same order: `E[∂²ln f] + Cov[∂ln f]` under the normalised integrand).
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
  second?: Float64Array,
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
      if (second !== undefined) accumulateSecond(e, LOG_A[i] as number, INV_A[i] as number, LOG_B[i] as number, INV_B[i] as number);
    }
  }
  if (out !== undefined) {
    out[0] = -sLa / sum;
    out[1] = (-k * sIa) / sum;
    out[2] = -sLb / sum;
    out[3] = (-sigma * sIb) / sum;
    if (second !== undefined) finishSecond(k, sigma, sum, out, second);
  }
  return max + Math.log(sum) + Math.log(half);
}
