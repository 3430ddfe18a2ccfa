import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { AnswerScale } from '../types';

/**
 * Validates an answer scale: integers `min < max`, at most 1,000 points, |values| ≤ 10⁶.
 * @internal
 */
export function resolveScale(fn: string, argument: string, scale: AnswerScale | undefined, fallback: AnswerScale): AnswerScale {
  if (scale === undefined) return fallback;
  if (scale === null || typeof scale !== 'object') throw new InvalidArgumentError(fn, argument, 'must be { min, max }', scale);
  const { min, max } = scale;
  if (!Number.isInteger(min) || !Number.isInteger(max) || min >= max || max - min > 1000 || Math.abs(min) > 1e6 || Math.abs(max) > 1e6) {
    throw new InvalidArgumentError(fn, argument, 'must have integer min < max (at most 1000 points apart)', scale);
  }
  return { min, max };
}
