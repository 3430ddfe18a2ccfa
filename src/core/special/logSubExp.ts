import { log1mExp } from './log1mExp';

/**
 * `ln(e^a − e^b)` for `a ≥ b`, without overflow and without cancellation.
 *
 * @remarks
 * `a + ln(1 − e^(b − a))`, the second term by {@link log1mExp} (docs/clv.md, "Numerics"). Constant time.
 *
 * Impossible input gives `NaN` (never throws): `a < b`, `NaN`, or `a = b = +∞`. `a = b` gives `−∞`
 * (the difference is 0); `b = −∞` gives `a`.
 *
 * @param a - the larger log-value
 * @param b - the smaller log-value, `b ≤ a`
 * @returns `ln(e^a − e^b)`
 * @example
 * ```ts
 * logSubExp(Math.log(0.75), Math.log(0.25)); // -0.6931471805599454  (≈ ln 0.5)
 * logSubExp(1000, 999); // 999.5413248546129
 * ```
 * @see Mächler, M. (2012). Accurately computing log(1 − exp(−|a|)). R package Rmpfr vignette.
 * https://cran.r-project.org/package=Rmpfr/vignettes/log1mexp-note.pdf
 */
export function logSubExp(a: number, b: number): number {
  if (!(a >= b)) return Number.NaN;
  if (b === Number.NEGATIVE_INFINITY) return a;
  if (a === Number.POSITIVE_INFINITY) return b === a ? Number.NaN : a;
  if (a === b) return Number.NEGATIVE_INFINITY;
  return a + log1mExp(b - a);
}
