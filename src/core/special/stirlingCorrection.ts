/**
 * `B_{2k} / (2k (2k − 1))`, k = 1…8: the coefficients of Stirling's series (DLMF 5.11.1).
 * @internal
 */
export const STIRLING_COEFFICIENTS: readonly number[] = [
  1 / 12,
  -1 / 360,
  1 / 1260,
  -1 / 1680,
  1 / 1188,
  -691 / 360360,
  1 / 156,
  -3617 / 122400,
];

/**
 * The correction term of Stirling's series, `ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π]`, for `x ≥ 10`.
 *
 * @remarks
 * `Σ_{k=1}^{8} B_{2k} / (2k (2k − 1) x^{2k−1})` (DLMF 5.11.1). For `x ≥ 10` the first omitted term is
 * below `5e−19 / x^17`, far under one ulp of `ln Γ(x)`.
 *
 * @param x - argument, at least 10
 * @returns the correction, positive and below `1 / (12 x)`
 * @internal
 */
export function stirlingCorrection(x: number): number {
  const inverseSquare = 1 / (x * x);
  let sum = 0;
  for (let k = STIRLING_COEFFICIENTS.length - 1; k >= 0; k--) {
    sum = sum * inverseSquare + (STIRLING_COEFFICIENTS[k] as number);
  }
  return sum / x;
}
