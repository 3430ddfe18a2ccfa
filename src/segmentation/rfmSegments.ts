import { EmptyInputError } from '../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';
import { neumaierSum } from '../core/stats/neumaierSum';
import { compileRfmRules, type CompiledRules } from './internal/rfm/compileRfmRules';
import { summarizeRfmSegments } from './internal/rfm/summarizeRfmSegments';
import type { RfmCustomerScore, RfmCustomerSegment, RfmReference, RfmScoresResult, RfmSegmentsOptions, RfmSegmentsResult } from './rfmTypes';

const FN = 'rfmSegments';

/** The first field of a customer row that is not an integer score or a finite value, or null. @internal */
function badField(c: RfmCustomerScore): keyof RfmCustomerScore | null {
  if (!Number.isInteger(c.recencyScore)) return 'recencyScore';
  if (!Number.isInteger(c.frequencyScore)) return 'frequencyScore';
  if (!Number.isInteger(c.monetaryScore)) return 'monetaryScore';
  if (!Number.isFinite(c.recencyDays)) return 'recencyDays';
  if (!Number.isFinite(c.frequency)) return 'frequency';
  if (!Number.isFinite(c.monetary)) return 'monetary';
  if (!Number.isFinite(c.monetaryMinor)) return 'monetaryMinor';
  return null;
}

/** Checked scores: the customers, sorted by id and distinct, with integer scores and finite values. @internal */
function readScores(scores: RfmScoresResult): { customers: readonly RfmCustomerScore[]; minorDigits: number } {
  if (typeof scores !== 'object' || scores === null || !Array.isArray(scores.customers)) {
    throw new InvalidArgumentError(FN, 'scores', 'must be a result of rfmScores', scores);
  }
  const customers = scores.customers;
  if (customers.length === 0) throw new EmptyInputError(FN, 'scores.customers');
  const minorDigits = scores.conventions?.minorDigits;
  if (typeof minorDigits !== 'number' || !Number.isInteger(minorDigits) || minorDigits < 0 || minorDigits > 15) {
    throw new InvalidArgumentError(FN, 'scores.conventions.minorDigits', 'must be an integer 0-15', minorDigits);
  }
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as RfmCustomerScore;
    if (typeof c !== 'object' || c === null || typeof c.customerId !== 'string') {
      throw new InvalidArgumentError(FN, `scores.customers[${i}]`, 'must be a customer row of rfmScores', c);
    }
    if (i > 0 && !((customers[i - 1] as RfmCustomerScore).customerId < c.customerId)) {
      throw new InvalidArgumentError(FN, `scores.customers[${i}].customerId`, 'must follow the previous id in ascending order (ids sorted and distinct)', c.customerId);
    }
    const bad = badField(c);
    if (bad !== null) {
      throw new InvalidArgumentError(FN, `scores.customers[${i}].${bad}`, bad.endsWith('Score') ? 'must be an integer' : 'must be a finite number', c[bad]);
    }
  }
  return { customers, minorDigits };
}

/** The reference values of the high/low flags. @internal */
function resolveReference(
  reference: RfmReference,
  customers: readonly RfmCustomerScore[],
): { source: 'mean' | 'given'; recencyDays: number; frequency: number; monetary: number } {
  if (reference === 'mean') {
    const n = customers.length;
    const column = (key: 'recencyDays' | 'frequency' | 'monetary'): number => neumaierSum(customers.map((c) => c[key])) / n;
    return { source: 'mean', recencyDays: column('recencyDays'), frequency: column('frequency'), monetary: column('monetary') };
  }
  if (typeof reference !== 'object' || reference === null) {
    throw new InvalidArgumentError(FN, 'options.reference', "must be 'mean' or { recencyDays, frequency, monetary }", reference);
  }
  for (const key of ['recencyDays', 'frequency', 'monetary'] as const) {
    if (typeof reference[key] !== 'number' || !Number.isFinite(reference[key])) {
      throw new InvalidArgumentError(FN, `options.reference.${key}`, 'must be a finite number', reference[key]);
    }
  }
  return { source: 'given', recencyDays: reference.recencyDays, frequency: reference.frequency, monetary: reference.monetary };
}

/** Index of the first rule a customer matches, or −1. @internal */
function firstMatch(rules: CompiledRules, c: RfmCustomerScore, ref: { recencyDays: number; frequency: number; monetary: number } | null): number {
  const r = c.recencyScore;
  const f = c.frequencyScore;
  const m = c.monetaryScore;
  const fm = (f + m + 1) >> 1;
  const high = ref === null ? null : [c.recencyDays <= ref.recencyDays ? 1 : 0, c.frequency >= ref.frequency ? 1 : 0, c.monetary >= ref.monetary ? 1 : 0];
  const { bounds, flags } = rules;
  for (let k = 0; k < rules.segmentOf.length; k++) {
    const b = k * 8;
    if (r < (bounds[b] as number) || r > (bounds[b + 1] as number)) continue;
    if (f < (bounds[b + 2] as number) || f > (bounds[b + 3] as number)) continue;
    if (m < (bounds[b + 4] as number) || m > (bounds[b + 5] as number)) continue;
    if (fm < (bounds[b + 6] as number) || fm > (bounds[b + 7] as number)) continue;
    if (high !== null) {
      const g = k * 3;
      if ((flags[g] as number) >= 0 && flags[g] !== high[0]) continue;
      if ((flags[g + 1] as number) >= 0 && flags[g + 1] !== high[1]) continue;
      if ((flags[g + 2] as number) >= 0 && flags[g + 2] !== high[2]) continue;
    }
    return k;
  }
  return -1;
}

/**
 * Names the segment of every scored customer by a rule set (first matching rule wins, unmatched customers
 * go to "Others"), with customers, orders, revenue, their shares and median recency per segment.
 *
 * @remarks
 * A rule set is plain data ({@link RfmRuleSet}): rules evaluated in order, each a conjunction of inclusive
 * score ranges on R, F, M and `FM = ⌊(F + M + 1)/2⌋`, and of high/low flags comparing the raw values with
 * a reference (the means of the scored customers by default, or stated thresholds): R is high when
 * RECENT (recency days ≤ reference), F and M when ≥ reference. Named sets: {@link RFM_R_PACKAGE_SEGMENTS}
 * (the R `rfm` documentation's ten), {@link RFM_FM_GRID_SEGMENTS} (11 segments of R × FM),
 * {@link RFM_RF_MAP_SEGMENTS} (10 segments of R × F), {@link RFM_IMPORTANCE_VALUE_SEGMENTS} (eight
 * classes). Summaries list every segment of the rule set, in order of first appearance, then the
 * unmatched; `orders` sums the customers' frequencies, `revenue` their monetary values (exact, minor units
 * summed), shares are of the totals over all customers; a share whose total is not positive is `null`
 * with a reason. O(N × rules) matching plus one sort of the recencies for the medians.
 *
 * @param scores - A result of `rfmScores`.
 * @param options - `rules` (a rule set) and optionally `reference` for the high/low flags.
 * @returns Per customer (sorted by id) its segment, the index of the matching rule (`null` when none)
 *   and its scores; per segment the summary; the settings used.
 * @throws `EMPTY_INPUT` when `scores` holds no customer.
 * @throws `INVALID_ARGUMENT` when `scores` is not a result of `rfmScores` (customers unsorted, duplicate,
 *   or with non-integer scores), or the rule set is malformed (a range not `[low, high]` integers with
 *   low ≤ high, a flag not boolean, a blank segment name), or `reference` is invalid.
 * @example
 * ```ts
 * const scores = rfmScores(
 *   [
 *     { customerId: 'a', recencyDays: 3, frequency: 9, monetary: 410 },
 *     { customerId: 'b', recencyDays: 40, frequency: 2, monetary: 60 },
 *     { customerId: 'c', recencyDays: 200, frequency: 1, monetary: 20 },
 *   ],
 *   { analysisDate: '2024-06-30' },
 * );
 * const seg = rfmSegments(scores, { rules: RFM_IMPORTANCE_VALUE_SEGMENTS });
 * seg.customers.map((c) => c.segment); // ['Important Value', 'General Development', 'General Win-back']
 * ```
 * @see Hughes, A. M. (1994). Strategic Database Marketing. Probus.
 * @see Hebbali, A. rfm: Recency, Frequency and Monetary Value Analysis, R package version 0.3.0
 *   (`rfm_segment`, `rfm_segment_summary`). https://github.com/rsquaredacademy/rfm
 */
export function rfmSegments(scores: RfmScoresResult, options: RfmSegmentsOptions): RfmSegmentsResult {
  if (typeof options !== 'object' || options === null) throw new InvalidArgumentError(FN, 'options', 'must be an object with rules', options);
  const rules = compileRfmRules(FN, 'options.rules', options.rules);
  const { customers, minorDigits } = readScores(scores);
  const ref = rules.usesFlags ? resolveReference(options.reference ?? rules.reference ?? 'mean', customers) : null;
  const otherwise = rules.segments.indexOf(rules.otherwise);
  const segmentIndex = new Int32Array(customers.length);
  const rows = new Array<RfmCustomerSegment>(customers.length);
  for (let i = 0; i < customers.length; i++) {
    const c = customers[i] as RfmCustomerScore;
    const k = firstMatch(rules, c, ref);
    const s = k < 0 ? otherwise : (rules.segmentOf[k] as number);
    segmentIndex[i] = s;
    rows[i] = {
      customerId: c.customerId,
      segment: rules.segments[s] as string,
      rule: k < 0 ? null : k,
      recencyScore: c.recencyScore,
      frequencyScore: c.frequencyScore,
      monetaryScore: c.monetaryScore,
      score: c.score,
    };
  }
  const reasons: string[] = [];
  const segments = summarizeRfmSegments(customers, segmentIndex, rules.segments, minorDigits, reasons);
  return {
    customers: rows,
    segments,
    settings: { ruleSet: rules.name, otherwise: rules.otherwise, frequencyMonetary: 'floor((F + M + 1) / 2)', reference: ref },
    reasons,
  };
}
