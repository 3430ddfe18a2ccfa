import { InvalidArgumentError } from '../errors/InvalidArgumentError';
import { isOptionsArgument } from './isOptionsArgument';

/**
 * Throws `INVALID_ARGUMENT` unless `value` is an options object: a non-null object that is not an
 * array, or `undefined` when the options may be omitted (`required` false, the default).
 *
 * Public functions call it first, so that `nps(scores, 'abc')` or `f(x, null)` is refused with a
 * message naming the function instead of being ignored or failing later with a `TypeError`. O(1).
 * @internal
 */
export function assertOptions(
  fn: string,
  value: unknown,
  argument = 'options',
  required = false,
): asserts value is object | undefined {
  if (value === undefined ? required : !isOptionsArgument(value)) {
    throw new InvalidArgumentError(fn, argument, required ? 'must be an options object' : 'must be an options object or omitted', value);
  }
}
