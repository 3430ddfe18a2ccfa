/**
 * `ln(1 − e^x)` for `x ≤ 0`, accurate at both ends.
 *
 * @remarks
 * Mächler's rule: `ln(−expm1(x))` for `−ln 2 < x ≤ 0` (where `e^x` is close to 1 and `1 − e^x` would
 * cancel), `log1p(−exp(x))` for `x ≤ −ln 2` (where `e^x` is small). The switch at `−ln 2` keeps the
 * relative error within a few ulp everywhere. Constant time.
 *
 * Impossible input gives `NaN` (never throws): `x > 0` or `NaN`. `x = 0` gives `−∞`; `x = −∞` gives 0.
 *
 * @param x - a non-positive log-value (a log-probability)
 * @returns `ln(1 − e^x)`, the log of the complementary probability
 * @example
 * ```ts
 * log1mExp(Math.log(0.25)); // -0.2876820724517809  (≈ ln 0.75)
 * log1mExp(-1e-20); // -46.051701859880914
 * ```
 * @see Mächler, M. (2012). Accurately computing log(1 − exp(−|a|)). R package Rmpfr vignette.
 * https://cran.r-project.org/package=Rmpfr/vignettes/log1mexp-note.pdf
 */
export function log1mExp(x: number): number {
  if (!(x <= 0)) return Number.NaN;
  return x > -Math.LN2 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
}
