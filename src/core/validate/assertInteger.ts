import { InvalidArgumentError } from '../errors/InvalidArgumentError';

/**
 * Throws `INVALID_ARGUMENT` unless `value` is an integer in `[min, max]` (bounds optional).
 * The rule in the message names the range, e.g. `must be an integer 0-10`. @internal
 */
export function assertInteger(
  fn: string,
  argument: string,
  value: unknown,
  min: number = Number.NEGATIVE_INFINITY,
  max: number = Number.POSITIVE_INFINITY,
): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range =
      Number.isFinite(min) && Number.isFinite(max)
        ? ` ${min}-${max}`
        : Number.isFinite(min)
          ? ` at least ${min}`
          : Number.isFinite(max)
            ? ` at most ${max}`
            : '';
    throw new InvalidArgumentError(fn, argument, `must be an integer${range}`, value);
  }
}
