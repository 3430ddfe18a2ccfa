/** Largest accepted estimate of the relative rounding error of the series value. */
const MAX_RELATIVE_ERROR = 1e-12;

/**
 * `C/(a−1) · [1 − (1−z)^(a−1) f]` from the summed Euler-transformed series `f = 2F1(A, a−1; C; z)` of
 * {@link betaGeometricExpectation}, or `NaN` when rounding makes it untrustworthy.
 *
 * @remarks
 * The series and the bracket can both cancel: `f` carries an absolute error of about `ε Σ|terms|`
 * (`absolute`), the power one of `ε |(a−1) ln(1−z)|` relative, and the bracket divides both by
 * `|1 − (1−z)^(a−1) f|`. Their estimate must stay below 1e-12 of the value; otherwise (huge `r`, where
 * `A = a+b−1+shift−r` makes the terms alternate and grow; `a` far below 1 with `r + x` large; `a` close to 1)
 * the caller integrates instead. Well-conditioned inputs (the usual fitted parameters) pass, and their value
 * is the one computed before this check existed.
 * @internal
 */
export function betaGeometricEulerValue(f: number, absolute: number, a: number, C: number, z: number): number {
  // 1 − (1−z)^(a−1) f = (1 − f) − e f with e = expm1((a−1) ln(1−z)) while |e| < ½ (no cancellation as
  // z → 0); otherwise the product itself (e rounds to −1 when (1−z)^(a−1) is tiny and f huge).
  const logPower = (a - 1) * Math.log1p(-z);
  const power = Math.exp(logPower);
  const e = Math.expm1(logPower);
  const bracket = Math.abs(e) < 0.5 ? 1 - f - e * f : 1 - power * f;
  const value = (C / (a - 1)) * bracket;
  if (!Number.isFinite(value) || !(value >= 0)) return Number.NaN;
  const error = 2.3e-16 * (power * absolute * 4 + power * Math.abs(f) * (2 + Math.abs(logPower)) + 1);
  return error <= MAX_RELATIVE_ERROR * Math.abs(bracket) ? value : Number.NaN;
}
