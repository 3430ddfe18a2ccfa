import { InvalidArgumentError } from '../errors/InvalidArgumentError';

/** Throws `INVALID_ARGUMENT` unless `value` is a finite number at least 0. @internal */
export function assertNonNegative(fn: string, argument: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(fn, argument, 'must be a finite number at least 0', value);
  }
}
