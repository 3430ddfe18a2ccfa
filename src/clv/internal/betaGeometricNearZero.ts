/** Most terms summed before giving up. */
const MAX_TERMS = 200;

/**
 * `E[Y(t) | alive]` of the BG/NBD (`shift = 0`) or MBG/NBD (`shift = 1`) model for short horizons
 * (`u = t/(α+T) ≤ ½`), without the cancellation of `1 − (1−z)^(a−1) 2F1(…)` as `t → 0`.
 *
 * @remarks
 * Pfaff's transformation of the Euler-transformed form used by {@link betaGeometricExpectation}
 * (`(1−z)^(a−1) 2F1(A, a−1; C; z) = 2F1(r+x, a−1; C; −u)`, `A = a+b−1+shift−r`, `C = a+b+x−1+shift`, so
 * `C − A = r + x`) gives, after the first term cancels the leading 1 analytically,
 * `E = (r+x) u · Σ_{n≥0} (r+x+1)_n (a)_n / ((C+1)_n (n+1)!) · (−u)^n`:
 * no `1/(a−1)` and no difference of nearly equal numbers. The series alternates, so it is accepted only
 * when the sum of the absolute terms is at most 4 times the sum (at most about half a digit lost to
 * cancellation) and it has converged within 200 terms; otherwise, and for `u > ½`, this returns `NaN`
 * and callers use {@link betaGeometricExpectation}.
 *
 * @param u - `t/(α+T) ≥ 0`.
 * @internal
 */
export function betaGeometricNearZero(r: number, a: number, b: number, x: number, u: number, shift: 0 | 1): number {
  if (!(u <= 0.5)) return Number.NaN;
  if (u === 0) return 0;
  const k = r + x + 1;
  const c = a + b + x + shift; // C + 1
  let term = 1;
  let sum = 1;
  let absolute = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (-u * (k + n) * (a + n)) / ((c + n) * (n + 2));
    sum += term;
    absolute += Math.abs(term);
    if (Math.abs(term) <= 1e-17 * absolute) {
      const value = (r + x) * u * sum;
      return absolute <= 4 * sum && Number.isFinite(value) ? value : Number.NaN;
    }
  }
  return Number.NaN;
}
