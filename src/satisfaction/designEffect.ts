import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { assertNonEmpty } from '../core/validate/assertNonEmpty';
import { scaleOfLargest } from '../core/stats/internal/scaleOfLargest';

/** Kish's design effect of unequal weighting and the effective sample size. */
export interface DesignEffectResult {
  /** Number of weights. */
  readonly n: number;
  /** Σw. */
  readonly sumWeights: number;
  /** Kish design effect `n Σw² / (Σw)²` (≥ 1; 1 for equal weights). */
  readonly designEffect: number;
  /** Effective sample size `(Σw)² / Σw²` (= `n / deff`). */
  readonly effectiveSampleSize: number;
  /** Coefficient of variation of the weights (population sd / mean); `deff = 1 + cv²`. */
  readonly coefficientOfVariation: number;
}

/**
 * Kish's design effect due to unequal weights, and the effective sample size to use in the intervals of
 * weighted estimates.
 *
 * @remarks
 * `deff = n Σw² / (Σw)² = 1 + cv²(w)` and `n_eff = (Σw)² / Σw²` (Kish 1965, §11.7). It measures the
 * variance inflation of a weighted mean from the weights alone (not from clustering). Zero weights count
 * in `n`. O(n), compensated sums.
 *
 * @param weights - Respondent weights, finite and ≥ 0, not all 0.
 * @returns A {@link DesignEffectResult}.
 * @throws `EMPTY_INPUT` when `weights` is empty.
 * @throws `INVALID_ARGUMENT` when a weight is negative or not finite, or the weights' sum overflows a float64
 *   (the ratios are computed on weights scaled by the largest, so large weights are fine otherwise).
 * @throws `UNDEFINED_RESULT` when every weight is 0.
 * @example
 * ```ts
 * designEffect([1, 1, 1, 1]).designEffect; // 1
 * const d = designEffect([1, 2, 3, 4]);
 * d.designEffect; // 1.2
 * d.effectiveSampleSize.toFixed(3); // '3.333'
 * ```
 * @see Kish, L. (1965). Survey Sampling. Wiley.
 */
export function designEffect(weights: ArrayLike<number>): DesignEffectResult {
  const fn = 'designEffect';
  assertNonEmpty(fn, 'weights', weights);
  const n = weights.length;
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new InvalidArgumentError(fn, `weights[${i}]`, 'must be a finite number at least 0', w);
    }
    if (w > largest) largest = w;
  }
  // Sums of the weights divided by a power of two near the largest: exact scaling, so the ratios are those
  // of the weights themselves, and Σw² cannot overflow (a weight of 1e308 gave NaN).
  const scale = scaleOfLargest(largest);
  let s = 0;
  let cs = 0;
  let s2 = 0;
  let cs2 = 0;
  for (let i = 0; i < n; i++) {
    const w = (weights[i] as number) / scale;
    let t = s + w;
    cs += Math.abs(s) >= w ? s - t + w : w - t + s;
    s = t;
    const w2 = w * w;
    t = s2 + w2;
    cs2 += Math.abs(s2) >= w2 ? s2 - t + w2 : w2 - t + s2;
    s2 = t;
  }
  const sum = s + cs;
  const sumSquares = s2 + cs2;
  if (!(sum > 0)) throw new UndefinedResultError(fn, 'every weight is 0');
  const sumWeights = sum * scale;
  if (!Number.isFinite(sumWeights)) {
    throw new InvalidArgumentError(fn, 'weights', 'must sum to at most 1.8e308, the largest float64 (divide them by a common factor: the design effect does not change)', weights);
  }
  const deff = (n * sumSquares) / (sum * sum);
  return {
    n,
    sumWeights,
    designEffect: deff,
    effectiveSampleSize: (sum * sum) / sumSquares,
    coefficientOfVariation: Math.sqrt(Math.max(0, deff - 1)),
  };
}
