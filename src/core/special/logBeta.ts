import { logGamma } from './logGamma';
import { logGammaRatio } from './logGammaRatio';

/**
 * Natural logarithm of the beta function, `ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b)`.
 *
 * @remarks
 * With `a ≤ b` (the function is symmetric) it is computed as `ln Γ(a) − [ln Γ(b + a) − ln Γ(b)]`, the
 * bracket by {@link logGammaRatio}, so `ln B(a, b + x)` stays accurate for `x` up to 1e10 where the
 * three-log-gamma form would cancel catastrophically (clientele handbook §6; DLMF 5.12.1). Never forms
 * `B` itself, which underflows. Constant time.
 *
 * Impossible input gives `NaN` (never throws): `a ≤ 0`, `b ≤ 0` or `NaN`. An infinite argument gives `−∞`.
 *
 * @param a - first shape, `a > 0`
 * @param b - second shape, `b > 0`
 * @returns `ln B(a, b)`
 * @example
 * ```ts
 * logBeta(2, 3); // -2.4849066497880004  (= ln(1/12))
 * logBeta(0.5, 0.5); // 1.1447298858494002  (= ln π)
 * ```
 * @see NIST Digital Library of Mathematical Functions, 5.12.1, https://dlmf.nist.gov/5.12
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0) || !(b > 0)) return Number.NaN;
  if (a === Number.POSITIVE_INFINITY || b === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
  const small = Math.min(a, b);
  const large = Math.max(a, b);
  return logGamma(small) - logGammaRatio(large, small);
}
