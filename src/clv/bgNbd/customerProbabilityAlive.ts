import { expit } from '../../core/special/expit';
import type { BgNbdParams } from './types';

/** BG/NBD `P(alive | x, t_x, T) = expit(−D)` (Fader, Hardie & Lee 2005a). @internal */
export function customerProbabilityAlive(params: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const { r, alpha, a, b } = params;
  const d = Math.log(a) - Math.log(b + x - 1) + (r + x) * Math.log1p((T - tx) / (alpha + tx));
  return expit(-d);
}
