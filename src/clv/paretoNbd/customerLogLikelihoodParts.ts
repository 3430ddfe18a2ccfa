import { logGammaRatio } from '../../core/special/logGammaRatio';
import { paretoLogIntegral } from '../internal/paretoLogIntegral';
import type { ParetoNbdParams } from './types';

/**
 * Pareto/NBD log-likelihood of one customer, split as `{ head, survive, die }`: `ℓ = head + logaddexp(survive, die)`
 * where `survive = −(r+x) ln(α+T) − s ln(β+T)` and `die = ln s + ln I` (−∞ when `t_x = T`).
 * @internal
 */
export function customerLogLikelihoodParts(
  params: ParetoNbdParams,
  x: number,
  tx: number,
  T: number,
): { head: number; survive: number; die: number } {
  const { r, alpha, s, beta } = params;
  const head = (x === 0 ? 0 : logGammaRatio(r, x)) + r * Math.log(alpha) + s * Math.log(beta);
  const survive = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const die = tx < T ? Math.log(s) + paretoLogIntegral(r + x, alpha, s + 1, beta, tx, T, undefined) : Number.NEGATIVE_INFINITY;
  return { head, survive, die };
}
