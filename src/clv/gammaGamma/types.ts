/**
 * Parameter type of the Gamma-Gamma spend model.
 */

/**
 * Parameters of the Gamma-Gamma spend model: each transaction value `z ~ Gamma(p, ν)` (shape `p`, rate
 * `ν`), and across customers `ν ~ Gamma(q, gamma)`. `p` and `q` are dimensionless; `gamma` is in money
 * units (the population mean spend is `p · gamma/(q − 1)`). (A type alias, so that it is assignable to
 * `ModelParams`.)
 */
export type GammaGammaParams = {
  /** Shape of the Gamma distribution of one customer's transaction values. */
  readonly p: number;
  /** Shape of the Gamma distribution of the rate `ν` across customers (the mean needs `q > 1`). */
  readonly q: number;
  /** Rate parameter of the distribution of `ν`, in money units. */
  readonly gamma: number;
};
