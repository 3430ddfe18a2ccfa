import { logGamma } from './logGamma';

/**
 * `ln |Γ(x)|` and the sign of `Γ(x)` for any real `x`.
 *
 * @remarks
 * For `x > 0` from {@link logGamma}; for `x ≤ 0` by the reflection formula
 * `Γ(x) = π / (sin(πx) Γ(1 − x))` (DLMF 5.5.3), with `sin(πx)` reduced exactly modulo 2. At the poles
 * (0, −1, −2, …) returns `{ log: ∞, sign: 0 }`, so that `1/Γ = sign · exp(−log) = 0` there.
 *
 * @param x - any real
 * @returns `{ log: ln|Γ(x)|, sign: ±1, or 0 at a pole }`
 * @internal
 */
export function logAbsGamma(x: number): { log: number; sign: number } {
  if (x > 0) return { log: logGamma(x), sign: 1 };
  if (Number.isNaN(x) || x === Number.NEGATIVE_INFINITY) return { log: Number.NaN, sign: Number.NaN };
  if (Number.isInteger(x)) return { log: Number.POSITIVE_INFINITY, sign: 0 };
  const reduced = x - 2 * Math.round(x / 2); // in [−1, 1], exact
  const sine = Math.sin(Math.PI * reduced);
  return { log: Math.log(Math.PI) - Math.log(Math.abs(sine)) - logGamma(1 - x), sign: sine > 0 ? 1 : -1 };
}
