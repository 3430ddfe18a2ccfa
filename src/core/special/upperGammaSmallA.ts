import { logGammaNearTwo } from './logGammaNearTwo';

const EULER_GAMMA = 0.5772156649015329;

/**
 * `Γ(a, z)` for `|a| ≤ ½`, `0 < z ≤ 1.5`, without the cancellation of `Γ(a) − γ(a, z)`.
 *
 * @remarks
 * `Γ(a, z) = [expm1(ln Γ(1 + a)) − expm1(a ln z)] / a − z^a Σ_{n≥1} (−z)^n / (n! (a + n))` (from DLMF 8.7.1
 * and `Γ(a) = Γ(1 + a)/a`), whose bracket tends to `−γ − ln z` as `a → 0` (then `Γ(0, z) = E₁(z)`,
 * DLMF 6.6.2). @internal
 */
export function upperGammaSmallA(a: number, z: number): number {
  const logZ = Math.log(z);
  // ln Γ(1 + a) = ln Γ(2 + a) − log1p(a), without rounding 1 + a.
  const logGammaOnePlusA = logGammaNearTwo(a) - Math.log1p(a);
  const bracket = a === 0 ? -EULER_GAMMA - logZ : (Math.expm1(logGammaOnePlusA) - Math.expm1(a * logZ)) / a;
  let power = 1;
  let sum = 0;
  for (let n = 1; n < 200; n++) {
    power *= -z / n;
    const term = power / (a + n);
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum)) break;
  }
  return bracket - Math.exp(a * logZ) * sum;
}
