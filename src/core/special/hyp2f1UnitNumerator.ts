/** Most terms summed; beyond it the value is `NaN`. */
const MAX_TERMS = 2_000_000;

/**
 * `2F1(1, b; c; z) = Σ_{k≥0} (b)_k/(c)_k z^k` for `0 < b ≤ c` and `0 ≤ z < 1`, summed directly (`c = b`
 * happens in floating point when `c − b` is below the rounding of `b`).
 *
 * @remarks
 * Every term is positive and the term ratio `(b + k)/(c + k) · z` rises towards `z`, so the rest of the
 * series after a term `t` is at most `t·z/(1 − z)`: the sum stops when that bound falls below 1e−17 of
 * the sum, after about `ln(1e17)/(1 − z)` terms at most, whatever `b` (the general `hyp2f1` has
 * to switch to the connection formula to `1 − z` near `z = 1`, which loses every digit once `b(1 − z)`
 * is large, as for a customer with a million renewals). Neumaier-compensated. The sBG and BG/BB
 * discounted sums are of this form with `z = 1/(1 + d)`; from `d = 1e−4` on they take at most 400,000
 * terms.
 *
 * Never throws: `NaN` when `b` or `c` is not finite, `b ≤ 0`, `c < b`, `z` outside [0, 1), or the cap of
 * 2,000,000 terms is reached. @internal
 */
export function hyp2f1UnitNumerator(b: number, c: number, z: number): number {
  if (!(b > 0 && c >= b && c < Number.POSITIVE_INFINITY && z >= 0 && z < 1)) return Number.NaN;
  const tailFactor = z / (1 - z);
  let term = 1;
  let sum = 1;
  let compensation = 0;
  for (let k = 0; k < MAX_TERMS; k++) {
    term *= ((b + k) / (c + k)) * z;
    const next = sum + term;
    compensation += sum - next + term; // sum ≥ term: every term is below the first
    sum = next;
    if (term * tailFactor <= 1e-17 * sum) return sum + compensation;
  }
  return Number.NaN;
}
