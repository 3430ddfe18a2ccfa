import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { SbgParams } from './types';

/** Throws `INVALID_ARGUMENT` unless `params` holds finite positive `alpha` and `beta`. @internal */
export function validateSbgParams(params: SbgParams, fn: string): void {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(fn, 'params', 'must be an object { alpha, beta }', params);
  }
  for (const name of ['alpha', 'beta'] as const) {
    const value = params[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be a finite number greater than 0', value);
    }
  }
}
