import { logGammaRatio } from '../../core/special/logGammaRatio';
import type { BgNbdParams } from './types';

/**
 * BG/NBD log-likelihood of one customer `(x, t_x, T)` (Fader, Hardie & Lee 2005a), in log space throughout.
 * @internal
 */
export function customerLogLikelihood(params: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const a1 = (x === 0 ? 0 : logGammaRatio(r, x)) + r * Math.log(alpha);
  const a2 = x === 0 ? 0 : logGammaRatio(b, x) - logGammaRatio(a + b, x);
  const a3 = -(r + x) * Math.log(alpha + T);
  if (x === 0) return a1 + a2 + a3;
  const a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
  const high = Math.max(a3, a4);
  return a1 + a2 + high + Math.log1p(Math.exp(Math.min(a3, a4) - high));
}
