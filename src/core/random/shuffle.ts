import { isRandom } from './isRandom';
import type { Random } from './types';

/**
 * Return a uniformly random permutation of an array (Fisher–Yates), leaving the input untouched.
 *
 * @remarks
 * Copies the input, then for `i = n − 1, …, 1` swaps element `i` with element `j = ⌊(i + 1) · U⌋`,
 * `U = random.next()` (Durstenfeld 1964; Knuth, TAOCP vol. 2, Algorithm 3.4.2P). Every one of the `n!`
 * orders is equally likely up to the 53-bit resolution of `U`. O(n) time, one new array, `n − 1` calls to
 * `next()`.
 *
 * Never throws: `random` that is not a {@link Random} or `array` that is not an array gives `[]`.
 *
 * @typeParam T - element type
 * @param random - the generator, from {@link createRandom}
 * @param array - the items to permute (not modified)
 * @returns a new array with the same items in random order
 * @example
 * ```ts
 * shuffle(createRandom(42), [1, 2, 3, 4, 5]); // [4, 2, 3, 5, 1]
 * ```
 * @see Durstenfeld, R. (1964). Algorithm 235: Random permutation. Communications of the ACM 7(7), 420.
 * https://doi.org/10.1145/364520.364540
 */
export function shuffle<T>(random: Random, array: readonly T[]): T[] {
  if (!isRandom(random) || !Array.isArray(array)) return [];
  const result = array.slice();
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor((i + 1) * random.next());
    const tmp = result[i] as T;
    result[i] = result[j] as T;
    result[j] = tmp;
  }
  return result;
}
