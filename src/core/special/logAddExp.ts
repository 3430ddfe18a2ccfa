/**
 * `ln(e^a + e^b)` without overflow or underflow.
 *
 * @remarks
 * `max(a, b) + log1p(exp(−|a − b|))`: the exponent is never positive, so nothing overflows and the
 * smaller term is kept to full relative precision (docs/clv.md, "Numerics"). Constant time.
 *
 * `NaN` if either argument is `NaN` (never throws); `ln(0 + 0) = −∞` for `a = b = −∞`; `+∞` if either is `+∞`.
 *
 * @param a - a log-value (any real or ±∞)
 * @param b - a log-value (any real or ±∞)
 * @returns `ln(e^a + e^b)`
 * @example
 * ```ts
 * logAddExp(1000, 1000); // 1000.6931471805599
 * logAddExp(Math.log(0.25), Math.log(0.5)); // -0.2876820724517809  (≈ ln 0.75)
 * ```
 * @see Mächler, M. (2012). Accurately computing log(1 − exp(−|a|)). R package Rmpfr vignette.
 * https://cran.r-project.org/package=Rmpfr/vignettes/log1mexp-note.pdf
 */
export function logAddExp(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.NaN;
  const high = a > b ? a : b;
  const low = a > b ? b : a;
  if (high === Number.POSITIVE_INFINITY || low === Number.NEGATIVE_INFINITY) return high;
  return high + Math.log1p(Math.exp(low - high));
}
