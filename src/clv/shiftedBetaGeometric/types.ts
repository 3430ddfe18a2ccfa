/**
 * Parameter and result types of the shifted-beta-geometric (sBG) model.
 */

/**
 * Parameters of the shifted-beta-geometric model: the per-period churn probability `θ ~ Beta(alpha, beta)`
 * across customers. Dimensionless positive numbers. (A type alias, so that it is assignable to `ModelParams`.)
 */
export type SbgParams = {
  /** First shape of the Beta distribution of the churn probability `θ`. */
  readonly alpha: number;
  /** Second shape of the Beta distribution of the churn probability `θ`. */
  readonly beta: number;
};

/**
 * Expected lifetime of a new customer under the sBG model. When `alpha ≤ 1` the mean is infinite: both
 * numbers are then `null` and `reason` says why (never a negative or non-finite number).
 */
export interface SbgExpectedLifetime {
  /** `E[T] = (α+β−1)/(α−1)` periods, counting the first period (`null` when infinite). */
  readonly periods: number | null;
  /** Expected number of renewals `E[T] − 1 = β/(α−1)` (`null` when infinite). */
  readonly renewals: number | null;
  /** `true` when the expectation is finite (`alpha > 1`). */
  readonly finite: boolean;
  /** Why the expectation is infinite, or `null` when it is finite. */
  readonly reason: string | null;
}
