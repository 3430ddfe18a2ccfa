import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { readCustomerId } from '../time/internal/readCustomerId';
import type { RejectedRecord } from '../time/types';
import { compareIds, readPositive, readStringList, requireOptions } from './internal/measureArgs';
import { RECORD_ID_RULE, duplicatedKeys, sortRejected } from './internal/measureRecords';
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

interface Resolved {
  brands: BrandItems | null;
  switching: SwitchingItem[];
  weights: { relative: number; switching: number };
}

/** Checks the options. @internal */
function resolve(fn: string, o: CompetitorAttitudeOptions): Resolved {
  requireOptions(fn, o);
  if (o.brands === undefined && o.switching === undefined) throw new InvalidArgumentError(fn, 'options', 'must give brands or switching items', o);
  let brands: BrandItems | null = null;
  if (o.brands !== undefined) {
    const b = o.brands;
    if (typeof b !== 'object' || b === null) throw new InvalidArgumentError(fn, 'options.brands', 'must be { ours, competitors, answers }', b);
    if (typeof b.ours !== 'string' || b.ours.trim() === '') throw new InvalidArgumentError(fn, 'options.brands.ours', 'must be a non-blank string', b.ours);
    const competitors = readStringList(fn, 'options.brands.competitors', b.competitors);
    if (b.answers !== 'rank' && b.answers !== 'score') throw new InvalidArgumentError(fn, 'options.brands.answers', "must be 'rank' or 'score'", b.answers);
    brands = { ours: b.ours.trim(), competitors, answers: b.answers };
  }
  const switching: SwitchingItem[] = [];
  if (o.switching !== undefined) {
    if (!Array.isArray(o.switching)) throw new InvalidArgumentError(fn, 'options.switching', 'must be an array of { item, min, max, higherMeans }', o.switching);
    o.switching.forEach((s: SwitchingItem, i) => {
      const at = `options.switching[${i}]`;
      if (typeof s !== 'object' || s === null || typeof s.item !== 'string' || s.item.trim() === '') throw new InvalidArgumentError(fn, `${at}.item`, 'must be a non-blank string', s?.item);
      if (typeof s.min !== 'number' || typeof s.max !== 'number' || !Number.isFinite(s.min) || !Number.isFinite(s.max) || !(s.min < s.max)) {
        throw new InvalidArgumentError(fn, `${at}.max`, 'must be a finite number above a finite min', s.max);
      }
      if (s.higherMeans !== 'switch' && s.higherMeans !== 'stay') throw new InvalidArgumentError(fn, `${at}.higherMeans`, "must be 'switch' or 'stay'", s.higherMeans);
      switching.push({ item: s.item.trim(), min: s.min, max: s.max, higherMeans: s.higherMeans });
    });
  }
  const w = o.weights ?? { relative: 1, switching: 1 };
  if (typeof w !== 'object' || w === null) throw new InvalidArgumentError(fn, 'options.weights', 'must be { relative, switching }', w);
  const weights = { relative: readPositive(fn, 'options.weights.relative', w.relative, true), switching: readPositive(fn, 'options.weights.switching', w.switching, true) };
  if (weights.relative + weights.switching === 0) throw new InvalidArgumentError(fn, 'options.weights', 'must not both be 0', w);
  return { brands, switching, weights };
}

/** Our mid-rank among the brands answered, or nulls. @internal */
function relative(answers: Record<string, unknown>, b: BrandItems, i: number, missing: string[], rejected: RejectedRecord[]): { n: number | null; rank: number | null; value: number | null } {
  const values = new Map<string, number>();
  for (const item of [b.ours, ...b.competitors]) {
    const v = answers[item];
    if (v === undefined || v === null || v === '') {
      if (item === b.ours) missing.push(item);
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      rejected.push({ index: i, field: `answers.${item}`, reason: 'must be a finite number', value: v });
      missing.push(item);
      continue;
    }
    values.set(item, b.answers === 'rank' ? v : -v);
  }
  const ours = values.get(b.ours);
  if (ours === undefined) return { n: null, rank: null, value: null };
  let better = 0;
  let tied = 0;
  for (const v of values.values()) {
    if (v < ours) better++;
    else if (v === ours) tied++;
  }
  const n = values.size;
  const rank = better + (tied + 1) / 2;
  return { n, rank, value: n === 1 ? 1 : (n - rank) / (n - 1) };
}

/** Mean favourability of the answered switching items, or null. @internal */
function switchingScore(answers: Record<string, unknown>, items: readonly SwitchingItem[], i: number, missing: string[], rejected: RejectedRecord[]): number | null {
  let sum = 0;
  let count = 0;
  for (const s of items) {
    const v = answers[s.item];
    if (v === undefined || v === null || v === '') {
      missing.push(s.item);
      continue;
    }
    let high: number;
    if (typeof v === 'boolean') high = v ? 1 : 0;
    else if (typeof v === 'number' && v >= s.min && v <= s.max) high = (v - s.min) / (s.max - s.min);
    else {
      rejected.push({ index: i, field: `answers.${s.item}`, reason: `must be a number ${s.min}-${s.max} or a boolean`, value: v });
      missing.push(s.item);
      continue;
    }
    sum += s.higherMeans === 'switch' ? 1 - high : high;
    count++;
  }
  return count === 0 ? null : sum / count;
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
  const r = resolve(fn, options);
  if (!Array.isArray(responses)) throw new InvalidArgumentError(fn, 'responses', 'must be an array', responses);
  if (responses.length === 0) throw new EmptyInputError(fn, 'responses');
  const rejected: RejectedRecord[] = [];
  const ids = responses.map((x) => (typeof x === 'object' && x !== null ? readCustomerId(x.respondentId) : null));
  const dup = duplicatedKeys(ids);
  const respondents: CompetitorAttitudeRespondent[] = [];
  responses.forEach((row, i) => {
    const id = ids[i] ?? null;
    if (typeof row !== 'object' || row === null) return void rejected.push({ index: i, field: 'row', reason: 'must be an object', value: row });
    if (id === null) return void rejected.push({ index: i, field: 'respondentId', reason: RECORD_ID_RULE, value: row.respondentId });
    if (dup.has(id)) return void rejected.push({ index: i, field: 'respondentId', reason: 'is given more than once', value: row.respondentId });
    const answers: unknown = row.answers;
    if (typeof answers !== 'object' || answers === null) return void rejected.push({ index: i, field: 'answers', reason: 'must be an object', value: answers });
    respondents.push(respondent(id, answers as Record<string, unknown>, i, r, rejected));
  });
  respondents.sort((a, b) => compareIds(a.customerId, b.customerId));
  return {
    respondents,
    population: population(respondents),
    settings: { brands: r.brands, switching: r.switching, weights: r.weights, orientation: 'higher = more favourable to us, on [0, 1]' },
    rejected: sortRejected(rejected),
  };
}

/** One respondent's row. @internal */
function respondent(id: string, answers: Record<string, unknown>, i: number, r: Resolved, rejected: RejectedRecord[]): CompetitorAttitudeRespondent {
  const missing: string[] = [];
  const rel = r.brands === null ? { n: null, rank: null, value: null } : relative(answers, r.brands, i, missing, rejected);
  const sw = r.switching.length === 0 ? null : switchingScore(answers, r.switching, i, missing, rejected);
  let num = 0;
  let den = 0;
  if (rel.value !== null) {
    num += r.weights.relative * rel.value;
    den += r.weights.relative;
  }
  if (sw !== null) {
    num += r.weights.switching * sw;
    den += r.weights.switching;
  }
  return {
    customerId: id,
    usedBrands: rel.n,
    ourRank: rel.rank,
    relativeAttitude: rel.value,
    switching: sw,
    attitude: den > 0 ? num / den : null,
    multiSourcing: rel.n === null ? null : rel.n >= 2,
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
