import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { BdwParams } from './types';

/** Largest parameter value accepted: sums of two parameters must stay finite. */
const MAX_PARAMETER = 1e300;

/** Throws `INVALID_ARGUMENT` unless `params` holds `alpha`, `beta` and `c` in (0, 1e300]. @internal */
export function validateBdwParams(params: BdwParams, fn = 'betaDiscreteWeibull.validateParams'): void {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(fn, 'params', 'must be an object { alpha, beta, c }', params);
  }
  for (const name of ['alpha', 'beta', 'c'] as const) {
    const value = params[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be a finite number greater than 0', value);
    }
    if (value > MAX_PARAMETER) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be at most 1e300 (the supported range)', value);
    }
  }
}
