import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import type { RejectedRecord } from '../time/types';
import { createCustomerKeys, idOfKey, keysInIdOrder } from './internal/customerKeys';
import { sortRejected } from './internal/measureRecords';
import { readResponseRows, resolveAttitudeOptions, scoreAnswers, type AttitudeScore, type AttitudeSettings } from './internal/scoreAttitudes';
import type { AttentionSurveyResponse } from './brandAttention';

/** The brand items of a questionnaire: one item per brand, answered for the brands the respondent uses. */
export interface BrandItems {
  /** Item of our brand. */
  readonly ours: string;
  /** Items of the competing brands. */
  readonly competitors: readonly string[];
  /** What the answers are: `'rank'` (1 = best) or `'score'` (a rating, higher = better). */
  readonly answers: 'rank' | 'score';
}

/** A switching-intent item ("How likely are you to switch to another supplier?"). */
export interface SwitchingItem {
  /** Item name. */
  readonly item: string;
  /** Lowest answer of the scale (ignored for yes/no items answered with booleans). */
  readonly min: number;
  /** Highest answer of the scale (> `min`). */
  readonly max: number;
  /** What a high answer (or `true`) means: `'switch'` (intends to leave) or `'stay'`. */
  readonly higherMeans: 'switch' | 'stay';
}

/** Options of {@link competitorAttitude}: at least one of `brands` and `switching`. */
export interface CompetitorAttitudeOptions {
  /** Brand items, for the relative attitude (our rank among the brands used). */
  readonly brands?: BrandItems;
  /** Switching-intent items. */
  readonly switching?: readonly SwitchingItem[];
  /** Weights of the two components in the combined attitude (default 1 and 1), ≥ 0, not both 0. */
  readonly weights?: { readonly relative: number; readonly switching: number };
}

/** One respondent's attitude to us against competitors, on [0, 1], higher = more favourable to us. */
export interface CompetitorAttitudeRespondent {
  /** The respondent (customer) id. */
  readonly customerId: string;
  /** Brands the respondent answered for (uses); `null` without brand items or without our brand. */
  readonly usedBrands: number | null;
  /** Our mid-rank among them (1 = best); `null` when our brand is not answered. */
  readonly ourRank: number | null;
  /** `(N − rank)/(N − 1)`, 1 when we are the only brand used; `null` when unknown. */
  readonly relativeAttitude: number | null;
  /** Mean favourability of the answered switching items, on [0, 1]; `null` when none. */
  readonly switching: number | null;
  /** Weighted mean of the available components; `null` when none is available. */
  readonly attitude: number | null;
  /** Whether the respondent uses competitors too (multi-sourcing); `null` when unknown. */
  readonly multiSourcing: boolean | null;
  /** Items of the options that are missing or invalid for this respondent. */
  readonly missing: string[];
}

/** The result of {@link competitorAttitude}. */
export interface CompetitorAttitudeResult {
  /** One row per respondent, sorted by id. */
  readonly respondents: CompetitorAttitudeRespondent[];
  /** Means over the respondents with a value, and the multi-sourcing share. */
  readonly population: {
    readonly respondents: number;
    readonly meanAttitude: number | null;
    readonly meanRelativeAttitude: number | null;
    readonly meanSwitching: number | null;
    readonly multiSourcingShare: number | null;
  };
  /** The conventions used. */
  readonly settings: {
    readonly brands: BrandItems | null;
    readonly switching: readonly SwitchingItem[];
    readonly weights: { readonly relative: number; readonly switching: number };
    readonly orientation: 'higher = more favourable to us, on [0, 1]';
  };
  /** Rows and answers left out, with their reasons. */
  readonly rejected: RejectedRecord[];
}

/**
 * Attitude to competitors' products, the sixth loyalty measure: relative attitude from our rank among
 * the brands a respondent uses, and switching intent, oriented so that higher = more favourable to us and
 * scaled to [0, 1].
 *
 * @remarks
 * Dick & Basu (1994) define loyalty by the relative attitude to the brand against its alternatives, not
 * by the attitude to the brand alone. From one item per brand (a rank, 1 = best, or a rating), the
 * brands a respondent answers for are the ones they use (`N`); our mid-rank `r` among them gives the
 * relative attitude `(N − r)/(N − 1)`: 1 when we come first alone (or are the only brand used), 0 when
 * last alone; ties share the mean position. `multiSourcing` = `N ≥ 2`. Switching items ("would you
 * switch?", on a scale or yes/no) are mapped to [0, 1] and turned so that higher = staying with us. The
 * combined `attitude` is the weighted mean of the available components (weights 1 and 1 unless given).
 * A missing answer is listed in `missing`; an invalid one is also reported in `rejected` and treated as
 * missing; a respondent given twice is rejected (every copy). O(n · items).
 *
 * @param responses - {@link AttentionSurveyResponse}s (`{ respondentId, answers }`; the `SurveyResponse`
 *   records of `clientele/schemas` fit).
 * @param options - `brands`, `switching` (at least one), `weights`.
 * @returns Per-respondent attitudes sorted by id, population means, the settings and the rejected answers.
 * @throws `INVALID_ARGUMENT` when `responses` is not an array, or for a missing or invalid option.
 * @throws `EMPTY_INPUT` when `responses` is empty.
 * @example
 * ```ts
 * const r = competitorAttitude(
 *   [{ respondentId: 7, answers: { rankUs: 2, rankX: 1, rankY: 3, switchLikely: 2 } }],
 *   {
 *     brands: { ours: 'rankUs', competitors: ['rankX', 'rankY'], answers: 'rank' },
 *     switching: [{ item: 'switchLikely', min: 1, max: 5, higherMeans: 'switch' }],
 *   },
 * );
 * r.respondents[0]?.relativeAttitude; // 0.5
 * r.respondents[0]?.switching; // 0.75
 * r.respondents[0]?.attitude; // 0.625
 * ```
 * @see Dick, A. S. & Basu, K. (1994). Customer loyalty: toward an integrated conceptual framework. Journal
 * of the Academy of Marketing Science, 22(2), 99–113. doi:10.1177/0092070394222001
 */
export function competitorAttitude(responses: readonly AttentionSurveyResponse[], options: CompetitorAttitudeOptions): CompetitorAttitudeResult {
  const fn = 'competitorAttitude';
  const r = resolveAttitudeOptions(fn, options);
  if (!Array.isArray(responses)) throw new InvalidArgumentError(fn, 'responses', 'must be an array', responses);
  if (responses.length === 0) throw new EmptyInputError(fn, 'responses');
  const keys = createCustomerKeys();
  const { rowOfKey, rejected } = readResponseRows(responses, keys);
  const respondents: CompetitorAttitudeRespondent[] = [];
  for (const k of keysInIdOrder(keys)) {
    const i = rowOfKey[k] as number;
    if (i < 0) continue;
    respondents.push(respondent(idOfKey(keys, k), (responses[i] as AttentionSurveyResponse).answers as Record<string, unknown>, i, r, rejected));
  }
  return {
    respondents,
    population: population(respondents),
    settings: { brands: r.brands, switching: r.switching, weights: r.weights, orientation: 'higher = more favourable to us, on [0, 1]' },
    rejected: sortRejected(rejected),
  };
}

/** One respondent's row. @internal */
function respondent(id: string, answers: Record<string, unknown>, i: number, r: AttitudeSettings, rejected: RejectedRecord[]): CompetitorAttitudeRespondent {
  const missing: string[] = [];
  const score: AttitudeScore = { usedBrands: null, ourRank: null, relativeAttitude: null, switching: null, attitude: null };
  scoreAnswers(answers, i, r, missing, rejected, score);
  return {
    customerId: id,
    usedBrands: score.usedBrands,
    ourRank: score.ourRank,
    relativeAttitude: score.relativeAttitude,
    switching: score.switching,
    attitude: score.attitude,
    multiSourcing: score.usedBrands === null ? null : score.usedBrands >= 2,
    missing,
  };
}

/** Population means. @internal */
function population(rs: readonly CompetitorAttitudeRespondent[]): CompetitorAttitudeResult['population'] {
  const mean = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length === 0 ? null : v.reduce((s, x) => s + x, 0) / v.length;
  };
  return {
    respondents: rs.length,
    meanAttitude: mean(rs.map((x) => x.attitude)),
    meanRelativeAttitude: mean(rs.map((x) => x.relativeAttitude)),
    meanSwitching: mean(rs.map((x) => x.switching)),
    multiSourcingShare: mean(rs.map((x) => (x.multiSourcing === null ? null : Number(x.multiSourcing)))),
  };
}
