import { assertNonEmpty } from '../../core/validate/assertNonEmpty';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/**
 * Average variance extracted (AVE) of a block: the mean squared standardised loading.
 *
 * @remarks
 * `AVE = Σλ² / k` (Fornell & Larcker 1981): the average share of an item's variance that its construct
 * explains. Convergent validity is usually accepted at AVE ≥ 0.5; √AVE is the diagonal of the
 * Fornell–Larcker table. O(k).
 *
 * @param loadings - standardised loadings of the block's items, each in [−1, 1]
 * @returns AVE in [0, 1]
 * @throws `EMPTY_INPUT` when `loadings` is empty
 * @throws `INVALID_ARGUMENT` when a loading is not a number in [−1, 1]
 * @example
 * ```ts
 * averageVarianceExtracted([0.9, 0.8, 0.7]); // 0.6466666666666667
 * ```
 * @see Fornell, C. & Larcker, D. F. (1981). Evaluating structural equation models with unobservable
 * variables and measurement error. Journal of Marketing Research 18(1), 39–50. doi:10.1177/002224378101800104
 */
export function averageVarianceExtracted(loadings: readonly number[]): number {
  assertNonEmpty('averageVarianceExtracted', 'loadings', loadings);
  let sum = 0;
  // An index loop, not forEach: forEach skips the holes of a sparse array, which must be rejected.
  for (let i = 0; i < loadings.length; i++) {
    const l: unknown = loadings[i];
    if (typeof l !== 'number' || !(l >= -1 && l <= 1)) {
      throw new InvalidArgumentError('averageVarianceExtracted', `loadings[${i}]`, 'must be a number from -1 to 1', l);
    }
    sum += l * l;
  }
  return sum / loadings.length;
}
