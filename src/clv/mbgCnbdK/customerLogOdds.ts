import { logSurvivalTerm } from './logSurvivalTerm';
import type { MbgCnbdKParams } from './types';

/**
 * `ln S1 − ln S2` of one MBG/CNBD-k customer: the log-odds that the customer dropped out at the last purchase
 * rather than being active and still waiting for the next Erlang-k purchase, with
 * `S1 = a/(b+x) · ((α+T)/(α+t_x))^(r+kx)` (Platzer & Reutterer 2016). `P(alive) = expit(−odds)`. @internal
 */
export function customerLogOdds(k: number, params: MbgCnbdKParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = params;
  const shape = r + k * x;
  const logS1 = Math.log(a) - Math.log(b + x) + shape * Math.log1p((T - tx) / (alpha + tx));
  return logS1 - logSurvivalTerm(k, shape, (T - tx) / (alpha + T));
}
