import { isRandom } from './isRandom';
import type { Random } from './types';

/**
 * Draw from the continuous uniform distribution on [min, max).
 *
 * @remarks
 * `min + (max − min) · U` with `U = random.next()` (one call, two 32-bit outputs). Mean `(min + max) / 2`,
 * variance `(max − min)² / 12`. O(1).
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; a non-finite bound or `max < min` gives `NaN` (no output is consumed); `min = max` gives `min`.
 *
 * @param random - the generator, from {@link createRandom}
 * @param min - lower bound, finite
 * @param max - upper bound, finite, ≥ `min`
 * @returns a draw in [min, max)
 * @example
 * ```ts
 * sampleUniform(createRandom(42), 10, 20); // 11.922624529202904
 * ```
 * @see Devroye, L. (1986). Non-Uniform Random Variate Generation, §I.4. Springer.
 * https://doi.org/10.1007/978-1-4613-8643-8
 */
export function sampleUniform(random: Random, min: number, max: number): number {
  if (!isRandom(random)) return Number.NaN;
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return Number.NaN;
  return min + (max - min) * random.next();
}
