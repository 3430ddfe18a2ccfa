import { expit } from '../../core/special/expit';
import { customerLogLikelihoodParts } from './customerLogLikelihoodParts';
import type { GgomNbdParams } from './types';

/** Gamma-Gompertz/NBD `P(alive | x, t_x, T) = expit(survive − die)` from the two likelihood terms. @internal */
export function customerProbabilityAlive(params: GgomNbdParams, x: number, tx: number, T: number): number {
  const { survive, die } = customerLogLikelihoodParts(params, x, tx, T);
  return die === Number.NEGATIVE_INFINITY ? 1 : expit(survive - die);
}
