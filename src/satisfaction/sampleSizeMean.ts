import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { finiteSampleSize } from './internal/finiteSampleSize';
import { resolveConfidence } from './internal/resolveConfidence';
import type { FinitePopulationCorrection } from './types';
import type { SampleSizeResult } from './sampleSizeProportion';

/** Options of {@link sampleSizeMean}. */
export interface SampleSizeMeanOptions {
  /** Wanted half-width of the interval, in the units of the answers (> 0). */
  readonly marginOfError: number;
  /** Planning value of the standard deviation of the answers, in the same units (> 0). */
  readonly standardDeviation: number;
  /** Confidence level, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
  /** Population size `N` (an integer ≥ 1) for the finite-population correction; default infinite. */
  readonly populationSize?: number;
  /** `'cochran'` (default) `n0/(1 + (n0 − 1)/N)` or `'approximate'` `n0/(1 + n0/N)`; needs `populationSize`. */
  readonly correction?: FinitePopulationCorrection;
}

/**
 * Sample size needed to estimate a mean score within a margin of error, with an optional
 * finite-population correction.
 *
 * @remarks
 * `n0 = z² σ² / e²` (Cochran 1977, §4.4, with the normal critical value); for a population of `N`,
 * `n = n0 / (1 + (n0 − 1)/N)` (`'cochran'`) or `n0 / (1 + n0/N)` (`'approximate'`). Rounded up. O(1).
 *
 * @param options - `marginOfError` and `standardDeviation` (required), `confidenceLevel` (0.95),
 *   `populationSize`, `correction`.
 * @returns A {@link SampleSizeResult}.
 * @throws `INVALID_ARGUMENT` when `marginOfError` or `standardDeviation` is not a finite number > 0,
 *   `confidenceLevel` not in (0, 1), `populationSize` not an integer ≥ 1, or `correction` is given
 *   without `populationSize`.
 * @throws `INVALID_ARGUMENT` when `marginOfError` is so small that the sample size needed overflows.
 * @example
 * ```ts
 * sampleSizeMean({ marginOfError: 0.1, standardDeviation: 1 }).n; // 385
 * sampleSizeMean({ marginOfError: 0.1, standardDeviation: 1, populationSize: 500 }).n; // 218
 * ```
 * @see Cochran, W. G. (1977). Sampling Techniques (3rd ed.). Wiley, §4.4.
 */
export function sampleSizeMean(options: SampleSizeMeanOptions): SampleSizeResult {
  const fn = 'sampleSizeMean';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const e = options.marginOfError;
  if (typeof e !== 'number' || !Number.isFinite(e) || e <= 0) {
    throw new InvalidArgumentError(fn, 'options.marginOfError', 'must be a finite number greater than 0', e);
  }
  const sd = options.standardDeviation;
  if (typeof sd !== 'number' || !Number.isFinite(sd) || sd <= 0) {
    throw new InvalidArgumentError(fn, 'options.standardDeviation', 'must be a finite number greater than 0', sd);
  }
  const { level, z } = resolveConfidence(fn, options.confidenceLevel);
  const n0 = (z * z * sd * sd) / (e * e);
  if (!Number.isFinite(n0)) {
    throw new InvalidArgumentError(fn, 'options.marginOfError', 'is too small for the standard deviation (n overflows)', e);
  }
  const sized = finiteSampleSize(fn, n0, options.populationSize, options.correction, e);
  return {
    n: sized.n,
    unrounded: sized.unrounded,
    infinitePopulationSize: n0,
    z,
    confidenceLevel: level,
    populationSize: sized.populationSize,
    correction: sized.correction,
  };
}
