import { logBeta } from '../../core/special/logBeta';
import { checkCompressedRows } from '../internal/checkCompressedRows';
import type { CompressedData } from '../types';
import type { SbgParams } from './types';

/**
 * Weighted sBG log-likelihood `Σ_t n_t ln P(T=t) + N_k ln S(k)` of compressed cohort data (Fader &
 * Hardie 2007, eq. 5), with `P(T=t) = B(α+1, β+t−1)/B(α,β)` and `S(t) = B(α, β+t)/B(α,β)` in log space.
 * O(rows). @internal
 */
export function sbgLogLikelihood(params: SbgParams, data: CompressedData): number {
  checkCompressedRows('shiftedBetaGeometric.logLikelihood', data, ['period', 'censored'], params);
  const { alpha, beta } = params;
  const lb = logBeta(alpha, beta);
  const period = data.columns['period'] as Float64Array;
  const censored = data.columns['censored'] as Float64Array;
  let sum = 0;
  for (let k = 0; k < data.rows; k++) {
    const t = period[k] as number;
    const ll = censored[k] === 1 ? logBeta(alpha, beta + t) - lb : logBeta(alpha + 1, beta + (t - 1)) - lb;
    sum += (data.weights[k] as number) * ll;
  }
  return sum;
}
