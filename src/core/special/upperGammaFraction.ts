const MAX_ITERATIONS = 100_000;
const TINY = 1e-300;

/**
 * Legendre's continued fraction `h` with `Γ(a, z) = z^a e^(−z) h` (DLMF 8.9.2), any real `a`, `z > 0`,
 * evaluated by the modified Lentz method. `NaN` if not converged. @internal
 */
export function upperGammaFraction(a: number, z: number): number {
  let b = z + 1 - a;
  let c = 1 / TINY;
  let d = Math.abs(b) < TINY ? 1 / TINY : 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= 1e-16) return h;
  }
  return Number.NaN;
}
