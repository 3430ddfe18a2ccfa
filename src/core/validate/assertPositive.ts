import { InvalidArgumentError } from '../errors/InvalidArgumentError';

/** Throws `INVALID_ARGUMENT` unless `value` is a finite number greater than 0. @internal */
export function assertPositive(fn: string, argument: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidArgumentError(fn, argument, 'must be a finite number greater than 0', value);
  }
}
