import { paretoLogIntegral } from '../../internal/paretoLogIntegral';

const D = new Float64Array(4);
const S = new Float64Array(16);
const HN = new Float64Array(16);
const GN = new Float64Array(4);
const A = new Float64Array(4);
const DIFF = new Float64Array(4);

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
 * With `hessian` (and `tgr = ψ'(r+x) − ψ'(r)`), also the 4×4 Hessian in the log-parameters, row-major:
 * `∂²ℓ = ∂²head + p₁∂²l₁ + p₂∂²l₂ + p₁p₂(∇l₁ − ∇l₂)(∇l₁ − ∇l₂)ᵀ` in `(r, α, s, β)` (`p₂` the weight of the
 * integral term, `∂²ln I` from the same quadrature), then `H_ab = p_a p_b ∂²ℓ_ab + δ_ab p_a ∂ℓ_a`.
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
  tgr?: number,
  hessian?: Float64Array,
): void {
  const rx = r + x;
  const logAT = Math.log(alpha + T);
  const logBT = Math.log(beta + T);
  const l1 = -rx * logAT - s * logBT;
  let mix = l1;
  let p2 = 0;
  if (tx < T) {
    const l2 = Math.log(s) + paretoLogIntegral(rx, alpha, s + 1, beta, tx, T, withGradient ? D : undefined, hessian === undefined ? undefined : S);
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
  if (hessian === undefined) return;
  // natural-parameter gradient and Hessian, then to log-parameters
  const aT = 1 / (alpha + T);
  const bT = 1 / (beta + T);
  A[0] = -logAT;
  A[1] = -rx * aT;
  A[2] = -logBT;
  A[3] = -s * bT;
  HN.fill(0);
  // head: lnΓ(r+x) − lnΓ(r) + r ln α + s ln β
  HN[0] = tgr ?? 0;
  HN[1] = 1 / alpha;
  HN[5] = -r / (alpha * alpha);
  HN[11] = 1 / beta;
  HN[15] = -s / (beta * beta);
  // p₁ ∂²l₁
  HN[1] = (HN[1] as number) - p1 * aT;
  HN[5] = (HN[5] as number) + p1 * rx * aT * aT;
  HN[11] = (HN[11] as number) - p1 * bT;
  HN[15] = (HN[15] as number) + p1 * s * bT * bT;
  if (has) {
    const B0 = D[0] as number;
    const B1 = D[1] as number;
    const B2 = 1 / s + (D[2] as number);
    const B3 = D[3] as number;
    DIFF[0] = (A[0] as number) - B0;
    DIFF[1] = (A[1] as number) - B1;
    DIFF[2] = (A[2] as number) - B2;
    DIFF[3] = (A[3] as number) - B3;
    const pp = p1 * p2;
    for (let a = 0; a < 4; a++) {
      for (let b = a; b < 4; b++) {
        let v = p2 * (S[a * 4 + b] as number) + pp * (DIFF[a] as number) * (DIFF[b] as number);
        if (a === 2 && b === 2) v -= p2 / (s * s);
        HN[a * 4 + b] = (HN[a * 4 + b] as number) + v;
      }
    }
  }
  GN[0] = r;
  GN[1] = alpha;
  GN[2] = s;
  GN[3] = beta;
  for (let a = 0; a < 4; a++) {
    for (let b = a; b < 4; b++) {
      // p_a p_b ∂²ℓ_ab, plus p_a ∂ℓ/∂p_a = ∂ℓ/∂ln p_a on the diagonal
      const v = (GN[a] as number) * (GN[b] as number) * (HN[a * 4 + b] as number) + (a === b ? (out[a + 1] as number) : 0);
      hessian[a * 4 + b] = v;
      hessian[b * 4 + a] = v;
    }
  }
}
