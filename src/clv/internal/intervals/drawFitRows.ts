import { isClienteleError } from '../../../core/errors/isClienteleError';
import { restateError } from '../../../core/errors/restateError';
import { drawParameters } from '../../drawParameters';
import type { DrawableFit } from '../../drawParameters';
import type { ModelName, ModelParams } from '../../types';
import { drawRows } from './drawRows';
import type { CheckedIntervalRequest } from './readIntervalRequest';

/**
 * The parameter draws of an interval function: `drawParameters` with the request's draws, seed and
 * policy, as one parameter object per draw; its errors are restated as `fn`'s (the caller named `fit`,
 * not `drawParameters`). @internal
 */
export function drawFitRows<P extends ModelParams>(fn: string, fit: DrawableFit<P>, request: CheckedIntervalRequest): { rows: P[]; held: string[]; model: ModelName } {
  try {
    const p = drawParameters(fit, { draws: request.draws, seed: request.seed, notIdentified: request.policy });
    return { rows: drawRows(p.columns, p.parameterNames, request.draws) as unknown as P[], held: p.held, model: p.model };
  } catch (e) {
    throw isClienteleError(e) ? restateError(e, fn) : e;
  }
}
