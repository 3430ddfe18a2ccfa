import { compressRfm } from '../internal/compressRfm';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { CompressedData, FittableModel, RfmCustomer } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import { conditionalExpectedPurchases } from './conditionalExpectedPurchases';
import { expectedPurchases } from './expectedPurchases';
import { logLikelihood } from './logLikelihood';
import { logLikelihoodGradient } from './logLikelihoodGradient';
import { logLikelihoodOf } from './logLikelihoodOf';
import { probabilityAlive } from './probabilityAlive';
import { probabilityNoPurchase } from './probabilityNoPurchase';
import { probabilityOfPurchases } from './probabilityOfPurchases';
import type { MbgNbdParams } from './types';

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
 * `conditionalExpectedPurchases(params, customer | customers, t)`, `probabilityAlive(params, customer | customers)`,
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
 */
export const mbgNbd = {
  name: 'mbgNbd',
  parameterNames: NAMES,
  timeScale: { columns: ['recency', 'T'], parameters: ['alpha'] },
  compress: (data: readonly RfmCustomer[], fn: string): CompressedData => compressRfm(data, fn),
  logLikelihood,
  logLikelihoodGradient,
  logLikelihoodAndGradient: evaluateLikelihood,
  startingPoints: (): readonly MbgNbdParams[] => [{ r: 1, alpha: 1, a: 1, b: 1 }],
  validateParams: (params: MbgNbdParams, fn: string): void => validatePositiveParams(fn, params, NAMES),
  logLikelihoodOf,
  expectedPurchases,
  conditionalExpectedPurchases,
  probabilityAlive,
  probabilityOfPurchases,
  probabilityNoPurchase,
} as const satisfies FittableModel<MbgNbdParams, readonly RfmCustomer[]> & Record<string, unknown>;
