import { regularizedIncompleteBeta } from '../../core/special/regularizedIncompleteBeta';

/**
 * Quantile of the F distribution with `d1`, `d2` degrees of freedom, by bisection on the beta variable
 * `x = d1 f / (d1 f + d2)` with `P(F ≤ f) = I_x(d1/2, d2/2)`, to machine precision in `x` (≤ 1100 halvings,
 * stopping when the bracket no longer shrinks). `NaN` for `p` outside (0, 1) or non-positive degrees
 * of freedom.
 * @internal
 */
export function fQuantile(p: number, d1: number, d2: number): number {
  if (!(p > 0 && p < 1) || !(d1 > 0) || !(d2 > 0)) return Number.NaN;
  const a = d1 / 2;
  const b = d2 / 2;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 1100; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (regularizedIncompleteBeta(mid, a, b) < p) lo = mid;
    else hi = mid;
  }
  const x = lo + (hi - lo) / 2;
  return (d2 * x) / (d1 * (1 - x));
}
