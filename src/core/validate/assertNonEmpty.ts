import { EmptyInputError } from '../errors/EmptyInputError';
import { InvalidArgumentError } from '../errors/InvalidArgumentError';

/** Throws `INVALID_ARGUMENT` unless `value` is array-like, and `EMPTY_INPUT` when it has no element. @internal */
export function assertNonEmpty<T>(fn: string, argument: string, value: ArrayLike<T>): void {
  if (value === null || typeof value !== 'object' || typeof (value as ArrayLike<T>).length !== 'number') {
    throw new InvalidArgumentError(fn, argument, 'must be an array', value);
  }
  if (value.length === 0) throw new EmptyInputError(fn, argument);
}
