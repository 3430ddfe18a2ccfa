import { isRandom } from './isRandom';
import { isArrayLike } from '../validate/isArrayLike';
import type { Random } from './types';

/**
 * Draw an index with the given probabilities (or non-negative weights), by cumulative search.
 *
 * @remarks
 * With total `W = Σ wᵢ` and `T = W · random.next()`, returns the smallest `k` with `Σ_{i≤k} wᵢ > T`
 * (inversion of the discrete CDF, Devroye 1986, §III.2.1). The weights need not sum to 1: they are
 * normalised by their sum, so counts or scores can be passed directly. An index with weight 0 is never
 * returned. O(n) per draw, no allocation; for many draws from one large distribution, build an alias table
 * instead.
 *
 * Never throws: `random` that is not a {@link Random} gives `NaN`; an empty array, a negative or non-finite weight, or a zero total gives `NaN` (no output
 * consumed).
 *
 * @param random - the generator, from {@link createRandom}
 * @param probabilities - non-negative weights, at least one positive
 * @returns an index in [0, probabilities.length)
 * @example
 * ```ts
 * sampleCategorical(createRandom(42), [0.5, 0.3, 0.2]); // 0
 * sampleCategorical(createRandom(1), [0.5, 0.3, 0.2]); // 1
 * ```
 * @see Devroye, L. (1986). Non-Uniform Random Variate Generation, §III.2. Springer.
 * https://doi.org/10.1007/978-1-4613-8643-8
 */
export function sampleCategorical(random: Random, probabilities: ArrayLike<number>): number {
  if (!isRandom(random) || !isArrayLike(probabilities)) return Number.NaN;
  const n = probabilities.length;
  let total = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const w = probabilities[i] as number;
    if (!(w >= 0) || w === Number.POSITIVE_INFINITY) return Number.NaN;
    if (w > 0) last = i;
    total += w;
  }
  if (!(total > 0) || !Number.isFinite(total)) return Number.NaN;
  const target = total * random.next();
  let cumulative = 0;
  for (let i = 0; i < n; i++) {
    const w = probabilities[i] as number;
    cumulative += w;
    if (w > 0 && cumulative > target) return i;
  }
  return last; // rounding left the target at the very top
}
