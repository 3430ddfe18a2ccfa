import { logAddExp } from '../../core/special/logAddExp';
import { logBeta } from '../../core/special/logBeta';
import type { BgBbParams } from './types';

/**
 * `ln L(α, β, γ, δ | x, t_x, n)` of one BG/BB history, without argument checks (Fader, Hardie & Shang
 * 2010, eq. 5).
 *
 * @remarks
 * `L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ) + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) ·
 * B(γ+1, δ+t_x+i)/B(γ,δ)`. The first term (alive through all `n` opportunities) in log space; the sum of
 * decreasing terms (died after opportunity `t_x + i`) relative to its first term through the ratio
 * `(β+t_x−x+i)/(α+β+t_x+i) · (δ+t_x+i)/(γ+δ+1+t_x+i)`; the two joined by `logAddExp`. O(n − t_x).
 * @internal
 */
export function bgBbRowLogLikelihood(params: BgBbParams, x: number, tx: number, n: number): number {
  const { alpha, beta, gamma, delta } = params;
  const lbA = logBeta(alpha, beta);
  const lbG = logBeta(gamma, delta);
  const alive = logBeta(alpha + x, beta + (n - x)) - lbA + logBeta(gamma, delta + n) - lbG;
  if (tx >= n) return Math.min(0, alive);
  const first = logBeta(alpha + x, beta + (tx - x)) - lbA + logBeta(gamma + 1, delta + tx) - lbG;
  let term = 1;
  let sum = 1;
  const last = n - tx - 1;
  for (let i = 0; i < last; i++) {
    term *= ((beta + (tx - x) + i) / (alpha + beta + tx + i)) * ((delta + tx + i) / (gamma + delta + 1 + tx + i));
    sum += term;
    // The terms decrease, so the rest is at most term · (terms left).
    if (term * (last - i) < 1e-17 * sum) break;
  }
  // A probability: rounding may not push it above 1.
  return Math.min(0, logAddExp(alive, first + Math.log(sum)));
}
