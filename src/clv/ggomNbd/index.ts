import { compressRfm } from '../internal/compressRfm';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { CompressedData, FittableModel, RfmCustomer } from '../types';
import { conditionalExpectedPurchases } from './conditionalExpectedPurchases';
import { discountedExpectedResidualTransactions } from './discountedExpectedResidualTransactions';
import { evaluateLikelihood } from './evaluateLikelihood';
import { expectedPurchases } from './expectedPurchases';
import { logLikelihood } from './logLikelihood';
import { logLikelihoodGradient } from './logLikelihoodGradient';
import { logLikelihoodOf } from './logLikelihoodOf';
import { probabilityAlive } from './probabilityAlive';
import type { GgomNbdParams } from './types';

export type { GgomNbdParams } from './types';

const NAMES = ['r', 'alpha', 'b', 's', 'beta'] as const;

/**
 * The Gamma-Gompertz/NBD model (Bemmaor & Glady 2012): non-contractual purchasing in continuous time with
 * a Gompertz lifetime whose hazard may grow (or stay flat) with age, fitted with `fitModel(ggomNbd, customers)`.
 *
 * @remarks
 * While active, a customer buys as a Poisson process with rate `λ ~ Gamma(r, alpha)`. Their lifetime is
 * Gompertz, `P(τ > t | η) = exp(−η (e^{bt} − 1))`, with the scale `η ~ Gamma(s, beta)` across customers,
 * so `P(τ > t) = (beta/(beta + e^{bt} − 1))^s`. As `b → 0` with `beta/b = β_P` fixed this is the Pareto/NBD
 * lifetime `(β_P/(β_P + t))^s`; `beta = 1` gives an exponential lifetime with one rate `s·b` for everyone.
 * Parameters are named as in CLVTools (`r, alpha, b, s, beta`); `alpha` is in the data's time unit and `b`
 * per time unit. Data: per-customer `{ frequency, recency, T }`. Members: `logLikelihoodOf`,
 * `probabilityAlive`, `expectedPurchases(params, t)`, `conditionalExpectedPurchases(params, customer | customers, t)`,
 * `discountedExpectedResidualTransactions(params, customer | customers, delta)`, and the `FittableModel`
 * members (gradient by differentiating under the integral, two starting points). The lifetime integral
 * has no closed form and is computed by adaptive Gauss–Kronrod quadrature in log space (docs/clv.md,
 * "Gamma-Gompertz/NBD"). On data whose dropout shows no ageing (such as CDNOW) the estimate runs to the
 * Pareto/NBD boundary `b, beta → 0`, and `fitModel` reports `b` and `beta` in `boundary`.
 *
 * @example
 * ```ts
 * const params = { r: 0.553, alpha: 10.578, b: 0.0002, s: 0.603, beta: 0.0026 };
 * ggomNbd.expectedPurchases(params, 39); // ≈ 1.2555
 * ggomNbd.probabilityAlive(params, { frequency: 10000, recency: 10, T: 100 }); // 0
 * ```
 * @see Bemmaor & Glady (2012). Modeling purchasing behavior with sudden "death": A flexible customer
 * lifetime model. Management Science 58(5), 1012–1021. doi:10.1287/mnsc.1110.1461
 * @namespace
 */
export const ggomNbd = {
  /** The model name. */
  name: 'ggomNbd',
  /** Parameter names, in the order of standard errors and covariance rows. */
  parameterNames: NAMES,
  /**
   * Which data columns and parameters scale with the time unit (used by `fitModel` for conditioning):
   * `alpha` scales like the times, `b` inversely (only `b t` appears); `r`, `s` and `beta` have no unit.
   */
  timeScale: { columns: ['recency', 'T'], parameters: ['alpha'], inverseParameters: ['b'] },
  /** Validates the data and compresses it to unique rows with counts (see `FittableModel.compress`). */
  compress: (data: readonly RfmCustomer[], fn: string): CompressedData => compressRfm(data, fn),
  /** Weighted total log-likelihood of compressed data. */
  logLikelihood,
  /** Gradient of the weighted total log-likelihood in log-parameters. */
  logLikelihoodGradient,
  /** Log-likelihood and its gradient in one pass (used by `fitModel` when present). */
  logLikelihoodAndGradient: evaluateLikelihood,
  /**
   * Starting points of the optimiser, in rescaled time (the longest `T` is 1): `{1, 1, 1, 1, 1}` and a
   * Pareto/NBD-like point `{0.5, 0.5, 0.1, 1, 0.05}` (`beta/b = 0.5`).
   */
  startingPoints: (_data: CompressedData): readonly GgomNbdParams[] => [
    { r: 1, alpha: 1, b: 1, s: 1, beta: 1 },
    { r: 0.5, alpha: 0.5, b: 0.1, s: 1, beta: 0.05 },
  ],
  /** Throws `INVALID_ARGUMENT` unless every parameter is finite and positive. */
  validateParams: (params: GgomNbdParams, fn: string): void => validatePositiveParams(fn, params, NAMES),
  /** @function */
  logLikelihoodOf,
  /** @function */
  expectedPurchases,
  /** @function */
  conditionalExpectedPurchases,
  /** @function */
  probabilityAlive,
  /** @function */
  discountedExpectedResidualTransactions,
} as const satisfies FittableModel<GgomNbdParams, readonly RfmCustomer[]> & Record<string, unknown>;
