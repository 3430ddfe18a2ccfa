import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { resolveConfidence } from './internal/resolveConfidence';

/** Options of {@link marginOfError}. */
export interface MarginOfErrorOptions {
  /** Sample size, an integer ≥ 1 (≤ `populationSize`), or an effective sample size (a number ≥ 1). */
  readonly n: number;
  /** Proportion, in [0, 1]; default 0.5 (the largest margin). Ignored when `standardDeviation` is given. */
  readonly proportion?: number;
  /** Standard deviation of the answers, for the margin of a mean (> 0). */
  readonly standardDeviation?: number;
  /** Confidence level, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
  /** Population size `N` (an integer ≥ 2) for the finite-population correction; default infinite. */
  readonly populationSize?: number;
}

/** The margin of error of a sample. */
export interface MarginOfErrorResult {
  /** Half-width of the interval, in the units of the estimate (a proportion, or the answers' units). */
  readonly marginOfError: number;
  /** Standard error after the finite-population correction. */
  readonly standardError: number;
  /** Finite-population correction factor `√((N − n)/(N − 1))` (1 when infinite). */
  readonly finitePopulationFactor: number;
  /** Normal critical value. */
  readonly z: number;
  /** Confidence level. */
  readonly confidenceLevel: number;
  /** `'proportion'` or `'mean'`. */
  readonly estimate: 'proportion' | 'mean';
}

/**
 * Margin of error of a proportion or a mean estimated from a sample of `n`, with an optional
 * finite-population correction.
 *
 * @remarks
 * Proportion: `e = z √(p(1 − p)/n) · √((N − n)/(N − 1))`; mean: `e = z σ/√n · √((N − n)/(N − 1))`
 * (Cochran 1977, §2.6, §3.4). Give the Kish effective size as `n` for weighted samples. O(1).
 *
 * @param options - `n` (required), `proportion` (0.5) or `standardDeviation`, `confidenceLevel` (0.95),
 *   `populationSize`.
 * @returns A {@link MarginOfErrorResult}.
 * @throws `INVALID_ARGUMENT` when `n` is below 1 or above `populationSize`, `proportion` is not in
 *   [0, 1], `standardDeviation` is not a finite number > 0, `populationSize` is not an integer ≥ 2, or
 *   `confidenceLevel` is not in (0, 1).
 * @example
 * ```ts
 * marginOfError({ n: 385 }).marginOfError.toFixed(4); // '0.0499'
 * marginOfError({ n: 323, populationSize: 2000 }).marginOfError.toFixed(4); // '0.0499'
 * marginOfError({ n: 100, standardDeviation: 2 }).marginOfError.toFixed(3); // '0.392'
 * ```
 * @see Cochran, W. G. (1977). Sampling Techniques (3rd ed.). Wiley.
 */
export function marginOfError(options: MarginOfErrorOptions): MarginOfErrorResult {
  const fn = 'marginOfError';
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(fn, 'options', 'must be an object', options);
  const { level, z } = resolveConfidence(fn, options.confidenceLevel);
  const n = options.n;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 1) {
    throw new InvalidArgumentError(fn, 'options.n', 'must be a finite number at least 1', n);
  }
  const N = options.populationSize;
  let factor = 1;
  if (N !== undefined) {
    if (!Number.isInteger(N) || N < 2) {
      throw new InvalidArgumentError(fn, 'options.populationSize', 'must be an integer at least 2', N);
    }
    if (n > N) throw new InvalidArgumentError(fn, 'options.n', `must be at most populationSize (${N})`, n);
    factor = Math.sqrt((N - n) / (N - 1));
  }
  let sd: number;
  let estimate: 'proportion' | 'mean';
  if (options.standardDeviation !== undefined) {
    sd = options.standardDeviation;
    if (typeof sd !== 'number' || !Number.isFinite(sd) || sd <= 0) {
      throw new InvalidArgumentError(fn, 'options.standardDeviation', 'must be a finite number greater than 0', sd);
    }
    estimate = 'mean';
  } else {
    const p = options.proportion ?? 0.5;
    if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
      throw new InvalidArgumentError(fn, 'options.proportion', 'must be a number from 0 to 1', p);
    }
    sd = Math.sqrt(p * (1 - p));
    estimate = 'proportion';
  }
  const se = (sd / Math.sqrt(n)) * factor;
  return { marginOfError: z * se, standardError: se, finitePopulationFactor: factor, z, confidenceLevel: level, estimate };
}
