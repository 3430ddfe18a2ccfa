import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { BgBbParams } from './types';

const NAMES = ['alpha', 'beta', 'gamma', 'delta'] as const;

/** Largest parameter value accepted: sums of two parameters must stay finite. */
const MAX_PARAMETER = 1e300;

/**
 * Throws `INVALID_ARGUMENT` unless `params` holds four finite positive numbers `alpha, beta, gamma, delta`.
 * @internal
 */
export function validateBgBbParams(params: BgBbParams, fn = 'bgBb.validateParams'): void {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(fn, 'params', 'must be an object { alpha, beta, gamma, delta }', params);
  }
  for (const name of NAMES) {
    const value = params[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be a finite number greater than 0', value);
    }
    if (value > MAX_PARAMETER) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be at most 1e300 (the supported range)', value);
    }
  }
}
