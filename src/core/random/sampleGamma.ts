import { isRandom } from './isRandom';
import type { Random } from './types';
import { sampleLogGammaUnit } from './sampleLogGammaUnit';

/**
 * Draw from the gamma distribution with the given shape and rate, by Marsaglia & Tsang's method.
 *
 * @remarks
 * For shape `a ≥ 1`: with `d = a − 1/3`, `c = 1/√(9d)`, draw a standard normal `Z` (Box–Muller, see
 * {@link sampleNormal}) until `v = (1 + cZ)³ > 0`, and a uniform `U`; accept `d·v` if
 * `U < 1 − 0.0331 Z⁴` (squeeze) or `ln U < Z²/2 + d(1 − v + ln v)` (Marsaglia & Tsang 2000, §4). The
 * acceptance rate exceeds 95 % for every shape. For `a < 1` the draw is `Gamma(a + 1) · U^(1/a)`
 * (ibid. §6), computed in log space; for very small shapes the true draw can be below the smallest double
 * and then comes out as 0. The result is divided by `rate`. Mean `a / rate`, variance `a / rate²`.
 * O(1) expected.
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; a shape or rate that is not finite and positive gives `NaN` (no output consumed).
 *
 * @param random - the generator, from {@link createRandom}
 * @param shape - shape `a`, finite, > 0
 * @param rate - rate `β` (1/scale), finite, > 0; the draw is in units of 1 / rate
 * @returns a draw ≥ 0
 * @example
 * ```ts
 * sampleGamma(createRandom(42), 2, 1); // 2.5457000820806917
 * ```
 * @see Marsaglia, G. & Tsang, W. W. (2000). A simple method for generating gamma variables. ACM
 * Transactions on Mathematical Software 26(3), 363–372. https://doi.org/10.1145/358407.358414
 */
export function sampleGamma(random: Random, shape: number, rate: number): number {
  if (!isRandom(random)) return Number.NaN;
  if (!Number.isFinite(shape) || shape <= 0 || !Number.isFinite(rate) || rate <= 0) return Number.NaN;
  return Math.exp(sampleLogGammaUnit(random, shape)) / rate;
}
