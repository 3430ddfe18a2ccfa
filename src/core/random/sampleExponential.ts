import { isRandom } from './isRandom';
import type { Random } from './types';

/**
 * Draw from the exponential distribution with the given rate, by inversion.
 *
 * @remarks
 * `X = −ln(1 − U) / rate` with `U = random.next()`, computed as `−log1p(−U) / rate` so that small `U` keeps
 * full relative precision. Mean `1 / rate`, variance `1 / rate²`. O(1).
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; a rate that is not finite and positive gives `NaN` (no output consumed).
 *
 * @param random - the generator, from {@link createRandom}
 * @param rate - events per unit of time, finite, > 0 (the draw is in units of 1 / rate)
 * @returns a draw ≥ 0
 * @example
 * ```ts
 * sampleExponential(createRandom(42), 2); // 0.10675904559824073
 * ```
 * @see Devroye, L. (1986). Non-Uniform Random Variate Generation, §II.2.1. Springer.
 * https://doi.org/10.1007/978-1-4613-8643-8
 */
export function sampleExponential(random: Random, rate: number): number {
  if (!isRandom(random)) return Number.NaN;
  if (!Number.isFinite(rate) || rate <= 0) return Number.NaN;
  return -Math.log1p(-random.next()) / rate;
}
