import { isRandom } from './isRandom';
import type { Random } from './types';

/**
 * Draw from the normal distribution N(mean, sd²) by the Box–Muller transform.
 *
 * @remarks
 * With `U₁, U₂` from two calls to `random.next()`: `Z = √(−2 ln(1 − U₁)) · cos(2π U₂)` is standard normal
 * (Box & Muller 1958); the result is `mean + sd · Z`. The method is deterministic (no rejection loop): every
 * call consumes exactly two `next()` values (four 32-bit outputs), so streams stay aligned across samplers.
 * The sine partner is discarded to keep the sampler stateless. `1 − U₁ ∈ (0, 1]`, so the logarithm is finite
 * and the largest |Z| is about 8.57. O(1).
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; non-finite `mean`, non-finite or negative `sd` gives `NaN` (no output consumed); `sd = 0`
 * gives `mean`.
 *
 * @param random - the generator, from {@link createRandom}
 * @param mean - location, finite
 * @param sd - standard deviation, finite, ≥ 0
 * @returns a normal draw
 * @example
 * ```ts
 * sampleNormal(createRandom(42), 0, 1); // 0.5873274869795773
 * ```
 * @see Box, G. E. P. & Muller, M. E. (1958). A note on the generation of random normal deviates. Annals of
 * Mathematical Statistics 29(2), 610–611. https://doi.org/10.1214/aoms/1177706645
 */
export function sampleNormal(random: Random, mean: number, sd: number): number {
  if (!isRandom(random)) return Number.NaN;
  if (!Number.isFinite(mean) || !Number.isFinite(sd) || sd < 0) return Number.NaN;
  const u1 = random.next();
  const u2 = random.next();
  const z = Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
  return mean + sd * z;
}
