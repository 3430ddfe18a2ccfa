import type { RfmRuleSet, RfmSegmentRule } from './rfmTypes';

/** A rule set frozen all the way down, so that the shared constants cannot be changed by a caller. @internal */
function frozen(set: RfmRuleSet): RfmRuleSet {
  for (const rule of set.rules) {
    for (const value of Object.values(rule)) if (Array.isArray(value)) Object.freeze(value);
    Object.freeze(rule);
  }
  Object.freeze(set.rules);
  return Object.freeze(set);
}

/** A rule from inclusive score ranges `[low, high]` of R, F and M. @internal */
function rfm(segment: string, r: [number, number], f: [number, number], m: [number, number]): RfmSegmentRule {
  return { segment, recency: r, frequency: f, monetary: m };
}

/**
 * The ten segments of the R package `rfm` documentation (README, `rfm_segment` examples): inclusive score
 * ranges of R, F and M, in this order, first match wins, unmatched customers are "Others". Order matters:
 * "Potential Loyalist" comes before "Loyal Customers" and takes many of them.
 *
 * @remarks
 * Champions R 5 F 5 M 5 · Potential Loyalist 3–5 / 3–5 / 2–5 · Loyal Customers 2–4 / 2–4 / 2–4 ·
 * Promising 3–4 / 1–3 / 3–5 · New Customers 4–5 / 1–3 / 1–5 · Can't Lose Them 1–2 / 3–4 / 4–5 ·
 * At Risk 1–2 / 2–5 / 4–5 · Need Attention 1–3 / 3–5 / 3–5 · About To Sleep 2–3 / 1–3 / 1–4 ·
 * Lost 1 / 1–5 / 1–5. Meant for 5 bins.
 *
 * @see Hebbali, A. rfm: Recency, Frequency and Monetary Value Analysis, R package version 0.3.0.
 *   https://github.com/rsquaredacademy/rfm
 */
export const RFM_R_PACKAGE_SEGMENTS: RfmRuleSet = frozen({
  name: 'R rfm documentation (10 segments)',
  otherwise: 'Others',
  rules: [
    rfm('Champions', [5, 5], [5, 5], [5, 5]),
    rfm('Potential Loyalist', [3, 5], [3, 5], [2, 5]),
    rfm('Loyal Customers', [2, 4], [2, 4], [2, 4]),
    rfm('Promising', [3, 4], [1, 3], [3, 5]),
    rfm('New Customers', [4, 5], [1, 3], [1, 5]),
    rfm("Can't Lose Them", [1, 2], [3, 4], [4, 5]),
    rfm('At Risk', [1, 2], [2, 5], [4, 5]),
    rfm('Need Attention', [1, 3], [3, 5], [3, 5]),
    rfm('About To Sleep', [2, 3], [1, 3], [1, 4]),
    rfm('Lost', [1, 1], [1, 5], [1, 5]),
  ],
});

/** A rule on one cell (R, FM) of the recency × frequency-monetary grid. @internal */
function cell(segment: string, r: number, fm: number): RfmSegmentRule {
  return { segment, recency: [r, r], frequencyMonetary: [fm, fm] };
}

/**
 * The 11-segment recency × frequency-monetary grid: every one of the 25 cells (R, FM) of 5-bin scores
 * belongs to exactly one segment, with `FM = ⌊(F + M + 1) / 2⌋` (the mean of F and M, halves rounded up).
 *
 * @remarks
 * Champions (5,5)(5,4)(4,5) · Loyal Customers (5,3)(4,4)(3,5)(3,4) · Potential Loyalists (5,2)(4,2)(3,3)(4,3) ·
 * Recent Customers (5,1) · Promising (4,1)(3,1) · Customers Needing Attention (3,2)(2,3)(2,2) ·
 * About to Sleep (2,1) · At Risk (2,5)(2,4)(1,3) · Can't Lose Them (1,5)(1,4) · Hibernating (1,2) · Lost (1,1).
 * The grid is marketing practice, not taken from a paper; the scores it reads are Hughes' RFM cells.
 *
 * @see Hughes, A. M. (1994). Strategic Database Marketing. Probus (RFM scores and cells).
 */
export const RFM_FM_GRID_SEGMENTS: RfmRuleSet = frozen({
  name: 'recency x frequency-monetary grid (11 segments)',
  otherwise: 'Others',
  rules: [
    cell('Champions', 5, 5), cell('Champions', 5, 4), cell('Champions', 4, 5),
    cell('Loyal Customers', 5, 3), cell('Loyal Customers', 4, 4), cell('Loyal Customers', 3, 5), cell('Loyal Customers', 3, 4),
    cell('Potential Loyalists', 5, 2), cell('Potential Loyalists', 4, 2), cell('Potential Loyalists', 3, 3), cell('Potential Loyalists', 4, 3),
    cell('Recent Customers', 5, 1),
    cell('Promising', 4, 1), cell('Promising', 3, 1),
    cell('Customers Needing Attention', 3, 2), cell('Customers Needing Attention', 2, 3), cell('Customers Needing Attention', 2, 2),
    cell('About to Sleep', 2, 1),
    cell('At Risk', 2, 5), cell('At Risk', 2, 4), cell('At Risk', 1, 3),
    cell("Can't Lose Them", 1, 5), cell("Can't Lose Them", 1, 4),
    cell('Hibernating', 1, 2),
    cell('Lost', 1, 1),
  ],
});

/** A rule on ranges of R and F. @internal */
function rf(segment: string, r: [number, number], f: [number, number]): RfmSegmentRule {
  return { segment, recency: r, frequency: f };
}

/**
 * The 10-segment recency × frequency map of 5-bin scores, patterns applied in this order (they cover all
 * 25 cells): `[1-2][1-2]` Hibernating · `[1-2][3-4]` At Risk · `[1-2]5` Can't Lose · `3[1-2]` About to Sleep ·
 * `33` Need Attention · `[3-4][4-5]` Loyal Customers · `41` Promising · `51` New Customers ·
 * `[4-5][2-3]` Potential Loyalists · `5[4-5]` Champions. The map is marketing practice, not taken from a
 * paper.
 *
 * @see Hughes, A. M. (1994). Strategic Database Marketing. Probus (RFM scores and cells).
 */
export const RFM_RF_MAP_SEGMENTS: RfmRuleSet = frozen({
  name: 'recency x frequency map (10 segments)',
  otherwise: 'Others',
  rules: [
    rf('Hibernating', [1, 2], [1, 2]),
    rf('At Risk', [1, 2], [3, 4]),
    rf("Can't Lose", [1, 2], [5, 5]),
    rf('About to Sleep', [3, 3], [1, 2]),
    rf('Need Attention', [3, 3], [3, 3]),
    rf('Loyal Customers', [3, 4], [4, 5]),
    rf('Promising', [4, 4], [1, 1]),
    rf('New Customers', [5, 5], [1, 1]),
    rf('Potential Loyalists', [4, 5], [2, 3]),
    rf('Champions', [5, 5], [4, 5]),
  ],
});

/** A rule on the three high/low flags (high R = recent). @internal */
function flags(segment: string, recent: boolean, frequent: boolean, bigSpender: boolean): RfmSegmentRule {
  return { segment, recencyHigh: recent, frequencyHigh: frequent, monetaryHigh: bigSpender };
}

/**
 * The eight-class importance-value scheme (重要价值客户 …): R, F and M each high or low against the mean of
 * the scored customers (or stated thresholds), HIGH R MEANING RECENT (recency days at or below the
 * reference); F and M are high at or above the reference.
 *
 * @remarks
 * Important Value: recent, frequent, high spend · Important Development: recent, infrequent, high spend ·
 * Important Retention: not recent, frequent, high spend · Important Win-back: not recent, infrequent,
 * high spend · General Value / Development / Retention / Win-back: the same with low spend. (Code that
 * compares raw recency days with their mean as "high" inverts the meaning of R; here recent is high.)
 * The scheme is common CRM practice in China, not taken from one paper.
 *
 * @see Hughes, A. M. (1994). Strategic Database Marketing. Probus (RFM scores and cells).
 */
export const RFM_IMPORTANCE_VALUE_SEGMENTS: RfmRuleSet = frozen({
  name: 'importance-value eight classes',
  otherwise: 'Others',
  reference: 'mean',
  rules: [
    flags('Important Value', true, true, true),
    flags('Important Development', true, false, true),
    flags('Important Retention', false, true, true),
    flags('Important Win-back', false, false, true),
    flags('General Value', true, true, false),
    flags('General Development', true, false, false),
    flags('General Retention', false, true, false),
    flags('General Win-back', false, false, false),
  ],
});
