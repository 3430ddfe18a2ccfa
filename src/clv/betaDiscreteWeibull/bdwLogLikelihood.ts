import { log1mExp } from '../../core/special/log1mExp';
import { logBeta } from '../../core/special/logBeta';
import { checkCompressedRows } from '../internal/checkCompressedRows';
import type { CompressedData } from '../types';
import { bdwLogRetention } from './internal/bdwLogRetention';
import { bdwLogSurvival } from './internal/bdwLogSurvival';
import type { BdwParams } from './types';

/**
 * Weighted BdW log-likelihood `Σ_t n_t ln P(T=t) + N_k ln S(k)` of compressed cohort data (Fader et al.
 * 2018), with `S(t) = B(α, β+t^c)/B(α,β)` and `P(T=t) = S(t−1)(1 − r_t)`, all in log space
 * (`ln(1 − r_t)` by `log1mExp` of the cancellation-free `ln r_t`). O(rows). @internal
 */
export function bdwLogLikelihood(params: BdwParams, data: CompressedData): number {
  checkCompressedRows('betaDiscreteWeibull.logLikelihood', data, ['period', 'censored'], params);
  const { alpha, beta, c } = params;
  const lb = logBeta(alpha, beta);
  const period = data.columns['period'] as Float64Array;
  const censored = data.columns['censored'] as Float64Array;
  let sum = 0;
  for (let k = 0; k < data.rows; k++) {
    const t = period[k] as number;
    const ll =
      censored[k] === 1
        ? bdwLogSurvival(alpha, beta, c, lb, t)
        : bdwLogSurvival(alpha, beta, c, lb, t - 1) + log1mExp(bdwLogRetention(alpha, beta, c, t));
    sum += (data.weights[k] as number) * ll;
  }
  return sum;
}
