import { log1pExp } from '../../core/special/log1pExp';
import { logGamma } from '../../core/special/logGamma';
import { logGammaRatio } from '../../core/special/logGammaRatio';
import { logSurvivalTerm } from './logSurvivalTerm';
import type { MbgCnbdKParams } from './types';

/**
 * MBG/CNBD-k log-likelihood of one customer `(x, t_x, T, litt)` (Platzer & Reutterer 2016), in log space:
 * `(k−1)·litt − x ln((k−1)!) + lnB(a, b+x+1) − lnB(a, b) + lnΓ(r+kx) − lnΓ(r) + r ln α − (r+kx) ln(α+T)
 * + ln(S1 + S2)`. @internal
 */
export function customerLogLikelihood(k: number, params: MbgCnbdKParams, x: number, tx: number, T: number, litt: number): number {
  const { r, alpha, a, b } = params;
  const shape = r + k * x;
  const timing = k === 1 ? 0 : (k - 1) * litt - x * logGamma(k);
  const beta = logGammaRatio(b, x + 1) - logGammaRatio(a + b, x + 1);
  const rate = (x === 0 ? 0 : logGammaRatio(r, k * x)) + r * Math.log(alpha) - shape * Math.log(alpha + T);
  const logS1 = Math.log(a) - Math.log(b + x) + shape * Math.log1p((T - tx) / (alpha + tx));
  const logS2 = logSurvivalTerm(k, shape, (T - tx) / (alpha + T));
  return timing + beta + rate + logS2 + log1pExp(logS1 - logS2);
}
