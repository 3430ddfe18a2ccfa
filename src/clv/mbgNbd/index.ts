import { compressRfm } from '../internal/compressRfm';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { CompressedData, FittableModel, RfmCustomer } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import { conditionalExpectedPurchases } from './conditionalExpectedPurchases';
import { conditionalExpectedPurchasesCurve } from './conditionalExpectedPurchasesCurve';
import { expectedPurchases } from './expectedPurchases';
import { logLikelihood } from './logLikelihood';
import { logLikelihoodGradient } from './logLikelihoodGradient';
import { logLikelihoodOf } from './logLikelihoodOf';
import { probabilityAlive } from './probabilityAlive';
import { probabilityNoPurchase } from './probabilityNoPurchase';
import { probabilityOfPurchases } from './probabilityOfPurchases';
import type { MbgNbdParams } from './types';
import { weightedExpectedPurchases } from './weightedExpectedPurchases';

export type { MbgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/**
 * The MBG/NBD model (Batislam, Denizel & Filiztekin 2007): non-contractual purchasing in continuous time, fitted with
 * `fitModel(mbgNbd, customers)` and queried with its prediction functions.
 *
 * @remarks
 * While active, a customer buys as a Poisson process with rate `λ ~ Gamma(r, alpha)`; right after the first
 * purchase and after each repeat purchase they drop out with probability `p ~ Beta(a, b)`. Data: per-customer `{ frequency, recency, T }`
 * (repeat purchases `x`, time of the last one `t_x`, age `T`, all in one time unit). Members:
 * `logLikelihoodOf(params, customer | customers)`, `expectedPurchases(params, t)`,
 * `conditionalExpectedPurchases(params, customer | customers, t)`,
 * `conditionalExpectedPurchasesCurve(params, customers, horizons)`,
 * `weightedExpectedPurchases(params, customers, horizons, weights)`, `probabilityAlive(params, customer | customers)`,
 * `probabilityOfPurchases(params, n, t)`, `probabilityNoPurchase(params, customer | customers, t)`, and the
 * `FittableModel` members used by `fitModel` (analytic gradient, start `(1, 1, 1, 1)` on rescaled time).
 * Every prediction is computed in log space and stays finite for frequencies in the thousands.
 *
 * @example
 * ```ts
 * const params = { r: 0.525, alpha: 6.183, a: 0.891, b: 1.614 };
 * mbgNbd.expectedPurchases(params, 39); // ≈ 1.1830
 * mbgNbd.probabilityAlive(params, { frequency: 1000, recency: 10, T: 100 }); // 0
 * ```
 * @see Batislam, Denizel & Filiztekin (2007). Empirical validation and comparison of models for customer base
 * analysis. International Journal of Research in Marketing 24(3), 201–209. doi:10.1016/j.ijresmar.2006.12.005
 * @namespace
 */
export const mbgNbd = {
  /** The model name. */
  name: 'mbgNbd',
  /** Parameter names, in the order of standard errors and covariance rows. */
  parameterNames: NAMES,
  /** Which data columns and parameters scale with the time unit (used by `fitModel` for conditioning). */
  timeScale: { columns: ['recency', 'T'], parameters: ['alpha'] },
  /** Validates the data and compresses it to unique rows with counts (see `FittableModel.compress`). */
  compress: (data: readonly RfmCustomer[], fn: string): CompressedData => compressRfm(data, fn),
  /** Weighted total log-likelihood of compressed data. */
  logLikelihood,
  /** Analytic gradient of the weighted total log-likelihood in log-parameters. */
  logLikelihoodGradient,
  /** Log-likelihood and its gradient in one pass (used by `fitModel` when present). */
  logLikelihoodAndGradient: evaluateLikelihood,
  /** Starting points of the optimiser. */
  startingPoints: (): readonly MbgNbdParams[] => [{ r: 1, alpha: 1, a: 1, b: 1 }],
  /** Throws `INVALID_ARGUMENT` unless every parameter is finite and positive. */
  validateParams: (params: MbgNbdParams, fn = 'mbgNbd.validateParams'): void => validatePositiveParams(fn, params, NAMES),
  /** @function */
  logLikelihoodOf,
  /** @function */
  expectedPurchases,
  /** @function */
  conditionalExpectedPurchases,
  /** @function */
  conditionalExpectedPurchasesCurve,
  /** @function */
  weightedExpectedPurchases,
  /** @function */
  probabilityAlive,
  /** @function */
  probabilityOfPurchases,
  /** @function */
  probabilityNoPurchase,
} as const satisfies FittableModel<MbgNbdParams, readonly RfmCustomer[]> & Record<string, unknown>;
