import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { AbortSignalLike, FitConstraints, FitOptions, FitProgress } from '../../fitModel';
import type { FittableModel, ModelParams } from '../../types';
import { readFitConstraints } from './readFitConstraints';

/** `fitModel`'s options, checked, with their defaults. @internal */
export interface FitSettings<P extends ModelParams> {
  readonly penalty: number;
  readonly maxIterations: number;
  readonly tolerance: number;
  readonly confidenceLevel: number;
  readonly strict: boolean;
  /** `options.start` as a list (data time unit). */
  readonly userStarts: readonly P[];
  /** The constraints as given, normalised (only the constrained parameters, `{ greaterThan }` each). */
  readonly constraints: FitConstraints<P>;
  /** Lower bound of each parameter in `parameterNames` order (0 when unconstrained). */
  readonly lower: Float64Array;
  readonly onProgress: ((progress: FitProgress<P>) => void) | undefined;
  readonly signal: AbortSignalLike | undefined;
}

/**
 * Checks `fitModel`'s options other than `timeUnit` (read with the data) and `timeScale` (read after the
 * data are compressed), in the order their errors are reported. @internal
 */
export function resolveFitOptions<P extends ModelParams>(fn: string, model: FittableModel<P, never>, options: FitOptions<P>): FitSettings<P> {
  const penalty = options.penalty ?? 0;
  if (typeof penalty !== 'number' || !Number.isFinite(penalty) || penalty < 0) {
    throw new InvalidArgumentError(fn, 'options.penalty', 'must be a finite number at least 0', penalty);
  }
  const maxIterations = options.maxIterations ?? 500;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new InvalidArgumentError(fn, 'options.maxIterations', 'must be an integer at least 1', maxIterations);
  }
  const tolerance = options.tolerance ?? 1e-7;
  if (typeof tolerance !== 'number' || !(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new InvalidArgumentError(fn, 'options.tolerance', 'must be a finite number greater than 0', tolerance);
  }
  const confidenceLevel = options.confidenceLevel ?? 0.95;
  if (typeof confidenceLevel !== 'number' || !(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new InvalidArgumentError(fn, 'options.confidenceLevel', 'must be a number between 0 and 1', confidenceLevel);
  }
  const userStarts: readonly P[] =
    options.start === undefined ? [] : Array.isArray(options.start) ? (options.start as readonly P[]) : [options.start as P];
  userStarts.forEach((s, i) => model.validateParams(s, userStarts.length > 1 ? `${fn}: options.start[${i}]` : fn));
  const { constraints, lower } = readFitConstraints(fn, model, options.constraints, userStarts);
  const onProgress = options.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new InvalidArgumentError(fn, 'options.onProgress', 'must be a function (progress) => void', onProgress);
  }
  const signal = options.signal;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || typeof (signal as { aborted?: unknown }).aborted !== 'boolean')) {
    throw new InvalidArgumentError(fn, 'options.signal', 'must be an AbortSignal (e.g. new AbortController().signal)', signal);
  }
  return { penalty, maxIterations, tolerance, confidenceLevel, strict: options.strict === true, userStarts, constraints, lower, onProgress, signal };
}
