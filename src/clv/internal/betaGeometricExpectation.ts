import { betaGeometricEulerValue } from './betaGeometricEulerValue';
import { betaGeometricIntegral } from './betaGeometricIntegral';
import { betaGeometricNearZero } from './betaGeometricNearZero';

/**
 * `E[Y(t) | alive]` of the BG/NBD (`shift = 0`) and MBG/NBD (`shift = 1`) models: the expected purchases
 * in `(T, T+t]` of a customer known to be alive at `T` with `x` repeat purchases, before multiplying by
 * `P(alive)`.
 *
 * @remarks
 * Short horizons (`t/(α+T) ≤ ½`) use the cancellation-free series of {@link betaGeometricNearZero} when
 * it is well conditioned. Otherwise the Euler-transformed series (docs/clv.md, "Numerics"), `z = t/(α+T+t)`,
 * `C = a+b+x−1+shift`, `A = a+b−1+shift−r`:
 * `C/(a−1) · [1 − (1−z)^(a−1) · 2F1(A, a−1; C; z)]`, accepted only when its rounding error, estimated from
 * the sum of the absolute terms, is below 1e-12 of the value ({@link betaGeometricEulerValue}). Near the
 * removable singularity `a = 1` (`|a − 1| ≤ 1e-3`), when `C` is small, when `z ≥ 0.95` (slow series), when
 * the series cannot be summed or is ill-conditioned (huge `r`, which makes `A` hugely negative; `a` far below
 * 1 with many purchases), the positive integral
 * `∫_0^1 [1 − ((α+T)/(α+T+pt))^(r+x)]/p · Beta(p; a, b+x+shift) dp` is computed instead by adaptive
 * quadrature on the log scale ({@link betaGeometricIntegral}), in which nothing cancels.
 * @internal
 */
export function betaGeometricExpectation(
  r: number,
  alpha: number,
  a: number,
  b: number,
  x: number,
  T: number,
  t: number,
  shift: 0 | 1,
): number {
  if (t === 0) return 0;
  const near = betaGeometricNearZero(r, a, b, x, t / (alpha + T), shift);
  if (!Number.isNaN(near)) return near;
  const C = a + b + x - 1 + shift;
  const z = t / (alpha + T + t);
  if (C > 0.5 && z < 0.95 && Math.abs(a - 1) > 1e-3) {
    const value = eulerSeries(a + b - 1 + shift - r, a - 1, C, z, z <= 0.9 ? MAX_TERMS : QUICK_TERMS, a);
    if (!Number.isNaN(value)) return value;
  }
  return betaGeometricIntegral(r + x, t / (alpha + T), a, b + x + shift);
}

/** Terms of the series summed at most (`z ≤ 0.9`; 3,000 above, where the series is slow). */
const MAX_TERMS = 100_000;
const QUICK_TERMS = 3000;

/**
 * `C/(a−1) · [1 − (1−z)^(a−1) 2F1(A, B; C; z)]`, `B = a − 1`: the Gauss series summed by term ratios with
 * Neumaier compensation and the geometric tail test of `hyp2f1` (the same arithmetic, so the same value),
 * plus the sum of the absolute terms for {@link betaGeometricEulerValue}'s rounding check. `NaN` when the
 * series has not converged within `cap` terms or the value is not trustworthy.
 */
function eulerSeries(A: number, B: number, C: number, z: number, cap: number, a: number): number {
  if (A === 0) return betaGeometricEulerValue(1, 1, a, C, z);
  let term = 1;
  let sum = 1;
  let absolute = 1;
  let compensation = 0;
  const settle = Math.max(Math.abs(A), Math.abs(B), Math.abs(C));
  for (let n = 0; n < cap; n++) {
    let ratio = (((A + n) * (B + n)) / ((C + n) * (n + 1))) * z;
    if (!Number.isFinite(ratio)) ratio = ((A + n) / (n + 1)) * ((B + n) / (C + n)) * z;
    if (!Number.isFinite(ratio)) return Number.NaN;
    term *= ratio;
    if (term === 0) return betaGeometricEulerValue(sum + compensation, absolute, a, C, z);
    const next = sum + term;
    compensation += Math.abs(sum) >= Math.abs(term) ? sum - next + term : term - next + sum;
    sum = next;
    absolute += Math.abs(term);
    if (n >= settle) {
      const q = Math.max(Math.abs(ratio), Math.abs(z));
      if (q < 1 && (Math.abs(term) * q) / (1 - q) <= 1e-17 * Math.abs(sum)) {
        return betaGeometricEulerValue(sum + compensation, absolute, a, C, z);
      }
    }
  }
  return Number.NaN;
}
