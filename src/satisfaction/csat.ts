import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { agrestiCoullInterval } from './internal/agrestiCoullInterval';
import { resolveConfidence } from './internal/resolveConfidence';
import { resolveScale } from './internal/resolveScale';
import { summarizeTally } from './internal/summarizeTally';
import { tallyScale, type ScaleTally } from './internal/tallyScale';
import { wilsonInterval } from './internal/wilsonInterval';
import type { AnswerScale, GroupedResult, GroupKey, Interval, RejectedAnswer, SimpleIndexOptions } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** Options of {@link csat}. */
export interface CsatOptions extends SimpleIndexOptions {
  /** Answer scale; default `{ min: 1, max: 5 }`. */
  readonly scale?: AnswerScale;
  /**
   * Lowest answer counted as satisfied (the top boxes run from here to `scale.max`). Default 4 on the
   * default 1–5 scale (top-two-box); required for any other scale.
   */
  readonly topBoxFrom?: number;
}

/** Customer satisfaction (CSAT) of one set of answers. */
export interface CsatResult {
  /** Weighted share of satisfied answers (the top boxes), in [0, 1]. */
  readonly topBoxShare: number;
  /** Wilson score interval of `topBoxShare` (on the effective sample size). */
  readonly wilson: Interval;
  /** Agresti–Coull interval of `topBoxShare`. */
  readonly agrestiCoull: Interval;
  /** Weighted mean answer, on the answer scale. */
  readonly mean: number;
  /** Sample standard deviation of the answers (`n_eff − 1` denominator); `null` when `n_eff ≤ 1`. */
  readonly standardDeviation: number | null;
  /** Student t interval of the mean (df = `n_eff − 1`); `null` when `n_eff ≤ 1`. */
  readonly meanInterval: Interval | null;
  /** Number of answers counted (unweighted). */
  readonly n: number;
  /** Kish effective sample size; equals `n` without weights. */
  readonly effectiveSampleSize: number;
  /** Σ of the weights of the counted answers. */
  readonly sumWeights: number;
  /** Whether respondent weights were applied. */
  readonly weighted: boolean;
  /** Unweighted count of each answer (index `answer − scale.min`). */
  readonly distribution: number[];
  /** Confidence level of the intervals. */
  readonly confidenceLevel: number;
  /** The scale and top boxes used. */
  readonly scale: { readonly min: number; readonly max: number; readonly topBoxFrom: number };
  /** Answers left out under `invalid: 'reject'`. */
  readonly rejected: RejectedAnswer[];
}

/**
 * Customer satisfaction score: the share of satisfied answers (top-two-box on 1–5 by default) with
 * Wilson and Agresti–Coull intervals, and the mean answer with a t interval; optionally weighted and
 * per group.
 *
 * @remarks
 * `topBoxShare = Σ_{answers ≥ topBoxFrom} w / Σ w`. Wilson (1927) interval
 * `(p̂ + z²/2n ± z √(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n)`; Agresti–Coull (1998) `p̃ ± z √(p̃(1−p̃)/ñ)` with
 * `ñ = n + z²`, `p̃ = (n p̂ + z²/2)/ñ`. With weights, `n` is the Kish effective size `(Σw)²/Σw²`.
 * The mean's interval is `x̄ ± t_{n−1} s/√n`. Every answer is checked to be an integer on the scale.
 * One pass, O(n); memory O(scale points × groups).
 *
 * @param scores - Answers, integers on `scale` (default 1–5).
 * @param options - `scale`, `topBoxFrom`, `weights`, `groups`, `invalid`, `confidenceLevel`.
 * @returns A {@link CsatResult}; with `groups`, a {@link GroupedResult}.
 * @throws `INVALID_ARGUMENT` when an answer is not an integer on the scale (policy `'throw'`), naming the
 *   respondent; when `topBoxFrom` is missing for a non-default scale or off the scale; when `scale`,
 *   a weight, a group key or `confidenceLevel` is invalid.
 * @throws `EMPTY_INPUT` when there is no valid answer (overall or in a group).
 * @throws `UNDEFINED_RESULT` when the weights of the counted answers sum to 0.
 * @example
 * ```ts
 * const r = csat([5, 4, 4, 3, 2, 5, 1, 4]);
 * r.topBoxShare; // 0.625
 * r.mean; // 3.5
 * r.wilson.lower.toFixed(3); // '0.306'
 * csat([7, 6, 3], { scale: { min: 1, max: 7 }, topBoxFrom: 6 }).topBoxShare.toFixed(3); // '0.667'
 * ```
 * @see Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. JASA
 *   22(158), 209–212. https://doi.org/10.1080/01621459.1927.10502953
 * @see Agresti, A. & Coull, B. A. (1998). Approximate is better than "exact" for interval estimation of
 *   binomial proportions. The American Statistician 52(2), 119–126. https://doi.org/10.1080/00031305.1998.10480550
 */
export function csat(scores: ArrayLike<number>, options?: CsatOptions & { readonly groups?: undefined }): CsatResult;
export function csat(
  scores: ArrayLike<number>,
  options: CsatOptions & { readonly groups: ArrayLike<GroupKey> },
): GroupedResult<CsatResult>;
export function csat(scores: ArrayLike<number>, options?: CsatOptions): CsatResult | GroupedResult<CsatResult>;
export function csat(scores: ArrayLike<number>, options?: CsatOptions): CsatResult | GroupedResult<CsatResult> {
  const fn = 'csat';
  assertOptions(fn, options);
  const { level, z } = resolveConfidence(fn, options?.confidenceLevel);
  const scale = resolveScale(fn, 'options.scale', options?.scale, { min: 1, max: 5 });
  let topBoxFrom = options?.topBoxFrom;
  if (topBoxFrom === undefined) {
    if (scale.min !== 1 || scale.max !== 5) {
      throw new InvalidArgumentError(fn, 'options.topBoxFrom', 'must be given for a scale other than 1-5', topBoxFrom);
    }
    topBoxFrom = 4;
  }
  if (!Number.isInteger(topBoxFrom) || topBoxFrom <= scale.min || topBoxFrom > scale.max) {
    throw new InvalidArgumentError(fn, 'options.topBoxFrom', `must be an integer ${scale.min + 1}-${scale.max}`, topBoxFrom);
  }
  const from = topBoxFrom;
  const tally = tallyScale(fn, 'scores', scores, scale, options);
  const make = (t: ScaleTally): CsatResult => {
    const s = summarizeTally(fn, t, scale.min, level);
    let share = 0;
    for (let k = from - scale.min; k < s.shares.length; k++) share += s.shares[k] as number;
    share = Math.min(1, share);
    return {
      topBoxShare: share,
      wilson: wilsonInterval(share, s.effectiveSampleSize, z),
      agrestiCoull: agrestiCoullInterval(share, s.effectiveSampleSize, z),
      mean: s.mean,
      standardDeviation: s.standardDeviation,
      meanInterval: s.meanInterval,
      n: t.n,
      effectiveSampleSize: s.effectiveSampleSize,
      sumWeights: t.sumWeights,
      weighted: t.weightSums !== null,
      distribution: Array.from(t.counts),
      confidenceLevel: level,
      scale: { min: scale.min, max: scale.max, topBoxFrom: from },
      rejected: t.rejected,
    };
  };
  const overall = make(tally.overall);
  if (tally.groups === null) return overall;
  return { overall, groups: tally.groups.map((g) => ({ key: g.key as GroupKey, result: make(g) })) };
}
