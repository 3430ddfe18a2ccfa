import { log1pExp } from '../../core/special/log1pExp';
import { logGammaRatio } from '../../core/special/logGammaRatio';
import type { MbgNbdParams } from './types';

/** MBG/NBD log-likelihood of one customer `(x, t_x, T)` (Batislam, Denizel & Filiztekin 2007), in log space. @internal */
export function customerLogLikelihood(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const a1 = (x === 0 ? 0 : logGammaRatio(r, x)) + r * Math.log(alpha);
  const a2 = logGammaRatio(b, x + 1) - logGammaRatio(a + b, x + 1);
  const a3 = -(r + x) * Math.log(alpha + T);
  const a4 = Math.log(a) - Math.log(b + x) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return a1 + a2 + a3 + log1pExp(a4);
}
