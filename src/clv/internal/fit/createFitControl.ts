import { AbortedError } from '../../../core/errors/AbortedError';
import type { IterationCallback } from '../../../core/optimize/types';
import type { AbortSignalLike, FitProgress } from '../../fitModel';
import type { CompressedData, FittableModel, ModelParams } from '../../types';
import type { ParameterMap } from './types';

/** How `fitModel` reports progress and honours its `AbortSignal`. @internal */
export interface FitControl {
  /** Throws `ABORTED` when the signal has been aborted. */
  readonly throwIfAborted: () => void;
  /**
   * The optimiser callback of one stage of the run from start `start`, whose earlier stages took
   * `before` iterations: it reports progress and stops the optimiser once the signal is aborted (the
   * caller then calls `throwIfAborted`). `undefined` when there is neither `onProgress` nor `signal`,
   * so that an unobserved fit runs exactly as before.
   */
  readonly hook: (start: number, stage: FitProgress<ModelParams>['stage'], before: number) => IterationCallback | undefined;
}

/** Inputs of {@link createFitControl}. @internal */
export interface FitControlInputs<P extends ModelParams> {
  readonly fn: string;
  readonly model: FittableModel<P, never>;
  readonly compressed: CompressedData;
  readonly scaled: CompressedData;
  readonly map: ParameterMap<P>;
  readonly penalty: number;
  readonly starts: number;
  readonly onProgress: ((progress: FitProgress<P>) => void) | undefined;
  readonly signal: AbortSignalLike | undefined;
}

/**
 * Progress and abort for `fitModel`. The reported log-likelihood is the unpenalised one in the data's
 * time unit: `−N (F(θ) − λ Σ params²)` plus the constant that the rescaling of time adds to the
 * log-likelihood (computed once, from two evaluations at the first reported point), so that the last
 * report agrees with the fit's `logLikelihood`. @internal
 */
export function createFitControl<P extends ModelParams>(inputs: FitControlInputs<P>): FitControl {
  const { fn, model, compressed, scaled, map, penalty, starts, onProgress, signal } = inputs;
  const N = compressed.total;
  const throwIfAborted = (): void => {
    if (signal?.aborted === true) throw new AbortedError(fn, signal.reason);
  };
  let offset: number | undefined = scaled === compressed ? 0 : undefined;
  const logLikelihoodAt = (theta: Float64Array, value: number): number => {
    if (!Number.isFinite(value)) return Number.NEGATIVE_INFINITY;
    if (offset === undefined) {
      const shift = model.logLikelihood(map.toParams(theta, true), compressed) - model.logLikelihood(map.toParams(theta, false), scaled);
      if (Number.isFinite(shift)) offset = shift;
    }
    let penaltySum = 0;
    if (penalty > 0) {
      for (let j = 0; j < map.dim; j++) {
        const p = map.dataValue(theta, j);
        penaltySum += penalty * p * p;
      }
    }
    return (offset ?? 0) - N * (value - penaltySum);
  };
  const hook = (start: number, stage: FitProgress<ModelParams>['stage'], before: number): IterationCallback | undefined => {
    if (onProgress === undefined && signal === undefined) return undefined;
    return (state) => {
      if (onProgress !== undefined) {
        let gradientNorm: number | null = null;
        if (state.gradient !== null) {
          let s = 0;
          for (const g of state.gradient) s += g * g;
          gradientNorm = Math.sqrt(s);
        }
        onProgress({
          start,
          starts,
          stage,
          iteration: before + state.iteration,
          params: map.toParams(state.x, true),
          logLikelihood: logLikelihoodAt(state.x, state.value),
          gradientNorm,
        });
      }
      return signal?.aborted === true;
    };
  };
  return { throwIfAborted, hook };
}
