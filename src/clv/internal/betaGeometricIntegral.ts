import { logBeta } from '../../core/special/logBeta';
import { adaptiveIntegral } from './adaptiveIntegral';

/** Accepted sum of `|K15 − G7|` relative to the integral (leaves ~1e-15 for analytic integrands). */
const TOLERANCE = 1e-10;
/** Offsets, in units of a feature's width, of the breakpoints placed around it. */
const AROUND = [-8, -2, 0, 2, 8];

/** `ln h(p)`, `h(p) = [1 − (1 + p s)^−k]/p`, for `p > 0` (`h → k s` as `p → 0`). */
function logH(p: number, k: number, s: number): number {
  const u = p * s;
  // 1 − (1+u)^−k = k u (1 − (k+1) u/2 + O((k u)²)) while k u is tiny; exact otherwise.
  if (k * u < 1e-9) return Math.log(k) + Math.log(s) + Math.log1p(-0.5 * (k + 1) * u);
  return Math.log(-Math.expm1(-k * Math.log1p(u))) - Math.log(p);
}

/** Sorted breakpoints: the ends and `center ± j·width` of every feature that lies strictly inside. */
function breakpoints(lo: number, hi: number, features: readonly number[]): number[] {
  const out = [lo, hi];
  for (let i = 0; i < features.length; i += 2) {
    const center = features[i] as number;
    const width = features[i + 1] as number;
    if (!Number.isFinite(center) || !(width > 0)) continue;
    for (const j of AROUND) {
      const y = center + j * width;
      if (y > lo && y < hi) out.push(y);
    }
  }
  return out.sort((x, y) => x - y);
}

/** Width (in ln p) of the peak of `m ln p + (n − 1) ln(1 − p)` at `p`: one over the root curvature, at most 1. */
function peakWidth(n: number, p: number): number {
  const curvature = (Math.abs(n - 1) * p) / ((1 - p) * (1 - p));
  return curvature > 1 ? 1 / Math.sqrt(curvature) : 1;
}

/**
 * `E[Y(t) | alive] = ∫_0^1 h(p) Beta(p; a, β) dp` with `h(p) = [1 − (1 + p s)^−k]/p` (`k = r + x`,
 * `s = t/(α+T)`, `β = b + x + shift`), by adaptive quadrature in `ln p` on `(0, ½]` and in `ln(1 − p)` on
 * `[½, 1)`, accurate to about 1e-13 wherever the parameters are finite and positive.
 *
 * @remarks
 * Every factor is positive, so nothing cancels: the integrand is `exp(ln h + a ln p + (β−1) ln(1−p) − ln B(a, β))`
 * in the variable `ln p` (and symmetrically in `ln(1−p)`), which turns the endpoint powers of the Beta density
 * into exponentials and the `1/p` of `h` into a constant, so the integrand is smooth and bounded on the log
 * scale. Below `p_0 = 1e-17/max(1, (k+1)ks, β)` the integrand is `k s p^(a−1)/B` to 1e-16 and is integrated
 * exactly (`k s p_0^a/(a B)`); likewise `h(1) q_0^β/(β B)` below `q_0 = 1e-17/(1 + a + k)` in `q = 1 − p`.
 * Breakpoints go at the features of the integrand: the turn of `h` at `p = 1/(k s)`, the cut-off of
 * `(1−p)^(β−1)` at `p = 1/β`, and the peaks of the Beta weight (at `a/(a+β−1)` and `(a−1)/(a+β−2)`),
 * each with its width from the curvature, so a narrow peak cannot fall between samples. Cost: a few hundred
 * to a few thousand evaluations; callers use the series when it is well conditioned and this otherwise.
 * @internal
 */
export function betaGeometricIntegral(k: number, s: number, a: number, beta: number): number {
  const logNorm = logBeta(a, beta);
  // Left half, y = ln p.
  // ln p_0, in logs: (k+1) k s overflows for huge r.
  const logKs = Math.log(k) + Math.log(s);
  const yLo = Math.log(1e-17) - Math.max(0, Math.log(k + 1) + logKs, Math.log(beta));
  const yHi = -Math.LN2;
  const left = adaptiveIntegral(
    (y) => {
      const p = Math.exp(y);
      return Math.exp(logH(p, k, s) + a * y + (beta - 1) * Math.log1p(-p) - logNorm);
    },
    breakpoints(yLo, yHi, [
      -logKs, 1,
      -Math.log(beta), 1,
      Math.log(a / (a + beta - 1)), peakWidth(beta, a / (a + beta - 1)),
      a > 1 && beta > 1 ? Math.log((a - 1) / (a + beta - 2)) : Number.NaN, peakWidth(beta, (a - 1) / (a + beta - 2)),
    ]),
    TOLERANCE,
  );
  const leftTail = Math.exp(logKs + a * yLo - Math.log(a) - logNorm);
  // Right half, w = ln(1 − p).
  const q0 = 1e-17 / (1 + a + k);
  const wLo = Math.log(q0);
  const right = adaptiveIntegral(
    (w) => {
      const q = Math.exp(w);
      return Math.exp(logH(1 - q, k, s) + beta * w + (a - 1) * Math.log1p(-q) - logNorm);
    },
    breakpoints(wLo, yHi, [
      Math.log(beta / (a + beta - 1)), peakWidth(a, beta / (a + beta - 1)),
      a > 1 && beta > 1 ? Math.log((beta - 1) / (a + beta - 2)) : Number.NaN, peakWidth(a, (beta - 1) / (a + beta - 2)),
      -Math.log(a), 1,
    ]),
    TOLERANCE,
  );
  const rightTail = Math.exp(logH(1, k, s) + beta * wLo - Math.log(beta) - logNorm);
  return left + leftTail + right + rightTail;
}
