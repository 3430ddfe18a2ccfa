import { compressRfm } from '../internal/compressRfm';
import { subsampleStart } from '../internal/subsampleStart';
import { validatePositiveParams } from '../internal/validatePositiveParams';
import type { CompressedData, FittableModel, RfmCustomer } from '../types';
import { evaluateLikelihood } from './evaluateLikelihood';
import { conditionalExpectedPurchases } from './conditionalExpectedPurchases';
import { discountedExpectedResidualTransactions } from './discountedExpectedResidualTransactions';
import { expectedPurchases } from './expectedPurchases';
import { logLikelihood } from './logLikelihood';
import { logLikelihoodGradient } from './logLikelihoodGradient';
import { logLikelihoodOf } from './logLikelihoodOf';
import { probabilityAlive } from './probabilityAlive';
import { probabilityNoPurchase } from './probabilityNoPurchase';
import { probabilityOfPurchases } from './probabilityOfPurchases';
import type { ParetoNbdParams } from './types';

export type { ParetoNbdParams } from './types';

const NAMES = ['r', 'alpha', 's', 'beta'] as const;
/** Data of this many unique rows start the optimiser from a subsample's estimate. */
const LARGE_ROWS = 20_000;

/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): non-contractual purchasing in continuous
 * time with an unobserved exponential lifetime, fitted with `fitModel(paretoNbd, customers)`.
 *
 * @remarks
 * While active, a customer buys as a Poisson process with rate `λ ~ Gamma(r, alpha)`; their lifetime is
 * exponential with rate `μ ~ Gamma(s, beta)`. Data: per-customer `{ frequency, recency, T }`. Members:
 * `logLikelihoodOf`, `expectedPurchases(params, t)`, `conditionalExpectedPurchases(params, customer | customers, t)`,
 * `probabilityAlive`, `probabilityOfPurchases(params, n, t)`,
 * `discountedExpectedResidualTransactions(params, customer | customers, delta)`,
 * `probabilityNoPurchase(params, customer | customers, t)`, and the `FittableModel`
 * members. The likelihood is 2F1-free (Gauss–Legendre in log space, docs/clv.md, "Numerics") with an analytic
 * gradient; the `(s, beta)` ridge is explored from several starting points and `fitModel` reports every run
 * (on 20,000 unique rows or more the ridge is explored on a subsample, and the full data are fitted once,
 * from the subsample's estimate).
 *
 * @example
 * ```ts
 * const params = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
 * paretoNbd.expectedPurchases(params, 39); // ≈ 1.2024
 * paretoNbd.probabilityAlive(params, { frequency: 10000, recency: 10, T: 100 }); // 0
 * ```
 * @see Schmittlein, Morrison & Colombo (1987). Counting your customers: Who are they and what will they do
 * next? Management Science 33(1), 1–24. doi:10.1287/mnsc.33.1.1
 * @namespace
 */
export const paretoNbd = {
  /** The model name. */
  name: 'paretoNbd',
  /** Parameter names, in the order of standard errors and covariance rows. */
  parameterNames: NAMES,
  /** Which data columns and parameters scale with the time unit (used by `fitModel` for conditioning). */
  timeScale: { columns: ['recency', 'T'], parameters: ['alpha', 'beta'] },
  /** Validates the data and compresses it to unique rows with counts (see `FittableModel.compress`). */
  compress: (data: readonly RfmCustomer[], fn: string): CompressedData => compressRfm(data, fn),
  /** Weighted total log-likelihood of compressed data. */
  logLikelihood,
  /** Analytic gradient of the weighted total log-likelihood in log-parameters. */
  logLikelihoodGradient,
  /** Log-likelihood and its gradient in one pass (used by `fitModel` when present). */
  logLikelihoodAndGradient: evaluateLikelihood,
  /**
   * Starting points of the optimiser: `{1, 1, 1, 1}` and `{0.5, 0.5, 2, 4}` (in rescaled time); on 20,000
   * rows or more, instead, the best estimate from both on a subsample of ~3,000 rows (`subsampleStart`):
   * one full run from near the optimum instead of two from afar.
   */
  startingPoints: (data: CompressedData): readonly ParetoNbdParams[] => {
    const fixed = [
      { r: 1, alpha: 1, s: 1, beta: 1 },
      { r: 0.5, alpha: 0.5, s: 2, beta: 4 },
    ];
    if (data.rows < LARGE_ROWS) return fixed;
    const start = subsampleStart(data, fixed, NAMES, evaluateLikelihood);
    return start === null ? fixed : [start];
  },
  /** Throws `INVALID_ARGUMENT` unless every parameter is finite and positive. */
  validateParams: (params: ParetoNbdParams, fn = 'paretoNbd.validateParams'): void => validatePositiveParams(fn, params, NAMES),
  /** @function */
  logLikelihoodOf,
  /** @function */
  expectedPurchases,
  /** @function */
  conditionalExpectedPurchases,
  /** @function */
  probabilityAlive,
  /** @function */
  probabilityOfPurchases,
  /** @function */
  discountedExpectedResidualTransactions,
  /** @function */
  probabilityNoPurchase,
} as const satisfies FittableModel<ParetoNbdParams, readonly RfmCustomer[]> & Record<string, unknown>;
