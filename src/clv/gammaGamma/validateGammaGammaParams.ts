import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { GammaGammaParams } from './types';

/** Throws `INVALID_ARGUMENT` unless `params` holds finite positive `p`, `q`, `gamma`, each at most 1e300 (the supported range). @internal */
export function validateGammaGammaParams(params: GammaGammaParams, fn = 'gammaGamma.validateParams'): void {
  if (params === null || typeof params !== 'object') {
    throw new InvalidArgumentError(fn, 'params', 'must be an object { p, q, gamma }', params);
  }
  for (const name of ['p', 'q', 'gamma'] as const) {
    const value = params[name];
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be a finite number greater than 0', value);
    }
    if (value > 1e300) {
      throw new InvalidArgumentError(fn, `params.${name}`, 'must be at most 1e300 (the supported range)', value);
    }
  }
}
