import { isRandom } from './isRandom';
import type { Random } from './types';

/**
 * Draw the number of Bernoulli(p) trials up to and including the first success (support 1, 2, 3, …), by
 * inversion.
 *
 * @remarks
 * `X = 1 + ⌊ln V / ln(1 − p)⌋` with `V = 1 − random.next() ∈ (0, 1]`, since
 * `P(X > k) = P(V ≤ (1 − p)^k) = (1 − p)^k` (Devroye 1986, §X.2). `ln(1 − p)` is computed as `log1p(−p)`
 * so small `p` keeps full precision. Mean `1/p`, variance `(1 − p)/p²`. O(1), one `next()` call.
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; `p` outside (0, 1] or not finite gives `NaN` (no output consumed); `p = 1` gives 1.
 *
 * @param random - the generator, from {@link createRandom}
 * @param p - success probability per trial, in (0, 1]
 * @returns an integer ≥ 1
 * @example
 * ```ts
 * sampleGeometric(createRandom(42), 0.2); // 1
 * sampleGeometric(createRandom(7), 0.2); // 11
 * ```
 * @see Devroye, L. (1986). Non-Uniform Random Variate Generation, §X.2. Springer.
 * https://doi.org/10.1007/978-1-4613-8643-8
 */
export function sampleGeometric(random: Random, p: number): number {
  if (!isRandom(random)) return Number.NaN;
  if (!(p > 0 && p <= 1)) return Number.NaN;
  if (p === 1) return 1;
  return 1 + Math.floor(Math.log1p(-random.next()) / Math.log1p(-p));
}
