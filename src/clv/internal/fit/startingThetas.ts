import type { CompressedData, FittableModel, ModelParams } from '../../types';
import type { ParameterMap } from './types';

/**
 * The starting points of `fitModel` in θ (the model's own starts on the scaled data, then the user's in
 * the data's time unit). @internal
 */
export function startingThetas<P extends ModelParams>(
  model: FittableModel<P, never>,
  scaled: CompressedData,
  userStarts: readonly P[],
  map: ParameterMap<P>,
): Float64Array[] {
  const starts: Float64Array[] = [];
  for (const s of model.startingPoints(scaled)) starts.push(map.toTheta(s, false));
  for (const s of userStarts) starts.push(map.toTheta(s, true));
  return starts;
}
