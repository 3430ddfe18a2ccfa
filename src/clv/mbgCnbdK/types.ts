import type { RfmCustomer } from '../types';

/**
 * The continuous parameters of the MBG/CNBD-k model (Platzer & Reutterer 2016) for a fixed regularity
 * `k`: purchase rate `λ ~ Gamma(r, alpha)` (rate `alpha` per time unit; inter-purchase times of an active
 * customer are Erlang-k with rate `λ`, mean `k/λ`) and dropout probability `p ~ Beta(a, b)`, tossed at the
 * first purchase and after every repeat purchase. All four positive. The regularity `k` belongs to the
 * model object (`mbgCnbdK(k)`), not to these parameters.
 */
export type MbgCnbdKParams = {
  /** Shape of the Gamma distribution of purchase rates. */
  readonly r: number;
  /** Rate (per time unit) of the Gamma distribution of purchase rates. */
  readonly alpha: number;
  /** First shape of the Beta distribution of dropout probabilities. */
  readonly a: number;
  /** Second shape of the Beta distribution of dropout probabilities. */
  readonly b: number;
};

/**
 * One customer as the MBG/CNBD-k model sees it: `{ frequency, recency, T }` plus `litt`, the sum of the
 * logarithms of the customer's `frequency` inter-purchase times in the same time unit (0 when
 * `frequency` is 0). `summarizeTimingRegularity` and `withTimingRegularity` of `clientele/time` compute it.
 * `litt` only shifts the log-likelihood by `(k−1)·litt`, so it is needed for `k > 1` and ignored for `k = 1`.
 */
export interface TimingCustomer extends RfmCustomer {
  /** `Σ ln(t_j − t_{j−1})` over the repeat purchases, in model time units; 0 when `frequency` is 0. */
  readonly litt?: number;
}
