import { logBeta } from '../../core/special/logBeta';
import { adaptiveIntegral } from './adaptiveIntegral';

/** Accepted sum of `|K15 − G7|` relative to the integral (leaves ~1e-15 for analytic integrands). */
const TOLERANCE = 1e-10;
/** `|ln B(a, β)|` from which the value is divided by the numerically integrated mass of the weight. */
const NORMALISE_FROM = 30;
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
 * each with its width from the curvature, so a narrow peak cannot fall between samples. The exponents are
 * centred where the weight has its mass, and for large parameters (`|ln B(a, β)| > 30`, where the rounding of
 * `ln B` alone is ~1e-12 relative) the value is divided by the integral of the weight computed the same way,
 * which is 1 up to that rounding. Cost: a few hundred to a few thousand evaluations (twice that for large
 * parameters); callers use the series when it is well conditioned and this otherwise.
 * @internal
 */
export function betaGeometricIntegral(k: number, s: number, a: number, beta: number): number {
  const logNorm = logBeta(a, beta);
  // Exponents centred where the Beta weight has its mass (a·ln p + (β−1)·ln(1−p) = K + a·d + (β−1)·ln(1 − pc·expm1(d)/(1−pc)),
  // d = ln p − ln pc): near the mass every term is small, so nodes carry no rounding of terms ~ a·ln p.
  const pc = Math.min(0.5, a / (a + beta));
  const yc = Math.log(pc);
  const cLeft = a * yc + (beta - 1) * Math.log1p(-pc) - logNorm;
  const leftWeight = (y: number): number => {
    const d = y - yc;
    return a * d + (beta - 1) * Math.log1p((-pc * Math.expm1(d)) / (1 - pc)) + cLeft;
  };
  const qc = Math.min(0.5, beta / (a + beta));
  const wc = Math.log(qc);
  const cRight = beta * wc + (a - 1) * Math.log1p(-qc) - logNorm;
  const rightWeight = (w: number): number => {
    const d = w - wc;
    return beta * d + (a - 1) * Math.log1p((-qc * Math.expm1(d)) / (1 - qc)) + cRight;
  };
  // Left half, y = ln p; ln p_0 in logs ((k+1) k s overflows for huge r).
  const logKs = Math.log(k) + Math.log(s);
  const yLo = Math.log(1e-17) - Math.max(0, Math.log(k + 1) + logKs, Math.log(beta));
  const yHi = -Math.LN2;
  const leftBreaks = breakpoints(yLo, yHi, [
    -logKs, 1,
    -Math.log(beta), 1,
    Math.log(a / (a + beta - 1)), peakWidth(beta, a / (a + beta - 1)),
    a > 1 && beta > 1 ? Math.log((a - 1) / (a + beta - 2)) : Number.NaN, peakWidth(beta, (a - 1) / (a + beta - 2)),
  ]);
  const left = adaptiveIntegral((y) => Math.exp(logH(Math.exp(y), k, s) + leftWeight(y)), leftBreaks, TOLERANCE);
  const leftTail = Math.exp(logKs + a * yLo - Math.log(a) - logNorm);
  // Right half, w = ln(1 − p).
  const wLo = Math.log(1e-17 / (1 + a + k));
  const rightBreaks = breakpoints(wLo, yHi, [
    Math.log(beta / (a + beta - 1)), peakWidth(a, beta / (a + beta - 1)),
    a > 1 && beta > 1 ? Math.log((beta - 1) / (a + beta - 2)) : Number.NaN, peakWidth(a, (beta - 1) / (a + beta - 2)),
    -Math.log(a), 1,
  ]);
  const right = adaptiveIntegral((w) => Math.exp(logH(1 - Math.exp(w), k, s) + rightWeight(w)), rightBreaks, TOLERANCE);
  const rightTail = Math.exp(logH(1, k, s) + wLo * beta - Math.log(beta) - logNorm);
  const value = left + leftTail + right + rightTail;
  if (!(Math.abs(logNorm) > NORMALISE_FROM)) return value;
  // Large parameters: ln B(a, β) and the centring constants carry absolute rounding ~1e-16·|ln B|, a
  // relative error of the value that the series does not have. Dividing by the integral of the weight
  // itself, on the same breakpoints and with the same constants, cancels it.
  const mass =
    adaptiveIntegral((y) => Math.exp(leftWeight(y)), leftBreaks, TOLERANCE) +
    Math.exp(a * yLo - Math.log(a) - logNorm) +
    adaptiveIntegral((w) => Math.exp(rightWeight(w)), rightBreaks, TOLERANCE) +
    Math.exp(wLo * beta - Math.log(beta) - logNorm);
  return value / mass;
}
