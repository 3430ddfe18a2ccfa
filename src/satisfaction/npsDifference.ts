import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { isClienteleError } from '../core/errors/isClienteleError';
import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { normalCdf } from '../core/special/normalCdf';
import { assertNonEmpty } from '../core/validate/assertNonEmpty';
import { nps, type NpsResult } from './nps';
import { resolveConfidence } from './internal/resolveConfidence';
import type { Interval, InvalidAnswerPolicy, RejectedAnswer } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** Options of {@link npsDifference}. */
export interface NpsDifferenceOptions {
  /**
   * `false` (default): two independent samples (two groups, or two waves of different respondents).
   * `true`: two waves answered by the same respondents, `first[i]` and `second[i]` from respondent `i`.
   */
  readonly paired?: boolean;
  /** Weights of the first sample (or of the pairs when `paired`), finite and ≥ 0. */
  readonly firstWeights?: ArrayLike<number>;
  /** Weights of the second sample (independent samples only). */
  readonly secondWeights?: ArrayLike<number>;
  /** `'throw'` (default) or `'reject'` for answers that are not integers 0–10; a rejected answer drops its pair. */
  readonly invalid?: InvalidAnswerPolicy;
  /** Confidence level of the interval of the difference, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
}

/** A z test of the difference of two Net Promoter Scores. */
export interface NpsDifferenceResult {
  /** `'independent'` or `'paired'`. */
  readonly method: 'independent' | 'paired';
  /** `NPS₁ − NPS₂`, in NPS points, in [−200, 200]. */
  readonly difference: number;
  /** Standard error of the difference, in NPS points. */
  readonly standardError: number;
  /** `difference / standardError`; `null` when the standard error is 0. */
  readonly z: number | null;
  /** Two-sided p-value `2 Φ(−|z|)`; with a zero standard error 1 for no difference and 0 otherwise. */
  readonly pValue: number;
  /** Confidence level of `interval`. */
  readonly confidenceLevel: number;
  /** `difference ± z·SE`, clamped to [−200, 200]. */
  readonly interval: Interval;
  /** The score of the first sample (for `paired`, over the pairs kept). */
  readonly first: NpsResult;
  /** The score of the second sample (for `paired`, over the pairs kept). */
  readonly second: NpsResult;
  /** Pairs left out under `invalid: 'reject'` (paired only; for independent samples see `first.rejected`, `second.rejected`). */
  readonly rejected: RejectedAnswer[];
}

function respondentScore(answer: number): number {
  return answer >= 9 ? 1 : answer >= 7 ? 0 : -1;
}

function isValid(answer: number): boolean {
  return typeof answer === 'number' && answer >= 0 && answer <= 10 && (answer | 0) === answer;
}

/**
 * Tests whether two Net Promoter Scores differ: two independent samples (groups, competitors, waves of
 * different respondents) or two waves answered by the same respondents.
 *
 * @remarks
 * Independent samples: `Δ = NPS₁ − NPS₂`, `SE = √(SE₁² + SE₂²) = 100 √(V₁/n₁ + V₂/n₂)` with the trinomial
 * variances of {@link nps} (Rocks 2016), `z = Δ / SE`, `p = 2 Φ(−|z|)`. Paired waves are not
 * independent: each respondent's score difference `d_i = s₁ᵢ − s₂ᵢ` (scores +1/0/−1) is averaged,
 * `SE = 100 √(Var(d) / n)` with the population variance of `d`, which accounts for the correlation
 * between waves. With weights, means and variances are weighted and `n` is the Kish effective size.
 * O(n₁ + n₂).
 *
 * @param first - Answers of the first sample or wave, integers 0–10.
 * @param second - Answers of the second sample or wave (same length and respondent order when `paired`).
 * @param options - `paired`, `firstWeights`, `secondWeights`, `invalid`, `confidenceLevel`.
 * @returns An {@link NpsDifferenceResult}.
 * @throws `INVALID_ARGUMENT` when an answer is not an integer 0–10 (policy `'throw'`), a weight is
 *   negative or not finite, array lengths disagree (or differ between waves when `paired`), or
 *   `confidenceLevel` is not in (0, 1).
 * @throws `EMPTY_INPUT` when a sample has no valid answer.
 * @throws `UNDEFINED_RESULT` when the weights of a sample sum to 0.
 * @example
 * ```ts
 * const d = npsDifference([10, 10, 9, 8, 3], [10, 6, 5, 8, 3]);
 * d.difference; // 80
 * d.standardError.toFixed(2); // '50.60'
 * d.pValue.toFixed(3); // '0.114'
 * npsDifference([10, 9, 9], [9, 9, 6], { paired: true }).difference.toFixed(2); // '66.67'
 * ```
 * @see Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician
 *   70(4), 365–372. https://doi.org/10.1080/00031305.2016.1158124
 */
export function npsDifference(
  first: ArrayLike<number>,
  second: ArrayLike<number>,
  options?: NpsDifferenceOptions,
): NpsDifferenceResult {
  const fn = 'npsDifference';
  assertOptions(fn, options);
  const { level, z: zc } = resolveConfidence(fn, options?.confidenceLevel);
  const invalid = options?.invalid ?? 'throw';
  if (invalid !== 'throw' && invalid !== 'reject') {
    throw new InvalidArgumentError(fn, 'options.invalid', "must be 'throw' or 'reject'", invalid);
  }
  assertNonEmpty(fn, 'first', first);
  assertNonEmpty(fn, 'second', second);
  const finish = (
    method: 'independent' | 'paired',
    difference: number,
    se: number,
    a: NpsResult,
    b: NpsResult,
    rejected: RejectedAnswer[],
  ): NpsDifferenceResult => {
    const z = se > 0 ? difference / se : null;
    const pValue = z === null ? (difference === 0 ? 1 : 0) : Math.min(1, 2 * normalCdf(-Math.abs(z)));
    return {
      method,
      difference,
      standardError: se,
      z,
      pValue,
      confidenceLevel: level,
      interval: {
        lower: Math.max(-200, difference - zc * se),
        upper: Math.min(200, difference + zc * se),
      },
      first: a,
      second: b,
      rejected,
    };
  };

  if (options?.paired !== true) {
    const a = sampleNps('first', first, withOptions(options?.firstWeights, invalid, level));
    const b = sampleNps('second', second, withOptions(options?.secondWeights, invalid, level));
    const se = Math.sqrt(a.standardError * a.standardError + b.standardError * b.standardError);
    return finish('independent', a.score - b.score, se, a, b, []);
  }

  const n = first.length;
  if (second.length !== n) {
    throw new InvalidArgumentError(fn, 'second', `must have the same length as \`first\` (${n}) when paired`, second.length);
  }
  if (options.secondWeights !== undefined) {
    throw new InvalidArgumentError(fn, 'options.secondWeights', 'must be omitted when paired (use firstWeights)', options.secondWeights);
  }
  const weights = options.firstWeights;
  if (weights !== undefined && (weights === null || typeof weights !== 'object' || weights.length !== n)) {
    throw new InvalidArgumentError(fn, 'options.firstWeights', `must be an array of ${n} weights`, weights);
  }
  const rejected: RejectedAnswer[] = [];
  const keptFirst: number[] = [];
  const keptSecond: number[] = [];
  const keptWeights: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = first[i] as number;
    const y = second[i] as number;
    for (const [name, v] of [['first', x], ['second', y]] as const) {
      if (!isValid(v)) {
        if (invalid === 'throw') throw new InvalidArgumentError(fn, `${name}[${i}]`, 'must be an integer 0-10', v);
      }
    }
    if (!isValid(x) || !isValid(y)) {
      const bad = isValid(x) ? y : x;
      rejected.push({ index: i, value: bad, reason: `\`${isValid(x) ? 'second' : 'first'}\` must be an integer 0-10` });
      continue;
    }
    keptFirst.push(x);
    keptSecond.push(y);
    if (weights !== undefined) keptWeights.push(weights[i] as number);
  }
  const pairOptions = withOptions(weights === undefined ? undefined : keptWeights, 'throw', level);
  const a = sampleNps('first', keptFirst, pairOptions);
  const b = sampleNps('second', keptSecond, pairOptions);
  // Weighted mean and population variance of d (West's weighted Welford update).
  let sumW = 0;
  let mean = 0;
  let m2 = 0;
  for (let i = 0; i < keptFirst.length; i++) {
    const w = weights === undefined ? 1 : (keptWeights[i] as number);
    if (w === 0) continue;
    const d = respondentScore(keptFirst[i] as number) - respondentScore(keptSecond[i] as number);
    sumW += w;
    const delta = d - mean;
    mean += (w / sumW) * delta;
    m2 += w * delta * (d - mean);
  }
  const variance = Math.max(0, m2 / sumW);
  const se = 100 * Math.sqrt(variance / a.effectiveSampleSize);
  return finish('paired', a.score - b.score, se, a, b, rejected);
}

/**
 * `nps` of one sample, with its errors restated as errors of `npsDifference` about that sample:
 * `scores[3]` becomes `first[3]` or `second[3]`, `options.weights` becomes `options.firstWeights` or
 * `options.secondWeights`.
 */
function sampleNps(
  name: 'first' | 'second',
  scores: ArrayLike<number>,
  options: { weights?: ArrayLike<number>; invalid: InvalidAnswerPolicy; confidenceLevel: number },
): NpsResult {
  try {
    return nps(scores, options);
  } catch (e) {
    if (!isClienteleError(e) || e.fn !== 'nps') throw e;
    const argument = (e.argument ?? 'scores')
      .replace(/^scores/, name)
      .replace(/^options\.weights/, name === 'first' ? 'options.firstWeights' : 'options.secondWeights');
    if (e.code === 'EMPTY_INPUT') throw new EmptyInputError('npsDifference', argument, e.rule);
    if (e.code === 'INVALID_ARGUMENT') throw new InvalidArgumentError('npsDifference', argument, e.rule ?? 'is invalid', e.value);
    if (e.code === 'UNDEFINED_RESULT') {
      throw new UndefinedResultError('npsDifference', `in \`${name}\`: ${e.rule ?? 'undefined result'}`, e.value);
    }
    throw e;
  }
}

function withOptions(
  weights: ArrayLike<number> | undefined,
  invalid: InvalidAnswerPolicy,
  confidenceLevel: number,
): { weights?: ArrayLike<number>; invalid: InvalidAnswerPolicy; confidenceLevel: number } {
  return weights === undefined ? { invalid, confidenceLevel } : { weights, invalid, confidenceLevel };
}
