/**
 * Parameters of the MBG/NBD model (Batislam, Denizel & Filiztekin 2007): purchase rate
 * `λ ~ Gamma(r, alpha)` (rate `alpha` per time unit) and dropout probability `p ~ Beta(a, b)`, tossed at the
 * first purchase and after every repeat purchase. All four positive.
 */
export type MbgNbdParams = {
  /** Shape of the Gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate (per time unit) of the Gamma distribution of purchase rates. */
  readonly alpha: number;
  /** First shape of the Beta distribution of dropout probabilities. */
  readonly a: number;
  /** Second shape of the Beta distribution of dropout probabilities. */
  readonly b: number;
};
