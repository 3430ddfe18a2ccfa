/**
 * Parameters of the BG/NBD model (Fader, Hardie & Lee 2005): purchase rate `λ ~ Gamma(r, alpha)` (shape
 * `r`, rate `alpha` per time unit) and dropout probability after each repeat purchase `p ~ Beta(a, b)`.
 * All four are positive; `alpha` is in the model's time unit.
 */
export type BgNbdParams = {
  /** Shape of the Gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate (per time unit) of the Gamma distribution of purchase rates. */
  readonly alpha: number;
  /** First shape of the Beta distribution of dropout probabilities. */
  readonly a: number;
  /** Second shape of the Beta distribution of dropout probabilities. */
  readonly b: number;
};
