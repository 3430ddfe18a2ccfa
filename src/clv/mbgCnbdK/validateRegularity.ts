import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/** Largest regularity `k` accepted (the likelihood costs O(k) per customer). @internal */
export const MAX_REGULARITY = 100;

/** Throws `INVALID_ARGUMENT` unless `k` is an integer in `[1, MAX_REGULARITY]`. @internal */
export function validateRegularity(fn: string, argument: string, k: unknown): asserts k is number {
  if (typeof k !== 'number' || !Number.isInteger(k) || k < 1 || k > MAX_REGULARITY) {
    throw new InvalidArgumentError(fn, argument, `must be an integer from 1 to ${MAX_REGULARITY} (the Erlang shape of inter-purchase times)`, k);
  }
}
