import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { resolveConfidence } from './internal/resolveConfidence';
import { summarizeTally } from './internal/summarizeTally';
import { tallyScale, type ScaleTally } from './internal/tallyScale';
import { wilsonInterval } from './internal/wilsonInterval';
import type { GroupedResult, GroupKey, Interval, RejectedAnswer, SimpleIndexOptions } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** The two Customer Effort Score instruments. */
export type CesVersion = '2.0' | '1.0';

/** Options of {@link ces}. */
export interface CesOptions extends SimpleIndexOptions {
  /**
   * `'2.0'` (default): "The company made it easy for me to handle my issue", 1–7 agreement, high is
   * easy; easy = agree (5–7), difficult = disagree (1–3). `'1.0'`: "How much effort did you personally
   * have to put forth", 1–5, low is easy; easy = 1–2, difficult = 4–5.
   */
  readonly version?: CesVersion;
}

/** The scale conventions of a CES result. */
export interface CesConventions {
  /** The instrument. */
  readonly version: CesVersion;
  /** Lowest answer. */
  readonly min: number;
  /** Highest answer. */
  readonly max: number;
  /** Which end of the scale means little effort. */
  readonly direction: 'higher-is-easier' | 'lower-is-easier';
  /** Answers counted as easy (for 2.0: agreeing). */
  readonly easy: { readonly from: number; readonly to: number };
  /** Answers counted as difficult (for 2.0: disagreeing). */
  readonly difficult: { readonly from: number; readonly to: number };
}

/** Customer Effort Score of one set of answers. */
export interface CesResult {
  /** Weighted mean answer on the instrument's scale (read with `conventions.direction`). */
  readonly mean: number;
  /** Student t interval of the mean (df = `n_eff − 1`); `null` when `n_eff ≤ 1`. */
  readonly meanInterval: Interval | null;
  /** Sample standard deviation (`n_eff − 1` denominator); `null` when `n_eff ≤ 1`. */
  readonly standardDeviation: number | null;
  /** Weighted share of easy answers (CES 2.0: the share agreeing, 5–7). */
  readonly easyShare: number;
  /** Wilson interval of `easyShare`. */
  readonly easyInterval: Interval;
  /** Weighted share of difficult answers (CES 2.0: the share disagreeing, 1–3). */
  readonly difficultShare: number;
  /** Weighted share of the remaining (neutral) answers; the three shares sum to 1. */
  readonly neutralShare: number;
  /** Number of answers counted (unweighted). */
  readonly n: number;
  /** Kish effective sample size; equals `n` without weights. */
  readonly effectiveSampleSize: number;
  /** Σ of the weights of the counted answers. */
  readonly sumWeights: number;
  /** Whether respondent weights were applied. */
  readonly weighted: boolean;
  /** Unweighted count of each answer (index `answer − min`). */
  readonly distribution: number[];
  /** Confidence level of the intervals. */
  readonly confidenceLevel: number;
  /** The instrument, scale and direction used. */
  readonly conventions: CesConventions;
  /** Answers left out under `invalid: 'reject'`. */
  readonly rejected: RejectedAnswer[];
}

const CONVENTIONS: Readonly<Record<CesVersion, CesConventions>> = {
  '2.0': { version: '2.0', min: 1, max: 7, direction: 'higher-is-easier', easy: { from: 5, to: 7 }, difficult: { from: 1, to: 3 } },
  '1.0': { version: '1.0', min: 1, max: 5, direction: 'lower-is-easier', easy: { from: 1, to: 2 }, difficult: { from: 4, to: 5 } },
};

/**
 * Customer Effort Score: mean answer with a t interval and the shares of easy (agreeing) and difficult
 * (disagreeing) answers, for CES 2.0 (1–7 agreement, default) or CES 1.0 (1–5 effort); optionally
 * weighted and per group.
 *
 * @remarks
 * CES 2.0 (Dixon, Toman & DeLisi 2013) asks for agreement with "the company made it easy for me to handle
 * my issue" on 1–7: high is good, 5–7 agree, 1–3 disagree. CES 1.0 (Dixon, Freeman & Toman 2010) asks
 * "how much effort did you personally have to put forth" on 1–5: low is good. The direction is part of
 * the result (`conventions`), so a mean is never read the wrong way round. Shares are weighted
 * (`Σ_{easy} w / Σ w`); the Wilson interval and the t interval of the mean use the Kish effective size.
 * Every answer is checked to be an integer on the instrument's scale. O(n).
 *
 * @param scores - Answers, integers on the instrument's scale (1–7 for 2.0, 1–5 for 1.0).
 * @param options - `version`, `weights`, `groups`, `invalid`, `confidenceLevel`.
 * @returns A {@link CesResult}; with `groups`, a {@link GroupedResult}.
 * @throws `INVALID_ARGUMENT` when an answer is not an integer on the scale (policy `'throw'`), naming
 *   the respondent; when `version`, a weight, a group key or `confidenceLevel` is invalid.
 * @throws `EMPTY_INPUT` when there is no valid answer (overall or in a group).
 * @throws `UNDEFINED_RESULT` when the weights of the counted answers sum to 0.
 * @example
 * ```ts
 * const r = ces([7, 6, 5, 4, 2, 7]);
 * r.mean.toFixed(3); // '5.167'
 * r.easyShare.toFixed(3); // '0.667'
 * r.difficultShare.toFixed(3); // '0.167'
 * ces([1, 2, 5], { version: '1.0' }).conventions.direction; // 'lower-is-easier'
 * ```
 * @see Dixon, M., Freeman, K. & Toman, N. (2010). Stop trying to delight your customers. Harvard Business
 *   Review 88(7/8), 116–122.
 * @see Dixon, M., Toman, N. & DeLisi, R. (2013). The Effortless Experience. Portfolio.
 */
export function ces(scores: ArrayLike<number>, options?: CesOptions & { readonly groups?: undefined }): CesResult;
export function ces(
  scores: ArrayLike<number>,
  options: CesOptions & { readonly groups: ArrayLike<GroupKey> },
): GroupedResult<CesResult>;
export function ces(scores: ArrayLike<number>, options?: CesOptions): CesResult | GroupedResult<CesResult>;
export function ces(scores: ArrayLike<number>, options?: CesOptions): CesResult | GroupedResult<CesResult> {
  const fn = 'ces';
  assertOptions(fn, options);
  const { level, z } = resolveConfidence(fn, options?.confidenceLevel);
  const version = options?.version ?? '2.0';
  if (version !== '2.0' && version !== '1.0') {
    throw new InvalidArgumentError(fn, 'options.version', "must be '2.0' or '1.0'", version);
  }
  const c = CONVENTIONS[version];
  const tally = tallyScale(fn, 'scores', scores, c, options);
  const make = (t: ScaleTally): CesResult => {
    const s = summarizeTally(fn, t, c.min, level);
    let easy = 0;
    let difficult = 0;
    for (let v = c.easy.from; v <= c.easy.to; v++) easy += s.shares[v - c.min] as number;
    for (let v = c.difficult.from; v <= c.difficult.to; v++) difficult += s.shares[v - c.min] as number;
    easy = Math.min(1, easy);
    difficult = Math.min(1, difficult);
    return {
      mean: s.mean,
      meanInterval: s.meanInterval,
      standardDeviation: s.standardDeviation,
      easyShare: easy,
      easyInterval: wilsonInterval(easy, s.effectiveSampleSize, z),
      difficultShare: difficult,
      neutralShare: Math.max(0, 1 - easy - difficult),
      n: t.n,
      effectiveSampleSize: s.effectiveSampleSize,
      sumWeights: t.sumWeights,
      weighted: t.weightSums !== null,
      distribution: Array.from(t.counts),
      confidenceLevel: level,
      conventions: c,
      rejected: t.rejected,
    };
  };
  const overall = make(tally.overall);
  if (tally.groups === null) return overall;
  return { overall, groups: tally.groups.map((g) => ({ key: g.key as GroupKey, result: make(g) })) };
}
