import { expit } from '../../core/special/expit';
import type { MbgNbdParams } from './types';

/** MBG/NBD `P(alive | x, t_x, T) = expit(−A4')` (Batislam, Denizel & Filiztekin 2007). @internal */
export function customerProbabilityAlive(params: MbgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  return expit(-(Math.log(a) - Math.log(b + x) + (r + x) * Math.log1p((T - tx) / (alpha + tx))));
}
