/**
 * How many leading coefficients of the Chebyshev series `coefficients[base .. base + count − 1]` matter: one
 * past the last whose magnitude exceeds `negligible` times the largest (at least 1). Summing only those
 * changes a value by at most `count · negligible` times the largest coefficient, which callers choose far
 * below the tolerance they check their series to; it saves the recurrence steps of a series that
 * converged early (a smooth piece). @internal
 */
export function chebyshevTerms(coefficients: Float64Array, base: number, count: number, negligible: number): number {
  let largest = 0;
  for (let j = 0; j < count; j++) largest = Math.max(largest, Math.abs(coefficients[base + j] as number));
  let terms = count;
  while (terms > 1 && Math.abs(coefficients[base + terms - 1] as number) <= negligible * largest) terms--;
  return terms;
}
