import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { finiteSampleSize } from './internal/finiteSampleSize';
import { resolveConfidence } from './internal/resolveConfidence';
import type { FinitePopulationCorrection } from './types';

/** Options of {@link sampleSizeProportion}. */
export interface SampleSizeProportionOptions {
  /** Wanted half-width of the interval, as a proportion in (0, 1) (0.05 = ±5 points). */
  readonly marginOfError: number;
  /** Planning value of the proportion, in [0, 1]; default 0.5 (the conservative choice). */
  readonly proportion?: number;
  /** Confidence level, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
  /** Population size `N` (an integer ≥ 1) for the finite-population correction; default infinite. */
  readonly populationSize?: number;
  /** `'cochran'` (default) `n0/(1 + (n0 − 1)/N)` or `'approximate'` `n0/(1 + n0/N)`; needs `populationSize`. */
  readonly correction?: FinitePopulationCorrection;
}

/** A required sample size and how it was obtained. */
export interface SampleSizeResult {
  /** Required sample size, rounded up (at most `populationSize`). */
  readonly n: number;
  /** The size before rounding (after the correction, when there is one). */
  readonly unrounded: number;
  /** The infinite-population size `n0`. */
  readonly infinitePopulationSize: number;
  /** The normal critical value used. */
  readonly z: number;
  /** Confidence level used. */
  readonly confidenceLevel: number;
  /** Population size, or `null` for an infinite population. */
  readonly populationSize: number | null;
  /** The finite-population correction applied, or `null`. */
  readonly correction: FinitePopulationCorrection | null;
}

/**
 * Sample size needed to estimate a proportion (a top-box share, a promoter share) within a margin of
 * error, with an optional finite-population correction.
 *
 * @remarks
 * `n0 = z² p(1 − p) / e²` (Cochran 1977, eq. 4.2); for a population of `N`,
 * `n = n0 / (1 + (n0 − 1)/N)` (`'cochran'`, the inverse of {@link marginOfError}'s
 * `e = z √(p(1−p)/n) √((N − n)/(N − 1))`) or `n0 / (1 + n0/N)` (`'approximate'`). Rounded up. O(1).
 *
 * @param options - `marginOfError` (required), `proportion` (0.5), `confidenceLevel` (0.95),
 *   `populationSize`, `correction`.
 * @returns A {@link SampleSizeResult}.
 * @throws `INVALID_ARGUMENT` when `marginOfError` is not in (0, 1), `proportion` not in [0, 1],
 *   `confidenceLevel` not in (0, 1), `populationSize` not an integer ≥ 1, or `correction` is given
 *   without `populationSize`.
 * @throws `INVALID_ARGUMENT` when `marginOfError` is so small that the sample size needed overflows.
 * @example
 * ```ts
 * sampleSizeProportion({ marginOfError: 0.05 }).n; // 385
 * sampleSizeProportion({ marginOfError: 0.05, populationSize: 2000 }).n; // 323
 * sampleSizeProportion({ marginOfError: 0.03, proportion: 0.2, confidenceLevel: 0.9 }).n; // 481
 * ```
 * @see Cochran, W. G. (1977). Sampling Techniques (3rd ed.). Wiley, §4.4.
 */
export function sampleSizeProportion(options: SampleSizeProportionOptions): SampleSizeResult {
  const fn = 'sampleSizeProportion';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const e = options.marginOfError;
  if (typeof e !== 'number' || !(e > 0 && e < 1)) {
    throw new InvalidArgumentError(fn, 'options.marginOfError', 'must be a number between 0 and 1 (exclusive)', e);
  }
  const p = options.proportion ?? 0.5;
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new InvalidArgumentError(fn, 'options.proportion', 'must be a number from 0 to 1', p);
  }
  const { level, z } = resolveConfidence(fn, options.confidenceLevel);
  const n0 = (z * z * p * (1 - p)) / (e * e);
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
