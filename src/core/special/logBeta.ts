import { logGamma } from './logGamma';
import { logGammaRatio } from './logGammaRatio';
import { stirlingCorrection } from './stirlingCorrection';

const HALF_LOG_TWO_PI = 0.9189385332046728;

/**
 * Natural logarithm of the beta function, `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)`.
 *
 * @remarks
 * With `a ≤ b` (the function is symmetric): for `a ≥ 10` from Stirling's series for all three gammas,
 * arranged as `½ ln 2π − (a − ½) log1p(b/a) − (b − ½) log1p(a/b) − ½ ln(a + b) + s(a) + s(b) − s(a + b)`
 * (DLMF 5.11.1, `s` the series' correction), where no two large terms cancel; otherwise as
 * `ln Γ(a) − [ln Γ(b + a) − ln Γ(b)]`, the bracket by {@link logGammaRatio}, so `ln B(a, b + x)` stays accurate for `x` up to 1e10 where the
 * three-log-gamma form would cancel catastrophically (docs/clv.md, "Numerics"; DLMF 5.12.1). Never forms
 * `B` itself, which underflows. Constant time.
 *
 * Impossible input gives `NaN` (never throws): `a ≤ 0`, `b ≤ 0` or `NaN`. An infinite argument gives `−∞`.
 *
 * @param a - first shape, `a > 0`
 * @param b - second shape, `b > 0`
 * @returns `ln B(a, b)`
 * @example
 * ```ts
 * logBeta(2, 3); // -2.484906649788001  (≈ ln(1/12))
 * logBeta(0.5, 0.5); // 1.1447298858494  (≈ ln π)
 * ```
 * @see NIST Digital Library of Mathematical Functions, 5.12.1, https://dlmf.nist.gov/5.12
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) return Number.NaN;
  if (a === Number.POSITIVE_INFINITY || b === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  if (small >= 10) {
    // Stirling for all three: ½ ln 2π + (a − ½) ln(a/c) + (b − ½) ln(b/c) − ½ ln c + s(a) + s(b) − s(c),
    // every term negative or small, so nothing cancels.
    const sum = small + large;
    return (
      HALF_LOG_TWO_PI -
      (small - 0.5) * Math.log1p(large / small) -
      (large - 0.5) * Math.log1p(small / large) -
      0.5 * Math.log(sum) +
      stirlingCorrection(small) +
      stirlingCorrection(large) -
      stirlingCorrection(sum)
    );
  }
  return logGamma(small) - logGammaRatio(large, small);
}
