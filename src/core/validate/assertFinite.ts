import { InvalidArgumentError } from '../errors/InvalidArgumentError';

/** Throws `INVALID_ARGUMENT` unless `value` is a finite number. @internal */
export function assertFinite(fn: string, argument: string, value: unknown): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InvalidArgumentError(fn, argument, 'must be a finite number', value);
  }
}
