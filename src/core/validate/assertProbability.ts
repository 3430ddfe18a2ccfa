import { InvalidArgumentError } from '../errors/InvalidArgumentError';

/** Throws `INVALID_ARGUMENT` unless `value` is a number in `[0, 1]`. @internal */
export function assertProbability(fn: string, argument: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new InvalidArgumentError(fn, argument, 'must be a number from 0 to 1', value);
  }
}
