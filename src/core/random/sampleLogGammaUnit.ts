import type { Random } from './types';

/**
 * The natural log of a Gamma(shape, 1) draw by Marsaglia & Tsang (2000), with the `U^(1/shape)` boost for
 * shape < 1 applied in log space (so tiny shapes do not underflow). Assumes a finite shape > 0.
 * @internal
 */
export function sampleLogGammaUnit(random: Random, shape: number): number {
  const boosted = shape < 1;
  const a = boosted ? shape + 1 : shape;
  const d = a - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  let logDraw: number;
  for (;;) {
    let x: number;
    let v: number;
    do {
      const u1 = random.next();
      const u2 = random.next();
      x = Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random.next();
    const x2 = x * x;
    if (u < 1 - 0.0331 * x2 * x2) {
      logDraw = Math.log(d) + Math.log(v);
      break;
    }
    if (Math.log(u) < 0.5 * x2 + d * (1 - v + Math.log(v))) {
      logDraw = Math.log(d) + Math.log(v);
      break;
    }
  }
  if (!boosted) return logDraw;
  // Gamma(shape) = Gamma(shape + 1) · U^(1/shape); U ∈ (0, 1] via 1 − next().
  return logDraw + Math.log1p(-random.next()) / shape;
}
