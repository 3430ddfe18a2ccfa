import { isRandom } from './isRandom';
import type { Random } from './types';
import { sampleLogGammaUnit } from './sampleLogGammaUnit';

/**
 * Draw from the beta distribution Beta(a, b) as a ratio of two gamma draws.
 *
 * @remarks
 * With `X ~ Gamma(a, 1)` and `Y ~ Gamma(b, 1)` independent (drawn in that order by Marsaglia & Tsang, see
 * {@link sampleGamma}), `X / (X + Y) ~ Beta(a, b)` (Devroye 1986, §IX.4.1). The ratio is formed from the
 * logarithms, `1 / (1 + exp(ln Y − ln X))`, so tiny shapes (where both gamma draws underflow) still give
 * a valid draw in [0, 1]. Mean `a / (a + b)`, variance `ab / ((a + b)²(a + b + 1))`. O(1) expected.
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; a shape that is not finite and positive gives `NaN` (no output consumed).
 *
 * @param random - the generator, from {@link createRandom}
 * @param a - first shape, finite, > 0
 * @param b - second shape, finite, > 0
 * @returns a draw in [0, 1]
 * @example
 * ```ts
 * sampleBeta(createRandom(42), 2, 3); // 0.5870936361651904
 * ```
 * @see Marsaglia, G. & Tsang, W. W. (2000). A simple method for generating gamma variables. ACM
 * Transactions on Mathematical Software 26(3), 363–372. https://doi.org/10.1145/358407.358414
 * @see Devroye, L. (1986). Non-Uniform Random Variate Generation, §IX.4. Springer.
 * https://doi.org/10.1007/978-1-4613-8643-8
 */
export function sampleBeta(random: Random, a: number, b: number): number {
  if (!isRandom(random)) return Number.NaN;
  if (!Number.isFinite(a) || a <= 0 || !Number.isFinite(b) || b <= 0) return Number.NaN;
  const logX = sampleLogGammaUnit(random, a);
  const logY = sampleLogGammaUnit(random, b);
  return 1 / (1 + Math.exp(logY - logX));
}
