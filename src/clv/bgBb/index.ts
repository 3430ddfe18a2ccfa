import type { CompressedData, DiscreteCustomer, FittableModel } from '../types';
import { bgBbConditionalExpectedPurchases } from './bgBbConditionalExpectedPurchases';
import { bgBbLogLikelihoodOf } from './bgBbLogLikelihoodOf';
import { bgBbDiscountedExpectedResidualPurchases } from './bgBbDiscountedExpectedResidualPurchases';
import { bgBbExpectedPurchases } from './bgBbExpectedPurchases';
import { bgBbLogLikelihood } from './bgBbLogLikelihood';
import { bgBbProbabilityAlive } from './bgBbProbabilityAlive';
import { bgBbProbabilityOfPurchases } from './bgBbProbabilityOfPurchases';
import { compressBgBb } from './compressBgBb';
import type { BgBbParams } from './types';
import { validateBgBbParams } from './validateBgBbParams';

export type { BgBbParams } from './types';

/**
 * The BG/BB model (beta-geometric/beta-Bernoulli; Fader, Hardie & Shang 2010) for non-contractual
 * purchases at discrete opportunities (annual donations, weekly sessions): fit it with `fitModel`, then
 * predict with its functions.
 *
 * @remarks
 * While alive, a customer buys at each opportunity with probability `p ~ Beta(alpha, beta)`; before each
 * opportunity an alive customer dies with probability `θ ~ Beta(gamma, delta)`. Data are
 * `DiscreteCustomer` rows `(frequency x, recency t_x, n)`, usually a recency/frequency table with
 * counts in `weight`. The model has no continuous time unit (`timeScale` is empty): `n` counts
 * opportunities.
 *
 * Members: `logLikelihoodOf(params, customer | customers)`, `probabilityAlive(params, customer | customers)`
 * (alive at `n+1`), `expectedPurchases(params, n | ns)` (`E[X(n)]`), `probabilityOfPurchases(params, x | xs, n)`
 * (`P(X(n)=x)`), `conditionalExpectedPurchases(params, customer | customers, nStar)`
 * (`E[X(n, n+n*) | history]`), `discountedExpectedResidualPurchases(params, customer | customers, d)`
 * (`DERT(d)`), and the `FittableModel` members.
 *
 * @example
 * ```ts
 * const fit = fitModel(bgBb, [
 *   { frequency: 6, recency: 6, n: 6, weight: 1203 },
 *   { frequency: 0, recency: 0, n: 6, weight: 3464 },
 *   // ... the other cells of the recency/frequency table
 * ]);
 * bgBb.conditionalExpectedPurchases(fit.params, { frequency: 3, recency: 4, n: 6 }, 5);
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Shang, J. (2010). Customer-base analysis in a discrete-time
 * noncontractual setting. Marketing Science 29(6), 1086–1108. https://doi.org/10.1287/mksc.1100.0580
 * @namespace
 */
export const bgBb = {
  /** The model name. */
  name: 'bgBb',
  /** Parameter names, in the order of standard errors and covariance rows. */
  parameterNames: ['alpha', 'beta', 'gamma', 'delta'],
  /** Which data columns and parameters scale with the time unit (used by `fitModel` for conditioning). */
  timeScale: { columns: [], parameters: [] },
  /** Validates the data and compresses it to unique rows with counts (see `FittableModel.compress`). */
  compress: (data: readonly DiscreteCustomer[], fn: string): CompressedData => compressBgBb(data, fn),
  /** Weighted total log-likelihood of compressed data. */
  logLikelihood: bgBbLogLikelihood,
  /** Starting points of the optimiser. */
  startingPoints: (): readonly BgBbParams[] => [
    { alpha: 1, beta: 1, gamma: 1, delta: 1 },
    { alpha: 0.5, beta: 2, gamma: 0.5, delta: 2 },
  ],
  /** Throws `INVALID_ARGUMENT` unless every parameter is finite and positive. */
  validateParams: validateBgBbParams,
  /** @function */
  logLikelihoodOf: bgBbLogLikelihoodOf,
  /** @function */
  probabilityAlive: bgBbProbabilityAlive,
  /** @function */
  expectedPurchases: bgBbExpectedPurchases,
  /** @function */
  probabilityOfPurchases: bgBbProbabilityOfPurchases,
  /** @function */
  conditionalExpectedPurchases: bgBbConditionalExpectedPurchases,
  /** @function */
  discountedExpectedResidualPurchases: bgBbDiscountedExpectedResidualPurchases,
} as const satisfies FittableModel<BgBbParams, readonly DiscreteCustomer[]> & Record<string, unknown>;
