/**
 * Parameter type of the BG/BB model.
 */

/**
 * Parameters of the BG/BB model: the purchase probability `p ~ Beta(alpha, beta)` and the per-opportunity
 * dropout probability `θ ~ Beta(gamma, delta)` (here `delta` is a beta shape, not a discount rate). All
 * four are dimensionless positive numbers. (A type alias, so that it is assignable to `ModelParams`.)
 */
export type BgBbParams = {
  /** First shape of the Beta distribution of the purchase probability `p`. */
  readonly alpha: number;
  /** Second shape of the Beta distribution of the purchase probability `p`. */
  readonly beta: number;
  /** First shape of the Beta distribution of the dropout probability `θ`. */
  readonly gamma: number;
  /** Second shape of the Beta distribution of the dropout probability `θ`. */
  readonly delta: number;
};
