/**
 * `ln(1 + e^x)` (the softplus), accurate for every real `x`.
 *
 * @remarks
 * Mächler's four branches: `e^x` for `x ≤ −37` (where `ln(1 + y) = y` to double precision),
 * `log1p(e^x)` for `x ≤ 18`, `x + e^(−x)` for `x ≤ 33.3`, and `x` beyond (where `e^(−x)` is below
 * half an ulp of `x`). Never overflows. Constant time. Equals `−ln expit(−x)`.
 *
 * `NaN` for `NaN` (never throws); `−∞ → 0`, `+∞ → +∞`.
 *
 * @param x - any real (a log-odds, for instance)
 * @returns `ln(1 + e^x)`
 * @example
 * ```ts
 * log1pExp(0); // 0.6931471805599453
 * log1pExp(800); // 800
 * log1pExp(-800); // 0
 * ```
 * @see Mächler, M. (2012). Accurately computing log(1 − exp(−|a|)). R package Rmpfr vignette, eq. (10).
 * https://cran.r-project.org/package=Rmpfr/vignettes/log1mexp-note.pdf
 */
export function log1pExp(x: number): number {
  if (x <= -37) return Math.exp(x);
  if (x <= 18) return Math.log1p(Math.exp(x));
  if (x <= 33.3) return x + Math.exp(-x);
  return x;
}
