/**
 * Clenshaw's sums `Σ_{j<terms} a_j T_j(z)` of two Chebyshev series stored at `first[base ..]` and
 * `second[base ..]`, at the same point, in one loop (the two recurrences interleaved: the same operations
 * as two `clenshawSum` calls, so the same results), into `out[0]` and `out[1]`. @internal
 */
export function clenshawPair(first: Float64Array, second: Float64Array, base: number, terms: number, z: number, out: Float64Array): void {
  const z2 = 2 * z;
  let b1 = 0;
  let b2 = 0;
  let d1 = 0;
  let d2 = 0;
  for (let j = base + terms - 1; j > base; j--) {
    const b0 = z2 * b1 - b2 + (first[j] as number);
    b2 = b1;
    b1 = b0;
    const d0 = z2 * d1 - d2 + (second[j] as number);
    d2 = d1;
    d1 = d0;
  }
  out[0] = z * b1 - b2 + (first[base] as number);
  out[1] = z * d1 - d2 + (second[base] as number);
}
