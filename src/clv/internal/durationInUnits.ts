import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { Duration } from '../customerLifetimeValue';
import type { ModelClock } from './modelClock';
import { toModelUnits } from './modelClock';

const UNITS: readonly string[] = ['day', 'week', 'month', 'quarter', 'year', 'period'];

/**
 * A `{ value, unit }` duration (finite, ≥ 0, or > 0 with `positive`) converted into model time units;
 * `INVALID_ARGUMENT` for a malformed one, `UNIT_MISMATCH` when it cannot be converted. @internal
 */
export function durationInUnits(
  fn: string,
  argument: string,
  duration: Duration,
  clock: ModelClock,
  daysPerYear: number | undefined,
  positive: boolean,
): number {
  if (duration === null || typeof duration !== 'object') {
    throw new InvalidArgumentError(fn, argument, 'must be an object { value, unit }', duration);
  }
  const v = duration.value;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (positive && v === 0)) {
    throw new InvalidArgumentError(fn, `${argument}.value`, `must be a finite number ${positive ? 'greater than' : 'at least'} 0`, v);
  }
  if (typeof duration.unit !== 'string' || !UNITS.includes(duration.unit)) {
    throw new InvalidArgumentError(fn, `${argument}.unit`, `must be one of ${UNITS.join(', ')}`, duration.unit);
  }
  return toModelUnits(fn, `${argument}.unit`, v, duration.unit, clock, daysPerYear);
}
