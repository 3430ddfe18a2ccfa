/**
 * Parameter and result types of the beta-discrete-Weibull (BdW) model.
 */

/**
 * Parameters of the beta-discrete-Weibull model: the churn probability `θ ~ Beta(alpha, beta)` across
 * customers (as in the sBG model) and the duration-dependence exponent `c` (`c < 1`: a customer's churn
 * probability falls with tenure, `c > 1`: it rises, `c = 1`: constant, the sBG model). Dimensionless
 * positive numbers. (A type alias, so that it is assignable to `ModelParams`.)
 */
export type BdwParams = {
  /** First shape of the Beta distribution of the churn probability `θ`. */
  readonly alpha: number;
  /** Second shape of the Beta distribution of the churn probability `θ`. */
  readonly beta: number;
  /** Duration-dependence exponent of the discrete Weibull: `S(t | θ) = (1 − θ)^(t^c)`. */
  readonly c: number;
};

/**
 * Expected lifetime of a new customer under the BdW model. When `alpha · c ≤ 1` the mean is infinite:
 * both numbers are then `null` and `reason` says why (never a negative or non-finite number).
 */
export interface BdwExpectedLifetime {
  /** `E[T] = Σ_{t≥0} S(t)` periods, counting the first period (`null` when infinite or not computable). */
  readonly periods: number | null;
  /** Expected number of renewals `E[T] − 1` (`null` when `periods` is). */
  readonly renewals: number | null;
  /** `true` when the expectation is finite (`alpha · c > 1`). */
  readonly finite: boolean;
  /** Why `periods` is `null`, or `null` when it is a number. */
  readonly reason: string | null;
}
