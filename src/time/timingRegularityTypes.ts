import type { CustomerSummary, RejectedTransaction, SummarySettings } from './types';

/** One customer's timing statistics, as `summarizeTimingRegularity` returns them. */
export interface CustomerTiming<Id extends string | number = string | number> {
  /** The customer's identifier, as given (the form of its first row). */
  readonly customerId: Id;
  /** Repeat purchases in calibration (after merging): the number of inter-purchase times; as `summarizeTransactions`. */
  readonly frequency: number;
  /**
   * `litt`: the sum of the natural logarithms of the `frequency` inter-purchase times in calibration, in
   * the summary's unit (0 when `frequency` is 0). The data the MBG/CNBD-k likelihood needs besides
   * `{ frequency, recency, T }`.
   */
  readonly litt: number;
}

/** The Wheat & Morrison (1990) estimate of the regularity shared by the customers. */
export interface WheatMorrisonEstimate {
  /**
   * `k̂ = (1 − 4V)/(8V)`, `V` the mean of `(M − ½)²` over the customers with at least two inter-purchase
   * times, `M = s₁/(s₁+s₂)` of their last two: near 1 for exponential (Poisson) timing, larger for regular
   * timing. `null` with fewer than 2 such customers or `V = 0`.
   */
  readonly k: number | null;
  /** Customers with at least two inter-purchase times in calibration (those the estimate uses). */
  readonly customers: number;
}

/** The result of `summarizeTimingRegularity`: a plain JSON-serialisable object. */
export interface TimingRegularitySummary<Id extends string | number = string | number> {
  /** One record per customer with a purchase in calibration, sorted by `customerId` ascending (numbers before strings). */
  readonly customers: CustomerTiming<Id>[];
  /** Rows left out, in input order, each with its reason (the same rows `summarizeTransactions` leaves out). */
  readonly rejected: RejectedTransaction[];
  /** The Wheat & Morrison estimate of a shared regularity `k` (a quick check before fitting MBG/CNBD-k). */
  readonly regularity: WheatMorrisonEstimate;
  /** The settings used (as `summarizeTransactions` echoes them). */
  readonly options: SummarySettings;
}

/** A customer summary with `litt` added, as `withTimingRegularity` returns it. */
export type TimedCustomerSummary<Id extends string | number = string | number> = CustomerSummary<Id> & {
  /** Sum of the log inter-purchase times in calibration, in the summary's unit (see {@link CustomerTiming}). */
  readonly litt: number;
};
