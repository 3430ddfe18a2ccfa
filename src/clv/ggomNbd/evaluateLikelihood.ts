import type { CompressedData } from '../types';
import { customerLogLikelihoodParts } from './customerLogLikelihoodParts';
import type { GgomNbdParams } from './types';

const ROW_GRADIENT = new Float64Array(5);

/**
 * Weighted total Gamma-Gompertz/NBD log-likelihood `Σ_k w_k ℓ_k` of compressed data, and optionally its
 * gradient with respect to `θ = ln(r, alpha, b, s, beta)` written into `gradient`.
 *
 * @remarks
 * One adaptive quadrature per unique row (`customerLogLikelihoodParts`); the gradient differentiates
 * under the integral sign with the same nodes, so it costs a few multiplications per node.
 * @internal
 */
export function evaluateLikelihood(params: GgomNbdParams, data: CompressedData, gradient: Float64Array | undefined): number {
  const xs = data.columns.frequency as Float64Array;
  const txs = data.columns.recency as Float64Array;
  const Ts = data.columns.T as Float64Array;
  const ws = data.weights;
  if (gradient !== undefined) gradient.fill(0, 0, 5);
  let total = 0;
  let compensation = 0;
  for (let i = 0; i < data.rows; i++) {
    const w = ws[i] as number;
    if (w === 0) continue;
    const parts = customerLogLikelihoodParts(params, xs[i] as number, txs[i] as number, Ts[i] as number, gradient === undefined ? undefined : ROW_GRADIENT);
    const high = Math.max(parts.survive, parts.die);
    const term = w * (parts.head + high + Math.log1p(Math.exp(Math.min(parts.survive, parts.die) - high)));
    const next = total + term;
    compensation += Math.abs(total) >= Math.abs(term) ? total - next + term : term - next + total;
    total = next;
    if (gradient !== undefined) for (let j = 0; j < 5; j++) gradient[j] = (gradient[j] as number) + w * (ROW_GRADIENT[j] as number);
  }
  return total + compensation;
}
