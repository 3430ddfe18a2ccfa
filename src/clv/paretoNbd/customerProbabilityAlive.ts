import { expit } from '../../core/special/expit';
import { customerLogLikelihoodParts } from './customerLogLikelihoodParts';
import type { ParetoNbdParams } from './types';

/** Pareto/NBD `P(alive) = expit(survive − die)` (Schmittlein, Morrison & Colombo 1987; Fader & Hardie 2005). @internal */
export function customerProbabilityAlive(params: ParetoNbdParams, x: number, tx: number, T: number): number {
  const { survive, die } = customerLogLikelihoodParts(params, x, tx, T);
  return die === Number.NEGATIVE_INFINITY ? 1 : expit(survive - die);
}
