import { checkCompressedRows } from '../internal/checkCompressedRows';
import type { CompressedData } from '../types';
import { bgBbRowLogLikelihood } from './bgBbRowLogLikelihood';
import type { BgBbParams } from './types';

/**
 * Weighted total BG/BB log-likelihood `Σ_k w_k ln L(α, β, γ, δ | x_k, t_x,k, n_k)` of compressed data.
 *
 * @remarks
 * The per-row likelihood is Fader, Hardie & Shang (2010), eq. 5, in log space (see
 * `bgBb.logLikelihoodOf`). O(Σ_k (n_k − t_x,k)). No argument checks: the data come from
 * `bgBb.compress` and `fitModel` keeps the parameters positive.
 *
 * @param params - `{ alpha, beta, gamma, delta }`, all > 0
 * @param data - compressed data with columns `frequency`, `recency`, `n`
 * @returns The weighted log-likelihood (≤ 0)
 * @internal
 */
export function bgBbLogLikelihood(params: BgBbParams, data: CompressedData): number {
  checkCompressedRows('bgBb.logLikelihood', data, ['frequency', 'recency', 'n'], params);
  const x = data.columns['frequency'] as Float64Array;
  const tx = data.columns['recency'] as Float64Array;
  const n = data.columns['n'] as Float64Array;
  let sum = 0;
  let compensation = 0;
  for (let k = 0; k < data.rows; k++) {
    const v = (data.weights[k] as number) * bgBbRowLogLikelihood(params, x[k] as number, tx[k] as number, n[k] as number);
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}
