import type { RejectedRecord } from '../time/types';

/**
 * How one RFM dimension is cut into scores.
 *
 * - `quantile` (default, the R package `rfm`): `bins` value thresholds `b_k = Q₇(values, k/n) + 1`, bins
 *   `[min, b_1), [b_1, b_2), …, [b_{n−1}, max + 1)`; equal values share a score, bins may be unequal or empty.
 * - `breaks`: the `n − 1` thresholds given (R's `recency_bins = c(…)`), used as they are, same bins.
 * - `equalCount`: SQL `NTILE(n)` over the customers sorted by value, ties broken by customer id (JavaScript
 *   string order): bin sizes differ by at most one, the first bins taking the remainder; equal values may
 *   get different scores.
 * - `fixed`: business bounds, upper-inclusive: bin k holds `b_{k−1} < value ≤ b_k` (e.g. recency
 *   `[7, 30, 90, 180]`: within a week, a month, a quarter, half a year, older).
 */
export type RfmBinning =
  | { readonly method: 'quantile'; readonly bins?: number }
  | { readonly method: 'breaks'; readonly breaks: readonly number[] }
  | { readonly method: 'equalCount'; readonly bins?: number }
  | { readonly method: 'fixed'; readonly upperBounds: readonly number[] };

/** A dimension's binning: a bin count (quantile bins, as R's `recency_bins = 5`), R-style custom breaks, or a {@link RfmBinning}. */
export type RfmBinsOption = number | readonly number[] | RfmBinning;

/** What `frequency` counts when scores are computed from transactions: order rows (R `rfm`) or distinct purchase days. */
export type RfmFrequencyConvention = 'rows' | 'days';

/**
 * One customer's totals, the input of R `rfm_table_customer`: recency as days before the analysis date or
 * as the last purchase date, frequency as a count, monetary as a total in major units.
 */
export interface RfmCustomerTotals {
  /** Customer identifier: a non-blank string or a safe integer (`1` and `'1'` are the same customer). */
  readonly customerId: string | number;
  /** Days from the last purchase to the analysis date, a finite number ≥ 0. */
  readonly recencyDays?: number | undefined;
  /** Date of the last purchase (`'yyyy-mm-dd'`, `'yyyymmdd'` or a `Date` read at UTC), not after the analysis date. */
  readonly lastPurchaseDate?: string | Date | undefined;
  /** Number of purchases, an integer ≥ 0. */
  readonly frequency: number;
  /** Total spend in major units: a finite number or decimal string with at most the minor digits. */
  readonly monetary: number | string;
}

/** Options of `rfmScores`. */
export interface RfmScoresOptions {
  /** The analysis date `D` (required): recency is `D − last purchase date` in days. */
  readonly analysisDate: string | Date;
  /** Quantile bins of every dimension not set on its own (default 5; integers 1–9). */
  readonly bins?: number;
  /** Binning of recency (scored in reverse: the most recent bin scores highest). */
  readonly recencyBins?: RfmBinsOption;
  /** Binning of frequency. */
  readonly frequencyBins?: RfmBinsOption;
  /** Binning of monetary value (in major units: R's `+ 1` is one major unit). */
  readonly monetaryBins?: RfmBinsOption;
  /** Transactions only: count order rows (default, as R `rfm`) or distinct purchase days. */
  readonly frequency?: RfmFrequencyConvention;
  /**
   * Transactions only: a return row is never a purchase (it counts in neither frequency nor recency);
   * `'net'` (default) subtracts it from monetary value, `'exclude'` leaves it out.
   */
  readonly returns?: 'net' | 'exclude';
  /** Minor digits of the amounts (default 2, or the currency's). */
  readonly minorDigits?: number;
  /** Currency of the amounts (transactions naming another are rejected). */
  readonly currency?: string;
}

/** The binning actually applied to one dimension, as echoed in an {@link RfmScoresResult}. */
export interface RfmDimensionBins {
  /** The method used. */
  readonly method: 'quantile' | 'breaks' | 'equalCount' | 'fixed';
  /** Number of scores (bins). */
  readonly bins: number;
  /**
   * The thresholds applied, ascending: lower-inclusive bin starts for `quantile` (`Q₇(k/n) + 1`) and
   * `breaks`, upper-inclusive bin ends for `fixed`; `null` for `equalCount`.
   */
  readonly breaks: number[] | null;
  /** Whether a bin includes its lower threshold (`'left'`: `[a, b)`) or its upper one (`'right'`: `(a, b]`); `null` for `equalCount`. */
  readonly closed: 'left' | 'right' | null;
  /** Whether higher values get lower scores (recency). */
  readonly reversed: boolean;
  /** Smallest and largest value of the dimension among the scored customers. */
  readonly min: number;
  /** Largest value of the dimension among the scored customers. */
  readonly max: number;
  /** Customers per score: index `s − 1` holds the count of score `s`. */
  readonly customersByScore: number[];
}

/** One customer's raw RFM values and scores. */
export interface RfmCustomerScore {
  /** Customer identifier (as a string). */
  readonly customerId: string;
  /** Days from the last purchase to the analysis date. */
  readonly recencyDays: number;
  /** Last purchase date (`'yyyy-mm-dd'`), or `null` when only `recencyDays` was given. */
  readonly lastPurchaseDate: string | null;
  /** Purchases (order rows or purchase days, see the conventions; or as given). */
  readonly frequency: number;
  /** Monetary value in major units. */
  readonly monetary: number;
  /** Monetary value in integer minor units (exact). */
  readonly monetaryMinor: number;
  /** Recency score 1–n (n = most recent). */
  readonly recencyScore: number;
  /** Frequency score 1–n. */
  readonly frequencyScore: number;
  /** Monetary score 1–n. */
  readonly monetaryScore: number;
  /** `100 R + 10 F + M`. */
  readonly score: number;
}

/** The conventions a call of `rfmScores` used. */
export interface RfmScoreConventions {
  /** The analysis date, `'yyyy-mm-dd'`. */
  readonly analysisDate: string;
  /** The input read: per-customer totals or transactions. */
  readonly input: 'totals' | 'transactions';
  /** What frequency counts: order rows, distinct purchase days, or the totals as given. */
  readonly frequency: 'rows' | 'days' | 'given';
  /** How return rows entered monetary value (`null` for totals). */
  readonly returns: 'net' | 'exclude' | null;
  /** Minor digits of the amounts. */
  readonly minorDigits: number;
  /** Currency of the amounts, when known. */
  readonly currency: string | null;
  /** The combined score. */
  readonly score: '100 R + 10 F + M';
}

/** Result of `rfmScores`. */
export interface RfmScoresResult {
  /** One row per scored customer, sorted by customer id. */
  readonly customers: RfmCustomerScore[];
  /** Binning of recency (reversed). */
  readonly recency: RfmDimensionBins;
  /** Binning of frequency. */
  readonly frequency: RfmDimensionBins;
  /** Binning of monetary value (major units). */
  readonly monetary: RfmDimensionBins;
  /** The conventions used. */
  readonly conventions: RfmScoreConventions;
  /** Rows (or customers) left out, each with its reason; they change no other customer's result beyond their absence. */
  readonly rejected: RejectedRecord[];
}

/** An inclusive range of scores `[low, high]`. */
export type RfmScoreRange = readonly [low: number, high: number];

/**
 * One rule of a segment rule set: every condition given must hold (score ranges inclusive; high/low flags
 * compare the raw values with the rule set's reference). A segment may have several rules.
 */
export interface RfmSegmentRule {
  /** Segment name assigned when the rule matches. */
  readonly segment: string;
  /** Recency score range. */
  readonly recency?: RfmScoreRange;
  /** Frequency score range. */
  readonly frequency?: RfmScoreRange;
  /** Monetary score range. */
  readonly monetary?: RfmScoreRange;
  /** Combined frequency-monetary score range, `FM = ⌊(F + M + 1) / 2⌋` (the mean of F and M, halves rounded up). */
  readonly frequencyMonetary?: RfmScoreRange;
  /** `true`: recent (recency days at or below the reference, HIGH R = RECENT); `false`: not recent. */
  readonly recencyHigh?: boolean;
  /** `true`: frequency at or above the reference; `false`: below it. */
  readonly frequencyHigh?: boolean;
  /** `true`: monetary value at or above the reference; `false`: below it. */
  readonly monetaryHigh?: boolean;
}

/** Reference values for the high/low flags of a rule: the means of the scored customers, or stated thresholds. */
export type RfmReference =
  | 'mean'
  | { readonly recencyDays: number; readonly frequency: number; readonly monetary: number };

/** A named segment rule set, plain data: rules evaluated in order, the first match wins. */
export interface RfmRuleSet {
  /** Name of the rule set (echoed in results). */
  readonly name: string;
  /** The rules, in evaluation order. */
  readonly rules: readonly RfmSegmentRule[];
  /** Segment of customers no rule matches (default `'Others'`). */
  readonly otherwise?: string;
  /** Reference of the high/low flags (default `'mean'`). */
  readonly reference?: RfmReference;
}

/** Options of `rfmSegments`. */
export interface RfmSegmentsOptions {
  /** The rule set (one of the exported constants, or your own). */
  readonly rules: RfmRuleSet;
  /** Overrides the rule set's reference for the high/low flags. */
  readonly reference?: RfmReference;
}

/** One customer's segment. */
export interface RfmCustomerSegment {
  /** Customer identifier. */
  readonly customerId: string;
  /** Segment name (the rule set's `otherwise` when no rule matched). */
  readonly segment: string;
  /** Index of the matching rule in the rule set, or `null` when none matched. */
  readonly rule: number | null;
  /** Recency score. */
  readonly recencyScore: number;
  /** Frequency score. */
  readonly frequencyScore: number;
  /** Monetary score. */
  readonly monetaryScore: number;
  /** `100 R + 10 F + M`. */
  readonly score: number;
}

/** Totals of one segment. */
export interface RfmSegmentSummary {
  /** Segment name. */
  readonly segment: string;
  /** Customers in the segment. */
  readonly customers: number;
  /** Share of all scored customers. */
  readonly customerShare: number;
  /** Sum of the customers' frequencies (orders, or purchase days). */
  readonly orders: number;
  /** Share of all orders; `null` when there are no orders at all. */
  readonly orderShare: number | null;
  /** Sum of monetary values, major units. */
  readonly revenue: number;
  /** Sum of monetary values, exact integer minor units. */
  readonly revenueMinor: number;
  /** Share of total revenue; `null` when total revenue is not positive (see `reasons`). */
  readonly revenueShare: number | null;
  /** Median recency in days of the segment's customers; `null` for an empty segment. */
  readonly medianRecencyDays: number | null;
}

/** Result of `rfmSegments`. */
export interface RfmSegmentsResult {
  /** One row per customer, sorted by customer id. */
  readonly customers: RfmCustomerSegment[];
  /** One summary per segment of the rule set (in order of first appearance), then the `otherwise` segment; empty segments included. */
  readonly segments: RfmSegmentSummary[];
  /** The settings used. */
  readonly settings: {
    /** Name of the rule set. */
    readonly ruleSet: string;
    /** Segment of unmatched customers. */
    readonly otherwise: string;
    /** The definition of the combined frequency-monetary score. */
    readonly frequencyMonetary: 'floor((F + M + 1) / 2)';
    /** The reference values of the high/low flags, or `null` when the rules use none. */
    readonly reference: { readonly source: 'mean' | 'given'; readonly recencyDays: number; readonly frequency: number; readonly monetary: number } | null;
  };
  /** Why a share is `null`, if one is. */
  readonly reasons: string[];
}
