import type { ModelParams } from '../../types';
import { quantilePair } from './quantilePair';

/** A parameter's estimate and interval from the draws. @internal */
export interface ParameterInterval {
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

/** Estimate and type-7 `(1 ∓ level)/2` quantile interval of each parameter over the draws. @internal */
export function parameterIntervals(estimate: ModelParams, draws: readonly ModelParams[], level: number): Record<string, ParameterInterval> {
  const out: Record<string, ParameterInterval> = {};
  const pair = new Float64Array(2);
  for (const name of Object.keys(estimate)) {
    const v = Float64Array.from(draws, (d) => d[name] as number);
    quantilePair(v, 0, v.length, (1 - level) / 2, pair);
    out[name] = { estimate: estimate[name] as number, lower: pair[0] as number, upper: pair[1] as number };
  }
  return out;
}
