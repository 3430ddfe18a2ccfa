import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { FinitePopulationCorrection } from '../types';

/**
 * Applies the finite-population correction to an infinite-population size `n0` and rounds up:
 * `'cochran'` `n0 / (1 + (n0 − 1)/N)` (the exact inverse of the margin of error with
 * `√((N − n)/(N − 1))`), `'approximate'` `n0 / (1 + n0/N)`. Rounds up after removing float noise of
 * relative size 1e−12; the result is at most `N`.
 * @internal
 */
export function finiteSampleSize(
  fn: string,
  n0: number,
  populationSize: number | undefined,
  correction: FinitePopulationCorrection | undefined,
  marginOfError: number,
): { n: number; unrounded: number; populationSize: number | null; correction: FinitePopulationCorrection | null } {
  if (!Number.isFinite(n0)) {
    throw new InvalidArgumentError(fn, 'options.marginOfError', 'must be large enough for a finite sample size (the size needed overflows)', marginOfError);
  }
  const roundUp = (x: number): number => Math.max(1, Math.ceil(x * (1 - 1e-12)));
  if (populationSize === undefined) {
    if (correction !== undefined) {
      throw new InvalidArgumentError(fn, 'options.correction', 'needs options.populationSize', correction);
    }
    return { n: roundUp(n0), unrounded: n0, populationSize: null, correction: null };
  }
  if (!Number.isInteger(populationSize) || populationSize < 1) {
    throw new InvalidArgumentError(fn, 'options.populationSize', 'must be an integer at least 1', populationSize);
  }
  const c = correction ?? 'cochran';
  if (c !== 'cochran' && c !== 'approximate') {
    throw new InvalidArgumentError(fn, 'options.correction', "must be 'cochran' or 'approximate'", c);
  }
  const unrounded = c === 'cochran' ? n0 / (1 + (n0 - 1) / populationSize) : n0 / (1 + n0 / populationSize);
  return { n: Math.min(populationSize, roundUp(unrounded)), unrounded, populationSize, correction: c };
}
