/**
 * Solves the sub-system `C[P,P] b = C[P, target]` of a J × J construct correlation matrix by an in-place
 * Cholesky factorisation (the sub-matrix of a correlation matrix is symmetric positive semi-definite),
 * writing `b` into `coefficients[0 … |P|−1]` and using `scratch` (length ≥ |P|² + |P|); allocation-free,
 * for the hot loop of the bootstrap. Returns `false` when the sub-matrix is singular (a pivot at or below
 * `1e-12` times the largest diagonal entry) or a result is not finite. O(|P|³).
 * @internal
 */
export function regressConstructs(
  C: Float64Array,
  J: number,
  predictors: readonly number[],
  target: number,
  coefficients: Float64Array,
  scratch: Float64Array,
): boolean {
  const k = predictors.length;
  let largest = 0;
  for (let a = 0; a < k; a++) {
    const pa = predictors[a] as number;
    for (let b = 0; b <= a; b++) scratch[a * k + b] = C[pa * J + (predictors[b] as number)] as number;
    largest = Math.max(largest, Math.abs(scratch[a * k + a] as number));
    coefficients[a] = C[pa * J + target] as number;
  }
  const threshold = 1e-12 * largest;
  // Lower Cholesky factor L in place (lower triangle of scratch).
  for (let a = 0; a < k; a++) {
    for (let b = 0; b <= a; b++) {
      let s = scratch[a * k + b] as number;
      for (let c = 0; c < b; c++) s -= (scratch[a * k + c] as number) * (scratch[b * k + c] as number);
      if (a === b) {
        if (!(s > threshold)) return false;
        scratch[a * k + a] = Math.sqrt(s);
      } else {
        scratch[a * k + b] = s / (scratch[b * k + b] as number);
      }
    }
  }
  // Forward (L y = r) then back (Lᵀ b = y) substitution.
  for (let a = 0; a < k; a++) {
    let s = coefficients[a] as number;
    for (let c = 0; c < a; c++) s -= (scratch[a * k + c] as number) * (coefficients[c] as number);
    coefficients[a] = s / (scratch[a * k + a] as number);
  }
  for (let a = k - 1; a >= 0; a--) {
    let s = coefficients[a] as number;
    for (let c = a + 1; c < k; c++) s -= (scratch[c * k + a] as number) * (coefficients[c] as number);
    const v = s / (scratch[a * k + a] as number);
    if (!Number.isFinite(v)) return false;
    coefficients[a] = v;
  }
  return true;
}
