import { UndefinedResultError } from '../core/errors/UndefinedResultError';
import { resolveConfidence } from './internal/resolveConfidence';
import { tallyScale, type ScaleTally } from './internal/tallyScale';
import type { GroupedResult, GroupKey, Interval, RejectedAnswer, SimpleIndexOptions } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** Options of {@link nps}: weights, grouping key, invalid-answer policy and confidence level. */
export type NpsOptions = SimpleIndexOptions;

/** Promoter, passive and detractor figures (counts or shares). */
export interface NpsCategories {
  /** Answers 9–10. */
  readonly promoters: number;
  /** Answers 7–8. */
  readonly passives: number;
  /** Answers 0–6. */
  readonly detractors: number;
}

/** The Net Promoter Score of one set of answers, with its standard error and intervals. */
export interface NpsResult {
  /** `100 (p_P − p_D)`, in [−100, 100]. */
  readonly score: number;
  /** Number of answers counted (unweighted). */
  readonly n: number;
  /** Kish effective sample size `(Σw)² / Σw²`; equals `n` without weights. */
  readonly effectiveSampleSize: number;
  /** Σ of the weights of the counted answers; equals `n` without weights. */
  readonly sumWeights: number;
  /** Whether respondent weights were applied. */
  readonly weighted: boolean;
  /** Unweighted counts of promoters, passives and detractors. */
  readonly counts: NpsCategories;
  /** Weighted shares (sum to 1). */
  readonly shares: NpsCategories;
  /** Unweighted count of each answer 0–10 (index = answer). */
  readonly distribution: number[];
  /** Variance of the per-respondent score (+1/0/−1): `p_P + p_D − (p_P − p_D)²`. */
  readonly variance: number;
  /** Standard error of the score, in NPS points: `100 √(V / n_eff)`. */
  readonly standardError: number;
  /** Confidence level of the intervals. */
  readonly confidenceLevel: number;
  /** Wald interval `score ± z·SE`, clamped to [−100, 100]. */
  readonly wald: Interval;
  /** Adjusted Wald interval (Rocks 2016): 3 pseudo-answers (0.75 promoter, 1.5 passive, 0.75 detractor). */
  readonly adjustedWald: Interval;
  /** The scale conventions used. */
  readonly scale: { readonly min: 0; readonly max: 10; readonly passivesFrom: 7; readonly promotersFrom: 9 };
  /** Answers left out under `invalid: 'reject'` (empty otherwise). */
  readonly rejected: RejectedAnswer[];
}

const NPS_SCALE = { min: 0, max: 10, passivesFrom: 7, promotersFrom: 9 } as const;

function clampScore(x: number): number {
  return Math.max(-100, Math.min(100, x));
}

function fromTally(tally: ScaleTally, z: number, level: number): NpsResult {
  const c = tally.counts;
  const detractorCount = (c[0] as number) + (c[1] as number) + (c[2] as number) + (c[3] as number) +
    (c[4] as number) + (c[5] as number) + (c[6] as number);
  const passiveCount = (c[7] as number) + (c[8] as number);
  const promoterCount = (c[9] as number) + (c[10] as number);
  let pP: number;
  let pA: number;
  let pD: number;
  const ws = tally.weightSums;
  if (ws === null) {
    pP = promoterCount / tally.n;
    pA = passiveCount / tally.n;
    pD = detractorCount / tally.n;
  } else {
    if (!(tally.sumWeights > 0)) {
      throw new UndefinedResultError(
        'nps',
        tally.key === null ? 'the weights of the counted answers sum to 0' : `the weights in group ${JSON.stringify(tally.key)} sum to 0`,
      );
    }
    let d = 0;
    for (let k = 0; k <= 6; k++) d += ws[k] as number;
    const a = (ws[7] as number) + (ws[8] as number);
    const p = (ws[9] as number) + (ws[10] as number);
    pP = p / tally.sumWeights;
    pA = a / tally.sumWeights;
    pD = d / tally.sumWeights;
  }
  const nEff = tally.effectiveSampleSize;
  const net = pP - pD;
  const variance = Math.max(0, pP + pD - net * net);
  const se = 100 * Math.sqrt(variance / nEff);
  const score = 100 * net;
  const nAdj = nEff + 3;
  const pPAdj = (nEff * pP + 0.75) / nAdj;
  const pDAdj = (nEff * pD + 0.75) / nAdj;
  const netAdj = pPAdj - pDAdj;
  const seAdj = 100 * Math.sqrt(Math.max(0, pPAdj + pDAdj - netAdj * netAdj) / nAdj);
  return {
    score,
    n: tally.n,
    effectiveSampleSize: nEff,
    sumWeights: tally.sumWeights,
    weighted: ws !== null,
    counts: { promoters: promoterCount, passives: passiveCount, detractors: detractorCount },
    shares: { promoters: pP, passives: pA, detractors: pD },
    distribution: Array.from(c),
    variance,
    standardError: se,
    confidenceLevel: level,
    wald: { lower: clampScore(score - z * se), upper: clampScore(score + z * se) },
    adjustedWald: { lower: clampScore(100 * netAdj - z * seAdj), upper: clampScore(100 * netAdj + z * seAdj) },
    scale: NPS_SCALE,
    rejected: tally.rejected,
  };
}

/**
 * Net Promoter Score of 0–10 "how likely are you to recommend" answers, with standard error, Wald and
 * adjusted Wald intervals, optional respondent weights and one result per group.
 *
 * @remarks
 * Promoters answer 9–10, passives 7–8, detractors 0–6 (Reichheld 2003). With shares `p_P, p_A, p_D`:
 * `NPS = 100 (p_P − p_D)`. Each respondent scores +1, 0 or −1, so the score is 100 × a mean of a trinomial
 * variable with variance `V = p_P + p_D − (p_P − p_D)²` and `SE = 100 √(V / n)` (Rocks 2016, eq. 2). The
 * Wald interval is `NPS ± z·SE`; the adjusted Wald interval adds 3 pseudo-answers (0.75 promoter, 1.5
 * passive, 0.75 detractor), recomputes the shares, the centre and `SE' = 100 √(V'/(n + 3))`, and has the
 * better coverage in Rocks' simulations, especially for small `n` or extreme scores. Both are clamped to
 * [−100, 100].
 *
 * With `weights`, shares are weighted and `n` in the formulas is the Kish effective sample size
 * `(Σw)² / Σw²`; weights of all ones give the unweighted result. Every answer is checked: one that is not
 * an integer 0–10 (including `NaN`) throws, or with `invalid: 'reject'` is left out and listed in
 * `rejected`; it is never counted silently.
 *
 * One pass over the answers; the unweighted, ungrouped path is a counting loop over any `ArrayLike`
 * (a `Uint8Array` of ten million answers takes a few tens of milliseconds). Memory O(groups).
 *
 * @param scores - Answers, integers 0–10 (`number[]`, `Uint8Array` or any `ArrayLike<number>`).
 * @param options - `weights`, `groups`, `invalid` (`'throw'` | `'reject'`), `confidenceLevel` (default 0.95).
 * @returns An {@link NpsResult}; with `groups`, a {@link GroupedResult} with the overall result and one per key.
 * @throws `INVALID_ARGUMENT` when an answer is not an integer 0–10 (policy `'throw'`), naming the respondent.
 * @throws `INVALID_ARGUMENT` when a weight is negative or not finite, a group key is not a string or finite
 *   number, `weights` or `groups` differ in length from `scores`, or `confidenceLevel` is not in (0, 1).
 * @throws `EMPTY_INPUT` when there are no answers, or none valid (overall or in a group).
 * @throws `UNDEFINED_RESULT` when the weights of the counted answers (or of a group) sum to 0.
 * @example
 * ```ts
 * const r = nps([10, 9, 9, 8, 7, 6, 3, 10, 9, 5]);
 * r.score; // 20
 * r.counts; // { promoters: 5, passives: 2, detractors: 3 }
 * r.standardError.toFixed(2); // '27.57'
 * r.wald.lower.toFixed(2); // '-34.03'
 * nps([10, 0, 7], { groups: ['north', 'south', 'north'] }).groups.map((g) => g.result.score); // [50, -100]
 * nps([10, 11, 0], { invalid: 'reject' }).rejected; // [{ index: 1, value: 11, reason: 'must be an integer 0-10' }]
 * ```
 * @see Reichheld, F. F. (2003). The one number you need to grow. Harvard Business Review 81(12), 46–54.
 * @see Rocks, B. (2016). Interval estimation for the "Net Promoter Score". The American Statistician 70(4),
 *   365–372. https://doi.org/10.1080/00031305.2016.1158124
 * @see Kish, L. (1965). Survey Sampling. Wiley (effective sample size).
 */
export function nps(scores: ArrayLike<number>, options?: NpsOptions & { readonly groups?: undefined }): NpsResult;
export function nps(
  scores: ArrayLike<number>,
  options: NpsOptions & { readonly groups: ArrayLike<GroupKey> },
): GroupedResult<NpsResult>;
export function nps(scores: ArrayLike<number>, options?: NpsOptions): NpsResult | GroupedResult<NpsResult>;
export function nps(scores: ArrayLike<number>, options?: NpsOptions): NpsResult | GroupedResult<NpsResult> {
  assertOptions('nps', options);
  const { level, z } = resolveConfidence('nps', options?.confidenceLevel);
  const tally = tallyScale('nps', 'scores', scores, NPS_SCALE, options);
  const overall = fromTally(tally.overall, z, level);
  if (tally.groups === null) return overall;
  return {
    overall,
    groups: tally.groups.map((g) => ({ key: g.key as GroupKey, result: fromTally(g, z, level) })),
  };
}
