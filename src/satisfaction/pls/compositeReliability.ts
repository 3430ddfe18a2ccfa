import { assertNonEmpty } from '../../core/validate/assertNonEmpty';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/**
 * Composite reliability ρ_C (Dillon–Goldstein's rho, Jöreskog's rho) of a block from its standardised loadings.
 *
 * @remarks
 * `ρ_C = (Σλ)² / ((Σλ)² + Σ(1 − λ²))`, the share of the variance of the unit-weighted sum of the
 * standardised items that the common factor explains when every item loads on one factor with uncorrelated
 * errors (Werts, Linn & Jöreskog 1974; the form used in PLS assessment, Fornell & Larcker 1981). Usual
 * thresholds: ≥ 0.7 (≥ 0.6 exploratory), ≤ 0.95. A single item with loading 1 gives 1. O(k).
 *
 * @param loadings - standardised loadings of the block's items (correlations item–construct), each in [−1, 1]
 * @returns ρ_C in [0, 1]
 * @throws `EMPTY_INPUT` when `loadings` is empty
 * @throws `INVALID_ARGUMENT` when a loading is not a number in [−1, 1]
 * @example
 * ```ts
 * compositeReliability([0.8, 0.8, 0.8]).toFixed(4); // '0.8421'
 * ```
 * @see Werts, C. E., Linn, R. L. & Jöreskog, K. G. (1974). Intraclass reliability estimates: Testing
 * structural assumptions. Educational and Psychological Measurement 34(1), 25–33.
 * doi:10.1177/001316447403400104
 * @see Fornell, C. & Larcker, D. F. (1981). Evaluating structural equation models with unobservable
 * variables and measurement error. Journal of Marketing Research 18(1), 39–50. doi:10.1177/002224378101800104
 */
export function compositeReliability(loadings: readonly number[]): number {
  assertNonEmpty('compositeReliability', 'loadings', loadings);
  let sum = 0;
  let error = 0;
  // An index loop, not forEach: forEach skips the holes of a sparse array, which must be rejected.
  for (let i = 0; i < loadings.length; i++) {
    const l: unknown = loadings[i];
    if (typeof l !== 'number' || !(l >= -1 && l <= 1)) {
      throw new InvalidArgumentError('compositeReliability', `loadings[${i}]`, 'must be a number from -1 to 1', l);
    }
    sum += l;
    error += 1 - l * l;
  }
  const squared = sum * sum;
  return squared + error === 0 ? 0 : squared / (squared + error);
}
