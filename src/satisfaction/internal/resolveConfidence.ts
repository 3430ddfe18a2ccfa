import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import { normalQuantile } from '../../core/special/normalQuantile';

/**
 * Validates a confidence level in (0, 1) (default 0.95) and returns it with its two-sided normal critical
 * value `z = Φ⁻¹(1 − (1 − level)/2)`.
 * @internal
 */
export function resolveConfidence(
  fn: string,
  level: number | undefined,
  argument = 'options.confidenceLevel',
): { level: number; z: number } {
  const value = level ?? 0.95;
  if (typeof value !== 'number' || !(value > 0 && value < 1)) {
    throw new InvalidArgumentError(fn, argument, 'must be a number between 0 and 1 (exclusive)', value);
  }
  return { level: value, z: normalQuantile(1 - (1 - value) / 2) };
}
