import { UndefinedResultError } from '../../../core/errors/UndefinedResultError';
import type { GammaGammaParams } from '../../gammaGamma/types';

/**
 * Refuses Gamma-Gamma draws (parameter draws or bootstrap refits) of which one has `q ≤ 1`, where the mean
 * spend does not exist, naming the first such draw and the constraint to fit with instead. @internal
 */
export function checkSpendDraws(fn: string, draws: readonly GammaGammaParams[]): void {
  const bad = draws.findIndex((g) => !(g.q > 1));
  if (bad < 0) return;
  throw new UndefinedResultError(fn, `draw ${bad} of the Gamma-Gamma spend model has q = ${draws[bad]?.q} ≤ 1, where the mean spend does not exist; fit the spend model with \`constraints: { q: { greaterThan: 1 } }\``, draws[bad]?.q);
}
