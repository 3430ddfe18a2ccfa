/**
 * Parameters of the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): purchase rate
 * `λ ~ Gamma(r, alpha)` and dropout rate `μ ~ Gamma(s, beta)` (shapes `r`, `s`; rates `alpha`, `beta` in
 * the model's time unit). All four positive.
 */
export type ParetoNbdParams = {
  /** Shape of the Gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate (per time unit) of the Gamma distribution of purchase rates. */
  readonly alpha: number;
  /** Shape of the Gamma distribution of dropout rates. */
  readonly s: number;
  /** Rate (per time unit) of the Gamma distribution of dropout rates. */
  readonly beta: number;
};
