/**
 * Parameters of the Gamma-Gompertz/NBD model (Bemmaor & Glady 2012), named as in CLVTools: purchase rate
 * `λ ~ Gamma(r, alpha)` while active; lifetime Gompertz with shape `b` (per time unit) and scale
 * `η ~ Gamma(s, beta)`, so that `P(alive at t) = (beta / (beta + e^(b t) − 1))^s`. All five positive;
 * `alpha` is in the model's time unit, `b` per time unit, `r`, `s` and `beta` have no unit.
 */
export type GgomNbdParams = {
  /** Shape of the Gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate of the Gamma distribution of purchase rates, in the model's time unit. */
  readonly alpha: number;
  /** Gompertz shape (how fast the hazard of dropping out grows), per time unit. */
  readonly b: number;
  /** Shape of the Gamma distribution of the Gompertz scale `η`. */
  readonly s: number;
  /** Rate of the Gamma distribution of the Gompertz scale `η` (no unit). */
  readonly beta: number;
};
