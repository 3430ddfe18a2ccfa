/**
 * `(1 − e^{−εL}) / ε` for `L ≥ 0`, continuous at `ε = 0` (value `L`): the factor
 * `[1 − (B/(B+t))^(s−1)]/(s−1)` of the Pareto/NBD expectations with `ε = s − 1`, `L = ln(1 + t/B)`.
 * @internal
 */
export function oneMinusPowerOverExponent(epsilon: number, L: number): number {
  const y = epsilon * L;
  if (Math.abs(y) < 1e-8) return L * (1 - 0.5 * y);
  return -Math.expm1(-y) / epsilon;
}
