/**
 * `ln(beta + e^(b τ) − 1)` without overflow or cancellation: `ln(beta + expm1(bτ))` while `e^(bτ)` is
 * finite, else `bτ + log1p((beta − 1) e^(−bτ))`. The lifetime survival of the Gamma-Gompertz model is
 * `S(τ) = exp(s (ln beta − gompertzLogShift))` (Bemmaor & Glady 2012). @internal
 */
export function gompertzLogShift(b: number, beta: number, tau: number): number {
  const u = b * tau;
  return u <= 600 ? Math.log(beta + Math.expm1(u)) : u + Math.log1p((beta - 1) * Math.exp(-u));
}
