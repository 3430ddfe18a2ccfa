import { compressRfm } from '../internal/compressRfm';
import { subsampleStart } from '../internal/subsampleStart';
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
import type { BgNbdParams } from './types';
import { weightedExpectedPurchases } from './weightedExpectedPurchases';

export type { BgNbdParams } from './types';

const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/**
 * The BG/NBD model (Fader, Hardie & Lee 2005): non-contractual purchasing in continuous time, fitted with
 * `fitModel(bgNbd, customers)` and queried with its prediction functions.
 *
 * @remarks
 * While active, a customer buys as a Poisson process with rate `λ ~ Gamma(r, alpha)`; after each repeat
 * purchase they drop out with probability `p ~ Beta(a, b)`. Data: per-customer `{ frequency, recency, T }`
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
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * bgNbd.expectedPurchases(params, 39); // ≈ 1.1967
 * bgNbd.probabilityAlive(params, { frequency: 1000, recency: 10, T: 100 }); // 0
 * ```
 * @see Fader, Hardie & Lee (2005). "Counting your customers" the easy way: An alternative to the
 * Pareto/NBD model. Marketing Science 24(2), 275–284. doi:10.1287/mksc.1040.0098
 * @namespace
 */
export const bgNbd = {
  /** The model name. */
  name: 'bgNbd',
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
  /**
   * Starting point of the optimiser: `{1, 1, 1, 1}` (in rescaled time), or on 20,000 unique rows or more
   * the estimate from it on a subsample of ~3,000 rows (`subsampleStart`: fewer passes over all the data).
   */
  startingPoints: (data: CompressedData): readonly BgNbdParams[] => {
    const fixed = [{ r: 1, alpha: 1, a: 1, b: 1 }];
    if (data.rows < 20_000) return fixed;
    const start = subsampleStart(data, fixed, NAMES, evaluateLikelihood);
    return start === null ? fixed : [start];
  },
  /** Throws `INVALID_ARGUMENT` unless every parameter is finite and positive. */
  validateParams: (params: BgNbdParams, fn = 'bgNbd.validateParams'): void => validatePositiveParams(fn, params, NAMES),
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
} as const satisfies FittableModel<BgNbdParams, readonly RfmCustomer[]> & Record<string, unknown>;
