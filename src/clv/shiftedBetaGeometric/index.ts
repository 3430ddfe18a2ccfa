import { checkCompressedRows } from '../internal/checkCompressedRows';
import type { CohortActiveCounts, CompressedData, FittableModel } from '../types';
import { compressSbg } from './compressSbg';
import { sbgChurnProbability } from './sbgChurnProbability';
import { sbgDiscountedExpectedLifetime } from './sbgDiscountedExpectedLifetime';
import { sbgDiscountedExpectedResidualLifetime } from './sbgDiscountedExpectedResidualLifetime';
import { sbgExpectedLifetime } from './sbgExpectedLifetime';
import { sbgLogLikelihood } from './sbgLogLikelihood';
import { sbgRetentionRate } from './sbgRetentionRate';
import { sbgSurvival } from './sbgSurvival';
import { sbgSurvivalCurve } from './sbgSurvivalCurve';
import type { SbgParams } from './types';
import { validateSbgParams } from './validateSbgParams';

export type { SbgParams, SbgExpectedLifetime } from './types';

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader & Hardie 2007): fit it to a
 * cohort's active counts with `fitModel`, then project survival, retention and (discounted) lifetimes.
 *
 * @remarks
 * Each customer renews at the end of every period with probability `1 − θ`, `θ ~ Beta(alpha, beta)` across
 * customers; the lifetime `T` (period of churn) is shifted-geometric given `θ`. Data: the number of a
 * cohort's customers active at the start of each period, starting with the cohort size
 * (`CohortActiveCounts`, e.g. `[1000, 631, 468, 382, 326]`). One period is the contract period;
 * discount rates passed to the value functions are per period.
 *
 * Members: `churnProbability(params, t | ts)` (`P(T=t)`), `survival(params, t | ts)` (`S(t)`),
 * `retentionRate(params, t | ts)` (`r_t`), `survivalCurve(params, periods)`, `expectedLifetime(params)`
 * (`null` with a reason when infinite), `discountedExpectedLifetime(params, d)` (DEL, value at
 * acquisition), `discountedExpectedResidualLifetime(params, renewals, d)` (DERL, existing customer), and
 * the `FittableModel` members.
 *
 * @example
 * ```ts
 * const fit = fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326]);
 * shiftedBetaGeometric.survivalCurve(fit.params, 12).survival; // projected S(0) … S(12)
 * ```
 * @see Fader, P. S. & Hardie, B. G. S. (2007). How to project customer retention. Journal of Interactive
 * Marketing 21(1), 76–90. https://doi.org/10.1002/dir.20074
 * @see Fader, P. S. & Hardie, B. G. S. (2010). Customer-base valuation in a contractual setting: the perils
 * of ignoring heterogeneity. Marketing Science 29(1), 85–93. https://doi.org/10.1287/mksc.1080.0482
 * @namespace
 */
export const shiftedBetaGeometric = {
  /** The model name. */
  name: 'shiftedBetaGeometric',
  /** Parameter names, in the order of standard errors and covariance rows. */
  parameterNames: ['alpha', 'beta'],
  /** Which data columns and parameters scale with the time unit (used by `fitModel` for conditioning). */
  timeScale: { columns: [], parameters: [] },
  /** Validates the data and compresses it to unique rows with counts (see `FittableModel.compress`). */
  compress: (data: CohortActiveCounts, fn: string): CompressedData => compressSbg(data, fn),
  /** Weighted total log-likelihood of compressed data. */
  logLikelihood: sbgLogLikelihood,
  /** Starting points of the optimiser. */
  startingPoints: (data: CompressedData): readonly SbgParams[] => {
    // Moment start: the first-period churn share equals α/(α+β); with α = 1 that fixes β.
    checkCompressedRows('shiftedBetaGeometric.startingPoints', data, ['period', 'censored']);
    const period = data.columns['period'] as Float64Array;
    const censored = data.columns['censored'] as Float64Array;
    let first = 0;
    for (let k = 0; k < data.rows; k++) if (period[k] === 1 && censored[k] === 0) first += data.weights[k] as number;
    const share = Math.min(0.99, Math.max(0.01, first / data.total));
    return [
      { alpha: 1, beta: (1 - share) / share },
      { alpha: 1, beta: 1 },
    ];
  },
  /** Throws `INVALID_ARGUMENT` unless every parameter is finite and positive. */
  validateParams: validateSbgParams,
  /** @function */
  churnProbability: sbgChurnProbability,
  /** @function */
  survival: sbgSurvival,
  /** @function */
  retentionRate: sbgRetentionRate,
  /** @function */
  survivalCurve: sbgSurvivalCurve,
  /** @function */
  expectedLifetime: sbgExpectedLifetime,
  /** @function */
  discountedExpectedLifetime: sbgDiscountedExpectedLifetime,
  /** @function */
  discountedExpectedResidualLifetime: sbgDiscountedExpectedResidualLifetime,
} as const satisfies FittableModel<SbgParams, CohortActiveCounts> & Record<string, unknown>;
