import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';

/** Largest parameter value accepted: sums and products of a parameter with the data must stay finite. */
const MAX_PARAMETER = 1e300;

/**
 * Throws `INVALID_ARGUMENT` unless `params` is an object whose named members are all finite numbers in
 * `(0, 1e300]` (beyond 1e300 sums such as `r + x` and `s · ln(…)` overflow; the models are meant for
 * parameters many orders of magnitude smaller).
 *
 * @param fn - Public function name for the message.
 * @param params - The parameter object.
 * @param names - Parameter names to check.
 * @throws InvalidArgumentError naming the first bad parameter, e.g. `` `params.alpha` ``.
 * @internal
 */
export function validatePositiveParams(fn: string, params: unknown, names: readonly string[]): void {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(fn, 'params', `must be an object { ${names.join(', ')} }`, params);
  }
  const record = params as Record<string, unknown>;
  for (const name of names) {
    const v = record[name];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be a finite number greater than 0', v);
    }
    if (v > MAX_PARAMETER) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be at most 1e300 (the supported range)', v);
    }
  }
}
