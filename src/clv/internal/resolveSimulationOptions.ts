import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { assertInteger } from '../../core/validate/assertInteger';

/**
 * Options of the continuous-time purchase simulators (`simulateBgNbd`, `simulateMbgNbd`,
 * `simulateParetoNbd`).
 */
export type RfmSimulationOptions = {
  /** Number of customers, an integer 1 to 10,000,000. */
  readonly customers: number;
  /** Seed of the random stream (same seed, same customers on every platform). */
  readonly seed: number;
  /** End of observation, measured from the start of the acquisition window (model time units), > 0. */
  readonly T: number;
  /**
   * Length of the acquisition window `[0, birthWindow]` (default 0: every customer has age `T`). First
   * purchases are uniform in the window, so ages spread over `[T − birthWindow, T]`; must be < `T`.
   */
  readonly birthWindow?: number;
};

/** Validates simulator options; returns the birth window. @internal */
export function resolveSimulationOptions(fn: string, options: RfmSimulationOptions): number {
  if (options === null || typeof options !== 'object') {
    throw new InvalidArgumentError(fn, 'options', 'must be an object { customers, seed, T }', options);
  }
  assertInteger(fn, 'options.customers', options.customers, 1, 10_000_000);
  if (typeof options.seed !== 'number' || !Number.isFinite(options.seed)) {
    throw new InvalidArgumentError(fn, 'options.seed', 'must be a finite number', options.seed);
  }
  if (typeof options.T !== 'number' || !Number.isFinite(options.T) || options.T <= 0) {
    throw new InvalidArgumentError(fn, 'options.T', 'must be a finite number greater than 0', options.T);
  }
  const window = options.birthWindow ?? 0;
  if (typeof window !== 'number' || !(window >= 0 && window < options.T)) {
    throw new InvalidArgumentError(fn, 'options.birthWindow', `must be a number in [0, T) = [0, ${options.T})`, window);
  }
  return window;
}
