/** A two-sided confidence interval `[lower, upper]` in the units of the estimate it brackets. */
export interface Interval {
  /** Lower bound. */
  readonly lower: number;
  /** Upper bound. */
  readonly upper: number;
}

/**
 * An answer left out of an index because it is not on the scale, reported with its position instead of
 * being dropped silently (option `invalid: 'reject'`).
 */
export interface RejectedAnswer {
  /** Index of the respondent in the input arrays. */
  readonly index: number;
  /** The answer as given (a number for the numeric indices; `NaN` appears as `null` once serialised to JSON). */
  readonly value: unknown;
  /** The rule the answer breaks, e.g. `must be an integer 0-10`. */
  readonly reason: string;
}

/** A grouping key of a respondent: a segment, region, competitor or survey wave. */
export type GroupKey = string | number;

/** One result per group plus the result over every respondent, as returned when a `groups` key is given. */
export interface GroupedResult<R> {
  /** The index over all respondents. */
  readonly overall: R;
  /**
   * One entry per distinct key, sorted: numbers ascending before strings in code-unit order, so the
   * order never depends on the order of the respondents.
   */
  readonly groups: readonly { readonly key: GroupKey; readonly result: R }[];
}

/** What to do with an answer that is not an integer on the scale. */
export type InvalidAnswerPolicy = 'throw' | 'reject';

/** Options shared by the simple indices {@link nps}, {@link csat} and {@link ces}. */
export interface SimpleIndexOptions {
  /**
   * Respondent weights (design or raking weights), finite and ≥ 0, one per answer. Shares and means are
   * weighted; intervals use the Kish effective sample size `(Σw)² / Σw²`. Default: every weight 1.
   */
  readonly weights?: ArrayLike<number>;
  /** A key per respondent (segment, region, competitor); one result is returned per distinct key. */
  readonly groups?: ArrayLike<GroupKey>;
  /**
   * `'throw'` (default): an answer that is not an integer on the scale throws `INVALID_ARGUMENT` naming
   * the respondent. `'reject'`: such answers are left out and listed in `rejected`.
   */
  readonly invalid?: InvalidAnswerPolicy;
  /** Confidence level of the intervals, in (0, 1); default 0.95. */
  readonly confidenceLevel?: number;
}

/** An integer answer scale from `min` to `max` inclusive. */
export interface AnswerScale {
  /** Lowest answer, an integer. */
  readonly min: number;
  /** Highest answer, an integer greater than `min`. */
  readonly max: number;
}

/**
 * How a sample size is corrected for a finite population of `N`: `'cochran'` `n0 / (1 + (n0 − 1)/N)`
 * (the exact inverse of a margin of error with `√((N − n)/(N − 1))`), `'approximate'` `n0 / (1 + n0/N)`.
 */
export type FinitePopulationCorrection = 'cochran' | 'approximate';

/** A one-sample (paired) t test of a mean difference against 0, with the t interval of the mean. */
export interface PairedTest {
  /** Mean of the differences. */
  readonly mean: number;
  /** Sample standard deviation of the differences (`n − 1`). */
  readonly standardDeviation: number;
  /** Standard error of the mean. */
  readonly standardError: number;
  /** `mean / standardError`; `null` when the standard error is 0. */
  readonly t: number | null;
  /** Degrees of freedom `n − 1`. */
  readonly df: number;
  /** Two-sided p-value; with a zero standard error 1 for a zero mean and 0 otherwise. */
  readonly pValue: number;
  /** t interval of the mean at the stated confidence level. */
  readonly interval: Interval;
}
