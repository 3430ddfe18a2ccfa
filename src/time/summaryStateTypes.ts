/**
 * Types of the mergeable summary state: {@link summaryState}, {@link mergeSummaryStates},
 * {@link finalizeSummary}.
 */
import type { DateObjectReading, MergeBy, MonthLength, RejectedTransaction, ReturnPolicy, SummaryOptions, TimeUnit, TransactionFields } from './types';

/** Options of {@link summaryState}: those of the summary, plus where the rows sit in the whole log. */
export interface SummaryStateOptions extends SummaryOptions {
  /**
   * Index in the whole log of the first row given (default 0): row `i` is reported as `firstIndex + i`.
   * For a part that is a contiguous slice of the log (a file of a day, a batch of a stream).
   */
  readonly firstIndex?: number;
  /**
   * Index in the whole log of each row given (one per row, distinct non-negative safe integers), for a
   * part that is not a contiguous slice (partitioned by customer, or at random). Not with `firstIndex`.
   */
  readonly rowIndices?: ArrayLike<number>;
}

/** A return that may still be rejected (no purchase on or before its day yet) or netted into the first purchase. */
export interface PendingReturn {
  /** Index of the row in the whole log. */
  readonly index: number;
  /** Day of the return, whole days since 1970-01-01. */
  readonly day: number;
  /** Amount in integer minor units, negative. */
  readonly amountMinor: number;
  /** The amount as given (reported if the return is rejected). */
  readonly value: unknown;
}

/**
 * What a summary state keeps of one customer's purchases in one period (calibration or holdout). Days
 * are whole days since 1970-01-01; money is in integer minor units (exact below 2^53).
 */
export interface SummaryStatePart {
  /** Earliest purchase day, `null` when there is no purchase. */
  readonly firstDay: number | null;
  /**
   * Earliest purchase day in a later merge period than `firstDay`'s (the second purchase), `null` when
   * none: a return before it nets into the first purchase.
   */
  readonly secondDay: number | null;
  /** Latest purchase day, `null` when there is no purchase. */
  readonly lastDay: number | null;
  /**
   * The distinct merge periods of the purchases, ascending: epoch days with `mergeBy: 'day'`, period
   * indices (ISO weeks, months, blocks of days) with `mergeBy: 'unit'`. Their count is the number of
   * purchases; kept whole so that a day split across two parts counts once.
   */
  readonly periods: readonly number[];
  /** Purchases (amount ≥ 0) in `firstDay`'s merge period, minor units. */
  readonly firstPeriodMinor: number;
  /** All purchases, minor units. */
  readonly purchaseMinor: number;
  /** Purchase rows. */
  readonly purchaseRows: number;
  /** Returns on or after `secondDay` (netted, never into the first purchase), minor units (≤ 0). */
  readonly returnMinor: number;
  /** Rows of those returns. */
  readonly returnRows: number;
  /** The other returns, by index: rejected at the end when before `firstDay`, else netted into the first purchase. */
  readonly pendingReturns: readonly PendingReturn[];
}

/** The first object row of a log, as a {@link SummaryState} remembers it. */
export interface SummaryStateFirstRow {
  /** Its index in the whole log. */
  readonly index: number;
  /** Its property names (to suggest `options.fields` when every row is rejected). */
  readonly properties: readonly string[];
}

/** One customer in a {@link SummaryState}. */
export interface CustomerSummaryState<Id extends string | number = string | number> {
  /** The identifier, in the form of its first row in the whole log. */
  readonly customerId: Id;
  /** Index in the whole log of its first readable row (the order of the summary's customers). */
  readonly firstIndex: number;
  /** Rows up to the calibration end (all rows without `calibrationEnd`). */
  readonly calibration: SummaryStatePart;
  /** Rows after the calibration end; `null` when there are none. */
  readonly holdout: SummaryStatePart | null;
}

/** The settings a state was built with (those of {@link SummaryOptions}, resolved); states merge only when equal. */
export interface SummaryStateSettings {
  /** Time unit. */
  readonly unit: TimeUnit;
  /** Month length with unit `'month'`, else `null`. */
  readonly monthLength: MonthLength | null;
  /** Merge rule. */
  readonly mergeBy: MergeBy;
  /** Calibration end `'yyyy-mm-dd'`, or `null`. */
  readonly calibrationEnd: string | null;
  /** Observation end `'yyyy-mm-dd'` when given, or `null` (then the last day of the whole log). */
  readonly observationEnd: string | null;
  /** Minor digits of the amounts. */
  readonly minorDigits: number;
  /** `options.currency`, trimmed and upper-cased, or `null`. */
  readonly currency: string | null;
  /** Return policy. */
  readonly returns: ReturnPolicy;
  /** Reading of `Date` objects. */
  readonly dateObjects: DateObjectReading;
  /** Property names of the row fields. */
  readonly fields: Required<TransactionFields>;
}

/**
 * The mergeable partial summary of a part of a transaction log: plain JSON-serialisable data (days as
 * integers, money as integer minor units). States of disjoint parts merge, in any grouping and order,
 * into the state of their union ({@link mergeSummaryStates}); {@link finalizeSummary} turns the state of
 * the whole log into exactly what `summarizeTransactions` gives on it.
 */
export interface SummaryState<Id extends string | number = string | number> {
  /** Marks the object as a summary state. */
  readonly kind: 'summaryState';
  /** Layout version of the state (1). */
  readonly version: 1;
  /** The settings; states merge only when equal. */
  readonly options: SummaryStateSettings;
  /** Rows read (accepted and rejected). */
  readonly rowCount: number;
  /** Latest day of a readable row (the default observation end), whole days since 1970-01-01, or `null`. */
  readonly lastDay: number | null;
  /** Currency codes named by the accepted rows, sorted. */
  readonly currencies: readonly string[];
  /** Index and property names of the first object row (for the hint of `ALL_ROWS_REJECTED`), or `null`. */
  readonly firstRow: SummaryStateFirstRow | null;
  /** One entry per customer with a readable row, sorted by `String(customerId)` ascending. */
  readonly customers: readonly CustomerSummaryState<Id>[];
  /** Rows rejected so far, by index. */
  readonly rejected: readonly RejectedTransaction[];
}
