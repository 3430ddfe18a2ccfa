import { checkCompressedRows } from '../internal/checkCompressedRows';
import { compressSbg } from '../shiftedBetaGeometric/compressSbg';
import type { CohortActiveCounts, CompressedData, FittableModel } from '../types';
import { bdwChurnProbability } from './bdwChurnProbability';
import { bdwDiscountedExpectedLifetime } from './bdwDiscountedExpectedLifetime';
import { bdwDiscountedExpectedResidualLifetime } from './bdwDiscountedExpectedResidualLifetime';
import { bdwExpectedLifetime } from './bdwExpectedLifetime';
import { bdwLogLikelihood } from './bdwLogLikelihood';
import { bdwRetentionRate } from './bdwRetentionRate';
import { bdwSurvival } from './bdwSurvival';
import { bdwSurvivalCurve } from './bdwSurvivalCurve';
import type { BdwParams } from './types';
import { validateBdwParams } from './validateBdwParams';

export type { BdwParams, BdwExpectedLifetime } from './types';

/**
 * The beta-discrete-Weibull (BdW) model of contractual retention with duration dependence (Fader, Hardie,
 * Liu, Davin & Steenburgh 2018): fit it to a cohort's active counts with `fitModel`, then project survival,
 * retention and (discounted) lifetimes.
 *
 * @remarks
 * Each customer's churn probability `θ ~ Beta(alpha, beta)` across customers, as in the sBG model, but a
 * customer active after `t` periods has survived with probability `(1 − θ)^(t^c)`: the individual churn
 * probability of period `t`, `1 − (1 − θ)^(t^c − (t−1)^c)`, falls with tenure when `c < 1` and rises when
 * `c > 1`. So `S(t) = B(alpha, beta + t^c)/B(alpha, beta)`; `c = 1` is the shifted-beta-geometric model.
 * Data: the number of a cohort's customers active at the start of each period, starting with the cohort
 * size (`CohortActiveCounts`, e.g. `[1000, 631, 468, 382, 326]`), the same as `shiftedBetaGeometric`. One
 * period is the contract period; discount rates passed to the value functions are per period.
 *
 * Members: `churnProbability(params, t | ts)` (`P(T=t)`), `survival(params, t | ts)` (`S(t)`),
 * `retentionRate(params, t | ts)` (`r_t`), `survivalCurve(params, periods)`, `expectedLifetime(params)`
 * (`null` with a reason when infinite, `alpha · c ≤ 1`), `discountedExpectedLifetime(params, d)` (DEL),
 * `discountedExpectedResidualLifetime(params, renewals, d)` (DERL), and the `FittableModel` members.
 *
 * @example
 * ```ts
 * const fit = fitModel(betaDiscreteWeibull, [1000, 631, 468, 382, 326, 289, 262, 241]);
 * fit.params.c; // ≈ 1.28 (> 1: each customer's churn probability rises with tenure)
 * betaDiscreteWeibull.survivalCurve(fit.params, 12).survival; // projected S(0) … S(12)
 * ```
 * @see Fader, P. S., Hardie, B. G. S., Liu, Y., Davin, J. & Steenburgh, T. (2018). "How to project customer
 * retention" revisited: the role of duration dependence. Journal of Interactive Marketing 43, 1–16.
 * https://doi.org/10.1016/j.intmar.2018.01.002
 * @namespace
 */
export const betaDiscreteWeibull = {
  /** The model name. */
  name: 'betaDiscreteWeibull',
  /** Parameter names, in the order of standard errors and covariance rows. */
  parameterNames: ['alpha', 'beta', 'c'],
  /** Which data columns and parameters scale with the time unit (used by `fitModel` for conditioning). */
  timeScale: { columns: [], parameters: [] },
  /** Validates the data and compresses it to unique rows with counts (see `FittableModel.compress`). */
  compress: (data: CohortActiveCounts, fn: string): CompressedData => compressSbg(data, fn),
  /** Weighted total log-likelihood of compressed data. */
  logLikelihood: bdwLogLikelihood,
  /** Starting points of the optimiser. */
  startingPoints: (data: CompressedData): readonly BdwParams[] => {
    // The sBG moment start (first-period churn share α/(α+β) with α = 1) at c = 1, and with c below and above 1.
    checkCompressedRows('betaDiscreteWeibull.startingPoints', data, ['period', 'censored']);
    const period = data.columns['period'] as Float64Array;
    const censored = data.columns['censored'] as Float64Array;
    let first = 0;
    for (let k = 0; k < data.rows; k++) if (period[k] === 1 && censored[k] === 0) first += data.weights[k] as number;
    const share = Math.min(0.99, Math.max(0.01, first / data.total));
    const beta = (1 - share) / share;
    return [
      { alpha: 1, beta, c: 1 },
      { alpha: 1, beta, c: 0.5 },
      { alpha: 1, beta, c: 2 },
    ];
  },
  /** Throws `INVALID_ARGUMENT` unless every parameter is finite and positive. */
  validateParams: validateBdwParams,
  /** @function */
  churnProbability: bdwChurnProbability,
  /** @function */
  survival: bdwSurvival,
  /** @function */
  retentionRate: bdwRetentionRate,
  /** @function */
  survivalCurve: bdwSurvivalCurve,
  /** @function */
  expectedLifetime: bdwExpectedLifetime,
  /** @function */
  discountedExpectedLifetime: bdwDiscountedExpectedLifetime,
  /** @function */
  discountedExpectedResidualLifetime: bdwDiscountedExpectedResidualLifetime,
} as const satisfies FittableModel<BdwParams, CohortActiveCounts> & Record<string, unknown>;
