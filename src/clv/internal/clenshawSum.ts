/**
 * Clenshaw's sum of the Chebyshev series `coefficients[base .. base + points − 1]` (first
 * coefficient halved, as the tables store it) at `z ∈ [−1, 1]`. No allocation. @internal
 */
export function clenshawSum(coefficients: Float64Array, base: number, points: number, z: number): number {
  const z2 = 2 * z;
  let b1 = 0;
  let b2 = 0;
  for (let j = base + points - 1; j > base; j--) {
    const b0 = z2 * b1 - b2 + (coefficients[j] as number);
    b2 = b1;
    b1 = b0;
  }
  return z * b1 - b2 + (coefficients[base] as number);
}
