import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { kanoAnswerIndex, kanoCategory, type KanoAnswer, type KanoCategoryCode } from './kanoCategory';
import type { InvalidAnswerPolicy, RejectedAnswer } from './types';
import { assertOptions } from '../core/validate/assertOptions';

/** The answers about one feature: respondent `i` gave `functional[i]` and `dysfunctional[i]`. */
export interface KanoFeatureAnswers {
  /** Feature name. */
  readonly name: string;
  /** Answers to "how do you feel if the feature is present?". */
  readonly functional: ArrayLike<KanoAnswer>;
  /** Answers to "how do you feel if the feature is absent?". */
  readonly dysfunctional: ArrayLike<KanoAnswer>;
}

/** Options of {@link kano}. */
export interface KanoOptions {
  /** `'throw'` (default) or `'reject'` (list and skip) for a respondent whose answer is not a Kano answer. */
  readonly invalid?: InvalidAnswerPolicy;
  /** Share of questionable (Q) answers from which a feature is flagged as badly worded; default 0.1. */
  readonly questionableThreshold?: number;
}

/** The Kano evaluation of one feature. */
export interface KanoFeatureResult {
  /** Feature name. */
  readonly name: string;
  /** Respondents counted. */
  readonly n: number;
  /** Count of each category. */
  readonly counts: Record<KanoCategoryCode, number>;
  /** Most frequent category, ties broken M > O > A > I > R > Q. */
  readonly category: KanoCategoryCode;
  /** The other categories with the same (top) count; empty when there is no tie. */
  readonly tiedWith: KanoCategoryCode[];
  /** Better (satisfaction) coefficient `(A + O)/(A + O + M + I)`; `null` when the denominator is 0. */
  readonly better: number | null;
  /** Worse (dissatisfaction) coefficient `−(O + M)/(A + O + M + I)`, in [−1, 0]; `null` when undefined. */
  readonly worse: number | null;
  /** Total strength `(A + O + M)/N`. */
  readonly totalStrength: number;
  /** Category strength: share of the top category minus share of the second. */
  readonly categoryStrength: number;
  /** Whether the top two categories differ significantly by Fong's (1996) test. */
  readonly fongSignificant: boolean;
  /** Share of questionable answers. */
  readonly questionableShare: number;
  /** Whether `questionableShare` reaches the threshold (a badly worded question). */
  readonly questionableFlag: boolean;
  /** Respondents left out under `invalid: 'reject'`. */
  readonly rejected: RejectedAnswer[];
}

const TIE_ORDER: readonly KanoCategoryCode[] = ['M', 'O', 'A', 'I', 'R', 'Q'];

/**
 * Kano analysis of features: each respondent's functional/dysfunctional pair is classified with the
 * evaluation table, and each feature gets category counts, its category, better and worse coefficients,
 * strengths, Fong's significance test and a questionable-answer flag.
 *
 * @remarks
 * Pairs are classified by {@link kanoCategory}. The feature's category is the most frequent one, ties
 * broken M > O > A > I (Matzler et al. 1996), then R > Q; ties are reported in `tiedWith`. Berger et al.
 * (1993): `better = (A + O)/(A + O + M + I)`, `worse = −(O + M)/(A + O + M + I)` (R and Q excluded).
 * Lee & Newcomb (1997): total strength `(A + O + M)/N`, category strength = top share − second share.
 * Fong (1996): the top two counts `a ≥ b` differ when `|a − b| ≥ 1.65 √((a + b)(2N − a − b)/(2N))`.
 * O(features × respondents).
 *
 * @param features - One entry per feature; its two answer arrays have the same length.
 * @param options - `invalid` (default `'throw'`), `questionableThreshold` (default 0.1).
 * @returns One {@link KanoFeatureResult} per feature, in input order.
 * @throws `INVALID_ARGUMENT` when an answer is not a Kano answer (policy `'throw'`), naming the feature
 *   and respondent; when the two arrays of a feature differ in length; or when an option is invalid.
 * @throws `EMPTY_INPUT` when there are no features, or a feature has no valid pair.
 * @example
 * ```ts
 * const [wifi] = kano([{
 *   name: 'wifi',
 *   functional: ['like', 'like', 'neutral', 'like', 'must-be'],
 *   dysfunctional: ['dislike', 'neutral', 'dislike', 'dislike', 'dislike'],
 * }]);
 * wifi.category; // 'M'  (2 M and 2 O: the tie goes to M)
 * wifi.tiedWith; // ['O']
 * wifi.counts.O; // 2
 * wifi.better; // 0.6
 * wifi.worse; // -0.8
 * ```
 * @see Berger, C. et al. (1993). Kano's methods for understanding customer-defined quality. Center for
 *   Quality of Management Journal 2(4), 3–36.
 * @see Matzler, K., Hinterhuber, H. H., Bailom, F. & Sauerwein, E. (1996). How to delight your customers.
 *   Journal of Product & Brand Management 5(2), 6–18. https://doi.org/10.1108/10610429610119469
 * @see Fong, D. (1996). Using the self-stated importance questionnaire to interpret Kano questionnaire
 *   results. Center for Quality of Management Journal 5(3), 21–23.
 * @see Lee, M. C. & Newcomb, J. F. (1997). Applying the Kano methodology to meet customer requirements:
 *   NASA's microgravity science program. Quality Management Journal 4(3), 95–106.
 */
export function kano(features: readonly KanoFeatureAnswers[], options?: KanoOptions): KanoFeatureResult[] {
  const fn = 'kano';
  assertOptions(fn, options);
  if (!Array.isArray(features)) throw new InvalidArgumentError(fn, 'features', 'must be an array', features);
  if (features.length === 0) throw new EmptyInputError(fn, 'features');
  const policy = options?.invalid ?? 'throw';
  if (policy !== 'throw' && policy !== 'reject') {
    throw new InvalidArgumentError(fn, 'options.invalid', "must be 'throw' or 'reject'", policy);
  }
  const threshold = options?.questionableThreshold ?? 0.1;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new InvalidArgumentError(fn, 'options.questionableThreshold', 'must be a number from 0 to 1', threshold);
  }
  const rule = "must be 'like', 'must-be', 'neutral', 'live-with', 'dislike' or 1-5";
  return features.map((feature, f) => {
    if (feature === null || typeof feature !== 'object') {
      throw new InvalidArgumentError(fn, `features[${f}]`, 'must be an object', feature);
    }
    if (typeof feature.name !== 'string') throw new InvalidArgumentError(fn, `features[${f}].name`, 'must be a string', feature.name);
    const { functional, dysfunctional } = feature;
    if (functional === null || typeof functional !== 'object' || typeof functional.length !== 'number') {
      throw new InvalidArgumentError(fn, `features[${f}].functional`, 'must be an array', functional);
    }
    if (dysfunctional === null || typeof dysfunctional !== 'object' || dysfunctional.length !== functional.length) {
      throw new InvalidArgumentError(fn, `features[${f}].dysfunctional`, `must be an array of ${functional.length} answers`, dysfunctional);
    }
    const counts: Record<KanoCategoryCode, number> = { A: 0, O: 0, M: 0, I: 0, R: 0, Q: 0 };
    const rejected: RejectedAnswer[] = [];
    for (let i = 0; i < functional.length; i++) {
      const a = functional[i] as KanoAnswer;
      const b = dysfunctional[i] as KanoAnswer;
      const badSide = kanoAnswerIndex(a) < 0 ? 'functional' : kanoAnswerIndex(b) < 0 ? 'dysfunctional' : null;
      if (badSide !== null) {
        const value = badSide === 'functional' ? a : b;
        if (policy === 'throw') throw new InvalidArgumentError(fn, `features[${f}].${badSide}[${i}]`, rule, value);
        rejected.push({ index: i, value, reason: `\`${badSide}\` ${rule}` });
        continue;
      }
      counts[kanoCategory(a, b)]++;
    }
    const n = functional.length - rejected.length;
    if (n === 0) throw new EmptyInputError(fn, `features[${f}]`, 'must have at least one valid pair of answers');
    const ranked = [...TIE_ORDER].sort((x, y) => counts[y] - counts[x] || TIE_ORDER.indexOf(x) - TIE_ORDER.indexOf(y));
    const top = ranked[0] as KanoCategoryCode;
    const second = ranked[1] as KanoCategoryCode;
    const tiedWith = ranked.slice(1).filter((c) => counts[c] === counts[top]);
    const denominator = counts.A + counts.O + counts.M + counts.I;
    const a = counts[top];
    const b = counts[second];
    return {
      name: feature.name,
      n,
      counts,
      category: top,
      tiedWith,
      better: denominator > 0 ? (counts.A + counts.O) / denominator : null,
      worse: denominator > 0 ? -(counts.O + counts.M) / denominator : null,
      totalStrength: (counts.A + counts.O + counts.M) / n,
      categoryStrength: (a - b) / n,
      fongSignificant: Math.abs(a - b) >= 1.65 * Math.sqrt(((a + b) * (2 * n - a - b)) / (2 * n)),
      questionableShare: counts.Q / n,
      questionableFlag: counts.Q / n >= threshold && counts.Q > 0,
      rejected,
    };
  });
}
