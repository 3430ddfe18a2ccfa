const MAX_ITERATIONS = 100_000;

/**
 * `Σ_{n≥0} x^n / ((a + 1)(a + 2)…(a + n))`, so that `P(a, x) = e^{prefix} / a · Σ` (DLMF 8.7.1).
 * `NaN` if not converged. @internal
 */
export function lowerGammaSeries(a: number, x: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n < MAX_ITERATIONS; n++) {
    term *= x / (a + n);
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) return sum;
  }
  return Number.NaN;
}
