import type { CompressedData, FittableModel, SpendCustomer } from '../types';
import { compressGammaGamma } from './compressGammaGamma';
import { evaluateGammaGammaLikelihood } from './evaluateGammaGammaLikelihood';
import { gammaGammaConditionalExpectedSpend } from './gammaGammaConditionalExpectedSpend';
import { gammaGammaLogLikelihoodOf } from './gammaGammaLogLikelihoodOf';
import { gammaGammaFrequencySpendCorrelation } from './gammaGammaFrequencySpendCorrelation';
import { gammaGammaLogLikelihood } from './gammaGammaLogLikelihood';
import { gammaGammaLogLikelihoodGradient } from './gammaGammaLogLikelihoodGradient';
import { gammaGammaMeanSpend } from './gammaGammaMeanSpend';
import type { GammaGammaParams } from './types';
import { validateGammaGammaParams } from './validateGammaGammaParams';

export type { GammaGammaParams } from './types';
export type { FrequencySpendCorrelation } from './gammaGammaFrequencySpendCorrelation';

/**
 * The Gamma-Gamma model of spend per transaction (Colombo & Jiang 1999; Fader, Hardie & Lee 2005b): fit it
 * to repeat buyers' `(frequency, monetaryValue)` with `fitModel`, then predict each customer's expected
 * spend per future transaction.
 *
 * @remarks
 * A customer's transaction values are `Gamma(p, ν)`, so their mean is `p/ν`; across customers
 * `ν ~ Gamma(q, gamma)`. Fit only on repeat buyers (`frequency ≥ 1`, `monetaryValue > 0` = mean of the
 * repeat purchases, first purchase excluded); check the independence of frequency and spend with
 * `frequencySpendCorrelation` first. `gamma` is in money units; there is no time unit.
 *
 * Members: `logLikelihoodOf(params, customer | customers)`, `conditionalExpectedSpend(params,
 * customer | customers)` (`E[M | x, m]`), `meanSpend(params)` (`pγ/(q−1)`),
 * `frequencySpendCorrelation(customers)`, and the `FittableModel` members.
 *
 * @example
 * ```ts
 * const repeat = summary.filter((c) => c.frequency > 0);
 * const fit = fitModel(gammaGamma, repeat); // CDNOW sample: p ≈ 6.25, q ≈ 3.74, gamma ≈ 15.44
 * gammaGamma.conditionalExpectedSpend(fit.params, summary);
 * ```
 * @see Fader, P. S., Hardie, B. G. S. & Lee, K. L. (2005). RFM and CLV: using iso-value curves for customer
 * base analysis. Journal of Marketing Research 42(4), 415–430. https://doi.org/10.1509/jmkr.2005.42.4.415
 * @see Fader, P. S. & Hardie, B. G. S. (2013). The Gamma-Gamma model of monetary value. Technical note,
 * http://brucehardie.com/notes/025/
 * @see Colombo, R. & Jiang, W. (1999). A stochastic RFM model. Journal of Interactive Marketing 13(3), 2–12.
 * @namespace
 */
export const gammaGamma = {
  /** The model name. */
  name: 'gammaGamma',
  /** Parameter names, in the order of standard errors and covariance rows. */
  parameterNames: ['p', 'q', 'gamma'],
  /** Which data columns and parameters scale with the time unit (used by `fitModel` for conditioning). */
  timeScale: { columns: [], parameters: [] },
  /** Validates the data and compresses it to unique rows with counts (see `FittableModel.compress`). */
  compress: (data: readonly SpendCustomer[], fn: string): CompressedData => compressGammaGamma(data, fn),
  /** Weighted total log-likelihood of compressed data. */
  logLikelihood: gammaGammaLogLikelihood,
  /** Analytic gradient of the weighted total log-likelihood in log-parameters. */
  logLikelihoodGradient: gammaGammaLogLikelihoodGradient,
  /** Log-likelihood and its gradient in one pass (used by `fitModel` when present). */
  logLikelihoodAndGradient: evaluateGammaGammaLikelihood,
  /** Starting points of the optimiser. */
  startingPoints: (data: CompressedData): readonly GammaGammaParams[] => {
    // Moment start: with p = 1, q = 2 the population mean p·gamma/(q − 1) equals the weighted mean spend.
    const m = data.columns['monetaryValue'] as Float64Array;
    let s = 0;
    for (let k = 0; k < data.rows; k++) s += (data.weights[k] as number) * (m[k] as number);
    const mean = s / data.total;
    return [
      { p: 1, q: 2, gamma: mean > 0 && Number.isFinite(mean) ? mean : 1 },
      { p: 1, q: 1, gamma: 1 },
    ];
  },
  /** Throws `INVALID_ARGUMENT` unless every parameter is finite and positive. */
  validateParams: validateGammaGammaParams,
  /** @function */
  logLikelihoodOf: gammaGammaLogLikelihoodOf,
  /** @function */
  conditionalExpectedSpend: gammaGammaConditionalExpectedSpend,
  /** @function */
  meanSpend: gammaGammaMeanSpend,
  /** @function */
  frequencySpendCorrelation: gammaGammaFrequencySpendCorrelation,
} as const satisfies FittableModel<GammaGammaParams, readonly SpendCustomer[]> & Record<string, unknown>;
