import { hyp2f1 } from '../../core/special/hyp2f1';
import { betaExpectation } from './betaExpectation';
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
 * `C/(a−1) · [1 − (1−z)^(a−1) · 2F1(A, a−1; C; z)]`. Near the removable singularity `a = 1`
 * (`|a − 1| ≤ 1e-3`), when `C` is small, when `z ≥ 0.95` (slow series) or when the series cannot be
 * summed, the singularity-free integral
 * `∫_0^1 [1 − ((α+T)/(α+T+pt))^(r+x)]/p · Beta(p; a, b+x+shift) dp` is used instead.
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
    const f = hyp2f1(a + b - 1 + shift - r, a - 1, C, z);
    if (Number.isFinite(f)) {
      // 1 − (1−z)^(a−1) f = (1 − f) − e f with e = expm1((a−1) ln(1−z)) while |e| < ½ (no cancellation as
      // z → 0); otherwise the product itself (e rounds to −1 when (1−z)^(a−1) is tiny and f huge).
      const logPower = (a - 1) * Math.log1p(-z);
      const e = Math.expm1(logPower);
      const value = (C / (a - 1)) * (Math.abs(e) < 0.5 ? 1 - f - e * f : 1 - Math.exp(logPower) * f);
      if (Number.isFinite(value) && value >= 0) return value;
    }
  }
  const k = r + x;
  const scale = t / (alpha + T);
  return betaExpectation(
    (p) => {
      const u = p * scale;
      return u < 1e-8 ? k * scale * (1 - 0.5 * (k + 1) * u) : -Math.expm1(-k * Math.log1p(u)) / p;
    },
    a,
    b + x + shift,
  );
}
