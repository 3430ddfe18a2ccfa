/**
 * Coefficients `(-1)^k (ζ(k) − 1) / k`, k = 2…32, of the Taylor series of `ln Γ(2 + ε)` about `ε = 0`
 * (DLMF 5.7.3 combined with `ln Γ(2 + ε) = ln Γ(1 + ε) + ln(1 + ε)`), computed with mpmath at 50 digits
 * by scripts/fixtures/special_coefficients.py.
 */
const TAYLOR_AT_TWO: readonly number[] = [
  0.3224670334241132, -0.0673523010531981, 0.020580808427784546, -0.007385551028673986,
  0.0028905103307415234, -0.001192753911703261, 0.0005096695247430425, -0.00022315475845357939,
  9.945751278180853e-5, -4.492623673813314e-5, 2.050721277567069e-5, -9.439488275268397e-6,
  4.374866789907488e-6, -2.039215753801366e-6, 9.55141213040742e-7, -4.492469198764566e-7,
  2.1207184805554665e-7, -1.0043224823968099e-7, 4.7698101693639804e-8, -2.2711094608943164e-8,
  1.0838659214896955e-8, -5.183475041970047e-9, 2.4836745438024785e-9, -1.1921401405860912e-9,
  5.731367241678862e-10, -2.7595228851242334e-10, 1.330476437424449e-10, -6.4229645638381e-11,
  3.1044247747322276e-11, -1.5021384080754142e-11, 7.275974480239079e-12,
];

/** `1 − γ`, the derivative of `ln Γ` at 2 (γ the Euler–Mascheroni constant). */
const ONE_MINUS_EULER = 0.42278433509846713;

/**
 * `ln Γ(2 + ε)` for `|ε| ≤ 0.5` by its Taylor series in `ε`.
 *
 * @remarks
 * `ln Γ(2 + ε) = (1 − γ) ε + Σ_{k≥2} (−1)^k (ζ(k) − 1) ε^k / k` (from DLMF 5.7.3). The terms fall like
 * `4^−k / k` at `|ε| = 0.5`, so 31 terms reach full double precision, with *relative* accuracy near the
 * zero at `ε = 0` (that is, at `x = 2`, and through `ln Γ(1 + ε) = ln Γ(2 + ε) − log1p(ε)` at `x = 1`).
 *
 * @param epsilon - offset from 2, in [−0.5, 0.5]
 * @returns `ln Γ(2 + ε)`
 * @internal
 */
export function logGammaNearTwo(epsilon: number): number {
  let sum = 0;
  for (let k = TAYLOR_AT_TWO.length - 1; k >= 0; k--) {
    sum = sum * epsilon + (TAYLOR_AT_TWO[k] as number);
  }
  return epsilon * (ONE_MINUS_EULER + epsilon * sum);
}
